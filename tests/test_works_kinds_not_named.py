"""Kinds of facility and fields of regulation standing alone name no works (ANNOTATION: generic categories,
campaigns): a care centre by its kind (托育, 服务: generic_projects.txt), a port by its technology and a
cold-chain base by its trade (智慧口岸, 冷链物流基地: project_not_works_kinds.txt), and anything of bidding
(招投标: project_campaign_words.txt). Sentences from qinghai, shanxi, hainan, anhui, ningxia, guizhou and
zhejiang 2026; a named works in the same sentence stays."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PROJECT
from kg.pipeline import build

from tests.conftest import entity_names


def _projects(tmp_path: Path, line: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("2026年某省政府工作报告\n二、2026年重点工作\n" + line + "\n", encoding="utf-8")
    return entity_names(build(path).report, PROJECT)


@pytest.mark.parametrize("line, kind", [
    ("大力发展托幼一体服务，建好托育综合服务中心、社区普惠托育服务设施等群众家门口托育机构。", "托育综合服务中心"),
    ("加快建设省、市县托育综合服务中心，建成省级管理平台。", "市县托育综合服务中心"),
    ("加快发展现代物流产业，推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设。", "冷链物流基地"),
    ("开展招投标领域突出问题系统整治，持续整治“内卷式”竞争。", "招投标领域突出问题系统整治"),
    ("加快推动省招投标交易平台、服务平台、监督平台数据集成共享、全程可视可溯。", "省招投标交易平台"),
    ("全省统一的招投标交易平台建成试用。", "招投标交易平台"),
])
def test_a_kind_alone_is_no_works(tmp_path, line, kind):
    assert kind not in _projects(tmp_path, line)


def test_the_named_works_beside_stays(tmp_path):
    found = _projects(tmp_path, "申建芜湖空港保税物流中心（B型），加快智慧口岸试点建设。")
    assert "智慧口岸" not in found
    assert "芜湖空港保税物流中心(B型)" in found
