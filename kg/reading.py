"""Stage 1 — bytes on disk to normalized text with a map back to the original characters.

The original text is what the file says once decoded; offsets reported to users (provenance,
`kg extract`) are indices into it. The normalized text is what the rules read: NFKC (full-width
digits, letters and ％ become ASCII), no carriage returns, no blanks inside lines, and page breaks
that cut a word repaired. `Source.original_span` maps a span of the normalized text back.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError

# Sentence-final or clause-final marks after which a line break is a real paragraph end.
_LINE_FINAL = set("。！？!?；;：:”’」』)）》】…—")
_CJK = re.compile(r"[\u3400-\u9fff]")
_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章节])")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Source:
    """A decoded report: `text` is normalized, `offsets[i]` is the original index of `text[i]`."""

    path: str
    name: str
    encoding: str
    original: str
    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized span text[start:end]."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def decode_bytes(data: bytes, label: str) -> tuple[str, str]:
    """Decode a report's bytes, returning (text, encoding). Raises KgError when it cannot."""
    if not data.strip():
        raise KgError(f"{label}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise KgError(f"{label}: starts with a {encoding} byte-order mark but does not decode as {encoding}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: ask a detector rather than guess. charset-normalizer weighs candidate
    # encodings by how plausible the decoded text is; we then insist the result reads as Chinese.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise KgError(f"{label}: not a text file in any supported encoding (UTF-8, UTF-16, GB18030/GBK)")
    encoding = best.encoding
    # GBK and GB2312 are subsets of GB18030; decoding with the superset loses nothing.
    if encoding.replace("_", "").lower() in {"gbk", "gb2312", "cp936", "hz"}:
        encoding = "gb18030"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise KgError(f"{label}: could not be decoded (best guess {encoding} failed)")


def read_source(path: str | Path) -> Source:
    """Read and normalize a report file. Raises KgError with a one-line reason on bad input."""
    p = Path(path)
    label = str(path)
    if not p.exists():
        raise KgError(f"{label}: no such file")
    if p.is_dir():
        raise KgError(f"{label}: is a directory, not a report file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise KgError(f"{label}: cannot be read ({exc.strerror})")
    original, encoding = decode_bytes(data, label)
    _check_text(original, label)
    text, offsets = normalize(original)
    return Source(str(path), report_name(p), encoding, original, text, tuple(offsets))


def report_name(path: Path) -> str:
    """The report's short name, from its file name: seeds/qianjiang-2019.txt → qianjiang-2019."""
    return path.stem


def _check_text(text: str, label: str) -> None:
    stripped = text.strip().replace("\ufeff", "")
    if not stripped:
        raise KgError(f"{label}: the file holds only whitespace")
    controls = sum(1 for c in stripped if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    if "\x00" in stripped or controls > len(stripped) * 0.01:
        raise KgError(f"{label}: looks like a binary file, not a text report")
    if len(_CJK.findall(stripped)) < max(10, len(stripped) * 0.1):
        raise KgError(f"{label}: holds no Chinese report text (is the encoding right?)")


def normalize(original: str) -> tuple[str, list[int]]:
    """NFKC, per character so each output character keeps its original index; then clean lines."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(original):
        if c in "\r\ufeff\u200b":
            continue
        n = unicodedata.normalize("NFKC", c)
        if c in "\u3000\xa0":
            n = " "
        for d in n:
            chars.append(d)
            offsets.append(i)
    return _clean_lines(chars, offsets)


def _clean_lines(chars: list[str], offsets: list[int]) -> tuple[str, list[int]]:
    """Split into lines, drop blanks inside lines, and join paragraphs a page break cut in two."""
    lines: list[tuple[list[str], list[int]]] = []
    cur_c: list[str] = []
    cur_o: list[int] = []
    for c, o in zip(chars, offsets):
        if c == "\n":
            lines.append((cur_c, cur_o))
            cur_c, cur_o = [], []
        else:
            cur_c.append(c)
            cur_o.append(o)
    lines.append((cur_c, cur_o))

    cleaned = [_drop_inner_blanks(c, o) for c, o in lines]
    paragraphs: list[tuple[list[str], list[int]]] = []
    for c, o in cleaned:
        if not c:
            continue
        if paragraphs and _is_cut(paragraphs[-1][0], c):
            prev_c, prev_o = paragraphs[-1]
            # The second kind of page-break damage repeats the last character of the page
            # at the top of the next ("实施细则\n\n则精神"): drop the repeat.
            if prev_c[-1] == c[0] and _CJK.match(c[0]):
                c, o = c[1:], o[1:]
            prev_c.extend(c)
            prev_o.extend(o)
        else:
            paragraphs.append((list(c), list(o)))
    text_chars: list[str] = []
    text_offsets: list[int] = []
    for n, (c, o) in enumerate(paragraphs):
        if n:
            text_chars.append("\n")
            text_offsets.append(o[0])
        text_chars.extend(c)
        text_offsets.extend(o)
    return "".join(text_chars), text_offsets


def _drop_inner_blanks(c: list[str], o: list[int]) -> tuple[list[str], list[int]]:
    """Remove blanks except between two Latin letters or digits ("PM 2.5" keeps nothing to split)."""
    out_c: list[str] = []
    out_o: list[int] = []
    for i, ch in enumerate(c):
        if ch in " \t\f\v":
            prev = out_c[-1] if out_c else ""
            nxt = next((x for x in c[i + 1:] if x not in " \t\f\v"), "")
            if prev and nxt and prev.isascii() and nxt.isascii() and prev.isalpha() and nxt.isalpha():
                if out_c[-1] != " ":
                    out_c.append(" ")
                    out_o.append(o[i])
            continue
        out_c.append(ch)
        out_o.append(o[i])
    return out_c, out_o


def _is_cut(prev: list[str], nxt: list[str]) -> bool:
    """A paragraph that stops mid-sentence and is continued by the next line is one paragraph."""
    if not prev or prev[-1] in _LINE_FINAL:
        return False
    if len(prev) < 40:  # titles, headings and signature lines are short and end without a mark
        return False
    head = "".join(nxt[:8])
    if _HEADING_START.match(head):
        return False
    return bool(_CJK.match(prev[-1]) or prev[-1].isalnum() or prev[-1] in "、,，")
