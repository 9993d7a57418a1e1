"""A company's short name that ends in its field (org_field_trades.txt: 半导体, 光子, 机器人, 生物) keeps the
field where its works' name goes on with the product the plant makes (session 58, org2:
organizations._field_trade_before_product): "仕佳光子通信芯片" is 仕佳光子's works, not 仕佳's. Sentences of the
Henan, Jilin and Zhejiang 2026 plan parts (tests/real/); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("head, sentence, company, works", [
    ("2026年河南省人民政府工作报告", "推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设。",
     "仕佳光子", "仕佳光子通信芯片"),
    ("2026年河南省人民政府工作报告", "推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设。",
     "众擎机器人", "众擎机器人全球生产制造中心"),
    ("2026年吉林省人民政府工作报告", "加快建设长春百克生物制药研发生产基地。",
     "百克生物", "长春百克生物制药研发生产基地"),
    ("2026年浙江省人民政府工作报告", "开工建设杭州芯光半导体芯片、沪乍杭铁路、诸暨至嵊州高速公路等项目。",
     "芯光半导体", "杭州芯光半导体芯片"),
], ids=["photonics", "robots", "biotech_after_city", "semiconductor_after_city"])
def test_the_company_keeps_its_field_before_the_product(tmp_path, head, sentence, company, works):
    _, orgs, links = review_graph(tmp_path, sentence, head)
    assert company in orgs
    assert (company, works) in links


def test_a_qualifier_of_the_product_stays_out_of_the_name(tmp_path):
    # 新能源 qualifies the car parts the works make (qualifies_a_product): the company is 美利信 alone
    _, orgs, _ = review_graph(tmp_path, "加快美利信新能源汽车结构件项目建设。", "2026年重庆市人民政府工作报告")
    assert "美利信" in orgs and "美利信新能源" not in orgs
