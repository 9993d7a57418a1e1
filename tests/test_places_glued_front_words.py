"""A place's name does not open with a word written before it (session 53, pl62): a one-character
verb of movement the quarter's walk ran over ("扩展到|某某金融片区": place_front_not_characters.txt,
kg.extract.city_areas _past_front_word) nor a river's part after the river found, before a route's
first end ("某江|干流|某庄至某岗段": place_river_tails.txt, kg.extract.places _past_river_tail).
Sentences written in the genre's phrasing, with invented quarters, rivers and villages."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import review_names

TITLE = "2023年某市人民政府工作报告"


def _places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, TITLE)


def test_a_quarter_after_a_verb_of_movement_does_not_open_with_it(tmp_path):
    found = _places(tmp_path, "推动自贸试验区扩展到梅家嘴金融片区,总面积扩大到100平方公里。")
    assert "梅家嘴金融片区" in found
    assert "到梅家嘴金融片区" not in found


def test_a_route_end_after_a_rivers_main_stream_is_the_village(tmp_path):
    found = _places(tmp_path, "青禾江干流柳庄至临溪岗段堤防加固工程加快实施。")
    assert {"青禾江", "柳庄", "临溪岗"} <= found
    assert "干流柳庄" not in found
