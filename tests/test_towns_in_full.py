"""A town of the report's own county written in full with its level (kg.extract.places town_places)
holds a shorter place found inside it: 东北镇 of 绵竹市 is the town, not the region 东北 (the longest
name wins, as drop_nested keeps it). A sentence of the 2011 report of 绵竹市."""
from __future__ import annotations

from kg.model import PLACE

from tests.conftest import review_names


def test_a_town_written_in_full_holds_the_region_its_name_opens_with(tmp_path):
    found = review_names(tmp_path, PLACE, "建成绵竹市人民医院新院区二期、绵竹市中医院、东北镇中心卫生院。",
                         "2011年绵竹市人民政府工作报告")
    assert "东北镇" in found and "东北" not in found
