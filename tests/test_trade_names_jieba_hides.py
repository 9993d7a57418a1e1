"""participatesIn where a works' name opens with its company's trade name and jieba's cut hides it
(session 64, issue 10: on city, district and county reports nearly every missed link's company is a
trade name no dictionary holds). Three shapes of the genre's works names:
- a trade word glued by jieba's HMM to the trade name ("昌一锂|能|项目": 昌一锂 is no word of any
  dictionary, 锂能 the company's trade; kg/extract/genre.py `_glued_trade_end`);
- a product's Latin acronym right after the trade name ("嘉瀛LNG": org_not_company_acronyms.txt, its
  lines with no role; `_latin_product_at`);
- a brand of two common characters the HMM put together before a trade ("安盛|矿业": the strict test
  reads 安盛 as no name; kg/extract/organizations.py `_brand_stem` given the trade's end);
- and the size of what a chip line makes where a capacity stands ("鼎芯12英寸…生产线": 英寸 marked size in
  genre_capacity_units.txt closes the trade name as 万吨 does).
Sentences written in the genre's phrasing with made-up names; the whole pipeline runs on each. Each
guard has a sentence that must not make a company."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_trade_word_glued_to_the_trade_name(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "昌一锂能项目一期建成投产,新增产值12亿元。", HEAD)
    assert "昌一锂能项目一期" in projects
    assert ("昌一锂能", "昌一锂能项目一期") in links


def test_trade_word_glued_before_a_bare_project_head(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "恒一锂能项目开工建设。", HEAD)
    assert ("恒一锂能", "恒一锂能项目") in links


def test_no_glued_trade_after_a_scope_word(tmp_path):
    # 全省 is a scope word jieba knows; no trade name opens the works
    _, orgs, links = review_graph(tmp_path, "全省锂能项目开工建设。", HEAD)
    assert not links
    assert not any(o.startswith("全") for o in orgs)


def test_trade_name_before_a_product_acronym(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "嘉瀛LNG等多个百亿级项目落地建设。", HEAD)
    assert "嘉瀛LNG" in projects
    assert ("嘉瀛", "嘉瀛LNG") in links


@pytest.mark.parametrize("sentence", [
    "完成城区LED路灯改造。",  # a common word before the acronym: the works' site, no trade name
    "推进县城污水处理PPP项目建设。",  # a mode of finance (not_product) names no company's product
])
def test_no_company_before_an_acronym(tmp_path, sentence):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not links
    assert not orgs


def test_brand_of_common_characters_before_its_trade(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "德顺铸业炼钢车间、安盛矿业露天转地下等工程建成投产。", HEAD)
    assert "安盛矿业露天转地下" in projects
    assert ("安盛矿业", "安盛矿业露天转地下") in links


def test_no_guessed_brand_before_a_works_kind(tmp_path):
    # 科技中心 is the works' kind: the trade name alone is the company, not the trade name and 科技
    _, orgs, links = review_graph(tmp_path, "东草科技中心项目开工建设。", HEAD)
    assert "东草科技" not in orgs
    assert not any(o == "东草科技" for o, _ in links)


def test_trade_name_before_a_wafer_size(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "鼎芯12英寸特色工艺生产线、嘉意8英寸碳化硅晶圆等项目建成投产。", HEAD)
    assert {"鼎芯12英寸特色工艺生产线", "嘉意8英寸碳化硅晶圆"} <= projects
    assert {("鼎芯", "鼎芯12英寸特色工艺生产线"), ("嘉意", "嘉意8英寸碳化硅晶圆")} <= links


def test_no_company_before_the_size_of_a_scope(tmp_path):
    _, orgs, links = review_graph(tmp_path, "全市12英寸晶圆产能提升20%。", HEAD)
    assert not links
    assert not orgs
