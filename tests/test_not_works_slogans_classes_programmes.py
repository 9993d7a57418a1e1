"""Project mentions that name no works by their words alone (kg.resolve.not_works), on the wording of
the design texts: a slogan of the way to go ("走开放路"), a policy aim opened by 普及 or 拓宽, a size
class bounded by 以下/以上, a kind of dwelling or gas line done everywhere (危房, 天然气管道), an
enforcement drive on traffic order, and programmes of industry, farming, food safety, culture and
cooperation named 工程 (ANNOTATION rule 12). A name that only looks like one stays a works."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works
from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("name,why", [
    ("走开放路", "predicate"),  # zhejiang-2026-outline
    ("走长征路", "predicate"),  # hailar-2018
    ("普及高中阶段教育", "predicate"),  # national-2016-review
    ("10蒸吨以下燃煤锅炉改造", "class"),  # hailar-2018
    ("沿海港口万吨级以上泊位", "class"),  # shandong-2026-review
    ("危房改造", "kind"),  # national-2015, hl17
    ("天然气管道", "kind"),  # hailar-2019
    ("交通秩序整治", "campaign"),  # hailar-2018
    ("共链工程", "programme"),  # liaoning-2026
    ("满园工程", "programme"),  # heilongjiang-2026
    ("光电信息先进制造业集群建设工程", "programme"),  # jilin-2026, jilin-2026-review
    ("优质粮食产业工程", "programme"),  # national-2004-review
    ("乡村振兴补短板工程", "programme"),  # liaoning-2026-review
    ("食品放心工程", "programme"),  # fujian-2026-outline
    ("黄梅戏曲本典藏工程", "programme"),  # anhui-2026-outline
    ("新时代山海协作工程", "programme"),  # zhejiang-2026-outline
    ("服务护航工程", "programme"),  # xizang-2026-review
])
def test_names_of_no_works(name, why):
    assert names_no_works(name) == why


@pytest.mark.parametrize("name", [
    "淮河干流浮山以下段行洪区工程",  # a reach below a place (anhui-2026-review's gold)
    "中国企业“走出去”综合服务基地",  # 走出去 is no slogan road
    "赣鄱氢走廊", "光谷科创大走廊",  # 走廊 a word of its own
    "西气东输三线天然气管道",  # a named line
    "农村饮水安全巩固提升工程",  # hailar-2019's gold
    "滨河路拓宽改造",  # a road's widening (tests/test_relations_numbered_headings_and_zones_built_in.py)
])
def test_works_that_only_look_like_them(name):
    assert names_no_works(name) is None


@pytest.mark.parametrize("sentence,found,not_found", [
    ("坚定不移吃改革饭、走开放路、打创新牌，持续释放体制机制活力。", set(), {"走开放路"}),
    ("积极开展交通秩序整治，编制完成主城区综合交通整治规划。", set(), {"交通秩序整治"}),
    ("投资4890万元实施10蒸吨以下燃煤锅炉改造，完成178座燃煤锅炉拆改。", set(), {"10蒸吨以下燃煤锅炉改造"}),
    ("深入实施乡村振兴补短板工程，完成农村集中供水工程313处。", set(), {"乡村振兴补短板工程"}),
    ("加快推进东山组团雨水排放工程等项目进展，大力实施供水、供热、天然气管道、排水等市政项目建设。",
     {"东山组团雨水排放工程"}, {"天然气管道"}),
])
def test_in_a_report(tmp_path, sentence, found, not_found):
    projects = review_graph(tmp_path, sentence, "2018年海拉尔区政府工作报告")[0]
    assert_found(projects, found, not_found)
