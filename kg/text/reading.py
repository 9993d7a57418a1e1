"""Stage 1 — bytes on disk to normalized text with a map back to the original characters.

The original text is what the file says once decoded; offsets reported to users (provenance,
`kg extract`) are indices into it. The normalized text is what the rules read: NFKC (full-width
digits, letters and ％ become ASCII), no carriage returns, no blanks inside lines, and page breaks
that cut a word repaired. `Source.original_span` maps a span of the normalized text back.
"""
from __future__ import annotations

import codecs
import functools
import html
import re
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

from kg import lexicons
from kg.config import PAGE_NOISE, PAGE_WRAP, TRADITIONAL
from kg.errors import KgError, KgWarning
from kg.model import Source
from kg.text.containers import (KIND_BYTES, MAX_CONTAINER_BYTES, PDF_OCR_HINT, PDF_TEXT_LAYER, container_kind,
                                container_text)
from kg.text.markup import is_page, shown_text
from kg.text.cn_numerals import arabic_figures
from kg.text.lookup import alternation_pattern

# Sentence-final or clause-final marks after which a line break is a real paragraph end.
_LINE_FINAL = set("。！？!?；;：:”’」』)）》】…—")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a sentence ended inside a line: a numbered heading with text after it is run into its paragraph
# ("（八）着力强环保优生态，绿色发展优势正在集聚。打好蓝天保卫战，城区空气质" / "量优良天数达357天")
_SENTENCE_END_INSIDE = re.compile(r"[。!?！？](?=.)")
# Clause marks inside a line, or a sentence's end with more after it: a line with one is a piece of running
# text, not a title ("…积极应对气候变化。启动森" / "林质量提升…", as a PDF's page wraps a paragraph).
_CLAUSE_MARK = re.compile(r"[,，;；]|" + _SENTENCE_END_INSIDE.pattern)
# A particle or conjunction no sentence ends on: a line ending in one was cut by the page.
_UNFINISHED_FINALS = "的和与及"
# marks that open something a line cannot close on: a line ending in one goes on in the next
# ("固定资产投资(" / "不含农户)增长20%")
_OPENING_MARKS = set("(（“‘《【[「『")
# A numbered item ("1.乡村全面振兴扎实推进,为…作出新贡献") is a heading even with a clause mark.
_NUMBERED = re.compile(r"\s*(?:\d+[.、．]|[（(]\d+[）)])")
# A title's attribution wrapped over two lines ("——2024年1月6日在霍邱县第十八届" / "人民代表大会第三次
# 会议上"): the first opens "在…" and stops inside the meeting's name, the second closes it with 会议上.
# Joined, the congress's name is one piece of text, as it is when the title fits on one line. The
# attribution may stand in brackets ("(2023年12月27日在某市某区" / "第十一届人民代表大会第三次会议上)").
_MEETING_OPENED = re.compile(r"在[^,，。;；:：在]{1,30}$")
_MEETING_OPENED_REACH = 32  # characters: more than _MEETING_OPENED can match (在 + 30 + end)
_MEETING_CLOSED = re.compile(r"^[^,，。;；:：]{1,30}会议上[。)）]?$")
_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章节])")
# The largest report file read (a work report is 20–200 KB). Work is linear in the text, about
# 15 s and 200 MB a megabyte here; above this a file is refused before it is read.
MAX_REPORT_BYTES = 5_000_000
MIN_REPORT_HAN = 10  # fewer Chinese characters than a sentence of the genre: no report to read
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


