"""locatedIn (issue 10, session 21): the report's own district is not where the routes it only helps
with are ("X区将配合完成A高速、B高铁等重大工程"); a place that only opens a route's end is not that end
("大安镇至平安城段": not 平安); a route's section names its place however jieba cuts it ("三河段" cut
三/河段); a national new area that is a district ("滨海新区") is one place with its short form in its
own province. Sentences written in the genre's phrasing (names and figures made up): each test fails
without its rule."""
from __future__ import annotations

import pytest

from kg import lexicons
from kg.extract import PLACE, PROJECT
from kg.model import Entity
from kg.resolve.relations import _NameIndex
from tests.test_relations_parks_and_signing import links

ROUTES = ("东岭高速", "北江铁路", "滨河大道东延")


@pytest.mark.parametrize("verb", ["将配合完成", "将积极配合推进", "全力协助做好", "配合实施"])
def test_a_district_that_only_assists_is_not_where_the_routes_are(tmp_path, verb):
    s = f"兰山区{verb}东岭高速、北江铁路、滨河大道东延等重大工程。"
    got = links(tmp_path, s, [(PLACE, "兰山区"), *((PROJECT, w) for w in ROUTES)], "临沂市")
    assert not any(r == "locatedIn" and b == "兰山区" for r, _, b in got)


def test_a_district_that_builds_the_routes_itself_still_holds_them(tmp_path):
    # the same sentence with a verb of its own: the clause's subject is where its works are
    s = "兰山区将加快完成东岭高速、北江铁路、滨河大道东延等重大工程。"
    got = links(tmp_path, s, [(PLACE, "兰山区"), *((PROJECT, w) for w in ROUTES)], "临沂市")
    for w in ROUTES:
        assert ("locatedIn", w, "兰山区") in got


def test_assisting_ends_the_subject_for_the_later_clauses_too(tmp_path):
    s = "兰山区将配合完成东岭高速建设,北江铁路年内开工。"
    got = links(tmp_path, s, [(PLACE, "兰山区"), (PROJECT, "东岭高速"), (PROJECT, "北江铁路")], "临沂市")
    assert not any(r == "locatedIn" and b == "兰山区" for r, _, b in got)


def test_a_place_that_only_opens_a_routes_end_is_not_that_end(tmp_path):
    s = "建成省道S218大安镇至平安城段。"
    got = links(tmp_path, s, [(PROJECT, "省道S218大安镇至平安城段"), (PLACE, "大安镇"), (PLACE, "平安")], "唐山市")
    assert ("locatedIn", "省道S218大安镇至平安城段", "大安镇") in got
    assert ("locatedIn", "省道S218大安镇至平安城段", "平安") not in got


@pytest.mark.parametrize("name", ["省道S218大安镇至平安镇段", "省道S218大安镇至平安段", "大安镇至平安公园至石角道路改造"])
def test_an_end_that_is_the_place_or_its_town_keeps_it(tmp_path, name):
    # "平安镇段": the character left is a division's suffix; "平安段": nothing left; "平安公园至":
    # a landmark named after the place, the route at it (qianjiang-2019's gold: 官坝公园 → 官坝)
    got = links(tmp_path, f"建成{name}。", [(PROJECT, name), (PLACE, "大安镇"), (PLACE, "平安")], "唐山市")
    assert ("locatedIn", name, "平安") in got


def _index(*places: tuple[str, str, set[str]]) -> _NameIndex:
    return _NameIndex({k: Entity(PLACE, n, k, aliases=a) for k, n, a in places})


def test_a_routes_section_names_its_place_however_jieba_cuts_it():
    index = _index(("place/131082", "三河市", {"三河"}), ("place/130281", "遵化市", {"遵化"}))
    assert [n for _, n, _ in index.inside(PLACE, "京秦高速三河段二期工程京冀连接线")] == ["三河"]
    assert [n for _, n, _ in index.inside(PLACE, "京秦高速遵化至秦皇岛段")] == ["遵化"]


def test_a_national_new_area_that_is_a_district_is_the_district_in_its_own_province():
    assert lexicons.find_division("滨海新区", "12").code == "120116"
    assert lexicons.find_division("浦东新区", "31").code == "310115"
    assert lexicons.find_division("滨海", "12").code == "120116"  # one place with its short form
    # elsewhere the name may be a local zone's ("台州湾滨海新区"), and a region stays no division
    assert lexicons.find_division("滨海新区", "33") is None
    assert lexicons.find_division("雄安新区", "13") is None
    # a word for a town's own quarter stays the town's, even in the province of a district so named
    assert lexicons.find_division("新城区", "15") is None
