"""A great region ranked in a clause ("中部首个…", found as a place by ranked_regions) names no zone:
"湘江新区成为中部首个国家级新区" says what 湘江新区 is, it names no 中部…新区 (a fresh page of the
genre; the zone rule took the whole description as a place when 中部 became one)."""
from __future__ import annotations

from tests.conftest import report_names


def places(tmp_path, head: str, line: str) -> set[str]:
    return report_names(tmp_path, "Place", head, line)


def test_a_ranked_region_opens_no_zone(tmp_path):
    found = places(tmp_path, "长沙市2017年政府工作报告", "湘江新区成为中部首个国家级新区。")
    assert "中部" in found and "湘江新区" in found
    assert not any(p.startswith("中部") and p.endswith("新区") for p in found)


def test_a_zone_named_after_a_county_is_still_a_place(tmp_path):
    # the zone rule itself still names zones after the places that open them
    found = places(tmp_path, "2024年荔浦市人民政府工作报告", "荔浦经济开发区新入驻企业12家。")
    assert any(p.startswith("荔浦") and p.endswith("开发区") for p in found)
