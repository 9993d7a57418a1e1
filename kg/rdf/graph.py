"""Stage 5 — entities, relations and observations to an RDF graph under the policy ontology.

IRIs are stable: an entity's IRI comes from its identity (a GB/T 2260 code for divisions, a digest
of the name otherwise), never from a counter, so the same entity gets the same IRI in every run
and from every report. No blank nodes: every node has an IRI, which keeps the Turtle deterministic
and the graph easy to merge.
"""
from __future__ import annotations

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
           "new_graph", "to_rdf", "to_turtle"]


def to_rdf(rg: ReportGraph, graph: Graph | None = None) -> Graph:
    """One report's graph: the report and its sections, the entities with their mentions, stage
    records, relations (direct triples and their statements), observations, and the sentences
    any of these was found in."""
    w = _ReportWriter(graph if graph is not None else new_graph(), rg)
    w.report_node()
    w.sections()
    w.entities()
    w.stage_records()
    w.relations()
    w.observations()
    w.sentences()
    return w.g


class _ReportWriter:
    """Writes one ReportGraph into an rdflib Graph; remembers which sentences its mentions cite."""

    def __init__(self, g: Graph, rg: ReportGraph):
        self.g, self.rg, self.doc, self.src = g, rg, rg.doc, rg.doc.source
        self.name = iri_segment(self.src.name)  # the file name, made safe for IRIs
        self.report = report_iri(self.name)
        self.used_sentences: set[int] = set()

    def report_node(self) -> None:
        g, doc, src, report = self.g, self.doc, self.src, self.report
        g.add((report, RDF.type, POL.Report))
        g.add((report, RDFS.label, Literal(doc.label, lang="zh")))
        g.add((report, POL.sourceFile, Literal(harmless_text(Path(src.path).name))))
        g.add((report, POL.encoding, Literal(src.encoding)))
        if doc.year:
            g.add((report, POL.year, Literal(str(doc.year), datatype=XSD.gYear)))
        if self.rg.area:
            g.add((report, POL.area, entity_iri(self.rg.area)))

    def sections(self) -> None:
        g, name = self.g, self.name
        for s in self.doc.sections:
            sec = _section_iri(name, s.id)
            g.add((sec, RDF.type, POL.Section))
            g.add((sec, RDFS.label, Literal(s.heading or self.doc.label, lang="zh")))  # an untitled preamble: the report
            g.add((sec, DCTERMS.isPartOf, _section_iri(name, s.parent) if s.parent else self.report))
            g.add((sec, POL.report, self.report))
            g.add((sec, POL.mode, Literal(s.mode)))
            if s.year:
                g.add((sec, POL.period, Literal(str(s.year), datatype=XSD.gYear)))

    def mention_node(self, m: Mention) -> URIRef:
        """The node of a mention, written the first time it is cited, with its span in the original file."""
        g, name = self.g, self.name
        node = mention_iri(name, m.start, m.end, m.type)
        if (node, RDF.type, POL.Mention) in g:
            return node
        a, b = m.span.original(self.src)
        sent = self.doc.sentences[m.sentence]
        g.add((node, RDF.type, POL.Mention))
        g.add((node, POL.text, Literal(m.text)))
        g.add((node, POL.start, Literal(a)))
        g.add((node, POL.end, Literal(b)))
        g.add((node, POL.sentence, _sentence_iri(name, sent.index)))
        g.add((node, POL.section, _section_iri(name, sent.section)))
        g.add((node, POL.report, self.report))
        self.used_sentences.add(sent.index)
        return node

    def entities(self) -> None:
        g = self.g
        for key in sorted(self.rg.entities):
            e = self.rg.entities[key]
            node = entity_iri(key)
            g.add((node, RDF.type, POL[e.type]))
            g.add((node, RDFS.label, Literal(e.name, lang="zh")))
            for alias in sorted(e.aliases):
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
            self.entity_attributes(node, e.attrs)
            for m in e.mentions:
                if m.type == e.type:
                    g.add((self.mention_node(m), POL.mentionOf, node))
                    g.add((node, POL.mentionedIn, _section_iri(self.name, self.doc.sentences[m.sentence].section)))

    def entity_attributes(self, node: URIRef, a: dict) -> None:
        """A division's code and level and place; a project's investment and stage; an indicator's standard name."""
        g = self.g
        if "code" in a:
            g.add((node, POL.adminCode, Literal(a["code"])))
        if "level" in a:
            g.add((node, POL.adminLevel, Literal(a["level"])))
        if a.get("lat") is not None:
            g.add((node, SCHEMA.latitude, decimal_literal(f"{a['lat']:.4f}")))
            g.add((node, SCHEMA.longitude, decimal_literal(f"{a['lon']:.4f}")))
        if "investment" in a:
            value, unit = a["investment"]
            g.add((node, POL.investment, decimal_literal(value)))
            g.add((node, POL.investmentUnit, Literal(unit)))
        if "standard" in a:
            concept = standard_indicator_iri(slug(a["standard"]))
            g.add((node, POL.standardIndicator, concept))
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.prefLabel, Literal(a["standard"], lang="zh")))
        if "stage" in a:
            g.add((node, POL.stage, Literal(a["stage"], lang="zh")))

    def stage_records(self) -> None:
        """A project's stage in the year a part of the report speaks of."""
        g = self.g
        for rec in self.rg.stages:
            node = stage_record_iri(self.name, slug(rec.project + rec.stage + str(rec.period)))
            g.add((entity_iri(rec.project), POL.stageRecord, node))
            g.add((node, RDF.type, POL.StageRecord))
            g.add((node, POL.stage, Literal(rec.stage)))
            if rec.period:
                g.add((node, POL.period, Literal(str(rec.period), datatype=XSD.gYear)))
            g.add((node, POL.report, self.report))
            g.add((node, PROV.wasDerivedFrom, self.mention_node(rec.mention)))

    def relations(self) -> None:
        """Each relation as a direct triple, and as a statement that says which mention it came from."""
        g = self.g
        for r in self.rg.relations:
            prop = RELATION_PROPERTIES[r.kind]
            s, o = entity_iri(r.subject), entity_iri(r.object)
            g.add((s, prop, o))
            st = statement_iri(self.name, slug(r.kind + r.subject + r.object))
            g.add((st, RDF.type, POL.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, prop))
            g.add((st, RDF.object, o))
            g.add((st, PROV.wasDerivedFrom, self.mention_node(r.mention)))

    def observations(self) -> None:
        g = self.g
        for ob in self.rg.observations:
            node = observation_iri(self.name, ob.key)
            g.add((node, RDF.type, POL.Observation))
            g.add((node, POL.indicator, entity_iri(ob.indicator)))
            if ":" in ob.value or "\u2236" in ob.value:  # a ratio, as written (55:45, 4.0∶37.7∶58.3)
                g.add((node, POL.value, Literal(ob.value)))
            else:
                g.add((node, POL.value, decimal_literal(ob.value)))
            g.add((node, POL.unit, Literal(ob.unit)))
            g.add((node, POL.measure, Literal(ob.measure)))
            for prop, value in ((POL.direction, ob.direction), (POL.bound, ob.bound)):
                if value:
                    g.add((node, prop, Literal(value)))
            if ob.period:
                g.add((node, POL.period, Literal(str(ob.period), datatype=XSD.gYear)))
            g.add((node, POL.status, Literal(ob.status)))
            if ob.area:
                g.add((node, POL.area, entity_iri(ob.area)))
            g.add((node, PROV.wasDerivedFrom, self.mention_node(ob.mention)))
            g.add((node, POL.report, self.report))

    def sentences(self) -> None:
        """The sentences a mention cites, with their span in the original file."""
        g = self.g
        for idx in sorted(self.used_sentences):
            sent = self.doc.sentences[idx]
            node = _sentence_iri(self.name, idx)
            a, b = sent.span.original(self.src)
            g.add((node, RDF.type, POL.Sentence))
            g.add((node, POL.text, Literal(sent.text)))
            g.add((node, POL.start, Literal(a)))
            g.add((node, POL.end, Literal(b)))
            g.add((node, POL.section, _section_iri(self.name, sent.section)))


def decimal_literal(value: str) -> Literal:
    """xsd:decimal in its canonical form ("30" → "30.0"), so Turtle round-trips exactly."""
    text = value if "." in value else value + ".0"
    return Literal(text, datatype=XSD.decimal)
