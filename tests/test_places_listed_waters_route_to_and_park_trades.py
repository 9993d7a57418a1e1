"""Places read in lists of waters, routes and parks' names (issue 9): a river of a rare two- or
three-character name listed after a water found ("某江、旧墙河水质达标") is a place, a kind of water
("城区河") is not (kg.extract.features `_listed_water_name`); a route's 至 glued by jieba's model to the
next end's first character ("某海至打某高速公路") still divides the route's ends; the speaker's formula
("我代表某某新区管委会") puts no 代表 in the zone's name; a place opening a park's name with a trade of
several words ("某山国际文化旅游度假区", "某山智能建造产业园") is the place the park is named after; a
creek of the delta's river network named 港 before works on it ("实施某龙港河道整治") is a place; so is
an island of a two-character name of common characters ("西极岛"), not a kind of island ("生态岛").
Sentences in the genre's phrasing, with invented names."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import review_names

TITLE = "2023年某县人民政府工作报告"


def _places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, TITLE)


def test_a_rare_river_listed_after_a_water_found_is_a_place(tmp_path):
    found = _places(tmp_path, "湘江、汨罗江、旧墙河水质全部达到或优于Ⅲ类。")  # cut 旧/墙/河
    assert "旧墙河" in found


def test_a_kind_of_water_listed_after_a_river_is_no_place(tmp_path):
    found = _places(tmp_path, "湘江、城区河水质明显改善。")
    assert "湘江" in found
    assert "城区河" not in found


def test_a_route_to_glued_to_the_next_end_still_divides_the_ends(tmp_path):
    found = _places(tmp_path, "孟连至打岩高速公路建成通车。")  # cut 孟连/至打/岩
    assert {"孟连", "打岩"} <= found


def test_a_verb_glued_to_to_is_no_route(tmp_path):
    found = _places(tmp_path, "地区生产总值提升至打造区域中心的新阶段。")
    assert not any(name.startswith("打") for name in found)


def test_the_speakers_formula_puts_no_word_in_the_zones_name(tmp_path):
    found = _places(tmp_path, "现在，我代表贵安新区管委会，向大会报告工作，请予审议。")
    assert "贵安新区" in found
    assert "代表贵安新区" not in found


def test_a_place_opening_a_park_with_a_trade_of_several_words(tmp_path):
    found = _places(tmp_path, "推进骊山国际文化旅游度假区二期建设，签约建设庙山智能建造产业园。")
    assert {"骊山", "庙山"} <= found


def test_a_long_trade_after_a_word_or_partners_joined_names_no_place(tmp_path):
    found = _places(tmp_path, "加快建设乡村振兴战略综合试验示范区，中俄蒙国际物流园区晋升为自治区级物流园区。")
    assert not found & {"振兴", "中俄蒙"}


def test_a_creek_named_gang_before_works_on_it_is_a_place(tmp_path):
    found = _places(tmp_path, "实施青蒲港河道整治和长江岸线生态修复工程，推进空港综合治理工程。")
    assert "青蒲港" in found
    assert "空港" not in found


def test_an_island_of_common_characters_is_a_place(tmp_path):
    found = _places(tmp_path, "西极岛、花雀岛成为全国知名的海岛旅游目的地，推动新城滨海片区、小渔岛商务区开发。")
    assert {"西极岛", "花雀岛", "小渔岛"} <= found
    assert "的海岛" not in found


def test_kinds_of_islands_are_no_places(tmp_path):
    found = _places(tmp_path, "建设生态岛、无人岛、人工岛和旅游岛，打造智慧岛。")
    assert not any(name.endswith("岛") for name in found)
