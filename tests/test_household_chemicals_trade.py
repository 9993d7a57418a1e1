"""Session 60 (org): 日化 ends a company's short name after its trade name where the name opens a works'
name (org_company_trades.txt), and stays in it before the chemicals the works make
(org_trades_before_products.txt): the maker 金科日化, not its bare trade name 金科, takes part in the
works. A sentence of tianjin-2026; the whole pipeline runs on it."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_household_chemicals_maker_takes_part(tmp_path):
    works = "金科日化精细化工"
    projects, orgs, links = review_graph(
        tmp_path, "实施中石化催化剂、中海油新材料、燕山石化绿色新材料、金科日化精细化工等重点项目。", HEAD)
    assert works in projects
    assert ("金科日化", works) in links
    assert "金科" not in orgs
