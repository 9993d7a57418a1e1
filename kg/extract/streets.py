"""Street rules: streets, roads and a city's gateways are places where the text puts something on
them or around them (ANNOTATION: named sub-regions and areas; rule 8, names inside names).

A street is a stem and a street head (学府路, 西大街, 白桦东路, 东出口: kg/lexicons/place_street_heads.txt).
Its stem is often a common word (学府, 中央, 沿山), so a street is taken only where the grammar
around it says it is one: it opens an institution's name or counted facilities ("南开路中学",
"东升路两个市民广场"), or it is an item of a list closed by a kind of urban area ("中央街、
满洲里路等主要街路", "东出口、西出口、哈萨尔桥等区域"). A street the sentence builds is a project
(the projects rule), not found here.
"""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PLACE_RULES
from kg.extract.base import (CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, is_proper, list_items, name_start,
                             token_ends_at, token_starts_at)
from kg.extract.registry import component
from kg.text.lookup import Guarded, alternation_pattern

# counted facilities after the streets that hold them ("东升路两个市民广场", "两处市民公园")
_COUNTED = re.compile(r"[两二三四五六七八九十\d]+[个处座所]")
_DIRECTIONS = "东西南北"
# a street numbered after its namesake ("中山三路", "建设二路", "人民一街"): an ordinal, then a head
_NUMBERED = re.compile(r"[一二三四五六七八九十]{1,2}(?:马路|大街|路|街|巷)")
# parts of speech after "一路" that make it "all the way" ("一路领跑", "一路向前", "一路上"), not a
# street's number; not u: "中山一路的改造" is the street
_NOT_AFTER_A_NUMBER = frozenset({"v", "vd", "d", "a", "ad", "p", "f"})
# prepositions of direction that jieba glues to the direction ("向东" read nr): "一路向东" is all the way
_DIRECTION_PREPOSITIONS = "向往朝"


@functools.lru_cache(maxsize=1)
def _street_heads() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("place_street_heads.txt")))


@functools.lru_cache(maxsize=1)
def _direction_heads() -> frozenset[str]:
    return frozenset(lexicons.words_of_kind("place_street_heads.txt", "direction"))


@functools.lru_cache(maxsize=1)
def _common_street_tails() -> tuple[str, ...]:
    """Common nouns that end like a street ("道路", "环城路") but are no street's head."""
    heads = lexicons.word_set("place_street_heads.txt")
    return tuple(w for w in lexicons.words("place_street_not_names.txt") if w not in heads)


def street_at(text: str, a: int, b: int) -> bool:
    """Is text[a:b] a street's name: a stem of 2 to a few characters and a street head (学府路,
    白桦东路), or a direction and a gateway's head (东出口, 新北出口); not a common noun (道路, 思路)?"""
    name = text[a:b]
    if not all(CJK.match(c) for c in name) or name in lexicons.word_set("place_street_not_names.txt"):
        return False
    heads = lexicons.words("place_street_heads.txt")
    if name.endswith(_common_street_tails()):
        return False  # "发展道路", "加快环城路": a common noun ends it
    for head in heads:
        if not name.endswith(head) or len(name) == len(head):
            continue
        stem = name[:-len(head)]
        if head in _direction_heads() or len(stem) == 1:
            # "东出口", "新北出口", "西大街": a direction names a gateway, or a main street
            return stem[-1] in _DIRECTIONS and len(stem) <= 2 and (len(stem) == 2 or len(head) >= 2)
        return 2 <= len(stem) <= PLACE_RULES.street_stem_max
    return False


@component("street_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_street_heads.txt"))
def extract_street_places(ctx: SentenceContext) -> list[Mention]:
    """A street that opens an institution's name, counted facilities or works laid in or along it:
    "南开路中学", "沿山路小学", "哈萨尔和东升路两个市民广场", "白龙路下穿通道工程"."""
    out = []
    text = ctx.text
    for m in _street_heads().finditer(text):
        b = m.end()
        if m.group() in _direction_heads() or not (_opens_institution(ctx, b) or _opens_street_works(ctx, b)):
            continue
        a = name_start(ctx, m.start(), max_chars=PLACE_RULES.street_stem_max, max_tokens=2)
        if street_at(text, a, b) and not _inside_org(ctx, a, b) and not _placed(ctx, out, a, b):
            out.append(ctx.mention(PLACE, a, b, source="street"))
            if _counted_spaces(text, b):
                out.extend(_joined_before(ctx, out, a))
    return out


