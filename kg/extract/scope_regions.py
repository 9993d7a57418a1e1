"""Regions named by direction words (ANNOTATION: named sub-regions): a great region of China named
by its bare direction word where the report ranks itself in it ("中部唯一", "高于全省、高于西部、高于
全国", "居中西部第1位"), elsewhere the words are parts of anything ("城市中部", "西部快线"); and a part
of the report's own province named by its one-character form and a direction ("赣西", "赣东北")."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, PLACE, Mention, SentenceContext
from kg.extract.registry import component
from kg.text.lookup import WordTrie


@functools.lru_cache(maxsize=1)
def _regions() -> WordTrie:
    return WordTrie(lexicons.words("place_ranked_regions.txt"))


@functools.lru_cache(maxsize=1)
def _cues(side: str) -> tuple[str, ...]:
    """The ranking cues that stand on `side` (before or after) of the region, longest first."""
    return lexicons.longest_first(w for w, s in lexicons.mapping("place_ranking_cues.txt").items() if s == side)


@component("ranked_regions", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_ranked_regions.txt"))
def extract_ranked_regions(ctx: SentenceContext) -> list[Mention]:
    """The bare region a ranking cue stands beside, as a word of its own."""
    out = []
    text = ctx.text
    for m in _regions().finditer(text):
        a, b = m.start(), m.end()
        if not (ctx.text.endswith(_cues("before"), 0, a) or text.startswith(_cues("after"), b)
                or _paired_with_a_region(ctx, a, b)):
            continue
        if text.startswith("地区", b) or ctx.taken(a, b, (PLACE, ORG)):
            continue  # "中西部地区" is the region's whole name (regions.txt)
        out.append(ctx.mention(PLACE, a, b, source="ranked-region"))
    return out


# what joins two great regions named side by side ("中西部和东北地区", "东部与中西部地区")
_REGION_JOINERS = ("和", "与", "及", "、")


def _paired_with_a_region(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the bare region at a..b joined to a named region found beside it ("中西部和东北地区主要经济指标
    增速高于全国平均水平", national-2010/2011/2013-review): two of the country's great regions named
    together, the bare one a region as much as the other (not "城市中部和北部": no named region)."""
    regions = lexicons.named_regions()
    after = ctx.text[b:b + 1] in _REGION_JOINERS and any(
        m.type == PLACE and m.local_start == b + 1 and m.text in regions for m in ctx.found)
    before = ctx.text[a - 1:a] in _REGION_JOINERS and a > 1 and any(
        m.type == PLACE and m.local_end == a - 1 and m.text in regions for m in ctx.found)
    return after or before


# a province's one-character form, then a compass word of a province's part ("赣西", "赣东北", "皖中":
# place_province_part_compass_words.txt, longest first, as kg.extract.place_bounds reads them)
_PROVINCE_PART = re.compile(f"[{lexicons.characters('place_abbreviations.txt')}]"
                            f"(?:{lexicons.alternation('place_province_part_compass_words.txt')})")


@functools.lru_cache(maxsize=64)
def _forms_of_province(province: str) -> frozenset[str]:
    """The one-character forms of the province whose division code opens with `province` ("36": 赣);
    none for a municipality (its form is a word of many names: "京东", "沪东", "渝北")."""
    full_names = lexicons.mapping("place_abbreviations.txt")
    return frozenset(form for form in lexicons.province_forms(province) if not full_names[form].endswith("市"))


@component("own_province_parts", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",))
def extract_own_province_parts(ctx: SentenceContext) -> list[Mention]:
    """A part of the report's own province named by the province's one-character form and a
    direction, a word jieba reads as a place, beside another such part ("赣东北、赣西两翼发展活力
    增强" in a Jiangxi report: 赣西 beside 赣东北): a customary sub-region (regions.txt lists the
    common ones of every province; this reads the rest of the report's own where the sentence
    divides the province into its parts). Alone the pair is as often a company's trade name
    ("蒙西商品砼", "蒙西煤矿" in Hailar's reports); a municipality's form is left out, and so is any
    other province's."""
    province = ctx.doc.own.province
    forms = _forms_of_province(province) if province else frozenset()
    if not forms:
        return []
    parts = []
    for m in _PROVINCE_PART.finditer(ctx.text):
        a, b = m.span()
        tok = ctx.token_starting_at(a)
        if m.group()[0] in forms and tok is not None and tok.pos.startswith("ns") and tok.end == b \
                and lexicons.find_division(m.group(), province) is None:
            parts.append((a, b))  # not "湘西", "晋中": a division's name, the lexicon rule's
    if len({ctx.text[a:b] for a, b in parts}) < 2:
        return []
    return [ctx.mention(PLACE, a, b, source="province-part") for a, b in parts if not ctx.taken(a, b, (PLACE, ORG))]
