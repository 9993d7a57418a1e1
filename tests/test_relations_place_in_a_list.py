"""Relation rules (issue 10) on real sentences of reports, given the entities in
the order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

from kg.extract import PLACE, PROJECT
from tests.test_relations_parks_and_signing import links
from tests.test_relations import links as links_of_names


def test_a_place_that_is_an_item_of_a_list_of_works_does_not_locate_the_next_items(tmp_path):
    # a fresh page (Yexian 2017): 德远电子工业园 is the list's first works (found as a place, a
    # park: ANNOTATION rule 3), not the subject of the clause; 广达铝业二期 is not said to be in it
    s = "金晶大豆多糖二期项目建成投产，德远电子工业园、广达铝业二期等项目顺利推进。"
    got = links(tmp_path, s, [(PROJECT, "金晶大豆多糖二期项目"), (PLACE, "德远电子工业园"),
                              (PROJECT, "广达铝业二期")], "叶县")
    assert ("locatedIn", "广达铝业二期", "德远电子工业园") not in got


def test_a_place_opening_its_clause_before_its_works_still_locates_them(tmp_path):
    # the same place, then its works with no list mark between (qianjiang-2019's "濯水景区毕兹卡
    # 水乐园、旅游电商中心投用"), and a list of places before the works
    s = "德远电子工业园电子元件项目、广达铝业二期建成投产。"
    got = links(tmp_path, s, [(PLACE, "德远电子工业园"), (PROJECT, "电子元件项目"), (PROJECT, "广达铝业二期")], "叶县")
    assert {("locatedIn", "电子元件项目", "德远电子工业园"), ("locatedIn", "广达铝业二期", "德远电子工业园")} <= got


def test_works_in_the_style_of_a_place_elsewhere_are_not_in_it(tmp_path):
    """"俄罗斯风情街" in a border city is in the style of Russia, not in Russia; a street in the style
    of the report's own area is in it (location.txt, role themed)."""
    got = links_of_names(tmp_path, "建成俄罗斯风情街和韩国风格商业街，海拉尔风情街开街运营。",
                         places=["俄罗斯", "韩国", "海拉尔"], projects=["俄罗斯风情街", "韩国风格商业街", "海拉尔风情街"],
                         area="内蒙古自治区呼伦贝尔市海拉尔区")
    assert not any(a in ("俄罗斯风情街", "韩国风格商业街") for _, a, _ in got)
    assert ("locatedIn", "海拉尔风情街", "海拉尔区") in got


def test_a_place_before_a_later_works_takes_it_from_the_place_opening_the_clause(tmp_path):
    # gongyi-2014: each town before its own works (the first works not found whole): 长寿山旅游度假区
    # is 竹林镇's, not 回郭镇's, which only opens the clause
    s = "回郭镇铝精深加工专业园区、竹林镇长寿山旅游度假区、河洛镇石窟寺文化园区加快建设。"
    got = links(tmp_path, s, [(PLACE, "回郭镇"), (PLACE, "竹林镇"), (PROJECT, "长寿山旅游度假区"),
                              (PLACE, "河洛镇"), (PROJECT, "石窟寺文化园区")], "巩义市")
    assert ("locatedIn", "长寿山旅游度假区", "回郭镇") not in got
    assert ("locatedIn", "石窟寺文化园区", "回郭镇") not in got


def test_places_listed_bare_before_one_works_still_share_it(tmp_path):
    # gongyi-2014: the towns listed before the park, the one opening the clause too
    s = "站街镇、芝田镇、米河镇耐材产业园完成整合。"
    got = links(tmp_path, s, [(PLACE, "站街镇"), (PLACE, "芝田镇"), (PLACE, "米河镇"), (PROJECT, "耐材产业园")], "巩义市")
    assert ("locatedIn", "耐材产业园", "站街镇") in got
    # the towns between share it too
    assert ("locatedIn", "耐材产业园", "芝田镇") in got
