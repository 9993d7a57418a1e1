"""A named zone is a place where the sentence says what newly came into it ("X产业园新入园企业47家",
"X示范区新引进项目12个", "新落户X工业园"; ANNOTATION rule 3: located → Place), as it already was with
入驻/入园/落户. Sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

HEAD = "2024年某市人民政府工作报告"


@pytest.mark.parametrize("sentence, zone", [
    ("青禾产业园新入园企业47家,新增规上工业企业9家。", "青禾产业园"),
    ("柳溪现代农业示范区新引进项目12个,完成投资8亿元。", "柳溪现代农业示范区"),
    ("石岭工业园引进企业15家,其中亿元以上项目6个。", "石岭工业园"),
])
def test_a_zone_things_newly_came_into_is_a_place(tmp_path, sentence, zone):
    assert zone in report_names(tmp_path, "Place", HEAD, "各位代表：", sentence)


def test_a_bare_kind_of_zone_is_no_place(tmp_path):
    # a kind with no name before it ("示范区新引进…") names no zone
    got = report_names(tmp_path, "Place", HEAD, "各位代表：", "各示范区新引进项目32个。")
    assert not {n for n in got if n.endswith("示范区")}
