"""Divisions written in full as the items of a list of projects ("甲县、乙县等…治理项目") are where each
one's works are, places, not projects (kg.extract.projects._enumerated_projects); a list of named works
stays works. Real divisions (a general fact of the divisions table) and made-up works."""
from __future__ import annotations

import pytest

from tests.conftest import review_mentions

TITLE = "2020年玉溪市政府工作报告"


@pytest.mark.parametrize("sentence", [
    "澄江县、华宁县、通海县等重金属污染治理项目通过验收。",
    "澄江县、华宁县等农村饮水安全项目加快推进。",
])
def test_divisions_listed_before_projects_are_places(tmp_path, sentence):
    mentions = review_mentions(tmp_path, sentence, TITLE)
    assert not {m.text for m in mentions if m.type == "Project"} & {"澄江县", "华宁县", "通海县"}
    assert {"澄江县", "华宁县"} <= {m.text for m in mentions if m.type == "Place"}


def test_named_works_listed_before_projects_stay(tmp_path):
    mentions = review_mentions(tmp_path, "推进青禾终端研发、澄江高端装备制造、白沙装配式建筑等项目。", TITLE)
    assert "澄江高端装备制造" in {m.text for m in mentions if m.type == "Project"}
