"""Session 49 (lk49), locatedIn: a division of another province written inside a longer word of a
works' name is no location of the works; the first end of a route that opens a list holds no later
item of the list; the ends of a power line after its voltage and before 线路, and of a road before
通乡, are places. Invented names in the genre (青禾, 澄湾, 霁岭, 石阙)."""
from __future__ import annotations

from tests.conftest import review_names
from tests.test_relations import links


def test_a_far_division_inside_a_longer_word_of_a_works_name_is_no_location(tmp_path):
    # "…滨江城区段…": 江城区 (a district of Guangdong) is the same characters inside 滨江 + 城区段, not
    # where a Chongqing report's embankment is
    got = links(tmp_path, "建成澄湾滨江城区段防洪堤。", places=["江城区"], projects=["澄湾滨江城区段防洪堤"])
    assert not any(k == "locatedIn" for k, _, _ in got)


def test_a_far_division_opening_a_works_name_or_after_a_dot_stays_its_place(tmp_path):
    # a partner city's park the report's area builds ("共建X食品产业园": ANNOTATION rule 8), and a
    # partner named after a dot ("青禾·扬州青年创业园")
    got = links(tmp_path, "与扬州市合作共建“扬州食品产业园”。建成青禾·扬州青年创业园。",
                places=["扬州市", "扬州"], projects=["扬州食品产业园", "青禾·扬州青年创业园"])
    assert ("locatedIn", "扬州食品产业园", "扬州市") in got
    assert ("locatedIn", "青禾·扬州青年创业园", "扬州市") in got


def test_the_first_end_of_a_route_opening_a_list_holds_no_later_item(tmp_path):
    # "甲乡至乙乡通乡公路、丙乡通村水泥路完工": 澄湾乡 is the route's end, not an area the list is in
    # (the later item's own township is one the rules do not know here, as a name no table holds)
    got = links(tmp_path, "澄湾乡至霁岭乡通乡公路、石阙乡通村水泥路完工，新建和改造农村公路136公里。",
                places=["澄湾乡", "霁岭乡"], projects=["澄湾乡至霁岭乡通乡公路", "石阙乡通村水泥路"])
    assert ("locatedIn", "石阙乡通村水泥路", "澄湾乡") not in got
    assert {("locatedIn", "澄湾乡至霁岭乡通乡公路", "澄湾乡"), ("locatedIn", "澄湾乡至霁岭乡通乡公路", "霁岭乡")} <= got


def test_the_ends_of_a_power_line_after_its_voltage_and_before_its_head(tmp_path):
    # "110千伏甲至乙线路": the voltage is no part of the first end, 线路 none of the last
    got = review_names(tmp_path, "Place", "供电公司承建的110千伏澄湾至霁岭线路完成架设。")
    assert {"澄湾", "霁岭"} <= got
    assert not {"千伏澄湾", "霁岭线"} & got


def test_the_last_end_of_a_road_to_a_township_stops_before_tong_xiang(tmp_path):
    # "至乙乡通乡公路": 通乡 is the road's kind (as 通村, 通组), not the end's name
    got = review_names(tmp_path, "Place", "澄湾镇至石阙乡通乡公路完工。")
    assert "石阙乡" in got
    assert "石阙乡通乡" not in got
