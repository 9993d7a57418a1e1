"""Heritage and scenic sites named in a 、-list right before what a report says of them as sites
(place_heritage_listings.tsv): the archaeology done there, the World Heritage bid, the national
designations they obtain ("深化石峁、太平遗址等考古研究", "推进白鹤梁题刻、蜀道(重庆段)等申遗",
"台州府城、云和梯田、金华双龙成功创建国家5A级旅游景区"). Each item is a place (ANNOTATION Place: old
towns, scenic areas and heritage sites; rule 3), whatever its head: many such names have none
(石峁, 武王墩, 金华双龙). An item opened by the city or county it lies in ("温州朔门古港", "仙居下汤
遗址") names the site after it, a place of its own (rule 8)."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import HERITAGE_LISTINGS
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext, token_starts_at
from kg.extract.projects import covered_by
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern
from kg.text.names import CJK, is_proper

_LEXICON = "place_heritage_listings.tsv"
# what closes a list's items and the list (a joining word closes it too: _item_before)
_ITEM_MARK = "、"


@functools.lru_cache(maxsize=1)
def _said_of_sites() -> re.Pattern[str]:
    """What follows the list: 等 and a `listed` word; a `works` word, after 等 or not; a `verb` of
    obtaining, after 等 or not, and a `title`; or a title right after the last site's name."""
    def words(kind: str) -> str:
        return alternation_pattern(lexicons.words_of_kind(_LEXICON, kind))
    closing = "等(?:项目)?"  # "某某、某某等项目申报世界文化遗产": the items are the bid's
    return re.compile(f"{closing}(?:{words('listed')})|(?:{closing})?(?:{words('works')})"
                      f"|(?:{closing})?(?:{words('verb')})?(?:{words('title')})")


@component("heritage_listings", reads=(PLACE, ORG, PROJECT), assigns=(PLACE, PROJECT),
           needs=tuple(lexicons.words_of_kind(_LEXICON, "works") + lexicons.words_of_kind(_LEXICON, "title"))
           + ("等",))
def extract_heritage_listings(ctx: SentenceContext) -> list[Mention]:
    """Each site listed by 、 right before what the report says of it as a site is a place, unless a
    place found holds it or an organization takes it; one opened by the division it lies in is named
    after that division (`_site_after_its_division`). The park a national title names right after the
    last site's name ("宝墩国家考古遗址公园") is a works too, located at the site (ANNOTATION rule 8)."""
    out: list[Mention] = []
    for m in _said_of_sites().finditer(ctx.text):
        end = m.start()
        while (item := _item_before(ctx, end)) is not None:
            a, b = _site_after_its_division(ctx, *item)
            inner = [p for p in ctx.found
                     if p.type == PLACE and a <= p.local_start and p.local_end <= b and (p.local_start, p.local_end) != (a, b)]
            if not (covered_by(ctx, a, b, PLACE) or ctx.taken(a, b, (ORG,)) or any(o.span.bounds == (a, b) for o in out)
                    or _tiled(inner, a, b)):
                # composite: a division found inside stays a place of its own ("云和|梯田", rule 8)
                out.append(ctx.mention(PLACE, a, b, source="heritage_listing", composite=any(_division(ctx, p) for p in inner)))
            if (end == m.start() and m.group().endswith(_PARK_TITLES) and m.group() in lexicons.words_of_kind(_LEXICON, "title")
                    and not ctx.taken(item[0], m.end(), (PROJECT,))):
                # the park a national title names right after the site's name (no 等, no verb between) is
                # built there, one works ("创建落笔洞国家考古遗址公园": jieba cuts 落笔|洞, the name rules miss it)
                out.append(ctx.mention(PROJECT, item[0], m.end(), source="heritage_listing"))
            a = item[0]
            if a == 0 or ctx.text[a - 1] != _ITEM_MARK:
                break
            end = a - 1
    return out


# the titles that name a park built at the site (place_heritage_listings.tsv, title: 国家考古遗址公园)
_PARK_TITLES = ("公园",)


def _tiled(inner: list[Mention], a: int, b: int) -> bool:
    """Do the places found inside a..b cover each of its characters ("酒泉阳关玉门关": 阳关 and
    玉门关 listed without a mark between them)? The item is then those places, no site of its own."""
    return all(any(p.local_start <= c < p.local_end for p in inner) for c in range(a, b))


def _division(ctx: SentenceContext, p: Mention) -> bool:
    """Is the place found a division, as the report's province reads its name ("云和": 云和县)?"""
    return lexicons.find_division(p.text, ctx.doc.own.province) is not None


def _item_before(ctx: SentenceContext, end: int) -> tuple[int, int] | None:
    """The listed name that ends at `end`: the characters back to a mark or a joining word, with a
    bracketed part at its end ("蜀道(重庆段)"), less the verbs and adverbs opening them ("推进",
    "深化") while two characters are left; two to HERITAGE_LISTINGS.item_chars characters that start
    a word."""
    text = ctx.text
    a = end
    if text[a - 1:a] == ")" and (j := text.rfind("(", max(0, a - HERITAGE_LISTINGS.bracket_chars), a)) > 0:
        a = j  # the reach of a route named in brackets after it
    while a > 0 and CJK.match(text[a - 1]) and end - a < HERITAGE_LISTINGS.item_chars:
        a -= 1
    # after a joining word or the 等 closing an earlier list ("某某等项目申报"), not the 等 of 高等级
    a = max((t.end for t in ctx.tokens if a <= t.start and t.end <= end and (t.pos == "c" or t.word == "等")), default=a)
    opened = a
    while (w := next((w for w in _openers() if text.startswith(w, a) and end - a - len(w) >= 2), None)) is not None:
        a += len(w)
    while (t := ctx.token_starting_at(a)) is not None and t.pos.startswith(("v", "d")) and end - t.end >= 2:
        a = t.end
    if not 2 <= end - a <= HERITAGE_LISTINGS.item_chars or not CJK.match(text[a]) \
            or not (token_starts_at(ctx, a) or a > opened) or not _names_something(ctx, a, end):
        return None
    return a, end


@functools.lru_cache(maxsize=1)
def _openers() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.words_of_kind(_LEXICON, "opener"))


def _names_something(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a..b hold a word that may name a site: not only verbs, adverbs, adjectives, numerals,
    pronouns and function words ("大力培育5A级旅游景区", "推动创建更多5A级旅游景区"), nor ending in a
    verb ("高质量规划建设国家考古遗址公园": a name ends in a noun)?"""
    words = [t for t in ctx.tokens if a <= t.start < b]
    return any(not t.pos.startswith(_NOT_NAMING_TAGS) for t in words) and not words[-1].pos.startswith("v")


# the tags of jieba's words that name no site by themselves
_NOT_NAMING_TAGS = ("v", "d", "a", "m", "r", "q", "u", "p", "c")


def _site_after_its_division(ctx: SentenceContext, a: int, b: int) -> tuple[int, int]:
    """The site's own name where a division found opens the item and a proper name of three
    characters or more follows it ("温州|朔门古港", "张掖|马蹄石窟群"); the whole item where two
    follow, or common words only, which the division's name makes a site's ("台州府城", "云和梯田",
    "临夏古生物化石")."""
    opening = max((p.local_end for p in ctx.found if p.type == PLACE and p.local_start == a and p.local_end < b
                   and _division(ctx, p)), default=None)
    if opening is None or b - opening < HERITAGE_LISTINGS.named_site_chars or not is_proper(ctx.text[opening:b]):
        return a, b
    return opening, b
