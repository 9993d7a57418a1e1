"""Stage 5 — entities, relations and observations to an RDF graph under the policy ontology.

IRIs are stable: an entity's IRI comes from its identity (a GB/T 2260 code for divisions, a digest
of the name otherwise), never from a counter, so the same entity gets the same IRI in every run
and from every report. No blank nodes: every node has an IRI, which keeps the Turtle deterministic
and the graph easy to merge.
"""
from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import SimpleNamespace

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
from kg.rdf.vocab import stage_record_iri, standard_indicator_iri
from kg.rdf.vocab import entity_iri_text, mention_iri_text, observation_iri_text, section_iri_text, sentence_iri_text
from kg.rdf.vocab import statement_iri_text

__all__ = ["ID", "POL", "PREFIXES", "QB", "RELATION_PROPERTIES", "SCHEMA", "TripleIndex", "decimal_literal", "entity_iri",
           "new_graph", "graph_of", "rdflib_triples", "report_triples", "to_rdf", "to_turtle"]


def to_rdf(rg: ReportGraph, graph: Graph | None = None) -> Graph:
    """One report's graph as an rdflib Graph (what the page, `kg eval` and the read-back walk):
    the triples of `report_triples`, each once."""
    return graph_of(report_triples(rg), graph)


def report_triples(rg: ReportGraph) -> list[tuple]:
    """One report's triples as pyoxigraph terms, each once, in the order they were found (an
    rdflib Graph built from them lists a node's values in that order, which JSON-LD keeps;
    `kg.rdf.formats.write_order` gives the order Turtle is written in): the report and its sections, the entities with their mentions,
    stage records, relations (direct triples and their statements), observations, and the
    sentences any of these was found in. Turtle and the store are written from them straight
    (a report's ~7,000 triples cost ~0.05 s as rdflib terms in an rdflib Graph, then as much
    again converted and sorted for Oxigraph's writer)."""
    w = _ReportWriter(rg)
    w.report_node()
    w.sections()
    w.entities()
    w.stage_records()
    w.relations()
    w.observations()
    w.sentences()
    return list(w.triples)


def rdflib_triples(triples: list[tuple]):
    """pyoxigraph triples as rdflib terms, in their order (literals keep their text: ours are
    canonical; each IRI converted once)."""
    import pyoxigraph as ox

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
            return Literal(t.value) if t.datatype == plain else Literal(t.value, datatype=iri(t.datatype))
        return iri(t)

    plain = _vocab().string
    for s, p, o in triples:
        yield iri(s), iri(p), term(o)


def graph_of(triples: list[tuple], graph: Graph | None = None) -> Graph:
    """pyoxigraph triples as an rdflib Graph."""
    g = graph if graph is not None else new_graph()
    add = g.add
    for t in rdflib_triples(triples):
        add(t)
    return g


class TripleIndex:
    """pyoxigraph triples, read as an rdflib Graph is read by `kg.rdf.readback.GraphView` (`value`,
    `objects`, `subjects`, `subject_objects`, `in`), with the same terms in the same order (each
    index keeps insertion order, as rdflib's in-memory store does), for the readers that only look
    things up: the page's network and `kg promises`' observations. Two dict indexes cost a
    fraction of an rdflib Graph's adds (~45 ms for a report's 9,000 triples) and answer faster."""

    def __init__(self, triples: list[tuple]):
        spo: dict = {}
        pos: dict = {}
        for s, p, o in rdflib_triples(triples):
            spo.setdefault(s, {}).setdefault(p, {})[o] = None
            pos.setdefault(p, {}).setdefault(o, {})[s] = None
        self._spo, self._pos = spo, pos

    def value(self, subject, predicate, default=None):
        for o in self._spo.get(subject, {}).get(predicate, ()):
            return o
        return default

    def objects(self, subject, predicate):
        return iter(self._spo.get(subject, {}).get(predicate, ()))  # built once, never changed: no copy

    def subjects(self, predicate, object):
        return iter(self._pos.get(predicate, {}).get(object, ()))

    def subject_objects(self, predicate):
        return ((s, o) for o, subjects in self._pos.get(predicate, {}).items() for s in subjects)

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return o in self._spo.get(s, {}).get(p, ())


