"""Development corridors and belts (project_heads.txt, flag "region"; ANNOTATION rules 3 and 11) that the
2026 plans build and the rules missed: a belt opened by 沿 and the short name of the river, coast or border
it runs along (project_along_region_openers.txt: "沿江智造走廊", "沿江创新发展带", "沿黄湿地生态保护修复带"),
the heads 产业走廊, 智造走廊 and 旅游带, a belt whose quoted name holds the river it runs along
("“清清黄河”旅游带"), and a corridor named by two places joined with a dash ("北京-雄安人才科创走廊").
Sentences of the 2026 plans of 安徽, 江苏, 河南, 重庆, 青海 and 北京 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("加快芜马同城化、安池铜跨江一体发展，加快打造沿江智造走廊。", "安徽省政府工作报告", {"沿江智造走廊"}),
    ("打造长三角大科学装置联盟和沿江创新发展带，推进苏州与上海同城化发展。", "江苏省政府工作报告", {"沿江创新发展带"}),
    ("“一河一策”加强金堤河等支流保护治理，建设沿黄湿地生态保护修复带。", "河南省政府工作报告", {"沿黄湿地生态保护修复带"}),
    ("健全合肥都市圈一体化发展推进机制，推进合六、合淮、合滁产业走廊建设，构建1小时通勤圈。", "安徽省政府工作报告",
     {"合滁产业走廊"}),
    ("加快建设长江国际黄金旅游带，整体塑造世界山水都市、壮美长江三峡等文旅名片。", "重庆市政府工作报告",
     {"长江国际黄金旅游带"}),
    ("启动建设“清清黄河”旅游带。", "青海省政府工作报告", {"“清清黄河”旅游带"}),
    ("提升雄安新区中关村科技园发展能级，建设北京-雄安人才科创走廊。", "北京市政府工作报告", {"北京-雄安人才科创走廊"}),
])
def test_corridor_or_belt_is_a_project(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())


@pytest.mark.parametrize("sentence,not_found", [
    ("发挥旅游带动就业、促进各民族交往交流交融积极作用。", {"旅游带"}),  # 带动, a verb: no belt
    ("提升旅游带动能力。", {"旅游带"}),
    ("完善沿边城镇带布局。", {"沿边城镇带"}),  # no head of a development belt
    ("迭代“一键游广西”平台。", {"“一键游广西”平台"}),  # a place in a quote before a weak head other than a belt
])
def test_no_belt_without_its_head_or_name(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "广西壮族自治区政府工作报告")
    assert_found(projects, set(), not_found)
