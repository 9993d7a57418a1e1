"""locatedIn (session 66, helper loc): "P落子X", the genre's figure for works settling in a place (落子, a
move placed on the board), is read as 落户 and 布局 are (kg/lexicons/location.txt `settle`): X is where P is.
The sentences are written for the test in the genre of district reports; the near-miss: a place the works
only becomes a landmark of ("成为X的新地标") is no settle cue."""
from __future__ import annotations

from tests.conftest import review_located

HEAD = "2024年天津市红桥区人民政府工作报告"


def test_luozi_settles_works_in_the_place(tmp_path):
    got = review_located(tmp_path, "京东智能产业园项目落子西沽街道,成为协同创新的重要平台。", HEAD)
    assert ("京东智能产业园项目", "西沽街道") in got, got


def test_luozi_settles_each_listed_works(tmp_path):
    got = review_located(tmp_path, "京东智能产业园、中关村科技园等项目落子西沽街道。", HEAD)
    assert ("京东智能产业园", "西沽街道") in got, got
    assert ("中关村科技园", "西沽街道") in got, got


def test_a_landmark_of_a_place_is_no_settling(tmp_path):
    got = review_located(tmp_path, "京东智能产业园项目加快建设,成为西沽街道的新地标。", HEAD)
    assert not any(place == "西沽街道" for _, place in got), got
