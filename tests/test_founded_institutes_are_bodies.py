"""A research institute or laboratory that the report sets up with 组建 (project_body_founding_verbs.txt)
is a body organized, an organization, not a works being co-built (kg.extract.organizations
co_built_institutes; the gold of liaoning-2026, liaoning-2026-review and chongqing-2026-review: 组建 X
→ Organization). 筹建 still builds one (chongqing-2026: 筹建…重庆实验室, a project). Sentences of the
design texts."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_names, review_projects


@pytest.mark.parametrize("sentence, name", [
    ("组建省产业技术研究院,新建省级以上概念验证中心5家。", "省产业技术研究院"),
    ("以全新体制组建辽宁实验室。", "辽宁实验室"),
    ("组建重庆信息与智慧医学研究院、重庆人工智能学院、重庆通用人工智能研究院。", "重庆通用人工智能研究院"),
])
def test_an_institute_set_up_is_a_body_not_a_works(tmp_path, sentence, name):
    assert name not in review_projects(tmp_path, sentence)
    assert name in review_names(tmp_path, "Organization", sentence)


def test_an_institute_prepared_for_building_stays_a_works(tmp_path):
    got = review_projects(tmp_path, "持续支持金凤、嘉陵江、明月湖实验室发展,筹建绿色低碳领域重庆实验室。")
    assert "绿色低碳领域重庆实验室" in got


def test_centres_a_plaque_is_hung_on_are_bodies_not_works(tmp_path):
    # "挂牌运行" after a list of centres (hainan-2026-review): each is a body (ANNOTATION: public institutions)
    projects, orgs, _ = review_graph(tmp_path, "海南国际碳排放权交易中心、海南国际蓝碳研究中心挂牌运行。", "2026年海南省政府工作报告")
    names = {"海南国际碳排放权交易中心", "海南国际蓝碳研究中心"}
    assert not projects & names, projects
    assert names <= orgs, orgs
