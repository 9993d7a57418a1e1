"""A report saved as a web page (.html): its text, each character with its index in the page.

Government work reports are published as web pages first; a user who saves one ("另存为") hands kg
the page, not its text. The page is read as a browser shows it: the document's title, then the body's
text, a line break for each block (段落 <p>, <div>, <br>, <li>, table rows and cells, headings), no
markup, no script, style or other non-text element, no comment. Each character kept keeps its index in
the page, so the graph's offsets point into the file as saved (`Source.original`). Character
references (&nbsp;, &#12288;) stay as written here: `kg.text.reading` reads them as it does in a text
copy of a page. Only the standard library (`re`): a page is read, not validated or repaired.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.text.paged import PAGE_BREAK, paged_text

# file names a browser gives a saved page
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# a page's opening, after a byte-order mark, blanks and comments: a doctype or the html element
_PAGE_OPENING = re.compile(r"\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)

# elements whose content is no text of the page: read past whole (the head's title is read apart)
_SKIPPED = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea", "head")
# elements that end a line where they open or close, as a browser lays out blocks
_BLOCKS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody", "tfoot",
    "caption", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main",
    "blockquote", "pre", "hr", "address", "figure", "figcaption", "form", "fieldset", "center", "title", "body"))

# one piece of markup: a comment, a declaration or processing instruction, a skipped element with its
# content, or a tag (its name captured)
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<![^>]*>|<\?[^>]*>"
    rf"|<({'|'.join(_SKIPPED)})\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|</?([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def is_page(path: str | Path, text: str) -> bool:
    """Is the decoded file a web page: saved under a page's name, or opening as one (a doctype or <html>)?"""
    return Path(path).suffix.lower() in PAGE_SUFFIXES or _PAGE_OPENING.match(text[:4096]) is not None


def shown_text(path: str | Path, text: str) -> tuple[str, list[int] | None]:
    """A file's text as a reader sees it: a web page's without its markup, with each character's index in the
    page (`page_text`); a text parted into pages (a PDF's) without its running headers and footers, with each
    character's index in the text (kg.text.paged); any other file's as it is, with no index map (the text is
    the file's)."""
    if is_page(path, text):
        return page_text(text)
    if PAGE_BREAK in text:
        return paged_text(text)
    return text, None


def page_text(page: str) -> tuple[str, list[int]]:
    """The text a browser shows of `page` and, for each of its characters, the index in `page` it comes
    from (a line break made for a block: the index of the tag that makes it)."""
    chars: list[str] = []
    offsets: list[int] = []
    title = _TITLE.search(page)
    if title:  # the document's title first, as a title line: it often names the year and the area
        _add_text(page, title.start(1), title.end(1), chars, offsets)
        _add_break(title.end(), chars, offsets)
    at = 0
    for m in _MARKUP.finditer(page):
        _add_text(page, at, m.start(), chars, offsets)
        tag = (m.group(2) or "").lower()
        if tag in _BLOCKS or m.group(1):
            _add_break(m.start(), chars, offsets)
        at = m.end()
    _add_text(page, at, len(page), chars, offsets)
    return "".join(chars), offsets


def _add_text(page: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    """The page's text between two pieces of markup, its line breaks as blanks (a browser joins the
    lines of a paragraph's source; the blocks make the lines)."""
    for i in range(start, end):
        ch = page[i]
        chars.append(" " if ch in "\r\n\t" else ch)
        offsets.append(i)


def _add_break(index: int, chars: list[str], offsets: list[int]) -> None:
    if chars and chars[-1] != "\n":
        chars.append("\n")
        offsets.append(index)
