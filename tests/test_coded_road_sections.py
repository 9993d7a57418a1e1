"""Sections of roads named by their code (session 63, pj3): "G347某某段", and the lower-case code that
pages copied to the web write ("s207某湖段"), is a works where the clause builds or opens it, though the
section's short name is a common word (南湖, 东湖) that names nothing alone. A code alone before a
works word is not this rule's ("G695提质改造": no section). A coded road's line ("g205某某线") is read
in lower case as in upper case. Sentences written in the genre's phrasing
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


@pytest.mark.parametrize("sentence,found,not_found", [
    # a coded road's line in lower case, as the rule for upper case finds it (tests/test_coded_route_lines.py)
    ("首条旅游公路大岭公路、g205东绕城线建成通车。", {"g205东绕城线"}, set()),
    ("开工建设省道s218清河线。", {"省道s218清河线"}, set()),
    ("建成g205东绕城线和s218清河线。", {"g205东绕城线", "s218清河线"}, set()),
    # a frame word makes the road the place of other works, in lower case as in upper case
    ("沿g205东绕城线规划建设特色小镇。", set(), {"g205东绕城线"}),
])
def test_lower_case_coded_route_lines(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
