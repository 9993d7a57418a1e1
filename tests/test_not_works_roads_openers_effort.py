"""More project mentions that name no works are dropped before they become
entities (kg.resolve.not_works) — a bare kind of road and what is done to it, a class of what stands
(旧有), a span that ran over a word of effort (努力提高), and a zone the report supports in building
itself up, which the sentence does not build (ANNOTATION rule 3) — while the works beside them and a
zone the sentence does build stay. The sentences are Hailar's and the Guangdong sample's."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PLACE, PROJECT
from kg.pipeline import build
from kg.resolve.not_works import names_no_works

from tests.conftest import HAILAR, entity_names, shared_file

NAMES = [
    ("背街巷道改造", "kind"),  # hailar-2013: every back lane, as 背街巷道 alone
    ("道路整治", "kind"),
    ("伊敏河沿河道路工程", None),
    ("城市主干道路改造", None),  # not a bare kind: judged as before
    ("旧有小区供热改造", "class"),  # hailar-2013: the old estates, all of them
    ("努力提高项目", "predicate"),  # hailar-2014: "努力提高项目建设的质量和效益"
    ("力争包商银行培训中心", "predicate"),
    ("包商银行培训中心", None),
    ("有机肥项目", None),  # 有 alone opens no class
]


@pytest.mark.parametrize("name, why", NAMES)
def test_why_a_name_names_no_works(name, why):
    assert names_no_works(name) == why


def _graph(tmp_path: Path, title: str, sentence: str):
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    return build(path).report


def test_a_zone_supported_in_growing_is_a_place_not_a_works(tmp_path):
    # hailar-2012: the report supports the park in what it does; it does not build it
    report = _graph(tmp_path, "2012年海拉尔区人民政府工作报告",
                    "一是全力支持呼伦贝尔工业园区发展,在社会服务、发展环境、政策支持等方面出台相关办法和意见,"
                    "助推工业园区做大做强。")
    assert "呼伦贝尔工业园区" in entity_names(report, PLACE)
    assert "呼伦贝尔工业园区" not in entity_names(report, PROJECT)


def test_a_zone_supported_in_making_itself_something_is_no_works_either(tmp_path):
    # hailar-2013: 打造 takes an object (the zone makes itself a "双百亿" park)
    report = _graph(tmp_path, "2013年海拉尔区人民政府工作报告",
                    "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区,协助做好招商引资和项目入驻。")
    assert "呼伦贝尔经济技术开发区" not in entity_names(report, PROJECT)


def test_a_zone_whose_building_is_supported_stays_a_works(tmp_path):
    # guangdong-2026 (gold: Project, alt Place): 建设 closes the phrase, the zone itself is built
    report = _graph(tmp_path, "2026年广东省政府工作报告",
                    "认真落实国家支持横琴粤澳深度合作区建设的政策举措,稳步推进第二阶段建设。")
    assert "横琴粤澳深度合作区" in entity_names(report, PROJECT)


def test_hailar_2013_loses_the_classes_and_keeps_the_works_listed_with_them():
    shared_file("corpus", "hailar", "hailar-2013.txt")
    names = entity_names(build(HAILAR / "hailar-2013.txt").report, PROJECT)
    assert not {"背街巷道改造", "旧有小区供热改造", "呼伦贝尔经济技术开发区"} & names
    assert {"二三级供水管网改造", "公路客运总站", "供水主管网改造"} <= names
