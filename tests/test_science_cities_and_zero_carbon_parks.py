"""A science and innovation city (科创城) and a national zero-carbon park named by its city (某某国家级零碳园区)
are projects where the clause builds them (project_heads.txt; ANNOTATION rules 3 and 11). 科创城 stays out of
jieba's dictionary ("unsegmented"): as a word there, its opening 科创 would enter as a word of no frequency,
which kg.text.names.is_proper reads as a rare name, so "科创社区" and "科创岛" would be read as places.
Sentences of the 2026 plans of 上海, 四川 and 江苏 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import plan_entities


@pytest.mark.parametrize("line,found", [
    ("推进临港科创城建设，加快打造一批高水平科创社区，持续提升东方芯港等特色产业园区能级。", {"临港科创城"}),
    ("全面推进南北转型，推动吴淞创新城、南大智慧城、湾区科创城开发提速。", {"湾区科创城"}),
    ("发挥绵阳全国军民两用技术交易中心等平台作用，加快光子科创城、聚变科创城等高能级产业平台建设。",
     {"光子科创城", "聚变科创城"}),
    ("推进重点行业节能降碳改造，高标准建设盐城、常州国家级零碳园区，打造一批省级零碳园区、零碳工厂。",
     {"盐城、常州国家级零碳园区"}),
])
def test_science_city_or_zero_carbon_park_built_is_a_project(tmp_path, line, found):
    assert found <= plan_entities(tmp_path, "Project", line)


@pytest.mark.parametrize("line,kind", [
    ("推进临港科创城建设，加快打造一批高水平科创社区。", "科创社区"),
    ("优化“线上科创通+线下科创岛”服务，深入推进“双向揭榜挂帅”。", "科创岛"),
])
def test_science_kind_names_no_place(tmp_path, line, kind):
    assert kind not in plan_entities(tmp_path, "Place", line)


def test_zero_carbon_park_by_its_kind_alone_is_no_project(tmp_path):
    line = "推进绿色制造，建设国家和省级零碳园区，启动建设省级零碳园区20个。"
    assert not {n for n in plan_entities(tmp_path, "Project", line) if n.endswith("零碳园区")}
