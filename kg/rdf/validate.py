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
    """Each graph's violations, by name: a graph file by its path, a folder of them (kg build's
    output folder) by each file's, a store (kg build --store) by each report's graph in it, as
    `STORE <graph IRI>` (the default graph alone where the store holds only it)."""
    from kg.rdf.formats import read_union_graph
    from kg.services.sparql import graph_paths, is_store

    shapes = shapes_graph()
    out = {}
    for p in graph_paths(paths):
        if is_store(p):
            for name, graph in _store_graphs(p):
                out[name] = validate_graph(graph, shapes)
        else:
            out[str(p)] = validate_graph(read_union_graph([p]), shapes)  # KgError if not RDF
    return out


def _store_graphs(path: str | Path):
    """(name, rdflib Graph) of each named graph of a store opened read-only, one at a time, or of
    its default graph when it has no named graph (kg build --store-graphs union)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.services.sparql import open_store_read_only

    store = open_store_read_only(path)
    names = sorted(store.named_graphs(), key=lambda g: g.value)
    for name in names or [ox.DefaultGraph()]:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
        yield (f"{path} <{name.value}>" if names else str(path)), graph
