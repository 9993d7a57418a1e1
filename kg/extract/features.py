"""Named natural features the head rules of kg/extract/places.py leave out: rivers of a one-character
name listed with other waters ("洮河、藉河流域"), and the names listed before a protected or scenic
area's head they share ("青峰、白鹭和雁岭国家级自然保护区", "云台、石林峡等景区"), and the mountains,
lakes and canals that open a park's or a works' name where jieba cuts theirs ("顺/峰山公园"). Each reads the
places found before it and adds the listed names (ANNOTATION: rivers, lakes, mountains, scenic
areas and parks are places)."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import FEATURE_NAMES, PLACE_RULES
from kg.extract.base import (CJK, LIST_JOINERS, WATER_COUNTS, count_or_side_opening, count_or_side_water, ORG, PLACE, PROJECT,
                             Mention, SentenceContext, aligned, list_items, name_start, token_ends_at,
                             token_starts_at, tokenizer_tags)
from kg.extract.place_lists import past_list_openers
from kg.extract.registry import component
from kg.text.names import NATURAL_SUFFIXES, URBAN_AREAS, is_proper
from kg.text.segment import word_freq

# what may end a list of waters besides the words of place_water_list_after.txt
_CLAUSE_MARKS = "，,；;。：:）)"
# a count opens no name ("两河", "三江": the two rivers, counted)
# jieba's tags of words that end right before a list's first name without being part of it
_OPENERS = ("v", "vn", "p", "c", "d", "x")
# jieba's tags of proper names (a listed name the dictionary knows as a place or a name)
_NAME_TAGS = ("ns", "nr", "nrt", "nz", "j")


@functools.lru_cache(maxsize=1)
def _water_list() -> re.Pattern[str]:
    """Names of up to six characters, each ending in a water's head, joined by 、/和/与/及."""
    heads = lexicons.characters("place_listed_water_heads.txt")
    item = rf"(?:(?![{LIST_JOINERS}]){CJK.pattern}){{1,5}}[{heads}]"
    return re.compile(rf"{item}(?:[{LIST_JOINERS}]{item})+")


