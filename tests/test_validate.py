"""The SHACL shapes: every graph `kg build` writes is valid, and broken graphs are caught."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.cli import main
from kg.rdf.graph import ID, POL
from kg.rdf.validate import shapes_graph, validate_graph

from .conftest import SEEDS, shared_file


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("valid")
    reports = sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt"))
    assert main(["build", "--no-page", "-o", str(out)] + [str(r) for r in reports]) == 0
    return sorted(out.glob("*.ttl"))


def test_every_built_graph_is_valid(built, capsys):
    assert len(built) >= 9
    capsys.readouterr()
    rc = main(["validate"] + [str(p) for p in built])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert out.count(": valid") == len(built)


def _first(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _mutations():
    """(what is broken, how to break it, words the violation must say)."""
    def drop(p):
        return lambda g: g.remove((_first(g, POL.Observation), p, None))

    def second_indicator(g):
        g.add((_first(g, POL.Observation), POL.indicator, _first(g, POL.Indicator) + "x"))

    def bad_value(g):
        ob = _first(g, POL.Observation)
        g.set((ob, POL.value, Literal("about twelve")))

    def period_not_year(g):
        g.set((_first(g, POL.Observation), POL.period, Literal("2019")))

    def bad_status(g):
        g.set((_first(g, POL.Observation), POL.status, Literal("maybe")))

    def two_labels(g):
        g.add((_first(g, POL.Project), RDFS.label, Literal("另一个名字", lang="zh")))

    def english_label(g):
        p = _first(g, POL.Organization)
        g.set((p, RDFS.label, Literal("a name", lang="en")))

    def unmentioned(g):
        g.add((ID["project/nobody"], RDF.type, POL.Project))
        g.add((ID["project/nobody"], RDFS.label, Literal("无名工程", lang="zh")))

    def text_not_label(g):
        m = sorted(g.subjects(POL.mentionOf, None))[0]
        g.set((m, POL.text, Literal("别的")))

    def offsets_outside(g):
        m = sorted(g.subjects(POL.mentionOf, None))[0]
        g.set((m, POL.start, Literal(10**7)))
        g.set((m, POL.end, Literal(10**7 + 3)))

    def reversed_offsets(g):
        m = sorted(g.subjects(POL.mentionOf, None))[0]
        start = g.value(m, POL.start).toPython()
        g.set((m, POL.end, Literal(start - 1)))

    def no_provenance(g):
        g.remove((_first(g, POL.Statement), PROV.wasDerivedFrom, None))

    def statement_not_asserted(g):
        st = _first(g, POL.Statement)
        g.remove((g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)))

    return [
        ("no indicator", drop(POL.indicator), "exactly one indicator"),
        ("two indicators", second_indicator, "exactly one indicator"),
        ("no unit", drop(POL.unit), "exactly one unit"),
        ("no period", drop(POL.period), "period"),
        ("value not a number", bad_value, "decimal or a ratio"),
        ("period a plain string", period_not_year, "gYear"),
        ("unknown status", bad_status, "actual or target"),
        ("two labels", two_labels, "one Chinese label"),
        ("label not Chinese", english_label, "one Chinese label"),
        ("entity without mention", unmentioned, "at least one mention"),
        ("mention text not its entity's", text_not_label, "neither the label nor an alias"),
        ("offsets outside the sentence", offsets_outside, "outside its sentence"),
        ("end before start", reversed_offsets, "starts before it ends"),
        ("statement without provenance", no_provenance, "provenance"),
        ("statement of a missing relation", statement_not_asserted, "does not assert"),
    ]


@pytest.mark.parametrize("what,breaks,says", _mutations(), ids=[m[0] for m in _mutations()])
def test_a_broken_graph_fails_and_says_why(built, what, breaks, says):
    g = Graph().parse(next(p for p in built if p.name == "yixian-2019.ttl"))
    shapes = shapes_graph()  # the graph as built is valid: test_every_built_graph_is_valid
    breaks(g)
    violations = validate_graph(g, shapes)
    assert violations, what
    assert any(says in str(v) for v in violations), [str(v) for v in violations]


def test_validate_exits_non_zero_and_prints_violations(built, tmp_path, capsys):
    g = Graph().parse(next(p for p in built if p.name == "yixian-2019.ttl"))
    g.remove((_first(g, POL.Observation), POL.unit, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    capsys.readouterr()
    rc = main(["validate", str(broken)])
    captured = capsys.readouterr()
    assert rc == 1
    assert "broken.ttl: id:report/yixian-2019/observation/" in captured.out and "unit" in captured.out
    assert captured.err.startswith("kg: error: 1 violation") and "Traceback" not in captured.err


def test_validate_a_file_that_is_not_rdf(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    rc = main(["validate", str(bad)])
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("kg: error: ") and len(err.strip().splitlines()) == 1
