"""A conjunction glued to a county's name before a body ("市政府和县委") in a report of the province
where a county of that name lies (和县 is in 安徽): the conjunction joins two bodies, it opens no
county. The sentence is the genre's standard opening of a county report (found in eight fresh pages of
five provinces); the title puts it in an 安徽 county, where 和县 is a division near home."""
from __future__ import annotations

from tests.conftest import report_pairs as mentions


OPENING = "一年来,我们在市委、市政府和县委的坚强领导下,抢抓机遇,奋力拼搏。"


def test_a_conjunction_before_a_county_body_is_no_county(tmp_path):
    found = mentions(tmp_path, "2025年庐江县人民政府工作报告", OPENING)
    assert ("Organization", "县委") in found
    assert ("Place", "和县") not in found and ("Organization", "和县委") not in found
    # after a plenary session too ("市委四届八次全会和县委十二届五次全会精神")
    found = mentions(tmp_path, "2025年庐江县人民政府工作报告", "全面落实市委四届八次全会和县委十二届五次全会精神。")
    assert ("Place", "和县") not in found


def test_the_county_of_that_name_is_still_found(tmp_path):
    # 和县 opening a clause, after no body, is the county
    found = mentions(tmp_path, "2025年马鞍山市人民政府工作报告", "和县经济开发区新引进项目12个。")
    assert ("Place", "和县") in found
