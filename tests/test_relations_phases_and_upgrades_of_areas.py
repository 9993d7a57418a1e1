"""locatedIn and Place (issues 9 and 10, session 46): names inside names (ANNOTATION rules 3 and 8). A
works whose name is an area's name and a phase or an upgrade of it ("某某工业园一期", "某某湿地公园
三期", "某某公园提升工程", "某某新区二期", "某某酒文化城二期") lies in that area, which is a place of the
report (rule 3: parks, industrial zones, scenic areas, 新区 carry the other of Place/Project), as
太行水镇二期 lies in 太行水镇 in the shared gold. Not where the area is a list ("某公园、某公园提升改造"), a
park or base of one investment named by its industry ("某某电池材料产业园二期"),
nor where the works enlarges the zone itself ("某某工业园区扩建工程", kept by
tests/test_relations_framed_parks_and_parks_in_works_names.py). Sentences written in the genre's phrasing,
names made up; each test of a link fails without the rule."""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_names

HEAD = "某某市2023年政府工作报告"


@pytest.mark.parametrize("text, works, area", [
    ("青松工业园一期基础设施全面完工。", "青松工业园一期", "青松工业园"),
    ("建成柳湾公园二期、石桥湿地公园三期。", "石桥湿地公园三期", "石桥湿地公园"),
    ("银杏湖植物园提升改造完成。", "银杏湖植物园提升改造", "银杏湖植物园"),
    ("推进云栖新区二期建设。", "云栖新区二期", "云栖新区"),
    ("桃溪酒文化城二期开工建设。", "桃溪酒文化城二期", "桃溪酒文化城"),
    ("翠屏郊野公园东扩工程开工。", "翠屏郊野公园东扩工程", "翠屏郊野公园"),
])
def test_a_phase_or_upgrade_of_an_area_lies_in_the_area(tmp_path, text, works, area):
    assert area in review_names(tmp_path, "Place", text, HEAD)
    assert (works, area) in review_located(tmp_path, text, HEAD)


def test_an_upgrade_listed_before_other_works_lies_in_its_area(tmp_path):
    # the works is found twice (by its head and as a coordinated works): one area still
    got = review_located(tmp_path, "推进银杏湖植物园提升改造、青山生态公园建设。", HEAD)
    assert ("银杏湖植物园提升改造", "银杏湖植物园") in got, got


def test_each_phase_of_a_park_lies_in_the_park(tmp_path):
    got = review_located(tmp_path, "建成柳湾公园二期、石桥湿地公园三期。", HEAD)
    assert ("柳湾公园二期", "柳湾公园") in got, got


@pytest.mark.parametrize("text, not_place", [
    ("柳湾公园、石桥公园提升改造全面完成。", "柳湾公园、石桥公园"),  # a list of parks, no one area
    ("青溪电池材料产业园二期开工建设。", "青溪电池材料产业园"),  # a park of one investment, by its industry
    ("城北农贸市场改造完成。", "城北农贸市场"),  # a market upgraded: no area of rule 3
    ("新区二期开工建设。", "新区"),  # the area by its kind alone
])
def test_no_area_of_a_list_an_investment_a_market_or_a_kind(tmp_path, text, not_place):
    assert not_place not in review_names(tmp_path, "Place", text, HEAD)
