"""`kg validate`: check built graphs against the SHACL shapes of a valid graph, with pySHACL.

The shapes (`ontology/shapes.ttl`) say what every graph `kg build` writes must hold: observations
with one indicator, a decimal or ratio value, a unit, a gYear period and a status; entities with
one Chinese label and a mention; mentions whose offsets lie in their sentence and whose text is
their entity's label or alias; relation statements with their provenance.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

SHAPES = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    value: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


def shapes_graph():
    from rdflib import Graph

    if not SHAPES.is_file():
        raise KgError(f"{SHAPES}: the SHACL shapes are missing")
    return Graph().parse(SHAPES, format="turtle")


def validate_graph(data, shapes=None) -> list[Violation]:
    """The violations of an rdflib graph, sorted; [] when it conforms."""
    from pyshacl import validate
    from rdflib import Graph
    from rdflib.namespace import SH

    from kg.rdf.vocab import compact_iri

    conforms, report, _ = validate(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                   inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    assert isinstance(report, Graph)

    def text(term) -> str:
        if term is None:
            return ""
        s = str(term)
        return compact_iri(s) if s.startswith("http") else s

    out = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        out.add(Violation(text(report.value(result, SH.focusNode)), text(report.value(result, SH.resultPath)),
                          str(report.value(result, SH.resultMessage) or report.value(result, SH.sourceConstraintComponent)),
                          text(report.value(result, SH.value))))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message, v.value))


def validate_files(paths: list[str | Path]) -> dict[str, list[Violation]]:
    """Each file's violations, by file name."""
    from kg.rdf.formats import read_union_graph

    return validate_graphs((str(p), read_union_graph([p])) for p in paths)  # KgError if not RDF


def validate_graphs(graphs) -> dict[str, list[Violation]]:
    """The violations of each (name, rdflib Graph), by name: graph files, or a store's graphs
    (kg.services.sparql.store_graphs)."""
    shapes = shapes_graph()
    return {name: validate_graph(graph, shapes) for name, graph in graphs}
