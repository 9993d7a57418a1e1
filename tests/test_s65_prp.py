"""Session 65, project precision and boundaries (kg.resolve.not_works, kg.extract.projects' list of works,
kg.resolve.entities' names as written): a positioning slogan of counted zones is no works; an ordinal of
firsts is no part of the works' name (a 新建 before a works' head stays: a city before it names where); one example before 等
and its kind is the example (where it has a head) or nothing; a place listed before the works done at it
is no works; a copy in traditional characters names its entities as it writes them. Sentences from
tests/real (the State Council's and provinces' reports) or, for the city and county excerpts, written in
the genre's phrasing with made-up names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_names


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾市政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    # hainan-2026-review: the free-trade port's positioning slogan
    ("我们牢记嘱托、感恩奋进，紧紧围绕建设“三区一中心”战略定位，科学谋划封关前后的各项工作。", set(), {"三区一中心"}),
    # a county's positioning, written as in a county report (made-up county)
    ("编制完成《青禾县战略规划》，“四区一基地”功能定位精准锚定。", set(), {"四区一基地"}),
])
def test_counted_positioning_slogan_is_no_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_slogan_before_a_works_head_stays_a_name():
    from kg.resolve.not_works import names_no_works
    assert names_no_works("三区一中心") == "slogan"
    assert names_no_works("一部一基地六中心区域应急工程") is None  # hunan-2026-outline's works
    assert names_no_works("三北六期") is None  # the shelterbelt programme's sixth phase (hebei-2026)


def test_ordinal_of_firsts_is_no_part_of_the_name(tmp_path):
    # hainan-2026-review
    got = projects(tmp_path, "西门子能源燃机总装基地及服务中心项目开工。全球首个商用海底数据中心、海底智算中心投入使用。")
    assert_found(got, {"商用海底数据中心"}, {"全球首个商用海底数据中心"})


@pytest.mark.parametrize("sentence,found,not_found", [
    # beijing-2026: one example with its own head before 等 and the kind
    ("加快建设北方工业大学延庆校区等市属高校新校区，推动宣武医院房山院区等新院区开工建设。",
     {"宣武医院房山院区"}, {"宣武医院房山院区等新院区"}),
    # jiangsu-2026-review: labs named by their places, the kind after 等
    ("苏州实验室获批全面展开建设，紫金山、太湖、钟山、云龙湖等实验室加快建设。", set(), {"云龙湖等实验室"}),
    # henan-2026: a list of names sharing the kind after 等 is one works, as written
    ("开工建设豫东水资源配置工程，实施赵口、陆浑、渠村等灌区现代化改造。", {"赵口、陆浑、渠村等灌区现代化改造"}, set()),
])
def test_one_example_before_its_kind(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_places_listed_before_the_works_done_at_them(tmp_path):
    # neimenggu-2026: ports listed before the upgrade works of the ports
    sentence = "实施满洲里、二连浩特、甘其毛都、策克、满都拉等重点口岸提升工程，加快建设中蒙二连浩特—扎门乌德经济合作区。"
    got = review_graph(tmp_path, sentence, "2026年内蒙古自治区政府工作报告")[0]
    assert_found(got, {"中蒙二连浩特—扎门乌德经济合作区"}, {"满洲里", "二连浩特"})
    assert {"满洲里", "二连浩特", "策克"} <= review_names(tmp_path, "Place", sentence, "2026年内蒙古自治区政府工作报告")


_TRADITIONAL = ("2024年青禾縣政府工作報告\n\n一、2023年工作回顧\n\n"
                "過去一年，在縣委的堅強領導下，全縣上下統籌發展和安全，經濟社會發展取得新成效。"
                "簽約項目13個，簽約金額117.1億元，電子信息產業園等轉型項目簽約落地。"
                "一般公共預算收入4.4億元，增長8.5%。\n")


def test_traditional_copy_names_as_written(tmp_path):
    from kg.model import PROJECT
    from kg.pipeline import build
    path = tmp_path / "report.txt"
    path.write_text(_TRADITIONAL, encoding="utf-8")
    report = build(path).report
    names = {e.name for e in report.entities.values() if e.type == PROJECT}
    assert "電子信息產業園" in names and "电子信息产业园" not in names
    assert {ob.unit for ob in report.observations} >= {"億元"}


@pytest.mark.parametrize("sentence,found,not_found", [
    # gansu-2026: the city designated a node of the freight service, no works
    ("稳定重要原料进口，扩大优势产品出口。加快兰州中欧班列节点城市建设。", set(), {"兰州中欧班列", "兰州中欧班列节点城市"}),
    # henan-2026: the service's assembly centre is a works
    ("深化拓展郑州—卢森堡“空中丝路”合作模式，持续释放郑州中欧班列集结中心辐射带动力。", {"郑州中欧班列集结中心"}, set()),
])
def test_node_city_of_a_service_is_no_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # chongqing-2026: a route's section in a division, the route's name outside the brackets
    ("加强大足石刻保护利用，推进白鹤梁题刻、蜀道（重庆段）等申遗，提档建设钓鱼城国家考古遗址公园。", set(), {"重庆段"}),
    # yixian-2019 (sample): a road's section named with the road stays a works
    ("加快推进西南外环、易水湖环湖路、百兴路等重点道路建设，完成容易线易县段和县城收费站扩建征迁工作。", {"容易线易县段"}, set()),
])
def test_a_divisions_section_alone_is_no_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_a_lead_word_that_opens_a_route_is_its_first_end(tmp_path):
    # "G345新建至宁陕段": 新建 is the town the section starts at, not the verb cut before a works' name
    # (as in "榆树园区新建污水处理厂"); written in the genre of a county report
    from tests.conftest import review_graph

    projects, _, _ = review_graph(tmp_path, "实施60个重点项目建设,宁石高速、G210新建至安康段、庙坪至双河公路全线推进。",
                                  "2021年某某县人民政府工作报告")
    assert "G210新建至安康段" in projects, projects
