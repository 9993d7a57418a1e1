"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over built graphs, on Oxigraph.

GET /sparql?query=…, POST with application/x-www-form-urlencoded (query=…) or
application/sparql-query; results as SPARQL JSON, XML, CSV or TSV by the Accept header (or a
`format` parameter), graphs as Turtle or N-Triples; CORS for browser clients such as YASGUI.
Updates are refused with 403.
"""
from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from .errors import KgError
from .sparql import run_query, serialize_results

SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "ttl", "application/n-triples": "nt", "text/plain": "nt"}
CONTENT_TYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "ttl": "text/turtle", "nt": "application/n-triples"}


def _choose(accept: str, table: dict[str, str], default: str) -> str:
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in table:
            return table[mime]
    return default


def make_handler(store, path: str = "/sparql"):
    class Handler(BaseHTTPRequestHandler):
        server_version = "policy-kg"

        def log_message(self, fmt, *args):  # one line per request on stderr
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

        def _cors(self):
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

        def _send(self, status: int, body: bytes, ctype: str):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self._cors()
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str):
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

        def do_OPTIONS(self):
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_GET(self):
            url = urlparse(self.path)
            if url.path == "/":
                body = json.dumps({"sparql": path, "read_only": True}).encode()
                return self._send(200, body, "application/json")
            if url.path != path:
                return self._error(404, f"not found: the endpoint is {path}")
            params = parse_qs(url.query)
            if "update" in params:
                return self._error(403, "this endpoint is read-only: updates are refused")
            if "query" not in params:
                return self._error(400, "missing query parameter")
            self._answer(params["query"][0], params)

        def do_POST(self):
            url = urlparse(self.path)
            if url.path != path:
                return self._error(404, f"not found: the endpoint is {path}")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query)
            if ctype == "application/sparql-update":
                return self._error(403, "this endpoint is read-only: updates are refused")
            if ctype == "application/sparql-query":
                return self._answer(body, params)
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                if "update" in form:
                    return self._error(403, "this endpoint is read-only: updates are refused")
                if "query" not in form:
                    return self._error(400, "missing query parameter")
                return self._answer(form["query"][0], {**params, **form})
            return self._error(415, "use application/sparql-query or application/x-www-form-urlencoded")

        def _answer(self, query: str, params: dict):
            import pyoxigraph as ox

            try:
                results = run_query(store, query)
            except KgError as exc:
                status = 403 if "not updates" in str(exc) else 400
                return self._error(status, str(exc))
            accept = self.headers.get("Accept") or ""
            wanted = (params.get("format") or [""])[0]
            if isinstance(results, ox.QueryTriples):
                fmt = wanted if wanted in ("ttl", "nt") else _choose(accept, GRAPH_TYPES, "ttl")
            else:
                fmt = wanted if wanted in ("json", "xml", "csv", "tsv") else _choose(accept, SELECT_TYPES, "json")
            ctype = CONTENT_TYPE[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "ttl", "nt") else "")
            self._send(200, serialize_results(results, fmt), ctype)

        do_HEAD = do_GET

    return Handler


def serve(store, host: str = "127.0.0.1", port: int = 7878, ready=None) -> None:
    httpd = ThreadingHTTPServer((host, port), make_handler(store))
    if ready is not None:
        ready(httpd)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
