"""A particle or preposition beside a place is no part of it: the 的 after a route's last end
("至某某站的机场线": the end is the station), the 在 before the first of two listed hills whose
sibling the rules find ("在某山、某某山实施荒山绿化": the first item opens with a preposition, it names
no hill "在某山"). Sentences in the genre with invented names (session 50, pl50)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "青禾市2019年政府工作报告", "一、2018年工作回顾", *sentences)


def test_the_particle_after_a_route_s_end_is_no_part_of_it(tmp_path):
    found = _places(tmp_path, "推进青禾机场至青禾站的机场线东延。")
    assert_found(found, {"青禾站"}, {"青禾站的"})


def test_a_preposition_before_a_listed_hill_names_no_hill(tmp_path):
    found = _places(tmp_path, "在桂山、鹿角山实施荒山绿化工程。", "在澄山、麓石山实施荒山绿化工程。")
    assert_found(found, {"鹿角山", "麓石山"}, {"在桂山", "在澄山"})


def test_a_verb_jieba_glues_to_a_listed_street_names_no_place(tmp_path):
    # session 50 (pl52): "开展|某某街、某某街" — the verb leads to the streets, it names no "开展某某街"
    found = _places(tmp_path, "推进老城更新，开展青禾街、鹿溪街、澄石街微改造。")
    assert not any(n.startswith("开展") for n in found), found
