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
