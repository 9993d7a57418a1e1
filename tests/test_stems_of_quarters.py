"""A two-character stem of a quarter's or port area's name (片区, 港区, 组团) found as a place of its own
inside the whole name found (kg.extract.places `stems_of_quarters`): the quarter or port area is the
place, the stem a piece of it (ANNOTATION rule 1); a division the report may mean or a feature before
the head stays a place (rule 8). Sentences in the genre with invented names."""
from __future__ import annotations

from tests.conftest import assert_found, names_by_type, review_mentions


def _places(tmp_path, sentence, title):
    return names_by_type(review_mentions(tmp_path, sentence, title)).get("Place", set())


def test_the_stem_of_a_port_area_is_no_place(tmp_path):
    places = _places(tmp_path, "推进青禾港老城港区建设,港口吞吐量增长8%。", "2024年青禾市政府工作报告")
    assert_found(places, ["老城港区"], ["老城"])

