"""A basin inside a works' name (kg/lexicons/location.txt: 盆地 a `suffix`): written by its proper name alone
("柴达木绿色微电网算力中心", 青海 2026) the works is in the basin, as with 柴达木盆地's full name; and a basin
named after a province is wider than it, no landmark in it ("四川盆地大中型灌区", 四川 2026: in 四川盆地, not
in 四川省 through it). Sentences as the design texts write them (tests/real)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located


def test_a_basin_s_proper_name_alone_places_the_works_in_it(tmp_path: Path):
    links = review_located(tmp_path, "高效建设柴达木盆地水资源配置一期等引调水工程。"
                                     "推动海南算电协同发展产业园、柴达木绿色微电网算力中心建设。", "2026年青海省政府工作报告")
    assert {("柴达木盆地水资源配置一期", "柴达木盆地"), ("柴达木绿色微电网算力中心", "柴达木盆地")} <= links


def test_a_basin_named_after_a_province_is_no_landmark_in_it(tmp_path: Path):
    links = review_located(tmp_path, "奋力谱写中国式现代化四川新篇章。"
                                     "推动宜西攀高铁、四川盆地大中型灌区等“十大工程”纳入国家规划。", "2026年四川省政府工作报告")
    assert ("四川盆地大中型灌区", "四川盆地") in links
    assert ("四川盆地大中型灌区", "四川省") not in links