# ---- noise of copies taken from PDFs and web pages (issue 9)
# An HTML character entity a web page's text kept ("&nbsp;", "&ldquo;", "&#12288;"; the ";" is
# sometimes lost): read as the character it stands for.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});?")
# A pronunciation a reposting site writes after a character ("習(xí)近平", "報(bào)告"): lower-case
# pinyin with a tone mark in brackets right after a Chinese character. Dropped.
_PINYIN = r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*"
_PINYIN_NOTE = re.compile(rf"(?<=[\u3400-\u9fff])\({_PINYIN}\)")
# the combining marks of the tones (grave, acute, macron, caron) that a tone-marked vowel decomposes to
_TONE_MARKS = frozenset("\u0300\u0301\u0304\u030c")
# the same note as the original writes it right after a character, maybe in full-width brackets
# (_PINYIN_NOTE reads the NFKC text)
_NOTE_AFTER = re.compile(rf"[(（]{_PINYIN}[)）]")
# Page furniture inside a line ("地铁第2页共18页1、2号线"): no sentence says "第2页共18页".
_PAGE_MARK = re.compile(r"第 *\d{1,4} *页 *共 *\d{1,4} *页|共 *\d{1,4} *页 *第 *\d{1,4} *页")
# A line that is only a page number or page mark ("— 12 —", "- 3 -", "第 3 页", "3/18", "Page 3"); a
# bare number is not one: a PDF copied as text sets figures on lines of their own ("15250" / "人…").
_PAGE_LINE = re.compile(r"^(?:[-—–~·•*]+\d{1,3}[-—–~·•*]+|[-—–~·•*]*第\d{1,4}页(?:共\d{1,4}页)?[-—–~·•*]*"
                        r"|共\d{1,4}页第\d{1,4}页|\d{1,4}/\d{1,4}|[Pp]age\d{1,4}(?:of\d{1,4})?)$")
# Symbols no Chinese report writes in a run of Latin letters and digits: a blank-separated token of
# ASCII holding one is a watermark or a forum's anti-copy noise ("LsMq&a-j2", "k# F6 A- a8 g7 G%").
_NOISE_SYMBOLS = set("#$&*+/<=>@[\\]^_`{|}~")  # not what full-width marks become (";", ":", "!", "(")
_NOISE_CHAR = re.compile("[%s()]" % re.escape("".join(sorted(_NOISE_SYMBOLS))))
_URL_LIKE = re.compile(r"://|^www\.|^[\w.-]+@[\w-]+\.")
# a line whose last character is one of these went on past the page: a figure opens the next line
_FIGURE_VERBS = lexicons.words("text_figure_verbs.txt")
_FIGURE_OPENING = re.compile(r"\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff])")
_DATE_OPENING = re.compile(r"\d+(?:年|月|日)")
# a figure alone on its line, and how the line after it opens when the figure is part of its sentence
_FIGURE_ALONE = re.compile(r"^\d+(?:\.\d+)?%?$")
_FIGURE_FOLLOWERS = set("年月日,;、。.)”")
_UNIT_OPENING = re.compile(alternation_pattern(lexicons.words("units.txt")))
# a numbered item opens a line ("2、各项…", "3.坚持…"), not the rest of a figure ("2%", "5.2%")
_ITEM_OPENING = re.compile(r"\d+(?:[、]|\.(?!\d))")


def decode_bytes(data: bytes, label: str) -> tuple[str, str]:
    """Decode a report's bytes, returning (text, encoding). Raises KgError when it cannot."""
    if not data:
        raise KgError(f"{label}: the file is empty")
    if not data.strip():
        raise KgError(f"{label}: the file holds only whitespace")
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
    if best is None or not _reads_as_chinese(str(best)):
        # On a few dozen bytes the detector's guess is weak (a GBK title reads as Korean cp949): the
        # reports' own encoding wins when it decodes the bytes into Chinese.
        try:
            gb = data.decode("gb18030")
        except UnicodeDecodeError:
            gb = None
        if gb is not None and _reads_as_chinese(gb):
            return gb, "gb18030"
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


