"""Participation (session 47, issue 10): a base, park or new town named by a place and an industry
("某某新区石化产业园", "某北能源化工基地": rel_sector_zone_heads.txt) is that industry's zone at that place;
the place and industry, read as a company (as 江城石化 would be one), take no part in it. A trade name before
the industry still makes a company's park. Made-up names on the genre's pattern; the first test fails
without kg.resolve.relations._sector_zone. A street named with a company's word ("某尔路改造工程") is no
company's works either (kg.resolve.relations._street_named_after)."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某市2020年政府工作报告"


def test_a_place_and_an_industry_before_a_parks_head_name_no_company(tmp_path):
    _, _, links = review_graph(tmp_path, "江城新区石化产业园加快建设。", REPORT)
    assert not links, links
    _, _, links = review_graph(tmp_path, "推进陕北能源化工基地建设。", REPORT)
    assert not links, links


def test_a_trade_name_before_the_industry_still_builds_its_park(tmp_path):
    _, orgs, links = review_graph(tmp_path, "华诚新材料产业园开工建设。", REPORT)
    assert ("华诚新材料", "华诚新材料产业园") in links, (orgs, links)
    _, orgs, links = review_graph(tmp_path, "江城华诚新材料产业园开工建设。", REPORT)
    assert ("华诚", "江城华诚新材料产业园") in links, (orgs, links)


def test_a_street_named_with_a_companys_word_is_no_company_works(tmp_path):
    # "某尔路改造工程": the works are on a street whose name holds the word, not the company's
    _, _, links = review_graph(tmp_path, "推进华诚路南延工程。", REPORT)
    assert ("华诚", "华诚路南延工程") not in links, links
    # a company's own road works still are its ("X道路改造工程": 道路 is a word of roads)
    _, _, links = review_graph(tmp_path, "宽衍集团道路改造工程完工。", REPORT)
    assert ("宽衍集团", "宽衍集团道路改造工程") in links, links
