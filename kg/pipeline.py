"""The whole path for one report: read → document → mentions → entities → RDF graph."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal

from kg.text.document import Document, parse_document
from kg.resolve.entities import ReportGraph, build_graph
from kg.extract import PIPELINE, Mention, extract_mentions
from kg.rdf.graph import to_rdf
from kg.rdf.readback import GraphView
from kg.text.reading import Source, read_source


@dataclass
class Build:
    source: Source
    doc: Document
    mentions: list[Mention]
    report: ReportGraph
    rdf: Graph


def build(path: str | Path, skip: frozenset[str] = frozenset()) -> Build:
    """The whole path for the report at `path`; `skip` names rule components to leave out (what
    `kg eval --ablation` measures)."""
    source = read_source(path)
    return build_document(source, parse_document(source), skip)


def build_document(source: Source, doc: Document, skip: frozenset[str] = frozenset()) -> Build:
    mentions = extract_mentions(doc, PIPELINE.without(skip) if skip else PIPELINE)
    report = build_graph(doc, mentions)
    return Build(source, doc, mentions, report, to_rdf(report))


def predictions(g: Graph) -> list[dict]:
    """What the graph asserts, in the gold file's shape and read as `shared/tools/score.py` reads
    it: every typed entity with all its names, observations with their indicator's name and
    period, and the relations with the names of both ends."""
    view = GraphView(g)
    out: list[dict] = []
    for t in ("Place", "Organization", "Project", "Indicator"):
        for e in view.entities(t):
            if not e.names:
                continue
            name = e.label if e.label is not None else e.names[0]
            out.append({"type": t, "name": name, "aliases": [n for n in e.names if n != name]})
    for ob in view.observations():
        if ob.indicator is None or ob.value is None:
            continue
        out.append({
            "type": "Observation",
            "indicator": view.label(ob.indicator) or "",
            "value": _value(ob.value),
            "unit": ob.unit or "",
            # a status given as an IRI counts by its last segment, as score.py reads it
            "status": (ob.status or "").split("#")[-1].split("/")[-1].lower(),
            "period": (ob.period or "")[:4],
        })
    for rel in ("locatedIn", "participatesIn"):
        for r in view.relations(rel):
            from_names, to_names = view.names(r.subject), view.names(r.object)
            if from_names and to_names:
                out.append({"type": "Relation", "relation": rel, "from": list(from_names), "to": list(to_names)})
    return out


def _value(value) -> float | str:
    """A number as a float; a ratio like "55:45" as its text."""
    v = value.toPython() if isinstance(value, Literal) else value
    return float(v) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else str(value)
