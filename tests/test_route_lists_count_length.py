"""Routes listed before a count and a length (issue 9/10): "A至B、C至D等N条L公里KIND" and
"A至B、C至D N条L公里KIND" name one works per route, each located at its two ends; the count and the
length are no part of any name (kg.extract.project_lists._kind_list_pattern,
project_list_length_units.txt). A second list right after the first's kind begins after the 、 that
joins them, and an item that begins right after 至 is half a route, no works. Sentences written in the
genre's phrasing, with invented pairings of real county names."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import assert_found, review_located, review_projects

TITLE = "2021年某省人民政府工作报告"


def _projects(tmp_path: Path, sentence: str) -> set[str]:
    return review_projects(tmp_path, sentence, TITLE)


def test_routes_before_a_count_and_a_length_are_works(tmp_path):
    sentence = "建成永和至平遥、介休至孝义等5条312公里高速公路,高速公路通车里程达到5800公里。"
    assert_found(_projects(tmp_path, sentence), {"永和至平遥", "介休至孝义"},
                 {"5条312公里高速公路", "312公里高速公路", "平遥"})
    links = review_located(tmp_path, sentence, TITLE)
    for route in ("永和至平遥", "介休至孝义"):
        ends = route.split("至")
        located = {place for works, place in links if works == route}
        assert all(any(p.startswith(end) for p in located) for end in ends), (route, located)


def test_a_length_after_a_comma_and_a_bare_count(tmp_path):
    # "等8条、405公里": the length set off by 、; "2条87公里": a count without 等
    # (the length and the kind after 、 were a listed facility, "405公里高速公路": a length and a kind
    # name no works, kg.extract.genre._length_opens; review of round three)
    found = _projects(tmp_path, "临县至兴县、岢岚至五寨等8条、405公里高速公路建成通车。")
    assert_found(found, {"临县至兴县", "岢岚至五寨"}, {"405公里高速公路", "8条、405公里高速公路"})
    found = _projects(tmp_path, "沁县至沁源、武乡至榆社2条87公里高速公路建成通车。")
    assert_found(found, {"沁县至沁源", "武乡至榆社"}, {"87公里高速公路"})


def test_a_listed_length_and_kind_is_no_works(tmp_path):
    # a list of facilities built, one item a length and a kind: how much is built, no works' name
    found = _projects(tmp_path, "黎城物流园、32公里高速公路建成通车。")
    assert_found(found, {"黎城物流园"}, {"32公里高速公路"})
    found = _projects(tmp_path, "黎城汽车站、18公里城市道路建成投用。")
    assert_found(found, {"黎城汽车站"}, {"18公里城市道路"})


def test_a_second_list_after_the_first_kind_keeps_its_route_whole(tmp_path):
    sentence = "加快阳曲至忻州等3个150公里高速公路、G208平定冶西至昔阳等一批干线公路建设。"
    # (and the first list is works though a second kind follows its own after 、)
    assert_found(_projects(tmp_path, sentence), {"阳曲至忻州", "G208平定冶西至昔阳"}, {"昔阳", "冶西至昔阳"})
