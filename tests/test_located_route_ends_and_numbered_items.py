"""locatedIn at a route's or a crossing's ends (ANNOTATION: "each end of a route 'A至B公路'"), and the
numbered items of a list (kg.resolve.relations `_route_ends`, `_places_only`, `_elliptical`):

- a mark's character inside a place's name is no route mark: "周至至乾县" runs to 乾县 (陕西 2026);
- a works named by two divisions written one after the other is at both ("建成江阴靖江等过江通道", 江苏 2026),
  but a park or a company after its city is not at a place named by the park's kind;
- a road's number before its ends ("G679线乌拉斯台至奇台") is no elliptical item of the list's first works
  (新疆 2026: not at 伊宁机场, the first item's airport), while "2号线一期" after "哈尔滨地铁1号线三期" is.
Sentences as the design texts write them (tests/real)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located


def test_a_division_whose_name_holds_a_route_mark_still_opens_the_route(tmp_path: Path):
    links = review_located(tmp_path, "开工周至至乾县、改扩建西安至永寿等高速公路。", "2026年陕西省政府工作报告")
    assert {("周至至乾县", "周至县"), ("周至至乾县", "乾县")} <= links


def test_a_crossing_named_by_its_two_ends_is_at_both(tmp_path: Path):
    links = review_located(tmp_path, "建成江阴靖江等过江通道。", "2026年江苏省政府工作报告")
    assert {("江阴靖江", "江阴市"), ("江阴靖江", "靖江市")} <= links


def test_a_park_after_its_city_is_not_at_its_kind(qianjiang):
    report = qianjiang.report
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "locatedIn"}
    assert ("日照食品产业园", "食品产业园") not in links


def test_a_numbered_road_with_its_ends_is_no_item_of_the_first_works_kind(tmp_path: Path):
    links = review_located(tmp_path, "推动伊宁机场迁建、G679线乌拉斯台至奇台、G314线喀什至塔什库尔干等一批重大项目开工建设。",
                           "2026年新疆维吾尔自治区政府工作报告")
    assert {("G679线乌拉斯台至奇台", "乌拉斯台"), ("G679线乌拉斯台至奇台", "奇台县")} <= links
    assert not {(p, pl) for p, pl in links if pl == "伊宁机场" and p.startswith("G")}


def test_a_numbered_line_after_the_first_is_still_the_first_works_kind(tmp_path: Path):
    links = review_located(tmp_path, "建成哈尔滨地铁1号线三期、2号线一期、3号线一期。", "2023年黑龙江省政府工作报告")
    assert ("2号线一期", "哈尔滨市") in links
