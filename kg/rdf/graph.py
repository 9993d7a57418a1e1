"""Stage 5 — entities, relations and observations to an RDF graph under the policy ontology.

IRIs are stable: an entity's IRI comes from its identity (a GB/T 2260 code for divisions, a digest
of the name otherwise), never from a counter, so the same entity gets the same IRI in every run
and from every report. No blank nodes: every node has an IRI, which keeps the Turtle deterministic
and the graph easy to merge.
"""
from __future__ import annotations

import functools
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.resolve.entities import ReportGraph
from kg.resolve.entities import slug
from kg.rdf.iris import iri_segment
from kg.text.reading import harmless_text
from kg.model import Mention
# the vocabulary lives in kg.rdf.vocab; re-exported here for the modules that import it from kg.rdf.graph
from kg.rdf.formats import to_turtle
from kg.rdf.vocab import ID, POL, PREFIXES, QB, RELATION_PROPERTIES, SCHEMA, entity_iri, new_graph, report_iri
from kg.rdf.vocab import mention_iri, observation_iri, stage_record_iri, standard_indicator_iri, statement_iri
from kg.rdf.vocab import section_iri as _section_iri
from kg.rdf.vocab import sentence_iri as _sentence_iri

__all__ = ["ID", "POL", "PREFIXES", "QB", "RELATION_PROPERTIES", "SCHEMA", "decimal_literal", "entity_iri",
           "new_graph", "graph_of", "report_triples", "to_rdf", "to_turtle"]


def to_rdf(rg: ReportGraph, graph: Graph | None = None) -> Graph:
    """One report's graph as an rdflib Graph (what the page, `kg eval` and the read-back walk):
    the triples of `report_triples`, each once."""
    return graph_of(report_triples(rg), graph)


def report_triples(rg: ReportGraph) -> list[tuple]:
    """One report's triples as pyoxigraph terms, each once, in the order they are written
    (`kg.rdf.formats.write_order`): the report and its sections, the entities with their mentions,
    stage records, relations (direct triples and their statements), observations, and the
    sentences any of these was found in. Turtle and the store are written from them straight
    (a report's ~7,000 triples cost ~0.05 s as rdflib terms in an rdflib Graph, then as much
    again converted and sorted for Oxigraph's writer)."""
    from kg.rdf.formats import write_order

    w = _ReportWriter(rg)
    w.report_node()
    w.sections()
    w.entities()
    w.stage_records()
    w.relations()
    w.observations()
    w.sentences()
    return write_order(w.triples)


def graph_of(triples: list[tuple], graph: Graph | None = None) -> Graph:
    """pyoxigraph triples as an rdflib Graph (literals keep their text: ours are canonical)."""
    import pyoxigraph as ox

    g = graph if graph is not None else new_graph()
    iris: dict = {}

    def iri(n):
        u = iris.get(n)
        if u is None:
            u = iris[n] = URIRef(n.value)
        return u

    def term(t):
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            return Literal(t.value) if t.datatype == _XSD_STRING() else Literal(t.value, datatype=iri(t.datatype))
        return iri(t)

    add = g.add
    for s, p, o in triples:
        add((iri(s), iri(p), term(o)))
    return g


@functools.lru_cache(maxsize=None)
def node(iri: str):
    """The pyoxigraph node of an IRI, made once (the vocabulary's terms recur in every report)."""
    import pyoxigraph as ox

    return ox.NamedNode(str(iri))


def _XSD_STRING():
    return node(XSD.string)


@functools.lru_cache(maxsize=4096)
def _decimal_text(value: str) -> str:
    return str(decimal_literal(value))


