"""Organization rules (issue 9): a group's regional unit named by one of China's great regions right after
the group's short name, as a numbered unit is by its ordinal ("某某电建华东院", "中建五局"): one
organization holding its group; a region word that opens no unit's head names none. Invented sentences."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"
HEAD = "衢州市人民政府工作报告"


def test_a_regional_institute_of_a_group(tmp_path):
    found = report_names(tmp_path, ORG, HEAD, "二、2019年工作安排", "与中国能建华东院合作实施衢江综合治理工程。")
    assert {"中国能建华东院", "中国能建"} <= found


def test_a_region_word_without_a_units_head(tmp_path):
    found = report_names(tmp_path, ORG, HEAD, "二、2019年工作安排", "中国能建华东片区项目加快推进。")
    assert not any(o.startswith("中国能建华东") for o in found)
