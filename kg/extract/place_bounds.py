"""Where a place's name begins, when the place found is the tail of a longer name: a compass word
after a province's one-character form ("闽东北": the province's north-east, not 东北, the country's
north-east), and the quarter of a town's name written with its side ("某城东区": the east quarter of
某城, not 城东区, a district of another province). Each reads the places found before it and adds
the whole name; the tail is then dropped as nested (drop_nested keeps the outermost). A province's
part in its own report (宁东, 川南) is read from the words alone, by the same component as 闽东北."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.extract.base import CJK, ORG, PLACE, PROJECT, Mention, SentenceContext
from kg.extract.registry import component
from kg.extract.transfer_names import NAME_CHARS
from kg.text.names import transfer_works_pattern

# the sides a town's quarter is named by ("某城东区"), and the one-character sides
_SIDES = "东西南北中"


@functools.lru_cache(maxsize=1)
def _province_forms() -> frozenset[str]:
    """The one-character forms of China's provinces (place_abbreviations.txt: the forms that have the
    province's full name as their second column, not those of countries)."""
    return frozenset(lexicons.mapping("place_abbreviations.txt"))


def _regions_of_any_province(ctx: SentenceContext) -> list[tuple[int, int]]:
    """The macro-regions written as any province's one-character form and an intercardinal compass
    word ("推进某东北、某西南两大协作区": 闽东北, 湘西北, 川西南): a place found that is an intercardinal
    word (东北, 西南…; the one-character sides are found with their form already, 苏北, 鄂西: regions.txt
    and the divisions) right after a province's form that jieba cut as a word of its own, not taken."""
    out: list[tuple[int, int]] = []
    for m in ctx.found:
        if m.type != PLACE or m.text not in lexicons.word_set("place_intercardinal_words.txt") or m.local_start == 0:
            continue
        form = ctx.token_ending_at(m.local_start)
        if form is None or len(form.word) != 1 or form.word not in _province_forms():
            continue
        if not ctx.taken(form.start, form.end, (PLACE, ORG)):
            out.append((form.start, m.local_end))
    return out


def _town_quarter_name(name: str) -> bool:
    """Is `name` written as 城 and a side's quarter ("城东区", "城西区"): a district's name of
    some city, and also the tail of a town's side quarter ("某城东区")?"""
    return len(name) == 3 and name[0] == "城" and name[1] in _SIDES and name[2] == "区"


def _parent_before(ctx: SentenceContext, name: str, a: int) -> bool:
    """Is the division `name` right after its own city's name ("某宁市城东区", "某宁城东区"): then it
    is that city's district, no town's quarter?"""
    d = lexicons.find_division(name, None)
    city = lexicons.divisions().get(d.parent) if d is not None else None
    return city is not None and any(n and ctx.text.endswith(n, 0, a) for n in (city.name, city.short))


@component("town_side_quarters", reads=(PLACE, ORG), assigns=(PLACE,), needs_types=(PLACE,),
           after=("lexicon_places",))
def extract_town_side_quarters(ctx: SentenceContext) -> list[Mention]:
    """The side quarter of a town written with the town's name ("推进某某城东区、西区规划建设",
    "榆城东区、南区开发"): a district name 城东区 (of one city) found right after the word that
    opens the town's name (a character of a name: 榆, 空港, 某某县), not after its own city's name, is
    the tail of "某城" and its east quarter; the quarter with the town's name is the place."""
    out: list[Mention] = []
    for m in ctx.found:
        if m.type != PLACE or not _town_quarter_name(m.text) or m.local_start == 0:
            continue
        before = ctx.token_ending_at(m.local_start)
        if before is None or not all(CJK.match(c) for c in before.word) or before.pos in ("v", "p", "c", "d"):
            continue  # "推进|城东区": a verb opens the district's name
        if _parent_before(ctx, m.text, m.local_start) or ctx.taken(before.start, before.end, (PLACE, ORG)):
            continue
        out.append(ctx.mention(PLACE, before.start, m.local_end, source="town-side-quarter"))
    return out


@functools.lru_cache(maxsize=1)
def _words_naming_none_of_many_characters() -> tuple[str, ...]:
    """The words of not_names.txt of four characters or more (set phrases: 金山银山, 绿水青山), where a
    head inside them may close no name."""
    return tuple(w for w in lexicons.words("not_names.txt") if len(w) >= 4)


