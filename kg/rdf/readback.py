"""A typed read-back view of a built RDF graph: entities, mentions, observations, relations.

The page's network (kg.outputs.network), the property-graph export (kg.outputs.property_graph) and `kg eval`
(kg.pipeline.predictions) read what a graph says through this one view, so they agree on how a
fact is stored (an observation's sentence is the one its mention was found in, a relation is the
direct triple, …) and a change of the ontology is made here once. The view reads the graph on
demand; it holds no copy of it. It reads any graph — one report's, several merged, or one loaded
from a file — so a value the graph lacks is None, never a default.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.rdf.vocab import POL, RELATION_PROPERTIES, SCHEMA

ENTITY_TYPES = ("Project", "Place", "Organization", "Indicator")


@dataclass(frozen=True)
class Section:
    node: URIRef
    label: str | None
    parent: Node | None  # a section or the report (dcterms:isPartOf)


@dataclass(frozen=True)
class MentionRef:
    """Where a fact was read: the mention node, its report, offset, sentence and section."""
    node: Node
    report: str  # the report's IRI, as text
    start: int | None
    sentence: Node | None
    section: Node | None
    text: str | None = None  # the words as the report has them
    end: int | None = None  # offset in the original file, as start

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.report, self.start or 0)


@dataclass(frozen=True)
class Entity:
    node: URIRef
    type: str  # one of ENTITY_TYPES
    label: str | None  # rdfs:label (one of them, when a merged graph holds several)
    aliases: tuple[str, ...]  # skos:altLabel, sorted
    names: tuple[str, ...]  # every rdfs:label and skos:altLabel, sorted
    code: str | None
    stage: str | None
    latitude: str | None
    longitude: str | None
    investment: str | None  # the amount, as written in the graph
    investment_unit: str | None


@dataclass(frozen=True)
class Observation:
    node: Node
    indicator: Node | None
    value: Node | None  # an xsd:decimal literal, or a ratio's text
    unit: str | None
    measure: str | None
    direction: str | None
    bound: str | None
    period: str | None  # the gYear's lexical form ("2019")
    status: str | None
    area: Node | None
    mention: Node | None  # prov:wasDerivedFrom
    report: Node | None = None  # the report that states it


@dataclass(frozen=True)
class Relation:
    kind: str  # a key of kg.rdf.vocab.RELATION_PROPERTIES
    subject: Node
    object: Node


@dataclass(frozen=True)
class StageRecord:
    year: str
    stage: str
    sentence: str  # the sentence's text, "" when the record names none


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def decimal_value(value: Node | None) -> Decimal | None:
    """An xsd:decimal literal's number; None for anything else (a ratio's text, a missing value)."""
    if not isinstance(value, Literal) or value.datatype != XSD.decimal:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


class GraphView:
    """Read one rdflib Graph as the objects above."""

    def __init__(self, g: Graph):
        self.g = g

    # --- structure of the report
    def sections(self) -> dict[URIRef, Section]:
        g = self.g
        return {s: Section(s, _text(g.value(s, RDFS.label)), g.value(s, DCTERMS.isPartOf))
                for s in g.subjects(RDF.type, POL.Section)}

    def is_section(self, node: Node | None) -> bool:
        return node is not None and (node, RDF.type, POL.Section) in self.g

    def label(self, node: Node | None) -> str | None:
        return None if node is None else _text(self.g.value(node, RDFS.label))

    def sentence_text(self, sentence: Node | None) -> str | None:
        return None if sentence is None else _text(self.g.value(sentence, POL.text))

    def report_areas(self) -> dict[Node, Node | None]:
        """Each report node → the division it is the report of (pol:area), None where it names none."""
        g = self.g
        return {r: g.value(r, POL.area) for r in g.subjects(RDF.type, POL.Report)}

    # --- entities
    def entity_nodes(self, type_: str) -> list[URIRef]:
        return sorted(set(self.g.subjects(RDF.type, POL[type_])))

    def names(self, node: Node) -> tuple[str, ...]:
        g = self.g
        return tuple(sorted({str(x) for x in g.objects(node, RDFS.label)} | {str(x) for x in g.objects(node, SKOS.altLabel)}))

    def entity(self, node: URIRef, type_: str) -> Entity:
        g = self.g

        def text(prop) -> str | None:
            return _text(g.value(node, prop))

        return Entity(node, type_, text(RDFS.label), tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
                      self.names(node), text(POL.adminCode), text(POL.stage), text(SCHEMA.latitude),
                      text(SCHEMA.longitude), text(POL.investment), text(POL.investmentUnit))

    def entities(self, type_: str) -> list[Entity]:
        """The entities of one type (ENTITY_TYPES), by IRI."""
        return [self.entity(node, type_) for node in self.entity_nodes(type_)]

    def mention(self, node: Node) -> MentionRef:
        g = self.g
        start, end = g.value(node, POL.start), g.value(node, POL.end)
        return MentionRef(node, str(g.value(node, POL.report) or ""), None if start is None else int(start),
                          g.value(node, POL.sentence), g.value(node, POL.section), _text(g.value(node, POL.text)),
                          None if end is None else int(end))

    def mentions_of(self, entity: Node) -> list[MentionRef]:
        """The mentions of an entity, in reading order (by report, then offset)."""
        return sorted((self.mention(m) for m in self.g.subjects(POL.mentionOf, entity)), key=lambda m: m.sort_key)

    def stage_history(self, project: Node) -> list[StageRecord]:
        """A project's stage by year (`?project pol:stageRecord ?r . ?r pol:stage ?s ; pol:period ?y`),
        by year, stage and sentence; records without a stage or a year are left out."""
        g = self.g
        out = []
        for r in g.objects(project, POL.stageRecord):
            stage, period = g.value(r, POL.stage), g.value(r, POL.period)
            if stage is None or period is None:
                continue
            mention = g.value(r, PROV.wasDerivedFrom)
            sent = g.value(mention, POL.sentence) if mention is not None else None
            out.append(StageRecord(str(period)[:4], str(stage), self.sentence_text(sent) or ""))
        out.sort(key=lambda x: (x.year, x.stage, x.sentence))
        return out

    # --- observations
    def observation(self, node: Node) -> Observation:
        g = self.g

        def text(prop) -> str | None:
            return _text(g.value(node, prop))

        return Observation(node, g.value(node, POL.indicator), g.value(node, POL.value), text(POL.unit),
                           text(POL.measure), text(POL.direction), text(POL.bound), text(POL.period),
                           text(POL.status), g.value(node, POL.area), g.value(node, PROV.wasDerivedFrom),
                           g.value(node, POL.report))

    def observations(self) -> list[Observation]:
        """Every typed observation, by IRI."""
        return [self.observation(n) for n in sorted(set(self.g.subjects(RDF.type, POL.Observation)))]

    def observations_of(self, indicator: Node) -> list[Observation]:
        """The observations of one indicator, in the graph's order."""
        return [self.observation(n) for n in self.g.subjects(POL.indicator, indicator)]

    def next_targets(self) -> list[tuple[Node, Node]]:
        """(actual, target) pairs: an actual's `pol:nextTarget`, each target of its report for the
        next year with the same indicator, unit and measure; by IRIs."""
        return sorted(set(self.g.subject_objects(POL.nextTarget)))

    # --- relations
    def relations(self, kind: str) -> list[Relation]:
        """The direct triples of one relation kind, by subject and object."""
        return [Relation(kind, s, o) for s, o in sorted(set(self.g.subject_objects(RELATION_PROPERTIES[kind])))]


__all__ = ["ENTITY_TYPES", "Entity", "GraphView", "MentionRef", "Observation", "Relation", "Section", "StageRecord",
           "decimal_value"]
