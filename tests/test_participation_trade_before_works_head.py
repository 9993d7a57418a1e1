"""The company before a works named by a trade and a works' head (session 57, pi), read in the annotated
design text hl19 (海拉尔区 2019): "蒙草科技中心项目开工建设" — the gold names the company 蒙草, which takes part
in 蒙草科技中心项目; the rule kept the trade 科技 in the company's name (蒙草科技), so the organization and its
link were both off. A company trade right before a works' head (works_heads(): 中心, 园, 城…) is the
works' kind, as an industry before a park's head is the park's sector in _trade_before_product
("海螺|新材料|产业园"): kg.extract.organizations._company_name_end. Where the product goes on after the
trade ("康达源医药智能物流仓库"), the trade stays the company's."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2019年海拉尔区人民政府工作报告"


def test_a_trade_and_a_works_head_are_the_works_kind(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "乡村振兴战略顺利推进,呼伦贝尔现代农牧业产业园完成总体规划设计,蒙草科技中心项目开工建设。", HEAD)
    assert "蒙草科技中心项目" in projects
    assert "蒙草" in orgs and "蒙草科技" not in orgs
    assert ("蒙草", "蒙草科技中心项目") in links


def test_a_trade_before_a_product_stays_the_companys(tmp_path):
    _, orgs, links = review_graph(tmp_path, "推进康达源医药智能物流仓库建设。", HEAD)
    assert ("康达源医药", "康达源医药智能物流仓库") in links
