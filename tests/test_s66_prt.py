"""participatesIn of companies named at the head of their works (session 66, prt; ANNOTATION rule 8).
Printers and biotech makers write their short names as trade name + 印刷 / 生物科技 (org_company_trades.txt),
so the works "某某印刷二期", "某某生物科技1万吨…项目" open with the company whole, not its bare trade name.
A county name of other provinces only (no place of the report's province) opening a listed works beside a
company's works is that company's trade name (organizations.py `_county_elsewhere_only`), while a county of
the report's own province there is the site. Sentences: tests/real ningxia-2026-review, and ones written in
the genre's wording."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works, bare", [
    # written in the genre: a printer's plant and its phase
    ("恒泽印刷二期、某某大道改造等20个项目开工建设。", "恒泽印刷", "恒泽印刷二期", "恒泽"),
    # written in the genre: a biotech maker's plant, its capacity and product
    ("橙禾生物科技1万吨枳壳加工项目进展顺利。", "橙禾生物科技", "橙禾生物科技1万吨枳壳加工项目", "橙禾生物"),
])
def test_printer_and_biotech_trades_end_the_company_name(tmp_path, sentence, company, works, bare):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert company in orgs and (company, works) in links
    assert bare not in orgs and (bare, works) not in links


# tests/real ningxia-2026-review: 宝丰 (宝丰县 is in Henan) opens a works listed beside 中石化's
LISTED = "中石化特种纤维、宝丰第二套煤制烯烃、创盛碳化硅晶体、飞鹤婴幼儿配方奶粉等1700多个新项目开工。"


def test_county_of_another_province_opening_a_listed_works_is_a_company(tmp_path):
    projects, orgs, links = review_graph(tmp_path, LISTED, "2025年宁夏回族自治区政府工作报告")
    assert "宝丰第二套煤制烯烃" in projects
    assert "宝丰" in orgs and ("宝丰", "宝丰第二套煤制烯烃") in links


def test_county_of_the_reports_own_province_stays_the_site(tmp_path):
    _, orgs, links = review_graph(tmp_path, LISTED, "2025年河南省人民政府工作报告")
    assert "宝丰" not in orgs and ("宝丰", "宝丰第二套煤制烯烃") not in links


def test_a_common_word_that_names_a_county_elsewhere_is_no_trade_name(tmp_path):
    # written in the genre: 东方 (东方市 is in Hainan) is a common word; the company is 东方发电 whole
    _, orgs, _ = review_graph(tmp_path, "总投资34亿元的中储粮、东方发电、隆腾新材料等18个续建项目投产达效。", HEAD)
    assert "东方发电" in orgs and "东方" not in orgs


# tests/real zhejiang-2026: a list of works named by their site and their company
SITED = "推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。"


def test_a_company_after_its_site_takes_part_in_its_plant_there(tmp_path):
    projects, orgs, links = review_graph(tmp_path, SITED, "2026年浙江省人民政府工作报告")
    assert "杭州海康机器人" in projects and "海康机器人" in orgs
    assert ("海康机器人", "杭州海康机器人") in links


def test_a_name_with_no_trade_after_its_site_stays_the_establishment(tmp_path):
    # the same list with a company name that ends in no trade: the rule asks the trade (机器人, 锂业)
    _, orgs, links = review_graph(tmp_path, SITED.replace("海康机器人", "阿里巴巴"), "2026年浙江省人民政府工作报告")
    assert "阿里巴巴" in orgs and ("阿里巴巴", "杭州阿里巴巴") not in links


@pytest.mark.parametrize("sentence, hospital, works", [
    # tests/real gansu-2026: the university's short form, then 二院 (its second hospital)
    ("加快推进省人民医院国家重大传染病防治基地、兰大二院国家紧急医学救援基地等重点项目。", "兰大二院", "兰大二院国家紧急医学救援基地"),
    # written in the genre: the university's short form, then 附院 (its affiliated hospital)
    ("宁大附院东部医疗中心建成投用。", "宁大附院", "宁大附院东部医疗中心"),
])
def test_a_university_hospital_by_its_short_form_takes_part_in_its_works(tmp_path, sentence, hospital, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects and hospital in orgs
    assert (hospital, works) in links


def test_a_verb_ending_in_da_before_a_hospital_head_is_no_university(tmp_path):
    # 加大/v: "加大二院建设力度" names no hospital
    _, orgs, _ = review_graph(tmp_path, "加大二院建设力度，完善医疗服务体系。", HEAD)
    assert not any(o.endswith("二院") for o in orgs)
