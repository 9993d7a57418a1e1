"""RDF serializations of built graphs, one function a format, each deterministic.

Turtle, N-Triples, TriG and N-Quads are written by Oxigraph (pyoxigraph) from the triples in a
fixed order — subjects, then rdf:type first, then predicates and objects, all by their text — so the
bytes depend on the graph only, never on PYTHONHASHSEED; rdflib's Turtle writer took ~1 s for a
report's 19k triples, Oxigraph ~0.1 s with the conversion. Oxigraph groups a subject's triples
(`;` and `,`); we add a blank line between subjects and indent by four spaces.
"""
from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.rdf.graph import PREFIXES, new_graph
from kg.rdf.vocab import graph_iri

EXTENSIONS = {"ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig"}
# prefixes Oxigraph may abbreviate with; `id:` is left out because the local parts of our
# resource IRIs hold slashes, which Turtle would have to escape ("id:report\/x")
TURTLE_PREFIXES = {p: str(ns) for p, ns in sorted(PREFIXES.items()) if p != "id"}


def _object_key(o) -> tuple:
    if isinstance(o, Literal):
        return (1, str(o), str(o.datatype or ""), o.language or "")
    return (0, str(o), "", "")


def sorted_triples(g: Graph) -> list[tuple]:
    """The graph's triples in the order they are written: by subject; rdf:type first."""
    rdf_type = RDF.type
    return sorted(g, key=lambda t: (str(t[0]), t[1] != rdf_type, str(t[1]), _object_key(t[2])))


def ox_terms(triples: list[tuple]) -> list[tuple]:
    """rdflib terms as pyoxigraph terms (IRIs converted once each)."""
    import pyoxigraph as ox

    nodes: dict = {}

    def node(t):
        n = nodes.get(t)
        if n is None:
            n = nodes[t] = ox.NamedNode(str(t))
        return n

    def term(t):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=node(t.datatype))
            return ox.Literal(str(t))
        if isinstance(t, URIRef):
            return node(t)
        raise ValueError(f"cannot serialize {t!r}: the graph has no blank nodes")

    return [(node(s), node(p), term(o)) for s, p, o in triples]


def _used_prefixes(triples: list[tuple]) -> dict[str, str]:
    iris = {str(t) for triple in triples for t in triple if isinstance(t, URIRef)}
    iris |= {str(t[2].datatype) for t in triples if isinstance(t[2], Literal) and t[2].datatype is not None}
    return {p: ns for p, ns in TURTLE_PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))


def _pretty(text: str, subject_depth: int) -> str:
    """Oxigraph's Turtle/TriG body with four-space indents and a blank line before each subject
    and graph. Its own @prefix lines are dropped (their order is not fixed); the caller writes
    them sorted. Literals never hold a raw line break (Oxigraph escapes it), so each line starts
    a statement or continues one."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line or line.startswith("@prefix"):
            continue
        body = line.lstrip("\t")
        depth = len(line) - len(body)
        starts = (depth == subject_depth and body != "}") or (depth == 0 and body.endswith("{"))
        if out and starts and not out[-1].endswith("{"):
            out.append("")
        out.append("    " * depth + body)
    return "\n".join(out) + "\n"


def to_turtle(g: Graph) -> str:
    import pyoxigraph as ox

    triples = sorted_triples(g)
    prefixes = _used_prefixes(triples)
    data = ox.serialize([ox.Triple(*t) for t in ox_terms(triples)], format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return _prefix_lines(prefixes) + "\n" + _pretty(data.decode("utf-8"), 0)


def to_ntriples(g: Graph) -> str:
    import pyoxigraph as ox

    data = ox.serialize([ox.Triple(*t) for t in ox_terms(sorted_triples(g))], format=ox.RdfFormat.N_TRIPLES)
    return "\n".join(sorted(set(data.decode("utf-8").splitlines()))) + "\n"


def to_nquads(g: Graph, report_name: str) -> str:
    """One report's triples as N-Quads in its named graph, sorted."""
    import pyoxigraph as ox

    name = ox.NamedNode(str(graph_iri(report_name)))
    data = ox.serialize([ox.Quad(*t, name) for t in ox_terms(sorted_triples(g))], format=ox.RdfFormat.N_QUADS)
    return "\n".join(sorted(set(data.decode("utf-8").splitlines()))) + "\n"


def trig_header() -> str:
    return _prefix_lines(TURTLE_PREFIXES) + "\n"


def trig_block(g: Graph, report_name: str) -> str:
    """One report as a TriG named graph, without the prefix lines (see `trig_header`)."""
    import pyoxigraph as ox

    name = ox.NamedNode(str(graph_iri(report_name)))
    data = ox.serialize([ox.Quad(*t, name) for t in ox_terms(sorted_triples(g))], format=ox.RdfFormat.TRIG,
                        prefixes=TURTLE_PREFIXES)
    return _pretty(data.decode("utf-8"), 1)


def to_trig(graphs: dict[str, Graph]) -> str:
    """One named graph per report, in name order."""
    return trig_header() + "\n".join(trig_block(graphs[name], name) for name in sorted(graphs))


def jsonld_context() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def jsonld_nodes(g: Graph) -> list:
    data = json.loads(g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    graph = data.get("@graph")
    if not isinstance(graph, list):
        graph = [{k: v for k, v in data.items() if k != "@context"}]
    graph.sort(key=lambda node: node.get("@id", ""))
    return graph


def to_jsonld(g: Graph) -> str:
    data = {"@context": jsonld_context(), "@graph": jsonld_nodes(g)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
