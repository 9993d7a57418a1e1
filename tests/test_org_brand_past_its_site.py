"""A brand (a trade name and its trade, kg.extract.organizations._brand_orgs) written after the prefectures or
counties where its plant stands takes its name without them (_past_site_divisions): "益阳信维科技攻克…"
(hunan-2026-review) names 信维科技, "长沙宁乡圣钘科技新一代锂电池" (hunan-2026) names 圣钘科技. A province's
name stays, the registered form 行政区划 + 字号 (吉林梅花, 青海时代 in jilin-2026 and qinghai-2026), and so
does the report's own area. Sentences as the design texts write them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年湖南省政府工作报告"


def test_a_city_before_the_brand_is_its_site(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "益阳信维科技攻克高端陶瓷电容器关键技术。", HEAD)
    assert "信维科技" in orgs and "益阳信维科技" not in orgs


def test_a_city_and_county_before_the_brand_are_its_site(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "推进长沙宁乡圣钘科技新一代锂电池、浏阳蓝思科技3D玻璃研发生产等项目建设。", HEAD)
    assert "圣钘科技" in orgs and "宁乡圣钘科技" not in orgs
    assert "长沙宁乡圣钘科技新一代锂电池" in projects
