"""Places of a city's own landmarks as real published reports write them (issue 10, session 56; the
Hailar reports of 2012–2015 read in the GB18030 originals): a riverside reach from one bridge to
another, a city's gateways by their direction listed among the areas some works is done in, the
town's own station before a street or square named after it, and the interior as a scope word.
Invented names, the genre's wording."""
from __future__ import annotations

from tests.conftest import report_mentions, names_of

# a county-level report of an area whose own towns are known (the rules read the report's division)
TITLE = "2014年呼伦贝尔市海拉尔区政府工作报告"


def _found(tmp_path, *sentences: str) -> dict[str, set[str]]:
    mentions = report_mentions(tmp_path, TITLE, "各位代表：", "一、2013年工作回顾", *sentences)
    return {kind: names_of(mentions, kind) for kind in ("Place", "Project")}


def test_a_reach_from_one_bridge_ends_at_the_other(tmp_path):
    # the reach runs along the river from bridge to bridge: its side (西岸, 沿河两岸) is no part of the end
    found = _found(tmp_path, "实施青禾小河治理、松柏桥至澄江桥西岸景观改造工程。",
                   "重点推进松柏桥至白杨桥、澄江桥至青禾桥沿河两岸的景观改造建设。")["Place"]
    assert {"松柏桥", "澄江桥", "白杨桥", "青禾桥"} <= found, found
    assert not {"澄江桥西岸", "青禾桥沿河两岸", "青禾"} & found, found


def test_a_reach_from_a_place_that_is_no_bridge_keeps_its_end(tmp_path):
    # only where the first end is a bridge does the last one close at a bridge's head
    found = _found(tmp_path, "松柏大桥至澄江湖段快速路开工建设。")["Place"]
    assert "澄江湖" in found, found


def test_gateways_listed_among_the_areas_works_are_done_in(tmp_path):
    # "等重点区域": the areas the greening is done at; a gateway by its direction and a square are places
    found = _found(tmp_path, "集中开展了青禾组团、新北出口、火车站站前广场等重点区域的绿化工作。")
    assert {"新北出口", "火车站站前广场", "火车站"} <= found["Place"], found
    # a gateway listed before other works is where they are done, no works of its own
    found = _found(tmp_path, "实施新北出口、青禾组团绿化和城区绿化补植等工程。")
    assert "新北出口" in found["Place"] and "新北出口" not in found["Project"], found
    found = _found(tmp_path, "“门前三包”管理、东出口综合治理、春季环境卫生会战成效明显。")
    assert "东出口" in found["Place"], found


def test_exports_are_no_gateways(tmp_path):
    # 出口 as exports after a region: no list around it, no gateway
    found = _found(tmp_path, "扩大对东北出口，畜产品出口增长20%。")["Place"]
    assert "东北出口" not in found, found


def test_the_towns_own_station_before_a_street_named_after_it(tmp_path):
    found = _found(tmp_path, "实施青禾路、火车站规划三路、澄江路等道路工程。")["Place"]
    assert "火车站" in found, found
    # the station moved or built is no place named inside another name; a station named after a
    # place is a name of its own, not the bare word
    found = _found(tmp_path, "火车站南迁工作进展顺利。", "澄江火车站站前广场改造完成。")["Place"]
    assert "火车站" not in found, found


def test_the_interior_as_a_scope_is_no_place(tmp_path):
    # 内地 is the mainland beside Hong Kong, Macao or Taiwan; alone it is the interior as a scope word
    assert "内地" not in _found(tmp_path, "青禾展会已发展成为辐射内地的区域知名展会。")["Place"]
    assert "内地" in _found(tmp_path, "推动内地与港澳的青少年交流。")["Place"]


def test_a_list_made_only_of_the_countys_own_settlements(tmp_path):
    # the county's villages and communities by their short forms (the division tables), common words
    # all, listed and counted or closed by a settlement's head: each item is a place
    found = _found(tmp_path, "启动了互助、园丁、林海三个蔬菜生产园区建设。", "新春、梅园等3处遗址被列为自治区级重点文物保护单位。",
                   "望海、新春社区老年日间照料服务站投入使用。")["Place"]
    assert {"互助", "园丁", "林海", "新春", "梅园", "望海"} <= found, found
    # alone, or in a list that nothing counts, such a word stays a word
    found = _found(tmp_path, "大力发扬互助精神。", "倡导互助、友爱的新风尚。")["Place"]
    assert "互助" not in found, found
