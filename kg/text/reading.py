"""Stage 1 — bytes on disk to normalized text with a map back to the original characters.

The original text is what the file says once decoded; offsets reported to users (provenance,
`kg extract`) are indices into it. The normalized text is what the rules read: NFKC (full-width
digits, letters and ％ become ASCII), no carriage returns, no blanks inside lines, and page breaks
that cut a word repaired. `Source.original_span` maps a span of the normalized text back.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

from kg.config import PAGE_WRAP
from kg.errors import KgError, KgWarning
from kg.model import Source

# Sentence-final or clause-final marks after which a line break is a real paragraph end.
_LINE_FINAL = set("。！？!?；;：:”’」』)）》】…—")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Clause marks inside a line: a line with one is a piece of running text, not a title.
_CLAUSE_MARK = re.compile(r"[,，;；]")
# A particle or conjunction no sentence ends on: a line ending in one was cut by the page.
_UNFINISHED_FINALS = "的和与及"
# marks that open something a line cannot close on: a line ending in one goes on in the next
# ("固定资产投资(" / "不含农户)增长20%")
_OPENING_MARKS = set("(（“‘《【[「『")
# A numbered item ("1.乡村全面振兴扎实推进,为…作出新贡献") is a heading even with a clause mark.
_NUMBERED = re.compile(r"\s*(?:\d+[.、．]|[（(]\d+[）)])")
# A title's attribution wrapped over two lines ("——2024年1月6日在霍邱县第十八届" / "人民代表大会第三次
# 会议上"): the first opens "在…" and stops inside the meeting's name, the second closes it with 会议上.
# Joined, the congress's name is one piece of text, as it is when the title fits on one line.
_MEETING_OPENED = re.compile(r"在[^,，。;；:：在]{1,30}$")
_MEETING_OPENED_REACH = 32  # characters: more than _MEETING_OPENED can match (在 + 30 + end)
_MEETING_CLOSED = re.compile(r"^[^,，。;；:：]{1,30}会议上[。]?$")
_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章节])")
# The largest report file read (a work report is 20–200 KB). Work is linear in the text, about
# 15 s and 200 MB a megabyte here; above this a file is refused before it is read.
MAX_REPORT_BYTES = 5_000_000
# A UTF-8 file with at most this share of invalid bytes is damaged text, read with U+FFFD in their
# place; more than this and it is some other encoding (GB18030 text is mostly invalid UTF-8).
MAX_DAMAGED_SHARE = 0.01
# Characters that are not text: C0/C1 controls, format marks (zero-width, bidi overrides, BOM),
# surrogates and noncharacters. They are removed before the rules see the text, so they can reach
# neither a name nor `pol:text` (where they would make SPARQL XML results ill-formed). Form feed and
# vertical tab stand for a blank, the Unicode line and paragraph separators for a line break.
_AS_BLANK = {"\f": " ", "\v": " ", "\u3000": " ", "\xa0": " ",
             "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
_UNDECODED = re.compile(r"[\udc80-\udcff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, label: str) -> tuple[str, str]:
    """Decode a report's bytes, returning (text, encoding). Raises KgError when it cannot."""
    if not data.strip():
        raise KgError(f"{label}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                damaged = _damaged_utf8(data[len(bom):], label, len(bom)) if encoding == "utf-8-sig" else None
                if damaged is not None:
                    return damaged, encoding
                raise KgError(f"{label}: starts with a {encoding} byte-order mark but does not decode as {encoding}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data, label)
    if damaged is not None:
        return damaged, "utf-8"
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


def _damaged_utf8(data: bytes, label: str, base: int = 0) -> str | None:
    """UTF-8 with a few invalid bytes (as files from government sites often are): the text with
    U+FFFD for each, and a one-line warning naming their byte offsets. None when too many bytes
    are invalid for the file to be UTF-8 at all."""
    text = data.decode("utf-8", "surrogateescape")  # each invalid byte becomes one lone surrogate
    pieces = _UNDECODED.split(text)
    bad = len(pieces) - 1
    if bad > len(data) * MAX_DAMAGED_SHARE:
        return None
    offsets, position = [], base  # `base`: the bytes before `data` in the file (a BOM)
    for piece in pieces[:-1]:
        position += len(piece.encode("utf-8"))
        offsets.append(position)
        position += 1
    shown = ", ".join(map(str, offsets[:10])) + (f" and {bad - 10} more" if bad > 10 else "")
    warnings.warn(f"{label}: {bad} byte{'s' if bad > 1 else ''} not valid UTF-8, read as U+FFFD "
                  f"(byte offset{'s' if bad > 1 else ''} {shown})", KgWarning, stacklevel=2)
    return "\ufffd".join(pieces)


def is_text_character(ch: str) -> bool:
    """False for controls (but line break and tab), format marks, surrogates and noncharacters."""
    if ch in "\n\t":
        return True
    if unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
        return False
    code = ord(ch)
    return not (0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE)


def harmless_text(text: str) -> str:
    """`text` without the characters that are not text (for literals made outside `normalize`,
    such as a file name); a line break or tab becomes a blank."""
    return "".join(" " if ch in "\n\t" else ch for ch in text if is_text_character(ch))


def read_source(path: str | Path) -> Source:
    """Read and normalize a report file. Raises KgError with a one-line reason on bad input."""
    return source_from_decoded(path, *read_decoded(path))


def read_decoded(path: str | Path) -> tuple[str, str]:
    """A report file's decoded text and encoding (a damaged file's warning is said here, once).
    Raises KgError with a one-line reason on a file that cannot be read or decoded."""
    p = Path(path)
    label = str(path)
    if not p.exists():
        raise KgError(f"{label}: no such file")
    if p.is_dir():
        raise KgError(f"{label}: is a directory, not a report file")
    try:
        size = p.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise KgError(f"{label}: {size / 1e6:.1f} MB is over the limit of {MAX_REPORT_BYTES / 1e6:.0f} MB for one report "
                          "(a work report is 20–200 KB): split it")
        data = p.read_bytes()
    except OSError as exc:
        raise KgError(f"{label}: cannot be read ({exc.strerror})")
    return decode_bytes(data, label)


def source_from_decoded(path: str | Path, original: str, encoding: str) -> Source:
    """The Source of a report file's text as `read_decoded` gave it: checked and normalized.
    Raises KgError when the text is not a report's."""
    _check_text(original, str(path))
    text, offsets = normalize(original)
    return Source(str(path), report_name(Path(path)), encoding, original, text, tuple(offsets))


def report_name(path: Path) -> str:
    """The report's short name, from its file name: seeds/qianjiang-2019.txt → qianjiang-2019."""
    return path.stem


def _check_text(text: str, label: str) -> None:
    stripped = text.strip().replace("\ufeff", "")
    if not stripped:
        raise KgError(f"{label}: the file holds only whitespace")
    # A few controls (a stray NUL inside a name) are removed by `normalize`; many make a binary file.
    controls = sum(1 for c in stripped if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    if controls > len(stripped) * 0.01 or stripped.count("\ufffd") > len(stripped) * 0.1:
        raise KgError(f"{label}: looks like a binary file, not a text report")
    if len(_CJK.findall(stripped)) < max(10, len(stripped) * 0.1):
        raise KgError(f"{label}: holds no Chinese report text (is the encoding right?)")


def normalize(original: str) -> tuple[str, list[int]]:
    """NFKC, per character so each output character keeps its original index; then clean lines."""
    chars: list[str] = []
    offsets: list[int] = []
    form = _text_forms()  # a report uses a few thousand distinct characters: each is looked at once
    for i, c in enumerate(original):
        n = form.get(c)
        if n is None:
            n = form[c] = _text_form(c)
        if len(n) == 1:
            chars.append(n)
            offsets.append(i)
        else:  # "" (dropped) or a character NFKC expands
            for d in n:
                chars.append(d)
                offsets.append(i)
    return _clean_lines(chars, offsets)


def _text_form(c: str) -> str:
    """What `normalize` makes of one character: a blank, nothing (a carriage return or a
    character that is not text) or its NFKC form."""
    if c in _AS_BLANK:
        return _AS_BLANK[c]
    if c == "\r" or not is_text_character(c):
        return ""
    return unicodedata.normalize("NFKC", c)


@functools.cache
def _text_forms() -> dict[str, str]:
    """An explicit cache of `_text_form` by character, shared by the reports of a process."""
    return {}


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
    open_widths = _open_line_widths(cleaned)
    paragraphs: list[tuple[list[str], list[int]]] = []
    for c, o in cleaned:
        if not c:
            continue
        if paragraphs and _is_cut(paragraphs[-1][0], c, open_widths):
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


def _open_line_widths(lines: list[tuple[list[str], list[int]]]) -> Counter[int]:
    """How many lines of each length end without a mark: a narrow page wraps many at one width."""
    return Counter(len(c) for c, _ in lines if c and c[-1] not in _LINE_FINAL)


def _is_cut_sentence(prev: list[str], open_widths: Counter[int]) -> bool:
    """A short line that a narrow page cut mid-sentence ("预计全年,地区生产总值增长6%;规上工业增加值增长6%,"):
    it has a clause mark inside, which titles and signature lines have not, opens no heading, and
    other lines about as long end mid-sentence too; a lone one is a lead line ("五年来,我们注重补短板、
    打基础,致力改善…的硬环境") before its paragraph."""
    line = "".join(prev)
    if not _CLAUSE_MARK.search(line) or _HEADING_START.match(line) or _NUMBERED.match(line):
        return False
    if prev[-1] in _UNFINISHED_FINALS:
        return True  # "…今年经济社会发展的\n主要预期目标": no sentence ends on a particle or conjunction
    near = range(len(prev) - PAGE_WRAP.width_tolerance, len(prev) + PAGE_WRAP.width_tolerance + 1)
    return sum(open_widths[n] for n in near) - 1 >= PAGE_WRAP.alike_lines


# a line that holds a figure alone, perhaps with its percent sign and a clause mark ("10%;", "21899")
_FIGURE_LINE = re.compile(r"\d+(?:\.\d+)?[%‰]?[;,、。]?")


# a figure closing a line after words or a clause mark, or alone ("…达28.33", "2019"; not an id or
# a date: "ID:5716875", "2017-12-23")
_FIGURE_TAIL = re.compile(r"(?:^|[\u3400-\u9fff,、])\d+(?:\.\d+)?$")
# the number of an attachment, table or figure closing a label line ("附件2", "附表3"): no figure cut off
_LABEL_NUMBER = re.compile(r"(?:附件|图|表|注)\d+$")


def _is_cut_figure(prev: list[str], nxt: list[str]) -> bool:
    """A copy that put each figure on a line of its own ("财政收入增长\n10%;", "21899\n户贫困户…",
    "2019\n年\n12\n月"): the figure goes on from the words before it, and its unit from the figure."""
    if not nxt:
        return False
    tail = "".join(prev[-16:])
    if (prev[-1].isdigit() and (_CJK.match(nxt[0]) or nxt[0] in "%‰") and not _HEADING_START.match("".join(nxt[:8]))
            and _FIGURE_TAIL.search(tail) and not _LABEL_NUMBER.search(tail)):
        return True
    return ((bool(_CJK.match(prev[-1])) or prev[-1] in "、,") and _FIGURE_LINE.fullmatch("".join(nxt)) is not None
            and not _HEADING_START.match("".join(prev[:12])) and not _NUMBERED.match("".join(prev[:12])))


def _is_cut(prev: list[str], nxt: list[str], open_widths: Counter[int]) -> bool:
    """A paragraph that stops mid-sentence and is continued by the next line is one paragraph."""
    if not prev or prev[-1] in _LINE_FINAL:
        return False
    if prev[-1] in _OPENING_MARKS and nxt:
        return True
    if _is_cut_figure(prev, nxt):
        return True
    # the opening looks at most 31 characters back: join the paragraph's tail, not all of it per line
    if _MEETING_OPENED.search("".join(prev[-_MEETING_OPENED_REACH:])) and _MEETING_CLOSED.match("".join(nxt)):
        return True
    if len(prev) < PAGE_WRAP.short_line_chars and not _is_cut_sentence(prev, open_widths):
        return False  # titles, headings, signature and lead lines are short and end without a mark
    head = "".join(nxt[:8])
    if _HEADING_START.match(head):
        return False
    return bool(_CJK.match(prev[-1]) or prev[-1].isalnum() or prev[-1] in "、,，")