def _reads_as_chinese(text: str) -> bool:
    """Half or more of the text's visible characters are Chinese characters."""
    visible = [c for c in text if not c.isspace()]
    return bool(visible) and len(_CJK.findall(text)) * 2 >= len(visible)


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
    """A report file's decoded text and encoding (a damaged file's warning is said here, once); of a PDF or
    Word file, the text in it and what it was read as (kg.text.containers). Raises KgError with a one-line
    reason on a file that cannot be read or decoded."""
    p = Path(path)
    label = str(path)
    if not p.exists():
        raise KgError(f"{label}: no such file")
    if p.is_dir():
        raise KgError(f"{label}: is a directory, not a report file")
    try:
        size = p.stat().st_size
        with p.open("rb") as f:
            kind = container_kind(f.read(KIND_BYTES))
        limit = MAX_CONTAINER_BYTES if kind else MAX_REPORT_BYTES
        if size > limit:
            raise KgError(f"{label}: {size / 1e6:.1f} MB is over the limit of {limit / 1e6:.0f} MB for one report "
                          "(a work report is 20–200 KB of text): split it")
        data = p.read_bytes()
    except OSError as exc:
        raise KgError(f"{label}: cannot be read ({exc.strerror})")
    if kind:  # a PDF or Word file: the text in it, read from here on as a text file's
        text, read_as = container_text(data, kind, label)
        text_bytes = len(text.encode("utf-8"))
        if text_bytes > MAX_REPORT_BYTES:
            raise KgError(f"{label}: holds {text_bytes / 1e6:.1f} MB of text, over the limit of "
                          f"{MAX_REPORT_BYTES / 1e6:.0f} MB for one report (a work report is 20–200 KB): split it")
        return text, read_as
    return decode_bytes(data, label)


def source_from_decoded(path: str | Path, original: str, encoding: str) -> Source:
    """The Source of a report file's text as `read_decoded` gave it: checked and normalized.
    Raises KgError when the text is not a report's."""
    shown, page_offsets = shown_text(path, original)
    if page_offsets is not None and not shown.strip():
        raise KgError(f"{path}: a web page that shows no text (only markup, scripts or styles)" if is_page(path, original)
                      else f"{path}: holds only lines repeated on every page (headers, footers), no report text")
    _check_text(shown, str(path), encoding)
    text, offsets = normalize(shown)
    # read in the text as shown: a page's paragraph wrapped in its source ("…完成\n    县…") shows a blank there,
    # a layout space, where the page itself holds a line break
    after_spaces = _after_layout_spaces(shown, offsets)
    if page_offsets is not None:  # a saved web page, or a text in pages: offsets into the file's text as read
        offsets = [page_offsets[i] for i in offsets]
    return Source(str(path), report_name(Path(path)), encoding, original, text, tuple(offsets), after_spaces)


def _after_layout_spaces(original: str, offsets: list[int]) -> frozenset[int]:
    """The indices of the normalized text whose character follows, in the original, spaces inside a
    line that normalization dropped ("记者 甲 乙" read "记者甲乙": where each name starts)."""
    return frozenset(i for i in range(1, len(offsets)) if offsets[i] - offsets[i - 1] > 1
                     and all(c in " \u3000" for c in original[offsets[i - 1] + 1:offsets[i]]))


def report_name(path: Path) -> str:
    """The report's short name, from its file name: seeds/qianjiang-2019.txt → qianjiang-2019."""
    return path.stem


