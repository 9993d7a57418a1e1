"""participatesIn on reports kg has never seen (session 29, issue 10): a list of companies' works in
which each item carries the sum invested in it ("总投资120亿元的A、总投资80亿元的B等项目"): the sum is no
part of the item and does not count toward its length, so the items are works and their companies
take part in them; and a company's trade (高科) before the ordinal that opens its product's description
("X高科第6代…"), where jieba glues 第 to the trade's last character. Sentences written in the genre's
phrasing; the whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_items_each_with_its_sum_are_the_companies_works(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "总投资120亿元的恒晟光电第6代柔性显示模组、总投资80亿元的瑞川新材料高端电子铜箔生产线等项目签约落地。", HEAD)
    assert {"恒晟光电第6代柔性显示模组", "瑞川新材料高端电子铜箔生产线"} <= projects
    assert ("恒晟光电", "恒晟光电第6代柔性显示模组") in links
    assert ("瑞川新材料", "瑞川新材料高端电子铜箔生产线") in links


def test_an_items_sum_without_a_list_label_names_no_works(tmp_path):
    # no 等…项目 closes the list: sums and goods, no works
    projects, _, _ = review_graph(tmp_path, "总投资120亿元的柔性显示模组、总投资80亿元的电子铜箔陆续到货。", HEAD)
    assert not {"柔性显示模组", "电子铜箔"} & projects


def test_a_company_trade_ends_before_the_ordinal_of_its_product(tmp_path):
    _, orgs, links = review_graph(
        tmp_path, "总投资60亿元的蓝思高科第6代柔性显示模组、总投资80亿元的瑞川新材料高端电子铜箔生产线等项目签约落地。", HEAD)
    assert "蓝思高科" in orgs and "蓝思" not in orgs
    assert ("蓝思高科", "蓝思高科第6代柔性显示模组") in links
