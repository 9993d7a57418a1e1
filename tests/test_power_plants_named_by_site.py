"""Power plants listed by their site before a label of their kind are works, no companies (session 58,
helper pjw: kg.extract.projects._plant_by_its_site, project_plant_list_kinds.txt; org_not_company_lists.txt):
"建成投产大湾、盘南等煤电项目" names two coal power plants, 大湾 and 盘南, as the items of "甲乙、丙丁等N条高铁"
name routes; kinds and trades stay no works ("风电、光伏等新能源项目"). Sentence of
tests/real/next/guizhou-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

TITLE = "2026年贵州省人民政府工作报告"


def test_plants_named_by_their_site(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "加快推动先进煤电机组布局和现役煤电机组改造，建成投产大湾、盘南等煤电项目。", TITLE)
    assert_found(projects, {"大湾", "盘南"}, set())
    assert_found(orgs, set(), {"大湾", "盘南"})


def test_kinds_of_power_are_no_plants(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快风电、光伏等新能源项目建设，推进火电、水电等电源项目。", TITLE)
    assert_found(projects, set(), {"风电", "光伏", "火电", "水电"})