def _joined_before(ctx: SentenceContext, out: list[Mention], a: int) -> list[Mention]:
    """The name joined by 和/、 to a street before counted facilities: "哈萨尔和东升路两个市民
    广场" names the squares' two places; a street or a proper name, not a common word."""
    text = ctx.text
    if a < 3 or text[a - 1] not in "和、与":
        return []
    start = name_start(ctx, a - 1, max_chars=PLACE_RULES.street_item_chars, max_tokens=2)
    if not (street_at(text, start, a - 1) or 2 <= a - 1 - start and is_proper(text[start:a - 1])):
        return []
    if _inside_org(ctx, start, a - 1) or _placed(ctx, out, start, a - 1):
        return []
    return [ctx.mention(PLACE, start, a - 1, source="street")]


def _opens_institution(ctx: SentenceContext, b: int) -> bool:
    """Does an institution's head ("中学", "医院", also glued: "沿/山路小学") or a count of
    facilities follow at b?"""
    nxt = ctx.token_starting_at(b)
    if nxt is not None and nxt.pos == "nhead":
        return True
    return ctx.text.startswith(_institution_heads(), b) or _counted_spaces(ctx.text, b)


def _opens_street_works(ctx: SentenceContext, b: int) -> bool:
    """Do works laid in or along a street follow at b ("白龙路下穿通道工程", "一环路污水管线改造")?
    The street's head or the works' word must end a word: jieba may glue the two ("白龙/路下/穿/通道")."""
    works = next((w for w in _street_works() if ctx.text.startswith(w, b)), None)
    return works is not None and (b in ctx.token_end_set or b + len(works) in ctx.token_end_set)


@functools.lru_cache(maxsize=1)
def _street_works() -> tuple[str, ...]:
    return tuple(lexicons.words("place_street_works.txt"))


def _counted_spaces(text: str, b: int) -> bool:
    """Do counted public spaces follow at b ("两个市民广场", "两处市民公园")?"""
    m = _COUNTED.match(text, b)
    if m is None:
        return False
    rest = text[m.end():m.end() + PLACE_RULES.street_space_reach]
    return any(h in rest for h in lexicons.words("place_street_spaces.txt"))


@functools.lru_cache(maxsize=1)
def _institution_heads() -> tuple[str, ...]:
    return tuple(w for w in lexicons.words("org_suffixes.txt") if len(w) > 1)


