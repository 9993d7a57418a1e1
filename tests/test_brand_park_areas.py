"""A park run as a branch of an area's park elsewhere is named after its city and then after the area
("三明中关村科技园", fujian-2026; "雄安中关村科技园", hebei-2026 and hebei-2026-review): the area's name is a
brand, a modifier of the park's name, not where the park is (rel_brand_park_areas.txt,
kg.resolve.relations._brand_after_a_place); the park is in the city before it. Where the brand opens the
name ("中关村科技园") it stays. Sentences from the design texts, in the frame of a provincial report."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TITLE = "2026年某省人民政府工作报告"


def test_a_branch_park_is_in_its_city_not_in_the_brand_s_area(tmp_path: Path):
    links = review_located(tmp_path, "优化县、市对口协作和“产业飞地”、“科创飞地”等合作模式，支持沪明临港产业园、"
                                     "三明中关村科技园、广龙合作产业园加快建设。", TITLE)
    assert ("三明中关村科技园", "三明市") in links
    assert not {link for link in links if link[1] == "中关村"}
