"""Issue 10, session 31 (hl31): a park built as a whole whose works the sentence then lists, where
the park's clause is not the sentence's first. (1) Clauses that name nothing may open the sentence as
its frame ("一是按照省级物流园区标准，科学编制发展规划，加快推进X物流园区建设，…"): the park's clause
still opens what the sentence says, and the target clauses after it list the park's works. (2) 年内
sets a target within the year as 确保 does ("加快X物流园区建设，年内完成A、B"). (3) A named park
opening the name of works of its own ("X国际物流园区道路续建工程") is a place inside that name, where
the works are (ANNOTATION rules 3 and 8); not a park's phase, extension or building ("X产业园二期工程",
"X工业园区扩建工程"), a city park's section, nor a bare kind ("园区铁路专用线"). Sentences written in
the genre's phrasing; each test fails without its rule, but the guards of (3), which pass before too,
save the park extended: before, a zone named after a place and followed by 扩建 was a place
(place_zone_building_words.txt now has 扩建, 改扩建, 续建)."""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_names

HEAD = "某市2023年政府工作报告"


@pytest.mark.parametrize("text, park, works", [
    ("二是按照省级物流园区标准，科学编制发展规划，加快推进临港国际物流园区建设，确保冷链仓储中心、电商分拨中心投入运营。",
     "临港国际物流园区", ("冷链仓储中心", "电商分拨中心")),
    ("坚持规划引领，强化要素保障，全力推进嘉禾现代农业产业园建设，确保农产品交易市场、冷链物流中心建成投用。",
     "嘉禾现代农业产业园", ("农产品交易市场", "冷链物流中心")),
])
def test_clauses_naming_nothing_frame_a_park_built_with_its_works(tmp_path, text, park, works):
    got = review_located(tmp_path, text, HEAD)
    for w in works:
        assert (w, park) in got, got


@pytest.mark.parametrize("text, park, works", [
    ("加快推进东盟国际物流园建设，年内开工建设冷链仓储中心、跨境电商监管中心。",
     "东盟国际物流园", ("冷链仓储中心", "跨境电商监管中心")),
    ("一是按照自治区级标准，科学制定发展规划，加速推进北疆国际物流园区建设，年内建成冷链仓储中心和保税物流中心。",
     "北疆国际物流园区", ("冷链仓储中心",)),
])
def test_works_to_finish_within_the_year_are_the_parks(tmp_path, text, park, works):
    got = review_located(tmp_path, text, HEAD)
    for w in works:
        assert (w, park) in got, got


def test_a_clause_naming_other_works_first_still_opens_the_sentence(tmp_path):
    # the first clause builds a road, not the park: the works after are not said to be in the park
    got = review_located(tmp_path, "完成西外环路改造，加快推进城东物流园区建设，年内完成冷链仓储中心建设。", HEAD)
    assert not any(pl == "城东物流园区" for _, pl in got), got


@pytest.mark.parametrize("text, works, park", [
    ("东兴国际物流园区道路续建工程基本完工。", "东兴国际物流园区道路续建工程", "东兴国际物流园区"),
    ("金桥经济开发区供热管网工程开工建设。", "金桥经济开发区供热管网工程", "金桥经济开发区"),
    ("青山工业园区道路工程完工，园区污水管网同步建成。", "青山工业园区道路工程", "青山工业园区"),
])
def test_a_named_park_opening_a_works_name_is_where_the_works_is(tmp_path, text, works, park):
    assert (works, park) in review_located(tmp_path, text, HEAD)


@pytest.mark.parametrize("text, not_place", [
    ("武陵山产业园二期工程全面启动。", "武陵山产业园"),  # the park's own phase: the park is built
    ("开工建设园区铁路专用线。", "园区"),  # a bare kind names no park
    ("滨河工业园区扩建工程开工建设。", "滨河工业园区"),  # the park extended, no works in it
    ("东江公园下游段建成开放。", "东江公园"),  # a city park's own section
])
def test_a_park_phase_or_a_bare_kind_is_no_place_inside_the_works(tmp_path, text, not_place):
    got = review_names(tmp_path, "Place", text, HEAD)
    assert not_place not in got, got
