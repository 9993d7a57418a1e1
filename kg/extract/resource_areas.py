"""The areas a resource, a reservoir or a flood plan marks out around a named place ("某某库区",
"某某山矿区", "某某湖蓄洪区", "某某采煤塌陷区"), as places.

The reports name such an area by the place it lies at and a head of place_resource_area_heads.txt.
The whole is one named area (ANNOTATION: named sub-regions and areas are places), whatever the
sentence does there: the works done in it are named after it ("某某矿区地质环境治理工程") and the
area is where they are (rule 8), so it is found inside a works' name too. The place it lies at is
a place found, or a word the tagger reads as a place name (ns) that no rule found ("某某|蓄洪区"),
or the tagger's one word for the whole ("某某库区"/ns)."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import PLACE, Mention, SentenceContext, token_ends_at
from kg.extract.registry import component
from kg.text.names import CJK

# a place written with its level ("某某市", "某某县") before 矿区 or 林区 is the division, and the head
# then its district's own name ("某市矿区": a district so called), no area of the place
_LEVEL_CHARS = ("市", "县", "区", "镇", "乡")
# the tagger's tags of a name: a place's (ns), a person's (nr: "乌|龙泉", a place's first character
# read as a surname), another proper name's (nz)
_NAME_TAGS = ("ns", "nr", "nz")


@functools.lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("place_resource_area_heads.txt"))


@component("resource_areas", reads=(PLACE,), assigns=(PLACE,), needs=lexicons.words("place_resource_area_heads.txt"))
def extract_resource_areas(ctx: SentenceContext) -> list[Mention]:
    """The place an area lies at, written without its level, then a head of
    place_resource_area_heads.txt that ends a word ("丹江口|库区", "平顶山|矿区"): one area, a place,
    unless a place found holds it (a division so called, "某某林区")."""
    out = []
    for m in _head_pattern().finditer(ctx.text):
        h, b = m.span()
        a = _place_before(ctx, h)
        if a is None or not token_ends_at(ctx, b) or _held(ctx, a, b) or _listed_kind(ctx, a):
            continue
        # composite: the place it lies at stays a place of its own (rule 8), "某某|采煤沉陷区"
        out.append(ctx.mention(PLACE, a, b, source="resource_area", composite=True))
    return out


def _place_before(ctx: SentenceContext, h: int) -> int | None:
    """Where the place's name that ends at the head at `h` begins: the earlier of a place found
    ending there and the name word ending there (`_name_word_start`); None for no name or one
    written with its level."""
    found = [p.local_start for p in ctx.found if p.type == PLACE and p.local_end == h and p.local_start < h]
    word = _name_word_start(ctx, h)  # the tagger's word may hold more than the place found ("大小兴安岭")
    a = min(found + ([word] if word is not None else []), default=None)
    if a is None or not all(CJK.match(c) for c in ctx.text[a:h]) or ctx.text[a:h].endswith(_LEVEL_CHARS):
        return None
    return a


def _name_word_start(ctx: SentenceContext, h: int) -> int | None:
    """The start of a word tagged as a name that ends at `h` (with a one-character name word before
    it, "乌|龙泉"), or of one word tagged ns that holds the name and the head ("三峡库区")."""
    words = {t.end: t for t in ctx.tokens}
    whole = next((t for t in ctx.tokens if t.start < h < t.end and t.pos == "ns"), None)
    if whole is not None:
        return whole.start if h - whole.start >= 2 else None
    t = words.get(h)
    if t is None or t.pos not in _NAME_TAGS or len(t.word) < 2:
        return None
    first = words.get(t.start)
    return first.start if first is not None and len(first.word) == 1 and first.pos in _NAME_TAGS else t.start


def _held(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a place found hold text[a:b] ("某某林区", a division so called, found whole)?"""
    return any(m.type == PLACE and m.local_start <= a and b <= m.local_end for m in ctx.found)


def _listed_kind(ctx: SentenceContext, a: int) -> bool:
    """Is the area's place the last of places listed, the head shared by them ("甲、乙矿区": the
    areas of two places, no one area's name)?"""
    return a > 0 and ctx.text[a - 1] == "、" and any(p.type == PLACE and p.local_end == a - 1 for p in ctx.found)
