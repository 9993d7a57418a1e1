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



def test_an_area_opening_the_first_works_name_holds_no_item_that_names_its_own_place(tmp_path):
    # issue 10 (session 33): a list of places and their works ("推进A片区X、县城Y建设"): an item opening
    # with a place or a word for the town's urban area (location.txt `urban`) names its own, so the
    # area is the first item's alone, not the place of the items after it (before: all in the area)
    s = "加快推进滨江片区棚户区改造、县城第二水厂、全民健身中心建设。"
    got = links(tmp_path, s, [(PROJECT, "滨江片区棚户区改造"), (PLACE, "滨江片区"), (PROJECT, "县城第二水厂"),
                              (PROJECT, "全民健身中心")], "某县")
    assert ("locatedIn", "滨江片区棚户区改造", "滨江片区") in got
    assert not {("locatedIn", "县城第二水厂", "滨江片区"), ("locatedIn", "全民健身中心", "滨江片区")} & got
    s = "开工建设临港新区智慧物流园、城区地下综合管廊、老城区雨污分流改造工程。"
    got = links(tmp_path, s, [(PROJECT, "临港新区智慧物流园"), (PLACE, "临港新区"), (PROJECT, "城区地下综合管廊"),
                              (PROJECT, "老城区雨污分流改造工程")], "某市")
    assert not any(k == "locatedIn" and pl == "临港新区" and p != "临港新区智慧物流园" for k, p, pl in got)


def test_a_place_before_the_first_item_holds_no_item_that_names_its_own_place(tmp_path):
    # issue 10 (session 33): the place right before a list's first works (not inside its name) is that
    # works' alone where a later item opens with its own place ("县城…"); alone, it holds the list
    s = "建成投用正阳桐坪综合农贸市场、县城第二水厂、全民健身中心。"
    found = [(PLACE, "正阳"), (PROJECT, "桐坪综合农贸市场"), (PROJECT, "县城第二水厂"), (PROJECT, "全民健身中心")]
    got = links(tmp_path, s, found, "某县")
    assert ("locatedIn", "桐坪综合农贸市场", "正阳") in got
    assert not {("locatedIn", "县城第二水厂", "正阳"), ("locatedIn", "全民健身中心", "正阳")} & got
    got = links(tmp_path, s.replace("县城第二水厂", "第二水厂"), [(t, n.replace("县城", "")) for t, n in found], "某县")
    assert ("locatedIn", "第二水厂", "正阳") in got
