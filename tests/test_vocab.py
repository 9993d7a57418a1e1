"""Every ontology term the code writes or queries is declared in ontology/policy.ttl, so a typo fails here."""
from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import RDF

from kg.extract import INDICATOR, OBSERVATION, ORG, PLACE, PROJECT
from kg.rdf.vocab import POL, RELATION_PROPERTIES, graph_iri

from .conftest import ROOT

# `POL.term`, `POL["term"]` in Python; `pol:term` in SPARQL text (Python strings, .rq files, the page)
_TERM_USES = re.compile(r"\bPOL\.([A-Za-z_]\w*)|\bPOL\[\"(\w+)\"\]|\bpol:([A-Za-z_]\w*)")


def _declared() -> set[str]:
    onto = Graph().parse(ROOT / "ontology" / "policy.ttl")
    return {str(s)[len(str(POL)):] for s in onto.subjects(RDF.type, None) if str(s).startswith(str(POL))}


def terms_used(text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in _TERM_USES.finditer(text)}


def _sources():
    yield from sorted((ROOT / "kg").rglob("*.py"))
    yield from sorted((ROOT / "kg" / "templates").glob("*.html"))
    yield from sorted((ROOT / "ontology" / "queries").glob("*.rq"))


def test_the_scanner_sees_a_typo():
    assert terms_used('g.add((n, POL.txet, x)); POL["Projcet"]; "?s pol:perod ?y"') == {"txet", "Projcet", "perod"}


def test_every_pol_term_in_the_code_and_queries_is_declared_in_the_ontology():
    declared = _declared()
    used = {}
    for path in _sources():
        for term in terms_used(path.read_text(encoding="utf-8")):
            used.setdefault(term, path.relative_to(ROOT).as_posix())
    assert len(used) >= 40  # the scan reads the modules that write the graph, not nothing
    undeclared = {t: where for t, where in used.items() if t not in declared}
    assert not undeclared, undeclared


def test_terms_minted_from_data_are_declared():
    """POL[e.type] and the relation properties come from constants, not from text the scanner sees."""
    declared = _declared()
    for type_ in (PLACE, ORG, PROJECT, INDICATOR, OBSERVATION):
        assert type_ in declared, type_
    for prop in RELATION_PROPERTIES.values():
        assert str(prop)[len(str(POL)):] in declared, prop


def test_the_report_graph_iri_is_the_one_sparql_and_push_use(tmp_path):
    from kg.services.sparql import graph_name_for

    assert graph_name_for(tmp_path / "黔江 2019.ttl") == str(graph_iri("黔江 2019")) \
        == "https://w3id.org/policy-kg/id/graph/黔江%202019"