def _check_text(text: str, label: str, encoding: str = "") -> None:
    stripped = text.strip().replace("\ufeff", "")
    if not stripped:
        raise KgError(f"{label}: the file holds only whitespace")
    # A few controls (a stray NUL inside a name) are removed by `normalize`; many make a binary file.
    controls = sum(1 for c in stripped if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    if controls > len(stripped) * 0.01 or stripped.count("\ufffd") > len(stripped) * 0.1:
        raise KgError(f"{label}: looks like a binary file, not a text report")
    han = len(_CJK.findall(stripped))
    if han < len(stripped) * 0.1:
        raise KgError(_no_chinese(label, encoding))
    # A line of Chinese decoded fine is not an encoding problem: say it is too short instead.
    if han < MIN_REPORT_HAN:
        raise KgError(f"{label}: only {han} Chinese character{'s' if han > 1 else ''}, too short for a report "
                      f"(at least {MIN_REPORT_HAN})")


def _no_chinese(label: str, encoding: str) -> str:
    """Why a text of (nearly) no Chinese is not a report, and what to do: a PDF's text layer of only page
    numbers or a printed page's header and address is a scanned PDF, which needs OCR; a text file may be
    decoded wrong; a Word file just holds no report."""
    if encoding == PDF_TEXT_LAYER:
        return (f"{label}: a PDF whose text layer holds no Chinese report text (scanned pages, with only a header "
                f"or page numbers as text?): kg reads text; {PDF_OCR_HINT}")
    if encoding.startswith("Word"):
        return f"{label}: a Word document that holds no Chinese report text"
    return f"{label}: holds no Chinese report text (is the encoding right?)"


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
    return _clean_lines(*arabic_figures(_simplified(chars), offsets))


def _simplified(chars: list[str]) -> list[str]:
    """A copy in traditional characters (a report reposted by a Hong Kong or Taiwan site, 政府工作報告)
    in simplified ones, a character for a character (offsets stay), so that jieba's dictionary, the
    lexicons and the rules read it; a report in simplified characters as it is."""
    table = _traditional_table()
    traditional = sum(map(table.__contains__, chars))
    if not traditional or traditional < TRADITIONAL.min_share * len(_CJK.findall("".join(chars))):
        return chars
    return [table.get(c, c) for c in chars]


def written_characters(source: Source) -> dict[str, str]:
    """For a copy read from traditional characters (`_simplified`), each simplified character of the
    text and the traditional one the copy writes it with (the most frequent where several are);
    empty for a report in simplified characters. A name is given as the report writes it
    (ANNOTATION: "as written"): 壺關縣, not the 壶关县 the rules read."""
    table = _traditional_table()
    if table.keys().isdisjoint(source.original):
        return {}  # no traditional character in the copy (one test in C, not one a character)
    counts: dict[str, dict[str, int]] = {}
    for c, o in zip(source.text, source.offsets):
        w = source.original[o]
        if w != c and table.get(w) == c:
            counts.setdefault(c, {}).setdefault(w, 0)
            counts[c][w] += 1
    return {c: max(sorted(ws), key=ws.__getitem__) for c, ws in counts.items()}


def written_span(source: Source, start: int, end: int) -> str:
    """`source.text[start:end]` with each character the copy wrote in traditional form given so
    (written_characters, for one span: where a copy mixes the forms, the form of this place)."""
    table = _traditional_table()
    out = []
    for i in range(start, end):
        c, w = source.text[i], source.original[source.offsets[i]]
        out.append(w if w != c and table.get(w) == c else c)
    return "".join(out)


def holds_pronunciation_notes(source: Source) -> bool:
    """Does the page write pronunciation notes into its characters anywhere (`span_as_copied` finds one only
    inside a span of such a page)?"""
    # a note holds a tone-marked vowel (`_PINYIN`), which NFKC composes from a vowel and one of
    # `_TONE_MARKS` alone: a copy none of whose distinct characters decomposes to one holds no note
    # (~2,000 distinct characters decomposed, not the whole text normalized and searched: ~0.6 of ~1.9 ms)
    if _TONE_MARKS.isdisjoint(unicodedata.normalize("NFKD", "".join(set(source.original)))):
        return False
    return _PINYIN_NOTE.search(unicodedata.normalize("NFKC", source.original)) is not None


def span_as_copied(source: Source, start: int, end: int) -> str | None:
    """The span text[start:end] as the copy writes it where a page wrote pronunciation notes into it
    ("奉節(jié)縣", "報(bào)告": `_drop_noise` reads them out): the original's characters (NFKC), so the
    name as written can be searched for; None where the span holds no such note."""
    if end <= start:
        return None
    first, last = source.offsets[start], source.offsets[end - 1] + 1
    note = _NOTE_AFTER.match(source.original, last)
    if note:
        last = note.end()  # the name's last character's note ("市政協(xié)", "開發(fā)區(qū)") is part of its copy
    copied = unicodedata.normalize("NFKC", source.original[first:last])
    if "(" not in copied or not _PINYIN_NOTE.search(copied):
        return None
    return copied if _PINYIN_NOTE.sub("", copied) == written_span(source, start, end) else None


@functools.cache
def _traditional_table() -> dict[str, str]:
    """OpenCC's one-to-one characters and the ambiguous ones in the form the genre reads them
    (traditional_chars_usual.tsv: 線 → 线)."""
    return {**lexicons.mapping("traditional_chars.tsv"), **lexicons.mapping("traditional_chars_usual.tsv")}


_VERTICAL_TWO_DOTS = "\ufe30"


def _text_form(c: str) -> str:
    """What `normalize` makes of one character: a blank, nothing (a carriage return or a
    character that is not text) or its NFKC form."""
    if c in _AS_BLANK:
        return _AS_BLANK[c]
    if c == _VERTICAL_TWO_DOTS:
        return "\u2236"  # "12.1︰38.5︰49.4": a ratio mark (NFKC would make it "..", no ratio)
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

    cleaned = _drop_page_furniture([_drop_inner_blanks(*_drop_noise(c, o)) for c, o in lines])
    open_widths = _open_line_widths(cleaned)
    cleaned, chunk_joins = _strip_chunk_numbers(cleaned)
    figures = _figure_lines(cleaned)
    paragraphs: list[tuple[list[str], list[int]]] = []
    after_figure = False  # the line before (not blank) was a figure set on a line of its own
    for i, (c, o) in enumerate(cleaned):
        if not c:
            continue
        joined = after_figure or i in chunk_joins or (
            i in figures and _takes_figure(paragraphs[-1][0] if paragraphs else []))
        after_figure = i in figures
        if paragraphs and (joined or _is_cut(paragraphs[-1][0], c, open_widths)):
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


def _drop_noise(c: list[str], o: list[int]) -> tuple[list[str], list[int]]:
    """One line without what a web page or a PDF copy added to the report's text: HTML entities read
    as their characters, pronunciation notes, page marks, watermark tokens; each character kept
    keeps its offset in the file (an entity's character takes its "&")."""
    s = "".join(c)
    edits: list[tuple[int, int, str]] = []  # (start, end, what stands there instead)
    if "&" in s:
        for m in _ENTITY.finditer(s):
            entity = m.group()
            char = html.unescape(entity if entity.endswith(";") else entity + ";")
            if len(char) == 1:
                edits.append((m.start(), m.end(), _text_form(char)))
    if "(" in s:
        edits.extend((m.start(), m.end(), "") for m in _PINYIN_NOTE.finditer(s))
    if "页" in s:
        edits.extend((m.start(), m.end(), "") for m in _PAGE_MARK.finditer(s))
    edits.extend(_noise_tokens(s))
    if not edits:
        return c, o
    out_c: list[str] = []
    out_o: list[int] = []
    at = 0
    for start, end, instead in sorted(edits):
        if start < at:
            continue  # overlapping: the first edit stands
        out_c.extend(c[at:start])
        out_o.extend(o[at:start])
        out_c.extend(instead)
        out_o.extend(o[start] for _ in instead)
        at = end
    out_c.extend(c[at:])
    out_o.extend(o[at:])
    return out_c, out_o


def _is_noise_token(token: str) -> bool:
    """A short run of ASCII letters or digits holding a symbol no report writes in one ("LsMq&a-j2",
    "k#", ")ZII"), or brackets that do not pair; never a web or mail address."""
    if (not token.isascii() or len(token) > PAGE_NOISE.noise_token_chars or _URL_LIKE.search(token)
            or not any(ch.isalnum() for ch in token)):
        return False  # a lone mark ("|" of a table's border) may end a line as a full stop does
    return any(ch in _NOISE_SYMBOLS for ch in token) or (
        token.count("(") != token.count(")") and any(ch.isalpha() for ch in token))


def _is_noise_run(run: list[tuple[int, int, str]]) -> bool:
    """Short tokens, at least half of them noise, or a forum's run of tiny tokens with one
    ("a8 g7 G% [. v#")."""
    if not run or any(len(t) > PAGE_NOISE.noise_token_chars for _, _, t in run):
        return False
    junk = sum(_is_noise_token(t) for _, _, t in run)
    return 2 * junk >= len(run) or (junk > 0 and len(run) >= PAGE_NOISE.tiny_run_tokens
                                    and all(len(t) <= 3 for _, _, t in run))


def _noise_tokens(s: str) -> list[tuple[int, int, str]]:
    """Watermark noise at a line's ends, or the whole line: blank-separated ASCII tokens, at least
    half of them noise, before the first or after the last token with a Chinese character."""
    if not _NOISE_CHAR.search(s):
        return []  # no token of the line can be noise
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^ \t]+", s)]
    if not tokens:
        return []
    ascii_at = [t.isascii() for _, _, t in tokens]
    if all(ascii_at):
        return [(0, len(s), "")] if _is_noise_run(tokens) else []
    first = ascii_at.index(False)
    last = len(tokens) - 1 - ascii_at[::-1].index(False)
    edits = []
    head, tail = tokens[:first], tokens[last + 1:]
    if len(head) >= PAGE_NOISE.noise_head_tokens and _is_noise_run(head):
        edits.append((0, tokens[first][0], ""))
    if _is_noise_run(tail):
        end = tokens[last][1]
        # a character or two of the noise stuck to the sentence's full stop ("回顾。2 n. a8 ?*")
        stop = s.rfind("。", tokens[last][0], end)
        if stop >= 0 and 0 < end - stop - 1 <= 2 and s[stop + 1:end].isascii():
            end = stop + 1
        edits.append((end, len(s), ""))
    return edits


