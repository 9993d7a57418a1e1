"""Named zones, scenic areas, venues and institutes listed together as works being built or upgraded
("加快阳关景区、玉门关景区、雅丹国家地质公园提档升级", "推进…敦煌大剧院、敦煌国际会展中心和国际酒店群建设",
"加快中国科大先进技术研究院、清华大学合肥公共安全研究院…建设"): each item that the earlier rules read
as a place (a zone or park by its head) or an organization (a venue or institute) is a project too
(ANNOTATION rule 3: a park, scenic area or zone the sentence builds or develops is a project, with
alt type Place; rule 2: an institution that exists as construction is a project, alt type
Organization). The other type stays: the gold gives it as the alt type. A later item no rule found
that is a zone or park by its head, named by a place in it or a proper name ("中韩（长春）国际合作示范区",
"胡耀邦故里旅游区"), is one too; no item of a list of divisions is ("九台区、…农安县特色产业园区": each
one's park of a kind, ANNOTATION rule 11). A list closed by 等 and the kind of zone its items are
("推动龙门石窟、白马寺、老君山、白云山、鸡冠洞等景区提档升级", "推进壶口瀑布、雁门关、王莽岭、娘子关、
百里太行画廊等重点景区提质升级", Shanxi 2020) names each zone by its proper name alone: each item is
one too."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext
from kg.extract.place_lists import past_list_openers
from kg.extract.projects import division_in_full, named_after_divisions
from kg.extract.registry import component
from kg.text.lookup import clause_start
from kg.text.names import CJK_CHARS, is_proper

_ITEM_MARK = "、"
_CLAUSE_MARKS = "，,；;。：:！!？?"
_MAX_ITEM = 20  # characters of one listed item: a longer run is no name
_KIND_QUALIFIER = 4  # characters between 等 and the kind of zone ("等重点景区", "等国家级风景区")
# an item that is one name: characters of names and brackets, no word that joins or closes a list
_NAME_ONLY = re.compile(rf"(?:(?![和及与等])[{CJK_CHARS}A-Za-z0-9()])+")


@functools.lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    """The words that build or develop everything the list before them names, closing the clause:
    建设, and the words that develop a zone as a whole (place_zone_building_words.txt `developed`)."""
    words = ("建设",) + lexicons.words_of_kind("place_zone_building_words.txt", "developed")
    alt = "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
    return re.compile(rf"(?:{alt})(?=[{_CLAUSE_MARKS}]|$)")


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The heads of the zones and parks a place item ends with, of the venues an organization item
    ends with, and of the institutes it ends with when another body found opens it
    (genre_listed_works_heads.txt, "founded")."""
    return (lexicons.words("place_zone_heads.txt"), lexicons.words_of_kind("genre_listed_works_heads.txt"),
            lexicons.words_of_kind("genre_listed_works_heads.txt", "founded"))


def _names_works(ctx: SentenceContext, m: Mention) -> bool:
    """Is the mention `m`, ending a listed item, a zone or park found as a place, a venue
    found as an organization, or an institute found as one that a body found opens ("清华大学…研究院")?"""
    zones, venues, founded = _heads()
    if m.type == PLACE:
        return m.text.endswith(zones)
    if m.type != ORG:
        return False
    return m.text.endswith(venues) or m.text.endswith(founded) and any(
        o.type == ORG and o.local_start == m.local_start and o.local_end < m.local_end for o in ctx.found)


def _clause_list_items(ctx: SentenceContext, tail: int, shortest: int = 3) -> list[tuple[int, int]]:
    """The 、-separated items of the list that opens its clause with a list opener (推进, 加快:
    genre_list_openers.txt, genre_build_openers.txt) and ends at `tail`; [] when the clause is not
    such a list or an item is shorter than `shortest`. The last item splits at 和 or 及 where a
    mention found ends right before it."""
    text = ctx.text
    start = clause_start(text, tail, _CLAUSE_MARKS)
    a = past_list_openers(text, start)  # "加快推进…": each opener
    if a == start:
        return []
    items = []
    for part in text[a:tail].split(_ITEM_MARK):
        items.append((a, a + len(part)))
        a += len(part) + 1
    last_a, last_b = items[-1]
    joint = next((m.local_end for m in ctx.found if last_a < m.local_end < last_b - 1
                  and m.local_start == last_a and text[m.local_end] in "和及"), None)
    if joint is not None:
        items[-1:] = [(last_a, joint), (joint + 1, last_b)]
    if len(items) < 2 or any(b - a < shortest or b - a > _MAX_ITEM for a, b in items):
        return []
    return items


