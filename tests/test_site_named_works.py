"""The site a bridge, tunnel or power plant is named after (kg.extract.site_named_works,
place_site_named_heads.txt, place_site_named_kinds.txt) is a place inside the works' name (ANNOTATION rule 8),
linked as the works' location, read through the whole pipeline. Wording of the design texts (chongqing-2026:
"开工支坪长江大桥等节点工程", "建成轨道15号线一期、陶家隧道等重点项目"; heilongjiang-2026-review: "黑河公路大桥、同江
铁路大桥开通运营"; shaanxi-2026: "推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运"; national-2011: "启动燃煤电厂
脱硝工作"); the kinds of crossing, a plant's fuel and places joined by their one-character forms name no site."""
from __future__ import annotations

from tests.conftest import review_places_and_links


def _graph(tmp_path, head: str, sentence: str):
    return review_places_and_links(tmp_path, head, sentence, "一、2025年工作回顾")


def test_the_site_before_a_river_and_a_bridges_head(tmp_path):
    places, links = _graph(tmp_path, "重庆市2026年政府工作报告", "开工支坪长江大桥等节点工程。")
    assert "支坪" in places
    assert ("支坪长江大桥", "支坪") in links


def test_the_site_before_a_tunnels_head(tmp_path):
    places, links = _graph(tmp_path, "重庆市2026年政府工作报告", "建成轨道15号线一期、陶家隧道等重点项目。")
    assert ("陶家隧道", "陶家") in links


def test_a_county_written_short_before_the_kind_of_crossing(tmp_path):
    places, links = _graph(tmp_path, "黑龙江省2026年政府工作报告", "黑河公路大桥、同江铁路大桥开通运营。")
    assert ("同江铁路大桥", "同江市") in links


def test_kinds_directions_and_joined_initials_name_no_site(tmp_path):
    places, _ = _graph(tmp_path, "广东省2026年政府工作报告", "用好管好港珠澳大桥,建成跨海大桥和城北隧道。")
    assert not places & {"港珠澳", "跨海", "城北"}


def test_the_site_of_a_power_plant_built_in_phases(tmp_path):
    places, links = _graph(tmp_path, "陕西省2026年政府工作报告", "推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运。")
    assert ("店头电厂二期", "店头") in links


def test_a_plants_fuel_or_kind_names_no_site(tmp_path):
    places, _ = _graph(tmp_path, "2011年国务院政府工作报告", "启动燃煤电厂脱硝工作,建成生物质发电厂和垃圾焚烧发电厂。")
    assert not places & {"燃煤", "生物质", "垃圾焚烧", "生物质发", "垃圾焚烧发"}


def test_what_a_crossing_carries_is_no_site_but_the_site_before_it_is(tmp_path):
    places, links = _graph(tmp_path, "遂宁市2026年政府工作报告", "建成城际铁路大桥、双线隧道,开工建设白岩输水隧道。")
    assert not places & {"城际", "双线", "输水"}
    assert ("白岩输水隧道", "白岩") in links
