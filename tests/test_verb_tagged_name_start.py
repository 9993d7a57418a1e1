"""A name whose first word jieba tags a verb, after an opener verb (session 25, mr25): "确保包商/v 银行培训中心…"
(hailar-2013) keeps the bank and its works whole; "力争包商/v 银行培训中心…" (hailar-2014, the name's only
mention in that report) lost 包商 until session 37 (pj37): a word jieba's dictionary holds as rarely as 包商/v
(projects._unknown_or_rare, config rare_word_freq) is read as a word it does not know, part of the name.
The written sentences guard what the rule must leave alone: the verbs that really follow an opener
(筹设, 开工建设) open no name.
Sentences written in the genre's phrasing with invented names; the Hailar checks read `../shared`."""
from __future__ import annotations


import pytest

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SHARED, names_by_type

HAILAR = SHARED / "corpus" / "hailar"  # KG_SHARED honoured, as in conftest
CITY = "政府工作报告\n——2023年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n"


def _found(path: Path) -> dict[str, set[str]]:
    return names_by_type(extract_mentions(parse_document(read_source(path))))


def _written(tmp_path, *sentences: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(CITY + "\n".join(sentences) + "\n", encoding="utf-8")
    return _found(path)


def test_a_real_verb_after_an_opener_opens_no_name(tmp_path):
    found = _written(tmp_path, "加快筹设东川海洋大学，推进国家海洋综合试验场建设。",
                     "力争开工建设榆平铁路，加快推进平川高速公路建设。")
    assert "东川海洋大学" in found["Organization"]
    assert "榆平铁路" in found["Project"]
    assert not {n for t in found.values() for n in t if n.startswith(("筹设", "开工建设"))}


def test_a_list_opened_by_an_opener_keeps_a_bank_and_its_works(tmp_path):
    found = _written(tmp_path, "确保宏业银行培训中心、白塔大饭店等酒店投入运营。")
    assert "宏业银行" in found["Organization"]
    assert {"宏业银行培训中心", "白塔大饭店"} <= found["Project"]


@pytest.mark.skipif(not HAILAR.exists(), reason="needs ../shared")
def test_hailar_2013_keeps_the_bank_whose_first_word_is_tagged_a_verb():
    found = _found(HAILAR / "hailar-2013.txt")
    assert "包商银行" in found["Organization"]
    assert "包商银行培训中心" in found["Project"]
    assert "银行培训中心" not in found["Project"]


@pytest.mark.skipif(not HAILAR.exists(), reason="needs ../shared")
def test_hailar_2014_bank_after_lizheng():
    found = _found(HAILAR / "hailar-2014.txt")
    assert "包商银行" in found.get("Organization", set())
    assert "包商银行培训中心" in found["Project"]
    assert "银行培训中心" not in found["Project"]
