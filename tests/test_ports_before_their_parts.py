"""A port named after a place, written before one of its parts in a works' name ("芜湖港朱家桥外贸码头",
"青岛港董家口港区大唐码头二期工程"), and a port area named after a place that is built or opens a works'
name ("广州港南沙港区三期工程", "推进厦门港海沧港区、翔安港区建设"), are no places of their own: the works
are at the part, or in the place the port is named after (ANNOTATION rule 8; kg.extract.places
ports_before_their_parts, place_port_part_heads.txt). A port named alone, before its phase or at a
route's end, a port area named after no place, and one not being built stay places.
Sentences of real reports: 安徽省 2019, 山东省 2024 (大众日报, "建成青岛港董家口港区大唐码头二期工程"),
永川区 2022, 厦门市 2017; the sample guangdong-2026 from ../shared."""
from __future__ import annotations

import pytest

from kg.model import PLACE

from tests.conftest import assert_found, entity_names, review_names


def test_a_division_s_port_before_its_terminal_is_no_place(tmp_path):
    found = review_names(tmp_path, PLACE, "推进芜湖港朱家桥外贸码头、安庆港长风港区集装箱码头建设。", "2019年安徽省政府工作报告")
    assert_found(found, {"芜湖", "安庆", "朱家桥", "长风港区"}, {"芜湖港", "安庆港", "港朱家桥", "港长风港区"})


def test_a_sea_port_before_its_port_area_is_no_place(tmp_path):
    sentence = "建成青岛港董家口港区大唐码头二期工程、日照港岚山港区30万吨级原油码头,推进自动化码头建设。"
    found = review_names(tmp_path, PLACE, sentence, "2024年山东省人民政府工作报告")
    assert_found(found, {"青岛", "日照", "岚山"}, {"青岛港", "日照港"})


def test_a_district_s_port_area_before_its_port_is_no_place(tmp_path):
    found = review_names(tmp_path, PLACE, "开工建设永川港区朱沱港二期工程。", "2022年重庆市永川区人民政府工作报告")
    assert_found(found, {"永川", "朱沱港"}, {"永川港区"})


def test_a_division_s_port_area_being_built_is_no_place(tmp_path):
    found = review_names(tmp_path, PLACE, "推进厦门港海沧港区、翔安港区建设。", "2017年厦门市人民政府工作报告")
    assert_found(found, {"海沧", "翔安"}, {"厦门港", "海沧港区", "翔安港区"})


@pytest.mark.parametrize("sentence, title, port", [
    ("中远集团、中海集团在东疆港区设立航运总部。", "2013年天津市滨海新区政府工作报告", "东疆港区"),  # not built
    ("开工建设龙口港至烟台港铁路支线。", "2019年烟台市人民政府工作报告", "龙口港"),  # a route's end
])
def test_a_port_not_before_its_part_nor_built_stays_a_place(tmp_path, sentence, title, port):
    assert port in review_names(tmp_path, PLACE, sentence, title)


def test_ports_named_alone_or_before_their_phase_stay_places(guangdong):
    # "强化广州港、深圳港国际枢纽港地位", "南沙港五期等建设"
    assert {"广州港", "深圳港", "南沙港"} <= entity_names(guangdong.report, PLACE)


def test_a_port_area_named_after_a_bay_or_island_opening_works_is_a_place(tmp_path):
    # made-up names: an area named after no division is a place of its own beside the bay or island it
    # is named after, whether the tagger finds that place (kg.extract.places) or not (kg.extract.port_areas)
    found = review_names(tmp_path, PLACE, "加快大鹏湾港区三期工程建设。推进北仑岛港区二期工程。", "2019年某某省政府工作报告")
    assert_found(found, {"大鹏湾港区", "大鹏湾", "北仑岛港区", "北仑岛"}, ())


def test_a_division_s_port_area_holding_the_terminal_built_is_a_place(tmp_path):
    # the design reports' gold (u62-u66): a terminal or an operating area built in a port area named
    # after a district lies in that area, a place (place_port_part_heads.txt, "terminal"); built itself,
    # the area stays no place (test_a_division_s_port_area_being_built_is_no_place)
    found = review_names(tmp_path, PLACE, "湘潭港岳塘港区30万吨级原油码头二期工程开工。与湘潭港口集团合作建设雨湖港区综合码头。",
                         "2019年湘潭市人民政府工作报告")
    assert_found(found, {"岳塘港区", "雨湖港区"}, ())
    found = review_names(tmp_path, PLACE, "推进湘潭港岳塘港区、雨湖港区建设。", "2019年湘潭市人民政府工作报告")
    assert_found(found, (), {"岳塘港区", "雨湖港区"})
