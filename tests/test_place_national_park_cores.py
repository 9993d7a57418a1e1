"""A national park is named after the place it protects (place_designation_kinds.txt: 国家公园): the
name before the kind is a place of its own (ANNOTATION rule 8), as for a scenic area's core; a species
the park is for (大熊猫) is no place. Sentences of the 2026 plans of 甘肃, 湖南 and 山东 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_the_place_a_national_park_is_named_after(tmp_path):
    found = _places(tmp_path, "2026年湖南省政府工作报告", "严厉打击非法采砂采矿;积极创建南山国家公园,全面提升洞庭湖生态功能。")
    assert "南山" in found
    found = _places(tmp_path, "2026年山东省政府工作报告", "高质量建设黄河口国家公园,积极创建长岛国家公园、国际零碳岛。")
    assert {"黄河口", "长岛"} <= found


def test_a_park_listed_after_another_and_a_species_park(tmp_path):
    found = _places(tmp_path, "2026年甘肃省政府工作报告",
                    "整合优化自然保护地,巩固大熊猫国家公园建设成果,推进祁连山、若尔盖国家公园建设。")
    assert "若尔盖" in found
    assert "大熊猫" not in found