@functools.lru_cache(maxsize=None)
def node(iri: str):
    """The pyoxigraph node of a vocabulary term, made once (they recur in every report). For
    vocabulary terms only: the cache is unbounded, and a report's own IRIs are one per report."""
    import pyoxigraph as ox

    return ox.NamedNode(str(iri))


@functools.lru_cache(maxsize=1)
def _vocab() -> SimpleNamespace:
    """The terms the writer uses, as pyoxigraph nodes looked up once (an rdflib namespace's
    attribute costs ~2 µs, and a report writes ~7,000 triples)."""
    terms = dict(
        type=RDF.type, label=RDFS.label, alt_label=SKOS.altLabel, pref_label=SKOS.prefLabel, concept=SKOS.Concept,
        part_of=DCTERMS.isPartOf, derived_from=PROV.wasDerivedFrom, subject=RDF.subject, predicate=RDF.predicate,
        object=RDF.object, latitude=SCHEMA.latitude, longitude=SCHEMA.longitude, decimal=XSD.decimal,
        gyear=XSD.gYear, integer=XSD.integer, string=XSD.string,
        Report=POL.Report, Section=POL.Section, Mention=POL.Mention, StageRecord=POL.StageRecord,
        Statement=POL.Statement, Observation=POL.Observation, Sentence=POL.Sentence,
        sourceFile=POL.sourceFile, encoding=POL.encoding, year=POL.year, area=POL.area, report=POL.report,
        mode=POL.mode, period=POL.period, text=POL.text, start=POL.start, end=POL.end, sentence=POL.sentence,
        section=POL.section, mentionOf=POL.mentionOf, mentionedIn=POL.mentionedIn, adminCode=POL.adminCode,
        adminLevel=POL.adminLevel, investment=POL.investment, investmentUnit=POL.investmentUnit,
        standardIndicator=POL.standardIndicator, stage=POL.stage, stageRecord=POL.stageRecord,
        indicator=POL.indicator, value=POL.value, unit=POL.unit, measure=POL.measure, direction=POL.direction,
        bound=POL.bound, status=POL.status, nextTarget=POL.nextTarget)
    return SimpleNamespace(**{name: node(iri) for name, iri in terms.items()})


