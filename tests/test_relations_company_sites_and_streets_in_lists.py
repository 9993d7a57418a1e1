"""Relation rules (issue 10, session 46) on general examples of the genre's grammar, given the
entities in the order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


def test_works_on_a_plant_named_trade_name_place_plant_are_in_that_place(tmp_path):
    # a made-up example of a power group's plant named 字号 + 地名 + 电厂 (rel_company_site_heads.txt):
    # the plant stands in 德州, so does its second phase, even in another province's report; a place
    # opening a company's name there is still only where the company comes from
    s = "华能德州电厂二期开工建设，德州永盛集团年产5万吨纸业项目投产。"
    got = links(tmp_path, s, [(PROJECT, "华能德州电厂二期"), (ORG, "华能德州电厂"), (ORG, "华能"), (PLACE, "德州"),
                              (PROJECT, "德州永盛集团年产5万吨纸业项目"), (ORG, "德州永盛集团")], "河北省")
    assert ("locatedIn", "华能德州电厂二期", "德州市") in got
    assert ("locatedIn", "德州永盛集团年产5万吨纸业项目", "德州市") not in got


def test_a_company_institute_named_after_its_city_holds_its_works(tmp_path):
    # made up: a company's research institute in a city (字号 + 地名 + 研究院)
    s = "推进中兴南京研究院二期建设。"
    got = links(tmp_path, s, [(PROJECT, "中兴南京研究院二期"), (ORG, "中兴南京研究院"), (ORG, "中兴"), (PLACE, "南京")],
                "上海市")
    assert ("locatedIn", "中兴南京研究院二期", "南京市") in got


def test_a_street_named_after_a_place_is_no_place_of_its_own_item(tmp_path):
    # made up: the new area opening the first works' name holds the list; the avenue named after the
    # Yellow River is not in the river, so it does not make the list one of places and their works
    s = "临港新区滨河路、黄河大道东延段建成通车。"
    got = links(tmp_path, s, [(PROJECT, "临港新区滨河路"), (PLACE, "临港新区"), (PROJECT, "黄河大道东延段"),
                              (PLACE, "黄河")], "山东省东营市")
    assert ("locatedIn", "黄河大道东延段", "临港新区") in got
    assert ("locatedIn", "黄河大道东延段", "黄河") not in got


def test_a_street_named_after_the_own_area_is_its_items_place(tmp_path):
    # made up: a street named after the report's own district is in it, an item with a place of its
    # own, so the new area opening the first item is not its place
    s = "临港新区商务区、金台大道商圈建设进展顺利。"
    got = links(tmp_path, s, [(PROJECT, "临港新区商务区"), (PLACE, "临港新区"), (PROJECT, "金台大道商圈"),
                              (PLACE, "金台")], "宝鸡市金台区")
    assert ("locatedIn", "金台大道商圈", "临港新区") not in got
