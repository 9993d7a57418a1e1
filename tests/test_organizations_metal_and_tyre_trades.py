"""Organizations (session 50, pa51): 硅业, 镁业 and 钛业 end a company's short name after any brand
(brand_heads.txt), so a company written so is found where it builds ("某某镁业在某县建设的…项目",
"支持某某钛业新建…"); 轮胎 ends one where it opens the name of its works (org_company_trades.txt:
"某某轮胎年产…项目"), never after a tyre's kind (全钢子午线轮胎 is a product). Invented names in the genre."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2023年青川县人民政府工作报告"


def test_a_magnesium_company_building_its_works(tmp_path):
    _, orgs, links = review_graph(tmp_path, "青禾镁业在回龙镇建设的金属镁一体化项目投产。", HEAD)
    assert "青禾镁业" in orgs and ("青禾镁业", "金属镁一体化项目") in links


def test_a_titanium_company_supported_to_build(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "支持青禾钛业新建2万吨海绵钛生产线。", HEAD)
    assert "青禾钛业" in orgs


def test_a_tyre_company_opening_its_works(tmp_path):
    _, orgs, links = review_graph(tmp_path, "青禾轮胎年产1200万条轮胎项目完成主体工程。", HEAD)
    assert "青禾轮胎" in orgs and "青禾" not in orgs
    assert ("青禾轮胎", "青禾轮胎年产1200万条轮胎项目") in links


def test_a_kind_of_tyre_is_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "建设年产500万条全钢子午线轮胎项目，推进废旧轮胎综合利用。", HEAD)
    assert not any("轮胎" in o for o in orgs)


def test_a_silicon_company_named_after_a_place_opening_its_works(tmp_path):
    """硅业 and 镁业 are marked `place` (org_company_trades.txt): after a place's name alone, a continent or
    a division, they still make a company's short name where it opens its works."""
    _, orgs, links = review_graph(tmp_path, "推进非洲硅业电子级多晶硅三期、青川镁业金属镁一体化配套项目建设。", HEAD)
    assert {"非洲硅业", "青川镁业"} <= orgs
    assert {("非洲硅业", "非洲硅业电子级多晶硅三期"), ("青川镁业", "青川镁业金属镁一体化配套项目")} <= links


def test_a_places_silicon_trade_is_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "发展青川县硅业，建设多晶硅产业园。", HEAD)
    assert not any("硅业" in o for o in orgs)
