"""The unions of the zone-head lexicons that rules read, side by side: each rule asks a different
question of a zone's name, so each reads its own union, and the reason stands beside it.

The lexicons (each states its source): place_zone_heads.txt, the heads of parks and zones a sentence
locates things in (园区, 产业园, 大学城); place_named_zone_heads.txt, the administrative kinds of zone
named after a place (经济开发区, 高新区, 新区); place_zone_kinds.txt, the kinds written after a place and
its function's words (旅游区, 景区, 物流园区, 自然保护区); place_own_zone_kinds.txt, the kinds a local
report names its own zone by (经济开发区, 高新区); place_zone_part_heads.txt ("part"), the parts of a
national zone (片区, 联动创新区)."""
from __future__ import annotations

import functools

from kg import lexicons


@functools.lru_cache(maxsize=1)
def heads_of_zones_cut_from_longer_places() -> tuple[str, ...]:
    """The heads of a zone found as a place at the end of a longer place that opens with its city's
    short name (kg.extract.places.zones_cut_from_their_names: "某阳|卧虎综合保税区"): every zone a
    place is found as, by its park's or zone's head or its administrative kind, and a national zone's
    part (片区, 园区). The other kinds of place_zone_kinds.txt (自然保护区, 商务区) are not among them: a
    zone of those is read by extract_zones_of_named_places with its city's short names before it
    already (_city_before_zone)."""
    return tuple(dict.fromkeys(lexicons.words("place_zone_heads.txt") + lexicons.words("place_named_zone_heads.txt")
                               + lexicons.roles("place_zone_part_heads.txt")["part"]))


@functools.lru_cache(maxsize=1)
def heads_of_a_zone_named_after() -> tuple[str, ...]:
    """The kinds that make the place a zone is named after a zone itself (kg.extract.places
    ._zone_of_a_zone: "大庆高新区|宏伟园区", a park of the zone, which the gold names by its own name):
    the kinds extract_zones_of_named_places reads after a place (place_zone_kinds.txt) and the
    administrative kinds (高新区, 新区, 经开区: not among those). Not the other heads of parks and
    sites in place_zone_heads.txt (基地, 小镇, 公园, 大学城, 港区): a zone named after such a place
    ("某某小镇旅游区") is still read whole, as the rule was written (no reason recorded; not measured)."""
    return lexicons.words("place_named_zone_heads.txt") + lexicons.words("place_zone_kinds.txt")


@functools.lru_cache(maxsize=1)
def kinds_making_a_zones_whole_name() -> tuple[str, ...]:
    """The kinds of development zone that, after a place's name, make a zone's whole name
    (kg.resolve.entities._another_zone_of_place: "某某经济开发区" and "某某某某经济开发区" are two zones),
    longest first (the first that ends a name is the longest): the administrative kinds and the kinds
    a local report names its own zone by, whose spelled-out forms (经济开发区, 经济技术开发区) tell a
    kind spelled out ("某某经济开发区" is 某某开发区 written whole) from another zone's name. Not the
    heads of parks and sites (产业园, 基地, 景区): the rule compares development zones' names."""
    return lexicons.longest_first(lexicons.words("place_named_zone_heads.txt") + lexicons.words("place_own_zone_kinds.txt"))


@functools.lru_cache(maxsize=1)
def every_kind_of_zone() -> tuple[str, ...]:
    """Every kind of development zone, park and area (开发区, 经济技术开发区, 高新区, 产业园区, 综合保税区,
    景区…), longest first (the first that ends a name is the longest): the kinds a zone's committee
    may run and a zone's name may end with, never a company's (kg.extract.organizations: the zone
    before 管委会, the carved names that end as a zone's). Organizations ask whether a name is a
    zone's at all, so they read the widest union: the heads of parks and zones a sentence locates things
    in, the administrative kinds and the kinds a local report names its own zone by."""
    return lexicons.longest_first(lexicons.words("place_zone_heads.txt") + lexicons.words("place_named_zone_heads.txt")
                                  + lexicons.words("place_own_zone_kinds.txt"))


@functools.lru_cache(maxsize=1)
def heads_of_zones_applied_for() -> tuple[str, ...]:
    """The heads of a zone a report may apply for (kg.extract.applied_zones): the heads of parks and
    zones (place_zone_heads.txt), of a national zone's parts (place_zone_part_heads.txt: 片区) and of
    the national zones whose official name brackets their place (genre_bracketed_zone_kinds.txt:
    自由贸易试验区), longest first. Not the administrative kinds alone (高新区, 新区): the reports apply
    for a zone by its official name, which ends in one of these."""
    return lexicons.longest_first(lexicons.words("place_zone_heads.txt") + lexicons.words("place_zone_part_heads.txt")
                                  + lexicons.words("genre_bracketed_zone_kinds.txt"))