@functools.lru_cache(maxsize=1)
def _site_furniture() -> tuple[re.Pattern, tuple[str, ...], frozenset[str]]:
    """The labels (as one pattern opening a line), marks and whole lines of text_site_furniture.tsv."""
    rows = lexicons.rows("text_site_furniture.tsv")
    labels = [w for w, role in rows if role == "label"]
    label = re.compile(rf"(?:{alternation_pattern(labels)})[:：]")
    return label, tuple(w.lower() for w, role in rows if role == "mark"), frozenset(w for w, role in rows if role == "line")


def _is_site_furniture(t: str) -> bool:
    """Is the line a web page's footer, byline or navigation ("地址:…", "…版权所有", "首页")?"""
    if not t:
        return False
    label, marks, alone = _site_furniture()
    if t in alone or label.match(t):
        return True
    low = t.lower()
    return "。" not in t and any(m in low for m in marks)


def _drop_page_furniture(lines: list[tuple[list[str], list[int]]]) -> list[tuple[list[str], list[int]]]:
    """The lines without page numbers ("— 12 —", "第3页"), without a web page's furniture (footers,
    bylines, navigation: text_site_furniture.tsv) and without a running header: a short line
    without marks that repeats an earlier one and stands where a page cut a sentence (after a line
    that ends mid-sentence, or beside a page number)."""
    texts = ["".join(c) for c, _ in lines]
    page = [bool(t) and (_PAGE_LINE.match(t) is not None or _is_site_furniture(t)) for t in texts]
    counts = Counter(t for t in texts if t and len(t) <= PAGE_NOISE.header_chars)
    seen: set[str] = set()
    kept: list[tuple[list[str], list[int]]] = []
    last_text = ""  # the last line kept that is not blank
    for i, (t, line) in enumerate(zip(texts, lines)):
        if page[i]:
            continue
        if (t and counts[t] >= PAGE_NOISE.header_repeats and t in seen and _CJK.search(t)
                and t[-1] not in _LINE_FINAL and not _CLAUSE_MARK.search(t)):
            near_page = any(page[j] for j in _neighbours(texts, i))
            if near_page or (last_text and last_text[-1] not in _LINE_FINAL):
                continue
        seen.add(t)
        if t:
            last_text = t
        kept.append(line)
    return kept


