"""Organizations and participatesIn where a laundry's trade name and its trade 洗涤 open a works' phase
(session 63, pc3): "某某洗涤二期" names the company 某某洗涤 (GB/T 4754-2017 8051 洗染服务; one line of
kg/lexicons/org_company_trades.txt), which takes part in its second phase (ANNOTATION rule 8). jieba tags
洗涤 a verb, so the run of proper words stopped before it and no company was read. The sentences are
written in the genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_a_laundrys_trade_name_before_its_phase(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "金澜洗涤二期、宏达物流园等续建项目稳步推进。", HEAD)
    assert "金澜洗涤二期" in projects
    assert "金澜洗涤" in orgs
    assert ("金澜洗涤", "金澜洗涤二期") in links


def test_a_hospitals_laundry_is_no_company(tmp_path):
    # the guard: a laundry centre named by its kind after a hospital names no company (the hospital builds it)
    _, orgs, _ = review_graph(tmp_path, "建成区人民医院医用织物洗涤中心。", HEAD)
    assert not any(o.endswith("洗涤") for o in orgs)


def test_the_linen_washed_is_no_trade_name(tmp_path):
    # the guard: the goods a laundry washes (布草, jieba's nr) before 洗涤 name no company (org_laundered_goods.txt)
    _, orgs, links = review_graph(tmp_path, "布草洗涤二期、宏达物流园等续建项目稳步推进。", HEAD)
    assert "布草洗涤" not in orgs and "布草" not in orgs
    assert ("宏达", "宏达物流园") in links
