"""A coastal port of the port list named after a county (place_sea_ports.txt: 黄骅港) holds that county
(ANNOTATION rule 8), in its own province's report too, and the port is located there: "加快打造黄骅港
多功能、综合性、现代化大港" (hebei-2026, hebei-2026-review)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def test_a_port_named_after_a_county_holds_it(tmp_path):
    got = report_names(tmp_path, "Place", "河北省政府工作报告", "", "一、工作回顾", "",
                       "提高干支联运、海铁联运和远洋航运能力,加快打造黄骅港多功能、综合性、现代化大港。")
    assert_found(got, {"黄骅"}, set())
