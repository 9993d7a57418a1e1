"""locatedIn (session 53, lk63): works written right before "在X" are at X where the clause goes on with a
step of their preparation or building written as a verb and its object (location.txt `progress`: 完成主体施工,
获得国家核准, 开展前期工作), as they are where a stage word follows ("P在X开工建设"); works settled by a signing ("P签约落户X",
location.txt `settle`) are at X as with 落户 alone. Invented sentences in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_located

HEAD = "2021年怀化市人民政府工作报告"


@pytest.mark.parametrize("text, works", [
    ("澄江石化800万吨/年芳烃项目在沅陵县完成主体施工。", "澄江石化800万吨/年芳烃项目"),
    ("澄江集团60万吨煤制烯烃项目在沅陵县获得国家核准。", "澄江集团60万吨煤制烯烃项目"),
    ("一期300万吨/年乙烯工程在沅陵县开展前期工作。", "一期300万吨/年乙烯工程"),
])
def test_works_before_at_a_place_with_a_step_of_progress_are_in_it(tmp_path, text, works):
    got = review_located(tmp_path, text, HEAD)
    assert (works, "沅陵县") in got, got


def test_a_light_verb_alone_after_the_place_puts_no_works_there(tmp_path):
    # 完成 takes any object: the investment made is no step of the works' building at the place
    got = review_located(tmp_path, "澄江集团年产5万吨电池项目在沅陵县完成投资20亿元。", HEAD)
    assert not any(place == "沅陵县" for _, place in got), got


@pytest.mark.parametrize("text, works", [
    ("澄江能源（怀化）有限公司生物柴油项目签约落户沅陵县。", "澄江能源(怀化)有限公司生物柴油项目"),
    ("澄江集团岚湖文旅综合体项目签约落户沅陵县，计划总投资300亿元。", "澄江集团岚湖文旅综合体项目"),
    ("澄江集团总部项目成功落户沅陵县。", "澄江集团总部项目"),
])
def test_works_settled_by_a_signing_are_in_the_place_after_it(tmp_path, text, works):
    # 签约落户 / 成功落户 (location.txt `settle`) settle the works in the place after them, as 落户 alone does
    got = review_located(tmp_path, text, HEAD)
    assert (works, "沅陵县") in got, got
