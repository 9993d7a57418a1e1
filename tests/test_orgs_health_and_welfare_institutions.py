"""Organization rules (session 54, or64): a city's or district's public health, welfare and vocational
institutions named by their area and kind (某某市精神卫生中心, 某某区急救中心, 某某市社会福利中心, 某某区职业
教育中心) are bodies: named inside the works of their new campus or move, the works stays a project and the
institution is an organization too (ANNOTATION rules 2 and 8); named as what acts, it is no works.
Invented names and sentences."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

CITY = "澄江市人民政府工作报告"


@pytest.mark.parametrize("sentence, body, works", [
    ("建设澄江市精神卫生中心新院区和市第二人民医院传染病大楼。", "澄江市精神卫生中心", "澄江市精神卫生中心新院区"),
    ("开工建设青禾区急救中心迁建工程，新增养老床位1000张。", "青禾区急救中心", "青禾区急救中心迁建工程"),
    ("推进青禾区职业教育中心扩建工程，新增学位3000个。", "青禾区职业教育中心", "青禾区职业教育中心扩建工程"),
    ("推进市急救医疗中心迁建和澄江市妇幼保健院两江院区建设。", "市急救医疗中心", "市急救医疗中心迁建"),
])
def test_an_institution_inside_its_works(tmp_path, sentence, body, works):
    orgs = report_names(tmp_path, "Organization", CITY, "一、2018年工作回顾", sentence)
    projects = report_names(tmp_path, "Project", CITY, "一、2018年工作回顾", sentence)
    assert body in orgs, orgs
    assert works in projects, projects


def test_an_institution_that_acts_is_no_works(tmp_path):
    sentence = "澄江市第三人民医院、澄江市精神卫生中心医疗服务能力持续提升，累计接种疫苗82万剂次。"
    orgs = report_names(tmp_path, "Organization", CITY, "一、2018年工作回顾", sentence)
    projects = report_names(tmp_path, "Project", CITY, "一、2018年工作回顾", sentence)
    assert "澄江市精神卫生中心" in orgs, orgs
    assert "澄江市精神卫生中心" not in projects, projects


def test_a_build_verb_jieba_glued_to_the_level_is_no_part_of_the_name(tmp_path):
    # "建成区" is also a word (the built-up area): after 建成 the district's own centre is named from 区
    orgs = report_names(tmp_path, "Organization", CITY, "一、2018年工作回顾", "建成区急救中心，新增养老床位500张。")
    assert "建成区急救中心" not in orgs, orgs
    assert "区急救中心" in orgs, orgs
