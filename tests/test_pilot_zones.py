"""A pilot zone by its head (project_heads.txt, flag "zone": 试验区, 先导区, 协同区) is a project when a place
or places' initials say which zone it is ("防城港国际医学开放试验区", "川藏经济协作试验区", "南京、昆山国家级金融
改革试验区"; ANNOTATION rule 11), in a list of projects too; its field alone ("改革开放先导区", "跨境电商综合
试验区", "国际康养旅游试验区") names the kind of designation, no zone. Sentences of the 2026 plans of 广西,
四川, 江苏, 福建, 山东 (tests/real, tests/real/next), the State Council's 2015 report and the 甘肃 design
report."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found,not_found", [
    ("推进防城港国际医学开放试验区建设。", "广西壮族自治区政府工作报告", {"防城港国际医学开放试验区"}, {"防城港"}),
    ("推进川藏经济协作试验区建设。", "四川省政府工作报告", {"川藏经济协作试验区"}, set()),
    ("深化南京、昆山国家级金融改革试验区建设。", "江苏省政府工作报告", {"南京、昆山国家级金融改革试验区"}, set()),
    ("积极推动上海和广东、天津、福建自贸试验区建设，在全国推广成熟经验。", "国务院政府工作报告", {"福建自贸试验区"}, set()),
    ("深化开发区一体化管理制度改革，打造现代化产业集聚区、改革开放先导区、绿色低碳发展示范区。", "福建省政府工作报告",
     set(), {"改革开放先导区"}),
    ("支持青岛打造“中国康湾”、威海创建国际康养旅游试验区。", "山东省政府工作报告", set(), {"国际康养旅游试验区"}),
    ("综合保税区、保税物流中心、跨境电商综合试验区等平台功能显著提升。", "甘肃省政府工作报告", set(), {"跨境电商综合试验区"}),
    # a zone its clause neither builds nor develops is where things are done, a place (rule 3)
    ("稳步推进制度型开放，加快广西自贸试验区首创式、集成式探索。", "广西壮族自治区政府工作报告", set(), {"广西自贸试验区"}),
])
def test_a_place_names_the_pilot_zone(tmp_path, sentence, head, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, not_found)
