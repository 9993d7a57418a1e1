"""Batches: parallel builds, progress, the streamed merged dataset, the on-disk store, the
Oxigraph serializer's determinism, and the benchmark's sections."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.corpus.batch import Progress
from kg.rdf.formats import to_turtle

from .conftest import ROOT, SEEDS

REPORTS = [SEEDS / "yixian-2019.txt", SEEDS / "national-2017.txt"]


def kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, **kwargs)


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_and_quiet_otherwise():
    tty, pipe = _Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = Progress(3, stream)
        for _ in range(3):
            bar.advance()
        bar.finish()
    assert "3/3" in tty.getvalue() and "reports/s" in tty.getvalue() and "ETA" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_batch_through_a_pipe_prints_no_progress(tmp_path):
    r = kg("build", *REPORTS, "-o", tmp_path, "--no-page", "-j", "2")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert sorted(r.stdout.split()) == sorted(str(tmp_path / f"{p.stem}.ttl") for p in REPORTS)


def test_parallel_and_serial_builds_write_the_same_bytes(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert kg("build", *REPORTS, "-o", one, "--no-page", "-j", "1").returncode == 0
    assert kg("build", *REPORTS, "-o", two, "--no-page", "-j", "2").returncode == 0
    for p in REPORTS:
        assert (one / f"{p.stem}.ttl").read_bytes() == (two / f"{p.stem}.ttl").read_bytes()


def test_merge_streams_a_dataset_and_store_answers_queries(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa" * 100)
    out, store = tmp_path / "out", tmp_path / "store"
    r = kg("build", REPORTS[0], bad, REPORTS[1], "-o", out, "--no-page", "--merge", "all", "--store", store)
    assert r.returncode == 1 and str(bad) in r.stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no scratch or temporary files left
    ds = Dataset()
    ds.parse(out / "all.trig", format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == [f"https://w3id.org/policy-kg/id/graph/{p.stem}" for p in sorted(REPORTS)]
    yixian = Graph().parse(out / "yixian-2019.ttl")
    assert isomorphic(ds.graph(ds.graph("https://w3id.org/policy-kg/id/graph/yixian-2019").identifier), yixian)
    quads = len((out / "all.nq").read_text(encoding="utf-8").splitlines())
    assert quads == sum(len(g) for g in ds.graphs())
    # the store holds both reports, one named graph each, and kg query reads it like the files
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    from_store = kg("query", store, count, "--format", "csv")
    from_files = kg("query", out / "all.nq", count, "--format", "csv")
    assert from_store.returncode == 0, from_store.stderr
    assert from_store.stdout == from_files.stdout and int(from_store.stdout.split()[1]) == quads
    query = ROOT / "ontology" / "queries" / "04-places-by-projects.rq"
    assert kg("query", store, "-f", query).stdout == kg("query", out / "all.trig", "-f", query).stdout
    # building a report again replaces its graph instead of adding to it
    assert kg("build", REPORTS[0], "-o", out, "--no-page", "--store", store).returncode == 0
    assert kg("query", store, count, "--format", "csv").stdout == from_store.stdout
    # kg push reads the merged files a graph at a time and sends each report's graph complete, also
    # from an N-Quads file whose graphs are not together (it then reads it again whole)
    lines = (out / "all.nq").read_text(encoding="utf-8").splitlines()
    (out / "mixed.nq").write_text("\n".join(lines[::2] + lines[1::2]) + "\n", encoding="utf-8")
    whole = _pushed_graphs([out / "all.trig"])
    assert sorted(whole) == names and sum(map(len, whole.values())) == quads
    assert _pushed_graphs([out / "all.nq"]) == whole == _pushed_graphs([out / "mixed.nq"])


def _pushed_graphs(paths):
    """What `kg push` leaves on a server: the last body sent for each graph, as the set of triples
    a store holds (a store writes 3.0 as 3, as a server would)."""
    import pyoxigraph as ox

    from kg.services.push import graphs_of

    def stored(body):
        store = ox.Store()
        store.load(body, format=ox.RdfFormat.N_TRIPLES)
        return {str(q.triple) for q in store}

    return {iri: stored(body) for iri, body in dict(graphs_of(paths)).items()}



def test_store_loader_chunks_hold_each_report_and_their_union(tmp_path):
    # reports loaded a chunk at a time from their Turtle (a tiny chunk size: one bulk load each, and
    # a report given twice within one chunk) hold exactly what the graph files loaded one by one do
    import pyoxigraph as ox

    from kg.corpus.batch import StoreLoader, open_store
    from kg.services.sparql import load_store

    files = [ROOT / "output" / "yixian-2019.ttl", ROOT / "output" / "national-2017.ttl"]
    expected = sorted(map(str, load_store(files)))
    for chunk in (1, 1 << 30):
        loader = StoreLoader(open_store(tmp_path / f"store-{chunk}"), chunk_bytes=chunk)
        for f in files + files[:1]:  # the second yixian replaces the first
            loader.add(f.stem, f.read_bytes())
        loader.flush()
        assert sorted(map(str, loader.store)) == expected
        default = {q.triple for q in loader.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        named = {q.triple for q in loader.store.quads_for_pattern(None, None, None, None) if q.graph_name != ox.DefaultGraph()}
        assert default == named

P1, P2 = b"@prefix a: <http://a.example/> .", b"@prefix b: <http://b.example/> ."
S1, S2 = b"a:s a:p a:o .", b"b:s b:p \"x\" ."


@pytest.mark.parametrize("turtle, head, body", [
    (b"", b"", b""),
    (P1 + b"\n" + P2 + b"\n", P1 + b"\n" + P2 + b"\n", b""),  # prefixes only
    (P1 + b"\n" + P2, P1 + b"\n" + P2, b""),  # … without a trailing newline
    (b"\n\n", b"\n\n", b""),  # blank lines only
    (P1 + b"\n" + S1 + b"\n", P1 + b"\n", S1 + b"\n"),
    (P1 + b"\n" + S1, P1 + b"\n", S1),  # no trailing newline
    (b"\n" + P1 + b"\n\n" + P2 + b"\n\n" + S1 + b"\n" + S2 + b"\n",
     b"\n" + P1 + b"\n\n" + P2 + b"\n\n", S1 + b"\n" + S2 + b"\n"),  # blank lines among and after them
    (P1 + b"\r\n\r\n" + S1 + b"\r\n", P1 + b"\r\n\r\n", S1 + b"\r\n"),  # CRLF
    (b"  " + P1 + b"\n\t" + P2 + b"\n    " + S1 + b"\n", b"  " + P1 + b"\n\t" + P2 + b"\n", b"    " + S1 + b"\n"),  # indented
    (b"PREFIX a: <http://a.example/>\n" + S1 + b"\n", b"PREFIX a: <http://a.example/>\n", S1 + b"\n"),  # SPARQL's form
    (b"<http://a.example/s> <http://a.example/p> 1 .\n", b"", b"<http://a.example/s> <http://a.example/p> 1 .\n"),
], ids=["empty", "prefixes-only", "prefixes-only-no-newline", "blank-lines-only", "statement", "no-trailing-newline",
        "blank-lines", "crlf", "indented", "sparql-prefix", "no-prefixes"])
def test_a_reports_turtle_splits_into_its_prefixes_and_its_statements(turtle, head, body):
    """The prefix lines go before the report's graph block, the statements in it; what the store
    then holds is the report's Turtle (StoreLoader wraps the two parts as TriG)."""
    import pyoxigraph as ox

    from kg.corpus.batch import StoreLoader, _split_prefixes

    assert _split_prefixes(turtle) == (head, body)
    loader = StoreLoader(ox.Store())
    loader.add("r", turtle)
    loader.flush()
    expected = {q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}
    assert {q.triple for q in loader.store if q.graph_name != ox.DefaultGraph()} == expected
    assert {q.triple for q in loader.store.quads_for_pattern(None, None, None, ox.DefaultGraph())} == expected


