"""A works named by its kind with the place it is in bracketed after it ("国家数据标注基地(成都)", 四川 2026;
"省职教城(清远)", 广东 2026): one works, name and bracket, linked to the bracketed place
(kg.extract.genre `extract_works_bracketing_place`); a bracket that holds no place names no works."""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_mentions


@pytest.mark.parametrize("sentence, head, works, place", [
    ("推进国家数据标注基地（成都）和省级数据标注基地建设。", "2026年四川省政府工作报告", "国家数据标注基地(成都)", "成都市"),
    ("8所大学入选新一轮“双一流”名单，省职教城（清远）初具规模。", "2026年广东省政府工作报告", "省职教城(清远)", "清远市"),
])
def test_works_with_its_place_bracketed_after_it(tmp_path, sentence, head, works, place):
    assert works in {m.text for m in review_mentions(tmp_path, sentence, head) if m.type == "Project"}
    assert (works, place) in review_located(tmp_path, sentence, head)


def test_a_bracket_without_a_place_names_no_place(tmp_path):
    # a class in the bracket is part of the works' name (the projects' rule: 国家医学中心(中医类), henan-2026's
    # gold), never a place the works is in
    mentions = review_mentions(tmp_path, "加快建设国家医学中心（中医类）。", "2026年河南省政府工作报告")
    assert not any(m.type == "Place" and "中医" in m.text for m in mentions)
    assert "国家医学中心(中医类)" in {m.text for m in mentions if m.type == "Project"}
