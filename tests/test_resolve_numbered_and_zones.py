"""A complete name is not the alias of a longer one that merely holds its characters
(kg.resolve.entities._another_numbered, _another_zone_of_place, _another_institution, _names_a_branch):
a thing numbered by a number the short name lacks ("第二污水处理厂", "某某二期项目", "地铁13号线") is
another of its kind; a place's own development zone ("某某工业园区") is not the park of that place and
another ("某某某某工业园区"); a college ("某某学院新校区") is not another college ("某某职业技术学院新校区");
a parent is not the body affiliated to it ("某某大学附属中学"). The yixian sample read from ../shared;
the other sentences made up in the genre's phrasing."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import shared_file

REPORT = "某市2024年政府工作报告\n一、2023年工作回顾\n{}\n"


def _names(tmp_path, line: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(line), encoding="utf-8")
    return {e.name: set(e.aliases) for e in build(path).report.entities.values()}


def test_the_sample_keeps_the_sewage_plant_apart_from_the_second_one():
    report = build(shared_file("seeds", "yixian-2019.txt")).report
    projects = {e.name: set(e.aliases) for e in report.entities.values() if e.type == "Project"}
    assert {"污水处理厂", "第二污水处理厂"} <= set(projects), projects
    assert "污水处理厂" not in projects["第二污水处理厂"]


@pytest.mark.parametrize("line, short, long", [
    ("柳江区人民医院完成改造，柳江区第二人民医院建成投用。", "柳江区人民医院", "柳江区第二人民医院"),
    ("建成绿源环保科技产业园项目，开工建设绿源环保科技产业园二期项目。", "绿源环保科技产业园项目", "绿源环保科技产业园二期项目"),
    ("地铁1号线建成通车，地铁13号线开工建设。", "地铁1号线", "地铁13号线"),
    # a place's own zone is not the park it builds with another city
    ("推进荆门钟祥工业园区建设，宽衍新能源汽车项目在荆门工业园区开工建设。", "荆门工业园区", "荆门钟祥工业园区"),
    # a university is not its affiliated school
    ("广西大学附属中学新校区建成，广西大学与我市签署战略合作协议。", "广西大学", "广西大学附属中学"),
    # "某某学院新校区" holds 某某学院 whole; "某某职业技术学院新校区" does not: another college's campus
    ("建成荆门学院新校区，荆门职业技术学院新校区开工。", "荆门学院新校区", "荆门职业技术学院新校区"),
])
def test_a_complete_name_is_not_the_alias_of_another(tmp_path, line, short, long):
    names = _names(tmp_path, line)
    assert short in names and long in names, names
    assert short not in names[long]


@pytest.mark.parametrize("short, long, alias", [
    ("黔江一中", "黔江区第一中学", True),  # the short form keeps the number
    ("黔江工业园区", "黔江区工业园区", True),  # the level of the place between
    ("鹤山开发区", "鹤山经济开发区", True),  # the kind spelled out
    ("鹤山新区", "鹤山高新区", False),  # another kind
])
def test_short_forms_that_keep_their_number_and_place_stay_aliases(short, long, alias):
    from kg.resolve.entities import _another_numbered, _another_zone_of_place
    assert (not _another_numbered(short, long) and not _another_zone_of_place(short, long)) == alias


def test_works_built_in_a_zone_are_located_in_it(tmp_path):
    # the zone after 在 is where the works are built: 开工建设 is the works' verb, not the zone's
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format("宽衍新能源汽车项目在荆门工业园区开工建设。"), encoding="utf-8")
    report = build(path).report
    names = {key: e.name for key, e in report.entities.items()}
    located = {(names[r.subject], names[r.object]) for r in report.relations if r.kind == "locatedIn"}
    assert ("宽衍新能源汽车项目", "荆门工业园区") in located, located


def test_a_universitys_short_form_stays_its_alias(tmp_path):
    # guard: "江大" of 江城大学 (made up) names no institution up to a head of its own
    names = _names(tmp_path, "支持江城大学第一附属医院发展，江大与我市合作。")
    assert names.get("江城大学") == {"江大"}, names
