"""A transfer works' name (quoted or not) right before a head of its own is one works, head and all
(project_transfer_heads.txt; "X电外送" only before such a head): sentences of jilin-2026 and its review,
ningxia-2026-review, xinjiang-2026 and its review, henan-2026-review; the bare flow stays no works."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动“吉电入京”特高压输电通道开工建设。", {"吉电入京”特高压输电通道"}, {"吉电入京"}),
    ("七是全国首条“沙戈荒”新能源外送通道“宁电入湘”工程建成投运，我区外送电能力突破2000万千瓦。",
     {"宁电入湘”工程"}, {"宁电入湘"}),
    ("加快推进“疆电外送”第四通道、将军庙至淖毛湖铁路增建二线等一批重点项目建设。",
     {"疆电外送”第四通道"}, {"第四通道"}),
    ("南水北调中线工程水源地及干渠水质稳定在Ⅱ类及以上。", {"南水北调中线工程"}, {"南水北调"}),
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。", set(), {"晋电外送"}),
])
def test_transfer_name_with_its_head(tmp_path, sentence, found, not_found):
    got = {name.lstrip("“") for name in projects(tmp_path, sentence)}
    assert_found(got, found, not_found)
