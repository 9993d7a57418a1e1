"""Organization rules (session 54, or64): a department of an autonomous region, prefecture or county is
named by its level written whole ("自治区审计厅", "自治县财政局"), not from the 区/县 inside it ("区发展
改革委" of 自治区发展改革委); a province's or city's own SASAC (省国资委) is no State Council body; and the
local bodies of the armed forces and border control thanked beside the police (某某军分区, 某某警备区,
某某出入境边防检查站) are organizations. Invented names and sentences."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

REGION = "青禾自治区人民政府工作报告"
CITY = "澄江市人民政府工作报告"


@pytest.mark.parametrize("sentence, bodies", [
    ("自治区发展改革委、自治区财政厅、自治区审计厅等部门强化协同，“放管服”改革深入推进。",
     {"自治区发展改革委", "自治区财政厅", "自治区审计厅"}),
    ("支持自治区监察委员会、自治区审计厅依法履职，坚决配合自治区纪委监委开展监督执纪。",
     {"自治区监察委员会", "自治区审计厅", "自治区纪委监委"}),
    ("推动自治区国资委监管企业战略性重组。", {"自治区国资委"}),
])
def test_a_department_of_an_autonomous_region(tmp_path, sentence, bodies):
    found = report_names(tmp_path, "Organization", REGION, "一、2019年工作回顾", sentence)
    assert bodies <= found, found
    # the level is read whole: no district's department, no State Council's SASAC inside it
    assert not any(o.startswith("区") for o in found) and "国务院国资委" not in found and "国资委" not in found, found


def test_an_autonomous_countys_department(tmp_path):
    found = report_names(tmp_path, "Organization", "澄江彝族自治县人民政府工作报告", "一、2019年工作回顾",
                         "自治县财政局、自治县审计局加强预算执行监督。")
    assert {"自治县财政局", "自治县审计局"} <= found, found
    assert not any(o.startswith("县") for o in found), found


def test_a_provinces_own_sasac(tmp_path):
    found = report_names(tmp_path, "Organization", "青禾省人民政府工作报告", "一、2019年工作回顾",
                         "省发展改革委、省国资委等部门职能加快转变。")
    assert {"省发展改革委", "省国资委"} <= found, found
    assert "国务院国资委" not in found and "国资委" not in found, found


@pytest.mark.parametrize("sentence, bodies", [
    ("工会、共青团、妇联等群团组织发挥了重要作用，澄江军分区、武警澄江支队为全市发展作出了积极贡献。",
     {"澄江军分区", "武警澄江支队"}),
    ("各民主党派、工商联积极建言献策，澄江警备区、武警澄江总队积极支持地方建设。", {"澄江警备区", "武警澄江总队"}),
    ("澄江海关、澄江出入境边防检查站服务水平不断提升，外贸进出口总额增长11.4%。", {"澄江海关", "澄江出入境边防检查站"}),
    ("青禾海关、青禾出入境边防检查总站推行国际贸易“单一窗口”。", {"青禾海关", "青禾出入境边防检查总站"}),
])
def test_military_and_border_bodies_beside_the_police(tmp_path, sentence, bodies):
    found = report_names(tmp_path, "Organization", CITY, "一、2019年工作回顾", sentence)
    assert bodies <= found, found
