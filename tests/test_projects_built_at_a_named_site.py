"""Project rules: a facility or park with a weak head and no proper name (示范园区, 基地, 中心…) that the
clause builds right after one place ("在<town>建设…") is one works in a city's, county's or district's
report, whoever builds it (ANNOTATION rules 7 and 11: a common-noun facility built at a specific place).
Not in a province's report without its builder (test_projects_weak_head_facility_of_a_company), not a
counted or plural kind, not a title, not a platform set up there. The heads
示范园区, 总部 and 车间 end works' names (weak: a name needs a place, a company or a
number in it). Invented sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

PROJECT = "Project"
COUNTY = "2023年青禾县人民政府工作报告"


def test_park_built_at_a_town_in_a_county_report(tmp_path):
    found = report_names(tmp_path, PROJECT, COUNTY, "一、2022年工作回顾",
                         "全县粮食生产稳定，在石桥镇建设现代农业示范园区，在澄江乡新建茶叶精深加工基地。")
    assert {"现代农业示范园区", "茶叶精深加工基地"} <= found
    assert not {"澄江乡新建茶叶精深加工基地", "澄江乡新建"} & found


def test_facility_built_at_a_zone_without_its_builder(tmp_path):
    found = report_names(tmp_path, PROJECT, COUNTY, "二、2023年工作安排",
                         "全县加快工业发展，在青禾经济开发区建设冷链物流中心。")
    assert "冷链物流中心" in found


def test_kinds_titles_platforms_and_listed_places_stay_none(tmp_path):
    found = report_names(tmp_path, PROJECT, COUNTY, "二、2023年工作安排",
                         "全县推进乡村振兴，在石桥镇建设一批现代农业示范园区，在澄江乡建设国家级现代农业示范园区，"
                         "在石桥镇建设家具产业数字化平台。")
    assert_found(found, (), ("现代农业示范园区", "一批现代农业示范园区", "国家级现代农业示范园区",
                             "家具产业数字化平台"))


def test_new_heads_end_named_works(tmp_path):
    found = report_names(tmp_path, PROJECT, COUNTY, "一、2022年工作回顾",
                         "澄江集团中国总部建成投用，澄江集团智能制造车间建成投产。")
    assert "澄江集团中国总部" in found
    assert found & {"智能制造车间", "澄江集团智能制造车间"}


def test_new_heads_ending_kinds_stay_none(tmp_path):
    found = report_names(tmp_path, PROJECT, COUNTY, "一、2022年工作回顾",
                         "全县新建标准化车间12个，发展总部经济。")
    assert_found(found, (), ("车间", "标准化车间", "总部"))
