"""A space port (航天港) is a works a province builds; an old industrial base (老工业基地) and the committee,
office and platform of a city's governance (一委一办一平台) name no works (project_heads.txt,
project_not_project_words.txt; ANNOTATION: policies and mechanisms are not projects). Sentences of the
2026 plans of 四川, 内蒙古, 重庆 and 海南 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import plan_entities


def test_space_port_built_is_a_project(tmp_path):
    line = "争取集成电路、核医疗等纳入国家重大规划布局。加快建设西部商业航天港。"
    assert "西部商业航天港" in plan_entities(tmp_path, "Project", line)


@pytest.mark.parametrize("line,name", [
    ("支持包头老工业基地、乌海资源枯竭型城市绿色转型、创新发展。", "包头老工业基地"),
    ("推进综合治理，持续优化“一委一办一平台”治理架构，迭代中心城区一体化治理机制。", "一委一办一平台"),
    ("建立完善“一委一办一平台”城市管理工作体系。", "一委一办一平台"),
])
def test_policy_region_or_mechanism_is_no_project(tmp_path, line, name):
    assert name not in plan_entities(tmp_path, "Project", line)
