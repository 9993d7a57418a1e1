"""Issue 10, session 30 (hl30): links and works the Hailar reports state and the rules missed or
misread. (1) A works whose name opens with an area's kind alone, after the sentence named that area
in full ("启动西山生态景观区规划,完成景观区一期绿化工程"): it is at the place the area's name opens
with. (2) A park whose building goes on as a whole ("X产业园项目扎实推进", "X物流园稳步推进"), then a
clause that opens with works: those are not put in the park, unlike after "加快X产业园建设" (the gold of
hailar-2014 links neither 主题酒店 nor 文化交流中心 to the park). (3) Works listed before
"等配套项目" after the sentence named an area: they support that area, so are in it. (4) A bare facility
that only runs as before ("污水处理厂运行良好"), a square listed among the areas some works is done in
("A、B等重点区域的绿化"), a kind of base grown in scale ("…种薯基地规模化发展") and a base whose building
is paired with another direction of growth ("新农村建设和X度假基地建设协调发展") are no works (ANNOTATION
rule 7, rule 11). Sentences written in the genre's phrasing; each test fails without its rule."""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_projects

HEAD = "某县2023年政府工作报告"


@pytest.mark.parametrize("text, link", [
    ("启动龙山生态景观区规划，完成景观区一期绿化工程。", ("景观区一期绿化工程", "龙山")),
    ("启动龙山风景区规划，建成景区游客服务中心工程。", ("景区游客服务中心工程", "龙山风景区")),
])
def test_a_works_opening_with_an_area_kind_is_in_the_area_named_before(tmp_path, text, link):
    assert link in review_located(tmp_path, text, HEAD)


def test_an_area_kind_with_no_area_named_before_places_nothing(tmp_path):
    # the kind stands for no area of this sentence: the works is not put anywhere by it
    got = review_located(tmp_path, "完成景观区一期绿化工程，龙山公园免费开放。", HEAD)
    assert not any(w == "景观区一期绿化工程" for w, _ in got), got


@pytest.mark.parametrize("text, park, works", [
    ("中俄文化产业园项目扎实推进，民俗酒店、非遗展示中心等工程主体完工。",
     "中俄文化产业园", ("民俗酒店", "非遗展示中心")),
    ("城东现代物流园稳步推进，冷链仓储中心、电商快递分拨中心建成投用。",
     "城东现代物流园", ("冷链仓储中心", "电商快递分拨中心")),
])
def test_the_works_listed_after_a_park_going_on_are_not_put_in_the_park(tmp_path, text, park, works):
    got = review_located(tmp_path, text, HEAD)
    for w in works:
        assert (w, park) not in got, got


def test_a_bare_facility_running_as_before_is_no_works(tmp_path):
    got = review_projects(tmp_path, "城市基础设施进一步完善，自来水厂、污水处理厂运行良好，新建供水管网12公里。")
    assert "污水处理厂" not in got, got


def test_a_bare_facility_opened_and_running_is_still_works(tmp_path):
    assert "污水处理厂" in review_projects(tmp_path, "污水处理厂建成运行，日处理能力达到2万吨。")


@pytest.mark.parametrize("text, not_works", [
    ("全面开展了老城组团、高铁站站前广场、人民广场等重点区域的环境整治工作。", {"高铁站站前广场", "人民广场"}),
    ("对城东客运站站前广场等重点地段进行绿化提升。", {"城东客运站站前广场"}),
])
def test_squares_listed_as_areas_some_works_is_done_in_are_no_works(tmp_path, text, not_works):
    got = review_projects(tmp_path, text)
    assert not not_works & got, got


@pytest.mark.parametrize("text, not_works", [
    ("推动马铃薯种薯基地标准化、规模化建设，带动农户增收。", "马铃薯种薯基地"),
    ("扶持马铃薯种薯基地规模化发展。", "马铃薯种薯基地"),
])
def test_a_kind_of_base_grown_in_scale_is_no_works(tmp_path, text, not_works):
    assert not_works not in review_projects(tmp_path, text)



def test_supporting_works_listed_after_an_area_are_in_it(tmp_path):
    text = "完成龙山风景区总体规划，加快推进游客集散中心、观光栈道等配套项目建设。"
    got = review_located(tmp_path, text, HEAD)
    assert ("游客集散中心", "龙山风景区") in got, got


def test_supporting_works_after_no_area_are_placed_nowhere_by_it(tmp_path):
    # a town is no area the works support: "配套" says nothing of where they are
    got = review_located(tmp_path, "城关镇人口持续增加，加快推进游客集散中心等配套项目建设。", HEAD)
    assert not any(w == "游客集散中心" for w, _ in got), got


COUNTY = "宁城县2023年政府工作报告"  # a local report: a site of common words it builds is a works there


@pytest.mark.parametrize("text, not_works", [
    ("促进新农村建设和城市居民休闲度假基地建设协调发展，加快新型城镇化建设步伐。", "城市居民休闲度假基地"),
    ("推动美丽乡村建设与城郊生态休闲农业基地建设有机结合。", "城郊生态休闲农业基地"),
])
def test_a_base_paired_with_another_direction_of_growth_is_no_works(tmp_path, text, not_works):
    assert not_works not in review_projects(tmp_path, text, COUNTY)


def test_a_base_the_local_report_builds_is_still_works(tmp_path):
    assert "城郊生态休闲农业基地" in review_projects(tmp_path, "加快城郊生态休闲农业基地建设。", COUNTY)
