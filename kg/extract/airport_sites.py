"""An airport in service named by its site before (国际)机场 (place_airport_sites.txt: "支持江北国际机场创建
国际卫生机场", "浦东国际机场四期", "河东机场改造", "芜宣机场提升货运能力"), maybe after its city found before
it ("合肥新桥国际机场"): a place (ANNOTATION rules 2, 3 and 8), unless the sentence builds the airport
itself (places.hub_being_built: "建成某某机场", "某某机场迁建工程"). The hub rules of kg.extract.places ask
for a place or a proper noun before the head; many sites are neither (芜宣, 天府) or a common word they
refuse (江北, 河东)."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext, token_ends_at, token_starts_at
from kg.extract.places import division_found_before, hub_being_built
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern

_HEADS = ("国际机场", "机场")


@functools.lru_cache(maxsize=1)
def _airport_pattern() -> re.Pattern[str]:
    sites = alternation_pattern(lexicons.words("place_airport_sites.txt"))
    return re.compile(f"(?:{sites})(?:国际)?机场")


@component("airport_sites", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("hub_name_places", "projects"),
           needs=_HEADS)
def extract_airport_sites(ctx: SentenceContext) -> list[Mention]:
    """Each airport named by a site of place_airport_sites.txt, from its city where a division found
    ends right before the site, that no place found holds, no organization takes and the sentence
    does not build, alone or as a works of a list ("加快某某国际机场、某某高速等项目建设": the airport
    found as a works by its name alone)."""
    out = []
    for m in _airport_pattern().finditer(ctx.text):
        a, b = m.span()
        city = division_found_before(ctx, a)
        start = a if city is None else city.local_start
        if not (token_starts_at(ctx, start) or city is not None) or not token_ends_at(ctx, b):
            continue
        if ctx.found_at(start, b, PLACE) or ctx.found_at(start, b, PROJECT) or ctx.taken(start, b, (ORG,)) \
                or hub_being_built(ctx, start, b):
            continue
        # composite: the city and a site that is a division stay places of their own (rule 8)
        out.append(ctx.mention(PLACE, start, b, source="airport_site", composite=True))
    return out