class _ReportWriter:
    """Writes one ReportGraph as pyoxigraph triples; remembers which sentences its mentions cite."""

    def __init__(self, rg: ReportGraph):
        import pyoxigraph as ox

        self.ox, self.v = ox, _vocab()
        self.rg, self.doc, self.src = rg, rg.doc, rg.doc.source
        self.triples: dict[tuple, None] = {}  # insertion-ordered and each once, as a graph holds them
        self.name = iri_segment(self.src.name)  # the file name, made safe for IRIs
        self.report = ox.NamedNode(report_iri(self.name))  # one per report: not node()'s cache
        self.used_sentences: set[int] = set()
        # mention nodes already written, by (start, end, type), which their IRI is made of besides the
        # report: a mention is cited ~2 times, its IRI made and checked once
        self.mentions: dict[tuple, object] = {}
        self.nodes: dict[str, object] = {}  # entities' and sections' nodes, made once each
        self.by_key: dict[str, object] = {}  # the same by entity key
        self.by_section: dict[str, object] = {}  # and by section id

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def text(self, value: str, lang: str | None = None):
        return self.ox.Literal(value, language=lang) if lang else self.ox.Literal(value)

    def integer(self, value: int):
        return self.ox.Literal(str(value), datatype=self.v.integer)

    def decimal(self, value: str):
        return self.ox.Literal(decimal_text(value), datatype=self.v.decimal)

    def year(self, value):
        return self.ox.Literal(str(value), datatype=self.v.gyear)

    def iri(self, iri: str):
        n = self.nodes.get(iri)
        if n is None:
            n = self.nodes[iri] = self.ox.NamedNode(iri)
        return n

    def entity(self, key: str):
        n = self.by_key.get(key)  # by its key: an entity is cited ~3 times, its IRI made once
        if n is None:
            n = self.by_key[key] = self.iri(entity_iri_text(key))
        return n

    def section(self, section_id: str):
        n = self.by_section.get(section_id)  # by its id: a section is cited by each mention in it
        if n is None:
            n = self.by_section[section_id] = self.iri(section_iri_text(self.name, section_id))
        return n

    def report_node(self) -> None:
        add, v, doc, src, report = self.add, self.v, self.doc, self.src, self.report
        add(report, v.type, v.Report)
        add(report, v.label, self.text(doc.label, "zh"))
        add(report, v.sourceFile, self.text(harmless_text(Path(src.path).name)))
        add(report, v.encoding, self.text(src.encoding))
        if doc.year:
            add(report, v.year, self.year(doc.year))
        if self.rg.area:
            add(report, v.area, self.entity(self.rg.area))

    def sections(self) -> None:
        add, v = self.add, self.v
        for s in self.doc.sections:
            sec = self.section(s.id)
            add(sec, v.type, v.Section)
            add(sec, v.label, self.text(s.heading or self.doc.label, "zh"))  # an untitled preamble: the report
            add(sec, v.part_of, self.section(s.parent) if s.parent else self.report)
            add(sec, v.report, self.report)
            add(sec, v.mode, self.text(s.mode))
            if s.year:
                add(sec, v.period, self.year(s.year))

    def mention_node(self, m: Mention):
        """The node of a mention, written the first time it is cited, with its span in the original file."""
        at = (m.start, m.end, m.type)
        n = self.mentions.get(at)
        if n is not None:
            return n
        n = self.mentions[at] = self.ox.NamedNode(mention_iri_text(self.name, *at))
        add, v = self.add, self.v
        a, b = m.span.original(self.src)
        sent = self.doc.sentences[m.sentence]
        add(n, v.type, v.Mention)
        add(n, v.text, self.text(m.text))
        add(n, v.start, self.integer(a))
        add(n, v.end, self.integer(b))
        add(n, v.sentence, self.ox.NamedNode(sentence_iri_text(self.name, sent.index)))
        add(n, v.section, self.section(sent.section))
        add(n, v.report, self.report)
        self.used_sentences.add(sent.index)
        return n

    def entities(self) -> None:
        add, v = self.add, self.v
        for key in sorted(self.rg.entities):
            e = self.rg.entities[key]
            n = self.entity(key)
            add(n, v.type, node(POL[e.type]))
            add(n, v.label, self.text(e.name, "zh"))
            for alias in sorted(e.aliases):
                add(n, v.alt_label, self.text(alias, "zh"))
            self.entity_attributes(n, e.attrs)
            for m in e.mentions:
                if m.type == e.type:
                    add(self.mention_node(m), v.mentionOf, n)
                    add(n, v.mentionedIn, self.section(self.doc.sentences[m.sentence].section))

    def entity_attributes(self, n, a: dict) -> None:
        """A division's code and level and place; a project's investment and stage; an indicator's standard name."""
        add, v = self.add, self.v
        if "code" in a:
            add(n, v.adminCode, self.text(a["code"]))
        if "level" in a:
            add(n, v.adminLevel, self.text(a["level"]))
        if a.get("lat") is not None:
            add(n, v.latitude, self.decimal(f"{a['lat']:.4f}"))
            add(n, v.longitude, self.decimal(f"{a['lon']:.4f}"))
        if "investment" in a:
            value, unit = a["investment"]
            add(n, v.investment, self.decimal(value))
            add(n, v.investmentUnit, self.text(unit))
        if "standard" in a:
            concept = self.iri(standard_indicator_iri(slug(a["standard"])))
            add(n, v.standardIndicator, concept)
            add(concept, v.type, v.concept)
            add(concept, v.pref_label, self.text(a["standard"], "zh"))
        if "stage" in a:  # a plain string, as on the stage records: one of seven codes (shapes.ttl)
            add(n, v.stage, self.text(a["stage"]))

    def stage_records(self) -> None:
        """A project's stage in the year a part of the report speaks of."""
        add, v = self.add, self.v
        for rec in self.rg.stages:
            n = self.ox.NamedNode(stage_record_iri(self.name, slug(rec.project + rec.stage + str(rec.period))))
            add(self.entity(rec.project), v.stageRecord, n)
            add(n, v.type, v.StageRecord)
            add(n, v.stage, self.text(rec.stage))
            if rec.period:
                add(n, v.period, self.year(rec.period))
            add(n, v.report, self.report)
            add(n, v.derived_from, self.mention_node(rec.mention))

    def relations(self) -> None:
        """Each relation as a direct triple, and as a statement that says which mention it came from."""
        add, v = self.add, self.v
        for r in self.rg.relations:
            prop = node(RELATION_PROPERTIES[r.kind])
            s, o = self.entity(r.subject), self.entity(r.object)
            add(s, prop, o)
            st = self.ox.NamedNode(statement_iri_text(self.name, slug(r.kind + r.subject + r.object)))
            add(st, v.type, v.Statement)
            add(st, v.subject, s)
            add(st, v.predicate, prop)
            add(st, v.object, o)
            add(st, v.derived_from, self.mention_node(r.mention))

    def observations(self) -> None:
        add, v = self.add, self.v
        written = []
        for ob in self.rg.observations:
            n = self.ox.NamedNode(observation_iri_text(self.name, ob.key))
            written.append((ob, n))
            add(n, v.type, v.Observation)
            add(n, v.indicator, self.entity(ob.indicator))
            if ":" in ob.value or "\u2236" in ob.value:  # a ratio, as written (55:45, 4.0∶37.7∶58.3)
                add(n, v.value, self.text(ob.value))
            else:
                add(n, v.value, self.decimal(ob.value))
            add(n, v.unit, self.text(ob.unit))
            add(n, v.measure, self.text(ob.measure))
            for prop, value in ((v.direction, ob.direction), (v.bound, ob.bound)):
                if value:
                    add(n, prop, self.text(value))
            if ob.period:
                add(n, v.period, self.year(ob.period))
            add(n, v.status, self.text(ob.status))
            if ob.area:
                add(n, v.area, self.entity(ob.area))
            add(n, v.derived_from, self.mention_node(ob.mention))
            add(n, v.report, self.report)
        self.next_targets(written)

    def next_targets(self, written: list) -> None:
        """Each actual linked to the targets of the next year for the same indicator, unit and measure
        in this report (a 2019 report's 2018 actual to its 2019 target): query 02 starts from these
        links instead of pairing every actual of a corpus with every target."""
        add, nxt = self.add, self.v.nextTarget
        targets: dict[tuple, list] = {}
        for ob, n in written:
            if ob.status == "target" and ob.period:
                targets.setdefault((ob.indicator, ob.unit, ob.measure, ob.period), []).append(n)
        for ob, n in written:
            if ob.status == "actual" and ob.period:
                for t in targets.get((ob.indicator, ob.unit, ob.measure, ob.period + 1), ()):
                    add(n, nxt, t)

    def sentences(self) -> None:
        """The sentences a mention cites, with their span in the original file."""
        add, v = self.add, self.v
        for idx in sorted(self.used_sentences):
            sent = self.doc.sentences[idx]
            n = self.ox.NamedNode(sentence_iri_text(self.name, idx))
            a, b = sent.span.original(self.src)
            add(n, v.type, v.Sentence)
            add(n, v.text, self.text(sent.text))
            add(n, v.start, self.integer(a))
            add(n, v.end, self.integer(b))
            add(n, v.section, self.section(sent.section))


def decimal_text(value: str) -> str:
    """A number's xsd:decimal lexical form, canonical as rdflib writes it ("30" → "30.0",
    "007.5" → "7.5"), so Turtle round-trips exactly; a text no decimal reads stays as it is."""
    text = value if "." in value else value + ".0"
    try:
        return f"{Decimal(text):f}"
    except InvalidOperation:
        return text


def decimal_literal(value: str) -> Literal:
    """xsd:decimal in its canonical form (`decimal_text`)."""
    return Literal(decimal_text(value), datatype=XSD.decimal)
