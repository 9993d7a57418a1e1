"""A national programme of physical works known by a quoted short name (project_quoted_works_programmes.txt:
三北 afforestation, 城市双修 urban repair) is a project, "“三北”工程", "“城市双修”工程" (ANNOTATION rule 12); any
other quoted 工程 stays a programme's slogan ("“百千万”工程", "“强县中增学位”工程"). Sentences in the wording
of the 2026 plans of 甘肃, 吉林, 山西 and the 海拉尔区 2019 report (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found,not_found", [
    ("大力推进“三北”工程建设，打好河西走廊沙化土地综合治理攻坚战。", "甘肃省政府工作报告", {"“三北”工程"}, set()),
    ("科学开展国土绿化，推进“三北”工程建设10万亩。", "吉林省政府工作报告", {"“三北”工程"}, set()),
    ("抓好“城市双修”工程、城区环境提升改造等项目。", "海拉尔区政府工作报告", {"“城市双修”工程"}, set()),
    # slogans of programmes that are no works
    ("实施放心消费“百千万”工程，扩围升级城市消费。", "福建省政府工作报告", set(), {"“百千万”工程"}),
    ("一是继续实施“强县中增学位”工程，支持20所县中扩容。", "甘肃省政府工作报告", set(), {"“强县中增学位”工程"}),
])
def test_quoted_works_programme(tmp_path, sentence, head, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, not_found)
