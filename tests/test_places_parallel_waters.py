"""A four-character phrase that sets two waters in parallel ("通江达海", "大江大河", "清水入湖") speaks
of waters in general: its last character heads no place's name (kg.extract.places
_closes_parallel_waters, place_parallel_waters.txt). A name of two parts without a verb or a count
between them keeps its head. Sentences written in the genre's phrasing, with invented places."""
from __future__ import annotations

from tests.conftest import review_mentions, review_names


def _places(tmp_path, sentence: str, title: str = "2023年某市人民政府工作报告") -> set[str]:
    return review_names(tmp_path, "Place", sentence, title)


def test_a_port_city_s_set_phrase_is_no_place(tmp_path):
    places = _places(tmp_path, "形成一城三区、拥江达海的城市框架,港口通江达海、连接内外。")
    assert not {"拥江达海", "通江达海", "达海"} & places


def test_flood_control_of_rivers_in_general_names_no_river(tmp_path):
    places = _places(tmp_path, "确保大江大河安全度汛,推进清水入湖工程。")
    assert not {"大江大河", "清水入湖", "大河"} & places


def test_a_scenic_area_and_a_river_named_in_two_parts_keep_their_heads(tmp_path):
    places = _places(tmp_path, "打造庐山西海景区,推进西江河流域综合治理。")
    assert "庐山西海" in places
    assert any(p.startswith("西江") for p in places)


def test_a_known_place_as_the_second_part_is_kept(tmp_path):
    # the count (九 of 九江, 三 of 三河) or the same character (东 of 东江 and 东湖) between two waters
    # is no set phrase where the second part is a division or a landform of its own
    assert "九江" in {p[:2] for p in _places(tmp_path, "推进长江九江段岸线整治。")}
    assert "三河" in _places(tmp_path, "加快汉江三河口综合整治。")
    assert "东湖" in _places(tmp_path, "加快东江东湖片区建设。")


def test_a_set_phrase_before_a_works_head_leaves_no_tail(tmp_path):
    assert not _places(tmp_path, "建设通江达海港口群。")
    mentions = review_mentions(tmp_path, "加快一江两河综合治理。", "2023年某市人民政府工作报告")
    assert not {m.text for m in mentions} & {"两河", "两河综合治理", "一江两河"}


def test_rivers_listed_side_by_side_are_no_set_phrase(tmp_path):
    # guangdong-2026: "韩江榕江练江水系连通工程" (练 is a verb too): three rivers, each a place
    assert {"韩江", "榕江", "练江"} <= _places(tmp_path, "推进韩江榕江练江水系连通工程。")
