"""The short forms of the national agricultural zones, 农高区 and 农综区 (project_heads.txt, flag "zone"), name
one zone where a place opens the name ("黄河三角洲国家农高区", "潍坊国家农综区": a project where the clause
builds it, ANNOTATION rules 3, 11); the short form alone names the kind of designation. Sentences in the
wording of the 2026 plans of 山东, 河南, 江苏, 四川 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found,not_found", [
    ("高水平建设黄河三角洲国家农高区、潍坊国家农综区。", "山东省政府工作报告", {"黄河三角洲国家农高区", "潍坊国家农综区"}, set()),
    ("中原农谷、周口国家农高区加快建设，国家生物育种产业创新中心建成投用。", "河南省政府工作报告", {"周口国家农高区"}, set()),
    # the kind alone
    ("有序推进省级农高区建设和国家农高区创建。", "四川省政府工作报告", set(), {"省级农高区", "国家农高区", "农高区"}),
    ("促进国家农高区、国家农创中心和生物育种实验室协同创新。", "江苏省政府工作报告", set(), {"国家农高区", "农高区"}),
])
def test_agricultural_zone_named_by_its_place(tmp_path, sentence, head, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, not_found)