class _ReportWriter:
    """Writes one ReportGraph as pyoxigraph triples; remembers which sentences its mentions cite."""

    def __init__(self, rg: ReportGraph):
        import pyoxigraph as ox

        self.ox = ox
        self.rg, self.doc, self.src = rg, rg.doc, rg.doc.source
        self.triples: dict[tuple, None] = {}  # insertion-ordered and each once, as a graph holds them
        self.name = iri_segment(self.src.name)  # the file name, made safe for IRIs
        self.report = node(report_iri(self.name))
        self.used_sentences: set[int] = set()
        self.mentions: set = set()  # mention nodes already written
        self.entity_nodes: dict[str, object] = {}
        self.type = node(RDF.type)

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def text(self, value: str, lang: str | None = None):
        return self.ox.Literal(value, language=lang) if lang else self.ox.Literal(value)

    def typed(self, value, datatype):
        return self.ox.Literal(str(value), datatype=node(datatype))

    def decimal(self, value: str):
        return self.ox.Literal(_decimal_text(value), datatype=node(XSD.decimal))

    def year(self, value):
        return self.ox.Literal(str(value), datatype=node(XSD.gYear))

    def entity(self, key: str):
        n = self.entity_nodes.get(key)
        if n is None:
            n = self.entity_nodes[key] = self.ox.NamedNode(entity_iri(key))
        return n

    def section(self, section_id: str):
        return self.ox.NamedNode(_section_iri(self.name, section_id))

    def report_node(self) -> None:
        add, doc, src, report = self.add, self.doc, self.src, self.report
        add(report, self.type, node(POL.Report))
        add(report, node(RDFS.label), self.text(doc.label, "zh"))
        add(report, node(POL.sourceFile), self.text(harmless_text(Path(src.path).name)))
        add(report, node(POL.encoding), self.text(src.encoding))
        if doc.year:
            add(report, node(POL.year), self.year(doc.year))
        if self.rg.area:
            add(report, node(POL.area), self.entity(self.rg.area))

    def sections(self) -> None:
        add = self.add
        section_class, label, part_of = node(POL.Section), node(RDFS.label), node(DCTERMS.isPartOf)
        in_report, mode, period = node(POL.report), node(POL.mode), node(POL.period)
        for s in self.doc.sections:
            sec = self.section(s.id)
            add(sec, self.type, section_class)
            add(sec, label, self.text(s.heading or self.doc.label, "zh"))  # an untitled preamble: the report
            add(sec, part_of, self.section(s.parent) if s.parent else self.report)
            add(sec, in_report, self.report)
            add(sec, mode, self.text(s.mode))
            if s.year:
                add(sec, period, self.year(s.year))

    def mention_node(self, m: Mention):
        """The node of a mention, written the first time it is cited, with its span in the original file."""
        node_ = self.ox.NamedNode(mention_iri(self.name, m.start, m.end, m.type))
        if node_ in self.mentions:
            return node_
        self.mentions.add(node_)
        add = self.add
        a, b = m.span.original(self.src)
        sent = self.doc.sentences[m.sentence]
        add(node_, self.type, node(POL.Mention))
        add(node_, node(POL.text), self.text(m.text))
        add(node_, node(POL.start), self.typed(a, XSD.integer))
        add(node_, node(POL.end), self.typed(b, XSD.integer))
        add(node_, node(POL.sentence), self.ox.NamedNode(_sentence_iri(self.name, sent.index)))
        add(node_, node(POL.section), self.section(sent.section))
        add(node_, node(POL.report), self.report)
        self.used_sentences.add(sent.index)
        return node_

    def entities(self) -> None:
        add = self.add
        label, alt, mention_of, mentioned_in = node(RDFS.label), node(SKOS.altLabel), node(POL.mentionOf), node(POL.mentionedIn)
        for key in sorted(self.rg.entities):
            e = self.rg.entities[key]
            n = self.entity(key)
            add(n, self.type, node(POL[e.type]))
            add(n, label, self.text(e.name, "zh"))
            for alias in sorted(e.aliases):
                add(n, alt, self.text(alias, "zh"))
            self.entity_attributes(n, e.attrs)
            for m in e.mentions:
                if m.type == e.type:
                    add(self.mention_node(m), mention_of, n)
                    add(n, mentioned_in, self.section(self.doc.sentences[m.sentence].section))

    def entity_attributes(self, n, a: dict) -> None:
        """A division's code and level and place; a project's investment and stage; an indicator's standard name."""
        add = self.add
        if "code" in a:
            add(n, node(POL.adminCode), self.text(a["code"]))
        if "level" in a:
            add(n, node(POL.adminLevel), self.text(a["level"]))
        if a.get("lat") is not None:
            add(n, node(SCHEMA.latitude), self.decimal(f"{a['lat']:.4f}"))
            add(n, node(SCHEMA.longitude), self.decimal(f"{a['lon']:.4f}"))
        if "investment" in a:
            value, unit = a["investment"]
            add(n, node(POL.investment), self.decimal(value))
            add(n, node(POL.investmentUnit), self.text(unit))
        if "standard" in a:
            concept = node(standard_indicator_iri(slug(a["standard"])))
            add(n, node(POL.standardIndicator), concept)
            add(concept, self.type, node(SKOS.Concept))
            add(concept, node(SKOS.prefLabel), self.text(a["standard"], "zh"))
        if "stage" in a:
            add(n, node(POL.stage), self.text(a["stage"], "zh"))

    def stage_records(self) -> None:
        """A project's stage in the year a part of the report speaks of."""
        add = self.add
        for rec in self.rg.stages:
            n = self.ox.NamedNode(stage_record_iri(self.name, slug(rec.project + rec.stage + str(rec.period))))
            add(self.entity(rec.project), node(POL.stageRecord), n)
            add(n, self.type, node(POL.StageRecord))
            add(n, node(POL.stage), self.text(rec.stage))
            if rec.period:
                add(n, node(POL.period), self.year(rec.period))
            add(n, node(POL.report), self.report)
            add(n, node(PROV.wasDerivedFrom), self.mention_node(rec.mention))

    def relations(self) -> None:
        """Each relation as a direct triple, and as a statement that says which mention it came from."""
        add = self.add
        for r in self.rg.relations:
            prop = node(RELATION_PROPERTIES[r.kind])
            s, o = self.entity(r.subject), self.entity(r.object)
            add(s, prop, o)
            st = self.ox.NamedNode(statement_iri(self.name, slug(r.kind + r.subject + r.object)))
            add(st, self.type, node(POL.Statement))
            add(st, node(RDF.subject), s)
            add(st, node(RDF.predicate), prop)
            add(st, node(RDF.object), o)
            add(st, node(PROV.wasDerivedFrom), self.mention_node(r.mention))

    def observations(self) -> None:
        add = self.add
        observation, indicator, value_, unit = node(POL.Observation), node(POL.indicator), node(POL.value), node(POL.unit)
        measure, period, status, area = node(POL.measure), node(POL.period), node(POL.status), node(POL.area)
        for ob in self.rg.observations:
            n = self.ox.NamedNode(observation_iri(self.name, ob.key))
            add(n, self.type, observation)
            add(n, indicator, self.entity(ob.indicator))
            if ":" in ob.value or "\u2236" in ob.value:  # a ratio, as written (55:45, 4.0∶37.7∶58.3)
                add(n, value_, self.text(ob.value))
            else:
                add(n, value_, self.decimal(ob.value))
            add(n, unit, self.text(ob.unit))
            add(n, measure, self.text(ob.measure))
            for prop, value in ((node(POL.direction), ob.direction), (node(POL.bound), ob.bound)):
                if value:
                    add(n, prop, self.text(value))
            if ob.period:
                add(n, period, self.year(ob.period))
            add(n, status, self.text(ob.status))
            if ob.area:
                add(n, area, self.entity(ob.area))
            add(n, node(PROV.wasDerivedFrom), self.mention_node(ob.mention))
            add(n, node(POL.report), self.report)

    def sentences(self) -> None:
        """The sentences a mention cites, with their span in the original file."""
        add = self.add
        sentence, text, start, end, section = node(POL.Sentence), node(POL.text), node(POL.start), node(POL.end), node(POL.section)
        for idx in sorted(self.used_sentences):
            sent = self.doc.sentences[idx]
            n = self.ox.NamedNode(_sentence_iri(self.name, idx))
            a, b = sent.span.original(self.src)
            add(n, self.type, sentence)
            add(n, text, self.text(sent.text))
            add(n, start, self.typed(a, XSD.integer))
            add(n, end, self.typed(b, XSD.integer))
            add(n, section, self.section(sent.section))


def decimal_literal(value: str) -> Literal:
    """xsd:decimal in its canonical form ("30" → "30.0"), so Turtle round-trips exactly."""
    text = value if "." in value else value + ".0"
    return Literal(text, datatype=XSD.decimal)
