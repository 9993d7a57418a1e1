"""Organization rules (issues 9, 10) on real sentences of the genre; each sentence is put in
a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names


def orgs(tmp_path, head: str, *lines: str) -> set[str]:
    return report_names(tmp_path, "Organization", head, *lines)


def test_a_company_named_before_the_city_of_its_site_is_a_company(tmp_path):
    # company, then the city its plant stands in, then the facility: the company alone
    found = orgs(tmp_path, "菏泽市人民政府工作报告", "33个重点项目完成投资89.9亿元，圆通菏泽智创园等10个项目建成投运。")
    assert "圆通" in found
    found = orgs(tmp_path, "宁德市人民政府工作报告", "上汽宁德基地启动投产，一期项目实际产能30万辆。")
    assert "上汽" in found
    assert not {"圆通菏泽", "上汽宁德"} & found


def test_a_common_word_before_a_city_is_no_company(tmp_path):
    # a slogan's word before the city ("智慧菏泽", "美丽宁德") names no company
    found = orgs(tmp_path, "菏泽市人民政府工作报告", "智慧菏泽建设项目全面推进，美丽宁德示范区建设加快。")
    assert not {"智慧", "美丽"} & found


def test_a_kind_of_business_before_an_industry_is_no_company(tmp_path):
    # 冷链物流, 仓储物流: a sector opening a works' name, not a company's trade name
    found = orgs(tmp_path, "霞浦县人民政府工作报告",
                 "推进恒达储能设备、台水集散中心保税仓及冷链物流集散中心、新加坡海源集团智能水产加工等项目建设。")
    assert not {"冷链", "冷链物流"} & found
    assert "新加坡海源集团" in found  # the company in the same list is still found
    found = orgs(tmp_path, "北镇市人民政府工作报告", "五峰农业产业园完成30万吨稻米加工和仓储物流项目，循环产业链条进一步延伸。")
    assert not {"仓储", "仓储物流"} & found
    found = orgs(tmp_path, "甘州区人民政府工作报告", "饲草饲料基地入选国家现代农业科技试验示范基地。")
    assert "现代农业科技" not in found
