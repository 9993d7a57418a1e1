"""A route's first end starts past a build word the name walk took for its start (location.txt
`build`, 新 before it or not): "公路方面,新开工晏城至表白寺等2个项目" (shandong-2026) names 晏城, the
route 晏城至表白寺 located at both ends."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def test_route_first_end_past_a_build_word(tmp_path):
    got = report_names(tmp_path, "Place", "山东省政府工作报告", "", "二、2026年重点工作", "",
                       "公路方面,新开工晏城至表白寺等2个项目,提速庆云至章丘等项目建设。")
    assert_found(got, {"晏城", "表白寺"}, {"新开工晏城"})
