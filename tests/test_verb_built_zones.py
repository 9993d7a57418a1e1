"""Designated zones a build verb builds, named from the verb or the list mark to the zone's head
(kg.extract.built_zones, genre_zones_built_by_verb.txt; ANNOTATION rules 3 and 11): the name's words run over
the verbs of the zone's field ("合作", "联动发展", "共同保护"), and a place, the countries joined or their
one-character short forms say which zone it is. A zone of no such name, one of a slogan ("美丽中国先行区"),
one applied for inside the list ("威海创建…试验区") and the kind alone stay none. Sentences of the 2026
plans of 安徽, 重庆, 湖南, 江苏 and 山东 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("支持以市场化方式设立并购基金、S基金，建设安徽（合肥）并购集聚区，支持优势企业并购重组。", "安徽省政府工作报告",
     {"安徽(合肥)并购集聚区"}),
    ("拓展生态产品价值实现渠道，升级打造新安江—千岛湖生态环境共同保护合作区，深化皖苏合作。", "安徽省政府工作报告",
     {"新安江—千岛湖生态环境共同保护合作区"}),
    ("完善重点领域产业链供应链抱团机制，提质升级虹桥国际开放枢纽安徽联动发展区。", "安徽省政府工作报告",
     {"虹桥国际开放枢纽安徽联动发展区"}),
    ("分类优化毗邻地区合作平台，提质建设川渝高竹新区、万达开统筹发展示范区，深化经济区与行政区适度分离改革。",
     "重庆市政府工作报告", {"川渝高竹新区"}),
    ("高标准建设中非经贸深度合作先行区，完善对非供应链服务体系。", "湖南省政府工作报告", {"中非经贸深度合作先行区"}),
    ("推进宿迁“四化”同步集成改革示范区建设。", "江苏省政府工作报告", {"宿迁“四化”同步集成改革示范区"}),
])
def test_zone_built_after_its_verb_is_a_project(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found({p.replace("“", "").replace("”", "") for p in projects},
                 {f.replace("“", "").replace("”", "") for f in found}, set())


@pytest.mark.parametrize("sentence,not_found", [
    ("支持青岛打造“中国康湾”、威海创建国际康养旅游试验区。", {"威海创建国际康养旅游试验区"}),
    ("建设美丽中国先行区。", {"美丽中国先行区"}),
    ("打造国家级新区。", {"国家级新区"}),
    ("推动开放合作示范区建设。", {"开放合作示范区"}),
])
def test_zones_of_no_name_or_applied_for_are_no_projects(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "山东省政府工作报告")
    assert_found(projects, set(), not_found)
