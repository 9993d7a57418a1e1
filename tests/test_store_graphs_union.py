"""`kg build --store-graphs union` (issue 11): the store holds the default graph alone, each triple
once — exactly the default graph of the store `--store` writes by default — so every example query
gives the same rows; a store tells its layout by what it holds, and a build into a store of the other
layout, a report built again into a union store and `kg push` of one are each a one-line error."""
from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg.services.sparql import open_store_read_only, run_query, store_layout

from .conftest import ROOT, shared_file

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))


def kg(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """Hailar built twice with the same rules: into a store of both copies and a union-only one."""
    hailar = shared_file("corpus", "hailar")
    tmp = tmp_path_factory.mktemp("stores")
    built = {}
    for graphs in ("both", "union"):
        extra = ["--store-graphs", graphs] if graphs == "union" else []
        r = kg("build", hailar, "-o", tmp / f"out-{graphs}", "--no-page", "--jobs", "2",
               "--store", tmp / graphs, *extra)
        assert r.returncode == 0, r.stderr
        built[graphs] = r.stdout
    return tmp, hailar, built


def _quads(path) -> list[str]:
    return [str(q) for q in open_store_read_only(path)]


def test_the_union_store_holds_exactly_the_default_graph_of_both(stores):
    tmp, _, built = stores
    union, both = _quads(tmp / "union"), open_store_read_only(tmp / "both")
    default = {str(q) for q in both.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert len(union) == len(set(union)) == len(default)
    assert set(union) == default
    assert len(both) > len(union)  # the named graphs are not there
    # the outputs are the same files, byte for byte, either way (listed as the workers finish them)
    listed = built["union"].replace("out-union", "out-both").replace(str(tmp / "union"), str(tmp / "both"))
    assert sorted(listed.splitlines()) == sorted(built["both"].splitlines())
    for ttl in sorted((tmp / "out-both").glob("*.ttl")):
        assert (tmp / "out-union" / ttl.name).read_bytes() == ttl.read_bytes()


def test_a_store_tells_its_layout(stores, tmp_path):
    tmp, _, _ = stores
    assert store_layout(open_store_read_only(tmp / "both")) == "both"
    assert store_layout(open_store_read_only(tmp / "union")) == "union"
    assert store_layout(ox.Store()) is None


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_every_example_query_gives_the_same_rows(stores, query):
    tmp, _, _ = stores
    text = query.read_text(encoding="utf-8")
    rows = {}
    for graphs in ("both", "union"):
        rows[graphs] = sorted(str(list(s)) for s in run_query(open_store_read_only(tmp / graphs), text))
    assert rows["union"] == rows["both"]


def test_a_store_of_the_other_layout_is_a_one_line_error(stores, tmp_path):
    tmp, hailar, _ = stores
    report = hailar / "hailar-2013.txt"
    for graphs, other in (("union", "both"), ("both", "union")):
        before = len(open_store_read_only(tmp / other))
        r = kg("build", report, "-o", tmp_path, "--no-page", "--store", tmp / other, "--store-graphs", graphs)
        assert r.returncode == 1
        assert r.stderr.count("\n") == 1 and f"--store-graphs {other}" in r.stderr, r.stderr
        assert len(open_store_read_only(tmp / other)) == before


def test_a_report_built_again_into_a_union_store_is_a_one_line_error(stores, tmp_path):
    tmp, hailar, _ = stores
    before = sorted(_quads(tmp / "union"))
    r = kg("build", hailar / "hailar-2013.txt", "-o", tmp_path, "--no-page", "--store", tmp / "union",
           "--store-graphs", "union")
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "hailar-2013.txt: already in the store" in r.stderr, r.stderr
    assert sorted(_quads(tmp / "union")) == before
    # refused before it is built: none of its files is written or listed (the store, unchanged, is)
    assert r.stdout.split() == [str(tmp / "union")] and list(tmp_path.iterdir()) == []


def test_the_same_report_twice_in_one_union_build_is_refused_before_anything_is_built(tmp_path):
    """Two reports of one name would write the same files (and the same graph): the build is refused on one
    line naming both, before anything is written — no Turtle, no store."""
    report = shared_file("corpus", "hailar", "hailar-2013.txt")
    copy = tmp_path / "again"
    copy.mkdir()
    (copy / report.name).write_bytes(report.read_bytes())
    r = kg("build", report, copy / report.name, "-o", tmp_path / "out", "--no-page", "--jobs", "1",
           "--store", tmp_path / "store", "--store-graphs", "union")
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert f"{report} and {copy / report.name} would both be written as hailar-2013.*" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "store").exists()


def test_two_reports_of_one_name_write_no_file(tmp_path):
    """Another report under the same name (hailar-2014's text as hailar-2013.txt): refused as a whole, not
    the second built over the first."""
    report = shared_file("corpus", "hailar", "hailar-2013.txt")
    copy = tmp_path / "again"
    copy.mkdir()
    (copy / report.name).write_bytes(shared_file("corpus", "hailar", "hailar-2014.txt").read_bytes())
    r = kg("build", report, copy / report.name, "-o", tmp_path / "out", "--no-page", "--jobs", "2",
           "--store", tmp_path / "store", "--store-graphs", "union")
    assert r.returncode == 1 and "would both be written as hailar-2013.*" in r.stderr, r.stderr
    assert r.stdout == "" and not (tmp_path / "out").exists() and not (tmp_path / "store").exists()


def test_query_warns_of_graph_patterns_on_a_union_store(stores):
    tmp, _, _ = stores
    graph_query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = kg("query", tmp / "union", graph_query)
    assert r.returncode == 0 and "default graph only" in r.stderr and "GRAPH" in r.stderr
    r = kg("query", tmp / "both", graph_query)
    assert r.returncode == 0 and r.stderr == ""
    r = kg("query", tmp / "union", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert r.returncode == 0 and r.stderr == ""


def test_push_of_a_union_store_is_a_one_line_error(stores):
    tmp, _, _ = stores
    r = kg("push", tmp / "union", "--endpoint", "http://127.0.0.1:9/store", "--timeout", "1")
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "no report graphs to push" in r.stderr, r.stderr
