"""A works' name that opens with its make or kind (分布式, 集中式, 新型, 装配式: org_works_descriptors.txt and
the manner finals 式/型/性 of org_manner_finals.txt) opens with no company; a trade name beside it still does."""
from __future__ import annotations

import pytest

from kg.model import ORG, PROJECT
from tests.conftest import report_names, report_pairs

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("make, works", [
    ("分布式", "分布式光伏电站"),
    ("新型", "新型储能电站"),
    ("装配式", "装配式建筑产业园"),
])
def test_a_make_opening_a_listed_works_is_no_company(tmp_path, make, works):
    pairs = report_pairs(tmp_path, HEAD, f"签约中沄通达储能电池组装、琨珂实业冷链物流园、{works}等项目12个。")
    assert (PROJECT, works) in pairs
    assert (ORG, make) not in pairs
    assert (ORG, "琨珂实业") in pairs  # the company opening its list-mate is still read


def test_a_trade_name_opening_a_works_is_still_a_company(tmp_path):
    orgs = report_names(tmp_path, ORG, HEAD, "全年签约华象科技多种金属复合板、琨珂实业冷链物流园等项目12个。")
    assert {"华象科技", "琨珂实业"} <= orgs


@pytest.mark.parametrize("kind", ["总部型", "公益性"])
def test_a_kind_before_xiangmu_is_no_trade_name_project(tmp_path, kind):
    # "合众项目投产" names the company by its trade name; "公益性项目" a kind of works (a final of
    # org_manner_finals.txt), no company and no works of its own
    pairs = report_pairs(tmp_path, HEAD, f"合众项目投产、{kind}项目完成厂房建设，天际项目开工。")
    assert {(ORG, "合众"), (ORG, "天际")} <= pairs
    assert (ORG, kind) not in pairs and (PROJECT, f"{kind}项目") not in pairs
