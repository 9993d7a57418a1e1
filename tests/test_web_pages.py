"""A report saved as a web page is read as a browser shows it (kg/text/markup.py): the same graph as
its text, no markup in any sentence, offsets into the page as saved, nothing read from scripts or
styles, whatever the page's encoding and however much markup surrounds the text."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluate import evaluate, load_gold
from kg.pipeline import build, predictions

from .conftest import ROOT, SEEDS, shared_file

HEAD = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n'
        "<title>2019年易县政府工作报告_易县人民政府</title>\n"
        "<script>var city = '乌鲁木齐市'; var org = '中国石油天然气集团有限公司';</script>\n"
        "<style>.nav {{ font-family: '宋体'; }}</style>\n</head>\n")
NAV = ('<body>\n<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; '
       "<span>政府工作报告</span></div>\n<!-- 正文开始: 拉萨市 -->\n")
FOOT = '<div class="footer">版权所有：易县人民政府办公室 <br/>冀ICP备12345678号</div>\n</body>\n</html>\n'


def saved_page(text: str, charset: str = "utf-8", padding: str = "") -> str:
    """The sample's text as a government site publishes it: each paragraph a <p> (its source lines
    wrapped and indented), a head with a title, a script and a style, page furniture around."""
    paragraphs = "".join(f'  <p style="text-indent: 2em;">\n    {line.strip()}\n  </p>\n'
                         for line in text.splitlines() if line.strip())
    return HEAD.format(charset=charset) + padding + NAV + f'<div class="TRS_Editor">\n{paragraphs}</div>\n' + FOOT


def _rows(path: Path):
    gold = load_gold(shared_file("gold", "yixian-2019.jsonl"))
    return evaluate(predictions(build(path).rdf), gold)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "yixian-2019.html"
    path.write_text(saved_page((SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")), encoding="utf-8")
    return path


def test_a_saved_page_gives_the_scores_of_its_text(page):
    from_text, from_page = _rows(SEEDS / "yixian-2019.txt"), _rows(page)
    for row in ("Place", "Organization", "Project", "Indicator", "ObservationYear", "locatedIn", "participatesIn"):
        assert from_page[row]["strict"].f1 == pytest.approx(from_text[row]["strict"].f1, abs=0.02), row


def test_no_markup_in_a_sentence_and_offsets_into_the_page(page):
    original = page.read_text(encoding="utf-8")
    assert build(page).source.original == original  # the page as saved, offsets into it
    lines = subprocess.run([sys.executable, "-m", "kg", "extract", str(page)], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout.splitlines()
    mentions = [json.loads(line) for line in lines]
    assert len(mentions) > 100
    for m in mentions:
        assert "<" not in m["sentence"] and ">" not in m["sentence"], m["sentence"]
        if m["type"] in ("Place", "Organization", "Project"):
            assert original[m["start"]:m["end"]] == m["original"]


def test_scripts_styles_and_comments_are_not_read(page):
    names = {p["name"] for p in predictions(build(page).rdf) if "name" in p}
    assert not names & {"乌鲁木齐市", "乌鲁木齐", "中国石油天然气集团有限公司", "拉萨市", "拉萨"}
    assert "易县" in names or "易县人民政府" in names  # the title is read


def test_a_gb_encoded_page_under_much_markup(tmp_path):
    # a page in the encoding its meta names, with more markup (a long script) than Chinese text
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    padding = "<script>" + "var x = 1;" * 60000 + "</script>\n"
    path = tmp_path / "yixian-2019.htm"
    path.write_bytes(saved_page(text, charset="gb2312", padding=padding).encode("gb18030"))
    assert _rows(path)["ObservationYear"]["strict"].f1 > 0.95


def test_a_text_file_that_opens_as_a_page_is_read_as_one(tmp_path):
    path = tmp_path / "yixian-2019.txt"
    path.write_text(saved_page((SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")), encoding="utf-8")
    assert all("<" not in s.text for s in build(path).doc.sentences)


def test_the_page_kg_writes_never_replaces_the_report(tmp_path):
    path = tmp_path / "yixian-2019.html"
    page_text = saved_page((SEEDS / "yixian-2019.txt").read_text(encoding="utf-8"))
    path.write_text(page_text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "would be written over the report itself" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and path.read_text(encoding="utf-8") == page_text
    assert not (tmp_path / "yixian-2019.ttl").exists()
    # into another folder, or without the page, it builds
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp_path), "--no-page"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and (tmp_path / "yixian-2019.ttl").exists()
    assert path.read_text(encoding="utf-8") == page_text


def test_a_page_that_shows_no_text_is_refused_on_one_line(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text('<html><head><title> </title></head><body><script>var a = "很多中文很多中文很多中文";</script>'
                    "<style>p { color: red; }</style></body></html>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp_path / "out")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and run.stderr.strip().splitlines() == [
        f"kg: error: {path}: a web page that shows no text (only markup, scripts or styles)"]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
