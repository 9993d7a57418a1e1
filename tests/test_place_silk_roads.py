"""The two routes of the Belt and Road and the cross-border heritage routes as places (regions.txt:
丝绸之路经济带, 21世纪海上丝绸之路, 海上丝绸之路, 万里茶道), not works though their names end in a road's
head (a region's name is no works: kg.extract.projects). Sentences of the State Council's 2015
report and the 2026 plan of 福建 (tests/real), and of 广东 2026 (sample)."""
from __future__ import annotations

from tests.conftest import report_pairs


def _pairs(tmp_path, head: str, sentence: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, head, "", "二、工作安排", "", sentence)


def test_the_belt_and_road_routes_are_places_no_works(tmp_path):
    found = _pairs(tmp_path, "2015年国务院政府工作报告", "推进丝绸之路经济带和21世纪海上丝绸之路合作建设。")
    assert {("Place", "丝绸之路经济带"), ("Place", "21世纪海上丝绸之路")} <= found
    assert ("Project", "21世纪海上丝绸之路") not in found


def test_heritage_routes_nominated_are_places(tmp_path):
    found = _pairs(tmp_path, "2026年福建省政府工作报告", "做好万里茶道、海上丝绸之路等申遗,提升万寿岩等遗址保护利用水平。")
    assert {("Place", "万里茶道"), ("Place", "海上丝绸之路")} <= found
    found = _pairs(tmp_path, "广东省2026年政府工作报告", "推动海上丝绸之路、潮州古城、肇庆古城墙等项目申报世界文化遗产。")
    assert ("Place", "海上丝绸之路") in found and ("Project", "海上丝绸之路") not in found