def _works_of_item(ctx: SentenceContext, a: int, b: int) -> tuple[int, int] | None:
    """The works a listed item names: a zone or park found as a place, or a venue or institute found as
    an organization, with the places glued before it ("鸣沙山月牙泉景区"); None when it is neither or is
    a project already. (No test of a proper name: the earlier rules found the name as one.)"""
    if ctx.found_at(a, b, PROJECT) or named_after_divisions(ctx, a, b):
        return None  # (the name rules found it, or found its works named after the divisions opening it)
    found = [m for m in ctx.found if m.local_end == b and a <= m.local_start and _names_works(ctx, m)]
    if not found:
        return (a, b) if _zone_named_unfound(ctx, a, b) else None
    start = min(m.local_start for m in found)
    while start > a and (glued := next((m for m in ctx.found if m.type == PLACE and m.local_end == start
                                         and a <= m.local_start), None)) is not None:
        start = glued.local_start
    if start != a:
        return None  # the item is more than the name and the places it opens with
    return a, b


def _zone_named_unfound(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the item text[a:b], which no rule found, a zone or park by its head (place_zone_heads.txt) named
    by a place found in it or a proper name ("净月高新区", "胡耀邦故里旅游区"), with no mention crossing it?
    A later item only: the list's marks bound it (the first item's start is where the opener ends)."""
    text = ctx.text
    zones = _heads()[0]
    head = next((h for h in zones if text.endswith(h, a, b)), None)
    if head is None or b - len(head) - a < 2 or a < 1 or text[a - 1] != _ITEM_MARK or not _NAME_ONLY.fullmatch(text, a, b):
        return False  # ("鸡冠洞等景区": a kind the list's items are of; "…工程和…基地": two items joined)
    if ctx.reaches_out_of(a, b):
        return False
    stem = text[a:b - len(head)]
    return any(m.type == PLACE and a <= m.local_start and m.local_end <= b - len(head) for m in ctx.found) \
        or is_proper(stem, strict=True)


@component("listed_named_works", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=("建设", "升级", "发展", "扩容", "提质"))
def extract_listed_named_works(ctx: SentenceContext) -> list[Mention]:
    """Each zone, park, venue or institute of a list that a clause opens with 推进/加快 and closes with
    建设 or a word of developing zones, found before as a place or organization, is a project too."""
    out: list[Mention] = []
    for t in _tail().finditer(ctx.text):
        kind = _kind_closing().search(ctx.text, 0, t.start())
        if kind is not None:
            out.extend(_zones_of_a_kind(ctx, _clause_list_items(ctx, kind.start(), shortest=2)))
            continue
        items = _clause_list_items(ctx, t.start())
        if any(m.type == PLACE and (m.local_start, m.local_end) in items and division_in_full(m.text) for m in ctx.found):
            continue  # a list of divisions ("九台区、…农安县特色产业园区"): each one's park of a kind, no works (rule 11)
        for a, b in items:
            span = _works_of_item(ctx, a, b)
            if span is not None:
                # a zone the clause builds or develops is works in the division it is named after
                # ("推进…昆山综合保税区建设": kg.resolve.relations reads `zone_built`, ANNOTATION rule 3)
                zone = {"zone_built": True} if ctx.text.endswith(_heads()[0], *span) else {}
                out.append(ctx.mention(PROJECT, *span, source="listed_named_works", **zone))
    return out


@functools.lru_cache(maxsize=1)
def _kind_closing() -> re.Pattern[str]:
    """等, a qualifier of at most _KIND_QUALIFIER characters (重点, 核心) and the head of the kind of zone
    the list's items are (place_zone_heads.txt: 景区, 旅游区, 产业园), ending where the tail starts."""
    heads = "|".join(map(re.escape, sorted(_heads()[0], key=len, reverse=True)))
    return re.compile(rf"等[{CJK_CHARS}]{{0,{_KIND_QUALIFIER}}}?(?:{heads})$")


def _zones_of_a_kind(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[Mention]:
    """The items of a list closed by 等 and the kind of zone they are, each named by its proper name
    alone ("龙门石窟", "百里杜鹃"): projects, unless an item is a division in full ("某县、某区等园区":
    each one's park of a kind, rule 11) or no one name, or most items are no proper name (the list
    is of kinds: "乡村、城郊等景区"; a few may be words jieba knows as common ones: 娘子关)."""
    text = ctx.text
    if any(not _NAME_ONLY.fullmatch(text, a, b) or division_in_full(text[a:b]) for a, b in items):
        return []
    if 2 * sum(is_proper(text[a:b], strict=True) for a, b in items) <= len(items):
        return []
    return [ctx.mention(PROJECT, a, b, source="listed_zones_of_a_kind") for a, b in items if not ctx.found_at(a, b, PROJECT)]
