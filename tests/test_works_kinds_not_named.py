"""Kinds of facility and fields of regulation standing alone name no works (ANNOTATION: generic categories,
campaigns): a care centre by its kind (托育, 服务: generic_projects.txt), a port by its technology and a
cold-chain base by its trade (智慧口岸, 冷链物流基地: project_not_works_kinds.txt), and anything of bidding
(招投标: project_campaign_words.txt), and classes named by the chain an investment extends (延链 补链 强链:
generic_projects.txt). Sentences from qinghai, shanxi, hainan, anhui,
ningxia, guizhou and hebei 2026; a named works in the same sentence stays, and so does a named renewal works
("城市基础设施更新改造工程", hunan-2026). 城市更新项目 is no class here: "X集团中标城市更新项目" is one works
(tests/test_participation_builders_and_not_companies.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PROJECT

from tests.conftest import plan_entities


def _projects(tmp_path: Path, line: str) -> set[str]:
    return plan_entities(tmp_path, PROJECT, line)


@pytest.mark.parametrize("line, kind", [
    ("大力发展托幼一体服务，建好托育综合服务中心、社区普惠托育服务设施等群众家门口托育机构。", "托育综合服务中心"),
    ("加快建设省、市县托育综合服务中心，建成省级管理平台。", "市县托育综合服务中心"),
    ("加快发展现代物流产业，推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设。", "冷链物流基地"),
    ("开展招投标领域突出问题系统整治，持续整治“内卷式”竞争。", "招投标领域突出问题系统整治"),
    ("加快推动省招投标交易平台、服务平台、监督平台数据集成共享、全程可视可溯。", "省招投标交易平台"),
    ("全省统一的招投标交易平台建成试用。", "招投标交易平台"),
    # a class named by its purpose (generic_projects.txt: 延链, 补链, 强链)
    ("深化产业链招商，引进一批龙头企业和延链补链强链项目，推动招引项目早落地。", "延链补链强链项目"),
])
def test_a_kind_alone_is_no_works(tmp_path, line, kind):
    assert kind not in _projects(tmp_path, line)


def test_the_named_works_beside_stays(tmp_path):
    found = _projects(tmp_path, "申建芜湖空港保税物流中心（B型），加快智慧口岸试点建设。")
    assert "智慧口岸" not in found
    assert "芜湖空港保税物流中心(B型)" in found


def test_a_named_renewal_works_stays(tmp_path):
    line = "推进能源“源网荷储”一体工程、城市基础设施更新改造工程等“十大基础设施项目”建设。"
    assert "城市基础设施更新改造工程" in _projects(tmp_path, line)
