"""Observation rules mended after the session-10 review (sentences written for the test)."""
from types import SimpleNamespace

from kg.extract import extract_mentions
from kg.extract import observations
from kg.model import Mention, Span
from kg.text.document import parse_document
from kg.text.reading import read_source

HEAD = "某县政府工作报告\n各位代表:\n一、2018年工作回顾\n"


def _observations(tmp_path, body: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "report-2019.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_an_ordinal_without_wei_or_ming_after_a_value_is_no_rank(tmp_path):
    """"15个建成第一条生产线": 第一条 counts a line, not a place among 15; "第三位" still ranks."""
    assert ("技术改造项目", "15", "个") in _observations(tmp_path, "全年实施技术改造项目15个建成第一条智能生产线。")
    assert _observations(tmp_path, "全县规上工业企业达到86户位居全市第三位。") == []


def test_a_private_use_character_in_the_text_survives_a_paired_word_split(tmp_path):
    """A PDF's private-use glyph kept by normalize is not taken for the mark of a paired word."""
    found = _observations(tmp_path, "全县金融机构\ue000存、贷款余额分别达到380亿元、260亿元。")
    assert found == [("金融机构\ue000存款余额", "380", "亿元"), ("金融机构\ue000贷款余额", "260", "亿元")]


def test_a_name_cleaned_of_quotes_right_before_a_count_is_an_example_of_it():
    """“智慧”大道 is six characters of the sentence, its name four: the count right after its
    span follows the name."""
    name = Mention("Project", "智慧大道", Span.local(100, 3, 9), 0)
    assert observations._named_right_before(SimpleNamespace(found=[name]), 9)
    assert not observations._named_right_before(SimpleNamespace(found=[name]), 7)


def test_an_excerpts_opening_mode_is_weighed_once_a_report(tmp_path, monkeypatch):
    """Text before any cue takes the mode its words tell: counted once for the report, not once
    for each of its sentences."""
    calls = []
    weigh = observations._excerpt_mode
    monkeypatch.setattr(observations, "_excerpt_mode", lambda text: calls.append(text) or weigh(text))
    observations._running_cues.cache_clear()
    path = tmp_path / "excerpt-2019.txt"
    path.write_text("某市政府工作报告\n全市生产总值同比增长6%。新建学校3所。建成公园5个。\n", encoding="utf-8")
    extract_mentions(parse_document(read_source(path)))
    assert len(calls) == 1