def _phrase_across_by_scan(text: str, a: int, b: int) -> bool:
    """`inside_a_word_naming_none` by a scan for each phrase (for bounds no piece of text is between)."""
    for w in _words_naming_none_of_many_characters():
        i = text.find(w, max(0, a - len(w) + 1), b + len(w))
        while i >= 0 and i < b:
            if i <= a and b <= i + len(w):
                return True
            i = text.find(w, i + 1, b + len(w))
    return False


@functools.lru_cache(maxsize=1)
def _pieces_of_words_naming_none() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each piece of the set phrases of `_words_naming_none_of_many_characters` (every substring)
    → the phrases holding it and the offsets it stands at in them."""
    pieces: dict[str, list[tuple[str, int]]] = {}
    for w in _words_naming_none_of_many_characters():
        for i in range(len(w)):
            for j in range(i + 1, len(w) + 1):
                pieces.setdefault(w[i:j], []).append((w, i))
    return {piece: tuple(places) for piece, places in pieces.items()}


def inside_a_word_naming_none(text: str, a: int, b: int) -> bool:
    """Does a set phrase of not_names.txt run across the head at a..b, on both sides of its end
    ("金山银山": 金山 and 银山 are its pieces, hailar 2018)? A phrase covering a..b holds text[a:b] at
    some offset: only the phrases holding it are tried, each where that offset puts it (not a
    scan of the text for each of the ~40 phrases at every head)."""
    if not 0 <= a < b <= len(text):
        return _phrase_across_by_scan(text, a, b)
    return any(i <= a and text.startswith(w, a - i) for w, i in _pieces_of_words_naming_none().get(text[a:b], ()))


def _province_part_at(ctx: SentenceContext, i: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """The bounds of a province's part written at token i as its form and a compass word: one word
    ("宁东", "川东北") or the form cut from the compass word ("辽/西北"), ending a word."""
    toks, compass = ctx.tokens, lexicons.word_set("place_province_part_compass_words.txt")
    t = toks[i]
    if t.word[:1] not in forms:
        return None
    if inside_a_word_naming_none(ctx.text, t.start + 1, t.start + 2):
        return None  # "浙川东西部协作": the compass word opens a set phrase (not_names.txt), no 川东
    if len(t.word) > 1:
        return (t.start, t.end) if t.word[1:] in compass else None
    if i + 1 < len(toks) and toks[i + 1].word in compass:
        return t.start, toks[i + 1].end
    return None


def _parts_of_own_province(ctx: SentenceContext) -> list[tuple[int, int]]:
    """The parts of the report's own province written as its one-character form and any compass word,
    read from the words ("推进某东科技创新园建设" in a Ningxia report: 宁东; "推动川东北、川南两大片区协同
    发展": 川东北, 川南; "辽西北供水工程"), only in a province's own report, where the form can mean nothing
    else: in a city's or county's report "某西煤矿", "某西、某安等物流项目" are local firms' trade names."""
    own = ctx.doc.own.division
    if own is None or own.level != "province":
        return []
    forms = lexicons.province_forms(ctx.doc.own.province)
    return [bounds for i, t in enumerate(ctx.tokens)
            if t.word[:1] in forms and (bounds := _province_part_at(ctx, i, forms)) is not None]


@component("province_parts_by_compass", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",))
def extract_province_parts_by_compass(ctx: SentenceContext) -> list[Mention]:
    """A province's part written as the province's one-character form (简称) and a compass word, read
    two ways: any province's macro-region, an intercardinal word found as a place after a form that
    jieba cut off (闽东北: the province's north-east, not 东北, the country's, which is dropped as
    nested), and in a province's own report, its own form and any compass word read from the words
    (宁东, 川南, 辽西北). A general table of the genre (the forms and the compass words); a word jieba
    keeps longer ("京东方", "新中国") or a name found already (an organization, a district such as 渝中)
    is left, and so is a part the first reading found."""
    regions = _regions_of_any_province(ctx)
    out = [ctx.mention(PLACE, a, b, source="province-compass") for a, b in regions]
    for a, b in _parts_of_own_province(ctx):
        if ctx.taken(a, b, (PLACE, ORG)) or any(ra < b and a < rb for ra, rb in regions):
            continue
        out.append(ctx.mention(PLACE, a, b, source="own-province-part"))
    return out


# ---- places that are fragments of a longer word or name (a report filter: places_in_longer_words) ----

# the parts of speech of a one-character word that cannot open another division's name before a
# division found ("在|南山区", "和|平房区" are read by the lexicon rule): function words
_FUNCTION_POS = ("p", "c", "u", "d", "r", "m", "q", "x", "y", "e")
# the heads of a water's name that begin the word after a name cut short ("某州|江阴", "某北|江湾")
_WATER_HEADS = "江河湖海"


def _divisions_named(name: str) -> frozenset[str]:
    """The codes of the divisions `name` (full or short) may name."""
    return frozenset(d.code for d in lexicons.divisions_by_name().get(name, ()))


def _cut_short_of_a_division(ctx: SentenceContext, m: Mention) -> bool:
    """Is the place the first part of a longer division's name written on ("加快黄石港码头改造": the
    city 黄石 is the front of 黄石港, its district; a river is the front of a city named after its
    mouth, 某江口), ending inside a word, the longer name not the same division's (吉林 before 市
    names 吉林市 too)?"""
    b = m.local_end
    token = ctx.token_reaching(b)
    if token is None or token.end == b or token.start > m.local_start:
        return False
    own = _divisions_named(m.text)
    for k in (1, 2):
        longer = _divisions_named(ctx.text[m.local_start:b + k])
        if longer and not longer & own:
            return True
    return False


def _tail_of_a_division_name(ctx: SentenceContext, m: Mention) -> bool:
    """Is the division found the tail of another division's name whose first character jieba cut off
    as a word of its own ("加快某某州宁|南山区综合开发": 宁南's mountain area, 宁南 and 山区, not
    南山区 of another province): a one-character word before it that, with the division's first one
    or two characters, names another division, and is no function word ("在南山区") nor a side, which
    names the division's part ("东海拉尔发电厂": east Hailar, not 东海 of Jiangsu)?"""
    own = _divisions_named(m.text)
    if not own or m.local_start == 0:
        return False
    before = ctx.token_ending_at(m.local_start)
    if before is None or len(before.word) != 1 or not CJK.match(before.word) or before.pos.startswith(_FUNCTION_POS) \
            or before.word in _SIDES:
        return False
    if ctx.taken(before.start, before.end, (PLACE, ORG)):
        return False
    return any((other := _divisions_named(before.word + m.text[:j])) and not other & own for j in (1, 2))


def _ends_inside_next_word(ctx: SentenceContext, m: Mention) -> bool:
    """Is the place a division's name and a water's head that opens the next name ("推进某州江阴物流园":
    a city and 江阴, no river 某州江; "建成某北江湾湿地公园": a district and 江湾, no 某北江)? A water
    known by name (named_regions) is left, and a head opening a common word (河水, 湖景区: jieba's
    tags of those are no proper noun's) where jieba tags it no place's name."""
    if m.text[-1] not in _WATER_HEADS or len(m.text) < 3 or m.text in lexicons.named_regions():
        return False
    if m.text[:-1] not in lexicons.divisions_by_name():
        return False
    token = ctx.token_starting_at(m.local_end - 1)
    # the next word a place's name of its own (a division's or a known region's: 江阴, 江湾), not a
    # common word jieba tags ns (江水 after 永康江, a river named after its city)
    return token is not None and token.end > m.local_end and token.pos == "ns" \
        and (token.word in lexicons.divisions_by_name() or token.word in lexicons.named_regions())


def _county_closing_a_slogan(ctx: SentenceContext, m: Mention) -> bool:
    """Is the county found the end of a development slogan ("坚持生态立县、科技兴县": technology
    makes the county prosper, no 兴县): a county's two-character name opening with a slogan's verb
    (place_slogan_verbs.txt) right after a common noun jieba reads as a word (工业/n, 科技/n), not after a
    division's name ("某某市兴县") nor a verb ("推动兴县发展"), wherever the county lies?"""
    if len(m.text) != 2 or m.text[0] not in lexicons.word_set("place_slogan_verbs.txt") or m.local_start == 0:
        return False
    if not any(d.level == "county" for d in lexicons.divisions_by_name().get(m.text, ())):
        return False
    before = ctx.token_ending_at(m.local_start)
    if before is None or len(before.word) != 2 or before.pos not in ("n", "vn", "an"):
        return False
    return lexicons.find_division(before.word, None) is None and not ctx.taken(before.start, before.end, (PLACE, ORG))


def _policy_kind_of_area(ctx: SentenceContext, m: Mention) -> bool:
    """Is the area found a kind of area named by a policy ("建设四大乡村振兴片区", "某某县乡村振兴示范片区
    建设"): the words before 片区, less a pilot's marker (place_policy_zone_markers.txt), end with a
    policy field (genre_policy_fields.txt), whatever part of them the place holds?"""
    if not m.text.endswith("片区"):
        return False
    head = ctx.text[:m.local_end - 2]
    for marker in lexicons.words("place_policy_zone_markers.txt"):
        if head.endswith(marker):
            head = head[:-len(marker)]
            break
    return head.endswith(tuple(lexicons.words("genre_policy_fields.txt")))


def _front_of_a_longer_water(m: Mention, places: list[Mention]) -> bool:
    """Is the water known by name the front of another water found, its name and one more head
    ("加快某某江河综合治理": a river named 某某江河, not the well-known 某某江), where the name is no
    division's (黔江 in 黔江河 is the district the river is named after: ANNOTATION rule 8)?"""
    if m.text not in lexicons.named_regions() or _divisions_named(m.text):
        return False
    return any(p.local_start == m.local_start and p.local_end == m.local_end + 1 and p.text[-1] in _WATER_HEADS
               for p in places)


def _opened_by_a_kept_division(ctx: SentenceContext, m: Mention, places: list[Mention]) -> bool:
    """Does the place open with a division's full name, its level written ("某某县甲河", "某某区乙山",
    "某某县丙工业园区"), kept as a place of its own, and two characters or more after it: the division
    and the place in it, two places, not one name (the samples' and design reports' gold, u64-u67,
    write them apart in all but one of such names)? Not a park named by its kind after its division
    ("某某市食品产业园": a common word, then a zone's head; one name, place_zone_heads.txt)."""
    k = division_opening(m.text)
    if k and m.text.endswith(lexicons.words("place_zone_heads.txt")):
        first = ctx.token_starting_at(m.local_start + k)
        if first is not None and first.pos in ("n", "vn", "an"):  # a common word, jieba's tags
            return False
    return k > 0 and any(p.local_start == m.local_start and p.local_end == m.local_start + k for p in places)


def division_opening(name: str) -> int:
    """The length of a division's full name, its level written, that opens `name` and leaves two
    characters or more after it ("某某县甲河": 3), or 0."""
    for k in range(3, len(name) - 1):
        if any(d.name == name[:k] for d in lexicons.divisions_by_name().get(name[:k], ())):
            return k
    return 0


# the sources of the towns found by a table of towns (kg.extract.places: town_places, national_town_places)
_TOWN_SOURCES = frozenset({"town", "national-town"})


def town_opening(ctx: SentenceContext, m: Mention, places: list[Mention]) -> Mention | None:
    """The town found in full by a table of towns (the report's area's or the country's: sources "town",
    "national-town"; not a short form, "某花|古镇") that opens the place `m` with two characters or more
    after it ("某某镇海某岛旅游区", "某某街道菊某产业园"), or None. Not where the rest is one word of the
    dictionary, a bare kind ("某某镇|商贸城", "某某镇|工业园区"): the town is what names it (ANNOTATION
    rule 11), and the whole is the place's name."""
    town = next((p for p in places if p.attrs.get("source") in _TOWN_SOURCES and p.text.endswith(lexicons.TOWN_SUFFIXES)
                 and p.local_start == m.local_start
                 and m.local_end - p.local_end >= 2), None)
    if town is None:
        return None
    word = ctx.token_starting_at(town.local_end)
    return None if word is not None and word.end == m.local_end else town


def division_opening_a_site(ctx: SentenceContext, m: Mention, places: list[Mention]) -> Mention | None:
    """The division found (a county's or a city's name, full or short) that opens a historic site's
    name, three characters or more after it, the site closed by a head of place_excavated_site_heads.txt
    ("仙居|下汤遗址", "临洮|寺洼遗址", "浦江|上山遗址": zhejiang-2026-review, gansu-2026-review): the county
    the site lies in and the site named on its own, two places (the gold of those texts writes each site
    without its county), as a town opens a place in it (town_opening); else None."""
    if not m.text.endswith(lexicons.words("place_excavated_site_heads.txt")):
        return None
    return next((p for p in places if p.local_start == m.local_start and m.local_end - p.local_end >= 3
                 and p.local_end > p.local_start and lexicons.find_division(p.text, ctx.doc.own.province) is not None), None)


def division_opening_a_natural_place(ctx: SentenceContext, m: Mention) -> int:
    """The length of a division's name (a province's, a city's or a county's, full or short, as
    kg.lexicons.find_division reads it near the report's province) that opens a place found by its head
    (suffix_places), the rest a village, a water, a hill or an excavated site named on its own: two
    characters or more closed by 村, a natural head (text_natural_suffixes.txt: 湖, 河, 山…) or a site's
    head (place_excavated_site_heads.txt), whose stem before that head is no head itself ("合肥|滨湖
    科学城", "武隆|荆竹村", "临洮|寺洼遗址": anhui-2026, chongqing-2026-outline, gansu-2026-review; the
    gold writes the county and the village, lake or site as two places, not one name); else 0. Not a
    rest opening with a natural head ("青海|湖国家公园", "东平|湖老湖区": the division's own namesake),
    nor a bare head ("松山|社区"), nor a facility's or a zone's name ("重庆|东站", "伊犁|河谷")."""
    if m.attrs.get("source") != "suffix":
        return 0
    text = m.text
    heads = _natural_place_heads()
    for k in range(len(text) - 2, 1, -1):
        rest = text[k:]
        head = next((h for h in heads if rest.endswith(h)), None)
        if head is None or len(rest) - len(head) < 1 or rest[0] in lexicons.characters("text_natural_suffixes.txt"):
            continue
        if lexicons.find_division(text[:k], ctx.doc.own.province) is not None:
            return k
    return 0


@functools.lru_cache(maxsize=1)
def _natural_place_heads() -> tuple[str, ...]:
    """The heads that close a village, a water, a hill or a site named after a division's name:
    the excavated sites' (遗址, 墓群), the village's 村 and the natural ones, longest first."""
    heads = set(lexicons.words("place_excavated_site_heads.txt")) | set(lexicons.characters("text_natural_suffixes.txt")) | {"村"}
    return tuple(sorted(heads, key=len, reverse=True))


@component("places_after_their_division", reads=(PLACE,), assigns=(PLACE,), needs_types=(PLACE,),
           after=("suffix_places",))
def extract_places_after_their_division(ctx: SentenceContext) -> list[Mention]:
    """The division and the village, water, hill or site after it that a place found by its head
    runs together ("武隆荆竹村": 武隆, 荆竹村; division_opening_a_natural_place): two places; the whole is
    marked `composite`, so that both are kept inside it, and places_in_longer_words drops it."""
    out: list[Mention] = []
    places = [m for m in ctx.found if m.type == PLACE]
    for m in places:
        k = division_opening_a_natural_place(ctx, m)
        if not k:
            continue
        m.attrs["composite"] = True
        cut = m.local_start + k
        for a, b in ((m.local_start, cut), (cut, m.local_end)):
            if not any(p.local_start == a and p.local_end == b for p in places + out):
                out.append(ctx.mention(PLACE, a, b, source="after-division"))
    return out


def _opened_by_a_kept_town(ctx: SentenceContext, m: Mention, places: list[Mention]) -> bool:
    """Does the place open with a town found in full (town_opening), kept as a place of its own ("某某镇某某
    旅游区", "某某街道某某产业园")? The town and the place in it, two places, not one name: the design
    reports' gold (u62-u73) writes no such name whole where the town is found, a park named by its kind
    too ("某某街道茶叶基地": 茶叶基地), unlike a city's ("某某市食品产业园")."""
    return town_opening(ctx, m, places) is not None or division_opening_a_site(ctx, m, places) is not None \
        or division_opening_a_natural_place(ctx, m) > 0


def _opened_by_a_verb(ctx: SentenceContext, m: Mention, places: list[Mention]) -> bool:
    """Does the place open with a verb of two characters or more jieba reads as a word, the rest of it a
    name of three characters or more ("开展|青禾街、某某街")? The verb leads to the place and is no part of
    it. Not a one-character verb, often a name's first ("转|某口镇"), nor a verb before one common noun, a
    bare head ("建设|街道", "建设|办事处", "新建|路": a name of its own), nor a verb that opens another place
    kept, shorter, running past it ("新立|城 水库", the town 新立城 read as a verb and a noun: the
    reservoir named after it is one name, as the town is)."""
    t = ctx.token_starting_at(m.local_start)
    if t is None or t.pos != "v" or len(t.word) < 2 or m.local_end - t.end < 3:
        return False
    if any(p.local_start == m.local_start and t.end < p.local_end < m.local_end for p in places):
        return False
    nxt = ctx.token_starting_at(t.end)
    return nxt is not None and (nxt.end < m.local_end or nxt.pos != "n")


def _inside_a_transfer_name(ctx: SentenceContext, m: Mention) -> bool:
    """Does the place lie inside a transfer works' name after its first character (济宁 of "引黄济宁",
    黄河 to 西宁; kg.extract.transfer_names): the destination's one-character form and the verb, no place."""
    return any(a < m.local_start and m.local_end <= b
               for a, b in (t.span() for t in transfer_works_pattern().finditer(ctx.text, max(0, m.local_start - NAME_CHARS), m.local_end + NAME_CHARS)))


_FRAGMENT_TESTS = (_cut_short_of_a_division, _tail_of_a_division_name, _ends_inside_next_word,
                   _county_closing_a_slogan, _policy_kind_of_area, _inside_a_transfer_name)


def places_in_longer_words(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The places a sentence kept that are fragments of a longer word or name (a report filter): a
    name cut short of another division's (黄石 of 黄石港), the tail of another division's name (宁|南山区), a
    water whose head opens the next word (某州|江阴), a county closing a slogan (工业兴县), a policy's
    kind of area (乡村振兴片区), a known water at the front of a longer water's name (某某江|河), a place
    opened by its county written with its level (某某县|甲河) or by a town in full (某某镇|某某旅游区), a verb
    jieba glued to a place (开展|某某街)."""
    places = [m for m in found if m.type == PLACE]
    return [m for m in places if any(test(ctx, m) for test in _FRAGMENT_TESTS) or _front_of_a_longer_water(m, places)
            or _opened_by_a_kept_division(ctx, m, places) or _opened_by_a_kept_town(ctx, m, places)
            or _opened_by_a_verb(ctx, m, places)]


@functools.lru_cache(maxsize=1)
def _zone_and_area_heads() -> tuple[str, ...]:
    """The heads a place named after its town ends with: a zone's and an area's (place_zone_heads.txt,
    place_area_heads.txt), read once a process."""
    return tuple(lexicons.words("place_zone_heads.txt")) + tuple(lexicons.words("place_area_heads.txt"))


@component("places_after_their_town", reads=(PLACE,), assigns=(PLACE,), needs_types=(PLACE,),
           after=("town_places", "zones_of_named_places"))
def extract_places_after_their_town(ctx: SentenceContext) -> list[Mention]:
    """The place named after a town found in full (town_opening) that opens a place found ("某某镇海某岛生态旅游区",
    "某某街道菊某产业园"): the rest of the name, when it ends with a zone's or an area's head
    (place_zone_heads.txt, place_area_heads.txt) and runs three characters or more, is the place in the
    town; the whole is dropped by places_in_longer_words (_opened_by_a_kept_town). A rest with no such
    head ("某某镇小城镇建设") is no place of its own. The whole is marked `composite`, so that the place
    inside it is kept beside it (as nested_names marks an institution holding its parent)."""
    places = [m for m in ctx.found if m.type == PLACE]
    out: list[Mention] = []
    for m in places:
        town = town_opening(ctx, m, places) or division_opening_a_site(ctx, m, places)
        if town is None or m.local_end - town.local_end < 3 or not m.text.endswith(_zone_and_area_heads()):
            continue
        m.attrs["composite"] = True  # (so that the place inside it is kept beside it until the filter drops it)
        start = town.local_end + _rest_of_town_suffix(ctx, town)
        if m.local_end - start < 3 or any(p.local_start == start and p.local_end == m.local_end for p in places + out):
            continue
        out.append(ctx.mention(PLACE, start, m.local_end, source="after-town"))
    return out


def _rest_of_town_suffix(ctx: SentenceContext, town: Mention) -> int:
    """How many characters after a town found go on with the rest of a longer suffix of its kind
    ("建设街道|办事处北山农业园区": 街道办事处, text_town_suffixes.txt), the town's office, not the place's name."""
    for long in lexicons.TOWN_SUFFIXES:
        for short in lexicons.TOWN_SUFFIXES:
            if long != short and long.startswith(short) and town.text.endswith(short) \
                    and ctx.text.startswith(long[len(short):], town.local_end):
                return len(long) - len(short)
    return 0


@component("list_items_opened_by_a_verb_character", reads=(PLACE, ORG), assigns=(PLACE,), needs_types=(PLACE,),
           needs=("、",), after=("suffix_places",))
def extract_list_items_opened_by_a_verb_character(ctx: SentenceContext) -> list[Mention]:
    """A water in a list of places whose first character jieba read as a verb or a pronoun ("完成甲河、
    洗马河、某某塘等河道综合整治": 洗/v 马河; "甲河、这尔河": 这/r): right after a list's 、 that
    closes a place found, an item opens with a name, never with a one-character verb or a pronoun
    without its measure word, so that character is the name's first; the whole name is the place (the
    tail is dropped as nested)."""
    out: list[Mention] = []
    for m in ctx.found:
        if m.type != PLACE or m.text[-1] not in _WATER_HEADS or m.local_start < 2:
            continue
        verb = ctx.token_ending_at(m.local_start)
        if verb is None or len(verb.word) != 1 or not verb.pos.startswith(("v", "r")) or ctx.text[verb.start - 1] != "、":
            continue
        if not any(k.type == PLACE and k.local_end == verb.start - 1 for k in ctx.found):
            continue
        if not ctx.taken(verb.start, verb.end, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, verb.start, m.local_end, source="list-item-verb-character"))
    return out


@functools.lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    """Every legal form of org_legal_forms.txt, sorted (read once, not at each sentence)."""
    return tuple(sorted({w for ws in lexicons.roles("org_legal_forms.txt").values() for w in ws}))


def places_in_company_names(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The places a sentence kept inside the name of a company it kept, one ending with a legal form
    (org_legal_forms.txt: "某州汽车集团", "中国铁路某某局集团公司", "某省交通投资集团"; a report filter): the
    place names the company, and the sentence speaks of the company, not of the place (ANNOTATION rule
    8 annotates a place inside a works' name, not inside a company's; the design reports' gold,
    u64-u67), in a sentence of works the company takes part in: the works' place is elsewhere; named
    with no works ("引进某州某某集团等企业"), its city stays a place. Not inside other bodies: a park's committee, a school built ("某某工业园区管委会",
    "某山小学": the samples' gold holds the park, the hill), nor the report's own area or its city
    ("某某市中心城汽车公司" in a district's report: a local company of the place the report speaks for),
    nor a foreign country ("韩国现代汽车集团": ANNOTATION rule 1), nor a company inside a works' name
    ("某岭森工集团棚户区改造工程": the place is inside the works' name, rule 8). A place the report names elsewhere stays."""
    works = [m for m in found if m.type == PROJECT]
    if not works:
        return []  # a company named with no works ("引进某州某某集团等企业"): its city stays a place
    forms = _legal_forms()
    bodies = [m for m in found if m.type == ORG and m.text.endswith(forms)
              and not any(w.local_start <= m.local_start and m.local_end <= w.local_end for w in works)]
    return [m for m in found if m.type == PLACE and not _own_area_or_city(ctx, m.text) and not _foreign_country(m.text)
            and _inside_one_of(m, bodies)]


def places_titling_bodies(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The places a sentence kept inside the name of a body it kept that a division titles (a company,
    bank, university, school, institute or hospital: place_titled_body_heads.txt; a report filter) when
    the division lies outside the report's own area: a province above the report's city, another city,
    the PRC's own names, a region above the provinces ("某省水利水电勘测设计研究院", "中国科学院某市物质科学研究院", "某市理工大学" in another
    city's report). The name says whose or where from the body is, not a place the report speaks of
    (ANNOTATION rule 8 counts a place inside a works' name, not inside a body's; the design reports'
    gold, u62-u67). A division inside the area, the area or its city ("某县第二中学" in the county's
    report), a place that is no division (a hill, a town: "某山小学"), a foreign country (rule 1) and
    a body that is no such institution ("某区·某市智库") stay; a place the report names elsewhere stays.
    A company's unit named after it ("某省烟草工业有限责任公司某某卷烟厂") is titled before the company's head
    (place_titled_company_heads.txt) as the company is; the province above a city's own report titles its
    bodies too, but inside a works' name it is the works' place (rule 8)."""
    own = ctx.doc.own.division
    if own is None:
        return []
    heads = lexicons.words("place_titled_body_heads.txt")
    bodies = [m for m in found if m.type == ORG and m.text.endswith(heads)]
    units = [m for m in found if m.type == ORG and not m.text.endswith(heads) and _holds_a_company_head(m.text)]
    if not bodies and not units:
        return []
    works = [m for m in found if m.type == PROJECT]
    return [m for m in found if m.type == PLACE and _outside_own_area(ctx, m.text)
            and not _in_brackets(ctx.text, m)
            and not (_province_above_own_city(ctx, m.text) and _inside_one_of(m, works))
            and (_inside_one_of(m, bodies) or _titling_a_company_of(m, units))]


def _holds_a_company_head(name: str) -> bool:
    return any(h in name[:-1] for h in lexicons.words("place_titled_company_heads.txt"))


def _titling_a_company_of(m: Mention, units: list[Mention]) -> bool:
    """Is the place `m` written inside the name of one of `units` (a company's plant, bureau or branch,
    "某省烟草工业有限责任公司某某卷烟厂") before the company's head (place_titled_company_heads.txt)? A place
    after the head ("…公司某某供电局") says where the unit is, and stays."""
    heads = lexicons.words("place_titled_company_heads.txt")
    for k in units:
        if not (k.local_start <= m.local_start and m.local_end < k.local_end):
            continue
        rest = k.text[m.local_end - k.local_start:]
        if any(0 <= rest.find(h) < len(rest) - len(h) for h in heads):
            return True
    return False


def _inside_one_of(m: Mention, bodies: list[Mention]) -> bool:
    """Is the place `m` written inside the longer name of one of `bodies`?"""
    return any(k.local_start <= m.local_start and m.local_end <= k.local_end and len(k.text) > len(m.text)
               for k in bodies)


def _in_brackets(text: str, m: Mention) -> bool:
    """Is the place written alone in brackets inside the body's name ("某某能源(某达)有限公司")? That is
    where the company is registered, a place of its own (tests/test_places_reservoirs_regions_lists.py)."""
    return 0 < m.local_start and m.local_end < len(text) and text[m.local_start - 1] in "(（" \
        and text[m.local_end] in ")）"


def _outside_own_area(ctx: SentenceContext, name: str) -> bool:
    """Is `name` the PRC's, a region above the provinces (place_titling_regions.txt) or a division that
    is neither the report's own area, a division under it, nor its city? A city's province is no city
    of it: in a prefecture-level city's report "某省理工大学" and "某省某某集团" are titled by the province
    above it, as in a county's report by a province further up (the design reports' gold, u62-u75)."""
    if name in _PRC_NAMES or name in lexicons.word_set("place_titling_regions.txt"):
        return True
    own = ctx.doc.own.division
    d = lexicons.find_division(name, ctx.doc.own.province)
    if d is None or d.code == own.code:
        return False
    if d.code == own.parent:
        return _province_above_own_city(ctx, name)
    digits = {"province": 2, "prefecture": 4}.get(own.level, 6)
    return d.code[:digits] != own.code[:digits]


def _province_above_own_city(ctx: SentenceContext, name: str) -> bool:
    """Is `name` the province right above the report's own prefecture-level city? Titling a body inside
    a works' name ("某省科技大学某某校区" built), it stays the works' place (ANNOTATION rule 8)."""
    own = ctx.doc.own.division
    d = lexicons.find_division(name, ctx.doc.own.province) if own is not None else None
    return d is not None and own.level == "prefecture" and d.level == "province" and d.code == own.parent


def _own_area_or_city(ctx: SentenceContext, name: str) -> bool:
    """Is `name` the report's own division or the one right above it (its city)?"""
    own = ctx.doc.own.division
    d = lexicons.find_division(name, ctx.doc.own.province) if own is not None else None
    return d is not None and d.code in (own.code, own.parent)


# the PRC's own names among the countries (countries.txt's first lines): inside a company's name
# ("中国某某集团") they are its title, as in a slogan (ANNOTATION rule 1)
_PRC_NAMES = frozenset({"中华人民共和国", "新中国", "中国"})


def _foreign_country(name: str) -> bool:
    return name in lexicons.word_set("countries.txt") and name not in _PRC_NAMES
