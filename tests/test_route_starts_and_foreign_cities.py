"""Routes and services abroad (session 57, loc): a world city right after its country is a place even
before a noun of the works' name ("蒙古国乌兰巴托定期航线"), and the works is at the city, not in the
country that only says whose city it is; a route's end written as country and city ("海拉尔至俄罗斯赤塔")
is the city; a service listed after a route named by its ends and named by its destination alone runs
from the same start ("海拉尔至俄罗斯赤塔、蒙古国乌兰巴托定期航线": each "A至B" item is a works too).
Sentences of the Hailar reports (海拉尔区 2019 and 2017 design texts) and one of qianjiang-2019."""
from __future__ import annotations

from tests.test_sites_inside_areas import _build, _located, _places


def _projects(g) -> set[str]:
    return {e.name for e in g.entities.values() if e.type == "Project"}


def test_routes_listed_before_a_service_named_by_its_destination(tmp_path):
    g = _build(tmp_path, "海拉尔至俄罗斯赤塔、蒙古国乌兰巴托定期航线运行稳定。")
    assert {"海拉尔至俄罗斯赤塔", "蒙古国乌兰巴托定期航线"} <= _projects(g), _projects(g)
    assert "乌兰巴托" in _places(g)
    located = _located(g)
    assert {("海拉尔至俄罗斯赤塔", "海拉尔区"), ("海拉尔至俄罗斯赤塔", "赤塔"),
            ("蒙古国乌兰巴托定期航线", "乌兰巴托"), ("蒙古国乌兰巴托定期航线", "海拉尔区")} <= located, located
    assert not any(place in ("俄罗斯", "蒙古国") for _, place in located), located


def test_each_destination_service_shares_the_start(tmp_path):
    g = _build(tmp_path, "完成国际候机楼扩建,开通海拉尔至乌兰乌德、伊尔库茨克国际航线。")
    located = _located(g)
    assert {("海拉尔至乌兰乌德", "海拉尔区"), ("海拉尔至乌兰乌德", "乌兰乌德"),
            ("伊尔库茨克国际航线", "伊尔库茨克"), ("伊尔库茨克国际航线", "海拉尔区")} <= located, located


def test_routes_each_named_by_their_ends_share_no_start(tmp_path):
    # qianjiang-2019: each route has its own ends; none runs from another's start
    g = _build(tmp_path, "有序推进青杠至太极、黑溪至黎水、蓬东至马喇二级公路建设。")
    located = _located(g)
    assert {("青杠至太极", "青杠"), ("黑溪至黎水", "黑溪")} <= located, located
    assert ("黑溪至黎水", "青杠") not in located and ("青杠至太极", "黑溪") not in located, located


def test_places_listed_before_a_destination_head_are_no_routes(tmp_path):
    # qianjiang-2019's wording: destinations listed, no "A至B" item, so no route start is shared
    g = _build(tmp_path, "加密重庆、成都、杭州、宁波航线。")
    assert not any("至" in p for p in _projects(g)), _projects(g)
