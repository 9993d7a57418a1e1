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
