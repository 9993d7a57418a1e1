"""A corridor (通道, 大通道) named as the strategy's opening-up or trade corridor (开放通道, 开放大通道, 黄金通道:
lexicon project_slogan_corridor_words.txt, read by projects._names_a_kind) is a slogan, no works; a corridor
named by what it carries or the ends it joins stays one, and so does a belt (走廊) opened by 开放. Sentences of
tests/real: sichuan-2026-outline, xizang-2026, zhejiang-2026, xinjiang-2026, anhui-2026, qinghai-2026,
sichuan-2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


SLOGANS = [
    ("扩大高水平对外开放，构建内联外畅开放通道，推动共建“一带一路”高质量发展，提升开放平台能级。", "四川省政府工作报告",
     {"内联外畅开放通道"}),
    ("着力打造面向南亚开放重要通道，加快陆港型、口岸型国家物流枢纽和跨境电商综试区、边境经济合作区建设。",
     "西藏自治区政府工作报告", {"面向南亚开放重要通道"}),
    ("增强义甬舟、金丽温开放大通道辐射带动能力。", "浙江省政府工作报告", {"金丽温开放大通道", "义甬舟、金丽温开放大通道"}),
    ("高质量运行中欧（亚）班列，着力打造亚欧黄金通道和向西开放桥头堡。", "新疆维吾尔自治区政府工作报告", {"亚欧黄金通道"}),
]


@pytest.mark.parametrize("sentence,head,slogans", SLOGANS)
def test_opening_up_and_golden_corridors_are_no_works(tmp_path, sentence, head, slogans):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, set(), slogans)


def test_works_corridors_and_opening_up_belts_stay(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快深水航道整治，推动合芜马铁水联运通道建设，提升长江黄金水道功能。", "安徽省政府工作报告")
    assert_found(projects, {"合芜马铁水联运通道"}, set())
    projects, _, _ = review_graph(tmp_path, "高效推进格尔木东、海南清洁能源基地建设，推动青桂、青粤绿电外送通道尽早核准开工。",
                                  "青海省政府工作报告")
    assert_found(projects, {"青粤绿电外送通道"}, set())
    projects, _, _ = review_graph(tmp_path, "完善成渝间综合运输通道体系，推进成渝地区东出北上开放走廊、长江上游航运中心建设。",
                                  "四川省政府工作报告")
    assert_found(projects, {"成渝地区东出北上开放走廊"}, set())
