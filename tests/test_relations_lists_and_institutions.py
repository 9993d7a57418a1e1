"""Relation rules (issue 10) on real sentences of reports, given the entities in
the order the extractor finds them: each test fails without its rule, and each has a twin that the
rule must leave alone."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


def test_a_place_opening_an_unfound_first_item_of_a_list_locates_no_later_item(tmp_path):
    # Hailar 2013: 哈萨尔 opens "哈萨尔和东升路两个市民广场", the list's first works (not found whole);
    # 伊敏河沿河公园, the next item, is not said to be in 哈萨尔
    s = "双拥广场全面竣工，哈萨尔和东升路两个市民广场、伊敏河沿河公园等工程进展顺利。"
    got = links(tmp_path, s, [(PROJECT, "双拥广场"), (PLACE, "哈萨尔"), (PLACE, "东升路"), (PROJECT, "伊敏河沿河公园")],
                "海拉尔区")
    assert ("locatedIn", "伊敏河沿河公园", "哈萨尔") not in got


def test_a_place_opening_an_unfound_works_name_before_a_list_mark_locates_nothing_after(tmp_path):
    # a fresh page (Yexian 2017): 马头山 opens 马头山风电, found only as a place; 平煤神马's works
    # after the list mark are not in 马头山
    s = "马头山风电、平煤神马100兆瓦光伏发电项目实现部分并网发电。"
    got = links(tmp_path, s, [(PLACE, "马头山"), (PROJECT, "平煤神马100兆瓦光伏发电项目")], "叶县")
    assert ("locatedIn", "平煤神马100兆瓦光伏发电项目", "马头山") not in got


def test_a_place_opening_its_clause_with_a_lead_word_before_its_works_still_locates_them(tmp_path):
    # a fresh page (Hunan 2023): the place, a word, then the list: no list mark right before the
    # first works, so the place is the clause's subject
    s = "洞庭湖区重点垸堤防加固一期、椒花水库、大兴寨水库加快建设。"
    got = links(tmp_path, s, [(PLACE, "洞庭湖区"), (PROJECT, "重点垸堤防加固一期"), (PROJECT, "椒花水库"),
                              (PROJECT, "大兴寨水库")], "湖南省")
    assert ("locatedIn", "椒花水库", "洞庭湖区") in got


def test_an_institution_closing_the_works_name_is_what_they_build_not_a_party(tmp_path):
    # heldtext2 shijingshan-2025: the works convert a coal store into a museum; 博物馆 takes no part
    s = "深入推动“两园一河”协同联动发展，开工建设煤仓改建博物馆项目。"
    got = links(tmp_path, s, [(PROJECT, "煤仓改建博物馆项目"), (ORG, "博物馆")], "北京市石景山区")
    assert ("participatesIn", "博物馆", "煤仓改建博物馆项目") not in got
    # a fresh page (Banian 2020): the school the works build after 及
    s = "目前3.5亿美元的南光集团商业综合体及双语学校项目正抓紧对接。"
    got = links(tmp_path, s, [(PROJECT, "南光集团商业综合体及双语学校项目"), (ORG, "南光集团"), (ORG, "双语学校")],
                "八年镇")
    assert ("participatesIn", "双语学校", "南光集团商业综合体及双语学校项目") not in got
    assert ("participatesIn", "南光集团", "南光集团商业综合体及双语学校项目") in got


def test_an_institution_opening_the_works_name_still_takes_part(tmp_path):
    # Hailar 2015: the district hospital's emergency centre is its works
    s = "区医院120急救中心项目开工建设。"
    got = links(tmp_path, s, [(ORG, "区医院"), (PROJECT, "区医院120急救中心项目")], "海拉尔区")
    assert ("participatesIn", "区医院", "区医院120急救中心项目") in got


def test_a_place_before_a_list_of_names_still_locates_the_works_of_the_list(tmp_path):
    # devtext3 yuncheng-2024: after 中心城区 two roads joined by 和, the first not found: the place
    # still opens the clause and holds the works; and so where the first is found as a place
    s = "中心城区人民南路和南城墙街等主干道雨污分流及道路提升改造完成。"
    got = links(tmp_path, s, [(PLACE, "中心城区"), (PROJECT, "南城墙街")], "运城市")
    assert ("locatedIn", "南城墙街", "中心城区") in got
    s = "中心城区人民南路、南城墙街等主干道雨污分流及道路提升改造完成。"
    got = links(tmp_path, s, [(PLACE, "中心城区"), (PLACE, "人民南路"), (PROJECT, "南城墙街")], "运城市")
    assert ("locatedIn", "南城墙街", "中心城区") in got
