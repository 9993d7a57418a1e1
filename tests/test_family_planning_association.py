"""The family planning association by its short form (计生协, 中国计划生育协会): the reports list it
among the mass bodies, beside 妇联 and 残联 (ANNOTATION rule 4), and the annotators take it as an
organization (fujian-2026-outline, hunan-2026-outline, hunan-2026-review). A line of org_bodies.txt,
with its level form ({L}计生协). The sentence is fujian-2026-outline's; the whole pipeline runs on it."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence, head, found", [
    ("发挥工会、共青团、妇联、计生协、残联、红十字会等群团组织作用。", "2026年某省人民政府工作报告", {"计生协", "妇联", "残联"}),
    ("县计生协开展关爱行动。", "2024年某县人民政府工作报告", {"县计生协"}),
], ids=["listed_among_the_mass_bodies", "a_countys_by_its_level"])
def test_the_family_planning_association_is_a_mass_body(tmp_path, sentence, head, found):
    assert_found(review_graph(tmp_path, sentence, head)[1], found, ())
