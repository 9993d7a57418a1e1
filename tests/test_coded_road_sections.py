"""Sections of roads named by their code (session 63, pj3): "G347某某段", and the lower-case code that
pages copied to the web write ("s207某湖段"), is a works where the clause builds or opens it, though the
section's short name is a common word (南湖, 东湖) that names nothing alone. A code alone before a
works word is not this rule's ("G695提质改造": no section). Sentences written in the genre's phrasing
of a city or district report (names and figures changed)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # a provincial road's section built, its short name a lake's common word
    ("全年争取项目资金12亿元。s207南湖段顺利建成,g347东湖段建成通车。", {"s207南湖段", "g347东湖段"}, set()),
    ("G347东湖段顺利建成。", {"G347东湖段"}, set()),
    # a section whose short name jieba cuts into pieces
    ("G214甲乙段建成通车。", {"G214甲乙段"}, set()),
])
def test_coded_road_sections_are_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


@pytest.mark.parametrize("sentence,not_found", [
    # a code alone before a works word: no section named (the code is the road, not this rule's)
    ("有序实施G109、G219、G318、G695提质改造。", {"G695提质改造"}),
])
def test_no_code_no_section(tmp_path, sentence, not_found):
    assert_found(projects(tmp_path, sentence), set(), not_found)
