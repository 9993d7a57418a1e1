"""The speed shortcuts of session 62 answer as the plain code they replace: Turtle's write order made
by subject groups (each sorted by predicate and object, each term's key read once) is the order of one
sort of all the triples by the whole key; the prefixes of the IRIs read off the keys that sort made are those
of the triples; the IRIs the report writer mints as plain text are those of the URIRef functions."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

from kg.rdf.formats import write_order


def _plain_write_order(triples) -> list[tuple]:
    """`write_order` as it was: one sort by (subject, not rdf:type, predicate, object's key)."""
    rdf_type, plain = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(XSD.string))

    def key(t):
        s, p, o = t
        if isinstance(o, ox.Literal):
            dt = "" if o.language or o.datatype == plain else o.datatype.value
            okey = (1, o.value, dt, o.language or "")
        else:
            okey = (0, o.value, "", "")
        return (s.value, p != rdf_type, p.value, okey)

    return sorted(triples, key=key)


def _node(local: str) -> ox.NamedNode:
    return ox.NamedNode("https://w3id.org/policy-kg/id/" + local)


def test_write_order_by_subject_groups_is_one_sort():
    rdf_type, label = ox.NamedNode(str(RDF.type)), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    value = ox.NamedNode("https://w3id.org/policy-kg/ontology#value")
    decimal, integer = ox.NamedNode(str(XSD.decimal)), ox.NamedNode(str(XSD.integer))
    a, b, c = _node("place/b"), _node("place/a"), _node("report/x/mention/1-3-Place")
    triples = [
        (a, label, ox.Literal("黔江区", language="zh")),
        (c, value, ox.Literal("10", datatype=integer)),
        (a, rdf_type, _node("Place")),
        (b, label, ox.Literal("重庆", language="zh")),
        (c, value, ox.Literal("10.0", datatype=decimal)),
        (c, value, ox.Literal("10")),  # a plain string beside the typed ones
        (a, label, ox.Literal("黔江", language="zh")),
        (c, rdf_type, _node("Mention")),
        (b, value, a),  # a node as object, beside literals of other subjects
        (c, label, ox.Literal("10", language="en")),
        (a, value, ox.Literal("10", datatype=integer)),  # the same literal again, another subject
    ]
    assert write_order(triples) == _plain_write_order(triples)
    assert write_order(list(reversed(triples))) == _plain_write_order(list(reversed(triples)))


def test_write_order_of_a_report_is_one_sort():
    from pathlib import Path

    from kg.extract import extract_mentions
    from kg.rdf.graph import report_triples
    from kg.resolve.entities import build_graph
    from kg.text.document import parse_document
    from kg.text.reading import read_source

    doc = parse_document(read_source(Path(__file__).resolve().parent.parent / "seeds" / "qianjiang-2019.txt"))
    found = report_triples(build_graph(doc, extract_mentions(doc)))
    assert len(found) > 1000
    assert write_order(found) == _plain_write_order(found)


def test_prefixes_read_off_the_sort_are_those_of_the_triples():
    from pathlib import Path

    from kg.extract import extract_mentions
    from kg.rdf.formats import _ordered_with_iris, _prefixes_of, _used_prefixes
    from kg.rdf.graph import report_triples
    from kg.resolve.entities import build_graph
    from kg.text.document import parse_document
    from kg.text.reading import read_source

    doc = parse_document(read_source(Path(__file__).resolve().parent.parent / "seeds" / "yixian-2019.txt"))
    found = report_triples(build_graph(doc, extract_mentions(doc)))
    ordered, iris = _ordered_with_iris(found)
    assert _prefixes_of(iris) == _used_prefixes(found) == _used_prefixes(ordered)
    assert "xsd" in _prefixes_of(iris) and "pol" in _prefixes_of(iris)
    rdf_type = ox.NamedNode(str(RDF.type))
    plain = [(_node("a"), rdf_type, _node("Place")), (_node("a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                                      ox.Literal("某地", language="zh"))]
    assert _prefixes_of(_ordered_with_iris(plain)[1]) == _used_prefixes(plain)


def test_iri_texts_are_the_iris():
    from rdflib import URIRef

    from kg.rdf import vocab

    cases = [(vocab.entity_iri, vocab.entity_iri_text, ("place/500114",)),
             (vocab.section_iri, vocab.section_iri_text, ("qianjiang-2019", "s2")),
             (vocab.sentence_iri, vocab.sentence_iri_text, ("qianjiang-2019", 17)),
             (vocab.mention_iri, vocab.mention_iri_text, ("qianjiang-2019", 3, 6, "Place")),
             (vocab.statement_iri, vocab.statement_iri_text, ("qianjiang-2019", "locatedin-abc")),
             (vocab.observation_iri, vocab.observation_iri_text, ("qianjiang-2019", "obs-1"))]
    for iri, text, args in cases:
        assert isinstance(iri(*args), URIRef) and str(iri(*args)) == text(*args)
        assert text(*args).startswith("https://w3id.org/policy-kg/id/")
