"""The site a clause builds at, named after 在 right before a verb of building ("某某集团在某某新区
投资建设…", "在某某村新建…", "在某某港兴建…"), when no other rule found it: the sentence puts the works
there (ANNOTATION: locatedIn "在X建设…"; rule 3: located → Place), and kg.extract.attributes then
links the works after the verb to it."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.config import LOCATED_ZONES
from kg.extract.base import CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, is_proper, made_of_words, token_ends_at
from kg.extract.features import zone_name_stem
from kg.extract.registry import component
from kg.text.segment import word_freq


@functools.lru_cache(maxsize=1)
def site_build_verbs() -> tuple[str, ...]:
    """The verbs that build at the site right after its name: a company's own works
    (org_investor_site_verbs.txt: 投资建设, 新建…) and location.txt `build` (建设, 打造…), longest first."""
    verbs = set(lexicons.words("org_investor_site_verbs.txt")) | set(lexicons.roles("location.txt").get("build", ()))
    return lexicons.longest_first(verbs)


@functools.lru_cache(maxsize=1)
def zone_heads_built_in() -> tuple[str, ...]:
    """The heads of a zone works are built in, longest first: a park's or zone's
    (place_zone_heads.txt), a city's function zone's (place_function_zone_heads.txt: 科技城, 商务区…)
    and a zone of regional policy or customs supervision (genre_zone_output_heads.txt: 经济区,
    示范区, 综合保税区…)."""
    return lexicons.longest_first(set(lexicons.words("place_zone_heads.txt"))
                                  | set(lexicons.words("place_function_zone_heads.txt"))
                                  | set(lexicons.words("genre_zone_output_heads.txt")))


@functools.lru_cache(maxsize=1)
def _site_heads() -> tuple[str, ...]:
    """The heads a site's name may end on: a zone's (`zone_heads_built_in`) and a local place's
    (place_suffixes.txt, not those that make a place only after a known one: "place")."""
    local = [r[0] for r in lexicons.rows("place_suffixes.txt") if len(r) < 2 or r[1] != "place"]
    return lexicons.longest_first(set(zone_heads_built_in()) | set(local))


@functools.lru_cache(maxsize=1)
def _not_sites() -> frozenset[str]:
    return lexicons.word_set("not_names.txt") | lexicons.word_set("place_site_not_names.txt")


@component("built_site_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("zone_places",), needs=("在",))
def extract_built_site_places(ctx: SentenceContext) -> list[Mention]:
    """A site named between the preposition 在 and a verb of building (`site_build_verbs`) that no rule
    found: its name ends on a site's head after a proper stem ("在某某工业园区投资建设"), or is one
    word jieba tags a place name ("在某某投资建设", a port or town jieba knows)."""
    text = ctx.text
    out = []
    for at in (t.end for t in ctx.tokens if t.word == "在" and t.pos == "p"):
        b = _site_end(ctx, at)
        if b is None or text[at:b] in _not_sites() or ctx.taken(at, b, (ORG, PROJECT)) or _place_across(ctx, at, b):
            continue
        if _named_site(ctx, at, b):
            holds = ctx.taken(at, b, (PLACE,))  # a place it is named after stays one of its own (rule 8)
            out.append(ctx.mention(PLACE, at, b, source="built-site", composite=holds))
    return out


def _place_across(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a place found overlap the site text[a:b] other than as a word of its stem, one that opens it
    and ends before a site's head ("在某河|教育园区开工建设": the park named after the river holds it,
    ANNOTATION rule 8)? A place found as the whole, across its ends or ending at its end does."""
    for k in ctx.found:
        if k.type != PLACE or not (k.local_start < b and a < k.local_end):
            continue
        rest = ctx.text[k.local_end:b]
        if not (k.local_start == a and len(rest) > 2 and rest.endswith(_site_heads())
                and not _written_with_a_level(k.text)):
            return True
    return False


def _written_with_a_level(name: str) -> bool:
    """Is `name` a division's or township's full name, its level written ("某某市", "某某镇")? A zone
    after it is that division's, which the zone rules name apart (kg.extract.places `_past_opening_owner`)."""
    return name.endswith(lexicons.TOWN_SUFFIXES) or name in _full_division_names()


@functools.lru_cache(maxsize=1)
def _full_division_names() -> frozenset[str]:
    return frozenset(d.name for d in lexicons.divisions().values())


def _site_end(ctx: SentenceContext, a: int) -> int | None:
    """Where the site after 在 at `a` ends: right before a verb of building, two characters or more
    after `a`, all of them Chinese characters, at a word's end; None where no verb follows so near."""
    text = ctx.text
    for b in range(a + 2, min(len(text), a + LOCATED_ZONES.zone_chars) + 1):
        if not CJK.match(text[b - 1]):
            return None
        if text.startswith(site_build_verbs(), b) and token_ends_at(ctx, b):
            return b
    return None


def _kind_stem(stem: str) -> bool:
    """Is `stem` only words of a sector or an industry ("现代农业", "跨境电商", "新材料"), a park's
    kind, not its name ("在现代农业产业园新建…")? org_business_kinds.txt and industries.txt list those
    jieba does not know as common words."""
    return made_of_words(stem, lexicons.words("org_business_kinds.txt") + lexicons.words("industries.txt"))


def _named_site(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a site's name: a proper stem and a site's head, or a word jieba tags a place's
    name (ns) that is not a common word ("城市", "新区" are tagged ns too)?"""
    name = ctx.text[a:b]
    head = next((h for h in _site_heads() if name.endswith(h)), None)
    if head is not None and len(name) > len(head) and is_proper(name[:-len(head)]) and not _kind_stem(name[:-len(head)]):
        return True
    if head is not None and len(name) > len(head) and _guessed_place_word(ctx, a, b - len(head)):
        return True
    if head in zone_heads_built_in() and zone_name_stem(ctx, a, b - len(head)):
        return True  # "在某某高新区投资建设": the 在 and the verb bound a zone's name of common characters
    # a word of jieba's may end on a head after one character ("洋山": 山), or on none ("洋浦")
    tok = ctx.token_starting_at(a)
    return tok is not None and tok.end == b and tok.pos == "ns" and is_proper(name)


def _guessed_place_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], a site's stem before its head, one word jieba's HMM made up (in no dictionary) and
    tagged a place's name (ns): "在青禾园区建设…" (青禾/ns), a town's or village's name the park is named
    after? `is_proper` reads such a word of two common characters as no name; the tag and the head
    after it say it is one. A word the dictionary holds ("城市", "新区": ns too) is not guessed."""
    tok = ctx.token_starting_at(a)
    return tok is not None and tok.end == b and tok.pos == "ns" and not word_freq(tok.word)
