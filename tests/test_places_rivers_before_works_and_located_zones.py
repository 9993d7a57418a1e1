"""Places read where a river opens a reach or a works on it that no project rule took (issue 9):
"某河城区段综合治理工程" and "实施某某河生态修复工程" name the river (kg.extract.places
`extract_waters_before_works`, place_water_reach_areas.txt, place_water_works.txt), not a kind of
river ("母亲河", "护城河", "内河") nor waters counted ("两河"); a district's name that is the river's
head and the reach's area ("某某江城区段") is no district far away; a zone after a verb that puts
something there ("落地某某工业组团") starts after the verb; a port's access road ("疏港公路") keeps its
kind out of the route's last end. Sentences in the genre's phrasing, with invented rivers and places."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import review_names

TITLE = "2023年某县人民政府工作报告"


def _places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, TITLE)


def test_a_river_before_its_reach_in_town_is_a_place(tmp_path):
    found = _places(tmp_path, "洲河城区段综合治理工程完工，徒鸣河新县段综合治理工程完成投资1亿元。")
    assert {"洲河", "徒鸣河"} <= found


def test_a_river_of_a_rare_name_before_a_works_on_it_is_a_place(tmp_path):
    found = _places(tmp_path, "实施浊流减河生态修复工程，推进八虎力河灌区续建配套与节水改造工程。")
    assert {"浊流减河", "八虎力河"} <= found
    assert "力河" not in found  # the tail jieba cut off a name it guessed


def test_rivers_as_kinds_or_counted_are_no_places(tmp_path):
    found = _places(tmp_path, "实施母亲河生态修复工程，推进两河综合治理工程，推进护城河综合整治工程，实施内河清淤工程。")
    assert not found & {"母亲河", "两河", "护城河", "内河", "实施内河"}


def test_a_river_glued_to_its_reach_is_no_district_far_away(tmp_path):
    found = _places(tmp_path, "宁堡江城区段综合整治工程全面完工。")
    assert "宁堡江" in found
    assert "江城区" not in found


def test_a_zone_after_a_locating_verb_starts_after_the_verb(tmp_path):
    found = _places(tmp_path, "推动某某公司新材料项目落地桐岭现代工业组团。")
    assert "桐岭现代工业组团" in found
    assert "落地桐岭现代工业组团" not in found


def test_a_port_access_road_keeps_its_kind_out_of_the_end(tmp_path):
    found = _places(tmp_path, "推动北湾港至五厂镇疏港公路开工。")
    assert "五厂镇" in found
    assert "五厂镇疏" not in found


def test_a_counted_word_opening_a_facility_is_still_a_name(tmp_path):
    found = _places(tmp_path, "推进阿里云两江数据中心建设，推进两河综合治理工程。")
    assert "两江" in found  # 两江新区's short form before a facility's head
    assert "两河" not in found  # the two rivers, counted
