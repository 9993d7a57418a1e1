"""A development corridor, belt or circle named by the places it joins and its field (project_heads.txt,
flag "region": "天府大道科创大走廊", "哈长沈大产业科技创新走廊", "紫金山创新带", "之江文化产业带", "环太湖科创圈",
"大武夷文化旅游圈"): one undertaking of regional development (ANNOTATION rule 11), weak as each head
alone names a kind; the places opening it are no company (kg.extract.genre, kg.extract.organizations);
a corridor of land named alone ("河西走廊") stays a place, and the regions of national strategies
(长江经济带, 都市圈) are not among the heads. Sentences of the 2026 plans of 四川, 吉林, 江苏, 浙江,
黑龙江, 云南, 福建 (tests/real, tests/real/next) and of the 甘肃 design report."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("推进天府大道科创大走廊、成渝中线科创大走廊、德阳高端装备科技城建设。", "四川省政府工作报告",
     {"天府大道科创大走廊", "成渝中线科创大走廊"}),
    ("共建巴蜀文旅走廊。", "四川省政府工作报告", {"巴蜀文旅走廊"}),
    ("积极融入哈长沈大产业科技创新走廊，深化与辽宁、黑龙江合作。", "吉林省政府工作报告", {"哈长沈大产业科技创新走廊"}),
    ("积极推动豫皖苏浙大宗商品骨干流通走廊建设。", "河南省政府工作报告", {"豫皖苏浙大宗商品骨干流通走廊"}),
    ("支持紫金山创新带、吴淞江科创带建设。", "江苏省政府工作报告", {"紫金山创新带", "吴淞江科创带"}),
    ("深化沿沪宁产业创新带、环太湖科创圈建设。", "江苏省政府工作报告", {"沿沪宁产业创新带", "环太湖科创圈"}),
    ("推进良渚文化大走廊建设，提升之江文化产业带能级。", "浙江省政府工作报告", {"良渚文化大走廊", "之江文化产业带"}),
    ("布局建设哈大齐绥新能源产业带和东部地区新能源产业集群。", "黑龙江省政府工作报告", {"哈大齐绥新能源产业带"}),
    ("推进平潭国际旅游岛、大武夷文化旅游圈等建设。", "福建省政府工作报告", {"大武夷文化旅游圈"}),
])
def test_named_corridor_is_a_project(tmp_path, sentence, head, found):
    projects, orgs, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())
    assert not {o for o in orgs if any(p.startswith(o) for p in found)}, orgs  # no company opens a corridor


@pytest.mark.parametrize("sentence,not_found", [
    ("发展壮大河西走廊、陇东南经济带，加快建设黄河上游生态功能带。", {"河西走廊"}),
    ("服务长三角一体化发展和长江经济带发展。", {"长江经济带"}),
    ("推进国际运输走廊建设。", {"国际运输走廊"}),
])
def test_land_corridors_and_strategy_regions_are_no_projects(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "甘肃省政府工作报告")
    assert_found(projects, set(), not_found)
