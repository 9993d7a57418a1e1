"""A named zone is a place where the sentence says what newly came into it ("X产业园新入园企业47家",
"X示范区新引进项目12个", "新落户X工业园"; ANNOTATION rule 3: located → Place), as it already was with
入驻/入园/落户, or measures what it yields, after a proper name (session 54: place_located_words.txt's
"yield": "X产业园新增产能…", "X综合保税区进出口额…", "X物流园交易额…"). Sentences written in the genre's
phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

HEAD = "2024年某市人民政府工作报告"


@pytest.mark.parametrize("sentence, zone", [
    ("青禾产业园新入园企业47家,新增规上工业企业9家。", "青禾产业园"),
    ("柳溪现代农业示范区新引进项目12个,完成投资8亿元。", "柳溪现代农业示范区"),
    ("石岭工业园引进企业15家,其中亿元以上项目6个。", "石岭工业园"),
    ("青禾酱酒产业园新增产能1.2万吨，带动就业2000人。", "青禾酱酒产业园"),
    ("澄溪科技园新增入驻企业68家。", "澄溪科技园"),
    ("澄江综合保税区进出口额增长55%。", "澄江综合保税区"),
    ("青禾农产品物流园交易额突破300亿元。", "青禾农产品物流园"),
])
def test_a_zone_things_newly_came_into_is_a_place(tmp_path, sentence, zone):
    assert zone in report_names(tmp_path, "Place", HEAD, "各位代表：", sentence)


def test_a_bare_kind_of_zone_is_no_place(tmp_path):
    # a kind with no name before it ("示范区新引进…") names no zone
    got = report_names(tmp_path, "Place", HEAD, "各位代表：", "各示范区新引进项目32个。")
    assert not {n for n in got if n.endswith("示范区")}


def test_a_crops_kind_of_base_yielding_is_no_place(tmp_path):
    # common words before the head, past the town that opens them: a kind of base, no named zone
    got = report_names(tmp_path, "Place", HEAD, "各位代表：", "青禾镇苹果梨基地新增种植面积3000亩。")
    assert not {n for n in got if n.endswith("基地")}
