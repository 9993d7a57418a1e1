"""The whole path for one report: read → document → mentions → entities → RDF graph."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from .document import Document, parse_document
from .entities import Graph as ReportGraph
from .entities import build_graph
from .mentions import Mention, extract_mentions
from .rdfgraph import POL, to_rdf
from .reading import Source, read_source


@dataclass
class Build:
    source: Source
    doc: Document
    mentions: list[Mention]
    report: ReportGraph
    rdf: Graph


def build(path: str | Path) -> Build:
    source = read_source(path)
    doc = parse_document(source)
    mentions = extract_mentions(doc)
    report = build_graph(doc, mentions)
    return Build(source, doc, mentions, report, to_rdf(report))


def predictions(g: Graph) -> list[dict]:
    """What the graph asserts, in the gold file's shape: entities that are mentioned, and
    observations with their indicator's name."""
    out = []
    for t in ("Place", "Organization", "Project", "Indicator"):
        for node in sorted(set(g.subjects(RDF.type, POL[t]))):
            if t != "Indicator" and not any(True for _ in g.subjects(POL.mentionOf, node)):
                continue
            label = str(g.value(node, RDFS.label))
            aliases = sorted(str(a) for a in g.objects(node, SKOS.altLabel))
            out.append({"type": t, "name": label, "aliases": aliases})
    for node in sorted(set(g.subjects(RDF.type, POL.Observation))):
        ind = g.value(node, POL.indicator)
        value = g.value(node, POL.value)
        out.append({
            "type": "Observation",
            "indicator": str(g.value(ind, RDFS.label)),
            "value": str(value) if isinstance(value, Literal) and value.datatype is None else float(value.toPython()),
            "unit": str(g.value(node, POL.unit)),
            "status": str(g.value(node, POL.status)),
        })
    return out
