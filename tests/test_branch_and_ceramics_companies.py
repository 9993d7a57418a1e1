"""participatesIn of a university or hospital that opens the name of its school, institute or branch
in another place (合作办学: "北京师范大学三亚附属学校二期", u44 sanya-2023), not of one whose hospital
is named without a place after it; and 瓷业 as a company's registered trade (GB/T 4754 C307 陶瓷制品
制造: "华联瓷业日用瓷扩产项目", u46 liling-2012). Issue 10, session 42 pt43. Sentences written in the
genre's phrasing (names made up)."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2023年三亚市人民政府工作报告"


def test_a_university_opening_its_school_in_another_place_takes_part(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "新建中小学5所，江城师范大学三亚附属学校二期、海州外国语大学三亚附属中学建成。", HEAD)
    assert "江城师范大学三亚附属学校二期" in projects, projects
    assert ("江城师范大学", "江城师范大学三亚附属学校二期") in links, links


def test_a_university_takes_no_part_in_its_affiliated_hospital_s_works(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "推进江城大学附属第一医院东院、江城大学附属翔安医院建设。", HEAD)
    assert not any(o == "江城大学" for o, _ in links), links


def test_a_ceramics_trade_closes_a_company_opening_its_works(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "宏福瓷业日用瓷扩产项目、金祥瓷业高档日用瓷项目建成投产。", HEAD)
    assert {"宏福瓷业", "金祥瓷业"} <= orgs, orgs
    assert ("宏福瓷业", "宏福瓷业日用瓷扩产项目") in links, links
