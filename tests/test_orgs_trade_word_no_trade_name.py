"""An industry or product word (industries.txt, org_trade_products.txt) standing where a company's
trade name would go, before a capacity or a works, is a trade, no company (issue 9, session 73 org73):
no Organization of tests/real's gold is named by such a word alone. Real sentences, read from the
reports; the whole pipeline runs on each."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import review_graph

REAL = Path(__file__).parent / "real"


def _sentence(report: str, holding: str) -> str:
    text = (REAL / f"{report}.txt").read_text(encoding="utf-8")
    return next(s + "。" for s in re.split("。", text) if holding in s)


@pytest.mark.parametrize("report, holding, trade, kept", [
    # 光伏 before its capacity: the kind of plant built on roofs, no company
    ("chongqing-2026-review", "屋顶分布式光伏391万千瓦", "光伏", None),
    # 碳酸锂 in a works' name after the group that builds it: the product, the group stays
    ("qinghai-2026-review", "2万吨高质碳酸锂项目", "碳酸锂", "中国盐湖集团"),
])
def test_a_trade_word_is_no_trade_name(tmp_path, report, holding, trade, kept):
    sentence = _sentence(report, holding)
    _, orgs, _ = review_graph(tmp_path, sentence, "2025年政府工作报告")
    assert trade not in orgs, orgs
    if kept:
        assert kept in orgs, orgs
