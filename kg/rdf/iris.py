"""Report names as IRI segments: any file name gives a valid IRI.

A report's IRIs (`id/report/<name>/…`, the named graph `id/graph/<name>`) carry its file name, and
a file name may hold anything but "/" and NUL: blanks, "#", "?", "%", quotes, "<>", "{}", "|", "\\",
newlines, bidi marks, bytes that are not UTF-8. Letters and digits of any script and the
unreserved ASCII marks stay as they are (qianjiang-2019, 黔江区2019 read as themselves); every
other character is percent-encoded from its UTF-8 bytes (a byte the file system gave undecoded,
held by Python as a surrogate escape, is encoded as that byte), so the segment is a valid IRI
path segment, reversible, and the same name gives the same IRI in every run.
"""
from __future__ import annotations

import string
import unicodedata

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")


def _keeps(ch: str) -> bool:
    if ch in _UNRESERVED:
        return True
    # IRIs allow non-ASCII characters; keep letters, digits and combining marks of any script,
    # percent-encode the rest (spaces, bidi and zero-width marks, private use, noncharacters).
    return ord(ch) > 127 and unicodedata.category(ch)[0] in "LNM"


def _encode(ch: str) -> str:
    try:
        raw = ch.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        raw = ch.encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in raw)


def iri_segment(name: str) -> str:
    """`name` as one IRI path segment: readable where it can be, percent-encoded where it must be."""
    if not name or set(name) <= {"."}:  # "", "." and ".." would be removed by IRI resolution
        return "".join(_encode(c) for c in name) or "%20"
    return "".join(ch if _keeps(ch) else _encode(ch) for ch in name)
