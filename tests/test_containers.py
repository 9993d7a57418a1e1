"""Reports saved as PDF or Word (.docx) files (kg/text/containers.py), and text parted into pages by form feeds
(kg/text/paged.py): the same graph as the report's text, the running headers and footers of printed pages
dropped, offsets into the text read, and a clear one-line refusal for what cannot be read.

The PDFs are printed by headless Chromium from the samples' text laid out as a page, with the header and
footer Chromium prints (date, title, address, page numbers): a report as users print it; without Chromium
those tests skip (CI installs it)."""
from __future__ import annotations

import html
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.evaluate import evaluate, load_gold
from kg.pipeline import build, predictions
from kg.text.paged import paged_text
from kg.text.reading import read_decoded, read_source

from .conftest import ROOT, SEEDS, shared_file

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: apt-get install -y chromium")
ROWS = ("Place", "Organization", "Project", "Indicator", "ObservationYear", "locatedIn", "participatesIn")
# the seed (headings run into their paragraphs) and the State Council's (lines a page wraps after a full stop)
PRINTED = ("qianjiang-2019", "national-2017", "yixian-2019")


def _scores(built, name: str) -> dict[str, float]:
    """The strict F1 of each row of `built` (a Build, or a report to build) against the sample's gold."""
    rows = evaluate(predictions((build(built) if isinstance(built, Path) else built).rdf),
                    load_gold(shared_file("gold", f"{name}.jsonl")))
    return {row: round(rows[row]["strict"].f1, 3) for row in ROWS if row in rows}


def _page_html(text: str) -> str:
    """The report laid out as a printed page: a paragraph a line, indented, in a CJK font of 14 pt."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(lines[0][:30])}</title>'
            '<style>body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:14pt} p{text-indent:2em;margin:0}'
            f"</style></head><body>{body}</body></html>")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    """Each sample printed to PDF by Chromium, with a running header (date, title) and footer (page n/N)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("printed")
    out: dict[str, Path] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        for name in PRINTED:
            page.set_content(_page_html((SEEDS / f"{name}.txt").read_text(encoding="utf-8")))
            out[name] = folder / f"{name}.pdf"
            page.pdf(path=str(out[name]), format="A4", display_header_footer=True,
                     header_template='<div style="font-size:9px;width:100%"><span class="date"></span> '
                                     '<span class="title"></span></div>',
                     footer_template='<div style="font-size:9px;width:100%;text-align:center">'
                                     '<span class="pageNumber"></span>/<span class="totalPages"></span></div>',
                     margin={"top": "60px", "bottom": "60px", "left": "60px", "right": "60px"})
        browser.close()
    return out


@needs_chromium
@pytest.mark.parametrize("name", PRINTED[:2])
def test_a_printed_pdf_gives_the_scores_of_its_text(printed, name, request):
    from_text = request.getfixturevalue(name.split("-")[0])  # the sample's build, shared by the session
    assert _scores(printed[name], name) == _scores(from_text, name)


@needs_chromium
def test_no_running_header_or_footer_reaches_the_report(printed):
    source = read_source(printed["yixian-2019"])
    assert source.encoding == "PDF text layer"
    assert source.original.count("\f") >= 5  # a page break between each two pages, as pdftotext writes
    title = source.original.split("\n", 1)[0]  # Chromium's header: the date, then the page's title
    assert source.original.count("/7") >= 5 or source.original.count("/8") >= 5  # the footers are in the PDF
    assert "2018年工作回顾" in source.text
    for line in source.text.splitlines():
        assert not line.endswith(("/7", "/8")), line  # no "3/7" footer left
    assert title not in source.text
    # every character read points at itself in the text the PDF holds
    assert all(source.original[o] == c for o, c in zip(source.offsets, source.text) if c.isalnum() and c.isascii())


def _pdftotext_copy(text: str, header: str, lines_per_page: int = 30) -> str:
    """The report as `pdftotext` writes a printed copy: pages of `lines_per_page` lines parted by form feeds,
    each page opening with a running header and closing with its number."""
    lines = text.splitlines()
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return "\f".join("\n".join([header, *page, "", f"- {n} -"]) + "\n" for n, page in enumerate(pages, 1))


