"""A list numbered 一、二、 again inside a part is read as parts of its own; each must still be a
section of its own. Two parts both given the id "p1" were one section in the graph (two modes, two
periods: `kg validate` refused it) and every sentence of the first was looked up as the second's,
so a review's results were read as plan targets."""
from __future__ import annotations

from kg.pipeline import build

REPORT = """某市政府工作报告

各位代表:

一、2023年工作回顾

全年地区生产总值增长6.5%。

二、2024年工作安排

2024年经济社会发展的主要预期目标是:地区生产总值增长6%左右。

一、加快交通建设

开工建设环城快速路。

（一）完善路网

（一）提升公交
"""


def test_a_part_number_used_again_makes_a_section_of_its_own(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    b = build(path)
    ids = [s.id for s in b.doc.sections]
    assert len(ids) == len(set(ids)), ids
    review = next(se for se in b.doc.sentences if "6.5%" in se.text)
    assert b.doc.section(review.section).mode == "review"
    statuses = {m.text: m.attrs.get("status") for m in b.mentions if m.type == "Observation"}
    assert statuses.get("6.5%") == "actual" and statuses.get("6%左右") == "target", statuses
