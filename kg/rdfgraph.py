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

from .entities import ReportGraph
from .entities import slug
from .iris import iri_segment
from .reading import harmless_text
from .mentions import Mention
# the vocabulary lives in kg.vocab; re-exported here for the modules that import it from kg.rdfgraph
from .vocab import ID, POL, PREFIXES, QB, RELATION_PROPERTIES, SCHEMA, entity_iri, new_graph, report_iri
from .vocab import section_iri as _section_iri
from .vocab import sentence_iri as _sentence_iri

__all__ = ["ID", "POL", "PREFIXES", "QB", "RELATION_PROPERTIES", "SCHEMA", "decimal_literal", "entity_iri",
           "new_graph", "to_rdf", "to_turtle"]


def to_rdf(rg: ReportGraph, graph: Graph | None = None) -> Graph:
    g = graph if graph is not None else new_graph()
    doc = rg.doc
    src = doc.source
    name = iri_segment(src.name)  # the file name, made safe for IRIs
    report = report_iri(name)
    g.add((report, RDF.type, POL.Report))
    g.add((report, RDFS.label, Literal(doc.label, lang="zh")))
    g.add((report, POL.sourceFile, Literal(harmless_text(Path(src.path).name))))
    g.add((report, POL.encoding, Literal(src.encoding)))
    if doc.year:
        g.add((report, POL.year, Literal(str(doc.year), datatype=XSD.gYear)))
    if rg.area:
        g.add((report, POL.area, entity_iri(rg.area)))

    for s in doc.sections:
        sec = _section_iri(name, s.id)
        g.add((sec, RDF.type, POL.Section))
        g.add((sec, RDFS.label, Literal(s.heading or doc.label, lang="zh")))  # an untitled preamble: the report
        g.add((sec, DCTERMS.isPartOf, _section_iri(name, s.parent) if s.parent else report))
        g.add((sec, POL.report, report))
        g.add((sec, POL.mode, Literal(s.mode)))
        if s.year:
            g.add((sec, POL.period, Literal(str(s.year), datatype=XSD.gYear)))

    used_sentences: set[int] = set()

    def mention_node(m: Mention) -> URIRef:
        node = ID[f"report/{name}/mention/{m.start}-{m.end}-{m.type}"]
        if (node, RDF.type, POL.Mention) in g:
            return node
        a, b = src.original_span(m.start, m.end)
        sent = doc.sentences[m.sentence]
        g.add((node, RDF.type, POL.Mention))
        g.add((node, POL.text, Literal(m.text)))
        g.add((node, POL.start, Literal(a)))
        g.add((node, POL.end, Literal(b)))
        g.add((node, POL.sentence, _sentence_iri(name, sent.index)))
        g.add((node, POL.section, _section_iri(name, sent.section)))
        g.add((node, POL.report, report))
        used_sentences.add(sent.index)
        return node

    for key in sorted(rg.entities):
        e = rg.entities[key]
        node = entity_iri(key)
        g.add((node, RDF.type, POL[e.type]))
        g.add((node, RDFS.label, Literal(e.name, lang="zh")))
        for alias in sorted(e.aliases):
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        a = e.attrs
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
            concept = ID[f"indicator/standard/{slug(a['standard'])}"]
            g.add((node, POL.standardIndicator, concept))
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.prefLabel, Literal(a["standard"], lang="zh")))
        if "stage" in a:
            g.add((node, POL.stage, Literal(a["stage"], lang="zh")))
        for m in e.mentions:
            if m.type == e.type:
                mn = mention_node(m)
                g.add((mn, POL.mentionOf, node))
                g.add((node, POL.mentionedIn, _section_iri(name, doc.sentences[m.sentence].section)))

    for rec in rg.stages:  # a project's stage in the year a part of the report speaks of
        node = ID[f"report/{src.name}/stage/{slug(rec.project + rec.stage + str(rec.period))}"]
        g.add((entity_iri(rec.project), POL.stageRecord, node))
        g.add((node, RDF.type, POL.StageRecord))
        g.add((node, POL.stage, Literal(rec.stage)))
        if rec.period:
            g.add((node, POL.period, Literal(str(rec.period), datatype=XSD.gYear)))
        g.add((node, POL.report, report))
        g.add((node, PROV.wasDerivedFrom, mention_node(rec.mention)))

    for r in rg.relations:
        prop = RELATION_PROPERTIES[r.kind]
        s, o = entity_iri(r.subject), entity_iri(r.object)
        g.add((s, prop, o))
        st = ID[f"report/{name}/statement/{slug(r.kind + r.subject + r.object)}"]
        g.add((st, RDF.type, POL.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, prop))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, mention_node(r.mention)))

    for ob in rg.observations:
        node = ID[f"report/{name}/{ob.key}"]
        g.add((node, RDF.type, POL.Observation))
        g.add((node, POL.indicator, entity_iri(ob.indicator)))
        if ":" in ob.value or "\u2236" in ob.value:  # a ratio, as written (55:45, 4.0∶37.7∶58.3)
            g.add((node, POL.value, Literal(ob.value)))
        else:
            g.add((node, POL.value, decimal_literal(ob.value)))
        g.add((node, POL.unit, Literal(ob.unit)))
        g.add((node, POL.measure, Literal(ob.measure)))
        if ob.direction:
            g.add((node, POL.direction, Literal(ob.direction)))
        if ob.bound:
            g.add((node, POL.bound, Literal(ob.bound)))
        if ob.period:
            g.add((node, POL.period, Literal(str(ob.period), datatype=XSD.gYear)))
        g.add((node, POL.status, Literal(ob.status)))
        if ob.area:
            g.add((node, POL.area, entity_iri(ob.area)))
        g.add((node, PROV.wasDerivedFrom, mention_node(ob.mention)))
        g.add((node, POL.report, report))

    for idx in sorted(used_sentences):
        sent = doc.sentences[idx]
        node = _sentence_iri(name, idx)
        a, b = src.original_span(sent.start, sent.end)
        g.add((node, RDF.type, POL.Sentence))
        g.add((node, POL.text, Literal(sent.text)))
        g.add((node, POL.start, Literal(a)))
        g.add((node, POL.end, Literal(b)))
        g.add((node, POL.section, _section_iri(name, sent.section)))
    return g


def decimal_literal(value: str) -> Literal:
    """xsd:decimal in its canonical form ("30" → "30.0"), so Turtle round-trips exactly."""
    text = value if "." in value else value + ".0"
    return Literal(text, datatype=XSD.decimal)


def to_turtle(g: Graph) -> str:
    """Deterministic, grouped Turtle (written by Oxigraph: see kg.formats)."""
    from .formats import to_turtle as oxigraph_turtle

    return oxigraph_turtle(g)
