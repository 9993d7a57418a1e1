"""Relation rules of session 13's QL15 (issue 10) on real sentences of reports, given the entities in
the order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT
from tests.test_qr13_relations import links


def test_an_area_opening_the_first_works_name_holds_the_works_listed_after_it(tmp_path):
    # a fresh page (Hebei 2020, a report's summary): 雄安新区 opens the name the extractor reads for
    # the list's first works; the list goes on with works of the same new area
    s = "雄安新区京雄城际、京雄高速等67个重点项目开工建设，中电科等一批企业和科研机构落户新区。"
    got = links(tmp_path, s, [(PROJECT, "雄安新区京雄城际"), (PLACE, "雄安新区"), (PROJECT, "京雄高速")], "河北省")
    assert ("locatedIn", "京雄城际", "雄安新区") in got or ("locatedIn", "雄安新区京雄城际", "雄安新区") in got
    assert ("locatedIn", "京雄高速", "雄安新区") in got


def test_a_division_opening_the_first_works_name_holds_only_that_works(tmp_path):
    # a fresh page (Hengshui 2019): each works of the list names its own county; the first county
    # is not the place of the works after it
    s = "力促武邑智慧物流港联运基地、景县宇通高防腐抗辐射专用管道等一批前期推进项目尽早实现开工建设。"
    got = links(tmp_path, s, [(PROJECT, "武邑智慧物流港联运基地"), (PLACE, "武邑"),
                              (PROJECT, "景县宇通高防腐抗辐射专用管道"), (PLACE, "景县")], "衡水市")
    assert ("locatedIn", "景县宇通高防腐抗辐射专用管道", "武邑县") not in got
    assert ("locatedIn", "武邑智慧物流港联运基地", "武邑县") in got


def test_the_reports_own_area_opening_the_first_works_name_is_not_the_lists_place(tmp_path):
    # the report's own area names its works without placing the whole list
    s = "黔江新区污水处理厂、正阳工业园区标准厂房等项目建成投用。"
    got = links(tmp_path, s, [(PROJECT, "黔江新区污水处理厂"), (PLACE, "黔江新区"),
                              (PROJECT, "标准厂房")], "重庆市黔江新区")
    assert not any(k == "locatedIn" and p == "标准厂房" for k, p, _ in got)


def test_works_named_for_a_company_are_not_in_the_place_the_company_comes_from(tmp_path):
    # devtext3 dongzhou-2025 (a district of 抚顺): "辽宁三木" is both the company and its works; 辽宁
    # inside it says where the company comes from, not where the works are
    s = "辽宁三木等18个续建项目投产达效。"
    got = links(tmp_path, s, [(PROJECT, "辽宁三木"), (ORG, "辽宁三木"), (PLACE, "辽宁")], "抚顺市东洲区")
    assert not any(k == "locatedIn" and p == "辽宁三木" for k, p, _ in got)


def test_works_named_for_a_company_of_the_reports_area_are_in_its_county(tmp_path):
    # heldtext shangluo-2024: "商南运通逸云", works named for a company of 商南 (a county of the
    # city's report): the county is where they are
    s = "山阳隆元基曼斯、商南运通逸云等项目建成投产。"
    got = links(tmp_path, s, [(PROJECT, "商南运通逸云"), (ORG, "商南运通逸云"), (PLACE, "商南")], "商洛市")
    assert ("locatedIn", "商南运通逸云", "商南县") in got


def test_an_institution_built_under_its_own_name_is_in_the_place_it_names(tmp_path):
    # heldtext shangluo-2024: "秦岭博物馆主体基本完工", a museum found as works and as an
    # organization: not a company, its name gives where it is
    s = "秦岭博物馆主体基本完工。"
    got = links(tmp_path, s, [(PROJECT, "秦岭博物馆"), (ORG, "秦岭博物馆"), (PLACE, "秦岭")], "商洛市")
    assert ("locatedIn", "秦岭博物馆", "秦岭") in got