def _neighbours(texts: list[str], i: int) -> list[int]:
    """The indices of the nearest line that is not blank before and after line i."""
    out = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and not texts[j]:
            j += step
        if 0 <= j < len(texts):
            out.append(j)
    return out


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
    if not _CLAUSE_MARK.search(line):
        return False
    if (_HEADING_START.match(line) or _NUMBERED.match(line)) and not _SENTENCE_END_INSIDE.search(line):
        return False
    if prev[-1] in _UNFINISHED_FINALS:
        return True  # "…今年经济社会发展的\n主要预期目标": no sentence ends on a particle or conjunction
    near = range(len(prev) - PAGE_WRAP.width_tolerance, len(prev) + PAGE_WRAP.width_tolerance + 1)
    return sum(open_widths[n] for n in near) - 1 >= PAGE_WRAP.alike_lines


def _strip_chunk_numbers(lines: list[tuple[list[str], list[int]]]
                         ) -> tuple[list[tuple[list[str], list[int]]], set[int]]:
    """A document-sharing site shows a report in numbered chunks cut anywhere ("1、2015年…政府工作报告…
    沉着应对" / "2、各种压力挑战,…走在全国前" / "3、列。"): when the text opens on "1、" and a line "2、"
    goes on with a sentence the line before left unfinished, the chunk numbers (in sequence) are
    dropped and each chunk joined to the one before. The indices of the lines to join are returned."""
    opened = [i for i, (c, _) in enumerate(lines) if c][:PAGE_NOISE.chunk_first_lines]
    first = next((i for i in opened if "".join(lines[i][0][:2]) == "1、"), None)
    if first is None:
        return lines, set()
    lines = list(lines)
    cuts: list[int] = []
    expected, last = 2, first
    for i in range(first + 1, len(lines)):
        c = lines[i][0]
        if not c:
            continue
        mark = f"{expected}、"
        prev = lines[last][0]
        if ("".join(c[:len(mark)]) == mark and prev[-1] not in _LINE_FINAL
                and (cuts or len(prev) >= PAGE_NOISE.chunk_chars)):  # the first continuation confirms
            cuts.append(i)
            expected += 1
        last = i
    if not cuts:
        return lines, set()
    for i in [first] + cuts:
        c, o = lines[i]
        n = "".join(c).index("、") + 1
        lines[i] = (c[n:], o[n:])
    return lines, set(cuts)


