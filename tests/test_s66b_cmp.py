"""Session 66b, cmp: a works named by its company's trade name and the kind of product its plant makes,
alone or with a phase ("某某食品", "某某汽配", "某某轮胎三期", "某某铜箔二期首条生产线"): the company is the
trade name alone, the product is the plant's (org_plant_product_kinds.txt, organizations.py
`cut_before_plant_product`), where a trade companies register as their form ("某某印刷二期", "某某锂业")
or more of the works' name after the product ("某某食品制罐生产线") keeps the longer name. Sentences
written in the genre's wording."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2019年某县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # a list of works, each its company's plant for a product, one with its phase
    ("恒泰轮胎三期、鸿程汽配、某某大道改造等项目竣工投产。", "恒泰", "恒泰轮胎三期"),
    # the sum invested before a food maker's plant
    ("总投资3.5亿元的瑞鑫食品等项目相继落户。", "瑞鑫", "瑞鑫食品"),
    # a product jieba reads as one word with the trade name, the works' phase after it
    ("泓川铜箔二期首条生产线、某某路改造等一批项目建成投产。", "泓川", "泓川铜箔二期"),
])
def test_trade_name_before_plant_product_is_the_company(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert company in orgs and (company, works) in links
    whole = works[:len(company) + 2]
    assert whole not in orgs and (whole, works) not in links


def test_product_before_more_of_the_works_name_stays_in_the_company(tmp_path):
    # near miss: a works' name going on after the product (a production line) keeps the company's form
    projects, orgs, links = review_graph(tmp_path, "瑞鑫食品制罐生产线建成投产。", HEAD)
    assert "瑞鑫" not in orgs


def test_unit_of_the_sum_invested_opens_no_company_name(tmp_path):
    # written in the genre: the sum invested, then the company's trade name and trade opening its works
    projects, orgs, links = review_graph(tmp_path, "投资5亿元瑞翔科技高端颜料项目落户城东工业园区。", HEAD)
    assert "瑞翔科技高端颜料项目" in projects
    assert "瑞翔科技" in orgs and ("瑞翔科技", "瑞翔科技高端颜料项目") in links
    assert "亿元瑞翔科技" not in orgs
