"""A report saved as a PDF or a Word document (.docx): the text in it, for kg.text.reading to read as a
text file's.

Governments publish their work reports as PDFs and Word files as often as as web pages, and users print
pages to PDF. A PDF's text layer is read with PDFium (pypdfium2: the PDF engine of Chromium; fast, and it
opens the many government PDFs that are encrypted for permissions only), page after page, the pages parted
by a form feed as `pdftotext` parts them, so the reading can tell a running header or footer from the report
(kg.text.layout). A .docx is a zip of XML: the paragraphs of its body, a table cell by cell, are the lines
(the standard library reads it; headers, footers and notes live in other parts and are not read). The
graph's offsets then count characters of that text (`Source.original`): a PDF or a zip holds no text to
point into. A Word 97–2003 .doc, a WPS file, a scanned PDF without text or a PDF that needs a password is
refused on one line that says what to do.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kg.errors import KgError

# the file names a folder's reports have (a web page is built when named, not from a folder: a folder of
# built reports holds kg's own pages)
REPORT_SUFFIXES = (".txt", ".pdf", ".docx")

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, WPS, old Excel: a compound file
# what a document's XML may unpack to before it is refused (a report's is ~1–5 MB; a zip bomb is not read)
MAX_UNPACKED_BYTES = 100_000_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCX_BODY = "word/document.xml"


# the largest PDF or Word file read: a report's text is 20–200 KB, its PDF with fonts and pictures far more
MAX_CONTAINER_BYTES = 200_000_000
# how much of a file's opening tells a container from a text file
KIND_BYTES = 1024


def container_kind(opening: bytes) -> str | None:
    """"pdf", "zip" (a .docx is one) or "ole" (a Word 97–2003 or WPS file) by the first KIND_BYTES of a file;
    None for a text file or a web page."""
    if _PDF_MAGIC in opening[:KIND_BYTES]:  # a PDF may open with a few bytes of junk before its header
        return "pdf"
    if opening.startswith(_OLE_MAGIC):
        return "ole"
    if opening.startswith(_ZIP_MAGIC):
        return "zip"
    return None


def container_text(data: bytes, kind: str, label: str) -> tuple[str, str]:
    """The text of a PDF or .docx file and what it was read as (the report's `encoding` in the graph).
    Raises KgError with a one-line reason when there is no text to read."""
    if kind == "pdf":
        return pdf_text(data, label), "PDF text layer"
    if kind == "ole":
        raise KgError(f"{label}: a Word 97–2003 (.doc) or WPS document: kg reads text (.txt), web pages, PDF and "
                      ".docx files; save it as .docx or as text and build that")
    body = _zip_member(data, _DOCX_BODY)
    if body is None:
        raise KgError(f"{label}: a zip archive that is no Word .docx document: unpack it and build the reports "
                      "inside")
    return docx_text(body, label), "Word document (.docx)"


def pdf_text(data: bytes, label: str) -> str:
    """The text layer of a PDF, its pages parted by a form feed; line breaks as "\\n"."""
    import pypdfium2 as pdfium  # loaded only when a PDF is read

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise KgError(f"{label}: an encrypted PDF that needs a password to open; kg cannot read it")
        raise KgError(f"{label}: not a readable PDF ({exc})")
    try:
        pages = [_page_text(document, i) for i in range(len(document))]
    finally:
        document.close()
    text = "\f".join(pages)
    if not re.search(r"\S", text):
        raise KgError(f"{label}: a PDF with no text in it (scanned pages?): kg reads text; run OCR on it first "
                      "(e.g. ocrmypdf -l chi_sim) and build the result")
    return text


def _page_text(document, index: int) -> str:
    page = document[index]
    try:
        text_page = page.get_textpage()
        try:
            text = text_page.get_text_bounded()
        finally:
            text_page.close()
    finally:
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def docx_text(body: bytes, label: str) -> str:
    """The text of a Word .docx file's body (its word/document.xml): a line for each paragraph (a table's,
    cell by cell, too), a tab and a line break where the paragraph has them; deleted text of tracked changes
    and field codes left out."""
    from xml.etree import ElementTree  # loaded only when a Word file is read

    lines: list[str] = []
    try:
        for _, element in ElementTree.iterparse(io.BytesIO(body), events=("end",)):
            if element.tag == f"{_W}p":
                lines.append("".join(_run_text(element)))
                element.clear()  # a paragraph read is not kept: the tree stays small
    except ElementTree.ParseError as exc:
        raise KgError(f"{label}: a damaged .docx file ({exc})")
    return "\n".join(lines)


def _run_text(paragraph) -> list[str]:
    """The characters of one paragraph, in order: text, tabs and breaks."""
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return parts


def _zip_member(data: bytes, name: str) -> bytes | None:
    """One member of a zip file, None when the file is no zip, lacks it, or it unpacks too large."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(name)
            if info.file_size > MAX_UNPACKED_BYTES:
                return None
            return archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError):
        return None


def report_files_in(folder: str | Path) -> list[Path]:
    """The reports in a folder: its files named as reports are (REPORT_SUFFIXES), in name order."""
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in REPORT_SUFFIXES and p.is_file())