def _inside_org(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] inside an organization's name other than at its start? A street that opens
    one ("南开路中学") is still the street (ANNOTATION rule 8)."""
    span = ctx.span(a, b)
    return any(k.type == ORG and k.span.overlaps(span) and k.local_start != a for k in ctx.found)


def _placed(ctx: SentenceContext, out: list[Mention], a: int, b: int) -> bool:
    """Is text[a:b] already a place, or does it overlap one that is not inside it?"""
    span = ctx.span(a, b)
    return any(k.type == PLACE and k.span.overlaps(span) and not span.contains(k.span)
               for k in list(ctx.found) + out)


@functools.lru_cache(maxsize=1)
def _listed_areas() -> tuple[Guarded, Guarded]:
    """(a list of names closed by 等 and a kind of urban area, "中央街、满洲里路等主要街路"; one street
    before 等, a count and a kind of area around it, "跃进街等14个片区")."""
    # (also the areas a works is done in, "东山组团、新北出口、火车站站前广场等重点区域": genre_area_list_closers.txt)
    kinds = alternation_pattern(lexicons.words("place_area_kinds.txt") + lexicons.words("genre_area_list_closers.txt"))
    areas = alternation_pattern(lexicons.words("place_street_area_kinds.txt"))
    # (one street alone before its kind too, "集中打造机场路等主要街道"; an item that closes a list of its own,
    # "机场路等主要街道、成吉思汗广场、伊敏河等重点区域": _inner_list_item)
    return (Guarded("等", rf"((?:{CJK.pattern}{{2,8}}(?:等(?:主要)?(?:{kinds}))?、)*{CJK.pattern}{{2,8}})",
                    tail=rf"等(?:主要)?(?:{kinds})"),
            Guarded("等", rf"({CJK.pattern}{{3,8}})", tail=rf"等(?:\d+|[两二三四五六七八九十]+)[个处](?:{areas})"))


@component("listed_streets", reads=(PLACE, ORG), assigns=(PLACE,), needs=("等",))
def extract_listed_streets(ctx: SentenceContext) -> list[Mention]:
    """The items of a list closed by 等 and a kind of urban area are places: streets and
    gateways ("中央街、满洲里路等主要街路", "对东出口、西出口…等区域进行环境综合整治") and
    rare proper names of areas or bridges listed with them ("三角地", "哈萨尔桥"), not common
    nouns ("立交桥"); so is a street that names the first of a counted set of areas ("推进跃进街
    等14个片区棚户区改造项目": the area around it is where the works are)."""
    out = []
    text = ctx.text
    listed, counted = _listed_areas()
    for m in listed.finditer(text):
        items = _street_list_items(ctx, m)
        streets = [(a, b) for a, b in items if street_at(text, a, b)]
        if len(items) == 1 and not (streets and _street_head_ends(ctx, *items[0])):
            continue  # one item: a street whose head ends a word
        for a, b in items:
            area = is_proper(text[a:b]) and _names_an_area(text[a:b])
            if (a, b) not in streets and not area and not (streets and _public_space(text[a:b])):
                continue  # with no street, a list of other things ("市场周边、背街巷道等区域") but its areas'
                # proper names ("陵园五岔路口、三角地等重点区域")
            if not ctx.taken(a, b, (ORG,)) and not _placed(ctx, out, a, b):
                # (a square keeps the landmark it is named after: "火车站站前广场", own_station_places)
                out.append(ctx.mention(PLACE, a, b, source="street-list", composite=_public_space(text[a:b])))
    for m in counted.finditer(text):
        (a, b), = list_items(ctx, m, max_chars=PLACE_RULES.street_item_chars, max_tokens=2)
        head = _street_heads().search(text, a, b)
        stem = ctx.token_ending_at(head.start()) if head is not None and head.start() == a else None
        if stem is not None and 2 <= len(stem.word) <= PLACE_RULES.street_stem_max:
            a = stem.start  # a stem that is a verb is a street's name too ("推进跃进街": 跃进 + 街)
        if street_at(text, a, b) and not ctx.taken(a, b, (ORG,)) and not _placed(ctx, out, a, b):
            out.append(ctx.mention(PLACE, a, b, source="street-counted-area"))
    return out


def _street_list_items(ctx: SentenceContext, m: re.Match) -> list[tuple[int, int]]:
    """The items of a list of streets and areas matched by `m`; the first starts where a name would,
    and an item that closes a list of its own by 等 and a kind of area ("机场路等主要街道、成吉思汗广场、
    伊敏河等重点区域") is the street before its 等."""
    text = ctx.text
    out = []
    pos = m.start(1)
    for n, item in enumerate(m.group(1).split("、")):
        a, b = pos, pos + len(item)
        pos = b + 1
        closed = _inner_list_item().search(text, a, b)
        if closed is not None:
            b = closed.start()
        if n == 0 or closed is not None:
            a = max(a, name_start(ctx, b, max_chars=PLACE_RULES.street_item_chars, max_tokens=3))
        out.append((a, b))
    return out


@functools.lru_cache(maxsize=1)
def _inner_list_item() -> re.Pattern[str]:
    """等 and a kind of urban area closing an item of a longer list ("机场路等主要街道")."""
    kinds = alternation_pattern(lexicons.words("place_area_kinds.txt") + lexicons.words("genre_area_list_closers.txt"))
    return re.compile(rf"等(?:主要)?(?:{kinds})$")


def _street_head_ends(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the street text[a:b] end a word of its own and open with one ("打造/机场路")?"""
    return a in ctx.token_start_set and b in ctx.token_end_set


def _public_space(name: str) -> bool:
    """Is `name` a public space named by what it lies by ("火车站站前广场", "某某河滨河公园"): a stem of
    two characters or more and a space's head (place_street_spaces.txt)? Listed beside streets as an
    area some work is done in, it is a place however common its words."""
    head = next((h for h in lexicons.words("place_street_spaces.txt") if name.endswith(h)), None)
    return head is not None and len(name) - len(head) >= 2


def _names_an_area(name: str) -> bool:
    """An item beside the streets that is itself a place: it ends in a place's last character or a
    bridge's or plot's head (三角地, 哈萨尔桥), not in an institution's (客运总站)."""
    return name[-1] in lexicons.characters("place_name_endings.txt") or name[-1] in "桥地"


def numbered_street_end(ctx: SentenceContext, b: int) -> int | None:
    """Where a numbered street goes on from a name ending at b ("中山|三路", "建设|二路"), or
    None: an ordinal and a street head that end a word, not "一路" before a verb ("一路领跑")."""
    m = _NUMBERED.match(ctx.text, b)
    if m is None or m.end() not in ctx.token_end_set and CJK.match(ctx.text[m.end():m.end() + 1] or "a"):
        return None
    nxt = ctx.token_starting_at(m.end())
    if nxt is not None and ctx.text[b] == "一" and (nxt.pos in _NOT_AFTER_A_NUMBER or nxt.word[0] in _DIRECTION_PREPOSITIONS):
        return None
    return m.end()


def street_follows(ctx: SentenceContext, b: int) -> bool:
    """Does a street's head follow a name ending at b, making the name a street's namesake rather
    than the place itself ("满洲里路", "巴彦托海路", "根河路": streets of another city, named after
    these)? The head must end a word: not "路网", "路段", "海路" as a sea route."""
    text = ctx.text
    if numbered_street_end(ctx, b) is not None:
        return True  # "中山三路": a numbered street named after 中山
    m = _street_heads().match(text, b)
    if m is None or m.group() in _direction_heads():
        return False
    end = m.end()
    if end < len(text) and CJK.match(text[end]) and end not in ctx.token_end_set:
        return False  # "路网", "路线": the head opens another word
    not_names = lexicons.word_set("place_street_not_names.txt")
    return text[b - 1:end] not in not_names and text[b:end + 1] not in not_names


@functools.lru_cache(maxsize=None)
def _street_located_words(side: str) -> tuple[str, ...]:
    return lexicons.words_of_kind("place_street_located_words.txt", side)


def _located_at(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the sentence put something on or along the street text[a:b]: a locating word as a word of
    its own right before it ("在青峰路", "沿滨江大道"), or one right after it ("人民路沿线")?"""
    text = ctx.text
    before = ctx.token_ending_at(a)
    if before is not None and before.word in _street_located_words("before"):
        return True
    after = next((w for w in _street_located_words("after") if text.startswith(w, b)), None)
    if after is None or text.startswith(lexicons.words_of_kind("project_route_branch_parts.txt"), b + len(after)):
        return False  # "京港澳高速沿线联络线": the route's branches along it, the route their works
    return b + len(after) in ctx.token_end_set or b + len(after) == len(text)


def _inside_works(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the street text[a:b] part of a longer works' name the projects rule found ("解放路提升改造
    工程")? A works that is the street alone ("在青峰路新建…" read as a works) holds no other name."""
    span = ctx.span(a, b)
    return any(k.type == PROJECT and k.span.overlaps(span) and k.span.bounds != span.bounds for k in ctx.found)


def _street_before(ctx: SentenceContext, a: int) -> tuple[int, int] | None:
    """The street joined by 、 or 和 right before the one starting at a ("青峰路、人民路沿线"), or None."""
    text = ctx.text
    if a < 3 or text[a - 1] not in "、和":
        return None
    start = name_start(ctx, a - 1, max_chars=PLACE_RULES.street_stem_max + 2, max_tokens=2)
    return (start, a - 1) if street_at(text, start, a - 1) or route_at(ctx, start, a - 1) else None


# a road named by its route code (GB 917): "G60", "S20", "G235国道", "国道G320", "104国道", "国道207"
_ROUTE_CODE = re.compile(r"(?<![A-Za-z0-9])(?:(?:国道|省道)?[GS]\d{1,4}(?:国道|省道|高速)?|\d{3}(?:国道|省道)|(?:国道|省道)\d{3})(?![A-Za-z0-9])")
# parts of speech of a word before a route head that make it no road's name ("保持高速", "中高速")
_NOT_ROUTE_STEMS = ("v", "d", "a", "p", "c", "u", "m", "r", "f")


@functools.lru_cache(maxsize=1)
def _route_heads() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("place_located_route_heads.txt")))


def route_at(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] an intercity road's name: its route code ("G60", "104国道"), or a stem of 2 to a
    few characters that is no verb, adverb or other function word and a route head ("杭甬高速",
    "机场快速路"; place_located_route_heads.txt)?"""
    name = ctx.text[a:b]
    if _ROUTE_CODE.fullmatch(name):
        return True
    head = _route_heads().search(name)
    if head is None or head.end() != len(name):
        return False
    stem = name[:head.start()]
    first = ctx.token_starting_at(a)
    return (2 <= len(stem) <= PLACE_RULES.street_stem_max and all(CJK.match(c) for c in stem)
            and first is not None and not first.pos.startswith(_NOT_ROUTE_STEMS))


def _roads(ctx: SentenceContext):
    """Every street (street_at) and intercity road (route_at) of the sentence, as (start, end)."""
    text = ctx.text
    for m in _street_heads().finditer(text):
        span = None if m.group() in _direction_heads() else _road_ending_at(ctx, m, _street_located_words("after"))
        if span is not None and street_at(text, *span):
            yield span
    for m in _route_heads().finditer(text):
        span = _road_ending_at(ctx, m)
        if span is not None and not _ROUTE_CODE.fullmatch(text, *span) and route_at(ctx, *span):
            yield span
    for m in _ROUTE_CODE.finditer(text):
        yield m.span()


def _road_ending_at(ctx: SentenceContext, head: re.Match, followers: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The span of a road's name that ends with the head found, or None where the head opens another
    word ("路网", "街道", "高速发展": a character after it inside jieba's word) that is not one of the
    followers ("沿线")."""
    text, b = ctx.text, head.end()
    if b < len(text) and CJK.match(text[b]) and b not in ctx.token_end_set and not text.startswith(followers, b):
        return None
    a = name_start(ctx, head.start(), max_chars=PLACE_RULES.street_stem_max, max_tokens=2)
    return _past_locating_word(ctx, a, head.start()), b


def _past_locating_word(ctx: SentenceContext, a: int, head: int) -> int:
    """Where a road's name starts that the walk began at a: after a word of locating it took in ("沿/风情/
    大道": 风情大道), if two characters or more are left before the head ("沿江大道" keeps its 沿)."""
    first = ctx.token_starting_at(a)
    if first is not None and first.word in _street_located_words("before") and head - first.end >= 2:
        return first.end
    return a


@component("located_streets", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects", "street_places"),
           needs=tuple(r[0] for r in lexicons.rows("place_street_located_words.txt")))
def extract_located_streets(ctx: SentenceContext) -> list[Mention]:
    """A street or road the sentence locates something on or along is a place ("在青峰路新建充电桩",
    "青峰路、人民路沿线", "位于滨河路的市民中心", "沿杭甬高速布局…", "104国道以南"), with the streets
    listed before it; not a street a works found by the projects rule names ("解放路提升改造工程" is
    that works), though one read as a works by its name alone is the place too."""
    out: list[Mention] = []
    for a, b in _roads(ctx):
        spans = [(a, b)]
        while (prev := _street_before(ctx, spans[-1][0])) is not None:
            spans.append(prev)
        if not (_located_at(ctx, a, b) or _located_at(ctx, *spans[-1])):
            continue
        for s, e in spans:
            if any(k.local_start == s and k.local_end == e for k in out):
                continue  # listed before another street, and located itself ("在青峰路、人民路沿线")
            if not ctx.taken(s, e, (ORG,)) and not _inside_works(ctx, s, e) and not _placed(ctx, out, s, e):
                out.append(ctx.mention(PLACE, s, e, source="located-street"))
    return out


@functools.lru_cache(maxsize=1)
def _own_stations() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("place_own_station_words.txt")))


