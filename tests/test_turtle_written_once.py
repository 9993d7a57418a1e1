"""A report's Turtle is written once and serves both its own file and its block of a merged
Turtle file: the block is the file's statements, the file what Oxigraph writes afresh."""
from __future__ import annotations

from kg.pipeline import build
from kg.rdf.formats import ReportRdf, turtle_of
from kg.rdf.graph import report_triples

from .conftest import SEEDS


def test_the_merged_block_is_the_files_statements():
    triples = report_triples(build(SEEDS / "yixian-2019.txt").report)
    rdf = ReportRdf("yixian-2019", triples)
    alone = rdf.serialize("ttl")
    part = rdf.merged_part("ttl")
    assert alone == turtle_of(ReportRdf("yixian-2019", triples).triples)
    prefixes = [line for line in alone.splitlines() if line.startswith("@prefix")]
    assert prefixes and not part.startswith("@prefix")
    assert "\n".join(prefixes) + "\n" + part == alone
    assert rdf.serialize("ttl") == alone  # asked again: the same text


def test_the_nquads_part_is_what_oxigraph_writes_for_the_reports_graph():
    from kg.rdf.formats import nquads_of, ntriples_of

    for name in ("yixian-2019", "qianjiang-2019"):
        triples = report_triples(build(SEEDS / f"{name}.txt").report)
        rdf = ReportRdf(name, triples)
        assert rdf.merged_part("nq") == nquads_of(rdf.triples, name)
        assert rdf.serialize("nt") == ntriples_of(rdf.triples)
        assert rdf.serialize("ttl") == turtle_of(rdf.triples)


def test_the_trig_part_is_what_oxigraph_writes_for_the_reports_graph():
    from kg.rdf.formats import trig_block_of, trig_header

    for name in ("yixian-2019", "national-2017"):
        rdf = ReportRdf(name, report_triples(build(SEEDS / f"{name}.txt").report))
        assert rdf.merged_part("trig") == trig_block_of(rdf.triples, name)
        assert rdf.serialize("trig") == trig_header() + trig_block_of(rdf.triples, name)
    empty = ReportRdf("empty", [])
    assert empty.merged_part("trig") == trig_block_of([], "empty")
