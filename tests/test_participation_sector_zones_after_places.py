"""Participation (session 47, issue 10): a base, park or new town named by a place and an industry
("某某新区石化产业园", "某北能源化工基地": rel_sector_zone_heads.txt) is that industry's zone at that place;
the place and industry, read as a company (as 抚顺石化 is one), take no part in it. A trade name before
the industry still makes a company's park. Made-up names on the genre's pattern; the first test fails
without kg.resolve.relations._sector_zone."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某市2020年政府工作报告"


def test_a_place_and_an_industry_before_a_parks_head_name_no_company(tmp_path):
    _, _, links = review_graph(tmp_path, "兰州新区石化产业园加快建设。", REPORT)
    assert not links, links
    _, _, links = review_graph(tmp_path, "推进陕北能源化工基地建设。", REPORT)
    assert not links, links


def test_a_trade_name_before_the_industry_still_builds_its_park(tmp_path):
    _, orgs, links = review_graph(tmp_path, "华诚新材料产业园开工建设。", REPORT)
    assert ("华诚新材料", "华诚新材料产业园") in links, (orgs, links)
    _, orgs, links = review_graph(tmp_path, "江城华诚新材料产业园开工建设。", REPORT)
    assert ("华诚", "江城华诚新材料产业园") in links, (orgs, links)
