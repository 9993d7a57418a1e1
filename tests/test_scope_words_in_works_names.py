"""A scope word (国际, 全球) opening what a rule carves from the start of a works' name is the function the
works serves, never a company's trade name (kg/lexicons/org_grade_words.txt)."""
from __future__ import annotations

import pytest

from .conftest import review_mentions


@pytest.mark.parametrize("sentence, works", [
    ("加快宁波舟山国际航运中心建设。", "宁波舟山国际航运中心"),
    ("推进宁波舟山国际航运中心建设，宁波舟山港集装箱吞吐量达到4500万标箱。", "宁波舟山国际航运中心"),
])
def test_a_scope_word_before_a_function_is_no_company(tmp_path, sentence, works):
    mentions = review_mentions(tmp_path, sentence, "2026年浙江省政府工作报告")
    assert works in {m.text for m in mentions if m.type == "Project"}
    assert not {m.text for m in mentions if m.type == "Organization"}


def test_a_company_named_in_its_works_stays(tmp_path):
    mentions = review_mentions(tmp_path, "推进红星美凯龙商贸综合体项目建设。", "2026年浙江省政府工作报告")
    assert "红星美凯龙" in {m.text for m in mentions if m.type == "Organization"}
