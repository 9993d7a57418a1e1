"""participatesIn in the lists of investment projects of city, district and county reports (session 64,
issue 10, round three):
- a trade name before an industry word that opens with a descriptor's characters ("X|智能制造": 智能 is a
  descriptor of org_works_descriptors.txt, 智能制造 an industry of industries.txt, whole): the industry
  names the company's works (kg/extract/organizations.py `_described_industry`);
- the sum invested in a works found by its head stands before its name and is no part of it ("30亿元X
  换电站": kg/extract/projects.py `_head_works_or_zone`), so the works' name opens with its company's.
Sentences written in the genre's phrasing with made-up names; the whole pipeline runs on each. Each rule
has a sentence where it must not make a company or keep a sum."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_trade_name_before_an_industry_opening_with_a_descriptor(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "全年新签约泓逸智能制造、澜岳新能源汽车等一批工业项目。", HEAD)
    assert "泓逸智能制造" in projects
    assert ("泓逸", "泓逸智能制造") in links
    assert ("澜岳", "澜岳新能源汽车") in links


@pytest.mark.parametrize("sentence", [
    "加快推进智能制造产业园建设。",  # the industry alone opens the works: no trade name before it
    "全县智能制造项目开工建设。",  # a scope word before the industry, no company
])
def test_no_company_before_an_industry_alone(tmp_path, sentence):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not links
    assert not orgs


def test_sum_invested_is_no_part_of_a_works_found_by_its_head(tmp_path):
    projects, _, _ = review_graph(
        tmp_path, "重点项目加快推进,30亿元澜岳新能源换电站开工建设。", HEAD)
    assert "澜岳新能源换电站" in projects
    assert not any(p[0].isdigit() for p in projects)


def test_a_figure_that_is_no_sum_stays_in_the_name(tmp_path):
    # a capacity (万千瓦) is part of how the report names the works (ANNOTATION: 年产40万吨…项目)
    projects, _, _ = review_graph(tmp_path, "建成临川30万千瓦光伏电站。", HEAD)
    assert any("30万千瓦" in p for p in projects)


def test_express_carrier_opening_its_logistics_park(tmp_path):
    # companies_opening_works.txt: a carrier's short name that is a common word, opening its works' name
    projects, orgs, links = review_graph(tmp_path, "中通临川智慧物流园建成运营,新增就业800人。", HEAD)
    assert ("中通", "中通临川智慧物流园") in links


@pytest.mark.parametrize("sentence", [
    "抢抓新一轮科技革命浪潮,数字经济加快发展。",  # the common word alone, opening no works
    "圆通村道路硬化工程全面完工。",  # a village named by the word: the works' place, no carrier
])
def test_no_carrier_where_the_word_opens_no_works(tmp_path, sentence):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(o in ("浪潮", "圆通") for o in orgs)
    assert not any(o in ("浪潮", "圆通") for o, _ in links)
