"""A city's quarter named by its kind alone (主城区, 中心城区: URBAN_AREAS, city_quarters.txt) is a place
in a city's or district's report, which names its own by it, but not in a province's or an autonomous
region's, where it is any city's, a scope (kg.extract.base.core_of_any_city). Sentences of the design texts
(tests/real: gansu-2026, henan-2026, neimenggu-2026; hailar-2018 for a district's own)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "一、工作回顾", "", sentence)


def test_a_bare_city_quarter_in_a_province_report_is_no_place(tmp_path):
    got = _places(tmp_path, "2026年甘肃省政府工作报告", "着力提高主城区公办幼儿园在园幼儿占比。")
    got |= _places(tmp_path, "2026年内蒙古自治区政府工作报告", "促进中心城区与周边旗县联动发展。")
    got |= _places(tmp_path, "2026年河南省政府工作报告", "严格控制“两高”项目,主城区及周边严控新建、扩建钢铁项目。")
    assert not got & {"主城区", "中心城区"}


def test_a_district_report_names_its_own_quarter(tmp_path):
    got = _places(tmp_path, "呼伦贝尔市海拉尔区政府工作报告", "积极推动中心城区优先发展,争取到中央和自治区更多支持。")
    assert "中心城区" in got
