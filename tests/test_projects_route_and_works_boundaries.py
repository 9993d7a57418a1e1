"""Where a works' name begins and ends, and the places it is linked to (issues 9 and 10): the
action after a phase ("某某古镇二期开发项目") or two actions joined by 与 ("某某灌区续建配套与节水改造
工程") are words of the name; an express line, an ecological belt and a zone two places share (with a
dash) are works; a plant's line named by its output rate is the works, its owner's branch apart; the
water or old town opening a works' name, both short ends of an urban road and a zone after a route's
至 are places; three characters before 高铁 are a railway's ends, no river. Sentences written in the
genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names, review_located, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # an action after a phase, or two joined by 与 after a facility: one works' name
    ("石塘古镇二期开发项目完成主体工程。", {"石塘古镇二期开发项目"}, {"石塘古镇二期"}),
    ("青溪古村三期保护开发项目加快推进。", {"青溪古村三期保护开发项目"}, {"青溪古村三期"}),
    # a phase with no name before it names no works
    ("星河广场一期建成开业,二期开发项目启动建设。", {"星河广场一期"}, {"二期开发项目"}),
    ("洛阳河灌区续建配套与节水改造工程完成投资1.5亿元。", {"洛阳河灌区续建配套与节水改造工程"}, {"节水改造工程"}),
    ("丰源灌区续建配套与现代化改造工程完成年度任务。", {"丰源灌区续建配套与现代化改造工程"}, {"现代化改造工程"}),
    # a zone two places build together, named by both with a dash
    ("推动石城—龙岩产业合作区基础设施建设。", {"石城—龙岩产业合作区"}, {"龙岩产业合作区"}),
    ("石城—汀州产业协作区签约共建。", {"石城—汀州产业协作区"}, set()),
    # an express line by its ends and its kind, an ecological belt along a river
    ("南关至北岭城际快线完成可研。", {"南关至北岭城际快线"}, {"南关至北岭城际"}),
    ("加快建设东坝至西岭城市快线。", {"东坝至西岭城市快线"}, set()),
    ("加快清溪河生态景观带一期建设。", {"清溪河生态景观带一期"}, set()),
    # a route whose last end jieba cuts into an adverb and a measure: the name runs back over both ends
    ("加快建设张掖至扁都口高速公路。", {"张掖至扁都口高速公路"}, {"扁都口高速公路"}),
    # a service named by its destination is no works, with 快线 or without
    ("开通中欧班列快线。", set(), {"中欧班列快线"}),
    # a plant's line named by its output rate: the works, the branch of the company apart
    ("丰谷粮油集团南山分公司年加工30万吨稻谷生产线建成投产。", {"年加工30万吨稻谷生产线"},
     {"丰谷粮油集团南山分公司年加工30万吨稻谷生产线"}),
    ("华牧食品集团东湾分公司年屠宰50万头生猪生产线技改完成。", {"年屠宰50万头生猪生产线技改"},
     {"华牧食品集团东湾分公司年屠宰50万头生猪生产线技改"}),
    # a school or hospital a stage only construction reaches follows is built anew; one that builds
    # something else is not
    ("石城新区实验学校建成招生,新增学位2400个。", {"石城新区实验学校"}, set()),
    ("县人民医院建成胸痛中心,服务能力提升。", set(), {"县人民医院"}),
    # a line closed down is no works
    ("依法关停石岭水泥有限公司日产500吨熟料生产线。", set(), {"日产500吨熟料生产线"}),
])
def test_works_boundaries(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_waters_and_old_towns_opening_works_are_places(tmp_path):
    found = report_names(tmp_path, "Place", "2025年石城市人民政府工作报告", "", "一、工作回顾", "",
                         "洛阳河灌区续建配套与节水改造工程完成投资1.5亿元。", "浯江水环境提升工程完成治理河道12公里。",
                         "石塘古镇二期开发项目完成主体工程。", "加快推进沿江生态景观带建设工作。",
                         "大河灌区续建配套与节水改造工程完成。")
    assert {"洛阳河", "浯江", "石塘古镇"} <= found, found
    assert not {"沿江", "大河"} & found  # along the river, a big river: waters in general, no name


def test_route_ends_and_zones_after_a_route(tmp_path):
    found = report_names(tmp_path, "Place", "2025年石城市人民政府工作报告", "", "一、工作回顾", "",
                         "翠屏湖至大学城城市道路建成通车,城区路网更加完善。", "南湖至高铁新区城市道路全线贯通。")
    assert {"翠屏湖", "大学城", "高铁新区"} <= found, found
    assert "南湖至高铁新区" not in found


def test_rail_initials_are_no_river(tmp_path):
    found = report_names(tmp_path, "Place", "2025年石城市人民政府工作报告", "", "一、工作回顾", "",
                         "推进昆玉河高铁前期工作。")
    assert "昆玉河" not in found, found


def test_a_park_where_the_clause_builds_is_a_place_and_holds_the_works(tmp_path):
    links = review_located(tmp_path, "在龙岭工业园建设年产5万吨绿色食品加工项目。", "2025年石城市人民政府工作报告")
    assert ("年产5万吨绿色食品加工项目", "龙岭工业园") in links, links
    assert report_names(tmp_path, "Project", "2025年石城市人民政府工作报告", "", "一、工作回顾", "",
                        "在龙岭工业园建设年产5万吨绿色食品加工项目。") == {"年产5万吨绿色食品加工项目"}


def test_works_linked_to_the_water_and_old_town_they_open_with(tmp_path):
    links = review_located(tmp_path, "浯江水环境提升工程完成。石塘古镇二期开发项目完成主体工程。",
                           "2025年石城市人民政府工作报告")
    assert {("浯江水环境提升工程", "浯江"), ("石塘古镇二期开发项目", "石塘古镇")} <= links, links


def test_a_new_area_written_short_after_a_cloud_brand(tmp_path):
    # "X云" is a company's cloud brand: the new area's short form after it (贵安 of 贵安新区, jieba
    # reading 云贵 as one word) is where the works lies; a trade name before 云 is no place (阿里, 阿里地区)
    links = review_located(tmp_path, "支持贵安新区加快发展。百度云贵安灾备项目二期开工建设。推进阿里云两江数据中心建设。",
                           "2024年贵阳市人民政府工作报告")
    assert ("百度云贵安灾备项目二期", "贵安新区") in links, links
    assert not {p for w, p in links if w == "阿里云两江数据中心"} & {"阿里地区", "阿里"}, links


def test_a_river_named_after_its_city_is_where_the_works_lies(tmp_path):
    # "义乌江"-type: the river the works is on, a place of its own, not the city it is named after
    links = review_located(tmp_path, "支持永康市建设五金产业基地。永康江水环境提升工程完成治理河道15公里。",
                           "2024年金华市人民政府工作报告")
    assert ("永康江水环境提升工程", "永康江") in links, links
    assert ("永康江水环境提升工程", "永康市") not in links, links


def test_a_works_named_by_its_output_runs_back_to_the_rate(tmp_path):
    # the product's word jieba tags an adverb (正极/ad) stops no walk before the rate; the zone where
    # the clause builds is a place that holds the works; a list's 等 is no part of a product
    links = review_located(tmp_path, "在龙岭经开区建设年产20万吨锂电正极材料项目,当年签约当年开工。", "2025年石城市人民政府工作报告")
    assert ("年产20万吨锂电正极材料项目", "龙岭经开区") in links, links
    found = projects(tmp_path, "年产8万吨高碳铬铁等项目建成投产。")
    assert "年产8万吨高碳铬铁等项目" not in found, found


@pytest.mark.parametrize("sentence,found,not_found", [
    # a scope opener (全州, 全县) right before a route's 至 is the route's first end, a county's name
    ("全州至资源高速公路建成通车。", {"全州至资源高速公路"}, {"至资源高速公路"}),
])
def test_scope_word_before_a_routes_to_is_its_end(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