def test_form_fed_pages_read_as_the_report(tmp_path):
    """Running headers and page numbers at the pages' edges go; the report's own lines, the first page's
    title among them, stay, each character at its index in the file."""
    text = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")
    copy = tmp_path / "qianjiang-2019.txt"
    copy.write_text(_pdftotext_copy(text, "黔江区人民政府文件"), encoding="utf-8")
    assert read_source(copy).text == read_source(SEEDS / "qianjiang-2019.txt").text
    shown, offsets = paged_text(copy.read_text(encoding="utf-8"))
    assert "黔江区人民政府文件" not in shown and "- 3 -" not in shown
    original = copy.read_text(encoding="utf-8")
    assert all(original[o] == c for o, c in zip(offsets, shown) if c != "\n")


def test_a_line_at_one_page_edge_only_is_the_report():
    """A heading that opens one page is no running line: it stands at the edge of one page of many; the
    header and the numbers that every page repeats go."""
    bodies = ["2019年某县政府工作报告\n各位代表：现在我代表县人民政府向大会报告工作。",
              "全年地区生产总值增长7%，一般公共预算收入增长8%。",
              "三、2019年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长7%。",
              "各位代表，让我们团结一心，再创佳绩！"]
    pages = [("某县人民政府\n" if n > 1 else "") + body + f"\n— {n} —" for n, body in enumerate(bodies, 1)]
    shown, _ = paged_text("\f".join(pages))
    assert shown.splitlines() == ["2019年某县政府工作报告", "各位代表：现在我代表县人民政府向大会报告工作。",
                                  "全年地区生产总值增长7%，一般公共预算收入增长8%。", "三、2019年工作安排",
                                  "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%。", "各位代表，让我们团结一心，再创佳绩！"]
    assert paged_text("只有一页的报告\n- 1 -")[0] == "只有一页的报告\n- 1 -"  # one page: nothing to compare


# ---------------------------------------------------------------- Word .docx

_DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word_paragraph(line: str) -> str:
    """A paragraph as Word writes one: its text split over several runs (a run ends where formatting or
    proofing marks change), a deleted word of tracked changes and a field code inside that are no text."""
    third = max(1, len(line) // 3)
    runs = "".join(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">'
                   f"{html.escape(line[i:i + third])}</w:t></w:r>" for i in range(0, len(line), third))
    extra = ('<w:del w:id="1" w:author="甲"><w:r><w:delText>删去的字</w:delText></w:r></w:del>'
             '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>')
    return f"<w:p><w:pPr><w:ind w:firstLineChars=\"200\"/></w:pPr>{runs}{extra}</w:p>"


def word_document(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    paragraphs = "".join(_word_paragraph(line) for line in lines)
    if table:
        rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{html.escape(c)}</w:t></w:r></w:p></w:tc>"
                                          for c in row) + "</w:tr>" for row in table)
        paragraphs += f"<w:tbl>{rows}</w:tbl>"
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
            f"<w:body>{paragraphs}<w:sectPr/></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _DOCX_TYPES)
        z.writestr("_rels/.rels", _DOCX_RELS)
        z.writestr("word/document.xml", body)
    return buffer.getvalue()


def test_a_word_document_reads_as_its_text(tmp_path):
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    docx = tmp_path / "yixian-2019.docx"
    docx.write_bytes(word_document([line for line in text.splitlines() if line.strip()]))
    source = read_source(docx)
    assert source.encoding == "Word document (.docx)"
    assert "删去的字" not in source.text and "PAGE" not in source.text
    assert source.text == read_source(SEEDS / "yixian-2019.txt").text  # and so the same graph


def test_a_word_table_is_read_cell_by_cell(tmp_path):
    docx = tmp_path / "2019-table.docx"
    docx.write_bytes(word_document(["2019年某县政府工作报告", "主要指标完成情况如下："],
                                   [["指标", "完成值"], ["地区生产总值增长", "7.5%"]]))
    assert read_decoded(docx)[0].splitlines()[-4:] == ["指标", "完成值", "地区生产总值增长", "7.5%"]
    assert "地区生产总值增长7.5%" in read_source(docx).text  # a figure's cell joins its label, as in a text copy


# ---------------------------------------------------------------- Word 97–2003 .doc, and a PDF drawn out of order

DATA = Path(__file__).resolve().parent / "data"  # made by LibreOffice from this repository's text (data/README.md)


