"""A report saved as a PDF or a Word document (.docx, .doc, .wps): the text in it, for kg.text.reading to read
as a text file's.

Governments publish their work reports as PDFs and Word files as often as web pages, and users print pages
to PDF. A PDF's text layer is read with PDFium (pypdfium2: the PDF engine of Chromium; fast, and it
opens the many government PDFs that are encrypted for permissions only), page after page, the pages parted
by a form feed as `pdftotext` parts them, so the reading can tell a running header or footer from the report
(kg.text.paged). A .docx is a zip of XML: the paragraphs of its body, a table cell by cell, are the lines
(the standard library reads it; headers, footers and notes live in other parts and are not read). A Word
97–2003 .doc is a compound file (olefile) whose main document is read through its piece table ([MS-DOC]); a
.wps (WPS Office, Microsoft Works) is read so when it holds a Word 97 document, and refused when it does not; a field shows its result, not its code. The graph's
offsets then count characters of that text (`Source.original`): a PDF or a Word file holds no text to point
into. A scanned PDF without text, a PDF or Word file that needs a password, a damaged one, a compound file
that is no Word document and a zip that is no .docx are refused on one line that says what to do.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kg.errors import KgError

# the file names a folder's reports have (a web page is built when named, not from a folder: a folder of
# built reports holds kg's own pages)
REPORT_SUFFIXES = (".txt", ".pdf", ".docx", ".doc", ".wps")

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, WPS, old Excel: a compound file
# what a document's XML may unpack to before it is refused (a report's is ~1–5 MB; a zip bomb is not read)
MAX_UNPACKED_BYTES = 100_000_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCX_BODY = "word/document.xml"


# what a PDF's text was read as (the report's `encoding`): its text layer, which a scanned page lacks
PDF_TEXT_LAYER = "PDF text layer"
# what to do with a PDF of scanned pages (`--force-ocr`: ocrmypdf refuses a page that has some text, a header)
PDF_OCR_HINT = "run OCR on it first (e.g. ocrmypdf --force-ocr -l chi_sim IN.pdf OUT.pdf) and build the result"

# the largest PDF or Word file read: a report's text is 20–200 KB, its PDF with fonts and pictures far more
MAX_CONTAINER_BYTES = 200_000_000
# how much of a file's opening tells a container from a text file
KIND_BYTES = 1024


def container_kind(opening: bytes) -> str | None:
    """"pdf", "zip" (a .docx is one) or "ole" (a Word 97–2003 or WPS file is one) by the first KIND_BYTES of a file;
    None for a text file or a web page."""
    if _PDF_MAGIC in opening[:KIND_BYTES]:  # a PDF may open with a few bytes of junk before its header
        return "pdf"
    if opening.startswith(_OLE_MAGIC):
        return "ole"
    if opening.startswith(_ZIP_MAGIC):
        return "zip"
    return None


def container_text(data: bytes, kind: str, label: str) -> tuple[str, str]:
    """The text of a PDF or Word file and what it was read as (the report's `encoding` in the graph).
    Raises KgError with a one-line reason when there is no text to read."""
    if kind == "pdf":
        return pdf_text(data, label), PDF_TEXT_LAYER
    if kind == "ole":
        return word97_text(data, label), "Word 97–2003 document (.doc)"
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
        raise KgError(f"{label}: a PDF with no text in it (scanned pages?): kg reads text; {PDF_OCR_HINT}")
    return text


def _page_text(document, index: int) -> str:
    page = document[index]
    try:
        text_page = page.get_textpage()
        try:
            text = _in_reading_order(text_page)
        finally:
            text_page.close()
    finally:
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def _in_reading_order(text_page) -> str:
    """A page's characters line by line, each line's from left to right. PDFium gives them in the order the
    page draws them, and a writer may draw a line's runs out of order: LibreOffice draws the Latin-font
    quotes around a Chinese word after it ("一“ ”带一路" for “一带一路”), which a reader sees in place."""
    count = text_page.count_chars()
    text = text_page.get_text_range(0, count)
    if len(text) != count:  # a character beyond one UTF-16 unit: no index map, the drawing order stands
        return text_page.get_text_bounded()
    lines, line = [], []
    for i, ch in enumerate(text):
        if ch in "\r\n":
            lines.append(line)
            lines.append([i])
            line = []
        else:
            line.append(i)
    lines.append(line)
    return "".join(text[i] for line in lines for i in sorted(line, key=lambda i: text_page.get_charbox(i)[0]))


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


# [MS-DOC]: the Fib's fixed part, and where in it the text's length and the piece table's place are
_DOC_IDENT = 0xA5EC
_FIB_FLAGS = 0x0A  # fEncrypted 0x0100, fWhichTblStm 0x0200
_CCP_TEXT = 3  # in FibRgLw97: the characters of the main document
_FC_CLX = 33  # in FibRgFcLcb97: the pair (fcClx, lcbClx), the piece table in the table stream
# what the main document's special characters are in text: a paragraph's, a cell's or a row's end and a
# line or page break end a line; a field's marks and the anchors of pictures, notes and objects are no text
_DOC_CHARACTERS = {"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x1f": "", "\x01": "",
                   "\x02": "", "\x03": "", "\x04": "", "\x05": "", "\x08": ""}
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"


def word97_text(data: bytes, label: str) -> str:
    """The text of a Word 97–2003 document (.doc, or a .wps holding one): the main document's
    characters as its piece table orders them, a line for each paragraph (a table's, cell by cell), a field's
    shown result without its code (olefile reads the compound file; the rest is [MS-DOC]'s Fib and Clx)."""
    import olefile  # loaded only when a Word 97–2003 file is read

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise KgError(f"{label}: a compound file that holds no Word 97–2003 document (an old Excel file, a "
                              "Microsoft Works .wps?): save the report as text, .docx or PDF")
            word = ole.openstream("WordDocument").read()
            ident, flags = _uint(word, 0, 2), _uint(word, _FIB_FLAGS, 2)
            if ident != _DOC_IDENT:
                raise KgError(f"{label}: a damaged Word document (no Word 97–2003 header)")
            if flags & 0x0100:
                raise KgError(f"{label}: an encrypted Word document: save it without a password, then build it")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            table = ole.openstream(table_name).read() if ole.exists(table_name) else b""
    except (OSError, ValueError, IndexError) as exc:  # olefile's errors on a damaged compound file
        raise KgError(f"{label}: a damaged Word document ({exc})")
    return _fields_shown(_piece_text(word, table, label))


def _piece_text(word: bytes, table: bytes, label: str) -> str:
    """The main document's characters, piece by piece ([MS-DOC] 2.4.1: the Clx's PlcPcd in the table stream)."""
    try:
        at = 32  # FibBase
        at += 2 + _uint(word, at, 2) * 2  # csw, FibRgW97
        ccp_text = _uint(word, at + 2 + _CCP_TEXT * 4, 4)
        at += 2 + _uint(word, at, 2) * 4 + 2  # cslw, FibRgLw97, then cbRgFcLcb
        fc_clx, lcb_clx = _uint(word, at + _FC_CLX * 8, 4), _uint(word, at + _FC_CLX * 8 + 4, 4)
        clx = table[fc_clx:fc_clx + lcb_clx]
        while clx[:1] == b"\x01":  # Prc: formatting of pieces, not text
            clx = clx[3 + _uint(clx, 1, 2):]
        if clx[:1] != b"\x02":
            raise ValueError("no piece table")
        plc = clx[5:5 + _uint(clx, 1, 4)]
    except (IndexError, ValueError) as exc:
        raise KgError(f"{label}: a damaged Word document ({exc})")
    pieces = (len(plc) - 4) // 12
    cps = [_uint(plc, i * 4, 4) for i in range(pieces + 1)]
    text: list[str] = []
    for i in range(pieces):
        start, end = cps[i], min(cps[i + 1], ccp_text)
        if start >= end:
            break
        fc = _uint(plc, (pieces + 1) * 4 + i * 8 + 2, 4)  # a Pcd's FcCompressed
        if fc & 0x40000000:  # compressed: one byte a character, in Windows-1252
            offset = (fc & 0x3FFFFFFF) // 2
            text.append(word[offset:offset + end - start].decode("cp1252", "replace"))
        else:
            text.append(word[fc:fc + 2 * (end - start)].decode("utf-16-le", "replace"))
    return "".join(text)


def _uint(data: bytes, at: int, size: int) -> int:
    """The little-endian unsigned integer of `size` bytes at `at` ([MS-DOC] writes every number so)."""
    return int.from_bytes(data[at:at + size], "little")


def _fields_shown(text: str) -> str:
    """The text with each field's code dropped and its result kept ("\x13 PAGE \x143\x15" → "3"), and the
    other special characters as _DOC_CHARACTERS says."""
    out: list[str] = []
    in_code: list[bool] = []  # for each open field: still in its code?
    for ch in text:
        if ch == _FIELD_BEGIN:
            in_code.append(True)
        elif ch == _FIELD_SEPARATOR and in_code:
            in_code[-1] = False
        elif ch == _FIELD_END and in_code:
            in_code.pop()
        elif not (in_code and in_code[-1]):
            out.append(_DOC_CHARACTERS.get(ch, ch))
    return "".join(out)


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
