"""The Python API: build a report, read its observations, compare targets with results.

Everything here is also reachable as `kg.<name>` (see kg/__init__.py). Rows are plain frozen
dataclasses, so they go straight into pandas (`pd.DataFrame(rows)`) or csv.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph

from kg.pipeline import Build, build
from kg.corpus.assessment import Promise, load_graph
from kg.corpus.assessment import promises as _promises
from kg.rdf.readback import GraphView, Observation, decimal_value

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
    view = GraphView(g)
    rows = [_observation_row(view, ob) for ob in view.observations()]
    rows.sort(key=lambda r: (r.report, r.start, r.end, r.indicator))
    return rows


def promises(paths: PathLike | list[PathLike] | Graph) -> list[Promise]:
    """Each year's targets beside the results later reports state: built graphs, reports (.txt)
    or folders of either (the pairing and outcome rules: kg/corpus/assessment.py)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _promises(paths)


def _observation_row(view: GraphView, ob: Observation) -> ObservationRow:
    mention = view.mention(ob.mention) if ob.mention is not None else None
    number = decimal_value(ob.value)
    return ObservationRow(
        report=str(ob.report).rsplit("/", 1)[-1],
        indicator=view.label(ob.indicator) or "",
        value=number if number is not None else str(ob.value),
        unit=ob.unit or "",
        measure=ob.measure or "",
        direction=ob.direction,
        bound=ob.bound,
        period=int(ob.period[:4]) if ob.period is not None else None,
        status=ob.status or "",
        area=view.label(ob.area),
        sentence=view.sentence_text(mention.sentence) or "" if mention else "",
        start=mention.start or 0 if mention else 0,
        end=mention.end or 0 if mention else 0,
    )
