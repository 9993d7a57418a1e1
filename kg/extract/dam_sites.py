"""The site a water works is named after ("某某水利枢纽", "某某水电站", "某某灌区": place_dam_site_heads.txt),
read off the works' name once the project rules found it: the words between the name's opening (or a
division or river found there) and the head name the dam's or head works' site, a place (ANNOTATION
rule 8), whatever its characters ("某某口", "某某峡", a village's name jieba cuts apart), which the
toponym rules, reading words, miss."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PLACE_RULES
from kg.extract.base import CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, token_starts_at
from kg.extract.registry import component
from kg.text.names import NATURAL_SUFFIXES
from kg.text.segment import word_freq

# the longest site name read before the head: dam sites are named by two to four characters
_SITE_CHARS = (2, 4)


@component("dam_site_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects", "hub_name_places"),
           needs_types=(PROJECT,), needs=lexicons.words("place_dam_site_heads.txt"))
def extract_dam_site_places(ctx: SentenceContext) -> list[Mention]:
    """The site before the head of each water works found as a project (`_site_span`), where no
    place or organization found takes it."""
    return _works_sites(ctx, _site_span, "dam-site")


def _works_sites(ctx: SentenceContext, site_span, source: str) -> list[Mention]:
    """A place for the site `site_span` reads in each works found as a project, where no place or
    organization found takes it."""
    out = []
    for works in (m for m in ctx.found if m.type == PROJECT):
        span = site_span(ctx, works)
        if span is not None and not _taken(ctx, *span):
            out.append(ctx.mention(PLACE, *span, source=source))
    return out


@functools.lru_cache(maxsize=1)
def _sized_dam_head() -> re.Pattern[str]:
    sizes, heads = lexicons.alternation("place_reservoir_sizes.txt"), lexicons.alternation("place_dam_site_heads.txt")
    return re.compile(f"(?:{sizes})?(?:{heads})")


@functools.lru_cache(maxsize=1)
def _site_finals() -> frozenset[str]:
    """The last characters of a toponym and of a small site's name (place_name_endings.txt,
    genre_site_final_chars.txt)."""
    return frozenset(lexicons.characters("place_name_endings.txt")) | lexicons.word_set("genre_site_final_chars.txt")


def _site_span(ctx: SentenceContext, works: Mention) -> tuple[int, int] | None:
    """Where the site's name lies in the works' name: from its opening, or from the end of a place
    found there and its reach ("某江|某某水利枢纽", "某江上游|某某水电站"), to a dam-site head (after a size class at
    most: "某某滩大型灌区"), two to four Chinese characters at a word's
    start, no kind of works ("重点水利枢纽", place_dam_site_kinds.txt) and no reservoir (its own rule)."""
    text = ctx.text
    a = works.local_start
    opening = ctx.end_of_found_opening(a, upto=works.local_end - 1)
    reach = next((r for r in lexicons.words("place_reaches.txt") if text.startswith(r, opening)), "")
    opening += len(reach) if opening > a else 0  # "某江上游|某某水电站": the river's reach, then the site
    lo, hi = _SITE_CHARS
    # a size class may stand between the site and its head ("某某滩大型灌区": place_reservoir_sizes.txt, as for reservoirs)
    h = next((i for i in range(opening + lo, min(opening + hi, works.local_end) + 1) if _sized_dam_head().match(text, i)), None)
    if h is None or not all(CJK.match(c) for c in text[opening:h]) or not token_starts_at(ctx, opening):
        return None
    stem = text[opening:h]
    if not text.startswith(lexicons.words("place_dam_site_heads.txt"), h) and stem[-1] not in _site_finals():
        return None  # "某某大型灌区" named by its counties' first characters ("甲乙大型灌区"), no site: only a site's
        # name that ends like one (a flat, a rock, a dam: "某石滩大型灌区") stands before a size class
    if stem[-1] in NATURAL_SUFFIXES and word_freq(stem) >= PLACE_RULES.toponym_word_max_freq:
        return None  # "大河灌区": a common word of a river, waters in general, no name (as word_toponyms reads it)
    if "及" in stem:
        return None  # "某某水库及灌区工程": the joint of one works package, no site's name before the head
    if stem.endswith(("水库", "水")) or stem.endswith(lexicons.words("place_dam_site_kinds.txt")) \
            or stem.startswith(lexicons.words("place_dam_site_kinds.txt")):
        return None
    return opening, h


@component("reservoir_site_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,),
           after=("projects", "reservoir_places", "county_reservoir_sites"),
           needs_types=(PROJECT,), needs=lexicons.words("place_reservoir_heads.txt"))
def extract_reservoir_site_places(ctx: SentenceContext) -> list[Mention]:
    """The site a reservoir found as a project is named after ("开工建设某嘎水库", "某某窑则水库",
    "某马碧大型水库"): the two to four characters that open the works' name before its head (and a size
    class, place_reservoir_sizes.txt), a place (ANNOTATION rule 8) where the reservoir stands after a
    verb, which reservoir_places, reading a list item's opening, leaves. Not a kind ("病险水库", place_reservoir_kinds.txt)."""
    return _works_sites(ctx, _reservoir_site_span, "reservoir-site")


@functools.lru_cache(maxsize=1)
def _sized_reservoir_head() -> re.Pattern[str]:
    sizes, heads = lexicons.alternation("place_reservoir_sizes.txt"), lexicons.alternation("place_reservoir_heads.txt")
    return re.compile(f"(?:{sizes})?(?:{heads})")


def _reservoir_site_span(ctx: SentenceContext, works: Mention) -> tuple[int, int] | None:
    """Where the site's name lies in a reservoir named alone (the works ends with its head; "某某水库主体工程"
    stands at the reservoir, a place of its own): two to four Chinese characters at the name's opening and
    a word's start, no word jieba knows (a site's name is none: "太平", "官路"), then a size class or none,
    then the head."""
    text = ctx.text
    a = works.local_start
    lo, hi = _SITE_CHARS
    head = _sized_reservoir_head()
    h = next((i for i in range(a + lo, min(a + hi, works.local_end) + 1)
              if (m := head.match(text, i)) and m.end() == works.local_end), None)
    if h is None or not all(CJK.match(c) for c in text[a:h]) or not token_starts_at(ctx, a):
        return None
    stem = text[a:h]
    kinds = lexicons.words("place_reservoir_kinds.txt")
    if stem.endswith(kinds) or stem.startswith(kinds) or "及" in stem or stem.endswith(("水库", "水")) or word_freq(stem):
        return None
    return a, h


def _taken(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a place found, or cut by a place or organization found that is not inside it (a
    division's name closing the site's, "某某喀什", leaves the site its own)?"""
    return any(m.type in (PLACE, ORG) and m.local_start < b and a < m.local_end
               and not (a <= m.local_start and m.local_end <= b and m.local_end - m.local_start < b - a)
               for m in ctx.found)