def test_a_pdf_drawn_out_of_order_reads_as_its_lines_are_seen():
    """LibreOffice draws a line's Latin-font quotes after the Chinese words they enclose: in drawing
    order the line reads "一“ ”带一路"; read left to right it is the report's text again."""
    import re

    import pypdfium2 as pdfium

    pdf = DATA / "2017-quotes.pdf"
    document = pdfium.PdfDocument(pdf)
    drawn = re.sub(r"\s", "", document[0].get_textpage().get_text_bounded())
    document.close()
    assert "“一带一路”" not in drawn  # the file is one that needs reordering
    lines = (SEEDS / "national-2017.txt").read_text(encoding="utf-8").splitlines()
    assert re.sub(r"\s", "", read_decoded(pdf)[0]) == re.sub(r"\s", "", lines[6] + lines[17])


def test_a_word_97_document_reads_as_its_text():
    source = read_source(DATA / "yixian-2019.doc")
    assert source.encoding == "Word 97–2003 document (.doc)"
    assert source.text == read_source(SEEDS / "yixian-2019.txt").text  # and so the same graph


def test_a_word_97_table_is_read_cell_by_cell():
    lines = [line for line in read_decoded(DATA / "2019-table.doc")[0].splitlines() if line]
    assert lines == ["2019年某县政府工作报告", "主要指标完成情况如下：", "指标", "完成值", "地区生产总值增长", "7.5%",
                     "各位代表，让我们团结一心，再创佳绩！"]


def test_a_word_97_field_shows_its_result_not_its_code():
    from kg.text.containers import _fields_shown

    # a page number field inside a line, a hyperlink field around a name, a paragraph's end
    assert _fields_shown("第\x13 PAGE \x143\x15页\r") == "第3页\n"
    assert _fields_shown("\x13 HYPERLINK \"http://x\" \x14黔江区\x15人民政府") == "黔江区人民政府"
    assert _fields_shown("无分隔的域\x13 DATE \x15之后") == "无分隔的域之后"


def test_a_folder_builds_its_word_97_report(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(DATA / "yixian-2019.doc", folder)
    r = _kg_build(tmp_path, folder)
    assert r.returncode == 0, r.stderr
    assert "Word 97–2003 document (.doc)" in (tmp_path / "out" / "yixian-2019.ttl").read_text(encoding="utf-8")


# ---------------------------------------------------------------- what is refused, on one line

def _kg_build(tmp_path: Path, *reports: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, reports), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("content, says", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "a damaged Word document"),
    ("zip", "a zip archive that is no Word .docx document"),
    (b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", "not a readable PDF"),
])
def test_an_unreadable_file_is_refused_on_one_line(tmp_path, content, says):
    if content == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("report.txt", "2019年政府工作报告")
        content = buffer.getvalue()
    report = tmp_path / "2019-report.docx"
    report.write_bytes(content)
    r = _kg_build(tmp_path, report)
    assert r.returncode == 1 and says in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "out").exists()


@needs_chromium
def test_a_pdf_without_text_is_refused(tmp_path):
    """A scan: pages with no text layer (here a page with a drawing only)."""
    from playwright.sync_api import sync_playwright

    pdf = tmp_path / "2019-scan.pdf"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content('<svg width="400" height="300"><rect width="300" height="200" fill="gray"/></svg>')
        page.pdf(path=str(pdf))
        browser.close()
    with pytest.raises(KgError, match="a PDF with no text in it .scanned pages.*OCR"):
        read_source(pdf)


def test_two_reports_of_one_name_are_refused(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    (folder / "yixian-2019.txt").write_text(text, encoding="utf-8")
    (folder / "yixian-2019.docx").write_bytes(word_document(text.splitlines()))
    r = _kg_build(tmp_path, folder)
    assert r.returncode == 1 and "would both be written as yixian-2019.*" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


def test_a_folder_builds_its_pdf_and_word_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    (folder / "yixian-2019.docx").write_bytes(word_document(text.splitlines()))
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    r = _kg_build(tmp_path, folder)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["yixian-2019.html", "yixian-2019.ttl"]


def test_an_encrypted_pdf_opens_without_its_owner_password_and_a_locked_one_is_refused(tmp_path, printed):
    """Government PDFs are often encrypted for permissions only (no printing, no copying): they open with no
    password and are read; one that needs a password to open is refused on one line."""
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(printed["yixian-2019"])
    for name, user_password in (("2019-permissions.pdf", ""), ("2019-locked.pdf", "secret")):
        writer = pypdf.PdfWriter(clone_from=reader)
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        writer.write(tmp_path / name)
    assert read_source(tmp_path / "2019-permissions.pdf").text == read_source(printed["yixian-2019"]).text
    r = _kg_build(tmp_path, tmp_path / "2019-locked.pdf")
    assert r.returncode == 1 and "an encrypted PDF that needs a password to open" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()
