"""Projects in a county's livelihood paragraphs and a city's works list: an institution's building
being built, a school built anew, streets things stand along, a kind of facility counted, a verb
glued to the county's level, a facility that names an area. Invented names in the genre's phrasing
(session 34, issue 9)."""
from __future__ import annotations

from tests.conftest import report_names

COUNTY = "各位代表：\n现在，我代表桂东县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"
CITY = "各位代表：\n现在，我代表岳阳市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"


def projects(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Project", head, *sentences)


def test_an_institutions_building_being_built(tmp_path):
    found = projects(tmp_path, COUNTY, "县中医院住院大楼主体完工，县档案馆新馆对外开放。",
                     "县第一中学新校区投入使用。", "县疾控中心P3实验室建成投用。")
    assert {"县中医院住院大楼", "县档案馆新馆", "县第一中学新校区", "县疾控中心P3实验室"} <= found


def test_an_institutions_building_not_built_is_no_works(tmp_path):
    # the clause neither builds nor opens the building: no works
    assert "县中医院住院大楼" not in projects(tmp_path, COUNTY, "县中医院住院大楼病床使用率达到85%。")


def test_schools_built_anew_and_schools_enlarged(tmp_path):
    found = projects(tmp_path, COUNTY, "新建县实验中学、城东小学，改扩建沙田镇中心小学。", "启动县第三实验小学建设。")
    assert {"县实验中学", "城东小学", "县第三实验小学"} <= found
    assert "沙田镇中心小学" not in found  # an existing school enlarged stays an organization


def test_streets_things_stand_along_are_no_works(tmp_path):
    assert not projects(tmp_path, CITY, "帮助青年路、解放二路沿线商户解决经营困难。")
    assert {"青年路", "解放二路"} <= projects(tmp_path, CITY, "加快青年路、解放二路建设。")  # built: works


def test_a_kind_of_facility_counted(tmp_path):
    assert not projects(tmp_path, COUNTY, "新建社区嵌入式养老服务中心8个，提升农村互助养老服务点40个。")


def test_a_verb_glued_to_the_countys_level(tmp_path):
    found = projects(tmp_path, COUNTY, "新建县全民健身中心，建成城市社区“十五分钟健身圈”。")
    assert "县全民健身中心" in found and "新建县全民健身中心" not in found


def test_a_facility_that_names_an_area(tmp_path):
    assert "白鹭公园" not in projects(tmp_path, CITY, "启动白鹭公园片区城市更新，实施凤凰山风景区提质改造。")
