"""The Python API: build a report, read its observations, compare targets with results.

Everything here is also reachable as `kg.<name>` (see kg/__init__.py). Rows are plain frozen
dataclasses, so they go straight into pandas (`pd.DataFrame(rows)`) or csv.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.pipeline import Build, build
from kg.corpus.assessment import Promise, load_graph
from kg.corpus.assessment import promises as _promises
from kg.rdf.vocab import POL

__all__ = ["Build", "ObservationRow", "Promise", "build_report", "observations", "promises"]

PathLike = str | os.PathLike


@dataclass(frozen=True)
class ObservationRow:
    """One stated value of a report, with the sentence it comes from."""
    report: str  # the report's name (its file name without extension)
    indicator: str  # as the report names it
    value: Decimal | str  # a ratio such as "55:45" stays a string
    unit: str
    measure: str  # level | change
    direction: str | None  # increase | decrease, for a change
    bound: str | None  # min (以上) | max (以内)
    period: int | None  # the year the value is about
    status: str  # actual | target
    area: str | None  # the place it is about
    sentence: str
    start: int  # character offsets of the value in the original file
    end: int


def build_report(path: PathLike) -> Build:
    """Read and extract one report (any encoding): `.rdf` is its graph (rdflib), `.doc` its parts
    and sentences, `.mentions` what the rules found, `.report` its entities and observations."""
    return build(path)


def observations(source: Build | Graph | PathLike | list[PathLike]) -> list[ObservationRow]:
    """The observations of a build, an rdflib Graph, or built graphs / reports / folders, in
    report and text order."""
    if isinstance(source, Build):
        g = source.rdf
    elif isinstance(source, Graph):
        g = source
    else:
        g = load_graph(list(source) if isinstance(source, list) else [source])
    rows = []
    for ob in set(g.subjects(RDF.type, POL.Observation)):
        mention = g.value(ob, PROV.wasDerivedFrom)
        sent = g.value(mention, POL.sentence) if mention is not None else None
        value = g.value(ob, POL.value)
        period = g.value(ob, POL.period)
        area = g.value(ob, POL.area)
        rows.append(ObservationRow(
            report=str(g.value(ob, POL.report)).rsplit("/", 1)[-1],
            indicator=str(g.value(g.value(ob, POL.indicator), RDFS.label) or ""),
            value=Decimal(str(value)) if isinstance(value, Literal) and value.datatype == XSD.decimal else str(value),
            unit=str(g.value(ob, POL.unit) or ""),
            measure=str(g.value(ob, POL.measure) or ""),
            direction=_optional(g.value(ob, POL.direction)),
            bound=_optional(g.value(ob, POL.bound)),
            period=int(str(period)[:4]) if period is not None else None,
            status=str(g.value(ob, POL.status) or ""),
            area=_optional(g.value(area, RDFS.label)) if area is not None else None,
            sentence=str(g.value(sent, POL.text) or "") if sent is not None else "",
            start=int(g.value(mention, POL.start) or 0) if mention is not None else 0,
            end=int(g.value(mention, POL.end) or 0) if mention is not None else 0,
        ))
    rows.sort(key=lambda r: (r.report, r.start, r.end, r.indicator))
    return rows


def promises(paths: PathLike | list[PathLike] | Graph) -> list[Promise]:
    """Each year's targets beside the results later reports state: built graphs, reports (.txt)
    or folders of either (the pairing and outcome rules: kg/corpus/assessment.py)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _promises(paths)


def _optional(term) -> str | None:
    return str(term) if term is not None else None
