"""The Three Gorges by their common name (regions.txt: 三峡) are a place, also opening a works' name
(ANNOTATION rule 8: 三峡水运新通道). A sentence of the 2026 plan of 湖北 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def test_the_gorges_opening_a_works_name(tmp_path):
    found = report_names(tmp_path, "Place", "2026年湖北省政府工作报告", "", "二、2026年工作安排", "",
                         "大力推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等重大项目建设。")
    assert "三峡" in found
