"""RDF serializations of built graphs, one function a format, each deterministic."""
from __future__ import annotations

import json

from rdflib import Graph, URIRef

from .iris import iri_segment
from .rdfgraph import ID, PREFIXES, new_graph

EXTENSIONS = {"ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig"}


def graph_iri(report_name: str) -> URIRef:
    """The named graph of one report (the same IRI `kg query` and `kg push` use)."""
    return ID[f"graph/{iri_segment(report_name)}"]


def to_turtle(g: Graph) -> str:
    return g.serialize(format="turtle")


def to_ntriples(g: Graph) -> str:
    lines = sorted(set(g.serialize(format="nt").splitlines()))
    return "\n".join(line for line in lines if line.strip()) + "\n"


def to_jsonld(g: Graph) -> str:
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    data = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    graph = data.get("@graph")
    if isinstance(graph, list):
        graph.sort(key=lambda node: node.get("@id", ""))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def to_trig(graphs: dict[str, Graph]) -> str:
    """One named graph per report, in name order. Written from each graph's Turtle because rdflib's
    TriG writer orders graphs by hash, which breaks byte-identical output."""
    prefixes: set[str] = set()
    blocks = []
    for name in sorted(graphs):
        body = []
        for line in to_turtle(graphs[name]).splitlines():
            if line.startswith("@prefix"):
                prefixes.add(line)
            else:
                body.append(("    " + line) if line.strip() else "")
        while body and not body[0]:
            body.pop(0)
        while body and not body[-1]:
            body.pop()
        blocks.append(f"<{graph_iri(name)}> {{\n" + "\n".join(body) + "\n}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)


def union(graphs: dict[str, Graph]) -> Graph:
    g = new_graph()
    for name in sorted(graphs):
        for triple in graphs[name]:
            g.add(triple)
    return g


def serialize(fmt: str, graphs: dict[str, Graph]) -> str:
    if fmt == "trig":
        return to_trig(graphs)
    g = union(graphs) if len(graphs) > 1 else next(iter(graphs.values()))
    return {"ttl": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld}[fmt](g)
