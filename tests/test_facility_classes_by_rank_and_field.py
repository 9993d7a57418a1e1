"""Built works, session 58 (helper pjw): a facility named only by its rank, reach or age in a network or
by a field of plants is a class, no works (generic_projects.txt: 支线, 沿边, 中西部, 先进, 现役, 存量,
煤电): "支线机场", "中西部铁路", "先进煤电机组", "存量煤电项目"; a named one stays ("遵义茅台机场").
Sentences of tests/real guizhou-2026, national-2015, henan-2026, heilongjiang-2026, yunnan-2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph

TITLE = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, not_found", [
    ("支持民航集团统一运营管理全省支线机场，推动组建铁路发展公司。", {"支线机场", "全省支线机场"}),
    ("加快推动先进煤电机组布局和现役煤电机组改造，建成投产大湾、盘南等煤电项目。", {"先进煤电机组"}),
    ("全面完成存量煤电项目优化改造，关停淘汰10万千瓦及以下煤电机组。", {"存量煤电项目", "煤电机组"}),
    ("中西部铁路和公路、内河航道等重大交通项目。", {"中西部铁路"}),
    ("建设沿边产业园区，扩能提质边境口岸。", {"沿边产业园区"}),
])
def test_classes_of_facilities_are_no_works(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, TITLE)
    assert_found(projects, set(), not_found)


def test_a_named_airport_stays(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推动铜仁凤凰机场航空口岸正式开放，新建遵义茅台机场，支持民航集团统一运营管理全省支线机场。", TITLE)
    assert_found(projects, {"遵义茅台机场"}, {"支线机场"})
