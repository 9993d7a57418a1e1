"""The benchmark measures its commands as an installed kg runs: bytecode cached, whatever the shell."""
import os
import sys

from kg import bench
from tests.conftest import shared_file


def test_measured_commands_cache_their_bytecode(monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # as in a shell that never writes .pyc files
    env = bench.measured_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env and os.path.isdir(env["PYTHONPYCACHEPREFIX"])
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(bench.ROOT)  # this checkout's kg first
    probe = ("import sys, kg; assert not sys.dont_write_bytecode and sys.pycache_prefix, sys.flags; "
             "assert kg.__file__.startswith(%r)" % str(bench.ROOT))
    wall, _, cpu = bench.run_measured([sys.executable, "-c", probe])
    assert wall > 0 and cpu > 0


def test_component_times_split_extraction_by_component():
    from kg.extract import PIPELINE
    from kg.text.reading import read_source

    from .conftest import SEEDS

    total, spent = bench.component_times([read_source(SEEDS / "qianjiang-2019.txt")])
    assert set(spent) <= set(PIPELINE.names) and "projects" in spent and "observations" in spent
    assert all(s >= 0 for s in spent.values()) and 0 < sum(spent.values()) <= total


def test_parent_cpu_split_counts_the_stores_compaction_threads(tmp_path):
    # a process filling a store as `kg build --store` does (the four samples' Turtle three times,
    # a chunk each, then the final optimize), kept open a moment so the half-second sampler sees
    # its threads
    load = (
        "import sys, time; from pathlib import Path; from kg.corpus.batch import StoreLoader, open_store\n"
        "loader = StoreLoader(open_store(sys.argv[1]), chunk_bytes=1, threads=2)\n"
        "for i in range(3):\n"
        "    for p in sorted(Path('output').glob('*.ttl')): loader.add(f'{p.stem}-{i}', p.read_bytes())\n"
        "loader.flush(); loader.store.optimize(); loader.store.flush(); time.sleep(1.2); loader.close()\n"
    )
    detail: dict = {}
    wall, _, cpu, parent = bench.run_measured_split([sys.executable, "-c", load, str(tmp_path / "store")], detail)
    assert 0 < detail["compaction"] <= parent <= cpu + 0.05
    # its main thread apart: the Python side, the rest of the parent's threads Oxigraph's and RocksDB's
    assert 0 < detail["main"] and detail["main"] + detail["compaction"] <= parent + 0.05
    # a name no thread has: nothing; a process that has ended: nothing, no error
    assert bench._threads_cpu(os.getpid(), "no such thread:") == 0
    assert bench._threads_cpu(2 ** 22 + 1, "rocksdb:") == 0


def test_queries_run_on_both_layouts_and_compare_their_rows(tmp_path, capsys):
    from kg.corpus.batch import StoreLoader, open_store

    from .conftest import ROOT

    turtle = (ROOT / "output" / "yixian-2019.ttl").read_bytes()
    stores = {}
    for graphs in ("both", "union"):
        stores[graphs] = tmp_path / graphs
        store = open_store(stores[graphs], graphs)
        loader = StoreLoader(store, graphs=graphs)
        loader.add("yixian-2019", turtle)
        loader.flush()
        store.flush()
        del loader, store  # closed, so the benchmark can open it read-only
    bench.queries(stores, 1)
    lines = capsys.readouterr().out.splitlines()[1:]
    assert len(lines) == len(list((ROOT / "ontology" / "queries").glob("*.rq")))
    assert all(" both " in line and " union " in line and "DIFFER" not in line for line in lines)


def test_only_corpus_runs_the_corpus_part_alone(monkeypatch, tmp_path):
    ran = []
    for part in ("startup", "throughput", "linearity", "queries"):
        monkeypatch.setattr(bench, part, lambda *a, part=part: ran.append(part))
    monkeypatch.setattr(bench, "corpus", lambda n, jobs, tmp: ran.append(("corpus", n, jobs)) or tmp / "store")
    monkeypatch.setattr(bench, "corpus_union", lambda n, build, tmp: ran.append("union") or tmp / "union")
    assert bench.main(["--only", "corpus", "--reports", "200", "--jobs", "2"]) == 0
    assert ran == [("corpus", 200, 2), "union", "queries"]


def _parts_stubbed(monkeypatch):
    for part in ("startup", "throughput", "linearity", "queries"):
        monkeypatch.setattr(bench, part, lambda *a: None)
    monkeypatch.setattr(bench, "corpus", lambda n, jobs, tmp: tmp / "store")
    monkeypatch.setattr(bench, "corpus_union", lambda n, build, tmp: tmp / "union")


def test_a_bench_without_the_hailar_reports_says_so(monkeypatch, tmp_path, capsys):
    # a checkout with no ../shared (and no KG_SHARED) benches copies of the four samples alone
    _parts_stubbed(monkeypatch)
    monkeypatch.setattr(bench, "SHARED", tmp_path / "no-shared")
    assert bench.main(["--only", "corpus"]) == 0
    assert "no Hailar reports" in capsys.readouterr().out


def test_a_bench_with_the_hailar_reports_says_nothing_of_them(monkeypatch, capsys):
    hailar = shared_file("corpus", "hailar")
    _parts_stubbed(monkeypatch)
    monkeypatch.setattr(bench, "SHARED", hailar.parent.parent)
    assert bench.main(["--only", "corpus"]) == 0
    assert "no Hailar reports" not in capsys.readouterr().out


def test_bench_takes_jobs_as_j_like_build():
    # the README gives `kg bench ... [-j N]`, as kg build spells it
    from kg.cli import _parser

    assert _parser().parse_args(["build", "x", "-j", "3"]).jobs == 3
    assert bench.parser().parse_args(["-j", "3"]).jobs == 3
    assert bench.parser().parse_args(["--jobs", "2"]).jobs == 2
