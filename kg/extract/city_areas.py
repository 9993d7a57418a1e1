"""Named areas of and around a city, as places.

A named region called by its short form ("雄安" for 雄安新区, "浦东" for 浦东新区): the stem before
the head the region drops (region_short_heads.txt) is a place where it stands as a word of its own.
jieba reads some of these stems as adjectives ("雄安" /a), so no other rule finds them. The mention
carries the full name (`short_of`); the resolver keeps it only where the report names the full
name too (ANNOTATION rule 13: the short form is then an alias) and calls the place by the full name.

A city's named quarter or new area ("滨江新区", place_quarter_heads.txt): a proper name before the
head, where no project or organization is found over it (the sentence builds it: a project). A named
function zone or business district ("运河商务区", "光明科学城", "北京城市副中心", place_function_zone_heads.txt)
likewise; its stem may also be one place word of jieba's or a division found in the sentence.

A designation's bare head ("副中心", "城市副中心" for 北京城市副中心): a place where the report names the
designation in full once (the resolver then keeps it as the full name's alias, ANNOTATION rule 13).

A district's waterfront ("徐汇滨江", place_waterfront_words.txt): the district's short form and the
waterfront's word are one place, not the district and a place "滨江"."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import GENRE_LIMITS as LIMITS
from kg.extract.base import ORG, PLACE, PROJECT, PUNCT, Mention, SentenceContext, aligned, is_proper, name_start
from kg.extract.projects import covered_by
from kg.extract.registry import component
from kg.text.names import CJK
from kg.text.lookup import WordTrie, alternation_pattern
from kg.text.segment import tokenizer, word_freq


@functools.lru_cache(maxsize=1)
def _region_stems() -> dict[str, str]:
    """Stem → full name, for each region of regions.txt that ends in a droppable head and whose
    stem names no other place (a stem that is a place of its own, 哈尔滨 of 哈尔滨新区 or the river
    湘江, is that place). Read without the tagger: the component's pre-filter, at import."""
    heads = lexicons.words("region_short_heads.txt")
    out = {}
    for name in lexicons.words("regions.txt"):
        for head in heads:
            short = name[:-len(head)]
            if (name.endswith(head) and len(short) >= 2 and lexicons.find_division(short, None) is None
                    and short not in lexicons.named_regions()):
                out[short] = name
    return out


@functools.lru_cache(maxsize=1)
def region_shorts() -> dict[str, str]:
    """Short form → full name: the stems that are no common word (西海岸, 天府, 江北 stay words)."""
    return {short: name for short, name in _region_stems().items() if is_proper(short)}


@functools.lru_cache(maxsize=1)
def _trie() -> WordTrie:
    return WordTrie(sorted(region_shorts()))


@component("region_short_forms", reads=(PLACE, ORG), assigns=(PLACE,), needs=tuple(sorted(_region_stems())))  # a superset: the trie holds the short forms
def extract_region_short_forms(ctx: SentenceContext) -> list[Mention]:
    """The short form as a word of its own (a token starts at it and one ends at its end), not
    inside a place or organization found already."""
    out = []
    text = ctx.text
    shorts = region_shorts()
    for m in _trie().finditer(text):
        a, b = m.start(), m.end()
        if not aligned(ctx, a, b) or ctx.taken(a, b, (PLACE, ORG)):
            continue
        out.append(ctx.mention(PLACE, a, b, source="region_short_form", short_of=shorts[text[a:b]]))
    return out


# a count before the head or opening the stem ("三大片区", "各片区"): a set of areas, no name
_COUNTED = re.compile(r"[\d一二三四五六七八九十两几多各][个大类]?$")
_COUNT_OPENING = re.compile(r"^[\d一二三四五六七八九十两几多各]")
# a count closing the stem ("沈阳、大连、甲市三个片区", "某某山四大片区"): the set of areas of the places before
# it, no name of one (ANNOTATION rule 11: counts of zones and areas are not entities)
_COUNT_OF_AREAS = r"[\d一二三四五六七八九十两几多][个大]"
_COUNT_CLOSING = re.compile(_COUNT_OF_AREAS + "$")
# a session's ordinal opens an event's name ("第七届某某科技城国际马拉松赛"): no place is named in it (rule 8)
_SESSION_OPENING = re.compile(r"^第[一二三四五六七八九十百\d]+届")
# a conjunction after an area's head joins two areas: "开发区和龙珠山片区"
_JOINED = re.compile(r"(?<=[区园城镇村])[和与及、](?!.*[区园城镇村][和与及、])")


