"""Participation (session 47, issue 10): what is not taking part, on made-up sentences in the genre's
phrasing. An organization named as an item of a list of works that is signed ("A研究院、B产业基地、
C研发中心签约落地") is one of the things signed, not the party that signs for its list-mates; a clause
that closes on 建设 as a noun after an organization ("推进江城大学“双一流”建设，建成P") names that
organization's construction, pushed by the report's own voice: the works of the next clause are not
carried to it. A list of builders acts past the list of sites after it ("X、Y在A港区、B港区建设P"). A
partner of a list read as works as well is no works of its list-mates ("与A大学、B学院签订…"); an
organization before "、" and the next item's own builder and verb takes no part in that item. The first
test of each fails without the rule (kg.extract.attributes._listed_among_works, _names_its_building,
_past_site, _verb_start, set_participation); the others guard their edges."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某县2023年政府工作报告"


def test_an_organization_listed_among_signed_works_signs_for_none_of_them(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍集团江城研究院、华诚电子长沙产业基地、恒岳电子长沙研发中心签约落地。", REPORT)
    assert not {(o, p) for o, p in links if o == "宽衍集团江城研究院"}, links
    # each company named inside its own works still takes part in them
    assert {("华诚电子", "华诚电子长沙产业基地"), ("恒岳电子", "恒岳电子长沙研发中心")} <= links


def test_an_organization_listed_last_among_signed_works(tmp_path):
    _, _, links = review_graph(tmp_path, "华诚电子长沙产业基地、江城大学南湖研究院签约落地。", REPORT)
    assert ("江城大学南湖研究院", "华诚电子长沙产业基地") not in links, links


def test_companies_that_sign_for_works_after_them_still_take_part(tmp_path):
    # a list of companies, then the signing verb and the works: each signs
    _, _, links = review_graph(tmp_path, "宽衍集团、华诚科技有限公司签约江城智能装备产业园项目。", REPORT)
    assert {("宽衍集团", "江城智能装备产业园项目"), ("华诚科技有限公司", "江城智能装备产业园项目")} <= links


def test_a_construction_named_as_a_noun_carries_no_works(tmp_path):
    _, _, links = review_graph(tmp_path, "推进江城大学、南湖大学“双一流”建设，建成江城音乐学院新校区。", REPORT)
    assert not {(o, p) for o, p in links if o in ("江城大学", "南湖大学")}, links
    _, _, links = review_graph(
        tmp_path, "推进江城县第一人民医院新院区、江城县中心医院东城分院建设，建设江城县疾病预防控制中心新址。", REPORT)
    assert ("江城县中心医院东城分院", "江城县疾病预防控制中心新址") not in links, links


def test_an_investor_whose_clause_acts_still_carries_its_works(tmp_path):
    # "X投资40亿元，建设P": the company invests, the next clause's works are its
    _, _, links = review_graph(tmp_path, "宽衍集团投资40亿元，建设江城智能装备产业园。", REPORT)
    assert ("宽衍集团", "江城智能装备产业园") in links, links


def test_builders_listed_before_a_list_of_sites_each_build(tmp_path):
    # "X、Y在A港区、B港区建设P": the list of builders acts past the whole list of sites, found or not
    _, _, links = review_graph(
        tmp_path, "支持宽衍集团、江城港口集团在江城港区、东家口港区建设全自动化集装箱码头三期。", REPORT)
    assert {("宽衍集团", "全自动化集装箱码头三期"), ("江城港口集团", "全自动化集装箱码头三期")} <= links, links


def test_builders_listed_before_one_site_build_the_works_not_the_site(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍集团、江城港口集团在江城工业园区投资建设智能装备产业园。", REPORT)
    assert {("宽衍集团", "智能装备产业园"), ("江城港口集团", "智能装备产业园")} <= links, links
    assert not {(o, p) for o, p in links if p == "江城工业园区"}, links
    # each at its own site, the works in order
    _, _, links = review_graph(
        tmp_path, "宽衍集团、江城港口集团分别在江城工业园区、南湖工业园区建设智能装备产业园、新材料产业园。", REPORT)
    assert {("宽衍集团", "智能装备产业园"), ("江城港口集团", "新材料产业园")} <= links, links


def test_a_partner_read_as_works_too_is_no_works_of_its_list_mates(tmp_path):
    # "与A大学、B学院签订合作协议": B学院, an institution that may be read as works as well, is a partner
    _, _, links = review_graph(tmp_path, "与江城大学、南湖理工大学、江城体育学院签订校地合作协议。", REPORT)
    assert not {(o, p) for o, p in links if o != p and p == "江城体育学院"}, links


def test_an_organization_listed_before_anothers_works_takes_no_part_in_them(tmp_path):
    # "A援建的B学校、C援建的D产业园": the school is an item of the list, the verb after "、" is D's builder's
    _, _, links = review_graph(tmp_path, "江城市援建的南湖江城国际学校、东川市援建的南湖东川产业园投入使用。", REPORT)
    assert ("南湖江城国际学校", "南湖东川产业园") not in links, links
