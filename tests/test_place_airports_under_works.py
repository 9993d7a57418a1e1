"""An airport in service named with works on it as it stands (place_airport_standing_works.txt:
改扩建, 扩建, 迁建, after an optional phase) is a place in the works' name (ANNOTATION rules 2 and 8), the
works a project of its own; a new airport's works name no place of it. Sentences of the 2026 plans
of 湖南, 吉林 and 浙江 (tests/real) and of 江苏 (tests/real/next)."""
from __future__ import annotations

import pytest

from tests.conftest import report_pairs


def _pairs(tmp_path, head: str, sentence: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, head, "", "二、2026年工作安排", "", sentence)


@pytest.mark.parametrize("head, sentence, airport, works", [
    ("2026年湖南省政府工作报告", "完成长沙机场改扩建工程竣工验收。", "长沙机场", "长沙机场改扩建工程"),
    ("2026年浙江省政府工作报告", "建设嘉兴专业性航空货运枢纽,加快义乌机场改扩建。", "义乌机场", "义乌机场改扩建"),
    ("2026年吉林省政府工作报告", "抓好延吉机场迁建和长春龙嘉机场三期扩建进度。", "延吉机场", "延吉机场迁建"),
    ("2026年吉林省政府工作报告", "抓好延吉机场迁建和长春龙嘉机场三期扩建进度。", "长春龙嘉机场", "长春龙嘉机场三期扩建"),
])
def test_an_airport_under_works_is_a_place_and_the_works_a_project(tmp_path, head, sentence, airport, works):
    found = _pairs(tmp_path, head, sentence)
    assert ("Place", airport) in found and ("Project", works) in found


def test_a_new_airports_works_name_no_place_of_it(tmp_path):
    found = _pairs(tmp_path, "2026年江苏省政府工作报告", "加快南京机场三期、南通新机场工程前期工作。")
    assert ("Place", "南通新机场") not in found


def test_an_airport_in_service_named_by_its_site_alone_is_a_place(tmp_path):
    # hubei 2026: the airports are named by their sites (天河, 花湖), no city before them
    found = _pairs(tmp_path, "2026年湖北省政府工作报告", "推动天河国际机场和花湖国际机场联动发展。")
    assert {("Place", "天河国际机场"), ("Place", "花湖国际机场"), ("Place", "天河"), ("Place", "花湖")} <= found


def test_an_airport_the_sentence_builds_by_its_site_is_no_place(tmp_path):
    found = _pairs(tmp_path, "2026年湖北省政府工作报告", "加快建设花湖国际机场,")
    assert ("Place", "花湖国际机场") not in found
