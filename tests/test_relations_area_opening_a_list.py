"""Relation rules (issue 10) on real sentences of reports, given the entities in
the order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

from kg.extract import PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


def test_an_area_opening_the_first_works_name_holds_the_works_listed_after_it(tmp_path):
    # a fresh page (Hebei 2020, a report's summary): 雄安新区 opens the name the extractor reads for
    # the list's first works; the list goes on with works of the same new area
    s = "雄安新区京雄城际、京雄高速等45个项目开工建设，一批央企二级公司落户新区。"
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

