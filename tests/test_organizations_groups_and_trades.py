"""Organizations (session 50, pa50): the short name of a known company that only opens the name of a
subsidiary registered under its own legal form ("某网某县供电公司", "某铁某局集团有限公司") is not an
organization of the report (the report filter groups_in_subsidiary_names); one that opens a branch's
name (分公司, 支行) stays, as does one the report writes alone elsewhere; 生物 ends a company's short name
(org_company_trades.txt). Invented names in the genre."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2023年青川县人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_the_group_opening_a_registered_subsidiary_is_not_kept(tmp_path):
    orgs = _orgs(tmp_path, "国网青川县供电公司建成110千伏石门变电站，中铁二十二局集团有限公司承建的青川大桥建成通车。")
    assert {"国网青川县供电公司", "中铁二十二局集团有限公司"} <= orgs
    assert not {"国网", "中铁"} & orgs


def test_the_group_opening_a_branch_stays(tmp_path):
    orgs = _orgs(tmp_path, "中国移动青川分公司新建基站30个。")
    assert {"中国移动", "中国移动青川分公司"} <= orgs


def test_the_group_written_alone_elsewhere_stays(tmp_path):
    orgs = _orgs(tmp_path, "中铁二十二局集团有限公司承建的青川大桥建成通车，与中铁签订战略合作协议。")
    assert "中铁" in orgs


def test_a_biotech_company_opening_its_works(tmp_path):
    """生物 ends a company's short name after its trade name (org_company_trades.txt), as 药业 does."""
    _, orgs, links = review_graph(tmp_path, "推进澄禾钢铁绿色精品钢二期、青禾生物长效干扰素产业化基地开工建设。", HEAD)
    assert "青禾生物" in orgs and ("青禾生物", "青禾生物长效干扰素产业化基地") in links
