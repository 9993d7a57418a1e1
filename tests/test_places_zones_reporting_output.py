"""Zones whose output the clause reports are places, not works (ANNOTATION rule 3: located or
managed → Place): an industry's base or a characteristic town reports it as a park does, 综合产值 is
such an output, and the zones listed before the one whose output is given share the predicate
("甲园、乙园产值分别增长…"), even where a verb inside a listed name stops the name's walk
(某某装备制造产业园). Sentences in the genre with made-up names."""
from __future__ import annotations

from kg.model import PLACE, PROJECT
from kg.pipeline import build
from tests.conftest import entity_names


def _entities(tmp_path, sentence: str) -> tuple[set[str], set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(f"2023年某市政府工作报告\n\n一、2022年工作回顾\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    return entity_names(report, PLACE), entity_names(report, PROJECT)


def test_a_base_and_a_town_reporting_their_output_are_places(tmp_path):
    places, projects = _entities(tmp_path, "白鹭湾能源化工基地实现工业总产值860亿元，云岭丝绸小镇产值突破90亿元。")
    assert {"白鹭湾能源化工基地", "云岭丝绸小镇"} <= places
    assert not {"白鹭湾能源化工基地", "云岭丝绸小镇"} & projects


def test_a_parks_comprehensive_output_makes_it_a_place_named_whole(tmp_path):
    places, projects = _entities(tmp_path, "澄江县大洼再生金属循环产业园综合产值突破120亿元。")
    assert "大洼再生金属循环产业园" in places and "大洼再生金属循环产业园" not in projects
    assert "金属循环产业园" not in places  # the name's walk stops at 再生: no piece of it


def test_zones_listed_before_the_one_reporting_output_are_places(tmp_path):
    places, projects = _entities(tmp_path, "云岭县装备制造产业园、白鹭县循环经济产业园、青岚县铜铝循环工业园产值分别增长9%、11%和14%。")
    assert {"云岭县装备制造产业园", "白鹭县循环经济产业园"} <= places
    assert not {"云岭县装备制造产业园", "白鹭县循环经济产业园"} & projects
    places, projects = _entities(tmp_path, "澄江丝绸产业园、云岭丝绸小镇产值突破90亿元。")
    assert {"澄江丝绸产业园", "云岭丝绸小镇"} <= places


def test_a_base_being_built_stays_works(tmp_path):
    # no output reported after its name: the clause builds it
    places, projects = _entities(tmp_path, "白鹭湾能源化工基地完成投资12亿元，开工建设云岭丝绸小镇。")
    assert "白鹭湾能源化工基地" not in places and "云岭丝绸小镇" not in places
