"""The ontology file describes every term the graphs use, in Chinese and English."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.graph import POL

from .conftest import ROOT


def test_every_term_used_is_defined_with_labels_in_both_languages(qianjiang):
    onto = Graph().parse(ROOT / "ontology" / "policy.ttl")
    used = {t for triple in qianjiang.rdf for t in triple if str(t).startswith(str(POL))}
    defined = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(POL))}
    assert used <= defined, sorted(map(str, used - defined))
    for term in defined:
        langs = {lbl.language for lbl in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, term


def test_classes_align_with_w3c_vocabularies():
    onto = Graph().parse(ROOT / "ontology" / "policy.ttl")
    supers = {str(o) for o in onto.objects(POL.Observation, RDFS.subClassOf)}
    assert "http://purl.org/linked-data/cube#Observation" in supers
    assert "http://www.w3.org/ns/org#Organization" in {str(o) for o in onto.objects(POL.Organization, RDFS.subClassOf)}
    assert (POL.partOf, RDF.type, OWL.TransitiveProperty) in onto
