"""`kg push`: upload graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

One named graph per report, written with PUT so a re-push replaces that graph instead of adding to
it. Works with Fuseki (…/dataset/data), GraphDB (…/repositories/X/rdf-graphs/service), Virtuoso
(…/sparql-graph-crud), Oxigraph server (…/store) and Neptune (…/sparql/gsp/).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .errors import KgError
from .sparql import graph_name_for, load_store


def graphs_of(paths: list[str | Path]):
    """Each named graph in the files (or in a store folder), serialized as N-Triples, as
    (graph IRI, bytes) — one file or graph at a time, so a corpus is never in memory whole."""
    import pyoxigraph as ox

    for p in paths:
        store = load_store([p], union=False)
        for g in sorted(store.named_graphs(), key=lambda n: n.value):
            quads = store.quads_for_pattern(None, None, None, g)
            yield g.value, ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)


def push(paths: list[str | Path], endpoint: str, graph: str | None = None, timeout: float = 60.0) -> list[tuple[str, int]]:
    graphs = graphs_of(paths)
    if graph is not None:
        graphs = list(graphs)
        if len(graphs) != 1:
            raise KgError("--graph names one graph, but the files hold several reports: push them one by one")
        graphs = [(graph, graphs[0][1])]
    done = []
    for iri, body in graphs:
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}graph={urllib.parse.quote(iri, safe='')}"
        req = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                done.append((iri, resp.status))
        except urllib.error.HTTPError as exc:
            raise KgError(f"{endpoint}: the server refused graph {iri} ({exc.code} {exc.reason})")
        except urllib.error.URLError as exc:
            raise KgError(f"{endpoint}: cannot reach the server ({exc.reason})")
    return done


__all__ = ["push", "graphs_of", "graph_name_for"]
