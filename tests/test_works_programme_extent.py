"""A 工程 programme followed right by the length or area it covers (project_extent_units.txt) is a package of
physical works, one undertaking though its words are common ones (ANNOTATION rule 12; kg/extract/projects.py,
_EXTENT_AFTER): "实施农村公路安全生命防护工程3万公里" (guizhou-2026-review), "完成农村公路路网提升工程1万公里"
(hubei-2026), "其中南北山绿化工程20万亩" (xizang-2026), "建成村道公路安全生命防护工程6000公里"
(yunnan-2026). A count of items after a programme ("农村供水工程100处", "强基工程10个") is no extent."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("实施农村公路安全生命防护工程3万公里，全省5000个村通硬化路。", {"农村公路安全生命防护工程"}, set()),
    ("完成农村公路路网提升工程1万公里，加快农村公路建设。", {"农村公路路网提升工程"}, set()),
    ("完成营造林40万亩以上、其中南北山绿化工程20万亩，修复治理退化草原。", {"南北山绿化工程"}, set()),
    ("建成村道公路安全生命防护工程6000公里。", {"村道公路安全生命防护工程"}, set()),
    # a count of works after the programme is no extent it covers
    ("力争实施医疗卫生强基工程10个以上。", set(), {"医疗卫生强基工程"}),
])
def test_programme_over_an_extent_is_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
