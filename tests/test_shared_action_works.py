"""Works named with a list of facilities that share the action written after the last of them
(kg/extract/shared_actions.py): streets and rivers listed before one renovation or treatment are one
works package, as ANNOTATION's seed gold names "三台书院、草圭堂维修保护工程"; the last item's works stays
a project too. General grammar examples (made-up names) and seed sentences that must not be joined."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import assert_found, names_of

TITLES = {"made-up": "某某区政府工作报告", "qianjiang": "重庆市黔江区政府工作报告", "guangdong": "广东省政府工作报告"}


def projects(tmp_path, report: str, sentence: str) -> set[str]:
    path = tmp_path / f"{report}.txt"
    path.write_text(f"{TITLES[report]}\n\n一、工作回顾\n\n{sentence}\n", encoding="utf-8")
    return names_of(extract_mentions(parse_document(read_source(path))), "Project")


@pytest.mark.parametrize("report,sentence,found,not_found", [
    # streets sharing one renovation: the package, and the last street's works
    ("made-up", "推进甲子路、乙丑路综合提升工程建设。", {"甲子路、乙丑路综合提升工程", "乙丑路综合提升工程"}, set()),
    # rivers sharing one treatment, a phase and a label after the action
    ("made-up", "推进东河、西河水环境综合治理二期工程。", {"东河、西河水环境综合治理二期工程"}, set()),
    # a hospital opened beside a school relocated: two works (qianjiang-2019's gold)
    ("qianjiang", "投用骨科医院、党校迁建项目。", {"党校迁建项目"}, {"骨科医院、党校迁建项目"}),
    # a list that 等 labels: each item its own works (guangdong-2026's gold)
    ("guangdong", "推进环北部湾广东水资源配置一期、二期和黄茅峡水库、长潭水库扩建等工程建设。",
     {"长潭水库扩建"}, {"黄茅峡水库、长潭水库扩建"}),
])
def test_facilities_sharing_an_action(tmp_path, report, sentence, found, not_found):
    assert_found(projects(tmp_path, report, sentence), found, not_found)


def test_second_line_of_a_route(tmp_path):
    """复线 (project_heads.txt): a second line beside a route is works of its own, named with the route."""
    assert_found(projects(tmp_path, "made-up", "开工建设甲乙高速公路复线。"), {"甲乙高速公路复线"}, {"甲乙高速公路"})