_HEAD_FILES = ("place_quarter_heads.txt", "place_function_zone_heads.txt")
# the heads of both files, once (the component's pre-filter and its trie)
_QUARTER_HEADS = tuple(sorted({h for f in _HEAD_FILES for h in lexicons.words(f)}))


@functools.lru_cache(maxsize=1)
def _counted_areas() -> re.Pattern[str]:
    return re.compile(_COUNT_OF_AREAS + f"(?:{alternation_pattern(_QUARTER_HEADS)})")


def counted_areas_end(text: str, at: int) -> int:
    """Where a count of areas written at `at` ends ("三个片区", "四大片区" after "甲、乙、丙": the areas of
    the places listed, no name of one: ANNOTATION rule 11), or `at` where none is written there."""
    m = _counted_areas().match(text, at)
    return m.end() if m else at


@functools.lru_cache(maxsize=1)
def _quarter_heads() -> WordTrie:
    return WordTrie(_QUARTER_HEADS)


def _zone_stem(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does text[start:a], before a function zone's head, name it though it is no rare word: one
    place word of jieba's, not a common one ("运河", "光明"; not 城市, 长江, nor a direction, tagged
    f), or a division found as a place in the sentence ("北京" of 北京城市副中心)?"""
    stem = ctx.text[start:a]
    if ctx.found_at(start, a, PLACE):
        return lexicons.find_division(stem, None) is not None
    pieces = tokenizer().lcut(stem)
    return (len(pieces) == 1 and pieces[0].flag == "ns"
            and word_freq(stem) < LIMITS.zone_place_word_freq)


def _opens_a_works(ctx: SentenceContext, start: int, b: int) -> bool:
    """Do the projects over text[start:b] all begin at `start` and run on past `b` into a name of
    their own ("甬江科创区甬江实验室B区一期"), so the zone is a place inside their names, not the thing
    the sentence builds ("运河商务区建设")?"""
    over = [f for f in ctx.found if f.type in (ORG, PROJECT) and f.local_start < b and start < f.local_end]
    return bool(over) and all(f.type == PROJECT and f.local_start == start and f.local_end > b + 1
                              for f in over)


# a zone's own word (a direction, a place word or a proper name) before a place in brackets
_BRACKET_STEM_POS = ("f", "ns", "s")


def _bracketed_start(ctx: SentenceContext, a: int) -> int | None:
    """"西部（成都）科学城": where a function zone's name starts when a place found in brackets stands
    right before its head and one word of the zone's own (a direction, a place word or a proper
    name) before the bracket; None where the text is not so."""
    text = ctx.text
    if text[a - 1:a] != ")":
        return None
    p = text.rfind("(", 0, a - 1)
    if p < 1 or not ctx.found_at(p + 1, a - 1, PLACE):
        return None
    t = ctx.token_ending_at(p)
    if t is None or len(t.word) < 2 or not all(CJK.match(c) for c in t.word) or t.word in lexicons.word_set("not_names.txt"):
        return None
    return t.start if t.pos in _BRACKET_STEM_POS or is_proper(t.word, strict=True) else None


def _quarter_word_stem(ctx: SentenceContext, start: int, a: int, b: int) -> bool:
    """Does text[start:a], before a quarter's head, name the quarter by one word of position or
    place ("北部组团", "城南片区", "河西组团", "滨江片区"), as before 新城 (places.extract_quarter_places):
    a two-character word of direction (jieba's f), a word of place_quarter_modifiers.txt, or a rare
    place word of jieba's (ns) that is no common word; not where a verb follows the head, which
    then means a delegation formed ("北京组团赴港招商": 组团 the verb)."""
    stem = ctx.text[start:a]
    pieces = tokenizer().lcut(stem)
    if len(pieces) != 1 or not all(CJK.match(c) for c in stem) or stem in lexicons.word_set("not_names.txt"):
        return False
    nxt = ctx.token_starting_at(b)
    if nxt is not None and (nxt.pos.startswith("v") or nxt.pos == "p"):
        return False
    tag = pieces[0].flag
    return (len(stem) == 2 and tag == "f" or stem in lexicons.word_set("place_quarter_modifiers.txt")
            or tag == "ns" and word_freq(stem) < LIMITS.zone_place_word_freq)


def _modifier_start(ctx: SentenceContext, a: int) -> int:
    """Where a quarter's name starts when the walk over a name's words finds none before its head but
    one word of place_quarter_modifiers.txt stands there ("推进高新片区、临空片区建设": jieba tags 高新 an
    adverb, which the walk stops at); `a` (no name) elsewhere."""
    t = ctx.token_ending_at(a)
    return t.start if t is not None and t.word in lexicons.word_set("place_quarter_modifiers.txt") else a


def _sub_area_stem(stem: str) -> bool:
    """Can `stem` name a quarter of a new area though it is no proper name ("容东" of 容东片区, written in
    two plain characters): two or three Chinese characters, no common word of jieba's (核心, 重点),
    no count and not in not_names.txt."""
    return (2 <= len(stem) <= 3 and all(CJK.match(c) for c in stem) and not _COUNT_OPENING.match(stem)
            and stem not in lexicons.word_set("not_names.txt")
            and word_freq(stem) < LIMITS.common_word_freq)


# the characters of divisions' levels and of a town's kinds of area (GB/T 2260: 省市县区乡镇村; 城, 街):
# a stem opening with one is a kind of area, no name ("镇村片区", "城中村片区", "县城片区")
_LEVEL_OPENINGS = frozenset("省市县区乡镇村城街")


def _toponym_stem(stem: str) -> bool:
    """Does `stem`, before 片区, read as a toponym though jieba knows its words ("百家湖", "石板坡",
    "凤凰洲", "翠湾公园"): two to four Chinese characters closing on a toponym's last character
    (place_name_endings.txt, genre_site_final_chars.txt: 湖, 洲, 坡, 园), no count, not in not_names.txt?
    A city's quarter is named after the lake, hill or park it lies at (GB/T 17693.1, toponyms)."""
    finals = set(lexicons.characters("place_name_endings.txt")) | lexicons.word_set("genre_site_final_chars.txt")
    return (2 <= len(stem) <= 4 and all(CJK.match(c) for c in stem) and stem[-1] in finals
            and stem[0] not in _LEVEL_OPENINGS and not _COUNT_OPENING.match(stem)
            and stem not in lexicons.word_set("not_names.txt"))


def _quarter_of_a_new_area(ctx: SentenceContext, start: int, a: int, head: str) -> int | None:
    """"雄安新区容东片区": where the 片区 of a new area found as a place starts (after the new area,
    which stays a place of its own), or None; also the next of such quarters listed ("、容西片区")."""
    if head != "片区":
        return None
    text = ctx.text
    for f in ctx.found:
        if f.type == PLACE and f.local_start >= start and f.text.endswith("新区") and 2 <= a - f.local_end <= 3:
            return f.local_end if _sub_area_stem(text[f.local_end:a]) else -1
    return None


def _found_as_zone_built(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a zone the sentence develops, found as works (`zone_built`: "于家堡金融区、响螺湾商务区…加快建设")?
    It is a place as well (ANNOTATION rule 3: a zone built is a project with Place as its second type)."""
    return any(f.type == PROJECT and f.local_start == a and f.local_end == b and f.attrs.get("zone_built") for f in ctx.found)


@component("named_city_quarters", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,),
           needs=_QUARTER_HEADS)
def extract_named_city_quarters(ctx: SentenceContext) -> list[Mention]:
    """"加快滨江新区、城东组团和老城区有机更新" → 滨江新区. The stem must hold a proper name
    ("国家级新区", "重点片区" name none), not a count ("三大片区") nor a digit."""
    out = []
    text = ctx.text
    not_names = lexicons.word_set("not_names.txt")
    for m in _quarter_heads().finditer(text):
        a, b = m.start(), m.end()
        if b < len(text) and b not in ctx.token_end_set:  # (tokens tile the sentence: b is inside one)
            continue  # the head runs on into another word
        zone = m.group() in lexicons.word_set("place_function_zone_heads.txt")
        bracketed = _bracketed_start(ctx, a) if zone else None
        if bracketed is not None:
            start = bracketed  # "西部（成都）科学城": the place in brackets is part of the name
        else:
            start = name_start(ctx, a, **LIMITS.named_area.limits)
            if start == a and not zone:
                start = _modifier_start(ctx, a)
            joint = _JOINED.search(text, start, a)
            if joint:
                start = joint.end()  # "开发区和龙珠山片区": the name starts after the conjunction
            sub = _quarter_of_a_new_area(ctx, start, a, m.group())
            if sub == -1:
                continue  # "雄安新区核心片区": a kind of quarter of the new area, no name
            listed = (text[start - 1:start] in "、和与及" and start > 0
                      and any(q.local_end == start - 1 and q.text.endswith(m.group()) for q in out))
            if sub is not None:
                start = sub  # "雄安新区容东片区": the new area stays a place of its own
            start = _past_front_word(ctx, start, a)
            stem = text[start:a]
            if (len(stem) < 2 or re.search(r"\d", stem) or stem in not_names or _COUNTED.search(text[:start])
                    or _COUNT_OPENING.match(stem) or _COUNT_CLOSING.search(stem) or _SESSION_OPENING.match(stem)):
                continue
            named = sub is not None or m.group() == "片区" and (listed and _sub_area_stem(stem) or _toponym_stem(stem))
            if not (named or is_proper(stem, strict=True) or (zone and _zone_stem(ctx, start, a))
                    or not zone and _quarter_word_stem(ctx, start, a, b)):
                continue
        if covered_by(ctx, start, b, PLACE):
            continue
        # "投用松湖科创区松湖实验室A区一期": a zone opening a works' name is a place inside it (rule 8)
        if ctx.taken(start, b, (ORG, PROJECT)) and not (zone and (_opens_a_works(ctx, start, b) or _found_as_zone_built(ctx, start, b))):
            continue
        if any(f.type == PLACE and f.local_end == b and f.local_start < a for f in ctx.found):
            continue  # "湖南湘江新区": the area is found by its own name, the province before it is no part
        # a place inside the name ("江北" in 南京江北新区) stays a place of its own (ANNOTATION rule 8)
        out.append(ctx.mention(PLACE, start, b, source="named_city_quarter", composite=True))
    return out


def _past_front_word(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a quarter's name whose walk began on a one-character word that stands before a place as a
    word of its own (place_front_not_characters.txt: "扩展到|某某金融片区", a verb of movement jieba
    tags v, which the walk runs over), or on a word that opens a bracket (place_bracket_openers.txt:
    "(含山东路片区"), begins: right after it, two characters of a stem or more left; else `start`."""
    tok = ctx.token_starting_at(start)
    if (tok is not None and len(tok.word) == 1 and a - tok.end >= 2
            and tok.word in lexicons.word_set("place_front_not_characters.txt")):
        return tok.end
    if ctx.text[start - 1:start] in ("(", "（"):  # "(含|山东路片区": 含 "including", whatever jieba cut
        opener = next((w for w in lexicons.words("place_bracket_openers.txt") if ctx.text.startswith(w, start)), "")
        if opener and a - start - len(opener) >= 2:
            return start + len(opener)
    return start


_SIDE_QUARTERS = tuple(lexicons.words("place_side_quarters.txt"))


def _opens_side_quarter(ctx: SentenceContext, a: int) -> bool:
    """May a side quarter start at `a`: at the clause's opening, after a verb, a conjunction ("和西区") or a word for the
    town itself ("城市东区"), not after a name whose campus it would be ("省立医院南区")?"""
    before = ctx.token_ending_at(a)
    if a == 0 or ctx.text[a - 1] in PUNCT or before is None:
        return True
    return before.pos.startswith(("v", "c")) or before.word in lexicons.word_set("place_side_quarter_owners.txt")


@component("side_quarters", reads=(PLACE, ORG), assigns=(PLACE,), needs=_SIDE_QUARTERS)
def extract_side_quarters(ctx: SentenceContext) -> list[Mention]:
    """"建成东区公交枢纽站和西区综合客运站" → 东区, 西区: a side quarter written as a word of its own
    (not the 东区 of 河东区), where `_opens_side_quarter` holds."""
    out = []
    for t in ctx.tokens:
        if t.word not in _SIDE_QUARTERS or ctx.taken(t.start, t.end, (PLACE, ORG)):
            continue
        if ctx.text.startswith(lexicons.words("place_plant_site_heads.txt"), t.end):
            continue  # "北区污水处理厂": a plant named by its side of town, no site (place_plant_site_not_stems.txt)
        if _opens_side_quarter(ctx, t.start):
            out.append(ctx.mention(PLACE, t.start, t.end, source="side_quarter"))
    return out


_WATERFRONTS = tuple(lexicons.words("place_waterfront_words.txt"))


@component("district_waterfronts", reads=(PLACE, ORG), assigns=(PLACE,), needs=_WATERFRONTS)
def extract_district_waterfronts(ctx: SentenceContext) -> list[Mention]:
    """"推进徐汇滨江、杨浦滨江公共空间贯通" → 徐汇滨江, 杨浦滨江: a division found by its short form,
    right before a waterfront's word that ends a word of its own, names the division's waterfront
    (the short form inside it stays the division's place, ANNOTATION rule 8). Not where the word
    opens a longer name ("滨江新区", "滨河路": left to the rules of those heads)."""
    out = []
    text = ctx.text
    for f in ctx.found:
        if f.type != PLACE:
            continue
        a, b = f.local_start, f.local_end
        word = next((w for w in _WATERFRONTS if text.startswith(w, b)), None)
        if word is None or not aligned(ctx, b, b + len(word)):
            continue
        d = lexicons.find_division(f.text, ctx.doc.own.province)
        if d is None or d.name == f.text:
            continue  # a full name ("徐汇区滨江") or no division: no short form of one
        nxt = ctx.token_starting_at(b + len(word))
        if nxt is not None and (nxt.pos in ("phead", "nhead") or nxt.word in _QUARTER_HEADS):
            continue
        if not ctx.taken(a, b + len(word), (ORG,)):
            out.append(ctx.mention(PLACE, a, b + len(word), source="district_waterfront", composite=True))
    return out


# a designation named by a division and its head ("北京城市副中心"), called by its head alone
_SUB_CENTRE = "城市副中心"
_BARE_SUB_CENTRE = re.compile(r"(?:城市)?副中心(?!城市)")


@functools.lru_cache(maxsize=8)
def _sub_centres(text: str, province: str | None) -> tuple[str, ...]:
    """The designations "<division>城市副中心" the report names ("北京城市副中心"), each once."""
    names = set()
    for m in re.finditer(_SUB_CENTRE, text):
        for k in (3, 2):
            stem = text[max(0, m.start() - k):m.start()]
            if len(stem) == k and lexicons.find_division(stem, province) is not None:
                names.add(stem + _SUB_CENTRE)
                break
    return tuple(sorted(names))


@component("bare_sub_centres", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), needs=("副中心",))
def extract_bare_sub_centres(ctx: SentenceContext) -> list[Mention]:
    """"推进副中心建设", "城市副中心功能持续完善" in a report that names 北京城市副中心: the bare head
    stands for that one designation (`short_of`). Not where a name or a kind stands before it
    ("北京城市副中心", "区域副中心"), nor 副中心城市 (a kind of city), nor where the report names
    no such designation or more than one."""
    full = _sub_centres(ctx.doc.source.text, ctx.doc.own.province)
    if len(full) != 1:
        return []
    out = []
    for m in _BARE_SUB_CENTRE.finditer(ctx.text):
        a, b = m.span()
        if not aligned(ctx, a, b) or ctx.taken(a, b, (PLACE, ORG, PROJECT)):
            continue
        prev = ctx.token_ending_at(a)
        if prev is not None and (prev.pos[:1] in ("n", "s", "f", "b", "a") or prev.pos in ("vn", "nz", "phead")):
            continue  # a name or a kind before it: "北京城市副中心", "区域副中心"
        out.append(ctx.mention(PLACE, a, b, source="bare_sub_centre", short_of=full[0]))
    return out
