"""A belt or metropolitan area named after the two places it runs between, joined by a dash, is one
place ("西宁—海东都市圈", qinghai-2026 and its review; "岷江—长江上游经济带", sichuan-2026), not the second
place's area, and both ends stay places; and the short form the State Council's plan gives the
海峡西岸经济区 (regions.txt: "海西经济区", jiangxi-2026) is that region."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

PLAN = ("", "二、2026年重点工作", "")


def test_a_metropolitan_area_of_two_cities(tmp_path):
    got = report_names(tmp_path, "Place", "青海省政府工作报告", *PLAN, "加快西宁—海东都市圈一体化进程。")
    assert_found(got, {"西宁—海东都市圈", "西宁", "海东"}, {"海东都市圈"})


def test_a_belt_between_two_rivers_keeps_both_ends(tmp_path):
    got = report_names(tmp_path, "Place", "四川省政府工作报告", *PLAN,
                       "打造成渝主轴经济走廊、成(绵)南达万经济带、岷江—长江上游经济带。")
    assert_found(got, {"岷江—长江上游经济带", "岷江"}, {"长江上游经济带"})


def test_the_west_strait_economic_zone_by_its_short_form(tmp_path):
    got = report_names(tmp_path, "Place", "江西省政府工作报告", *PLAN,
                       "深入对接和服务长三角一体化发展、粤港澳大湾区、海西经济区建设。")
    assert_found(got, {"海西经济区"}, set())
