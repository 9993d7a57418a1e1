"""Projects their clause does not build are not entities (kg.resolve.not_works.drop_in_context): a
facility the clause says only runs (ANNOTATION rule 7), the type a positioning aims at (rule 11) and a
product with the amount sold;
the same facilities where the clause builds them, and parks a figure sizes, stay. Sentences written in
the genre's phrasing (names and figures changed), and the Hailar report that states both."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PROJECT
from kg.pipeline import build

from tests.conftest import HAILAR
from tests.test_not_works import _projects  # a small report's projects found and kept


def test_a_facility_that_only_runs_is_no_project(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "城市基础设施进一步完善,第二水厂、城西污水处理厂运行良好,"
                                      "12公里供水管网改造完成。")
    assert "城西污水处理厂" in found  # extraction reads it; the clause builds nothing
    assert "城西污水处理厂" not in kept


def test_a_facility_put_into_operation_stays(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "城西污水处理厂建成投运、运行良好,日处理污水3万吨。")
    assert "城西污水处理厂" in kept


def test_the_type_a_positioning_aims_at_is_no_project(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "全力打造体现湿地风光、独具江南特色的滨湖旅游休闲度假基地,"
                                      "逐步形成以现代服务业为支撑的产业格局。")
    assert not {p for p in kept if p.endswith("度假基地")}


def test_a_park_a_figure_sizes_stays(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "延伸产业链条,打造500万吨级的绿色建材产业园。")
    assert any(p.endswith("绿色建材产业园") for p in kept)


@pytest.mark.skipif(not (HAILAR / "hailar-2014.txt").exists(), reason="Hailar corpus not available")
def test_hailar_positioning_and_running_works() -> None:
    kept14 = {e.name for e in build(HAILAR / "hailar-2014.txt").report.entities.values() if e.type == PROJECT}
    assert "旅游观光休闲度假基地" not in kept14  # 打造…独具北疆特色的…基地: the district's positioning
    assert "综合养护院" in kept14 or any("养护院" in p for p in kept14)  # built this year: stays
    kept12 = {e.name for e in build(HAILAR / "hailar-2012.txt").report.entities.values() if e.type == PROJECT}
    assert "污水处理厂" not in kept12  # 自来水厂、污水处理厂运行良好: built before, only runs


def test_a_product_and_its_output_is_no_project(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "全年销售鲜食葡萄18.6万吨、葡萄干6.3万吨,销售收入12.5亿元。")
    assert not {p for p in kept if p.endswith("万吨")}


def test_a_capacity_the_clause_builds_stays(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "加快华兴煤业120万吨、南山煤矿90万吨矿井建设。")
    assert found <= kept


def test_the_product_is_no_owner_either(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("2015年临川区人民政府工作报告\n全年销售鲜食葡萄18.6万吨、葡萄干6.3万吨,销售收入12.5亿元。\n",
                    encoding="utf-8")
    names = {e.name for e in build(path).report.entities.values()}
    assert "葡萄干" not in names and "葡萄干6.3万吨" not in names


def test_a_counted_set_is_no_project(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "16个总投资28.5亿元的园区项目集中开工,全面启动12条背街小巷、96个小区的雨污分流工程。")
    assert "雨污分流工程" in found
    assert "雨污分流工程" not in kept


def test_the_works_a_count_goes_on_to_name_stay(tmp_path: Path) -> None:
    found, kept = _projects(tmp_path, "这两个大项目分别是总投资60亿元的临川新能源电池产业园和总投资20亿元的城南物流园。")
    assert any("新能源电池产业园" in p for p in kept)