@pytest.mark.parametrize("turtle", [
    P1 + b"\n" + S1 + b"\n" + P2 + b"\n" + S2 + b"\n",  # a prefix after a statement
    P1 + b"\n" + S1 + b"\n  " + P2 + b"\n",  # … indented
    P1 + b"\n" + S1 + b"\nPREFIX b: <http://b.example/>\n" + S2,  # … in SPARQL's form
    b"@base <http://a.example/> .\n<s> <p> <o> .\n",  # a base IRI would hold for the next reports
    P1 + b"\nBASE <http://a.example/>\n<s> <p> <o> .\n",
    P1 + b"\n" + S1 + b"\n@base <http://b.example/> .\n",
], ids=["prefix-after-statement", "indented-prefix-after", "sparql-prefix-after", "base-first", "sparql-base", "base-after"])
def test_a_directive_the_store_cannot_take_is_a_clear_error(turtle):
    from kg.corpus.batch import _split_prefixes
    from kg.errors import KgError

    with pytest.raises(KgError, match="base IRI or directives after its statements"):
        _split_prefixes(turtle)


def test_store_is_queried_on_its_own(tmp_path):
    store = tmp_path / "store"
    assert kg("build", REPORTS[1], "-o", tmp_path, "--no-page", "--store", store).returncode == 0
    r = kg("query", store, tmp_path / "national-2017.ttl", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert r.returncode == 1 and r.stderr.startswith("kg: error:") and "store" in r.stderr


def test_oxigraph_turtle_is_deterministic_grouped_and_round_trips(yixian):
    ttl = to_turtle(yixian.rdf)
    assert ttl == to_turtle(yixian.rdf)
    assert isomorphic(Graph().parse(data=ttl, format="turtle"), yixian.rdf)
    lines = ttl.splitlines()
    prefixes = [line for line in lines if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes) and "@prefix pol: <https://w3id.org/policy-kg/ontology#> ." in prefixes
    subjects = [line for line in lines if line.startswith("<")]
    assert len(subjects) == len(set(subjects)) == len(set(yixian.rdf.subjects()))  # each subject once
    assert any(line.startswith("    ") and line.endswith(";") for line in lines)


def test_oxigraph_outputs_do_not_depend_on_the_hash_seed(tmp_path):
    outs = []
    for seed in ("1", "777"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = kg("build", REPORTS[1], "-o", out, "--no-page", "--format", "ttl,nt,trig", "--merge", "m", env=env)
        assert r.returncode == 0, r.stderr
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1] and len(outs[0]) == 7


def test_bench_prints_every_section():
    r = subprocess.run([sys.executable, "-m", "kg.bench", "--reports", "4", "--repeat", "1", "--text-kb", "20",
                        "--jobs", "2"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    for section in ("start-up", "throughput", "corpus", "queries", "linearity"):
        assert f"== {section}" in r.stdout, section
    assert "reports/s" in r.stdout and "chars/s" in r.stdout and "triples/s" in r.stdout
    assert "01-projects-places-investment" in r.stdout
    assert "distinct texts" in r.stdout and "without the cache" in r.stdout  # both corpus figures
    assert "of the parent's: RocksDB's background threads" in r.stdout  # the loading's split
    assert "of which tokenizing" in r.stdout and "of extraction's time" in r.stdout  # what dominates
