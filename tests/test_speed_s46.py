"""The speed shortcuts of session 46 answer as the plain code they replace: the prefixes a report's
Turtle declares found by a bisect over its sorted IRIs (every namespace any IRI opens with, no
other), and the garbage collector paused while a report is built and left as it was found."""
from __future__ import annotations

import gc

import pyoxigraph as ox

from kg.corpus.batch import _collector_paused
from kg.rdf.formats import TURTLE_PREFIXES, _used_prefixes


def _every_prefix(triples) -> dict[str, str]:
    """The definition: a namespace is used when a node's IRI, or a typed literal's datatype, opens with it."""
    iris = set()
    for t in (t for triple in triples for t in triple):
        if isinstance(t, ox.Literal):
            if not t.language and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                iris.add(t.datatype.value)
        else:
            iris.add(t.value)
    return {p: ns for p, ns in TURTLE_PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def test_used_prefixes_are_every_namespace_opening_an_iri():
    schema, pol = TURTLE_PREFIXES["schema"], TURTLE_PREFIXES["pol"]
    node = ox.NamedNode("https://w3id.org/policy-kg/id/place/x")
    cases = [
        [],
        [(node, ox.NamedNode(schema + "name"), ox.Literal("某某", language="zh"))],
        # a namespace only a datatype names; a plain literal names none
        [(node, ox.NamedNode(pol + "value"), ox.Literal("1.5", datatype=ox.NamedNode(TURTLE_PREFIXES["xsd"] + "decimal"))),
         (node, ox.NamedNode(pol + "unit"), ox.Literal("亿元"))],
        # an IRI sorting just before a namespace (its text a prefix of it) does not use it
        [(ox.NamedNode(schema[:-1]), ox.NamedNode(pol + "area"), ox.NamedNode(schema))],
        [(ox.NamedNode(schema[:-1]), ox.NamedNode(pol + "area"), ox.NamedNode(pol[:-1]))],
    ]
    for triples in cases:
        assert _used_prefixes(triples) == _every_prefix(triples)


def test_the_collector_is_paused_and_left_as_found():
    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # one paused by the caller stays paused
    finally:
        gc.enable()
