"""Zones a report applies for are no entities (ANNOTATION rule 11: "one applied for (争创国家…示范区) ...
not entities"; kg.extract.applied_zones, zone_applying_words.txt): a word of applying right before the
zone (争取设立, 申请设立, 争取), right after it (申建, 申报), or before the area a joining verb (纳入) puts
into it; a zone the report has stays a place. General grammar examples made up for the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_mentions

TITLE = "2019年某某省政府工作报告"


def _zones(tmp_path, sentence: str) -> set[str]:
    return {m.text for m in review_mentions(tmp_path, sentence, TITLE)
            if m.type in ("Place", "Project") and m.text.endswith(("试验区", "片区"))}


@pytest.mark.parametrize("sentence", [
    "积极争取设立中国（甘肃）自由贸易试验区，推进兰州新区开放发展。",
    "争取中国（甘肃）自由贸易试验区获批。",
    "中国（甘肃）自由贸易试验区申建工作扎实推进。",
    "争取兰州片区纳入中国（甘肃）自由贸易试验区。",
])
def test_a_zone_applied_for_is_no_entity(tmp_path, sentence):
    assert _zones(tmp_path, sentence) == set()


def test_a_zone_the_report_has_stays_a_place(tmp_path):
    found = _zones(tmp_path, "中国（甘肃）自由贸易试验区新增注册企业1200家。")
    assert any(z.endswith("自由贸易试验区") for z in found)


def test_a_zone_acting_in_a_clause_sought_is_no_zone_applied_for(tmp_path):
    # a sentence of the seed qianjiang-2019 (../shared/seeds): the bonded zone exists and builds a
    # warehouse in the district; 争取 seeks its works, not the zone
    found = {m.text for m in review_mentions(tmp_path, "争取重庆保税区在黔江建设保税仓。", "2019年重庆市黔江区政府工作报告")}
    assert "重庆保税区" in found
