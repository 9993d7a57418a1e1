"""Participation (session 54, pp65): a builder at a site written as two places one after another, a
division then its zone ("X在某县某某经济开发区建设的P", "X在某市某某工业园区投资建设P"): the site is every
place written after 在, so the builder's verb is found past the zone and the builder takes part in the
works, not in the zone. The first test fails without the rule (kg.extract.attributes._past_site); the
other guards its edge. Divisions are real counties of kg/lexicons/divisions.tsv (a split into two places
needs a known division first); the companies, zones and works are made up."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某市2023年政府工作报告"


def test_a_builder_at_a_county_and_its_zone_builds_the_works(tmp_path):
    _, _, links = review_graph(tmp_path, "澄江集团在宜良县白石山经济开发区建设的铜冶炼技术改造项目建成投产。", REPORT)
    assert ("澄江集团", "铜冶炼技术改造项目") in links, links
    _, _, links = review_graph(
        tmp_path, "禾丰科技股份有限公司在汝州市云溪工业园区投资建设年产10万吨新材料项目。", REPORT)
    assert ("禾丰科技股份有限公司", "年产10万吨新材料项目") in links, links


def test_a_builder_at_a_county_and_its_zone_takes_no_part_in_the_zone(tmp_path):
    _, _, links = review_graph(tmp_path, "澄江集团在宜良县白石山经济开发区建设的铜冶炼技术改造项目建成投产。", REPORT)
    assert not {(o, p) for o, p in links if o == "澄江集团" and "开发区" in p}, links
