"""One entity per thing (ANNOTATION: aliases; rule 13): a place written with and without its level
("某某镇", "某某") or with and without the division it is in ("某市某某新区", "某某新区"), and a company
with and without its legal form ("某某公司", "某某"), are one entity, the other form its alias; a river
and the town named after it, and places the divisions table names, stay apart
(kg.resolve.entities._places_by_their_forms, _legal_form_aliases; place_local_levels.tsv). Hailar and
the qianjiang sample read from ../shared; the entities below the whole-report tests are made up."""
from __future__ import annotations

import functools

from kg.model import PLACE, Entity
from kg.pipeline import build
from kg.resolve.entities import _bare_of_leveled, _prefixed_of_bare
from tests.conftest import shared_file


@functools.lru_cache(maxsize=None)
def _hailar(year: int) -> dict[tuple[str, str], set[str]]:
    report = build(shared_file("corpus", "hailar", f"hailar-{year}.txt")).report
    return {(e.type, e.name): set(e.aliases) for e in report.entities.values()}


def test_a_company_with_and_without_gongsi_is_one_organization():
    # "麦福劳公司综合技改" and "麦福劳二期扩建", "扶持三元、麦福劳等农牧业龙头企业" (Hailar 2013)
    # named by the bare trade name, which the reports of 2012 and 2014 write alone: one node across them
    entities = _hailar(2013)
    assert ("Organization", "麦福劳公司") not in entities
    assert "麦福劳公司" in entities[("Organization", "麦福劳")]


def test_a_place_with_and_without_its_city_is_one_place():
    # "海拉尔东山组团" and "东山组团" (Hailar 2013)
    entities = _hailar(2013)
    places = {name: aliases for (type_, name), aliases in entities.items() if type_ == PLACE}
    assert "东山组团" not in places or "海拉尔东山组团" not in places, places
    merged = places.get("海拉尔东山组团", places.get("东山组团"))
    assert merged is not None and {"东山组团", "海拉尔东山组团"} & merged, places


def test_a_river_and_the_town_named_after_it_stay_two_places(qianjiang):
    places = {e.name for e in qianjiang.report.entities.values() if e.type == PLACE}
    assert {"阿蓬江", "阿蓬江镇"} <= places, places


def _places(*named: tuple[str, dict]) -> tuple[dict[str, str], dict[str, Entity]]:
    entities = {f"place/{i}": Entity(PLACE, name, f"place/{i}", attrs=attrs) for i, (name, attrs) in enumerate(named)}
    return {e.name: k for k, e in entities.items()}, entities


def test_a_bare_name_beside_its_town_is_the_towns_alias():
    places, entities = _places(("石桥镇", {"level": "town"}), ("石桥", {}))
    assert _bare_of_leveled(places, entities) == [(places["石桥"], places["石桥镇"])]


def test_a_bare_river_or_mountain_is_not_the_town_named_after_it():
    places, entities = _places(("青龙江镇", {}), ("青龙江", {}), ("白云山镇", {}), ("白云山", {}))
    assert _bare_of_leveled(places, entities) == []


def test_a_county_and_its_county_town_stay_apart():
    # a division the table names keeps its key: "某某" read as the county is not the town "某某镇"
    places, entities = _places(("石桥镇", {}), ("石桥", {"code": "450000", "level": "county"}))
    assert _bare_of_leveled(places, entities) == []


def test_a_division_before_a_zones_name_is_where_the_zone_is():
    places, entities = _places(("柳州天河新区", {}), ("天河新区", {}), ("天河", {}))
    assert _prefixed_of_bare(places, entities) == [(places["天河新区"], places["柳州天河新区"])]
