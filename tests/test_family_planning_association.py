"""The family planning association by its short form (计生协, 中国计划生育协会): the reports list it
among the mass bodies, beside 妇联 and 残联 (ANNOTATION rule 4), and the annotators take it as an
organization (fujian-2026-outline, hunan-2026-outline, hunan-2026-review). A line of org_bodies.txt,
with its level form ({L}计生协). The sentence is fujian-2026-outline's; the whole pipeline runs on it."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_the_family_planning_association_listed_among_the_mass_bodies(tmp_path):
    sentence = "发挥工会、共青团、妇联、计生协、残联、红十字会等群团组织作用。"
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert {"计生协", "妇联", "残联"} <= orgs


def test_a_countys_family_planning_association_by_its_level(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "县计生协开展关爱行动。", "2024年某县人民政府工作报告")
    assert "县计生协" in orgs
