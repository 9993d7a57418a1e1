"""The report's own area, resolved once per document: its division in the divisions table, its
province, the towns under it and the division names it spells (stored on `Document.own`)."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.model import NO_AREA, Document, OwnArea
from kg.text.names import NATURAL_SUFFIXES, split_area
from kg.text.segment import tokenizer


def resolve_own_area(doc: Document) -> OwnArea:
    """The report's own area ("重庆市黔江区": 黔江区, province 50, its towns), or NO_AREA."""
    if not doc.area:
        return NO_AREA
    names = tuple(split_area(doc.area))
    division = lexicons.find_division(names[-1], None) if names else None
    province = next((d.code[:2] for d in (lexicons.find_division(n, None) for n in names) if d is not None), None)
    towns = towns_of(division.code, division.level) if division is not None else {}
    return OwnArea(division, province, towns, names)


@functools.lru_cache(maxsize=64)
def towns_of(code: str, level: str) -> dict[str, tuple[str, str]]:
    counties = [code] if level == "county" else [
        c.code for c in lexicons.divisions().values() if c.level == "county" and
        (c.parent == code or (level == "province" and c.code[:2] == code[:2]))]
    freq = tokenizer().tokenizer.FREQ
    out: dict[str, tuple[str, str]] = {}
    for county in counties:
        for town in lexicons.towns(county):
            if not town.endswith(lexicons.TOWN_SUFFIXES + ("地区",)):
                continue  # farms, prisons, parks listed at town level ("保税区", "开发区") are no towns
            out.setdefault(town, (town, county))
            short = lexicons.town_short(town)
            # a short form that is a common word ("白马", "新华") would be read everywhere
            # nor one ending like a river or mountain ("阿蓬江" is the river the town is named after)
            if level == "county" and short and (freq.get(short) or 0) < 1000 and short[-1] not in NATURAL_SUFFIXES:
                out.setdefault(short, (town, county))
    return out