def _figure_lines(lines: list[tuple[list[str], list[int]]]) -> set[int]:
    """Lines that are a figure alone ("15250", "0.47%") with the next line (not blank) opening on
    its unit or a mark ("人如期脱贫", "年,面对…", "。"): a PDF copied as text puts a run of another
    font (the digits) on a line of its own. A page number is followed by text, not by a unit."""
    figures = set()
    nxt = ""
    for i in range(len(lines) - 1, -1, -1):
        c = lines[i][0]
        if not c:
            continue
        if (nxt and len(c) <= PAGE_NOISE.figure_chars and _FIGURE_ALONE.match("".join(c))
                and (nxt[0] in _FIGURE_FOLLOWERS or _UNIT_OPENING.match(nxt))):
            figures.add(i)
        nxt = "".join(c[:8])
    return figures


def _takes_figure(prev: list[str]) -> bool:
    """Whether a figure on a line of its own goes on the sentence of the line before: one that
    stops on a word or a comma, not a heading or title."""
    return bool(prev) and bool(_CJK.match(prev[-1]) or prev[-1] in "、,") and not _is_short_heading(prev)


def _is_short_heading(line: list[str]) -> bool:
    """A heading or a numbered item's title ("一、2018年工作回顾", "(二)经济稳定增长")."""
    if len(line) >= PAGE_WRAP.short_line_chars:
        return False
    text = "".join(line)
    return bool(_HEADING_START.match(text) or _NUMBERED.match(text))


def _cuts_figure(prev: list[str], nxt: list[str]) -> bool:
    """A page break inside a figure ("增长15." / "2%") or between a figure and its verb ("增长" /
    "8.5%;…"): the next line opens with the number's rest, or with a number and its unit."""
    if not nxt or not nxt[0].isdigit() or _ITEM_OPENING.match("".join(nxt[:8])):
        return False
    head = "".join(nxt[:12])
    if _DATE_OPENING.match(head):
        return False  # "附件1" / "2026年省十件民生实事": a title and the next line's date
    if prev[-1].isdigit() or (prev[-1] == "." and len(prev) > 1 and prev[-2].isdigit()):
        # running text, not a title's number (the paragraph's tail is enough to tell)
        return _CLAUSE_MARK.search("".join(prev[-PAGE_WRAP.short_line_chars:])) is not None
    tail = "".join(prev[-4:])
    if not tail.endswith(_FIGURE_VERBS) or not _FIGURE_OPENING.match(head):
        return False
    return not _is_short_heading(prev)


def _is_cut(prev: list[str], nxt: list[str], open_widths: Counter[int]) -> bool:
    """A paragraph that stops mid-sentence and is continued by the next line is one paragraph."""
    if not prev or prev[-1] in _LINE_FINAL:
        return False
    if prev[-1] in _OPENING_MARKS and nxt:
        return True
    if _cuts_figure(prev, nxt):
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
