"""A joint zone or works whose own name opens with a place keeps China and its partner country before it, by
their one-character forms (kg.extract.built_zones.extract_partner_opened_works,
project_partner_country_openers.txt): "中新济南未来产业城", "中蒙二连浩特—扎门乌德经济合作区", not the name cut at
the place. Sentences of the 2026 reports of 山东 and 内蒙古 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found,not_found", [
    ("支持中新济南未来产业城建设。", "山东省政府工作报告", {"中新济南未来产业城"}, {"济南未来产业城"}),
    ("加快建设中蒙二连浩特—扎门乌德经济合作区、满洲里产业协作园区，建成运营满都拉、甘其毛都口岸互贸区。",
     "内蒙古自治区政府工作报告", {"中蒙二连浩特—扎门乌德经济合作区"}, {"二连浩特—扎门乌德经济合作区"}),
    ("高标准建设中非经贸深度合作先行区，完善对非供应链服务体系。", "湖南省政府工作报告", {"中非经贸深度合作先行区"}, set()),
])
def test_a_joint_works_keeps_its_partners(tmp_path, sentence, head, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, not_found)
