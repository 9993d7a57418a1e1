"""The site a bridge or tunnel is named after (kg.extract.crossing_sites, place_crossing_heads.txt,
place_crossing_kinds.txt) is a place inside the works' name (ANNOTATION rule 8), linked as the works'
location, read through the whole pipeline. Wording of the design texts (chongqing-2026: "开工支坪长江大桥等
节点工程", "建成轨道15号线一期、陶家隧道等重点项目"; heilongjiang-2026-review: "黑河公路大桥、同江铁路大桥开通
运营"); the kinds of crossing and places joined by their one-character forms name no site."""
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
