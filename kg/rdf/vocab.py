"""The vocabulary of the graphs we write: namespaces, prefixes and IRI minting, defined once.

Every IRI the tool mints comes from a function here (`entity_iri`, `report_iri`, `graph_iri`, …), so
the shape of the identifiers is written down in one place.

Every module that names an RDF term imports it from here. `POL` is the policy ontology
(ontology/policy.ttl); tests/test_vocab.py checks that every POL and pol: term written in
kg/ is declared there, so a typo fails a test instead of minting a new, undescribed property.

`W3C_ORG` is the W3C Organization Ontology namespace (prefix `org:`); it is not the mention type
`ORG` ("Organization") of kg.extract.
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.iris import iri_segment

POL = Namespace("https://w3id.org/policy-kg/ontology#")
ID = Namespace("https://w3id.org/policy-kg/id/")
SCHEMA = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")
W3C_ORG = Namespace("http://www.w3.org/ns/org#")

# the order is the order of `bind`; written Turtle sorts its prefixes itself (kg.rdf.formats)
PREFIXES = {"pol": POL, "id": ID, "rdfs": RDFS, "rdf": RDF, "skos": SKOS, "xsd": XSD, "prov": PROV,
            "schema": SCHEMA, "dcterms": DCTERMS, "owl": OWL, "qb": QB, "org": W3C_ORG}
# a relation's kind (kg.resolve.relations) → the property that states it
RELATION_PROPERTIES = {"locatedIn": POL.locatedIn, "participatesIn": POL.participatesIn, "partOf": POL.partOf}


def compact_iri(iri: str) -> str:
    """An IRI as a prefixed name with the longest of our prefixes that fits ("id:place/500114"), for
    tables and messages; the IRI itself when none fits."""
    best = max(((p, str(ns)) for p, ns in PREFIXES.items() if iri.startswith(str(ns))), key=lambda x: len(x[1]), default=None)
    return f"{best[0]}:{iri[len(best[1]):]}" if best else iri


def new_graph() -> Graph:
    """An empty rdflib graph with our prefixes bound. Its store is rdflib's SimpleMemory: a graph of
    ours is one graph, never a context of a dataset, and SimpleMemory adds a triple in ~60% of the
    time of the default store, which also indexes contexts (a report's graph is ~10k triples)."""
    g = Graph(store="SimpleMemory")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


ID_BASE = str(ID)  # IRIs are minted as ID_BASE + path: an rdflib Namespace look-up costs ~2 µs, a report mints thousands


def entity_iri(key: str) -> URIRef:
    """An entity's IRI from its identity key (a division code, or a digest of the name)."""
    return URIRef(entity_iri_text(key))


# The IRIs a report's writer mints by the thousand (kg.rdf.graph), as plain strings: the writer makes
# pyoxigraph nodes of them, and an rdflib URIRef on the way (its check of the characters, ~1 µs) was
# a third of writing a report's triples; the URIRef functions wrap these.
def entity_iri_text(key: str) -> str:
    return ID_BASE + key


def section_iri_text(report: str, section_id: str) -> str:
    return ID_BASE + f"report/{report}/section/{section_id}"


def sentence_iri_text(report: str, index: int) -> str:
    return ID_BASE + f"report/{report}/sentence/{index}"


def mention_iri_text(report: str, start: int, end: int, type_: str) -> str:
    return ID_BASE + f"report/{report}/mention/{start}-{end}-{type_}"


def statement_iri_text(report: str, key: str) -> str:
    return ID_BASE + f"report/{report}/statement/{key}"


def observation_iri_text(report: str, key: str) -> str:
    return ID_BASE + f"report/{report}/{key}"


def graph_iri(report_name: str) -> URIRef:
    """The named graph of one report (the same IRI `kg build --store`, `kg query` and `kg push` use)."""
    return URIRef(ID_BASE + f"graph/{iri_segment(report_name)}")


def report_iri(name: str) -> URIRef:
    """The report node; `name` is already an IRI segment (kg.rdf.iris.iri_segment of the file name)."""
    return URIRef(ID_BASE + f"report/{name}")


def section_iri(report: str, section_id: str) -> URIRef:
    return URIRef(section_iri_text(report, section_id))


def sentence_iri(report: str, index: int) -> URIRef:
    return URIRef(sentence_iri_text(report, index))


def mention_iri(report: str, start: int, end: int, type_: str) -> URIRef:
    """A mention: its report, its offsets into the normalized text and its type."""
    return URIRef(mention_iri_text(report, start, end, type_))


def stage_record_iri(report: str, key: str) -> URIRef:
    """A project's stage in one year, as one report states it; `key` is a slug of project, stage and year."""
    return URIRef(ID_BASE + f"report/{report}/stage/{key}")


def statement_iri(report: str, key: str) -> URIRef:
    """The statement of a relation in one report; `key` is a slug of kind, subject and object."""
    return URIRef(statement_iri_text(report, key))


def observation_iri(report: str, key: str) -> URIRef:
    """An observation of one report; `key` is the observation's own key (kg.resolve.entities)."""
    return URIRef(observation_iri_text(report, key))


def standard_indicator_iri(key: str) -> URIRef:
    """The SKOS concept of an indicator's standard name; `key` is a slug of the name."""
    return URIRef(ID_BASE + f"indicator/standard/{key}")


def indicator_concept_iri(key: str) -> URIRef:
    """The SKOS concept `kg promises` pairs targets and results by; `key` is a slug of its name."""
    return URIRef(ID_BASE + f"indicator/concept/{key}")


def assessment_iri(key: str) -> URIRef:
    """One target judged against its result (kg promises); `key` is a slug of the two observations' IRIs."""
    return URIRef(ID_BASE + f"assessment/{key}")
