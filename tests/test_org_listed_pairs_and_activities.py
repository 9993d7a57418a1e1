"""The items of a list of companies closed by 等…企业 (kg.extract.organizations.extract_enumerated_orgs):
an item that joins two names by a conjunction is the two companies ("海乳与蒙西煤矿等企业", hailar-2018:
海乳 and 蒙西煤矿, not one company "海乳与蒙西煤矿"), and an item made of common words only that ends in a
verb or verbal noun is a business activity, no company ("火箭总装测试", "卫星数据应用" in hainan-2026;
"退税或抵免税" in national-2009). Sentences as the design texts write them."""
from __future__ import annotations

from tests.conftest import review_graph


def test_two_companies_joined_in_one_item(tmp_path):
    projects, orgs, _ = review_graph(
        tmp_path, "抓好传统工业优化升级。积极推进海啤集团白酒生产线迁建、海乳与蒙西煤矿等企业改造升级，扶持康益药业做大高效乳酸菌项目。",
        "2018年海拉尔区政府工作报告")
    assert {"海乳", "蒙西煤矿", "海啤集团"} <= orgs
    assert "海乳与蒙西煤矿" not in orgs | projects


def test_activities_listed_before_companies(tmp_path):
    _, orgs, _ = review_graph(
        tmp_path, "推动商业航天产业集聚，吸引卫星研发制造、火箭总装测试、卫星数据应用等企业落户。", "2026年海南省政府工作报告")
    assert not orgs & {"火箭总装测试", "卫星数据应用", "卫星研发制造"}


def test_measures_listed_before_companies(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "采取减税、退税或抵免税等多种方式减轻企业负担。", "2009年国务院政府工作报告")
    assert not any("税" in o for o in orgs)


def test_trade_names_still_listed(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "支持华德牧业、蒙拓机械等机械装备制造企业科技创新。", "2018年海拉尔区政府工作报告")
    assert {"华德牧业", "蒙拓机械"} <= orgs
