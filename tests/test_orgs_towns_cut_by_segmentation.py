"""Organization and project names (issue 9) that open with one of the report's own towns which jieba
cut across the name's start ("维新/v 镇/n 卫生院"): the name opens at the town's first character,
not at 镇 (kg.extract.base.name_start, the towns of kg.text.area). Invented sentences in the genre's
phrasing; the towns are real ones of the report's county."""
from __future__ import annotations

from tests.conftest import report_pairs

HEAD = "岷县人民政府工作报告"


def test_a_town_cut_before_its_town_character_opens_the_name(tmp_path):
    found = report_pairs(tmp_path, HEAD, "二、2019年工作安排", "维新镇卫生院建成投用，蒲麻镇中心幼儿园改扩建工程完工。")
    names = {text for _, text in found}
    assert "维新镇卫生院" in names
    assert "镇卫生院" not in names


def test_a_town_cut_before_a_works_name(tmp_path):
    found = report_pairs(tmp_path, HEAD, "二、2019年工作安排", "实施维新镇中心小学改扩建工程，新建维新镇卫生院住院楼。")
    names = {text for kind, text in found if kind == "Project"}
    assert any(n.startswith("维新镇中心小学") for n in names)
    assert not any(n.startswith("镇中心小学") for n in names)