@component("own_station_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_own_station_words.txt"))
def extract_own_station_places(ctx: SentenceContext) -> list[Mention]:
    """The report's own town's station written bare (place_own_station_words.txt) where it opens the
    name of a street or square named after it ("火车站规划三路", "火车站站前广场"): a landmark the street
    or square lies by, a place inside that name (ANNOTATION rule 8). Not a station named after a
    place ("某某火车站": a name of its own, the station rules'), nor one moved or built ("火车站南迁")."""
    out = []
    text = ctx.text
    for m in _own_stations().finditer(text):
        a, b = m.span()
        before = ctx.token_ending_at(a)
        if not token_starts_at(ctx, a) or not token_ends_at(ctx, b) or a > 0 and CJK.match(text[a - 1]) and (
                before is None or not before.pos.startswith(("v", "p", "c"))):
            continue  # "某某火车站": a name before it; a verb, a preposition or a list's joint may stand there
        if not _names_after(ctx, b) or ctx.taken(a, b, (ORG,)) or ctx.found_at(a, b, PLACE):
            continue  # (a square found whole, "火车站站前广场", still holds the station: rule 8)
        out.append(ctx.mention(PLACE, a, b, source="own-station"))
    return out


def _names_after(ctx: SentenceContext, b: int) -> bool:
    """Does a street's or public space's name run on from b, the station's end: a street head or a
    space's head closing a word within a street's stem ("规划三路", "站前广场")?"""
    text = ctx.text
    for e in range(b + 2, min(len(text), b + PLACE_RULES.street_stem_max + 2) + 1):
        if not token_ends_at(ctx, e) or not all(CJK.match(c) for c in text[b:e]):
            continue
        if _street_heads().fullmatch(text, e - 1, e) or _street_heads().fullmatch(text, e - 2, e) \
                or _public_space(text[b:e]):
            return True
    return False


@component("listed_gateways", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words_of_kind("place_street_heads.txt", "direction"))
def extract_listed_gateways(ctx: SentenceContext) -> list[Mention]:
    """A city's gateway named by its direction (东出口, 新北出口: street_at) standing as an item of a list,
    a 、 before or after it ("实施新北出口、东山组团绿化", "“门前三包”管理、东出口综合治理"): the area the
    works are done in, a place, however the list's label reads (no works of its own: a gateway is where
    the greening or cleaning is done, ANNOTATION rule 7)."""
    out = []
    text = ctx.text
    for m in _street_heads().finditer(text):
        if m.group() not in _direction_heads():
            continue
        b = m.end()
        a = next((x for x in (m.start() - 2, m.start() - 1) if x >= 0 and street_at(text, x, b) and token_starts_at(ctx, x)), None)
        if a is None or not (text[b:b + 1] == "、" or a > 0 and text[a - 1] == "、"):
            continue
        if not ctx.taken(a, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, a, b, source="listed-gateway"))
    return out


def gateway_at(text: str, a: int, b: int) -> bool:
    """Is text[a:b] a city's gateway named by its direction (东出口, 新北出口)?"""
    return text.endswith(tuple(_direction_heads()), a, b) and street_at(text, a, b)
