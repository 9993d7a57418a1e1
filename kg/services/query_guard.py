"""Checks on a SPARQL query's text made before any parser sees it.

Oxigraph's parser recurses once per nesting level and per operand of a long `||`, `+` or UNION
chain; some 10–60 KB of "((((…" or "{{{{…" overflows its stack and kills the process (a segfault
Python cannot catch). So a query is refused, with a one-line reason, when it is longer than
MAX_QUERY_BYTES or nests brackets deeper than MAX_NESTING: real queries are a few KB and nest
under ten levels, and within both limits Oxigraph parses even pathological chains safely
(tests/test_server.py). The same scan finds the keywords that decide how a query may run —
SERVICE (the server would fetch any URL it is given), update operations, FROM — outside strings,
IRIs and comments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import KgError

MAX_QUERY_BYTES = 20_000
MAX_NESTING = 64
_UPDATE = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_WORD = re.compile(r"[A-Za-z]+")
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


class QueryRefused(KgError):
    """A query refused before it runs; `status` is the HTTP status `kg serve` answers with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class QueryShape:
    keywords: frozenset[str]  # upper-cased bare words outside strings, IRIs and comments
    depth: int  # the deepest nesting of (), {} and []

    @property
    def is_update(self) -> bool:
        return bool(self.keywords & _UPDATE)

    @property
    def has_dataset(self) -> bool:
        return "FROM" in self.keywords


def scan(query: str) -> QueryShape:
    """One pass over the text: bare keywords and the nesting depth. Linear, no recursion."""
    keywords: set[str] = set()
    depth = deepest = 0
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRI.match(query, i)):
            i = m.end()
        elif c in "({[":
            depth += 1
            deepest = max(deepest, depth)
            i += 1
        elif c in ")}]":
            depth -= 1
            i += 1
        elif c.isalpha() and (i == 0 or not (query[i - 1].isalnum() or query[i - 1] in "?$:_-.@")):
            m = _WORD.match(query, i)
            end = m.end()
            if end >= n or not (query[end].isalnum() or query[end] in ":_-"):
                keywords.add(m.group().upper())
            i = end
        else:
            i += 1
    return QueryShape(frozenset(keywords), deepest)


def check_query(query: str, max_bytes: int = MAX_QUERY_BYTES, max_nesting: int = MAX_NESTING) -> QueryShape:
    """The query's shape, or a KgError saying why it is refused. Updates and SERVICE are refused."""
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise QueryRefused(f"the query is {size:,} bytes, over the limit of {max_bytes:,}", 413)
    shape = scan(query)
    if shape.depth > max_nesting:
        raise QueryRefused(f"the query nests brackets {shape.depth} deep, over the limit of {max_nesting}", 400)
    if shape.is_update:
        raise QueryRefused("only queries are allowed (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates", 403)
    if "SERVICE" in shape.keywords:
        raise QueryRefused("SERVICE is refused: the endpoint does not fetch other endpoints", 403)
    return shape
