"""Projects and their places (issues 9 and 10, session 30): works named by a facility and a compound
action ("…污水处理厂提标改造", "…供水厂扩容", "…整体搬迁"), a water of a place and its treatment
("某县城区水系综合治理", "某湖流域水环境综合治理"), works held in reserve ("谋划储备…", "储备…工程"),
and routes whose 至 jieba glued to an end ("至上坝": 至上/坝; "马家至": one guessed word) or whose end
it read as a verb ("至下岗"), or whose first end a stage word ran into ("建成通车甲乙至丙丁公路").
Sentences written in the genre's phrasing (names and figures made up): each test fails without its rule."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import entity_names

HEAD = "某市2023年政府工作报告\n二、2023年工作安排\n全市上下团结奋斗。\n"


def built(tmp_path, sentence: str):
    """The projects, places and locatedIn links (project, place, place's names) of one sentence."""
    path = tmp_path / "r.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    report = build(path).report
    ents = report.entities
    projects, places = entity_names(report, "Project"), entity_names(report, "Place")
    links = {(ents[r.subject].name, n) for r in report.relations if r.kind == "locatedIn"
             for n in {ents[r.object].name, *ents[r.object].aliases, *(m.text for m in ents[r.object].mentions)}}
    return projects, places, links


@pytest.mark.parametrize("sentence,works", [
    ("加快推进县城第二污水处理厂提标改造,新建雨污分流管网35公里。", "县城第二污水处理厂提标改造"),
    ("推进县城污水处理厂扩容改造,新增日处理能力1万吨。", "县城污水处理厂扩容改造"),
    ("实施县城水厂提质改造。", "县城水厂提质改造"),
    ("完成县城供水厂扩容。", "县城供水厂扩容"),
    ("完成市第三人民医院整体搬迁,年底投入使用。", "市第三人民医院整体搬迁"),
    ("储备城区集中供热扩网工程。", "城区集中供热扩网工程"),
])
def test_a_facility_and_its_works_action_is_one_works(tmp_path, sentence, works):
    assert works in built(tmp_path, sentence)[0]


@pytest.mark.parametrize("sentence,works,place", [
    ("推进平江县城区水系综合治理。", "平江县城区水系综合治理", "平江县"),
    # a water's basin is the water (session 42: X流域 of a water named in three characters or more)
    ("实施大通湖流域水环境综合治理,水质稳定达到Ⅲ类。", "大通湖流域水环境综合治理", "大通湖"),
])
def test_the_water_of_a_place_and_its_treatment_is_that_places_works(tmp_path, sentence, works, place):
    projects, _, links = built(tmp_path, sentence)
    assert works in projects and (works, place) in links


def test_a_reserve_verb_opens_no_name(tmp_path):
    projects, _, _ = built(tmp_path, "谋划储备沿江高铁荆门段、呼南高铁襄阳至常德段等重大项目。")
    assert "沿江高铁荆门段" in projects and "储备沿江高铁荆门段" not in projects


@pytest.mark.parametrize("sentence,works,ends", [
    ("新建王庄至上坝公路,改造农村公路120公里。", "王庄至上坝公路", ("王庄", "上坝")),
    ("开工建设白沙至上清高速公路。", "白沙至上清高速公路", ("白沙", "上清")),
    ("启动新河至上庄段航道整治工程。", "新河至上庄段航道整治工程", ("新河", "上庄")),
    ("完成上河至下岗公路路面改造。", "上河至下岗公路路面改造", ("上河", "下岗")),
    ("G210国道马家至王庄段改建工程开工建设。", "G210国道马家至王庄段改建工程", ("马家", "王庄")),
    ("建成通车石门至慈利公路。", "石门至慈利公路", ("石门", "慈利")),
])
def test_a_route_is_read_however_jieba_cuts_its_to(tmp_path, sentence, works, ends):
    projects, _, links = built(tmp_path, sentence)
    assert works in projects
    for end in ends:
        assert (works, end) in links


def test_a_village_roads_kind_is_no_part_of_its_end(tmp_path):
    _, places, _ = built(tmp_path, "完成王家村至刘家湾通村公路硬化。")
    assert "刘家湾" in places and "刘家湾通村" not in places


@pytest.mark.parametrize("sentence,not_place", [
    ("实施稳岗扩容提质行动,延续实施稳岗返还等阶段性措施。", "稳岗"),
    ("坚持人民至上,完成城区道路改造。", "上"),
])
def test_no_route_and_no_place_where_no_works_is_named(tmp_path, sentence, not_place):
    projects, places, _ = built(tmp_path, sentence)
    assert not any(not_place in p for p in places) and not any("至上" in p or "扩容" in p for p in projects)
