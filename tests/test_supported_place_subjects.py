"""A place right after 支持 that opens a clause, alone or opening a list of places, and goes straight on
with a verb of building (location.txt `support`, rel_subject_verbs.txt) is the subject of that building:
the works the clause builds are there ("支持包头打造精品钢材基地", neimenggu-2026; "支持淮安、常州打造盐穴
综合利用示范基地", jiangsu-2026: both places; kg.extract.attributes `_supported_subject`). Not where
support goes to something other than a place building works. Sentences from the design texts, in the
frame of a provincial report."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TITLE = "2026年某省人民政府工作报告"


def _links(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, sentence, TITLE)


def test_a_supported_city_builds_the_base_there(tmp_path):
    links = _links(tmp_path, "推动产业集群发展。支持包头打造精品钢材基地，鄂尔多斯打造高铝粉煤灰综合利用基地。")
    assert ("精品钢材基地", "包头市") in links


def test_each_supported_city_of_a_list_holds_the_works(tmp_path):
    links = _links(tmp_path, "推进储能发展。支持淮安、常州打造盐穴综合利用示范基地。")
    assert {("盐穴综合利用示范基地", "淮安市"), ("盐穴综合利用示范基地", "常州市")} <= links


def test_support_for_a_body_places_nothing(tmp_path):
    links = _links(tmp_path, "支持企业建设数字化供应链平台。")
    assert not links
