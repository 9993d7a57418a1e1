"""Shortcuts of extraction's speed (issue 11) against the code they replace: same answers.

`opening_plan_spans_before(text, start, cut)` reads the five-year spans opening a clause of
text[start:cut] off one scan of text[start:] (a review part's sentences each asked it of the whole
part up to their first value: a scan of everything before them, a sentence at a time).
`_is_bare_object` is remembered per item (the items of a list are tested again at each 、).
`_without_done_verbs` looks up the verbs opening a name by its first character (`words_opening`)
in a table made once, not by testing all ~55 verbs of a dict built for every sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.text.document import opening_plan_spans, opening_plan_spans_before, parse_document
from kg.text.reading import read_source

REAL = Path(__file__).parent / "real"

# written in the genre's wording: spans opening clauses, one cut inside each mention
TEXT = ("一、过去五年工作回顾\n“十三五”时期是我区发展极不平凡的五年。“十三五”期间,全区地区生产总值年均增长6.8%;"
        "十四五规划实施以来,新建学校12所,十三五发展成就显著。")


def test_spans_before_every_cut_of_a_written_text():
    for start in (0, 11):
        for cut in range(0, len(TEXT) + 2):  # offsets: never negative
            assert opening_plan_spans_before(TEXT, start, cut) == opening_plan_spans(TEXT[start:cut]), (start, cut)


@pytest.mark.parametrize("name", ["beijing-2026-review", "hebei-2026-review", "gansu-2026-review", "anhui-2026-outline"])
def test_spans_before_every_sentence_of_real_parts(name):
    doc = parse_document(read_source(REAL / f"{name}.txt"))
    text = doc.source.text
    asked = found = 0
    for part in (s for s in doc.sections if s.level == 1):
        for sentence in doc.sentences:
            for cut in (sentence.start, sentence.start + 3, sentence.end):
                got = opening_plan_spans_before(text, part.start, cut)
                assert got == opening_plan_spans(text[part.start:cut]), (part.id, cut)
                asked, found = asked + 1, found + bool(got)
    assert asked and found  # the texts hold spans that open clauses: the shortcut is exercised


def test_bare_objects_remembered_are_those_judged():
    from kg.extract.observations import _is_bare_object

    for item in ("幼儿园", "排污管网", "“瞪羚”企业", "供热", "新建学校", "建成投用", "中小学", "a"):
        assert _is_bare_object(item) == _is_bare_object.__wrapped__(item), item


def test_done_verbs_opening_a_name_are_those_a_scan_of_every_verb_finds():
    from kg.extract.observations import _done_verb_scopes
    from kg.text.lookup import words_opening

    scopes, opening = _done_verb_scopes()
    assert list(opening) == list(scopes) and all(opening)
    names = ["", "a", "建成国家级绿色工厂", "入选国家领航级智能工厂", "启动城中村改造", "打通断头路", "推动项目"]
    names += [v + tail for v in scopes for tail in ("", "国家级示范园区", "建设项目")]
    for name in names:
        scan = max((v for v in scopes if name.startswith(v)), key=len, default="")
        assert max((v for v in words_opening(opening, name) if name.startswith(v)), key=len, default="") == scan, name


def test_indicator_and_measure_remembered_is_the_function_of_the_words():
    from kg.extract.observations import _indicator_and_measure

    for phrase in ("预计地区生产总值比上年增长", "固定资产投资增长-18.9%", "新减少贫困人口", "减贫", "交通、能源、水利完成投资"):
        for counted in (False, True):
            assert _indicator_and_measure(phrase, counted) == _indicator_and_measure.__wrapped__(phrase, counted), phrase
            assert _indicator_and_measure(phrase, counted) == _indicator_and_measure(phrase, counted=counted)
