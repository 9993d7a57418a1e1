"""The store `kg build --store` fills holds exactly the reports' Turtle, as written by the same
build: each report's triples in its named graph and once in the default graph (their union), no
quad more or less, whatever the loader does to get them there (chunks, threads, formats)."""
from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox

from .conftest import SEEDS

REPORTS = [SEEDS / "yixian-2019.txt", SEEDS / "national-2017.txt", SEEDS / "qianjiang-2019.txt"]


def _quads_of_turtle(out) -> set[str]:
    """Every report's Turtle parsed by Oxigraph alone, its triples in its graph and in the default
    graph, as a store in memory holds them (a store writes a decimal 3.0 as 3)."""
    memory = ox.Store()
    for ttl in sorted(out.glob("*.ttl")):
        graph = ox.NamedNode(f"https://w3id.org/policy-kg/id/graph/{ttl.stem}")
        triples = list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
        memory.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        memory.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return {str(q) for q in memory}


def test_the_store_holds_exactly_the_reports_turtle(tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    r = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, REPORTS), "-o", str(out), "--no-page",
                        "--jobs", "2", "--store", str(store)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    stored = [str(q) for q in ox.Store.read_only(str(store))]
    assert len(stored) == len(set(stored))
    expected = _quads_of_turtle(out)
    assert len(list(out.glob("*.ttl"))) == len(REPORTS)
    assert set(stored) == expected
