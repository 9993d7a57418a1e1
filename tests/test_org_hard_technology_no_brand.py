"""硬科技 (hard technology, the genre's word for what funds invest in) names no company: 硬 is a kind
(org_manner_finals.txt), so the brand rule reads no brand before 科技 ("赋能上千家硬科技创业团队" in
chongqing-2026-review gave 上千家硬科技, "投早投小投硬科技" in chongqing-2026 gave 投小投硬科技). Sentences as the
design texts write them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年重庆市政府工作报告"


def test_hard_technology_names_no_company(tmp_path):
    for sentence in ("明月湖科创园累计赋能上千家硬科技创业团队。", "支持种子基金投早投小投硬科技。"):
        _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
        assert not any(o.endswith("硬科技") for o in orgs), sentence
