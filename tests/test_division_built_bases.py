"""Bases and zones a plan gives the divisions written as a clause's subject to build ("包头、通辽打造高端铝后加工
基地") are one undertaking each, though their words are common (kg.extract.built_zones.extract_division_built_bases,
genre_division_built_bases.txt; ANNOTATION rules 3, 7 and 11); with no division before the verb, a rank or scope,
or two kinds joined by 及, none. Sentences of the 2026 plans of 内蒙古, 江苏 and 辽宁 (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

_NEIMENGGU = ("支持包头打造精品钢材基地，鄂尔多斯打造高铝粉煤灰综合利用基地，包头、通辽打造高端铝后加工基地，"
              "赤峰打造绿色锂产业基地和高端有色金属产业集聚区。")


def test_each_base_a_division_builds_is_a_project(tmp_path):
    projects, _, _ = review_graph(tmp_path, _NEIMENGGU, "内蒙古自治区政府工作报告")
    assert_found(projects, {"精品钢材基地", "高铝粉煤灰综合利用基地", "高端铝后加工基地", "绿色锂产业基地", "高端有色金属产业集聚区"},
                 set())


def test_two_divisions_joined_build_one_base(tmp_path):
    projects, _, _ = review_graph(tmp_path, "支持淮安、常州打造盐穴综合利用示范基地。", "江苏省政府工作报告")
    assert_found(projects, {"盐穴综合利用示范基地"}, set())


def test_no_division_a_rank_or_joined_kinds_give_none(tmp_path):
    projects, _, _ = review_graph(tmp_path, "支持铁岭、朝阳打造现代农业及农产品精深加工基地，打造数控机床产业基地，"
                                  "聚力打造全国重要的新能源及新能源装备制造基地。", "辽宁省政府工作报告")
    assert_found(projects, set(), {"现代农业及农产品精深加工基地", "数控机床产业基地", "全国重要的新能源及新能源装备制造基地"})
