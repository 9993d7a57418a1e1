"""Participation (session 54, pp65): a builder at a site written as two places one after another, a
division then its zone ("X在某县某某经济开发区建设的P", "X在某市某某工业园区投资建设P"): the site is every
place written after 在, so the builder's verb is found past the zone and the builder takes part in the
works, not in the zone. A zone found both as a place and as works, written as the site where works
settle or run (after 在 or a `settle` word of location.txt: 落户, not the company's own 入驻), is no works an organization takes
part in. The first and third tests fail without the rules (kg.extract.attributes._past_site,
_written_as_site); the others guard their edges. Divisions are real counties of kg/lexicons/divisions.tsv (a split into two places
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


def test_a_zone_written_as_the_site_where_works_settle_is_no_works_of_the_organization(tmp_path):
    # "P落户某某工业园", "X与Y合作的P成功落户某某高新区": the zone, found as a place as well, is where the works
    # are (a company that moves in itself, "X入驻某某产业园", still takes part: participation.txt 入驻)
    _, _, links = review_graph(tmp_path, "江城电器与华诚光电签约合作建设的液晶模组项目落户汝州工业园。", REPORT)
    assert not {(o, p) for o, p in links if p == "汝州工业园"}, links
    _, _, links = review_graph(tmp_path, "宽衍集团与华诚汽车合作的新能源汽车零部件项目成功落户汝州高新区。", REPORT)
    assert not {(o, p) for o, p in links if p == "汝州高新区"}, links


def test_a_builder_at_a_zone_still_builds_the_works_after_it(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍集团在宜良经济技术开发区投资建设智能装备产业园。", REPORT)
    assert ("宽衍集团", "智能装备产业园") in links, links
