"""participatesIn where a works' name opens with a company's trade name and its trade word 油脂 right
before the works' capacity (session 63, prt): "中粮油脂年产60万吨油料" (jilin-2026 and its review). The
product comes after the capacity, so the trade word before it closes the company's short name
(org_company_trades.txt 油脂; kg/resolve/entities.py `_trade_before_capacity`, which keeps a known
company's name with its trade there instead of cutting it to the group, 中粮). The whole pipeline runs
on each sentence."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_a_known_group_and_its_trade_before_the_capacity(tmp_path):
    # jilin-2026: the works is the oil crusher's, 中粮油脂, not the group's product
    projects, orgs, links = review_graph(tmp_path, "抓好中粮油脂年产60万吨油料等项目建设。", HEAD)
    assert "中粮油脂年产60万吨油料" in projects
    assert ("中粮油脂", "中粮油脂年产60万吨油料") in links
    assert ("中粮", "中粮油脂年产60万吨油料") not in links
    assert {"中粮油脂", "中粮"} <= orgs  # the group named inside its company's name (ANNOTATION rule 8)


def test_a_trade_name_and_its_trade_before_the_capacity(tmp_path):
    # a made-up crusher in the same phrasing: 油脂 is part of its name before the capacity
    projects, orgs, links = review_graph(tmp_path, "丰禾油脂年产60万吨油料、东岭铝电50万吨电解铝等项目加快建设。", HEAD)
    assert ("丰禾油脂", "丰禾油脂年产60万吨油料") in links
    assert "丰禾" not in orgs


def test_a_known_group_and_its_product_without_a_capacity(tmp_path):
    # the guard: a product after the group's name with no capacity after it stays the works' (中海油)
    projects, orgs, links = review_graph(tmp_path, "中海油新材料、比亚迪半导体等重大项目加快建设。", HEAD)
    assert "中海油" in orgs and "中海油新材料" not in orgs
    assert ("比亚迪", "比亚迪半导体") in links
