"""Text parted into pages by form feeds (a PDF's text layer, or `pdftotext`'s output): the report without
its running headers and footers, each character with its index in the text.

A printed page repeats lines at its edges that are no part of the report: a running title, the date and
address a browser prints on a page it turns into a PDF, "第 3 页 共 18 页", a page number. Within one page they
look like any short line, and a line of the report may look like them; across pages they give themselves
away: the same line, its figures aside, at the top or the bottom of page after page. Such lines are dropped
wherever they stand at a page's edge; a page break becomes a line break (kg.text.reading joins a sentence a
page cut). A text with no form feed, or one whose pages repeat nothing, is read as it is.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.config import PAGE_EDGES

PAGE_BREAK = "\f"
_FIGURES = re.compile(r"\d+")
_BLANKS = re.compile(r"\s+")


def paged_text(text: str) -> tuple[str, list[int]]:
    """`text` without the running lines at its pages' edges, its page breaks as line breaks, and for each
    character kept its index in `text`."""
    pages = _pages(text)
    edge_keys = [{i: _key(lines[i][1]) for i in _edge_lines(lines)} for lines in pages]  # line index → key
    running = _running_keys([set(keys.values()) for keys in edge_keys])
    chars: list[str] = []
    offsets: list[int] = []
    for page, keys in zip(pages, edge_keys):
        dropped = {i for i, key in keys.items() if key in running}
        for i, (start, line) in enumerate(page):
            if i in dropped:
                continue
            chars.extend(line)
            offsets.extend(range(start, start + len(line)))
            chars.append("\n")  # the line's own break, or the page break after the page's last line
            offsets.append(start + len(line))
    if chars and offsets[-1] >= len(text):  # the text's last line had no break after it
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def _pages(text: str) -> list[list[tuple[int, str]]]:
    """Each page's lines, each with the index in `text` where it starts."""
    pages: list[list[tuple[int, str]]] = [[]]
    start = 0
    for m in re.finditer(r"[\n\f]", text + "\n"):
        pages[-1].append((start, text[start:m.start()]))
        if m.group() == PAGE_BREAK:
            pages.append([])
        start = m.end()
    return pages


def _edge_lines(lines: list[tuple[int, str]]) -> list[int]:
    """The indices of a page's first and last PAGE_EDGES.lines lines that hold something."""
    filled = [i for i, (_, line) in enumerate(lines) if line.strip()]
    reach = PAGE_EDGES.lines
    return sorted(set(filled[:reach] + filled[-reach:]))


def _key(line: str) -> str:
    """A line as a running line repeats it: without blanks, each figure (a page number, a date) as #."""
    return _FIGURES.sub("#", _BLANKS.sub("", line))


def _running_keys(page_keys: list[set[str]]) -> set[str]:
    """The keys found at the edges of at least PAGE_EDGES.share of the pages, and of two pages at least."""
    counts = Counter(k for keys in page_keys for k in keys)
    least = max(2, PAGE_EDGES.share * len(page_keys))
    return {k for k, n in counts.items() if n >= least}