def _one_character_water(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a water named by one character before its head ("洮河", "藉河"): a word of its own
    (it starts a jieba word, and the word before it, if any, opens it: a verb, a mark), not a
    count, a side or size ("两河", "大河", "沿河"), nor a word jieba knows as common ("江河")?"""
    text = ctx.text
    if b - a != 2 or count_or_side_water(text[a:b]):
        return False
    if text[a:b] in lexicons.word_set("not_names.txt") or a not in ctx.token_start_set:
        return False
    before = ctx.token_ending_at(a)
    if a > 0 and text[a - 1] not in LIST_JOINERS and (before is None or before.pos not in _OPENERS):
        return False  # "老龙/河": the character ends a longer name
    freq = word_freq(text[a:b])
    return freq < FEATURE_NAMES.one_character_word_max_freq


def _listed_water_name(ctx: SentenceContext, a: int, b: int, after_joiner: bool) -> bool:
    """Is text[a:b] a water of a two- or three-character name listed after a joiner with a water found
    ("湘江、汨罗江、新墙河", "某江、公庄河水质"): a rare word (no common one, "沟渠", "河湖"), no water's head
    nor a count in its stem?"""
    text = ctx.text
    stem = text[a:b - 1]
    if not (after_joiner and 2 <= len(stem) <= 3) or stem[0] in WATER_COUNTS or any(c in _WATERS for c in stem):
        return False
    if text[a:b] in lexicons.word_set("not_names.txt") or a not in ctx.token_start_set:
        return False
    freq = tokenizer_tags().tokenizer.FREQ
    common = (freq.get(stem) or 0) >= FEATURE_NAMES.one_character_word_max_freq and (
        tokenizer_tags().word_tag_tab.get(stem) != "ns")
    if common or stem in URBAN_AREAS or stem in lexicons.word_set("place_water_reach_areas.txt"):
        return False  # "城区河", "农田河": an area or a common word before the head, a kind of water, no name
    return (freq.get(text[a:b]) or 0) < FEATURE_NAMES.one_character_word_max_freq


# the heads of waters (a listed name's stem holds none: "江河湖泊" is waters in general)
_WATERS = "江河湖溪海"


def _first_item(ctx: SentenceContext, a: int, b: int) -> tuple[int, int]:
    """Where the list's first name begins (the match may have taken a verb before it): a place found
    there ("治理大通河"), else its one-character name before the head ("实施洮河")."""
    starts = [k.local_start for k in ctx.found if k.type == PLACE and k.local_end == b and a <= k.local_start]
    return (min(starts), b) if starts else (b - 2, b)


def _known_as_a_place(ctx: SentenceContext, a: int, b: int) -> bool:
    """A found place, or a word jieba reads whole as a place ("洮河"/ns)."""
    t = ctx.token_starting_at(a)
    return ctx.found_at(a, b, PLACE) or (t is not None and t.end == b and t.pos == "ns")


def _list_closes(ctx: SentenceContext, b: int) -> bool:
    """Does the list of waters end at b: the clause ends, or the waters' parts or state follow?"""
    text = ctx.text
    return b >= len(text) or text[b] in _CLAUSE_MARKS or text.startswith(lexicons.words("place_water_list_after.txt"), b)


@component("listed_waters", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("coordinated_places",),
           needs=tuple(lexicons.characters("place_listed_water_heads.txt")))
def extract_listed_waters(ctx: SentenceContext) -> list[Mention]:
    """Rivers and lakes named by one character, listed with other waters ("实施洮河、藉河流域综合治理",
    "泾河和渭河沿岸"): each item a found place or a one-character name before its head, or a rare name of
    two or three characters before it after a joiner where another item is found ("湘江、新墙河"), one of
    them known as a place, the list closed by the clause or the waters' parts."""
    out: list[Mention] = []
    text = ctx.text
    for m in _water_list().finditer(text):
        if not _list_closes(ctx, m.end()):
            continue
        spans, pos = [], m.start()
        for item in re.split(f"[{LIST_JOINERS}]", m.group()):
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        spans[0] = _first_item(ctx, *spans[0])
        if not any(_known_as_a_place(ctx, a, b) for a, b in spans):
            continue  # no name of the list is known as a place: two common words ("清河、白河"?) stay out
        found = [ctx.found_at(a, b, PLACE) for a, b in spans]
        if not all(f or _one_character_water(ctx, a, b) or any(found) and not count_or_side_water(text[a:b]) and (
                _listed_water_name(ctx, a, b, n > 0) or _known_as_a_place(ctx, a, b)
                and ctx.text[a:b] not in lexicons.word_set("not_names.txt")) for n, ((a, b), f) in enumerate(zip(spans, found))):
            continue
        for a, b in spans:
            if not ctx.taken(a, b, (PLACE, ORG, PROJECT)):
                out.append(ctx.mention(PLACE, a, b, source="listed-water"))
    return out


@functools.lru_cache(maxsize=1)
def _shared_head_list() -> re.Pattern[str]:
    """Names joined by 、/和/与/及, maybe 等, then a protected or scenic area's head they share."""
    item = rf"(?:(?![{LIST_JOINERS}等]){CJK.pattern}){{2,{FEATURE_NAMES.shared_item_chars + 2}}}?"
    heads = lexicons.alternation("place_shared_feature_heads.txt")
    return re.compile(rf"((?:{item}[{LIST_JOINERS}])+{item})等?(?:{heads})")


def listed_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a name: a found place, a division, or a rare or proper word of its own
    ("珠峰"/ns, "羌塘"/ns, "黄果树"), not a common word ("城市", "森林")?"""
    name = ctx.text[a:b]
    if b - a < 2 or not aligned(ctx, a, b):
        return False
    if ctx.found_at(a, b, PLACE) or lexicons.find_division(name, ctx.doc.own.province) is not None:
        return True
    word = ctx.token_starting_at(a)
    if word is None or word.end != b:
        return False  # not one word of its own ("芒康国家级"): a name and what follows it
    tt = tokenizer_tags()
    freq = tt.tokenizer.FREQ.get(name)
    if name in lexicons.word_set("not_names.txt") or (freq or 0) >= FEATURE_NAMES.shared_item_max_freq:
        return False
    return tt.word_tag_tab.get(name) in _NAME_TAGS or (freq is None and is_proper(name))


@component("shared_feature_heads", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("coordinated_places",),
           needs=lexicons.words("place_shared_feature_heads.txt"))
def extract_shared_feature_heads(ctx: SentenceContext) -> list[Mention]:
    """The names listed before a protected or scenic area's head they share are places, as written
    ("青峰、白鹭和雁岭国家级自然保护区" → 青峰, 白鹭; "云台、石林峡等景区"): every item must be a name,
    else the list is of kinds ("城市、森林和湿地公园")."""
    out: list[Mention] = []
    for m in _shared_head_list().finditer(ctx.text):
        items = list_items(ctx, m, seps=LIST_JOINERS, max_chars=FEATURE_NAMES.shared_item_chars,
                           max_tokens=FEATURE_NAMES.shared_item_tokens)
        if not all(listed_name(ctx, a, b) for a, b in items):
            continue
        for a, b in items:
            if b - a <= PLACE_RULES.area_item_chars and not ctx.taken(a, b, (PLACE, ORG, PROJECT)):
                out.append(ctx.mention(PLACE, a, b, source="shared-feature-head"))
    return out


@functools.lru_cache(maxsize=1)
def _site_list() -> re.Pattern[str]:
    """Names joined by 、 that open their clause, then 等, a qualifier of a few characters and the kind
    of site they are (place_site_list_heads.txt: "…、…等景区", "…等重点景点")."""
    heads = lexicons.alternation("place_site_list_heads.txt")
    return re.compile(rf"(?:^|(?<=[，,；;。：:]))([^，,；;。：:等]+、[^，,；;。：:等]+)等{CJK.pattern}{{0,4}}?(?:{heads})")


@component("listed_sites", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("listed_sibling_places",),
           needs=("等",))
def extract_listed_sites(ctx: SentenceContext) -> list[Mention]:
    """The sites a list names that opens its clause and closes with 等 and their kind ("甲石窟、乙关城、
    丙山等景区持续升温"): the sentence speaks of them as sites visited, each one a place by its whole name
    (ANNOTATION "Place": scenic areas treated as locations); a list a verb opens is of works
    (listed_works.py), and one with an item that is no name is of kinds ("乡村、城郊等景区")."""
    out: list[Mention] = []
    for m in _site_list().finditer(ctx.text):
        if past_list_openers(ctx.text, m.start(1)) != m.start(1):
            continue  # "推进甲、乙等景区提档升级": the works of a list of sites (listed_works.py)
        items = [_past_opening_division(ctx, a, b) for a, b in list_items(ctx, m)]
        if not all(_site_item(ctx, a, b) for a, b in items) or 2 * sum(_site_name(ctx, a, b) for a, b in items) <= len(items):
            continue  # most items must be names: a few may be of common characters ("悬空寺")
        for a, b in items:
            if not ctx.found_at(a, b, PLACE) and not _crossed(ctx, a, b):
                out.append(ctx.mention(PLACE, a, b, source="listed-site", composite=True))
    return out


def _past_opening_division(ctx: SentenceContext, a: int, b: int) -> tuple[int, int]:
    """The site's name after the county or city found that opens the item ("某县甲石窟": 甲石窟)."""
    for m in ctx.found:
        if m.type == PLACE and m.local_start == a and b - m.local_end >= 3 \
                and lexicons.find_division(m.text, ctx.doc.own.province) is not None:
            return m.local_end, b
    return a, b


def _site_item(ctx: SentenceContext, a: int, b: int) -> bool:
    """Can the item text[a:b] be a site's name: Chinese characters only, of a name's length, a place
    found or no common word ("乡村", "城郊": word_freq)?"""
    name = ctx.text[a:b]
    return (2 <= len(name) <= FEATURE_NAMES.site_item_chars and all(CJK.match(c) for c in name)
            and (ctx.found_at(a, b, PLACE) or word_freq(name) < FEATURE_NAMES.shared_item_max_freq))


def _site_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the item text[a:b] a place found, a name (listed_name) or one holding a proper name (is_proper)?"""
    return ctx.found_at(a, b, PLACE) or listed_name(ctx, a, b) or is_proper(ctx.text[a:b], strict=True)


def _crossed(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a mention found cross the item's bounds, or an organization or project hold it?"""
    return any(m.local_start < b and a < m.local_end and (
        m.type in (ORG, PROJECT) or m.local_start < a or b < m.local_end) for m in ctx.found)


# what may follow the last of a list's items: the list's close (等), the clause's end, a verb's
# particle; the head of an item must end there or before another 、
_SIBLING_ENDS = "、等和及与，,；;。：:）)"


def _zone_sibling_after(ctx: SentenceContext, a: int) -> tuple[int, int] | None:
    """The zone named from `a` (right after a 、) to the first zone's head that closes a list item
    ("丙竹木产业园等"), within FEATURE_NAMES.sibling_zone_chars."""
    text = ctx.text
    heads = lexicons.words("place_zone_heads.txt")
    for b in range(a + 3, min(len(text), a + FEATURE_NAMES.sibling_zone_chars) + 1):
        if text[b - 1] in LIST_JOINERS or not CJK.match(text[b - 1]):
            return None
        head = next((h for h in heads if text.endswith(h, a, b)), None)
        if head is not None and b - len(head) - a >= 2 and (b == len(text) or text[b] in _SIBLING_ENDS):
            return a, b
    return None


def _zone_sibling_before(ctx: SentenceContext, b: int) -> tuple[int, int] | None:
    """The zone named before the 、 at `b` ("甲循环经济产业园、"): a zone's head closing it, the name
    before the head as a name's walk takes it."""
    text = ctx.text
    head = next((h for h in lexicons.words("place_zone_heads.txt") if text.endswith(h, 0, b)), None)
    if head is None:
        return None
    a = name_start(ctx, b - len(head), max_chars=FEATURE_NAMES.sibling_zone_chars)
    if b - len(head) - a < 2:
        a = _item_start(ctx, b - len(head))
    return (a, b) if b - len(head) - a >= 2 and all(CJK.match(c) for c in text[a:b]) else None


def _item_start(ctx: SentenceContext, h: int) -> int:
    """Where a listed zone whose head begins at `h` begins when a name's walk stops at its head: the
    list's marks bound the item ("甲乙高新区、某某经济开发区": 甲乙 a word jieba tags an adverb or a
    verb, which ends a name's walk), from the 、 or the clause's start before it, past the verbs that
    open a list; a stem of a proper name's length (FEATURE_NAMES.listed_zone_stem_chars), one or two
    words, no count, level or kind (`_zone_kind_stem`). Else `h` (no stem)."""
    text = ctx.text
    a = past_list_openers(text, max(text.rfind(c, 0, h) for c in "、，,；;。：:") + 1)
    return a if zone_name_stem(ctx, a, h) else h


def zone_name_stem(ctx: SentenceContext, a: int, h: int) -> bool:
    """Can text[a:h], the words right before a zone's head at `h` that something other than its own
    words bounds (a list's marks, the 在 of a site), be the zone's proper name though no word of it is
    rare ("奋勇", "上库": common characters)? A name's length (FEATURE_NAMES.listed_zone_stem_chars),
    Chinese characters only, one or two whole words, none a kind, count, level or verb
    (`_zone_kind_stem`)."""
    stem = ctx.text[a:h]
    words = [t for t in ctx.tokens if a <= t.start < h]
    return 2 <= len(stem) <= FEATURE_NAMES.listed_zone_stem_chars and token_starts_at(ctx, a) \
        and token_ends_at(ctx, h) and all(CJK.match(c) for c in stem) and len(words) <= 2 and not _zone_kind_stem(words)


def _zone_kind_stem(words: list) -> bool:
    """Are the words before a zone's head a kind, a count or a level, not a name ("各高新区", "两个园区",
    "国家级开发区", "现代农业产业园": place_zone_kind_stems.txt, org_business_kinds.txt, industries.txt),
    or do they hold a verb, which leads to the zone ("支持某某高新区": places_in_longer_words drops a
    place a verb opens)?"""
    kinds = lexicons.word_set("place_zone_kind_stems.txt") | lexicons.word_set("org_business_kinds.txt") \
        | lexicons.word_set("industries.txt")
    return any(t.pos[:1] in ("m", "q", "r", "u", "p", "c") or t.pos == "v" or t.word in kinds for t in words)


def _feature_sibling(ctx: SentenceContext, a: int, b: int, head: str) -> bool:
    """Is text[a:b] a natural feature named like its listed sibling: two or three characters before
    the same head ("相思山" after "大云山、", "隆里古城" after "镇远古城、"), no count, side or size
    ("两山", "大山"), no word of its own that runs past the head ("山区")?"""
    text = ctx.text
    if not 2 <= b - a - len(head) <= PLACE_RULES.natural_stem_max or not text.endswith(head, a, b):
        return False
    if count_or_side_opening(text[a]):
        return False
    if not all(CJK.match(c) for c in text[a:b]) or any(c in LIST_JOINERS for c in text[a:b]):
        return False
    last = ctx.token_starting_at(b - len(head))
    return token_ends_at(ctx, b) or last is not None and last.end == b


def _names_a_zone_found_shorter(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a zone already found ending at `b` and starting after `a`: the walk back over the name
    went past its start into the place before it?"""
    return any(m.type == PLACE and m.local_end == b and a < m.local_start for m in ctx.found)


@component("listed_sibling_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("coordinated_places",),
           needs=("、",))
def extract_listed_sibling_places(ctx: SentenceContext) -> list[Mention]:
    """The items of one list are of one kind: beside a zone found a place, each zone listed with it
    is one too ("甲循环经济产业园、乙皮鞋工业园、丙竹木产业园等乡镇园区新引进项目": the sentence says the
    same of each, ANNOTATION rule 3); beside a mountain, lake or river found a place, the item
    named with the same one-character head is a feature too, though its stem alone is a common word
    ("创建大云山、相思山国家AAA旅游景区": 相思)."""
    out: list[Mention] = []
    zone_heads = lexicons.words("place_zone_heads.txt")
    for p in [m for m in ctx.found if m.type == PLACE]:
        if p.text.endswith(zone_heads):
            # a zone holds the places it is named after ("丙竹木产业园": 丙, ANNOTATION rule 8)
            spans, composite = _zone_siblings(ctx, p), True
        else:
            spans, composite = _feature_siblings(ctx, p), False
        for a, b in spans:
            if ctx.found_at(a, b, PLACE) or ctx.taken(a, b, (ORG,)) or not composite and ctx.taken(a, b, (PLACE,)):
                continue  # a place already, an organization's name, or part of another place
            if composite and _names_a_zone_found_shorter(ctx, a, b):
                continue  # "唐山港京唐港区、曹妃甸港区": the zone found is 京唐港区, its port no part of its name
            if not any(m.local_start == a and m.local_end == b for m in out):
                out.append(ctx.mention(PLACE, a, b, source="listed-sibling", **({"composite": True} if composite else {})))
    return out


def _zone_siblings(ctx: SentenceContext, p: Mention) -> list[tuple[int, int]]:
    """The zones listed by 、 after and before a zone that the zone rules found a place by what the
    sentence says of it (source "zone", or "zone_of_named_place": a zone named after a place its clause
    does not build), not one its head alone made a place ("甲小镇、乙小镇等…建设")."""
    if p.attrs.get("source") not in ("zone", "zone_of_named_place"):
        return []
    text = ctx.text
    out = []
    b = p.local_end
    while b < len(text) and text[b] == "、" and (item := _zone_sibling_after(ctx, b + 1)):
        out.append(item)
        b = item[1]
    a = p.local_start
    while a > 0 and text[a - 1] == "、" and (item := _zone_sibling_before(ctx, a - 1)):
        out.append(item)
        a = item[0]
    return out


def _feature_siblings(ctx: SentenceContext, p: Mention) -> list[tuple[int, int]]:
    """The features listed by 、 right after and right before a mountain, lake, river or island found
    a place, with the same one-character head, or an old town or village with the same head of
    place_sibling_heads.txt (`_feature_sibling`): the shortest such item on each side, if any; the
    one before opens a word ("打造桃花岛、白沙岛": 桃花岛)."""
    text, a, b = ctx.text, p.local_start, p.local_end
    head = next((h for h in lexicons.words("place_sibling_heads.txt") if p.text.endswith(h)), p.text[-1])
    if len(p.text) < len(head) + 2 or len(head) == 1 and head not in _feature_heads():
        return []
    out = []
    if text[b:b + 1] == "、":
        ends = range(b + 3 + len(head), min(len(text), b + PLACE_RULES.natural_stem_max + 1 + len(head)) + 1)
        out += next(([(b + 1, e)] for e in ends if _feature_sibling(ctx, b + 1, e, head)), [])
    if a > 0 and text[a - 1] == "、":
        starts = range(a - 3 - len(head), max(-1, a - PLACE_RULES.natural_stem_max - 2 - len(head)), -1)
        # the item opens a word that is no verb nor preposition ("完成凤河、大龙河河道治理": 完成 opens the
        # clause, no name; "在青山、麓石山实施荒山绿化": 在 opens the place, no name)
        out += next(([(s, a - 1)] for s in starts if token_starts_at(ctx, s) and not _verb_opens(ctx, s)
                     and _feature_sibling(ctx, s, a - 1, head)), [])
    return out


def _verb_opens(ctx: SentenceContext, s: int) -> bool:
    """Is the word starting at s a verb or a preposition (jieba's v and p tags)?"""
    word = ctx.token_starting_at(s)
    return word is not None and word.pos.startswith(("v", "p"))


@functools.lru_cache(maxsize=1)
def _feature_heads() -> str:
    """The one-character heads a listed feature may share with its sibling: the natural features'
    (江, 湖, 山…) and the islands' of place_island_heads.txt (岛)."""
    return NATURAL_SUFFIXES + lexicons.characters("place_island_heads.txt")


# what may stand right before a feature's name opening a site: the end of a clause or an item
_NAME_OPENING_MARKS = "，,；;。：:、（(“\""
# joiners and prepositions open no feature's name ("和南湖公园": 南湖, not 和南湖)
_NOT_NAME_OPENINGS = "和与及并在对向把将从为等各全"


@functools.lru_cache(maxsize=1)
def _feature_before_site() -> re.Pattern[str]:
    """Two characters and a feature's head (place_feature_site_heads.txt) right before a site named
    after it (place_feature_sites_after.txt)."""
    heads = lexicons.characters("place_feature_site_heads.txt")
    sites = "|".join(map(re.escape, lexicons.words("place_feature_sites_after.txt")))
    return re.compile(rf"(?=({CJK.pattern}{{2}}[{heads}])(?:{sites}))")


@component("features_opening_sites", reads=(PLACE, ORG), assigns=(PLACE,), after=("dictionary_toponyms",),
           needs=lexicons.words("place_feature_sites_after.txt"))
def extract_features_opening_sites(ctx: SentenceContext) -> list[Mention]:
    """A mountain, lake, island, creek or canal of a two-character stem that opens the name of a
    park, a scenic or protected area or an irrigation district ("启动富乐山公园提升改造", "加快顺峰山
    公园二期", "人民渠灌区续建配套建设", "建成抱坡溪滨河公园"): the site is named after the feature,
    a place (ANNOTATION rule 8), though jieba cuts its name across the stem ("富/乐山", "顺/峰山") so
    that the head rules see no name ending at the head. The name must open where a name may open
    (a clause's or an item's start, after a verb, or right after a place found: "唐山大城山公园"),
    be no common word of the dictionary ("人工湖公园"), and cross the bounds of no place or
    organization found ("达里湖景区" found whole holds the lake: ANNOTATION rule 8)."""
    out = []
    not_names = lexicons.word_set("not_names.txt")
    for m in _feature_before_site().finditer(ctx.text):
        a, b = m.span(1)
        name = m.group(1)
        if name in not_names or name[:2] in not_names or not _feature_name_opens(ctx, a):
            continue
        word = ctx.token_at(a, b)
        if word_freq(name) and (word is None or word.pos not in _NAME_TAGS):
            continue  # "人工湖": a common word of the dictionary, no name
        if any(k.type in (PLACE, ORG) and k.local_start < b and a < k.local_end and not _nested_places(k, a, b)
               for k in ctx.found):
            continue  # a place or organization found across its bounds
        out.append(ctx.mention(PLACE, a, b, source="feature-opening-site"))
    return out


def _nested_places(k: Mention, a: int, b: int) -> bool:
    """Is `k` a place inside text[a:b] (a piece of the name jieba cut: "城山" of 大城山), or one that
    holds it whole (the site named after it: "某某湖景区")? Neither keeps the feature from being found."""
    return k.type == PLACE and (a <= k.local_start and k.local_end <= b or k.local_start <= a and b <= k.local_end)


def _nature_in_general(word: str) -> bool:
    """Is `word` made of features' heads and nature's nouns only ("山水" of "山水林田湖生态保护"):
    a set phrase of nature in general runs on after it, no name opens there?"""
    return all(c in NATURAL_SUFFIXES or c in _NATURE_NOUNS for c in word)


# the nouns of nature's set phrases besides the features' heads ("山水林田湖草沙")
_NATURE_NOUNS = "水林田草沙"


def _feature_name_opens(ctx: SentenceContext, a: int) -> bool:
    """May a feature's name open at a: at the sentence's start, after a mark, after a verb or a
    place (a word jieba tags so, or one found), and not with a joiner or a preposition?"""
    text = ctx.text
    if text[a] in _NOT_NAME_OPENINGS:
        return False
    if a == 0 or text[a - 1] in _NAME_OPENING_MARKS:
        return True
    before = ctx.token_ending_at(a)
    if before is not None and (before.pos[:1] == "v" or before.pos == "ns" and not _nature_in_general(before.word)):
        return True  # "启动富乐山公园…", "启动蔡甸后官湖湿地公园…": after a verb or a place's word
    return any(k.type == PLACE and k.local_end == a for k in ctx.found)
