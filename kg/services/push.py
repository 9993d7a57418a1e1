"""`kg push`: upload graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

One named graph per report, written with PUT so a re-push replaces that graph instead of adding to
it. Works with Fuseki (…/dataset/data), GraphDB (…/repositories/X/rdf-graphs/service), Virtuoso
(…/sparql-graph-crud), Oxigraph server (…/store) and Neptune (…/sparql/gsp/).
"""
from __future__ import annotations

import http.client
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import KgError
from kg.services.sparql import graph_name_for, is_store, load_store


def graphs_of(paths: list[str | Path]):
    """Each named graph in the files (or in a store folder), serialized as N-Triples, as
    (graph IRI, bytes) — one file or graph at a time, so a corpus is never in memory whole. A merged
    dataset (TriG, N-Quads) is read as it goes, one graph at a time: kg writes each graph's quads
    together; a file whose graph comes back after another is read again whole, and the graphs that
    grew are sent again (a PUT replaces, so the server ends with every graph complete)."""
    import pyoxigraph as ox

    from kg.services.sparql import graph_paths, rdf_format

    for p in graph_paths(paths):
        if not is_store(p) and rdf_format(Path(p)) in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            yield from _streamed_graphs(Path(p))
        else:
            yield from _stored_graphs(_with_report_graphs(load_store([p], union=False), p))


def _with_report_graphs(store, path):
    """The store, unless it holds the default graph alone (kg build --store-graphs union): it has
    no report's graph to send, and a silent push of nothing would look like success."""
    from kg.services.sparql import store_layout

    if is_store(path) and store_layout(store) == "union":
        raise KgError(f"{path}: the store holds the default graph only (kg build --store-graphs union): it has no "
                      "report graphs to push; push the reports' Turtle files instead")
    return store


def _stored_graphs(store, skip: dict[str, int] | None = None):
    """A store's named graphs in IRI order, but those already sent with as many triples (`skip`)."""
    import pyoxigraph as ox

    for g in sorted(store.named_graphs(), key=lambda n: n.value):
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, g)]
        if skip is None or skip.get(g.value) != len(triples):
            yield g.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def _streamed_graphs(path: Path):
    import pyoxigraph as ox

    from kg.services.sparql import rdf_format

    sent: dict[str, int] = {}
    graph, triples = None, []
    try:
        for quad in ox.parse(path=str(path), format=rdf_format(path)):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            if quad.graph_name != graph:
                if graph is not None:
                    sent[graph.value] = len(triples)
                    yield graph.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
                graph, triples = quad.graph_name, []
                if graph.value in sent:  # not grouped by graph: read whole, send what grew
                    yield from _stored_graphs(load_store([path], union=False), sent)
                    return
            triples.append(quad.triple)
    except SyntaxError as exc:
        from kg.rdf.formats import format_of_file, syntax_error

        raise syntax_error(path, format_of_file(path).label, exc)
    if graph is not None:
        yield graph.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


# A dropped connection (reset, closed without an answer) is retried this many times, waiting
# RETRY_WAIT·2ⁿ seconds: PUT is idempotent, so sending the same graph again is safe.
RETRIES = 2
RETRY_WAIT = 0.5
_DROPPED = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, http.client.RemoteDisconnected,
            http.client.IncompleteRead)


def check_endpoint(endpoint: str) -> str:
    """The endpoint if it is an http(s) URL with a host; a KgError saying why otherwise."""
    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port  # noqa: B018 — raises ValueError on a port that is not a number or out of range
    except ValueError as exc:
        raise KgError(f"--endpoint {endpoint!r} is not a valid URL ({exc})")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KgError(f"--endpoint {endpoint!r} is not an http:// or https:// URL with a host")
    return endpoint


def check_graph(graph: str | None) -> str | None:
    """--graph if it is an absolute IRI (a scheme, then no blank, quote or angle bracket); a KgError saying why
    otherwise: a server would store the graph under a name no query can write, or refuse it after the upload."""
    if graph is not None and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]+", graph):
        raise KgError(f"--graph {graph!r} is not an IRI (give one such as https://example.org/graph/report or urn:x:report)")
    return graph


def push(paths: list[str | Path], endpoint: str, graph: str | None = None, timeout: float = 60.0,
         retries: int = RETRIES) -> list[tuple[str, int]]:
    check_endpoint(endpoint)
    check_graph(graph)
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
        done.append((iri, _put(url, body, iri, endpoint, timeout, retries)))
    return done


def _put(url: str, body: bytes, iri: str, endpoint: str, timeout: float, retries: int) -> int:
    for attempt in range(retries + 1):
        req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            raise KgError(f"{endpoint}: the server refused graph {iri} ({exc.code} {exc.reason})")
        except (TimeoutError, socket.timeout):
            raise KgError(f"{endpoint}: no answer within {timeout:g} s while pushing graph {iri} (see --timeout)")
        except (urllib.error.URLError, *_DROPPED) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise KgError(f"{endpoint}: no answer within {timeout:g} s while pushing graph {iri} (see --timeout)")
            dropped = isinstance(reason, _DROPPED) or isinstance(exc, _DROPPED)
            if dropped and attempt < retries:
                time.sleep(RETRY_WAIT * 2 ** attempt)
                continue
            what = f"the connection was dropped {attempt + 1} times" if dropped else "cannot reach the server"
            raise KgError(f"{endpoint}: {what} while pushing graph {iri} ({reason or type(exc).__name__})")
    raise AssertionError("unreachable")


__all__ = ["push", "graphs_of", "graph_name_for"]
