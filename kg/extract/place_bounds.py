"""Where a place's name begins, when the place found is the tail of a longer name: a compass word
after a province's one-character form ("闽东北": the province's north-east, not 东北, the country's
north-east), and the quarter of a town's name written with its side ("某城东区": the east quarter of
某城, not 城东区, a district of another province). Each reads the places found before it and adds
the whole name; the tail is then dropped as nested (drop_nested keeps the outermost)."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.extract.base import CJK, ORG, PLACE, Mention, SentenceContext
from kg.extract.registry import component

# the sides a town's quarter is named by ("某城东区"), and the one-character sides
_SIDES = "东西南北中"


@functools.lru_cache(maxsize=1)
def _province_forms() -> frozenset[str]:
    """The one-character forms of China's provinces (place_abbreviations.txt: the forms that have the
    province's full name as their second column, not those of countries)."""
    return frozenset(lexicons.mapping("place_abbreviations.txt"))


@functools.lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    """The compass words that close a macro-region's name after a province's form: the
    intercardinal ones (place_intercardinal_words.txt: 东北, 西南…); the one-character sides are
    found with their form already (苏北, 鄂西: regions.txt and the divisions)."""
    return lexicons.word_set("place_intercardinal_words.txt")


@component("province_compass_regions", reads=(PLACE, ORG), assigns=(PLACE,), needs_types=(PLACE,),
           after=("lexicon_places",))
def extract_province_compass_regions(ctx: SentenceContext) -> list[Mention]:
    """A macro-region written as a province's one-character form and an intercardinal compass word
    ("推进某东北、某西南两大协作区": 闽东北, 湘西北, 川西南): where a place found is a compass word
    (东北, 西南…) right after a province's form that jieba cut as a word of its own, the region is
    the form and the word, the province's part (the compass word alone, the country's north-east, is
    dropped as nested)."""
    out: list[Mention] = []
    for m in ctx.found:
        if m.type != PLACE or m.text not in _compass_words() or m.local_start == 0:
            continue
        form = ctx.token_ending_at(m.local_start)
        if form is None or len(form.word) != 1 or form.word not in _province_forms():
            continue
        if ctx.taken(form.start, form.end, (PLACE, ORG)):
            continue
        out.append(ctx.mention(PLACE, form.start, m.local_end, source="province-compass"))
    return out


def _town_quarter_name(name: str) -> bool:
    """Is `name` written as 城 and a side's quarter ("城东区", "城西区"): a district's name of
    some city, and also the tail of a town's side quarter ("某城东区")?"""
    return len(name) == 3 and name[0] == "城" and name[1] in _SIDES and name[2] == "区"


def _parent_before(ctx: SentenceContext, name: str, a: int) -> bool:
    """Is the division `name` right after its own city's name ("某宁市城东区", "某宁城东区"): then it
    is that city's district, no town's quarter?"""
    d = lexicons.find_division(name, None)
    city = lexicons.divisions().get(d.parent) if d is not None else None
    return city is not None and any(n and ctx.text.endswith(n, 0, a) for n in (city.name, city.short))


@component("town_side_quarters", reads=(PLACE, ORG), assigns=(PLACE,), needs_types=(PLACE,),
           after=("lexicon_places",))
def extract_town_side_quarters(ctx: SentenceContext) -> list[Mention]:
    """The side quarter of a town written with the town's name ("推进某某城东区、西区规划建设",
    "榆城东区、南区开发"): a district name 城东区 (of one city) found right after the word that
    opens the town's name (a character of a name: 榆, 空港, 某某县), not after its own city's name, is
    the tail of "某城" and its east quarter; the quarter with the town's name is the place."""
    out: list[Mention] = []
    for m in ctx.found:
        if m.type != PLACE or not _town_quarter_name(m.text) or m.local_start == 0:
            continue
        before = ctx.token_ending_at(m.local_start)
        if before is None or not all(CJK.match(c) for c in before.word) or before.pos in ("v", "p", "c", "d"):
            continue  # "推进|城东区": a verb opens the district's name
        if _parent_before(ctx, m.text, m.local_start) or ctx.taken(before.start, before.end, (PLACE, ORG)):
            continue
        out.append(ctx.mention(PLACE, before.start, m.local_end, source="town-side-quarter"))
    return out


@functools.lru_cache(maxsize=1)
def _part_compass_words() -> frozenset[str]:
    """The compass words a part of a province is named by after its one-character form ("辽西北",
    "宁东", "川南", "苏中": place_province_part_compass_words.txt)."""
    return lexicons.word_set("place_province_part_compass_words.txt")


@functools.lru_cache(maxsize=64)
def _own_province_forms(province: str | None) -> frozenset[str]:
    """The one-character forms of the report's own province (place_abbreviations.txt: 川 and 蜀 of
    四川省), by its two-digit code."""
    if not province:
        return frozenset()
    return frozenset(form for form, full in lexicons.mapping("place_abbreviations.txt").items()
                     if (d := lexicons.find_division(full, None)) is not None and d.code[:2] == province)


def _province_part_at(ctx: SentenceContext, i: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """The bounds of a province's part written at token i as its form and a compass word: one word
    ("宁东", "川东北") or the form cut from the compass word ("辽/西北"), ending a word."""
    toks = ctx.tokens
    t = toks[i]
    if t.word[:1] not in forms:
        return None
    if len(t.word) > 1:
        return (t.start, t.end) if t.word[1:] in _part_compass_words() else None
    if i + 1 < len(toks) and toks[i + 1].word in _part_compass_words():
        return t.start, toks[i + 1].end
    return None


@component("own_province_parts_by_compass", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",))
def extract_own_province_parts_by_compass(ctx: SentenceContext) -> list[Mention]:
    """A part of the report's own province written as the province's one-character form and a compass
    word ("推进某东科技创新园建设" in a Ningxia report: 宁东; "推动川东北、川南两大片区协同发展": 川东北, 川南;
    "辽西北供水工程"): a general table of the genre (the form of 简称 and the compass words), read
    only in a province's own report and for that province, where the form can mean nothing else; a word jieba keeps
    longer ("京东方", "新中国") or a name found already (an organization, a district such as 渝中)
    is left."""
    own = ctx.doc.own.division
    if own is None or own.level != "province":
        return []  # a city's or county's report: "某西煤矿", "某西、某安等物流项目" are local firms' trade names
    forms = _own_province_forms(ctx.doc.own.province)
    out: list[Mention] = []
    for i in range(len(ctx.tokens)):
        bounds = _province_part_at(ctx, i, forms)
        if bounds is None or ctx.taken(*bounds, (PLACE, ORG)) or any(o.span.bounds == bounds for o in out):
            continue
        out.append(ctx.mention(PLACE, *bounds, source="own-province-part"))
    return out
