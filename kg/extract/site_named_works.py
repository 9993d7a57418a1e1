"""The site a bridge, tunnel, power plant or station, irrigation district or river hub found as a works is named
after ("开工某坪长江大桥", "某江铁路大桥开通运营", "建成某家隧道", "推动某头电厂二期建成投运", "某屏电站二期", "某滩大型
灌区", "某江某泽航运枢纽": place_site_named_heads.txt), read off the works' name once the
project rules found it: the two to four characters opening the name (after a division found there), before
the kind of crossing (place_site_named_kinds.txt) and the river found right before the head, name the site, a
place (ANNOTATION rule 8), which the toponym rules, reading words, miss (a village's or town's name jieba
does not know, a county written without its kind)."""
from __future__ import annotations

from kg import lexicons
from kg.config import PLACE_RULES
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext, token_ends_at, token_starts_at
from kg.extract.registry import component
from kg.text.names import CN_NUMERALS, all_cjk, without_phase
from kg.text.segment import word_freq

# the length of a site's name before the head: two to four characters
_SITE_CHARS = (2, 4)


@component("site_named_works_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects",),
           needs_types=(PROJECT,), needs=lexicons.words("place_site_named_heads.txt"))
def extract_site_named_works_places(ctx: SentenceContext) -> list[Mention]:
    """The site before each head of place_site_named_heads.txt closing a works found as a project
    (`_site_span`), where no place or organization found takes it."""
    out = []
    for works in (m for m in ctx.found if m.type == PROJECT):
        span = _site_span(ctx, works)
        if span is not None and not ctx.taken(*span, (PLACE, ORG)) \
                and all(o.span.bounds != ctx.span(*span).bounds for o in out):
            out.append(ctx.mention(PLACE, *span, source="site-named-works"))
    return out


def _site_span(ctx: SentenceContext, works: Mention) -> tuple[int, int] | None:
    """Where the site lies in the works' name: the name ends with a head (maybe then a phase and 工程 or
    项目: `without_phase`); before it, the kinds of crossing and a river found are set aside from the end,
    and what is left after a division found opening the name is the site: two to four Chinese characters,
    a word's start to a word's end ("生物质|发电厂": no site; a water's head jieba glues to the head, "某|河大桥", ends
    the site all the same), no kind of crossing, no part of the city by its direction or kind (place_plant_site_not_stems.txt:
    城北, 东区), no number and no common word ("城市", "南北": word_freq at least
    PLACE_RULES.toponym_word_max_freq) unless the name of a division (同江 of 同江市), and no places
    joined by their one-character forms (place_abbreviations.txt: 港珠澳)."""
    text, a = ctx.text, works.local_start
    name = without_phase(text[a:works.local_end])
    head = next((h for h in lexicons.words("place_site_named_heads.txt") if name.endswith(h)), None)
    if head is None:
        return None
    h = a + len(name) - len(head)
    h = _before_kinds(text, a, h)
    river = min((m.local_start for m in ctx.found if m.type == PLACE and m.local_end == h and a < m.local_start), default=h)
    h = _before_kinds(text, a, river)
    opening = ctx.end_of_found_opening(a, upto=h - _SITE_CHARS[0])
    stem = text[opening:h]
    lo, hi = _SITE_CHARS
    if not lo <= len(stem) <= hi or not all_cjk(stem) or stem[0] in CN_NUMERALS \
            or not token_starts_at(ctx, opening) or not (token_ends_at(ctx, h) or _water_glued_to_head(ctx, h)):
        return None
    kinds = lexicons.words("place_site_named_kinds.txt")
    if stem.startswith(kinds) or stem.endswith(kinds) or stem.endswith(lexicons.words("place_plant_site_not_stems.txt")) \
            or stem in lexicons.word_set("not_names.txt"):
        return None
    if word_freq(stem) >= PLACE_RULES.toponym_word_max_freq and stem not in lexicons.divisions_by_name():
        return None
    forms = lexicons.word_set("place_abbreviations.txt")
    if stem[0] in forms and stem[-1] in forms:
        return None  # "港珠澳大桥": the places it joins by their one-character forms, no site
    return opening, h


def _water_glued_to_head(ctx: SentenceContext, h: int) -> bool:
    """Does the site end with a water's head that jieba glued to the works' head ("某|河大桥": location.txt
    `water_opening`), a word starting at that head and running on past it? The site's name ends there all the same."""
    return ctx.text[h - 1:h] in lexicons.roles("location.txt").get("water_opening", ()) \
        and any(t.start == h - 1 and t.end > h for t in ctx.tokens)


def _before_kinds(text: str, a: int, h: int) -> int:
    """`h` moved back past the kinds of crossing written right before it ("…长江公路|大桥")."""
    kinds = lexicons.words("place_site_named_kinds.txt")
    while (k := next((w for w in kinds if text.endswith(w, a, h)), None)) is not None:
        h -= len(k)
    return h
