"""A port of entry named after its city and the kind of its traffic (place_suffixes.txt: 航空口岸,
铁路口岸, 公路口岸, 水运口岸): one place the sentence speaks of (ANNOTATION rule 3, alt Project).
Sentences of the 2018 and 2019 reports of 海拉尔区 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names

HAILAR = "2019年呼伦贝尔市海拉尔区政府工作报告"


def test_a_port_of_entry_by_its_traffic_is_a_place(tmp_path):
    for sentence in ("切实发挥好海拉尔航空口岸功能作用。", "提高海拉尔航空口岸综合承载能力。"):
        assert "海拉尔航空口岸" in report_names(tmp_path, "Place", HAILAR, "", "二、2019年工作安排", "", sentence)


def test_a_port_of_entry_named_by_its_kind_alone_is_none(tmp_path):
    found = report_names(tmp_path, "Place", HAILAR, "", "二、2019年工作安排", "", "提升综合保税区、航空口岸、国际陆港等平台能级。")
    assert "航空口岸" not in found
