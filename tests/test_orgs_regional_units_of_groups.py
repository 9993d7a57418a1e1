"""Organization rules (issue 9): a group's regional unit named by one of China's great regions right after
the group's short name, as a numbered unit is by its ordinal ("某某电建华东院", "中建五局"): one
organization holding its group; a region word that opens no unit's head names none. Invented sentences."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


@pytest.mark.parametrize("sentence, unit, group", [
    ("与中国能建华东院合作实施衢江综合治理工程。", "中国能建华东院", "中国能建"),
    ("中国电建西北院完成水库勘察设计。", "中国电建西北院", "中国电建"),
    ("中建五局承建的体育中心建成投用。", "中建五局", "中建"),
])
def test_a_regional_or_numbered_unit_of_a_group(tmp_path, sentence, unit, group):
    found = report_names(tmp_path, "Organization", "衢州市人民政府工作报告", "二、2019年工作安排", sentence)
    assert {unit, group} <= found, found


def test_a_region_word_without_a_units_head(tmp_path):
    found = report_names(tmp_path, "Organization", "衢州市人民政府工作报告", "二、2019年工作安排", "中国能建华东片区项目加快推进。")
    assert not any(o.startswith("中国能建华东") for o in found), found
