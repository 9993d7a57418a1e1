"""A great region of China named by its bare direction word where the report ranks itself in it
("中部唯一", "高于全省、高于西部、高于全国", "居中西部第1位"): a place (ANNOTATION: named
sub-regions). Elsewhere the words are parts of anything ("城市中部", "西部快线")."""
from __future__ import annotations

import functools

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
    cues = [w for w, s in lexicons.mapping("place_ranking_cues.txt").items() if s == side]
    return tuple(sorted(cues, key=lambda w: (-len(w), w)))


@component("ranked_regions", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_ranked_regions.txt"))
def extract_ranked_regions(ctx: SentenceContext) -> list[Mention]:
    """The bare region a ranking cue stands beside, as a word of its own."""
    out = []
    text = ctx.text
    for m in _regions().finditer(text):
        a, b = m.start(), m.end()
        if not (ctx.text.endswith(_cues("before"), 0, a) or text.startswith(_cues("after"), b)):
            continue
        if text.startswith("地区", b) or ctx.taken(a, b, (PLACE, ORG)):
            continue  # "中西部地区" is the region's whole name (regions.txt)
        out.append(ctx.mention(PLACE, a, b, source="ranked-region"))
    return out
