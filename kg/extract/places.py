"""Place rules: divisions, regions and countries by lexicon, the report area's towns, local
places by suffix, route ends, listed areas and coordinated names."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kg import lexicons
from kg.lexicons import zone_heads
from kg.config import LOCATED_ZONES, NAMED_PLACES, PLACE_RULES, PLACE_SHORT_FORMS, WORKS_TOWNS
from kg.text.company_names import company_trades
from kg.text.segment import Token, word_freq
from kg.text.cn_numerals import integer_value
from kg.text.area import names_zone_kind, national_towns, town_level_forms, towns_of, without_peoples
from kg.text.names import (CN_NUMERALS, FIRST_PHASES, LATER_SITE_PHASE, ORDINAL_PHASE, PHASE, PHASE_TAIL, SITE_PHASE,
                           WORKS_CLOSING, WORKS_CLOSINGS, WORKS_WORD, all_cjk, is_landform_noun, opens_abbreviated_route,
                           water_source_use_ending, without_trailing)
from kg.text.lookup import Guarded, WordTrie, alternation_pattern, char_positions, clause_start, guarded, words_closing, words_opening
from kg.extract.registry import component
from kg.extract.place_bounds import inside_a_word_naming_none, town_opening
from kg.model import RELATION_CLAUSE_MARKS, outermost
from kg.extract.streets import numbered_street_end, street_follows
from kg.extract.transfer_names import transfer_name_ends_at
from kg.extract.built_sites import site_build_verbs, zone_heads_built_in
from kg.extract.base import (
    core_of_any_city,
    CJK,
    count_or_course_water,
    last_listed,
    CJK_CHARS,
    NATURAL_SUFFIXES,
    NOT_NAME_OPENING_POS,
    PUNCT,
    STOP_POS,
    ORG,
    PLACE,
    PROJECT,
    URBAN_AREAS,
    Mention,
    SentenceContext,
    aligned,
    is_proper,
    is_route_to,
    list_items,
    name_start,
    place_lexicon_pattern,
    project_head_pattern,
    token_ends_at,
    token_starts_at,
    tokenizer_tags,
    triggers,
)


def _longest_first_pattern(names: Iterable[str]) -> WordTrie | None:
    """The names as a trie, finding what their alternation with the longest first would (a town's
    full name before its short form: leftmost, longest, non-overlapping), or None for no names.
    A trie, not a compiled regex: an area's names are looked up in its reports only, and building
    and compiling a regex of a county's few hundred towns or villages cost more than the look-ups."""
    names = set(names)
    return WordTrie(names) if names else None


@functools.lru_cache(maxsize=64)
def _town_pattern(code: str, level: str) -> WordTrie | None:
    return _longest_first_pattern(towns_of(code, level))


@component("town_places", reads=(PLACE, ORG), assigns=(PLACE,))
def extract_town_places(ctx: SentenceContext) -> list[Mention]:
    """The towns of the report's own area, by full name or, in a county's report, short form."""
    d = ctx.doc.own.division
    if d is None:
        return []
    pattern = _town_pattern(d.code, d.level)
    if pattern is None:
        return []
    out = []
    text = ctx.text
    for m in pattern.finditer(text):
        a, b = m.span()
        full, county = ctx.doc.own.towns[m.group()]
        # "郑店街": 郑店街道 written whole; "新街镇": 新街街道 written with its other level's suffix; a
        # name of the table itself (Beijing's "某某地区", the office of 某某乡) or an ethnic township
        # without its peoples ("某某乡" of 某某回族乡)
        short = m.group() not in (full, full[:-1] if full.endswith("街道") else full, without_peoples(full)) \
            + town_level_forms(full) and m.group() not in lexicons.towns(county)
        if ctx.taken(a, b, (PLACE,)) and (short or _place_across(ctx, a, b)):
            continue  # (a town in full holds a shorter place found inside it: "东北镇", not the region 东北)
        if not short and not token_ends_at(ctx, b) and lexicons.town_short(m.group()) and not _rare_town_short(m.group()):
            continue  # "发展乡村旅游": the verb 发展 before 乡村, not the township 发展乡 (its short form a common word)
        if not short and _opens_inside_a_verb(ctx, a):
            continue  # "提高城乡区域…", "提高城镇化水平": the verb 提高 and 城乡, not the township 高城乡, the town 高城镇
        if short and not (aligned(ctx, a, b) or token_ends_at(ctx, b) and text[b:b + 1] and text[b] in "至和、,;。"):
            continue  # a short form inside another word, also at a line's end ("刘建华": a person's name)
        if short and not token_starts_at(ctx, a):
            continue  # "惠民生、": the short form (民生) starts inside a word, a set phrase's verb (惠民)
        if ctx.taken(a, b, (ORG,)) and not _org_is_branch(ctx, a, b):
            continue
        if short and text[b:b + 1] and text[b] in NATURAL_SUFFIXES:
            continue  # "黑溪河" would be a river named after the town
        if (short and text.startswith("城市", b)
                and word_freq(m.group()) >= PLACE_RULES.village_name_max_freq):
            continue  # "现代化海滨城市": a common word (海滨) describing a city, not 海滨街道
        if short and _opens_brand(ctx, b):
            continue  # "珍宝岛药业": a company named after the town, not the town
        if opens_event(ctx, b):
            continue  # "博鳌亚洲论坛": an event named after the town (ANNOTATION rule 8), not the town
        out.append(ctx.mention(PLACE, a, b, source="town"))
    return out


def _opens_inside_a_verb(ctx: SentenceContext, a: int) -> bool:
    """Does a name at `a` start inside a verb of two characters or more that jieba reads there
    ("提|高城乡": 提高/v)? Its first character is the verb's, and no name starts there."""
    verb = ctx.token_reaching(a + 1)
    return verb is not None and verb.start < a and verb.pos.startswith("v") and verb.end - verb.start >= 2


def _place_across(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a place found that overlaps text[a:b] other than a shorter one inside it?"""
    return any(m.type == PLACE and m.local_start < b and a < m.local_end
               and not (a <= m.local_start and m.local_end <= b and m.local_end - m.local_start < b - a) for m in ctx.found)


@functools.lru_cache(maxsize=1 << 16)  # a town is met again in its county's, prefecture's and province's sets
def _rare_town_short(town: str) -> str:
    """A town's short form ("棣花" of 棣花镇) when it is no common word, else "" (and "" for 建设 of
    建设街道, 发展 of 发展乡)."""
    short = lexicons.town_short(town)
    return short if short and word_freq(short) < PLACE_RULES.common_word_freq else ""


@functools.lru_cache(maxsize=64)  # as _town_pattern: a batch of reports of many areas
def _works_town_shorts(code: str, level: str) -> WordTrie | None:
    """The pattern of the short forms of the towns of a prefecture's or county's area ("博贺" for
    博贺镇, "榆山" for 榆山街道) that are no common word."""
    towns = {town for town, _county in towns_of(code, level).values()}  # (a town is the value of its every form)
    return _longest_first_pattern({short for town in towns if (short := _rare_town_short(town)) and not names_zone_kind(short)})


@functools.lru_cache(maxsize=1)
def _town_facility_heads() -> tuple[str, ...]:
    return lexicons.words("place_town_facility_heads.txt")


# heads of a settlement named after a town ("呼伦社区", "博贺村"): the settlement, not the town
_SETTLEMENT_HEADS = lexicons.words("place_compound_heads.txt") + lexicons.TOWN_SUFFIXES + ("村", "嘎查")


@component("works_town_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("town_places",))
def extract_works_town_places(ctx: SentenceContext) -> list[Mention]:
    """A town of the report's prefecture or county by its short form where it opens a works' name
    ("博贺疏港铁路", "潘州大道", "榆山中小企业孵化园": ANNOTATION rule 8, the town's alias) or a
    highway's facility named after it ("沈海高速鳌头出口"); elsewhere a prefecture's town short
    forms, and a county's that end like a river's or mountain's name, are too often other words."""
    d = ctx.doc.own.division
    if d is None:
        return []
    pattern = _works_town_shorts(d.code, d.level)
    if pattern is None:
        return []
    out = []
    text = ctx.text
    for m in pattern.finditer(text):
        a, b = m.span()
        if not token_starts_at(ctx, a) or ctx.taken(a, b, (PLACE, ORG)):
            continue  # jieba may glue the name to the works' first word ("博贺疏/港/铁路")
        zone = next((h for h in lexicons.words("place_town_zone_heads.txt") if text.startswith(h, b)), None)
        if d.level == "province" and not _province_town_opens_works(ctx, a, b, zone is not None):
            continue
        if _opens_dictionary_word(ctx, a, b):
            continue  # "葡萄架式改造": the short form (葡萄 of 葡萄乡) opens a common word, the grape trellis
        if text.startswith(_SETTLEMENT_HEADS, b):
            continue  # "博贺村", "靠山社区卫生服务中心": a settlement or a town's institution (town_institution_places)
        if zone is not None:
            # "推动良乡大学城、沙河高教园": a zone named after the town, and the town as its alias (rule 8)
            out += [ctx.mention(PLACE, a, b, source="works-town"), ctx.mention(PLACE, a, b + len(zone), source="town-zone", composite=True)]
            continue
        if _feature_named_like_town(ctx, a, b):
            # "某某河湿地公园", "某某河综合整治": a river or hill named like the town opens the works: the
            # feature is the place, not the town (as in town_places); the dictionary's own word for it
            # ("某某河", "某某湾") is found by dictionary_toponyms
            if ctx.token_at(a, b + 1) is None:
                out.append(ctx.mention(PLACE, a, b + 1, source="works-town"))
            continue
        head = project_head_pattern().search(text, b, b + WORKS_TOWNS.works_end_reach)
        # the works' name runs on from the town: no verb nor mark between ("南洲稻虾米进入香港" is none)
        works = head is not None and all(CJK.match(c) for c in text[b:head.start()]) and not any(
            b <= t.start < head.start() and t.pos.startswith("v") and t.pos != "vn"
            and not (t.end == head.start() and PHASE.match(text, head.start())) for t in ctx.tokens)
        # (a verb right before the works' phase is the works' own kind: "武都引水二期", "某某供水一期")
        if (works or text.startswith(_town_facility_heads(), b)) and not _opens_brand(ctx, b):
            out.append(ctx.mention(PLACE, a, b, source="works-town"))
    return out


@functools.lru_cache(maxsize=1)
def _province_town_named_after() -> tuple[str, ...]:
    """What names something else after a town's short form in a province's report: a natural feature's
    head (text_natural_suffixes.txt), a reservoir's, an excavated site's or a street's head, or a word
    that makes a company's brand of a place's name (place_brand_words.txt), or a heritage title ("宝墩国家考古
    遗址公园": the site listed, which heritage_listings reads, place_heritage_listings.tsv) or a hub's head
    ("花湖国际机场": the airport, which hub_name_places reads, place_hub_heads.txt); not a highway's exit named
    after the town ("鳌头出口": place_street_heads.txt's direction words), which is the town's."""
    streets_heads_named = tuple(r[0] for r in lexicons.rows("place_street_heads.txt") if r[1:] != ("direction",))
    return tuple(NATURAL_SUFFIXES) + lexicons.words("place_reservoir_heads.txt") + lexicons.words(
        "place_excavated_site_heads.txt") + streets_heads_named + lexicons.words("place_brand_words.txt") \
        + lexicons.words_of_kind("place_heritage_listings.tsv", "title") + lexicons.words("place_hub_heads.txt")


def _province_town_opens_works(ctx: SentenceContext, a: int, b: int, names_zone: bool = False) -> bool:
    """In a province's report, is the town's short form text[a:b] rare enough to be no other word
    (WORKS_TOWNS.province_short_max_freq) and does it open the works' name: after a mark, a list's
    joining mark, a verb ("加快观音寺调蓄工程") or a place that holds it ("岳阳城陵矶港", "镇江谏壁")?
    Not after a noun, a preposition or a conjunction, where it ends or opens another word ("文化惠民工程",
    "向新发展", "和新型技改")."""
    if word_freq(ctx.text[a:b]) >= WORKS_TOWNS.province_short_max_freq and not names_zone:
        return False  # (a zone's head after it, place_town_zone_heads.txt, says the word is the town's: "沙河高教园")
    if any(a < t.start < b < t.end and word_freq(t.word) > 0 for t in ctx.tokens):
        return False  # "践行新发展理念": a word of the dictionary runs on past the short form (新发 of 新发镇)
    if ctx.text[a:b] in lexicons.word_set("genre_factory_title_words.txt"):
        return False  # "培育灯塔工厂": a factory's title (灯塔 of 灯塔街道), not the town
    nxt = ctx.token_starting_at(b)
    if nxt is not None and nxt.word[0] in "东南西北" and word_freq(nxt.word) == 0:
        return False  # "红格南钒钛磁铁矿": a compass point glued to the next word goes on with the name (红格南)
    if any(m.type == ORG and m.local_end <= a and "、" in ctx.text[m.local_end:a] for m in ctx.found):
        return False  # "推进万华化学…、京博石化…、魏桥轻量化基地": works listed after a company's are companies' (魏桥)
    if ctx.text.startswith(lexicons.words("place_route_between_heads.txt"), b):
        return False  # "南珠高铁": the line's ends by their initials (南宁, 珠海), not the town 南珠
    if ctx.text.startswith(_province_town_named_after(), b):
        return False  # "双堠水库", "花江峡谷", "金沙遗址", "新民大街", "中州时代": a feature, street, brand or site named after it
    if a == 0 or not CJK.match(ctx.text[a - 1]) or ctx.text[a - 1] in _TOWN_LIST_JOINS:
        return True
    if any(m.type == PLACE and m.local_end == a for m in ctx.found):
        return True
    before = ctx.token_reaching(a)
    return before is not None and before.end == a and before.pos.startswith("v") and before.pos != "vn"


def _opens_dictionary_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the word jieba reads from `a` run past the short form's end `b` and stand in its dictionary
    ("葡萄架", not a word the HMM made up of the name and the works' first character: "博贺疏")?"""
    word = ctx.token_starting_at(a)
    return word is not None and word.end > b and word_freq(word.word) > 0


def _feature_named_like_town(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the town's short form text[a:b] followed by a natural feature's head that closes a word
    ("某某|河": text_natural_suffixes.txt), the short form no feature's name itself ("小南海|湖面")?"""
    return (ctx.text[b:b + 1] != "" and ctx.text[b] in NATURAL_SUFFIXES and ctx.text[b - 1] not in NATURAL_SUFFIXES
            and token_ends_at(ctx, b + 1))


# what joins the towns of a list that share one institution's head ("呼伦、靠山、建设社区卫生服务中心")
_TOWN_LIST_JOINS = "、和及"


@functools.lru_cache(maxsize=64)  # as _town_pattern: a batch of reports of many areas
def _every_town_short(county_code: str) -> dict[str, str]:
    """Each short form of a county's towns, common word or not ("靠山" of 靠山街道), and its town."""
    return {short: town for town in lexicons.towns(county_code) if (short := lexicons.town_short(town))}


@component("town_institution_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("town_places",),
           needs=lexicons.words("place_town_institution_heads.txt"))
def extract_town_institution_places(ctx: SentenceContext) -> list[Mention]:
    """In a county's report, the towns named by their short forms before the head of an institution
    set up one for each town (place_town_institution_heads.txt: "靠山社区卫生服务中心" is 靠山街道's,
    no community 靠山社区's), alone or listed with others before the shared head ("呼伦、靠山、
    建设社区卫生服务中心"): there a short form that is a common word (靠山, 建设, 健康) names the town."""
    d = ctx.doc.own.division
    shorts = _every_town_short(d.code) if d is not None and d.level == "county" else {}
    if not shorts:
        return []
    out = []
    text = ctx.text
    for head in re.finditer(lexicons.alternation("place_town_institution_heads.txt"), text):
        end = head.start()
        while (short := _town_short_ending_at(ctx, shorts, end)) is not None:
            a = end - len(short)
            if not ctx.taken(a, end, (PLACE,)):
                out.append(ctx.mention(PLACE, a, end, source="town", town=shorts[short]))
            if a < 1 or text[a - 1] not in _TOWN_LIST_JOINS:
                break
            end = a - 1
    return out


@functools.lru_cache(maxsize=1)
def _campus_after_institution() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An area's name of two to four characters and the head of a campus or branch site after it
    (place_campus_heads.txt); and a name made only of a campus's kind words (place_campus_kinds.txt)."""
    heads = alternation_pattern(lexicons.words("place_campus_heads.txt"))
    kinds = alternation_pattern(lexicons.words("place_campus_kinds.txt"))
    return re.compile(rf"([{CJK_CHARS}]{{2,4}}?)(?:{heads})"), re.compile(rf"(?:{kinds})+")


@component("campus_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_campus_heads.txt"))
def extract_campus_places(ctx: SentenceContext) -> list[Mention]:
    """The area a school's, university's or hospital's campus is named after, right after the
    institution's name ("某某大学附属中学净月校区", "某某一中滨湖校区二期", "某某人民医院滨湖院区"): a place
    inside the works' name (ANNOTATION rule 8), where the works is built; not a campus named by its
    kind, direction or rank ("新校区", "东校区", "高新院区": place_campus_kinds.txt), nor one of a company."""
    campus, kinds_only = _campus_after_institution()
    out = []
    for o in ctx.found:
        if o.type != ORG or o.text.endswith(("公司", "集团")) or (m := campus.match(ctx.text, o.local_end)) is None:
            continue
        a, b = m.span(1)
        if re.search("[院校]", m.group(1)) or m.group(1).endswith("大学"):
            continue  # "上大美院吴淞校区", "某某科技大学新校区": the institution's name goes on past the short form found
        if not kinds_only.fullmatch(m.group(1)) and not ctx.taken(a, b, (PLACE,)) and token_starts_at(ctx, a):
            out.append(ctx.mention(PLACE, a, b, source="campus"))
    return out


def _town_short_ending_at(ctx: SentenceContext, shorts: dict[str, str], end: int) -> str | None:
    """The longest town short form of `shorts` that ends at `end` and starts a word there, or
    right after a list's joining word, which jieba may glue to it ("扩建和锦溪、周庄社区卫生服务中心": 和锦溪)."""
    for n in sorted({len(s) for s in shorts}, reverse=True):
        a = end - n
        short = ctx.text[max(0, a):end]
        listed = a > 0 and ctx.text[a - 1] in _TOWN_LIST_JOINS
        if short not in shorts or not (token_starts_at(ctx, a) or listed):
            continue
        word = ctx.token_starting_at(a)
        if word is not None and word.pos == "v" and not listed:
            return None  # "积极建设社区卫生服务中心": the verb, not 建设街道, where no list names the towns
        return short
    return None


@functools.lru_cache(maxsize=4096)
def _town_shorts_of(county_code: str) -> tuple[str, ...]:
    """The short forms of a county's towns that are no common word ("棣花" of 棣花镇, not "建设" of
    建设街道), the longest first."""
    shorts = {short for town in lexicons.towns(county_code) if (short := _rare_town_short(town))}
    return lexicons.longest_first(shorts)


@functools.lru_cache(maxsize=1024)
def _prefecture_town_shorts(code: str) -> tuple[str, ...]:
    """The short forms of the towns of a prefecture's counties, the longest first: as rare as a province's
    (WORKS_TOWNS.province_short_max_freq: a prefecture has hundreds of towns; "松原石化园区" is an industry's
    park, 石化 of 石化街道 too common a word)."""
    return lexicons.longest_first({w for c in lexicons.divisions().values() if c.level == "county" and c.parent == code
                                   for w in _town_shorts_of(c.code) if word_freq(w) < WORKS_TOWNS.province_short_max_freq})


@component("county_town_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("works_town_places", "national_towns"),
           needs_types=(PLACE,))  # a town's short form after a county found
def extract_county_town_places(ctx: SentenceContext) -> list[Mention]:
    """A county's name right before the short form of one of its towns ("丹凤棣花携程农庄",
    "阆中天宫至凉水公路"): the town is named after its county, as "重庆黔江" names a district after
    its city; the division table, not the words, says so."""
    out = []
    text = ctx.text
    for p in [m for m in ctx.found if m.type == PLACE]:
        d = lexicons.find_division(p.text, ctx.doc.own.province)
        if d is None or d.level not in ("county", "prefecture"):
            continue
        b0 = p.local_end
        shorts = _town_shorts_of(d.code) if d.level == "county" else _prefecture_town_shorts(d.code)
        short = next((w for w in shorts if text.startswith(w, b0)), None)
        if short is None:
            continue
        b = b0 + len(short)
        if text.startswith(lexicons.TOWN_SUFFIXES, b) or not token_ends_at(ctx, b) and b not in ctx.token_start_set:
            continue  # "丹凤棣花镇": the full name is the town_places rule's; or the name runs on into a word
        if not any(k.type in (PLACE, ORG) and k.local_start <= b0 < k.local_end for k in ctx.found):
            out.append(ctx.mention(PLACE, b0, b, source="county-town"))
    return out


@functools.lru_cache(maxsize=1)
def _town_heads() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("text_town_suffixes.txt"))


@component("national_towns", reads=(PLACE, ORG), assigns=(PLACE,), after=("town_places",),
           needs=lexicons.words("text_town_suffixes.txt"))
def extract_national_towns(ctx: SentenceContext) -> list[Mention]:
    """Towns of any county by their full name in the national table ("乐治镇、维新镇", "和寨乐镇"
    → 寨乐镇): the longest name in the table that ends at the head and starts on a word's start or
    after a list mark; the head must not close a longer word ("新型城镇")."""
    out = []
    text = ctx.text
    towns = national_towns()
    for m in _town_heads().finditer(text):
        a, b = m.span()
        for start in range(max(0, a - NAMED_PLACES.town_stem_max), a - 1):
            if text[start:b] not in towns or not _town_starts(ctx, start, a) or _head_read_across(ctx, a, b):
                continue
            if not ctx.taken(start, b, (PLACE, ORG)) and not _titles_a_town(ctx, b):
                out.append(ctx.mention(PLACE, start, b, source="national-town"))
            break
    return out


def _titles_a_town(ctx: SentenceContext, b: int) -> bool:
    """Is the town's name at ..b a title or a brand ("“世界长寿乡”称号", "长寿乡品牌":
    place_town_title_after.txt, after a closing quote at most), no town spoken of?"""
    return ctx.text.startswith(lexicons.words("place_town_title_after.txt"), b + (ctx.text[b:b + 1] in ("”", '"')))


def _head_read_across(ctx: SentenceContext, head: int, end: int) -> bool:
    """Does a word start inside the town's head text[head:end] and run past it ("东新街道路" cut
    东/新街/道路: a street, 东新街, and its 道路, not the subdistrict 东新街道 of another province)?"""
    return any(head < t.start < end < t.end for t in ctx.tokens)


def _town_starts(ctx: SentenceContext, start: int, head: int) -> bool:
    """Can a town's name run from `start` to its head at `head`: it starts a word (or follows a
    list mark), and its head does not end a common word ("城镇")?"""
    if any(t.start < start < t.end for t in ctx.tokens) and ctx.text[start - 1:start] not in _LIST_JOINERS:
        return False
    opened = ctx.token_starting_at(head)
    if opened is not None and opened.word in lexicons.word_set("place_head_opened_words.txt"):
        return False  # "湖北乡村旅游": the head opens a common word (乡村), no town ends there
    # the head is not the tail of a common word that starts inside the name ("占城镇人口": 城镇)
    return not any(start < t.start < head < t.end and _common_word(ctx.text[t.start:head + 1]) for t in ctx.tokens)


@functools.lru_cache(maxsize=64)
def _village_pattern(county: str) -> WordTrie | None:
    """The county's village short names that are not common words ("光明", "互助"), other
    places' names or heads."""
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = lexicons.word_set("not_names.txt")
    return _longest_first_pattern(v for v in lexicons.villages(county)
                                  if (freq.get(v) or 0) < PLACE_RULES.village_name_max_freq and v not in not_names
                                  and v not in lexicons.divisions_by_name() and v[-1] not in "村镇乡")


@component("village_places", reads=(PLACE,), assigns=(PLACE,), after=("suffix_places",))
def extract_village_places(ctx: SentenceContext) -> list[Mention]:
    """In a county's report, its villages and communities by short name where the name opens a
    facility's or section's name ("荆轲山小学", "阿蓬江两河断面") or follows another place
    ("正阳桐坪"): ANNOTATION rule 8. Alone, a short name is too often a common word."""
    d = ctx.doc.own.division
    if d is None or d.level != "county":
        return []
    pattern = _village_pattern(d.code)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text):
        a, b = m.span()
        if not aligned(ctx, a, b) or any(
                k.type == PLACE and k.span.overlaps(ctx.span(a, b)) and not k.attrs.get("composite")
                for k in ctx.found):
            continue  # a place already, or part of one (a composite name holds it: "阿蓬江两河断面")
        if _names_a_street_or_company(ctx.text, a, b):
            continue
        if ctx.text.startswith(_VILLAGE_HEADS, b):
            # "沙市镇秧田村": the village by its full name, not its short form beside its own head
            # (one of _VILLAGE_HEADS, which holds no head opening another)
            head = next(h for h in _VILLAGE_HEADS if ctx.text.startswith(h, b))
            if token_ends_at(ctx, b + len(head)):
                out.append(ctx.mention(PLACE, a, b + len(head), source="village"))
            continue
        if _names_no_village_here(ctx, a, b, d):
            continue
        nxt = ctx.token_starting_at(b)
        opens = nxt is not None and (nxt.pos in ("phead", "nhead") or nxt.word in _stem_limits())
        after_place = any(k.type == PLACE and k.local_end == a for k in ctx.found)
        if opens or after_place:
            out.append(ctx.mention(PLACE, a, b, source="village"))
    headed = _headed_common_village_pattern(d.code)
    for m in headed.finditer(ctx.text) if headed is not None else ():
        # "推进团结村肉牛养殖等项目": a village whose short name is a common word (团结), written with its
        # village head as one rare word of its own, is that village, wherever it stands
        a, b = m.span()
        if ctx.token_at(a, b) is None or word_freq(m.group()) >= PLACE_RULES.village_name_max_freq \
                or ctx.taken(a, b, (PLACE,)) or _names_a_street_or_company(ctx.text, a, b):
            continue
        out.append(ctx.mention(PLACE, a, b, source="village"))
    return out


@functools.lru_cache(maxsize=64)
def _headed_common_village_pattern(county: str) -> WordTrie | None:
    """The county's villages whose short name is a common word ("团结", "光明": left out of
    _village_pattern), written with a village's head (村, 嘎查: not 社区, which a kind of community
    also takes, "幸福社区")."""
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = lexicons.word_set("not_names.txt")
    return _longest_first_pattern(v + head for v in lexicons.villages(county)
                                  if (freq.get(v) or 0) >= PLACE_RULES.village_name_max_freq and v not in not_names
                                  and v[-1] not in "村镇乡" for head in ("村", "嘎查"))


# what closes a list of a county's settlements by their short forms: a count of what they hold ("光明、
# 富强、友好三个蔬菜生产园区", "哈克、团结等3处遗址") or a settlement's head shared by the last ("方舟、秀水社区")
_SETTLEMENT_LIST_CLOSE = re.compile(r"(等)?(\d+|[两二三四五六七八九十]+)[个处座]|社区|村|嘎查")


@component("listed_settlements", reads=(PLACE, ORG), assigns=(PLACE,), after=("village_places",), needs=("、",))
def extract_listed_settlements(ctx: SentenceContext) -> list[Mention]:
    """In a county's report, a 、-list of two or more words each of which is the short form of one of
    its villages, communities or towns (the division tables), closed by a count of what they hold or a
    settlement's head ("启动了光明、富强、友好三个蔬菜生产园区建设", "哈克、团结等3处遗址", "方舟、秀水社区…"):
    each item is a place, however common a word; a list made only of the county's own settlements'
    names and counted so is no list of words. Alone, such a word stays a word (village_places)."""
    d = ctx.doc.own.division
    if d is None or d.level != "county":
        return []
    names = _settlement_shorts(d.code)
    out, run = [], []
    for t in ctx.tokens:
        if t.word == "、" and run:
            continue
        if t.word in names and (not run or ctx.text[run[-1].end:t.start] == "、"):
            run.append(t)
            continue
        out.extend(_listed_settlements(ctx, run))
        run = [t] if t.word in names else []
    out.extend(_listed_settlements(ctx, run))
    return out


def _listed_settlements(ctx: SentenceContext, run: list) -> list[Mention]:
    """The places of a run of settlement names joined by 、 (extract_listed_settlements), where two or more
    and what closes such a list follows the last."""
    close = _SETTLEMENT_LIST_CLOSE.match(ctx.text, run[-1].end) if len(run) >= 2 else None
    # a count without 等 is the number of the items listed ("大王、瓦窑、南屯5个村" lists no villages)
    if close is None or (close.group(2) and not close.group(1) and _count_of(close.group(2)) != len(run)):
        return []
    return [ctx.mention(PLACE, t.start, t.end, source="listed-village") for t in run
            if not ctx.taken(t.start, t.end, (PLACE, ORG))]


def _count_of(figure: str) -> int | None:
    """A list's count written in figures or in Chinese numerals ("3", "三", "两")."""
    return int(figure) if figure.isdigit() else integer_value(figure)


@functools.lru_cache(maxsize=64)  # as _village_pattern: a batch of reports of many areas
def _settlement_shorts(county: str) -> frozenset[str]:
    """The short forms of a county's villages, communities and towns, of two characters or more."""
    return frozenset(n for n in (*lexicons.villages(county), *_every_town_short(county)) if len(n) >= 2)


def _names_no_village_here(ctx: SentenceContext, a: int, b: int, county: lexicons.Division) -> bool:
    """Is the village's short name at a..b another thing's name or the tail of one: a works' own name
    where a phase follows it ("某某茶都二期": villages are not built in phases), a word after a
    country or a division other than the county ("中国茶城", "北京航天城学校": a title or a quarter),
    or a common noun of the dictionary ("某某与园艺学院")?"""
    text = ctx.text
    if ORDINAL_PHASE.match(text, b):  # a phase right after a name ("二期", "第三期"): the name is the works'
        return True
    if any(k.type == PLACE and k.local_end == a and _division_elsewhere(k.text, ctx, county) for k in ctx.found):
        return True
    return _tagged_common_noun(text[a:b])


def _tagged_common_noun(word: str) -> bool:
    """Is `word` one jieba's dictionary tags a common noun, verb or adjective, and frequent
    (PLACE_RULES.village_common_noun_freq: "园艺" 171 n)? A village's short form that is such a word
    is the word where it opens another name ("园艺学院"). (Not for towns' short forms, fewer and
    more often meant: "门楼水库" is 门楼镇's.)"""
    return (tokenizer_tags().word_tag_tab.get(word) in _COMMON_NOUN_TAGS
            and (tokenizer_tags().tokenizer.FREQ.get(word) or 0) >= PLACE_RULES.village_common_noun_freq)


# jieba's tags of common words (noun, verb, adjective, their nouns): a village's short name tagged so
# and frequent is the word, not the village (a place name is tagged ns)
_COMMON_NOUN_TAGS = frozenset({"n", "v", "vn", "a", "an"})


def _division_elsewhere(place: str, ctx: SentenceContext, county: lexicons.Division) -> bool:
    """Is `place` the country or a division that is neither the county nor one of its towns?"""
    if place in ("中国", "中华人民共和国") or place in lexicons.foreign_countries():
        return True
    if place in _every_town_short(county.code) or place in lexicons.towns(county.code):
        return False
    division = lexicons.find_division(place, ctx.doc.own.province)
    return division is not None and division.code != county.code


def _names_a_street_or_company(text: str, a: int, b: int) -> bool:
    """Is the village's short name at a..b a street's name or the opening of one, or of a company's
    ("某某大道", "某某路东延", "某某集团")? City streets and companies take any word for a name, the
    villages' ones among them; a community named after its street ("某某路社区") has the street's name for
    a short form. Neither names the village."""
    street_heads = lexicons.words("place_street_heads.txt")
    return text.endswith(street_heads, a, b) or text.startswith(street_heads, b) \
        or text.startswith(lexicons.words("place_located_route_heads.txt"), b) \
        or text.startswith(lexicons.words("rel_company_heads.txt"), b)


def _mainland_as_a_scope(text: str, name: str) -> bool:
    """Is `name` the mainland (place_mainland_words.txt) in a sentence naming none of the regions beside
    which it is one ("辐射内地": the interior as a scope, not "推动内地与港澳深化合作")?"""
    return name in lexicons.words_of_kind("place_mainland_words.txt", "mainland") and not any(
        w in text for w in lexicons.words_of_kind("place_mainland_words.txt", "partner"))


@component("lexicon_places", reads=(ORG,), assigns=(PLACE,))
def extract_lexicon_places(ctx: SentenceContext) -> list[Mention]:
    """Divisions, regions, landforms, countries and foreign places named in the lexicons. Every
    start is tried (so "建成渝东南" gives 渝东南, not 成渝); the longest name there that is a word
    of the sentence wins."""
    out = []
    text = ctx.text
    pos = 0
    for m in place_lexicon_pattern().every_start(text):
        a = m.start()
        if a < pos:
            continue
        name = m.group()
        b = a + len(name)
        if not _lexicon_place_here(ctx, name, a, b):
            continue
        if _listed_among_people(ctx, a, b) or _mainland_as_a_scope(text, name) or head_in_a_set_phrase(text, b - 1, b):
            continue  # "张某某、李晓峰、黄河、王建国": a person's name in a list of people; "辐射内地": a scope;
            # "铁海河海联运": the river's last character is the phrase's (河海联运), no 海河
        if name in URBAN_AREAS and _feature_stem(ctx.token_ending_at(a)):
            continue  # "松雅湖新城": a quarter named after a lake (quarter_places), not the report's own 新城
        if name in URBAN_AREAS and not (out and out[-1].local_end == a) and _quarter_name_stem(ctx.token_ending_at(a)):
            continue  # "东峤新城", "某某老城片区": the head of a longer name, not the report's own 新城 or 老城
        if name in URBAN_AREAS and not (out and out[-1].local_end == a) and core_of_any_city(ctx, name):
            continue  # "着力提高主城区公办幼儿园在园幼儿占比" (gansu 2026): any city's, a scope
        pos = b
        if out and name in URBAN_AREAS and out[-1].local_end == a:
            # "重庆主城", "龙川新城": a city's own urban area is one place, and holds the city
            prev = out[-1]
            out.append(ctx.mention(PLACE, prev.local_start, b, source="lexicon", composite=True))
            continue
        inner = _place_opening(name, ctx.doc.own.province) or _port_stem(name)
        if inner:
            # "海南自由贸易港" holds 海南, "黄河流域" 黄河, "水口口岸" its town 水口 (ANNOTATION rule 8)
            out.append(ctx.mention(PLACE, a, a + len(inner), source="lexicon"))
        elif namesake := _zone_namesake(name):
            # "中国(陕西)自由贸易试验区" holds 陕西 (rule 8), not the country 中国 of its title
            inner = namesake
            start = a + name.index(namesake)
            out.append(ctx.mention(PLACE, start, start + len(namesake), source="lexicon"))
        local = {"local_quarter": True} if _far_quarter(ctx, name) else {}
        if _river_homonym_among_rivers(ctx, name, a, b):
            local["water"] = True  # "黑龙江、松花江、嫩江干流": the rivers, not the province and the city
        out.append(ctx.mention(PLACE, a, b, source="lexicon", composite=bool(inner), **local))
        if _compass_part_before(ctx, name, a):
            # "东洞庭湖", "西洞庭湖": a part of a great lake named by its side, a lake of its own
            out.append(ctx.mention(PLACE, a - 1, b, source="lexicon", composite=True))
        if (end := _landform_area_end(ctx, name, a, b)) is not None:
            # "洞庭湖区": the lands round the lake, named after it (ANNOTATION: named sub-regions)
            out.append(ctx.mention(PLACE, a, end, source="lexicon", composite=True))
    return out


def _compass_part_before(ctx: SentenceContext, name: str, a: int) -> bool:
    """Is a lake of landforms.txt at a.. opened by a compass character that jieba cuts as a word of
    its own ("西/洞庭湖", "东/洞庭湖"), after no other name's word: a part of the lake named by its
    side (place_lake_parts.txt lists the characters)?"""
    if a < 1 or not name.endswith("湖") or name not in lexicons.word_set("landforms.txt"):
        return False
    if ctx.text[a - 1] not in lexicons.characters("place_lake_parts.txt"):
        return False
    side, before = ctx.token_starting_at(a - 1), ctx.token_ending_at(a - 1)
    return side is not None and side.end == a and (before is None or not CJK.match(before.word[-1])
                                                   or before.pos.startswith(("v", "p", "c", "u", "x")))


def _landform_area_end(ctx: SentenceContext, name: str, a: int, b: int) -> int | None:
    """The end of an area named after a lake or a mountain of landforms.txt, where jieba keeps the
    name and one more character as one word whose last two characters are a head of
    place_suffixes.txt ("洞庭湖区": 湖区, "伏牛山区": 山区); None where there is no such word."""
    word = ctx.token_starting_at(a)
    if word is None or word.end != b + 1 or name not in lexicons.word_set("landforms.txt"):
        return None
    return b + 1 if ctx.text[b - 1:b + 1] in lexicons.word_set("place_suffixes.txt") else None


def _river_homonym_among_rivers(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """Is a division's short form that is also a river's name (黑龙江 of 黑龙江省, 嫩江 of 嫩江市: it ends
    in 江 or 河) an item of a 、 list of rivers ("黑龙江、嫩江、松花江干流治理", "以乌苏里江、黑龙江为界河")?
    The list's kind decides: the run of items on either side of it that are each a river named whole
    (landforms.txt) or another river-named division, holding at least one river of landforms.txt, is a
    list of rivers, and the short form is the river, a place of its own (ANNOTATION: rivers are places).
    Beside a division ("吉林、黑龙江战略合作") it stays the division, and so it does where the next item
    only starts with a river's name ("浙江、长江经济带沿线城市", "内江、长江上游城市")."""
    if not _river_named(name) or name in _landform_rivers():
        return False
    text = ctx.text
    ca, cb = ctx.sentence.clause_at(a)
    spans, i = [], ca
    for item in text[ca:cb].split("、"):
        spans.append((i, i + len(item)))
        i += len(item) + 1
    k = next((n for n, (i, j) in enumerate(spans) if i <= a and b <= j), None)
    if k is None or len(spans) < 2:
        return False
    i, j = spans[k]
    if a != i and k > 0 or b != j and not _river_tail_at(ctx.text, b):
        return False  # the short form is not the whole item ("嫩江干流治理…" is, with the river's head)
    known = False
    for step in (-1, 1):
        n = k + step
        while 0 <= n < len(spans):
            river = _whole_river_item(ctx, spans[n], first=n == 0)
            if river is None:
                break
            known = known or river in _landform_rivers()
            n += step
    return known


def _river_named(name: str) -> bool:
    """A river of landforms.txt, or a division named like a river (it ends in 江 or 河; not a region)."""
    if name in _landform_rivers():
        return True
    return name[-1] in "江河" and name in lexicons.divisions_by_name() and name not in lexicons.named_regions()


def _whole_river_item(ctx: SentenceContext, span: tuple[int, int], first: bool) -> str | None:
    """The river (or river-named division) that a 、 list's item names whole: the item itself; in the
    list's first item, its end after a verb or frame word ("以乌苏里江"); or the item's start before a
    river's own head ("松花江干流治理", place_river_tails.txt). Not a longer name that starts with a
    river's ("长江经济带", "长江上游城市")."""
    i, j = span
    item = ctx.text[i:j]
    if _river_named(item):
        return item
    if first:
        for s in range(max(i, j - 6), j - 1):
            if s in ctx.token_start_set and _river_named(ctx.text[s:j]):
                return ctx.text[s:j]
    for e in range(min(j, i + 6), i + 1, -1):
        if _river_named(ctx.text[i:e]) and _river_tail_at(ctx.text, e):
            return ctx.text[i:e]
    return None


def _river_tail_at(text: str, b: int) -> bool:
    """Does a river's own head or a list's closer start at b ("干流", "流域", "为界", "等":
    place_river_tails.txt)?"""
    return any(text.startswith(t, b) for t in lexicons.words("place_river_tails.txt"))


@functools.lru_cache(maxsize=1)
def _landform_rivers() -> tuple[str, ...]:
    """The rivers of landforms.txt (names ending in 江 or 河) that no division is named by."""
    names = lexicons.divisions_by_name()
    return tuple(w for w in lexicons.words("landforms.txt") if w[-1] in "江河" and w not in names)


def _listed_among_people(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the name at a..b (two or three characters) one item of a list marked by 、 whose other
    items hold at least `PLACE_RULES.listed_people_min` persons' names (one word jieba tags as a
    person's, "nr…") and no place ("张某某、李晓峰、黄河、王建国、赵明等出席")? A list of leaders
    names people; a river, a city or a county in a list of places keeps ("黄河、长江、淮河")."""
    text = ctx.text
    if not 2 <= b - a <= PLACE_RULES.person_name_max or "、" not in (text[a - 1:a], text[b:b + 1]):
        return False
    ca, cb = ctx.sentence.clause_at(a)
    if not (a == ca or text[a - 1] == "、") or not (b == cb or text[b] in "、等及"):
        return False  # the name must be a whole item ("娄底经开区" holds 娄底 and stays a place)
    by_span = {(t.start, t.end): t for t in ctx.tokens}
    people = 0
    i = ca
    for item in text[ca:cb].split("、"):
        j = i + len(item)
        if (i, j) != (a, b):
            tok = by_span.get((i, j))
            if tok is not None and tok.pos.startswith("ns") or item in lexicons.divisions_by_name() \
                    or any(k.type == PLACE and k.local_start == i for k in ctx.found):
                return False
            if tok is not None and tok.pos.startswith("nr") and 2 <= len(item) <= PLACE_RULES.person_name_max:
                people += 1
        i = j + 1
    return people >= PLACE_RULES.listed_people_min


def _far_quarter(ctx: SentenceContext, name: str) -> bool:
    """Is a quarter-like district name ("西城区", place_quarter_division_names.txt) in a report of no
    known province the report's own quarter: the text never names the city that holds the district
    (北京 for 西城区), as a press piece on a Gansu county's report does not?"""
    if ctx.doc.own.province or name not in lexicons.word_set("place_quarter_division_names.txt"):
        return False
    d = lexicons.find_division(name, None)
    city = lexicons.divisions().get(d.parent) if d is not None else None
    return city is not None and not any(n and n in ctx.doc.source.text for n in (city.name, city.short))


@functools.lru_cache(maxsize=1)
def _zone_part_pattern() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, lexicons.roles("place_zone_part_heads.txt")["part"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{heads})")


def _zone_part_follows(ctx: SentenceContext, name: str, b: int) -> bool:
    """Does a part of a zone (place_zone_part_heads.txt `part`) follow the name of a zone of a kind
    named with its parts (`zone`: a pilot free trade zone) at ..b, named by at most six characters
    ("洛阳片区", "联动创新区")?"""
    if not name.endswith(lexicons.roles("place_zone_part_heads.txt")["zone"]):
        return False  # "雄安新区容东片区": the new area is a place, its quarter another
    return _zone_part_pattern().match(ctx.text, b) is not None


def _zone_namesake(name: str) -> str:
    """The place a national zone of regions.txt is named after, inside its name (ANNOTATION rule 8): the
    division in brackets after 中国 in a pilot free trade zone's name ("陕西" of 中国(陕西)自由贸易试验区,
    not the country 中国 of its title), or the place that opens a demonstration zone's name ("中关村" of
    中关村国家自主创新示范区, "武汉" of 武汉东湖国家自主创新示范区)."""
    if name not in lexicons.word_set("regions.txt"):
        return ""
    if name.startswith("中国("):
        inside = name[3:name.find(")")]
        return inside if lexicons.find_division(inside, None) is not None else ""
    if not name.endswith(_DEMONSTRATION_ZONE):
        return ""
    stem = name[:-len(_DEMONSTRATION_ZONE)]
    if 3 <= len(stem) <= 4 and any(_distinct_prefectures(by, stem) for by in _prefectures_by_initial().values()):
        return stem  # "福厦泉": its cities by their first characters (as `_prefecture_initials` reads them)
    return next((stem[:n] for n in range(len(stem), 1, -1)
                 if stem[:n] in lexicons.named_regions() or lexicons.find_division(stem[:n], None) is not None), "")


_DEMONSTRATION_ZONE = "国家自主创新示范区"


def _port_stem(name: str) -> str:
    """The place a land port of place_land_ports.txt is named after ("水口" of 水口口岸, "友谊关" of
    友谊关口岸): most are border towns or passes, named on their own inside the port's name (rule 8);
    or the first city or region a sea port of place_sea_ports.txt is named after ("唐山" of 唐山港,
    "宁波" of 宁波舟山港, "北部湾" of 北部湾港). The port list names the port, so a county's short form
    before its 港 is that county wherever the report is from ("黄骅" of 黄骅港, in 河北's reports too,
    where lookups without a province refuse a county's short form as a possible homonym)."""
    if name.endswith("口岸") and len(name) >= 4 and name in lexicons.word_set("place_land_ports.txt"):
        return name[:-2]
    if name in lexicons.word_set("place_sea_ports.txt"):
        return next((name[:n] for n in range(len(name) - 1, 1, -1)
                     if lexicons.divisions_by_name().get(name[:n]) or name[:n] in lexicons.named_regions()), "")
    return ""


@functools.lru_cache(maxsize=4096)
def _place_opening(name: str, province: str | None) -> str:
    """The division or landform that opens a Chinese region's or scenic site's name, if any ("海南" in
    海南自由贸易港, "黄河" in 黄河流域, "嘉峪关" in 嘉峪关关城: ANNOTATION rule 8); a county far from home
    is no such division (武陵山区)."""
    landform = name in lexicons.word_set("landforms.txt")
    if name not in lexicons.word_set("regions.txt") and name not in lexicons.word_set("place_scenic_sites.txt") \
            and not landform:
        return ""
    for n in range(len(name) - 1, 1, -1):
        head = name[:n]
        if _cuts_closing_compass_word(name, n):
            continue  # "湘西北": 湘 and its north-west, not the prefecture 湘西
        if landform and name == head + "山":
            continue  # "太行山绿化造林": 太行 is the mountain's own short form, the same place, not one inside it
        # a feature's own name does not hold the division it shares a word with (鄱阳湖, 青海湖)
        if head in lexicons.word_set("landforms.txt") or not landform and (
                head not in lexicons.named_regions() and _division_not_named_after(head, name, province)):
            return head
    return ""


def _glued_to_own_district(ctx: SentenceContext, d: lexicons.Division, a: int, b: int) -> bool:
    """Is the division named at a..b one word with a district of its own right after it, the way
    jieba keeps a city and its district together ("上海浦东新区": the word 上海浦东; national 2006,
    2007, 2011, 2012)? Then the city is named there, before its district (ANNOTATION rule 8)."""
    word = ctx.token_starting_at(a)
    if word is None or word.end <= b + 1 or d.level == "county":
        return False
    rest = lexicons.find_division(ctx.text[b:word.end], d.code[:2])
    prefix = d.code[:2] if d.level == "province" else d.code[:4]
    return rest is not None and rest.level == "county" and rest.code.startswith(prefix)


def _division_not_named_after(head: str, name: str, province: str | None) -> bool:
    """Is `head` a division that the site's `name` opening with it holds: not a city's district
    before one character that closes a feature's name, a district named after the feature in it
    ("岳麓山": 岳麓区, "云龙湖": 云龙区, "西夏陵": 西夏区; the design texts' gold names the site alone),
    as a site named by its kind after the district is not ("大足石刻" holds 大足)?"""
    d = lexicons.find_division(head, province)
    return d is not None and not (d.level == "county" and d.name.endswith("区") and len(name) == len(head) + 1)


def _cuts_closing_compass_word(name: str, n: int) -> bool:
    """Does name[:n] end inside the intercardinal compass word that closes the region's name
    (place_intercardinal_words.txt: "黔西|北" cuts 西北)?"""
    return any(name.endswith(w) and len(name) - len(w) < n < len(name)
               for w in lexicons.words("place_intercardinal_words.txt"))


@functools.lru_cache(maxsize=1)
def _suffix_word_tails() -> tuple[str, ...]:
    return lexicons.words("place_suffix_word_tails.txt")


def _inside_own_town(ctx: SentenceContext, a: int) -> bool:
    """Does a town of the report's own area, written whole with its level's suffix, end inside the name
    starting at a ("浦阳镇|江东村": jieba cuts 浦阳/镇江/东村)? That town's name is read, not one across it."""
    towns = ctx.doc.own.towns
    for suffix in lexicons.TOWN_SUFFIXES:
        stem_end = a + 1 - len(suffix)
        if not ctx.text.startswith(suffix, stem_end) or stem_end < 2:
            continue
        for start in range(max(0, stem_end - NAMED_PLACES.town_stem_max), stem_end - 1):
            town = ctx.text[start:a + 1]
            if town in towns and town.endswith(lexicons.TOWN_SUFFIXES):
                return True
    return False


def _lexicon_place_here(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    if name in lexicons.named_regions():
        # a region is a word of its own: not "成渝" across "建成/渝东南", nor "马赛" in "马赛道"
        if not (aligned(ctx, a, b) or len(name) >= 3 and (token_starts_at(ctx, a) or token_ends_at(ctx, b))
                or token_starts_at(ctx, a) and (_place_suffix_follows(ctx, b) or _partner_of_a_dashed_country(ctx, a))):
            return False
        city_follows = _city_of_country_follows(ctx, name, b)  # "菲律宾马尼拉", "波兰马拉舍维奇": no breed, no modifier
        if _names_a_breed(ctx, b) and not city_follows or _listed_after_a_company(ctx, name, a):
            return False  # "蒙古牛保种场": Mongolian cattle, not the country; "赛力斯、长城等车企": a company
        if name in lexicons.word_set("world.txt") and _world_name_modifies(ctx, name, a, b, city_follows):
            return False  # "亚洲国际青少年电影展": a modifier in another name
        if name in lexicons.word_set("place_literary_names.txt") and ctx.text[b:b + 1] in ("“", "《", "「", "\""):
            return False  # "巴渝“工匠杯”导游技能大赛": the literary name qualifies a quoted title
        if _after_a_bound_morpheme(ctx, a):
            return False  # "桦加沙" (a typhoon): the name goes on before the foreign city's
        if _among_listed_directions(ctx, name, a, b):
            return False  # "推动东北、西北、西南、东南四个片区": the area's directions, no region 东北
        if _opens_quoted_title(ctx, a, b) or name not in lexicons.word_set("world.txt") and _opens_route(ctx, b):
            return False  # "“成渝之星”": a title's word; "成渝高速公路": a route named by its ends
        if any(ra < a and rb == b for ra, rb in _ring_areas(ctx)):
            return False  # "环三都澳大湾区": the head of a ring area, not the 粤港澳 大湾区
        if _zone_part_follows(ctx, name, b):
            return False  # "中国(河南)自由贸易试验区洛阳片区": the zone's part is named whole
        if ctx.text.startswith(lexicons.words("place_financial_trades.txt"), b):
            return False  # "渤海银行", "长江证券": the company's trade name, not the sea or river
        if inside_a_word_naming_none(ctx.text, b - 1, b):
            return False  # "粤黔东西部协作": the region's last character opens a set phrase (not_names.txt), no 黔东
    else:
        d = lexicons.find_division(name, ctx.doc.own.province)
        if d is None and name in lexicons.word_set("place_quarter_division_names.txt"):
            return _lexicon_place_checks(ctx, name, a, b)  # "西城区" far from Beijing: the report's own quarter
        d = d or _county_naming_a_port(ctx, name, b) or _county_named_far_from_home(ctx, name, a, b)
        if d is None:
            return False  # a county's short form far from home: likely a homonym
        if name in ctx.doc.own.towns and d.code[:2] != ctx.doc.own.province:
            return False  # "三沙港" in 霞浦: the area's own town 三沙镇, not 三沙市 far away
        if any(ctx.text.startswith(w, b - 1) for w in _suffix_word_tails()):
            return False  # "宁围街道市北区块": a plot (区块) named 市北, not 市北区 of another province
        if _inside_own_town(ctx, a):
            return False  # "浦阳镇江东村": 镇江 across the area's own town 浦阳镇 and its village
        if not aligned(ctx, a, b) and (len(name) <= 3 or not token_ends_at(ctx, b)) and not _opens_org_word(ctx, name, a) \
                and not _glued_to_own_district(ctx, d, a, b):
            return False  # "兴县" inside "振兴县域", "和县" after a conjunction: not a word here
        if name not in _full_division_names() and (_short_form_is_a_word_part(ctx, name, a, b)
                                                   or _opens_quoted_title(ctx, a, b) or _opens_town_name(ctx, name, b)
                                                   or _opens_settlement_name(ctx, b)
                                                   or _opens_route(ctx, b) or _names_a_vessel(ctx, b)):
            return False  # "幸福安康。", "“龙江老字号”", "三沙镇", "某山村", "潮南高速": part of a phrase, a title, a town's, a village's or a route's name
        if _far_name_glued_to_a_word(ctx, name, a) or _glued_to_another_division(ctx, name, d, a):
            return False
        if name not in _full_division_names() and inside_a_word_naming_none(ctx.text, b - 1, b):
            return False  # "绿水青山就是金山银山" in Shanghai: a set phrase (not_names.txt), not 金山区 written short
        if _river_reach_read_as_district(ctx, name, a, b):
            return False  # "某乌江城区段": the river's reach in the town, not 江城区 of another province
        if _after_a_bare_numeral(ctx, a) or _opens_a_coined_brand(ctx, a, b):
            return False  # "打造六宜城市", "宁德时代": a slogan's count or a company's brand holds the name
        if name in lexicons.word_set("place_common_word_short_forms.txt") and not _common_word_named_as_place(ctx, d, a, b):
            return False  # "全面振兴", "深化合作", "南部地区", "比如,": the word, not 振兴区, 合作市, 南部县, 比如县
    return _lexicon_place_checks(ctx, name, a, b)


def _opens_inside_a_localizer(ctx: SentenceContext, a: int) -> bool:
    """Does a name at `a` start inside a localizer of two characters that jieba reads there
    ("以上|海港", "其中|国有"): its first character is the localizer's, and no name starts there."""
    word = ctx.token_reaching(a + 1)
    return word is not None and word.start < a and word.pos == "f" and word.end - word.start >= 2


def ranks_among_quarters(ctx: SentenceContext, b: int) -> bool:
    """Is the quarter word at ..b ("新城区", "中心城区") the group a district ranks in, right before a
    ranking cue ("增幅在新城区第一", "位居中心城区前列": place_ranking_cues.txt, after): a city's new or
    central districts taken together, not one quarter, nor the district of that name in another city?"""
    return ctx.text.startswith(_ranking_cues_after(), b)


@functools.lru_cache(maxsize=1)
def _ranking_cues_after() -> tuple[str, ...]:
    return tuple(w for w, side in lexicons.mapping("place_ranking_cues.txt").items() if side == "after")


def _river_reach_read_as_district(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """Is the division `name` a river's head glued after a name and the urban area of its reach,
    before 段 ("某乌江城区段", "某某河市区段": place_water_reach_areas.txt)?"""
    return (a > 0 and CJK.match(ctx.text[a - 1]) is not None and name[0] in "江河" and ctx.text.startswith("段", b)
            and name[1:] in lexicons.word_set("place_water_reach_areas.txt"))


def _county_named_far_from_home(ctx: SentenceContext, name: str, a: int, b: int) -> lexicons.Division | None:
    """The county whose short form `name` is, where one county only has that short form and the sentence
    says which it is, however far from the report's province: right after its own province's name
    ("四川汶川特大地震", "甘肃舟曲"), listed after another county of its province named so ("云南鲁甸、景谷等地"),
    or before the disaster that struck it (place_disaster_words.txt: "汶川灾后恢复重建", "舟曲特大山洪泥石流").
    None elsewhere."""
    county = _only_county_short(name)
    if county is None:
        return None
    if ctx.text.startswith(lexicons.words("place_disaster_words.txt"), b):
        return county
    outer = _division_ending_at(ctx, a)
    if outer is not None and outer.level == "province" and outer.code[:2] == county.code[:2]:
        return county
    prev = ctx.token_ending_at(a - 1) if ctx.text[a - 1:a] == "、" else None
    listed = _only_county_short(prev.word) if prev is not None else None
    return county if listed is not None and listed.code[:2] == county.code[:2] \
        and _county_named_far_from_home(ctx, prev.word, prev.start, prev.end) is not None else None


def _only_county_short(name: str) -> lexicons.Division | None:
    """The county whose short form `name` is, if one county only has it."""
    counties = [d for d in lexicons.divisions_by_name().get(name, ()) if d.short == name and d.level == "county"]
    return counties[0] if len(counties) == 1 else None


def _county_naming_a_port(ctx: SentenceContext, name: str, b: int) -> lexicons.Division | None:
    """The county whose short form `name` is, right before 口岸 or a bonded zone's head
    (place_county_named_heads.txt), however far from home ("二连浩特口岸", "霍尔果斯口岸", "新郑综保区"),
    where one county only has that short form: a border port or a bonded zone is named after its
    county or town, the county a place inside the name (ANNOTATION rule 8), no local homonym (towns'
    ports are listed in place_land_ports.txt). None elsewhere."""
    if not ctx.text.startswith(lexicons.words("place_county_named_heads.txt"), b):
        return None
    counties = [d for d in lexicons.divisions_by_name().get(name, ()) if d.short == name]
    return counties[0] if len(counties) == 1 else None


def _lexicon_place_checks(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """The checks every lexicon place passes, whatever kind of name it is."""
    text = ctx.text
    if inside_book_title(ctx, a, b):
        return False  # "《浙江省推进长三角区域一体化发展行动方案》": a document's name, not the place
    if _opens_inside_a_localizer(ctx, a):
        return False  # "百万箱量级以上|海港中": the name's first character closes 以上, no 上海港
    if name in lexicons.word_set("place_quarter_division_names.txt") and ranks_among_quarters(ctx, b):
        return False  # "增幅在新城区第一": the city's new districts as a group a district ranks in
    if _names_a_site(ctx, b):
        return False  # "台海网1月22日讯": a news site's name, not the place
    if _opens_honour_title(ctx, a, b):
        return False  # "荣获全省高质量发展先进城区": the honour's scope, not a place spoken of
    if _word_of_list_at(ctx, b, "place_honour_title_heads.txt"):
        return False  # "江苏好人4名", "浙江好人榜": an honour for the province's people, named after it
    if name not in lexicons.divisions_by_name() and _opens_brand(ctx, b):
        return False  # "乌苏里江制药", "松花江医药": a river's name as a company's trade name
    if name == "中国" and (not (_stands_alone(ctx, b) and _opens_phrase(ctx, a))
                         or _COUNTRY_TITLED_PROVINCE.match(text, a) is not None or _country_in_a_name(text, a)
                         or _country_opens_a_dashed_name(ctx, b) or _country_opens_a_ranking_title(ctx.text, b)):
        return False  # "中国" in a title or slogan ("中国最美休闲度假胜地", "健康中国", "中国(浙江)自贸试验区") is not the country
    if text.startswith(lexicons.words("place_city_named_bodies.txt"), a):
        return False  # "上海合作组织": an international body named after its founding city, no place
    if ctx.taken(a, b, (ORG,)) and not _org_is_branch(ctx, a, b):
        return False  # a place word inside an organization's name ("北京智库")
    nxt = text[b:b + 1]
    if nxt and nxt in NATURAL_SUFFIXES and name in lexicons.divisions_by_name() and not (
            _head_opens_a_kept_word(ctx, b, b + 1) or _in_a_water_pair(ctx, b, b + 1) or _county_with_its_level(name)):
        return False  # "黔江河" is a river: the suffix rule takes it ("厦门海峡", "安庆江海联运" are 厦门's, 安庆's)
    if nxt and nxt in lexicons.characters("place_island_heads.txt") and name in lexicons.divisions_by_name() \
            and name not in _full_division_names() and token_ends_at(ctx, b + 1):
        return False  # "秀山岛" is an island: a division's short form is its stem, not the division
    if street_follows(ctx, b):
        return False  # "满洲里路" is a street of the report's city, named after another one
    if opens_abbreviated_route(ctx.text, a, b):
        return False  # "昌吉赣客专": 昌, 吉, 赣 of 南昌, 吉安, 赣州, no 昌吉
    if name in URBAN_AREAS and (ctx.text[:a].endswith("化") or any(t.end == a and t.pos in ("n", "vn", "nz") for t in ctx.tokens)):
        return False  # "产业新城": a kind of quarter; "现代化新城区": the kind a goal describes (X化, an adjective)
    return not opens_event(ctx, b)


@functools.lru_cache(maxsize=1)
def _brand_trades() -> tuple[str, ...]:
    return lexicons.words("brand_heads.txt")


def _opens_brand(ctx: SentenceContext, b: int) -> bool:
    """Does a company's trade follow the name at ..b as a word that ends the phrase ("珍宝岛药业、",
    "松花江医药生产许可证", "乌苏里江制药认定"), not a noun going on ("陕北能源化工基地")?"""
    trade = next((t for t in words_opening(_brand_trades(), ctx.text, b) if ctx.text.startswith(t, b)), None)
    if trade is None or not token_ends_at(ctx, b + len(trade)):
        return False
    nxt = ctx.token_starting_at(b + len(trade))
    return (nxt is None or not CJK.match(nxt.word[0]) or nxt.pos in STOP_POS or nxt.pos.startswith("v")
            or nxt.word.startswith(lexicons.words("org_suffixes.txt")))


def _names_a_breed(ctx: SentenceContext, b: int) -> bool:
    """Does a livestock word (place_breed_heads.txt) follow the name at ..b as a word of its own
    ("蒙古牛", "蒙古马、"), so that the name is a breed's?"""
    if not ctx.text.startswith(lexicons.words("place_breed_heads.txt"), b):  # one C call, not one a head
        return False
    heads = lexicons.word_set("place_breed_heads.txt")
    nxt = ctx.token_starting_at(b)
    if nxt is not None and nxt.word not in heads and (lexicons.find_division(nxt.word, ctx.doc.own.province)
                                                      or nxt.word in lexicons.named_regions()):
        return False  # "长江马鞍山段": a place opening with the animal's character (马鞍山), no horse
    # a mis-cut ("蒙古/牛保/种场") is still the breed; a common word is not ("马路", "马上")
    return nxt is None or nxt.word in heads or not _common_word(nxt.word)


def _names_a_vessel(ctx: SentenceContext, b: int) -> bool:
    """Is the short form the name of a train, ship or craft ("中欧班列长安号", "雪龙号")?"""
    return ctx.text[b:b + 1] == "号" and (b + 1 >= len(ctx.text) or not CJK.match(ctx.text[b + 1]) or
                                         ctx.text[b + 1:b + 2] in "、和与及等")


def _names_a_site(ctx: SentenceContext, b: int) -> bool:
    """Is the place the trade name of a website ("台海网1月22日讯", "东北网报道"): a site head
    (place_site_heads.txt) is the whole word right after it?"""
    t = ctx.token_starting_at(b)
    return t is not None and t.word in lexicons.word_set("place_site_heads.txt")


def _opens_settlement_name(ctx: SentenceContext, b: int) -> bool:
    """Is the short form followed by a village's, temple's or locality's one-character head that jieba
    reads as a word of its own (place_settlement_stem_heads.txt: "青禾镇某山|村", "某海|庙至某某",
    "某疆|界")? The short form is that place's stem, not the division; a head opening a longer word
    ("村镇", "门户", "头部") is no such head."""
    token = ctx.token_starting_at(b)
    return token is not None and token.word in lexicons.word_set("place_settlement_stem_heads.txt")


def _opens_town_name(ctx: SentenceContext, name: str, b: int) -> bool:
    """Is the short form followed by a town's head that makes a town's full name ("三沙镇" of 霞浦,
    not 三沙市; "长春镇")?"""
    towns = national_towns()
    return any(ctx.text.startswith(h, b) and name + h in towns for h in lexicons.TOWN_SUFFIXES)


# the year a ranking or an honour is named by, before the place that opens its title ("2022中国…百强")
# what may stand between the verb and an honour's title: its year ("入围2022中国建制县…百强") and
# its rank among the winners ("获评全市唯一2021年某省…先进县", "入选全省首批…")
_TITLE_YEAR = re.compile(r"(?:(?:19|20)\d\d(?:年度|年)?|全[国省市州县区](?:唯一|首批|首个|首家))$")
# an honour's title that is a later item of a list the verb opens ("先后获评全国…达标县、某省双拥模范县"):
# the verb earlier in the clause, only titles and 、 between
_LISTED_TITLE = re.compile(r"[^，,。；;：:！？]*$")


def _opens_honour_title(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the name open an honour's title, right after a verb of winning or ranking and going on
    into the title ("入围西部地区县域经济百强县"), not named alone ("入选浙江、江苏…")? The title's
    year and rank may stand before the name; a later title of the verb's list counts too."""
    if not CJK.match(ctx.text[b:b + 1] or "。"):
        return False
    before = ctx.text[:a].rstrip("“")
    while (stripped := _TITLE_YEAR.sub("", before)) != before:
        before = stripped
    verbs = lexicons.words("place_honour_verbs.txt")
    if before.endswith(verbs):
        return True
    if not before.endswith("、"):
        return False
    clause = _LISTED_TITLE.search(before[:-1]).group()
    return any(v in clause and not clause.rsplit(v, 1)[1].startswith(("、", "”")) for v in verbs)


def inside_book_title(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] inside a 《…》 title (a plan's, law's or agreement's name)?"""
    text = ctx.text
    opened = text.rfind("《", 0, a)
    return opened >= 0 and text.rfind("》", opened, a) < 0 and text.find("》", b) >= 0


def _opens_quoted_title(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the name open a quoted title that goes on after it ("“成渝之星”", "“龙江老字号”")?"""
    return ctx.text[a - 1:a] in ("“", "「", "《") and ctx.text[b:b + 1] not in ("”", "」", "》", "、")


def _opens_route(ctx: SentenceContext, b: int) -> bool:
    """Does a route's head follow the name as a word ("成渝高速公路", "京津城际"), not the era of a
    kind of route ("开启了安徽高铁时代")?"""
    if ctx.text.startswith(lexicons.words("place_route_second_heads.txt"), b):
        return True  # "柳南二高": a second line between the ends the initials name
    if b not in ctx.token_start_set:
        return False
    # the head as words: one ("高速公路") or more jieba splits ("客/专")
    route = next((h for h in _route_heads_longest_first() if ctx.text.startswith(h, b) and b + len(h) in ctx.token_end_set), None)
    return route is not None and not ctx.text.startswith("时代", b + len(route)) and not ctx.text.startswith(
        lexicons.words("place_route_hub_words.txt"), b + len(route))  # "大理铁路枢纽": 大理's hub, no route


def _after_a_bound_morpheme(ctx: SentenceContext, a: int) -> bool:
    """Is text[a] right after a character jieba tags as a bound morpheme (its tags ending in g:
    zg, ng, vg…), which cannot stand alone and so opens a longer name with what follows?"""
    return any(t.end == a and len(t.word) == 1 and t.pos.endswith("g") and t.word not in _place_heads_of_one_character()
               for t in ctx.tokens)  # "沧浪洲/汉江大桥": an island's head ends a name, it opens none


@functools.lru_cache(maxsize=1)
def _place_heads_of_one_character() -> frozenset[str]:
    return frozenset(h for h in lexicons.word_set("place_suffixes.txt") if len(h) == 1)


def _county_with_its_level(name: str) -> bool:
    """Is `name` a county's or district's full name written with its level word (某某县, 某某区, 某某旗: no
    county-level city, "某市河" may be a town's river)? A water is named after a county's short form
    ("黔江河"), never after the full name, so a water's head right after it opens the next name: one of
    the county's towns ("某某区|湖光镇", "某某区|河市镇") or a works' site ("某某县|江益水利枢纽",
    "某某县|海西海水库")."""
    return any(d.level == "county" and d.name == name and d.short != name and name.endswith(("县", "区", "旗"))
               for d in lexicons.divisions_by_name().get(name, ()))


@functools.lru_cache(maxsize=1)
def _full_division_names() -> frozenset[str]:
    return frozenset(d.name for d in lexicons.divisions().values())


def _common_word_named_as_place(ctx: SentenceContext, d: lexicons.Division, a: int, b: int) -> bool:
    """Does the context of a short form that is also a common word name a place: a word of going
    or being somewhere right before it ("到振兴考察", "在南部"), the city it lies in ("丹东振兴"), or a
    list of places it stands in ("振兴、元宝、振安三区": the item beside it opens or closes with a
    division's name)?"""
    text = ctx.text
    if text.endswith(lexicons.words("place_common_word_cues.txt"), 0, a):
        return True
    before = _division_ending_at(ctx, a)
    if before is not None and before.code == d.parent:
        return True
    if text[a - 1:a] == "、" and _closes_with_division(re.split(r"[、,;。:(“\s]", text[:a - 1])[-1]):
        return True
    names = lexicons.divisions_by_name()
    return text[b:b + 1] == "、" and any(text[b + 1:b + n] in names for n in range(3, 10))


def _closes_with_division(text: str) -> bool:
    """Does the text end with a division's name or short form of two characters or more?"""
    names = lexicons.divisions_by_name()
    return any(text[i:] in names for i in range(max(0, len(text) - 8), len(text) - 1))


def _short_form_is_a_word_part(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """A division's short form that is part of another phrase: the tail of a longer river or
    mountain name ("白沙河" holds 沙河), or a predicate ("幸福安康。" is not 安康市)."""
    if _last_char_opens_a_word(ctx, name, b):
        return True  # "惠民生、": 惠民 (惠民县) cut from 惠|民生, the phrase's noun
    if _inside_an_idiom(ctx, a, b):
        return True  # "勠力同心": an idiom (戮力同心), not 同心县
    if _inside_a_set_phrase(ctx.text, a, b):
        return True  # "70周年大庆": the anniversary's celebration, not 大庆市
    prev = ctx.token_ending_at(a)
    if prev is None:
        return False
    if name[-1] in NATURAL_SUFFIXES and len(prev.word) == 1 and CJK.match(prev.word) and prev.pos not in STOP_POS:
        return True
    if prev.word in lexicons.word_set("genre_predicate_adverbs.txt"):
        return True  # "全面振兴新突破": a predicate after its adverb, not 振兴区
    after = ctx.text[b:b + 1]
    return prev.pos in ("a", "ad") and (not after or after in PUNCT or after in ",;.")


def _inside_an_idiom(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] part of a four-character idiom of jieba's dictionary (tagged i), its variant
    characters read as the dictionary writes them (place_idiom_variants.tsv: 勠力同心 → 戮力同心)?
    jieba cuts such an idiom where it knows only the other form, and our division words outrank it."""
    variants = lexicons.mapping("place_idiom_variants.tsv")
    tags = tokenizer_tags().word_tag_tab
    for s in range(max(0, b - 4), a + 1):
        window = "".join(variants.get(c, c) for c in ctx.text[s:s + 4])
        if len(window) == 4 and tags.get(window) == "i":
            return True
    return False


def head_in_a_set_phrase(text: str, a: int, b: int) -> bool:
    """Is text[a:b] (a toponym's head, or a whole toponym word) part of a set phrase of
    place_head_set_phrases.txt ("文山会海", "迎峰度夏", "铁海联运")? There it ends no name."""
    for w in lexicons.words("place_head_set_phrases.txt"):
        for s in range(max(0, b - len(w)), a + 1):
            if text.startswith(w, s):
                return True
    return False


def _inside_a_set_phrase(text: str, a: int, b: int) -> bool:
    """Is the short form at text[a:b] a celebration word (place_celebration_words.txt: 大庆) right after
    an anniversary's frame, where it is the set phrase's common word ("70周年大庆", "七十华诞的大庆之年",
    "自治区成立70年大庆": the grand celebration, not 大庆市)? Any other short form after the frame is
    still the place ("成立75周年重庆援建项目": 重庆). The frame is an anniversary word of
    place_word_set_phrases.txt (a count of years before it or not), or a founding verb with a count of
    years and 年 (a year's date, "2019年大庆…", is no count: the count has three digits at most), 的
    between or not."""
    if text[a:b] not in lexicons.word_set("place_celebration_words.txt"):
        return False
    words = "|".join(map(re.escape, lexicons.words("place_word_set_phrases.txt")))
    before = text[max(0, a - 16):a]
    return re.search(rf"(?:(?:{words})|(?:成立|建[区州市县省盟旗党国]|解放){_YEAR_COUNT}年)的?$", before) is not None


_YEAR_COUNT = r"(?<![0-9])(?:[0-9]{1,3}|[一二三四五六七八九十百]+)"


def _last_char_opens_a_word(ctx: SentenceContext, name: str, b: int) -> bool:
    """Is the two-character short form's last character the first of a common word whose second is a lone
    token after it ("惠民|生": 民生)? Our division words outrank jieba's, so a short form can be cut
    from a set phrase that way; a place's head after it ("黔江|河", "长沙|市") is no such word."""
    if len(name) != 2:
        return False  # "考察内蒙古|时": a longer name is no piece of a set phrase (古时), the place stays
    nxt = ctx.token_starting_at(b)
    if nxt is None or len(nxt.word) != 1 or not CJK.match(nxt.word) or nxt.pos in STOP_POS:
        return False
    if nxt.word in NATURAL_SUFFIXES or nxt.word in lexicons.word_set("place_suffixes.txt"):
        return False
    return word_freq(name[-1] + nxt.word) >= PLACE_SHORT_FORMS.split_word_min_freq


def _place_suffix_follows(ctx: SentenceContext, b: int) -> bool:
    """"长江流域", "岭南文化" are one token: the region is still named, with a place head or a
    common word after it."""
    tok = next((t for t in ctx.tokens if t.start < b < t.end), None)
    if tok is None:
        return False
    rest = ctx.text[b:tok.end]
    return rest in lexicons.word_set("place_suffixes.txt") or len(rest) >= 2 and _common_word(rest)


def _opens_phrase(ctx: SentenceContext, a: int) -> bool:
    """Does a noun phrase begin at a: after punctuation, a function word or a verb, not after a
    word that would make it part of a slogan ("健康中国", "一个中国原则")?"""
    prev = ctx.token_ending_at(a)
    if ctx.text[a - 1:a] in ("“", "《", "「", "\""):
        return False  # a quoted title opens with it: "“中国最美休闲度假胜地”"
    return (prev is None or not CJK.match(prev.word[0]) or prev.pos in STOP_POS or _is_verb(prev)
            or prev.word in _located_words("before"))  # "地处中国西南", jieba's s


def _is_verb(tok: Token) -> bool:
    """A verb of two characters or more ("作为", "开放"); a one-character verb glued to a name
    ("中国跑客节") is more often part of it."""
    return tok.pos.startswith("v") and tok.pos != "vn" and len(tok.word) > 1


def _far_name_glued_to_a_word(ctx: SentenceContext, name: str, a: int) -> bool:
    """A county far from home whose first character also ends a common word before it:
    "和平房区改造" is 和平 + 房区, not 平房区 of Harbin."""
    d = lexicons.find_division(name, ctx.doc.own.province)
    if d is None or d.level != "county" or d.code[:2] == ctx.doc.own.province or a == 0:
        return False
    return _common_word(ctx.text[a - 1:a + 1]) or _closes_a_slogan(ctx, name, a) or _level_opens_a_body(ctx, name, a)


def _level_opens_a_body(ctx: SentenceContext, name: str, a: int) -> bool:
    """Does the level character closing a far county's two-character name open a standard body
    (org_bodies.txt: "领导和|县人大、县政协", "市政府和|县委"): the body of the report's own level after
    a conjunction, not 和县 of another province?"""
    return len(name) == 2 and name[1] in lexicons.LEVEL_CHARS \
        and any(ctx.text.startswith(f, a + 1) for f in _level_bodies_opening_with(name[1]))


@functools.lru_cache(maxsize=None)
def _level_bodies_opening_with(level: str) -> tuple[str, ...]:
    """The standard bodies' forms of one level ("县委", "县人大", "县政协"), longest first."""
    return lexicons.longest_first(f for f in lexicons.org_bodies() if len(f) > 1 and f[0] == level)


def _closes_a_slogan(ctx: SentenceContext, name: str, a: int) -> bool:
    """"开放兴县", "聚力兴城市": a slogan's verb and its 县 or 市 after a two-character word, not 兴县;
    not after a division's name ("陕西富县", "辽宁兴城市": the county of that province)."""
    prev = ctx.token_ending_at(a)
    return name[0] in lexicons.word_set("place_slogan_verbs.txt") and prev is not None and len(prev.word) == 2 \
        and CJK.match(prev.word[0]) is not None and lexicons.find_division(prev.word, None) is None


def _glued_to_another_division(ctx: SentenceContext, name: str, d: lexicons.Division, a: int) -> bool:
    """A county's short form right after a province's or prefecture's name that does not hold it:
    "抚顺振兴发展" is 抚顺's revival, not 振兴区 of 丹东; "辽宁抚顺", "重庆黔江" run from a division
    to one inside it."""
    if d.level != "county" or name == d.name:
        return False
    outer = _division_ending_at(ctx, a)
    if outer is None or outer.level == "county":
        return False
    return not d.code.startswith(outer.code[:2] if outer.level == "province" else outer.code[:4])


def _after_a_bare_numeral(ctx: SentenceContext, a: int) -> bool:
    """Is the division's name right after a lone Chinese numeral jieba reads as a word of its own
    ("打造六/宜城市": the slogan 六宜, "six kinds of livable", cut across 宜城市)? A division is counted
    after its name ("白沙、青山两镇"), never before it without a measure word."""
    prev = ctx.token_ending_at(a)
    return prev is not None and prev.pos == "m" and len(prev.word) == 1 and prev.word in _BARE_NUMERALS


# the Chinese numerals a count opens with, which no division's name follows without a measure word
_BARE_NUMERALS = frozenset("一二三四五六七八九十两")


def _opens_a_coined_brand(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a company found at a open with the short form and a common word that makes its brand
    rather than a trade ("宁德时代": `place_brand_words.txt`), so that the division is no place
    the report speaks of (青岛啤酒 and 西宁特钢 still hold their city)?"""
    return ctx.text.startswith(lexicons.words("place_brand_words.txt"), b) and any(
        m.type == ORG and m.local_start == a and m.local_end > b for m in ctx.found)


def _division_ending_at(ctx: SentenceContext, a: int) -> lexicons.Division | None:
    """The division the word ending at `a` names ("丹东" before 振兴, "抚顺" before 振兴发展), if any."""
    prev = ctx.token_ending_at(a)
    return lexicons.find_division(prev.word, ctx.doc.own.province) if prev is not None and len(prev.word) >= 2 else None


def _opens_org_word(ctx: SentenceContext, name: str, a: int) -> bool:
    """Does a province or city open an organization jieba reads as one word ("宁波大学"): the place
    that opens an organization's name is named too (see _org_is_branch)?"""
    return _major_division(name) and any(t.start == a and t.pos == "nt" for t in ctx.tokens) and any(
        m.type == ORG and m.local_start == a for m in ctx.found)


def _common_word(word: str) -> bool:
    return word_freq(word) > PLACE_RULES.common_word_freq


def _stands_alone(ctx: SentenceContext, b: int) -> bool:
    """Is the name at ..b a noun phrase of its own: followed by punctuation, a function word or a
    verb ("中国作为负责任大国", "东盟、中东"), not by another noun it modifies ("中国特色")?"""
    nxt = ctx.token_starting_at(b)
    if ctx.text[b:b + 1] in ("“", "《", "「", "\""):
        return False  # a quoted title follows: "中国“最美山马赛道”"
    if nxt is None and _word_of_list_at(ctx, b, "place_alone_after.txt"):
        return True  # "东南亚地区": jieba's one word of the region and the word after it
    if nxt is None or not CJK.match(nxt.word[0]):
        return b >= len(ctx.text) or not CJK.match(ctx.text[b])
    return nxt.word in lexicons.word_set("place_alone_after.txt") or nxt.pos in STOP_POS or _is_verb(nxt)


def _city_of_country_follows(ctx: SentenceContext, name: str, b: int) -> bool:
    """Does a city of the country `name` follow it at b ("菲律宾马尼拉", "波兰马拉舍维奇"): a world
    place of the lexicons, or a city country_city_places reads? The country is then a place too."""
    if name not in lexicons.word_set("countries.txt") or name == "中国":
        return False
    known = place_lexicon_pattern().match(ctx.text, b)
    return (known is not None and known.group() in lexicons.word_set("world.txt")
            and not known.group() in lexicons.word_set("countries.txt")) or _country_city_at(ctx, name, b) is not None


def _among_listed_directions(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """Is the compass word `name` (东北: place_intercardinal_words.txt) an item of a 、-list beside
    another compass word ("东北、西北、西南、东南四个片区")? The list names directions of the area's
    parts, not the regions of the country."""
    words = lexicons.word_set("place_intercardinal_words.txt")
    if name not in words:
        return False
    text = ctx.text
    return (text[b:b + 1] == "、" and text[b + 1:b + 3] in words) or (a >= 3 and text[a - 1] == "、" and text[a - 3:a - 1] in words)


def _city_after_its_country(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """Is the world city `name` at a..b written right after a country's name, as a word of its own
    ("蒙古国乌兰巴托定期航线": the country places it, a location, though a noun follows it), and no
    event's name opens with it ("日本东京奥运会": ANNOTATION rule 8)?"""
    countries = lexicons.word_set("countries.txt")
    if name in countries or not token_starts_at(ctx, a):
        return False
    before = ctx.token_ending_at(a)
    return before is not None and before.word in countries and before.word != "中国" and not opens_event(ctx, b)


def _partner_of_a_dashed_country(ctx: SentenceContext, a: int) -> bool:
    """Is the world region at a.. the partner a dash joins to a country before it ("中国—东盟自由贸易区",
    yunnan 2026; "中国－东盟自贸区升级谈判", national 2015; "中国—中亚贸易畅通合作平台", jiangsu 2026):
    the region is a place the mechanism joins, as the country is (ANNOTATION rule 1)?"""
    if a < 3 or ctx.text[a - 1] not in _DASHES:
        return False
    return any(ctx.text.endswith(c, 0, a - 1) for c in lexicons.words("countries.txt"))


def _world_place_follows(ctx: SentenceContext, b: int) -> bool:
    """Does another world region follow the one ending at b, as the next item of a list written
    without a mark ("加密南亚东南亚航线", yunnan 2026)? Each is a place."""
    known = place_lexicon_pattern().match(ctx.text, b)
    return known is not None and known.group() in lexicons.word_set("world.txt") and token_starts_at(ctx, b)


def _listed_after_a_company(ctx: SentenceContext, name: str, a: int) -> bool:
    """Is the region `name` at a.. the next item of a 、-list after an organization found in the sentence
    ("支持赛力斯、长城等车企提质放量", chongqing 2026)? It is that company's peer, a trade name; not a
    country or world region, a partner beside a body ("推动与海合会、以色列等自贸区谈判")."""
    if name in lexicons.word_set("countries.txt") or name in lexicons.word_set("world.txt"):
        return False
    return ctx.text[a - 1:a] == "、" and any(m.type == ORG and m.local_end == a - 1 for m in ctx.found)


def _world_name_modifies(ctx: SentenceContext, name: str, a: int, b: int, city_follows: bool) -> bool:
    """Is the world region or city `name` at a..b a modifier in another name ("亚洲国际青少年电影展"):
    no word after it leaves it a place of its own, no city of it follows it nor country precedes it,
    no dashed country nor partner's preposition takes it as the partner?"""
    return not (_stands_alone(ctx, b) or _world_place_before(ctx, b) or city_follows
                or _city_after_its_country(ctx, name, a, b) or _partner_of_a_dashed_country(ctx, a)
                or _world_place_follows(ctx, b) or _world_partner_of_preposition(ctx, a, b)
                or _world_place_listed_before(ctx, a))


def _world_place_listed_before(ctx: SentenceContext, a: int) -> bool:
    """Does a world region or a country close the list item right before the world region at `a`
    ("对共建“一带一路”国家、非洲、欧洲出口": heilongjiang-2026-review)? An item of a list of world places
    is a place of its own, as the first is where one follows it (_world_place_follows)."""
    if a < 2 or ctx.text[a - 1] != "、":
        return False
    before = ctx.token_ending_at(a - 1)
    return before is not None and before.word in lexicons.word_set("world.txt") | lexicons.word_set("countries.txt")


def _world_partner_of_preposition(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the world region at a..b, a word of its own, the object of a partner's preposition
    (place_world_partner_before.txt: "深化与东盟交流合作", "面向东盟最大的铁路口岸"), alone or after
    other world regions listed with 、 ("对东盟、欧盟进出口")? It names the partner, a place."""
    if not aligned(ctx, a, b):
        return False
    world = lexicons.word_set("world.txt") | lexicons.word_set("countries.txt")
    while a > 1 and ctx.text[a - 1] == "、":
        before = ctx.token_ending_at(a - 1)
        if before is None or before.word not in world:
            return False
        a = before.start
    return any(ctx.text.endswith(w, 0, a) for w in lexicons.words("place_world_partner_before.txt"))


def _world_place_before(ctx: SentenceContext, b: int) -> bool:
    """Does a word that leaves a world region a place of its own follow it at `b` as a word
    (place_world_alone_after.txt: "东南亚市场", "拉美市场")?"""
    return _word_of_list_at(ctx, b, "place_world_alone_after.txt")


def _word_of_list_at(ctx: SentenceContext, b: int, lexicon: str) -> bool:
    """Does a word of `lexicon` start at `b` and end where a token ends (the end of jieba's one word
    of a name and that word, "东南亚地区", or of a word of its own)?"""
    return any(ctx.text.startswith(w, b) and token_ends_at(ctx, b + len(w)) for w in lexicons.words(lexicon))


# Verbs that name a cooperation mechanism inside an event's name ("澜沧江-湄公河合作…会议").
_EVENT_NAME_VERBS = ("合作", "交流", "友好")
# the head of a place's week, a lone token right after the place's name ("某省周": a province's or city's
# week of promotion events held elsewhere)
_PLACE_WEEK = "周"


def _place_word_before(ctx: SentenceContext, at: int) -> bool:
    """Does a division's name or short form, or a named region, end at `at` as a word of its own?"""
    before = ctx.token_ending_at(at)
    return before is not None and (before.word in lexicons.divisions_by_name() or before.word in lexicons.named_regions())


def opens_event(ctx: SentenceContext, b: int) -> bool:
    """Does the name at ..b open an event's or agreement's name ("澜沧江-湄公河合作首次领导人会议",
    "《巴黎协定》")? The words after it up to a punctuation mark or verb end in an event head."""
    text = ctx.text
    end = b
    heads = lexicons.words("event_heads.txt")
    for t in ctx.tokens:
        if t.end <= b:
            continue
        if t.start > end or end - b > PLACE_RULES.event_name_reach:
            break
        if text[min(b, t.start):t.end].endswith(heads):
            return True  # also a head jieba splits ("体育运动/会": …运动会)
        if t.word == _PLACE_WEEK and _place_word_before(ctx, t.start):
            return True  # "新加坡山东周", "上海·嘉兴周": a place's week of events abroad, the places in its name
        if t.word in "-—·－" or t.word in _EVENT_NAME_VERBS:
            end = t.end
            continue
        if any(c in PUNCT for c in t.word) or t.pos in ("p", "c", "uj") or t.word in triggers():
            break
        if t.word in lexicons.word_set("event_venue_verbs.txt"):
            break  # "在北京、上海召开…推介会": the place hosts the event, its venue, no word of its name
        end = t.end
    return False


def _org_is_branch(ctx: SentenceContext, a: int, b: int) -> bool:
    """A place that opens an organization's name, or one of its parts joined by "·", or marks its
    branch (黔江海关, 黔江·北京智库, 恒丰银行黔江支行), also right after the company's own name
    ("中国化学长三角科创中心", "华为长三角研发中心"), is still the place."""
    for m in ctx.found:
        if m.type == ORG and m.span.contains(ctx.span(a, b)):
            return (m.local_start == a and not _named_institution_alone(ctx, m, a, b) or ctx.text[a - 1:a] == "·"
                    or ctx.text[b:b + 2] in ("支行", "分行", "分公司")
                    or any(k.type == ORG and k.local_end == a and m.local_start == k.local_start for k in ctx.found))
    return False


COMPANY_HEADS = ("集团", "公司")  # the heads of a company's full name, where it says where it comes from


def province_titles_company(org: str, name: str, province: str | None) -> bool:
    """Does the province `name` open the company's full name `org` ("某省某某集团", "国网某省电力有限公司"
    is not one: the province does not open it)? It is the enterprise's registered title, no place the
    report speaks of, even where the company opens a works' name: the design pools' gold takes no
    province written only there (u62-u79: 102 of 107). A city opening it stays (_places_in_company)."""
    if not org.endswith(COMPANY_HEADS) or not org.startswith(name) or len(org) <= len(name):
        return False
    division = lexicons.find_division(name, province)
    return division is not None and division.level == "province"


def _named_institution_alone(ctx: SentenceContext, org: Mention, a: int, b: int) -> bool:
    """Is the organization a university or a company named after its province, city or country
    (place_named_institution_heads.txt), standing alone as a partner or investor ("与上海交通大学合作",
    "由四川长虹电器股份有限公司投资建设")? Its place is part of its own name, no place the report
    speaks of; inside a works' name ("河南科技大学开元校区") it stays one (ANNOTATION rule 8), and a
    foreign country named stays one anywhere (rule 1: "韩国现代汽车集团")."""
    name = ctx.text[a:b]
    if name in lexicons.word_set("countries.txt") and name != "中国":
        return False
    if province_titles_company(org.text, name, ctx.doc.own.province):
        return True  # "某省某某集团智能工厂": the enterprise's registered title, also inside a works' name
    return any(h in org.text for h in lexicons.words("place_named_institution_heads.txt")) \
        and _stands_alone(ctx, org.local_end)


@functools.lru_cache(maxsize=1)
def _place_suffix_pattern() -> re.Pattern[str]:
    """A head of place_suffixes.txt whose last character opens no word of place_suffix_word_tails.txt
    ("双江湖区域": 湖区 fails there and the match falls back to 湖)."""
    tails = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in lexicons.words("place_suffix_word_tails.txt"))
    return re.compile(f"(?:{alternation_pattern(lexicons.words('place_suffixes.txt'))})(?!{tails})")


@functools.lru_cache(maxsize=1)
def _stem_limits() -> dict[str, int]:
    return {w: int(n) for w, n in lexicons.mapping("place_suffixes.txt").items() if n.isdigit()}


@functools.lru_cache(maxsize=1)
def _heads_after_a_place() -> frozenset[str]:
    """Heads that make a place only after a known one ("广东自贸试验区"), never after a common word."""
    return frozenset(w for w, n in lexicons.mapping("place_suffixes.txt").items() if n == "place")


@functools.lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[str, ...]:
    """The same heads, the longest first (the longest head wins, whatever the hash seed)."""
    return lexicons.longest_first(_heads_after_a_place())


# Settlement toponym heads (堡, 塘, 渡…), also the first character of common words (关系, 岗位,
# 塘坝): a name must end there as a word, or open a facility's name.
_WORD_BOUND_HEADS = lexicons.characters("place_settlement_heads.txt")
# One-character heads of natural and settlement toponyms (河, 山, 坪; 堡, 塘, 渡…): a name of
# two or three characters before them, glued ("罗家堡水库" holds 罗家堡).
TOPONYM_HEADS = NATURAL_SUFFIXES + _WORD_BOUND_HEADS


@functools.lru_cache(maxsize=None)
def _not_names_ending_in(suffix: str) -> tuple[str, ...]:
    """The not-names longer than a head of more than one character that end in it ("国控断面" for 断面)."""
    if len(suffix) < 2:
        return ()
    return tuple(w for w in lexicons.words("not_names.txt") if len(w) > len(suffix) and w.endswith(suffix))


# the heads of a town's, a township's and a village's name
_SETTLEMENT_LEVEL_HEADS = "镇乡村"


@functools.lru_cache(maxsize=None)
def _settlement_kinds_ending_in(suffix: str) -> tuple[str, ...]:
    """The not-names of two characters or more that end in a settlement's head of one character
    ("小城镇", "城镇" for 镇; "整村" for 村): kinds of settlement, no name's end of their own."""
    if suffix not in _SETTLEMENT_LEVEL_HEADS:
        return ()
    return tuple(w for w in lexicons.words("not_names.txt") if len(w) >= 2 and w.endswith(suffix))


def _settlement_then_its_kind(name: str, suffix: str) -> bool:
    """Does `name` end with a kind of settlement (not_names.txt: 小城镇, 城镇, 整村) right after a
    settlement's name or kind ("某某镇小城镇建设", "贫困村整村推进")? The settlement before is the
    place (found by its own rule), the kind after it names nothing; a town whose name ends in a
    kind's characters ("某城镇", "某乡镇") has no settlement's head before them."""
    return any(name.endswith(w) and len(name) > len(w) and name[-len(w) - 1] in _SETTLEMENT_LEVEL_HEADS
               for w in _settlement_kinds_ending_in(suffix))


@functools.lru_cache(maxsize=1)
def _common_tails_of(not_names: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in not_names if len(w) >= 2 and w[-1] in TOPONYM_HEADS)


def _numeral_opening_name(ctx: SentenceContext, start: int) -> int:
    """Where a toponym starts whose first character is a numeral jieba cut off as a word of its own
    ("、七/峰山/旅游景区": 七峰山): the numeral, when it opens a list's item or a clause (so it counts
    nothing before the name), else `start`."""
    text = ctx.text
    numeral = ctx.token_ending_at(start)
    if numeral is None or numeral.pos != "m" or len(numeral.word) != 1 or numeral.word not in CN_NUMERALS:
        return start
    before = start - 1
    return before if before == 0 or text[before - 1] in _LIST_JOINERS + RELATION_CLAUSE_MARKS else start


def _numeral_opening_toponym(ctx: SentenceContext, start: int) -> int:
    """Where a toponym word starts whose first character is a numeral jieba cut off: where the numeral
    opens a clause or a list's item (_numeral_opening_name), or follows a place found, whose feature
    the toponym names ("韶关|三|女湖水库": the numeral counts nothing, a city's name is no count's
    noun); else `start`."""
    opened = _numeral_opening_name(ctx, start)
    if opened != start:
        return opened
    numeral = ctx.token_ending_at(start)
    if numeral is None or numeral.pos != "m" or len(numeral.word) != 1 or numeral.word not in CN_NUMERALS:
        return start
    placed = any(k.type == PLACE and k.local_end == start - 1 for k in ctx.found)
    return start - 1 if placed else start


def _names_after_cut(stem: str, suffix: str) -> bool:
    """Does what follows another place still name one: a proper stem ("舟白渡"), or one character
    before a toponym head ("桐坪", "两河"), not a common word ("旅游景区", "滨河")?"""
    if len(stem) == 1:
        return suffix in TOPONYM_HEADS and stem not in lexicons.characters("place_not_stems.txt")
    return is_proper(stem)


# the heads of a village's or community's name ("阳山村", "某某社区", "某某嘎查")
_VILLAGE_HEADS = ("村", "社区", "嘎查")


def _village_after_its_town(text: str, placed: list[Mention], cut: int, a: int, suffix: str) -> bool:
    """"横村镇阳山村": a village or community named right after its town, whatever its words (the
    kinds are refused later)."""
    if suffix not in _VILLAGE_HEADS or not 2 <= a - cut <= 3:
        return False
    return any(k.local_end == cut and k.text.endswith(lexicons.TOWN_SUFFIXES) for k in placed)


def _lists_modes(stem: str) -> bool:
    """Is the stem before a head two or more characters that each stand for a mode of transport or a
    domain (place_mode_characters.txt: "公铁" of 公铁海, "空陆数" of 空陆数海)?"""
    return len(stem) >= 2 and all(c in lexicons.characters("place_mode_characters.txt") for c in stem) and not _known_place(stem)


def _village_word_after_its_town(ctx: SentenceContext, known: list[Mention], a: int, b: int, suffix: str) -> bool:
    """Does the village head at a..b end a word right after a town found, two or three characters on
    ("河上镇东山村": jieba's 山村, a mountain village, is here the end of the village 东山村)?"""
    return token_ends_at(ctx, b) and any(_village_after_its_town(ctx.text, known, k.local_end, a, suffix)
                                         for k in known if k.local_end < a)


@component("suffix_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_suffixes.txt"))
def extract_suffix_places(ctx: SentenceContext) -> list[Mention]:
    """Towns, villages, rivers, mountains and scenic areas by their heads (金溪镇, 阿蓬江, 神龟峡),
    also where the place opens a facility's name (罗家堡水库, 武陵山机场: ANNOTATION rule 8): the
    name before the head must hold a proper name, not just common words ("绿色矿山"). A place
    that follows another one is cut from it ("正阳桐坪", "阿蓬江两河断面")."""
    out: list[Mention] = []
    known = [m for m in ctx.found if m.type == PLACE]
    for m in _place_suffix_pattern().finditer(ctx.text):
        a, b = m.span()
        suffix = m.group()
        whole = _toponym_holding_head(ctx, a, b)
        if whole is not None:
            # "阿拉山口综合保税区": the head is inside a place's name kept whole (阿拉山口) and ends no
            # name (no 阿拉山); far from Xinjiang, where the lexicon rule refuses a county's short form as
            # a likely homonym, the division's name around it is the place the head would have claimed
            if whole.word in lexicons.divisions_by_name() \
                    and lexicons.find_division(whole.word, ctx.doc.own.province) is None \
                    and not ctx.taken(whole.start, whole.end, (PLACE, ORG)) \
                    and not any(o.span.bounds == (whole.start, whole.end) for o in out):
                out.append(ctx.mention(PLACE, whole.start, whole.end, source="suffix"))
            continue
        if not (_head_ends_a_name(ctx, a, b, suffix) or _village_word_after_its_town(ctx, known, a, b, suffix)) \
                or _opens_word_after_water(ctx, a, b, suffix) or _course_across_water(ctx, a, suffix) \
                or head_in_a_set_phrase(ctx.text, a, b) or suffix in lexicons.TOWN_SUFFIXES and _titles_a_town(ctx, b):
            continue  # (the last: "获评“世界长寿乡”称号", an honour written like a town)
        names_here, before = _place_before_head(ctx, known + _landforms_naming_areas(out, suffix), a, suffix)
        if not names_here:
            continue
        bounds = _stem_bounds(ctx, a, b, suffix, before, known + out)
        if bounds is None:
            continue
        start, cut = bounds
        if a - _past_road_number(ctx.text, start) >= 2:
            start = _past_road_number(ctx.text, start)  # "国道218线石门滩": 石门滩
        start = _start_past_a_classifier(ctx, _numeral_opening_name(ctx, start), b)
        start = _start_past_partner_forms(ctx.text, start, b)
        if _landform_after_a_division(ctx, known, start, a, suffix) or _paired_words(ctx.text[start:b]):
            continue  # "某某县沙漠旅游度假区": the county is the place; "统筹治城治乡": a slogan of paired words
        if suffix == "片区":
            start = _past_a_zone_head(ctx, _zone_designation_start(ctx, start), a)
        if suffix in _heads_after_a_place() and hub_being_built(ctx, start, b):
            continue  # "加快建设南宁北站,", "湛江粤西机场迁建工程": the hub is the works, its city the place
        if _renewed_own_area(ctx, start, b) or _names_a_person(ctx, start, b) or _whole_of_a_place(ctx, known, a) \
                or abbreviated_route(ctx, start, b) or _one_character_after_a_township(ctx, known, a) or _lists_modes(ctx.text[start:a]):
            continue  # "现代化新宁海建设": a slogan's own area; "区长王少峰": a person; "白洋淀全流域": all of it; "“公铁海”联运": modes
        if suffix in lexicons.word_set("place_water_area_heads.txt") and _water_found_before(known + out, start, a):
            continue  # "浏阳河流域综合治理": the river found is the place, its basin no name of its own
        if start > 0 and ctx.text[start - 1] == "至" and _before_route_modifiers(ctx.text, start, b) < b:
            continue  # "至甲乙沿江高速", "至甲乙过江通道": a route's end and its course, no river (route_places)
        if _stem_names_a_place(ctx, start, a, b, suffix, before, cut) and _clear_of_places(ctx, start, b, known, out):
            # a place named by a head holds the places it is named after (ANNOTATION rule 8: 舟白渡
            # in "黔江河舟白渡断面", 太行 in "太行水镇")
            if suffix == "片区":
                start = _designation_title_start(ctx, start)
            if suffix in lexicons.word_set("place_designation_kinds.txt") and _after_a_dashed_place(ctx, known + out, start):
                continue  # "岳麓山—橘子洲风景名胜区": the area is named after both (zone_places), not the second alone
            end = a if suffix in lexicons.word_set("place_area_word_tails.txt") else b  # "台湾地区": 台湾
            out.append(ctx.mention(PLACE, start, end, source="suffix", composite=True))
    return _settlements_whole(ctx, out)


def _paired_words(name: str) -> bool:
    """Is `name` two words of two characters that open with the same character ("治城治乡", "老城老街",
    "古镇古村")? The genre pairs such words in slogans (A城A乡: the city and the countryside alike); a set
    counted by a numeral ("三河三湖") is a name, and so is a name the divisions hold ("乌兰乌德" is no
    head's find)."""
    return len(name) == 4 and name[0] == name[2] and name[1] != name[3] and name[0] not in CN_NUMERALS


def _renewed_own_area(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] 新 and then the report's own area's name, full or short, whose last character
    the head matched ("七个新青山" in 青山区's report, "新宁海建设" in 宁海县's)? The report's slogan of its
    area made new, not a feature named by that head; elsewhere such a name may be a quarter's ("新梅江"
    in Tianjin, not 梅江区)."""
    own = ctx.doc.own.division
    return own is not None and ctx.text[start:start + 1] == "新" and ctx.text[start + 1:b] in (own.name, own.short)


def _landform_after_a_division(ctx: SentenceContext, known: list[Mention], start: int, a: int, suffix: str) -> bool:
    """Is the stem text[start:a] a division's full name, with its kind, or a town found, and the head
    a landform's common noun (text_natural_suffixes.txt, place_landform_word_heads.txt)? A full
    name with its kind ends a name: "某某镇高原", "某某市山" describe its land and name no place."""
    if not is_landform_noun(suffix):
        return False
    stem = ctx.text[start:a]
    if stem in _full_division_names():
        return True  # a division's full name, not its short form
    return len(stem) >= 3 and stem.endswith(lexicons.TOWN_SUFFIXES) \
        and any(k.local_start == start and k.local_end == a for k in known)


def _settlements_whole(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The places found by their heads but a feature cut from a settlement's name by its head: where
    a settlement head (place_settlement_heads.txt) follows a natural head and both names were found
    ("某洞堡": 某洞 and 某洞堡), the settlement is the name written, the cave no place of its own."""
    longer = {(m.local_start, m.local_end) for m in found}
    return [m for m in found if not (m.text[-1] in NATURAL_SUFFIXES and ctx.text[m.local_end:m.local_end + 1] in _WORD_BOUND_HEADS
                                     and (m.local_start, m.local_end + 1) in longer)]


def _water_found_before(places: list[Mention], start: int, a: int) -> bool:
    """Is a water of three characters or more found that ends at a, the start of a basin's head, and
    starts in the stem text[start:a] ("浏阳河" before 流域)? A great river's basin of two
    characters ("长江流域", "东江流域") is a region the genre names as such, and the river's short
    name alone may be a homonym resolution does not keep."""
    return any(m.local_end == a and start <= m.local_start <= a - 3 for m in places)


def _landforms_naming_areas(out: list[Mention], suffix: str) -> list[Mention]:
    """The places this rule found before a scenic area's head (`place_designation_kinds.txt`:
    景区, 风景区, 旅游区): "乌龙山大峡谷景区" names the area after the canyon found at 峡谷, and
    the area holds it (ANNOTATION rules 3 and 8), as it holds a place found by another rule
    ("芙蓉镇景区")."""
    return out if _names_scenic_area(suffix) else []


def _names_scenic_area(suffix: str) -> bool:
    return suffix in lexicons.word_set("place_designation_kinds.txt")


@functools.lru_cache(maxsize=1)
def _designation_kinds() -> tuple[str, ...]:
    return lexicons.words("place_designation_kinds.txt")


def _names_a_person(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a person's name: two or three characters right after a title or role
    ("区长王少峰", "区委书记李晓峰", "记者邢广利"; `place_person_titles.txt`), right before 同志
    (`place_person_after.txt`) or before an office ("王东峰书记", "李晓峰区长";
    `place_person_titles_after.txt`, not after a town's or village's name: "李家村书记"), and no
    division or town of that name?"""
    text = ctx.text
    if (_title_inside(ctx, start, b) or _in_a_spaced_list_of_names(ctx, start, b)
            or _signed_under_a_title(ctx, start, b)):
        return True
    name = text[start:b]
    if not 2 <= len(name) <= PLACE_RULES.person_name_max or not all(CJK.match(c) for c in name):
        return False
    if not (text.endswith(lexicons.words("place_person_titles.txt"), 0, start)
            or text.startswith(lexicons.words("place_person_after.txt"), b)
            or text.startswith(lexicons.words("place_person_titles_after.txt"), b)
            and not name.endswith(lexicons.TOWN_SUFFIXES + _VILLAGE_HEADS)):
        return False
    return lexicons.find_division(name, ctx.doc.own.province) is None and name not in ctx.doc.own.towns


def _title_inside(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the stem run over a title into the two or three characters of a name that the head
    ends ("链长周振海": 链长 then 周振海; `place_person_titles.txt`)? A place's stem holds no office."""
    text = ctx.text
    titles = lexicons.words("place_person_titles.txt")
    return any(2 <= b - k <= PLACE_RULES.person_name_max and text.endswith(titles, start, k)
               and all(CJK.match(c) for c in text[k:b]) for k in range(start + 2, b - 1))


def _in_a_spaced_list_of_names(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the name end one of a run of names written apart by spaces right after a title ("记者 甲
    乙 丙", "记者:甲 乙丙", a byline; `place_person_titles.txt`; the layout's spaces: `Source.spaced`):
    the stem's last piece after a space, each item before it two or three characters, the first
    right after the title (and its colon)?"""
    text, spaced = ctx.text, ctx.doc.source.spaced
    frame = ctx.span(start, start + 1).start - start
    titles = lexicons.words("place_person_titles.txt")
    i = max((k for k in range(start, b - 1) if frame + k in spaced), default=start)
    for n in range(PLACE_RULES.spaced_names_max):
        if i == 0 or frame + i not in spaced:
            k = i - 1 if text[i - 1:i] == ":" else i
            return n > 0 and text.endswith(titles, 0, k)
        j = i
        while i > 0 and CJK.match(text[i - 1]):
            i -= 1
            if frame + i in spaced:
                break
        item = text[i:j]
        if item.endswith(titles):
            return True
        if not 2 <= len(item) <= PLACE_RULES.person_name_max:
            return False
    return False


def _signed_under_a_title(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is the name the whole of its sentence, right after a sentence that is a title alone ("省长"
    then "某某": the signature lines under a report's heading; `place_person_titles.txt`)?"""
    if start != 0 or b != len(ctx.text) or not 2 <= b <= PLACE_RULES.person_name_max:
        return False
    i = ctx.sentence.index
    if i == 0:
        return False
    before = ctx.doc.sentences[i - 1].text.strip()
    return before in lexicons.word_set("place_person_titles.txt") or before.endswith(
        lexicons.words("place_person_titles.txt")) and len(before) <= PLACE_RULES.signature_title_max


def _one_character_after_a_township(ctx: SentenceContext, known: list[Mention], a: int) -> bool:
    """Is the head at a.. (乡, 镇) one character after a township found ("某某乡场镇完善配套", "某某乡
    通乡油路")? The character and the head are a common word after the township's name (场镇: its
    seat; 通乡: reaching it), no second town named by one character."""
    heads = lexicons.words_of_kind("place_township_kinds.txt")
    return any(k.local_end == a - 1 and k.text.endswith(heads) and len(k.text) > 2 for k in known)


def _whole_of_a_place(ctx: SentenceContext, known: list[Mention], a: int) -> bool:
    """Is the head at a.. right after a scope word (`place_scope_before_heads.txt`) that follows a
    place found ("白洋淀全流域", "汾河全流域")? The head then speaks of all of that place."""
    for w in lexicons.words("place_scope_before_heads.txt"):
        if ctx.text.endswith(w, 0, a) and any(k.local_end == a - len(w) for k in known):
            return True
    return False


def hub_being_built(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the hub or zone at a..b itself the works the sentence builds: the object of a verb of
    building that ends there ("加快建设南宁北站,"), or named with the works on it
    ("湛江粤西机场迁建工程"), or with the works that enlarge it ("启动郑州新郑国际机场三期工程":
    _hub_enlarged); not where a bare phase of it or a part only it has is spoken of ("广州白云机场三期、
    深圳宝安机场第三跑道建成投用": the hub stands there, a place)?"""
    text = ctx.text
    if _airport_worked_on(ctx, a, b):
        return False  # "完成长沙机场改扩建工程竣工验收", "延吉机场迁建": the airport stands, a place in its works' name
    if text.startswith(lexicons.words("place_hub_works.txt") + lexicons.words("place_hub_stages.txt"), b) \
            or _hub_enlarged(ctx, a, b):
        return True  # "某某北站投入使用": the works opening the hub
    builds = lexicons.word_set("build_words.txt")
    built = any(t.end == a and (t.word in builds or t.word[-2:] in builds) for t in ctx.tokens)
    # a list mark may join hubs that share a works' head ("建成深圳北站、湛江西站综合交通枢纽")
    return built and (b >= len(text) or text[b] in ",;。等")


def _airport_worked_on(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the airport at a..b named with works on it as it stands, after an optional phase
    (place_airport_standing_works.txt: "长沙机场改扩建工程", hunan 2026; "义乌机场改扩建", zhejiang 2026;
    "延吉机场迁建", "长春龙嘉机场三期扩建", jilin 2026; "武宿机场三期改扩建", sx)? The airport is a place
    in the works' name (ANNOTATION rules 2 and 8: the works is a project of its own); a new one
    ("南通新机场工程") is the works."""
    text = ctx.text
    if not text.endswith("机场", a, b) or text.endswith("新机场", a, b):
        return False
    phase = PHASE.match(text, b)
    return text.startswith(lexicons.words("place_airport_standing_works.txt"), phase.end() if phase else b)


def _hub_enlarged(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the transport hub at a..b (an airport or station: place_hub_heads.txt) named with the works
    that enlarge or rebuild it, after an optional phase ("合肥新桥国际机场二期工程", "包头机场改扩建
    工程", "贵阳北站综合交通枢纽": place_hub_enlargement_works.txt)? Not a port: one named after its
    town stays a place in its works' name ("永川港区朱沱港二期工程", "南沙港五期")."""
    text = ctx.text
    heads = lexicons.words("place_hub_heads.txt")
    if not text.endswith(heads, a, b):
        return False
    phase = PHASE.match(text, b)  # a phase of works on a hub, written before the works ("二期", "2期")
    if text.startswith(lexicons.words("place_hub_enlargement_works.txt"), phase.end() if phase else b):
        return True
    # hubs listed before the one the works' name closes share its works ("深圳北站、湛江西站综合交通枢纽")
    if text[b:b + 1] != "、":
        return False
    for end in range(b + 3, min(len(text), b + 1 + PLACE_RULES.listed_hub_chars) + 1):
        if not all_cjk(text[b + 1:end]):
            return False
        if text.endswith(heads, b + 1, end):
            return _hub_enlarged(ctx, b + 1, end)
    return False


def _zone_designation_start(ctx: SentenceContext, start: int) -> int:
    """Where a zone's sub-area name starts: before the zone's designation that opens it
    ("自贸区福州片区", "国家自主创新示范区福州片区"), else at `start`."""
    designations = lexicons.words("place_zone_designations.txt")  # longest first
    found = next((d for d in designations if ctx.text.endswith(d, 0, start)), None)
    return start - len(found) if found and token_starts_at(ctx, start - len(found)) else start


def _past_a_zone_head(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a quarter's name starts when its stem text[start:a] opens with the head that closes the
    zone's name before it ("青禾新区|白鹭片区", "某某高新区|某某片区": the zone is a place, its quarter
    another, named by its own words), else `start`. Not a head written alone, the whole stem."""
    if start == 0 or not CJK.match(ctx.text[start - 1]):
        return start
    head = next((h for h in zone_heads.heads_of_a_zone_named_after() if ctx.text.startswith(h, start)), None)
    return start + len(head) if head is not None and a - start - len(head) >= 2 else start


def _designation_title_start(ctx: SentenceContext, start: int) -> int:
    """Where a zone's name that opens with its designation starts, with the designation's full title
    before it: "中国(浙江)" of "中国(浙江)自由贸易试验区舟山片区" (the country and its province);
    `start` where there is none."""
    titled = _COUNTRY_TITLED_PROVINCE.search(ctx.text, max(0, start - 8), start)
    return titled.start() if titled is not None and titled.end() == start else start


# a national designation's title before it: the country, then its province in brackets
# ("中国(浙江)自由贸易试验区"); the country there is a part of the title, no place spoken of (rule 1)
_COUNTRY_TITLED_PROVINCE = re.compile(rf"中国\([{CJK_CHARS}]{{2,3}}\)")


def _country_opens_a_dashed_name(ctx: SentenceContext, b: int) -> bool:
    """Does the "中国" ending at b open a bilateral body's, platform's or event's name, a dash, the
    partner and words up to a head of place_dashed_name_heads.txt or event_heads.txt before any
    punctuation ("中国—中亚贸易畅通合作平台", "中国—中亚峰会成果清单")? Not a mechanism or zone named
    so ("中国—东盟自贸区3.0版建设", "深化中国—中亚农业创新合作"): the gold takes 中国 there."""
    text = ctx.text
    if text[b:b + 1] not in _DASHES:
        return False
    heads = lexicons.words("place_dashed_name_heads.txt") + lexicons.words("event_heads.txt")
    end = b + 1
    while end < len(text) and end - b <= PLACE_RULES.dashed_name_reach and text[end] not in PUNCT:
        end += 1
        if end in ctx.token_end_set and text.endswith(heads, b, end):
            return True
    return False


def _country_opens_a_ranking_title(text: str, b: int) -> bool:
    """Does the "中国" ending at b open a ranking's title, its head (place_ranking_title_heads.txt)
    a few characters on before any punctuation ("在中国西部百强县(市)的位次", "中国百强产业集群")?
    The country is the ranking's scope, a title's word (ANNOTATION decision 1), not a place spoken of."""
    end = b
    while end < len(text) and end - b < PLACE_RULES.ranking_title_reach and text[end] not in PUNCT:
        if text.startswith(lexicons.words("place_ranking_title_heads.txt"), end):
            return True
        end += 1
    return False


def _country_in_a_name(text: str, a: int) -> bool:
    """Is the "中国" at `a` a company's China entity, bracketed after its name ("某某(中国)有限公司")?
    It speaks of the company, not of the country (ANNOTATION decision 1). (A ranking's scope,
    "中国500强", is left: guangdong-2026's gold takes 中国 there.)"""
    return a >= 2 and text[a - 1] == "(" and text[a + 2:a + 3] == ")" and CJK.match(text[a - 2]) is not None


# parts of speech of common words (nouns, idioms, verbs, adjectives), not of names
_COMMON_WORD_POS = frozenset({"n", "i", "l", "v", "vn", "a"})
# jieba's tags of a proper name before a head: a place's (ns), and one it often tags a person's or
# another proper noun's ("博鳌/nr", "世茂/nr")
_PROPER_NAME_POS = frozenset({"ns", "nr", "nz"})


@functools.lru_cache(maxsize=1)
def _indicators_opened_by_heads() -> tuple[str, ...]:
    """The indicators' names (indicators.txt) that open with a place's head ("地区生产总值": 地区)."""
    heads = lexicons.words("place_suffixes.txt")
    return tuple(sorted(f for f in lexicons.synonyms("indicators.txt") if f.startswith(heads)))


def _head_opens_an_indicator(text: str, a: int) -> bool:
    """Does the head at `a` open an indicator's name ("西藏地区生产总值": 西藏 and 地区生产总值, not
    a place 西藏地区)?"""
    return text.startswith(_indicators_opened_by_heads(), a)


def _head_opens_a_foreign_place(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the one-character head at a..b open a word jieba keeps whole that is a country or a
    world place of the lexicons ("河内", "海防"), so the head is the foreign name's first character?"""
    opening = ctx.token_starting_at(a)
    return opening is not None and opening.end > b and (
        opening.word in lexicons.word_set("world.txt") or opening.word in lexicons.word_set("countries.txt"))


# the parts of speech of a brand's or a person's word (jieba's nz, nr: "杭州海康机器人"), left to the rules
# of companies' names, which read the place before the brand
_BRAND_POS = ("nz", "nr")


def _head_ends_a_name(ctx: SentenceContext, a: int, b: int, suffix: str) -> bool:
    """Can the head at a..b end a place's name? It ends a word, or is a one-character toponym head
    glued to the facility it opens ("罗家堡水库"), not the start of a common word ("关系")."""
    text = ctx.text
    if street_follows(ctx, b):
        return False  # "巴彦托海路": a street named after a place, not the place
    if _head_opens_an_indicator(text, a):
        return False  # "西藏地区生产总值": the head opens the indicator's name
    if text[b:b + 1] == "级":
        return False  # "新建村级综合文化服务中心": 村级 is a level (village-level), no village 新建村
    if _names_a_breed(ctx, b):
        return False  # "某山羊品牌": a breed's name, as "蒙古牛" (lexicon_places), no mountain
    if len(suffix) == 1 and _in_a_water_pair(ctx, a, b):
        return False  # "安庆江海联运枢纽", "万吨级江海船舶": waters in general, no 安庆江 nor 安庆江海
    if len(suffix) == 1 and _closes_parallel_waters(ctx, a):
        return False  # "通江达海", "大江大河": a set phrase of waters in general, no name
    opening = ctx.token_starting_at(a)  # the one token starting at a, if any (tokens do not overlap)
    if len(suffix) == 1 and opening is not None and len(opening.word) == 2 and (
            opening.pos in ("s", "f") or opening.word[1] in "东西南北"):
        return False  # "电商加海外仓", "新区河东部分": the head opens a word of position ("海外", "河东")
    if len(suffix) == 1 and opening is not None and opening.end > b and opening.pos == "ns" and opening.end < len(text) \
            and text[opening.end] in lexicons.characters("place_settlement_heads.txt") + NATURAL_SUFFIXES:
        return False  # "华彩海口湾": the head opens a toponym ("海口") whose own head follows
    if inside_a_word_naming_none(text, a, b):
        return False  # "绿水青山变金山银山": the head ends a piece of a phrase of not_names.txt, no name
    if suffix in lexicons.word_set("place_word_opening_heads.txt") and opening is not None and opening.end > b \
            and opening.pos not in _BRAND_POS:
        return False  # "“丝路海运”", "自贸试验区海洋经济": 海 opens a common word, it ends no sea's name
    if len(suffix) == 1 and _head_opens_a_foreign_place(ctx, a, b):
        return False  # "越南河内经济走廊": 河 opens the city 河内 after its country, no river "越南河"
    if len(suffix) == 1 and (_head_opens_a_kept_word(ctx, a, b) or a > 0 and text[a - 1] in NATURAL_SUFFIXES
                             and _head_opens_a_kept_word(ctx, a - 1, a)):
        return False  # "某市海鲜", "厦门海峡国际会展中心": the head opens (or, after another head, ends) a word jieba keeps whole after a name
    freq = tokenizer_tags().tokenizer.FREQ
    if len(suffix) == 1 and opening is not None and opening.end > b and opening.pos in _COMMON_WORD_POS \
            and _common_word(opening.word):
        return False  # "巴安水务海水淡化": the head opens a common word ("海水") after a common one
    last = ctx.token_reaching(b)
    if last is not None and last.start < a and last.pos in _COMMON_WORD_POS and (
            last.end > b or last.end == b and freq.get(last.word)):
        return False  # "湖光山色", "储气调峰": the head is inside or ends a common word
    if len(suffix) == 1 and last is not None and last.start < a and last.end > b and len(last.word) >= 4 and freq.get(last.word):
        return False  # "天涯海角/nz", "青岛海尔/ns": a word of the dictionary runs on past the head, which ends no name
    if len(suffix) == 1 and last is not None and last.end == b and len(last.word) == 4 and last.word[2] == "一":
        return False  # "齐聚一堂", "汇聚一堂": a set phrase of four characters counts the head with 一
    if last is not None and last.start < a and last.pos != "ns" and _common_word(last.word):
        return False  # "氟化高峰": a common word whatever jieba tags it (高峰/nr), no toponym's end
    if b >= len(text) or token_ends_at(ctx, b) or text[b] in "和、,;。与及":
        return True
    if not (suffix in TOPONYM_HEADS and CJK.match(text[b:b + 1] or "a")):
        return False
    if opening is not None and opening.end - opening.start >= 3:
        return False  # the head opens another name ("城北/海拉尔河"): no name ends here
    if text[b] in lexicons.characters("place_feature_parts.txt"):
        return False  # a part of the feature ("河堤", "山区") follows: not the feature's name
    # "医患关系", "公益性岗位": a settlement head must open a facility's name
    return suffix not in _WORD_BOUND_HEADS or bool(project_head_pattern().match(text, b))


def _toponym_holding_head(ctx: SentenceContext, a: int, b: int) -> Token | None:
    """The word that holds the head at a..b inside it, neither opening nor ending with it, where that
    word is a division's full or short name or a named region of the lexicons, kept whole by jieba
    ("阿拉山口" holds 山, "沙河口" and "石河子" hold 河): the place's whole name, not a name ending in
    the head ("阿拉山"); None where no such word holds it."""
    t = ctx.token_reaching(b)
    if t is None or not (t.start < a and t.end > b):
        return None
    return t if t.word in lexicons.divisions_by_name() or t.word in lexicons.named_regions() else None


def _head_opens_a_kept_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the one-character head at a..b open a word of two characters that jieba keeps whole,
    right after a place's name that ends at the head ("某市/海鲜", "厦门/海峡", "丹东/海洋"): a dictionary
    word (PLACE_RULES.head_word_min_freq) that is no place of our lexicons, so that the name before
    it is a trade's or a product's ("海鲜市场", "海峡国际会展中心"), not a sea's or a lake's? A longer
    dictionary word opening with such a word counts as it ("某县/海洋渔业": 海洋)."""
    word = ctx.token_starting_at(a)
    before = ctx.token_ending_at(a)
    if word is None or word.end < b + 1 or before is None:
        return False
    if (before.pos not in _PROPER_NAME_POS or len(before.word) < 2) and before.word[-1] not in lexicons.characters("place_island_heads.txt"):
        return False  # not after a proper name, nor after an island's head ("秀山/岛/海岛公园")
    freq = tokenizer_tags().tokenizer.FREQ
    if word.end > b + 1 and not freq.get(word.word):
        return False  # a longer word the HMM put together ("河流域"?): no dictionary word to go by
    opening = ctx.text[a:b + 1]
    if opening in lexicons.divisions_by_name() or opening in lexicons.named_regions():
        return False  # "海口", "海南": a place's own name opens there
    nxt = ctx.token_starting_at(word.end)
    if word.end == b + 1 and nxt is not None and len(nxt.word) == 1 and CJK.match(nxt.word):
        return False  # "南沟/河水/体": a lone character after it, the word is a mis-cut (水体)
    return (freq.get(opening) or 0) >= PLACE_RULES.head_word_min_freq


def _place_before_head(ctx: SentenceContext, known: list[Mention], a: int, suffix: str) -> tuple[bool, Mention | None]:
    """(may the head at `a` name a place here, the known place before it that names it). A known
    place right before the head names it: 黔江 + 河, 阿蓬江 + 镇; so does a river with its reach
    before an area's head ("白洋淀上游流域", "长江中游地区"); a hub's head needs one, and takes the
    places that run together before it ("广州白云机场")."""
    text = ctx.text
    reaches = lexicons.word_set("place_reaches.txt")
    before = next((k for k in known if k.local_end == a or k.local_end == a - 2 and text[a - 2:a] in reaches
                   and suffix in ("流域", "地区")), None)
    if before is not None and suffix == "地区" and before.local_end == a:
        return False, before  # "粤北地区" is 粤北, already found
    if suffix in _heads_after_a_place():
        if before is None:
            before = _city_before_airport_site(ctx, known, a, suffix)
        if before is None or before.local_end != a and not _airport_site(ctx, before.local_end, a, suffix):
            return False, before
        while (prev := next((k for k in known if k.end == before.start), None)) is not None:
            before = prev
    return True, before


def _city_before_airport_site(ctx: SentenceContext, known: list[Mention], a: int, suffix: str) -> Mention | None:
    """The city found right before the site's name of an airport whose head is at a ("赣州|黄金|机场"),
    or None."""
    if suffix not in _airport_heads():
        return None
    return next((k for k in known if k.local_end == a - PLACE_RULES.airport_site_chars
                 and _airport_site(ctx, k.local_end, a, suffix)), None)


def _airport_site(ctx: SentenceContext, s: int, a: int, suffix: str) -> bool:
    """Is text[s:a], between a city and an airport's head, the airport site's name: one word of
    PLACE_RULES.airport_site_chars characters (or the front of one jieba glued to the head: "天河机场"),
    no verb, adjective or function word, nor a kind of airport ("支线机场")?"""
    site = ctx.text[s:a]
    if suffix not in _airport_heads() or len(site) != PLACE_RULES.airport_site_chars or not all(CJK.match(c) for c in site):
        return False
    if site in lexicons.words_of_kind("place_site_named_hub_heads.txt", "kind"):
        return False
    word = ctx.token_starting_at(s)
    if word is None or word.end not in (a, a + len(suffix)) or word.pos.startswith(_NOT_SITE_POS):
        return False
    # a port's site is a proper name ("韩国|某浦港"), not a kind or a brand ("晋江|陆地港", "常州|环球港")
    return suffix not in _proper_site_heads() or word.pos in _PROPER_POS


# parts of speech of a word that names no airport's site ("新建", "民用", "最大")
_NOT_SITE_POS = ("v", "a", "b", "d", "p", "c", "u", "m", "r", "f", "t")


@functools.lru_cache(maxsize=1)
def _airport_heads() -> frozenset[str]:
    """The heads of hubs named by their city and their site (place_site_named_hub_heads.txt: 机场, 港)."""
    return frozenset(lexicons.words_of_kind("place_site_named_hub_heads.txt")) | _proper_site_heads()


@functools.lru_cache(maxsize=1)
def _proper_site_heads() -> frozenset[str]:
    """The heads of those hubs whose site must be a proper name (place_site_named_hub_heads.txt, "proper_site": 港)."""
    return frozenset(lexicons.words_of_kind("place_site_named_hub_heads.txt", "proper_site"))


# conjunctions that join two names of a list ("A和B", "A与B", "A及B")
_CONJUNCTIONS = lexicons.roles("joining_words.tsv")["and"]


@functools.lru_cache(maxsize=1)
def _water_heads() -> str:
    return lexicons.characters("place_water_heads.txt")


def _in_a_water_pair(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the one-character head at a..b one of a word jieba keeps whole of a river's head and the
    sea that speaks of waters in general (`place_water_pairs.txt` pair: 江海, 河海), or one of a sea
    wall's word right after a river's head (wall: "钱塘江海塘", cut 钱塘江/海塘: the river ends at 江)?"""
    word = ctx.token_reaching(b)
    if word is None:
        return False
    cue = lexicons.roles("place_water_pairs.txt")
    return word.word in cue.get("pair", ()) or (
        word.word in cue.get("wall", ()) and word.start > 0 and ctx.text[word.start - 1] in _water_heads())


def _closes_parallel_waters(ctx: SentenceContext, a: int) -> bool:
    """Does the one-character head at a close a four-character phrase that sets two waters in
    parallel (`place_parallel_waters.txt`): the first after a verb or a count ("通江达海", "拥江达海",
    "一江多湖", "清水入湖") or both after the same character ("大江大河")? Such a phrase speaks of
    waters in general; a name has no verb nor count between its parts ("庐山西海" keeps its head)."""
    text = ctx.text
    waters = lexicons.characters("place_parallel_waters.txt")
    if a < 3 or text[a] not in waters or text[a - 2] not in waters:
        return False
    between, first = text[a - 1], text[a - 3]
    if not (CJK.match(first) and CJK.match(between)):
        return False
    if _known_place(text[a - 1:a + 1]):
        return False  # "长江九江段", "汉江三河口", "东江东湖片区": the second part is a place of its own
    return first == between or tokenizer_tags().word_tag_tab.get(between) in ("v", "m")


def _known_place(name: str) -> bool:
    """Is `name` a place of the division tables (九江, 三河) or of the landforms lexicon?"""
    return name in lexicons.divisions_by_name() or name in lexicons.word_set("landforms.txt")


def _course_across_water(ctx: SentenceContext, a: int, suffix: str) -> bool:
    """Is the water's head at a.. right after a verb of a route's course (place_course_before_water.txt:
    "某某跨江大桥", "某某过江通道")? The two say where the works runs, they end no river's name."""
    return suffix in _water_heads() and a > 0 and ctx.text[a - 1] in lexicons.characters("place_course_before_water.txt")


def _opens_word_after_water(ctx: SentenceContext, a: int, b: int, suffix: str) -> bool:
    """Does the one-character head at a..b, right after a water's head, open a word of two
    characters before a works' head ("龙王河峡口大桥", "杨柳溪河口大桥", "黑水河坝子大桥")? Then the
    name is the water's (龙王河), not one ending at this head (no 龙王河峡, 杨柳溪河, 黑水河坝)."""
    if len(suffix) != 1 or a == 0 or ctx.text[a - 1] not in _water_heads():
        return False
    word = ctx.token_starting_at(a)
    return word is not None and word.end == b + 1 and bool(project_head_pattern().match(ctx.text, word.end))


@functools.lru_cache(maxsize=1)
def _works_heads() -> tuple[str, ...]:
    """The heads of works' names (project_heads.txt: 工程, 码头): one closes the item a conjunction follows."""
    return lexicons.words("project_heads.txt")


def _stem_bounds(ctx: SentenceContext, a: int, b: int, suffix: str, before: Mention | None,
                 placed: list[Mention]) -> tuple[int, int | None] | None:
    """(where the name before the head at a..b starts, where another place ended inside it if the
    name was cut there), or None when no toponym fits before the head."""
    text = ctx.text
    start = before.local_start if before is not None else _walk_to_stem(ctx, a, b, suffix)
    glued = None if before is not None else _town_glued_before(ctx, placed, start, a, suffix)
    if glued is not None:
        return glued, glued  # "关桥乡瓦窑/河村": the village begins right after its town
    limit = _stem_limits().get(suffix) or (
        PLACE_RULES.natural_stem_max if len(suffix) == 1 and suffix not in "镇乡村" else PLACE_RULES.stem_max)
    if a - start > limit and not (before is not None and _names_scenic_area(suffix)):
        # too long for a toponym (a place found before a scenic area's head is a whole name, however
        # long: "乌龙山大峡谷景区"): keep the tail that starts on a word boundary, if any
        starts = [t.start for t in ctx.tokens if a - limit <= t.start < a]
        if not starts:
            return None
        start = min(starts)
    # a place that ends inside the stem is another name: the new one begins after it
    inner = [k.local_end for k in placed if start <= k.local_start and k.local_end < a and k is not before]
    # or the town the walk began inside ("横村镇阳山村" walks back to 村镇)
    inner += [k.local_end for k in placed if k.local_start < start < k.local_end < a
              and _village_after_its_town(text, placed, k.local_end, a, suffix)]
    cut = max(inner) if inner and suffix not in _stem_limits() else None
    if cut is not None and cut > start and (_names_after_cut(text[cut:a], suffix)
                                            or any(t.start == cut and t.end == b and t.pos == "ns"
                                                   and t.word not in _not_place_words() for t in ctx.tokens)
                                            or _village_after_its_town(text, placed, cut, a, suffix)):
        start = cut  # "正阳桐坪"; "京津中关村": a place name of one word after another place
    if text[start:start + 1] in _CONJUNCTIONS and (
            a - start > 2 and any(k.local_end == start for k in placed) or _conjunction_after_works(ctx, start, a + 1)):
        start += 1  # "溪南半岛和东冲半岛", "某引水工程和甲湾水利枢纽", "廊道和宝河/nr": the conjunction joins two names
    if text[start:start + 1] == "环" and a - start >= PLACE_RULES.around_stem_min:
        start += 1  # "环南昆山": around the mountain, whose name is 南昆山
    if "至" in text[start:a]:
        start = start + text[start:a].rindex("至") + 1  # "广州东至新塘": a route's end
        cut = start
    course = _course_word_after_place(text, placed, start, a)
    if course:
        start = cut = start + len(course)  # "甲市经乙山至丙市高速公路": 经 opens the route's course, 乙山 the place
    # "百里秀美邕江", "长龙卧东湖": a describing word or a verb before a toponym of one word is no part
    # of it (a one-character adjective often is: "白沙河")
    first = next((t for t in ctx.tokens if t.start == start and (t.pos == "v" or t.pos == "a" and len(t.word) > 1)), None)
    if first is not None and any(t.start == first.end and t.end == b and t.pos == "ns" for t in ctx.tokens):
        start = cut = first.end  # the toponym's word after it is the name, however short ("邕江")
    return start, cut


def _start_past_a_classifier(ctx: SentenceContext, start: int, b: int) -> int:
    """Where the name ending at b starts when its stem opens at `start` with a classifier of one
    character ("某通河某关段滨河旅游带": 段 closes the reach before it): no name starts there, and the
    toponym's word after it, ending at the head, is the name ("滨河"); `start` otherwise."""
    opening = ctx.token_starting_at(start)
    if opening is not None and opening.pos == "q" and len(opening.word) == 1 \
            and any(t.start == opening.end and t.end == b and t.pos == "ns" for t in ctx.tokens):
        return opening.end
    return start


def _start_past_partner_forms(text: str, start: int, b: int) -> int:
    """Where the name text[start:b] starts when it opens with the one-character forms of China and
    its partner countries ("中俄某江", "中哈某山口": 中 and place_country_initials.txt) before a name of
    two characters or more: the partners' joint form qualifies the place (a border crossing of
    both), no part of its name; `start` otherwise."""
    n = start
    while n < b and text[n] in _country_forms():
        n += 1
    if n - start >= 2 and text[start] == "中" and b - n >= 2:
        return n
    return start


def _town_glued_before(ctx: SentenceContext, placed: list[Mention], start: int, a: int, suffix: str) -> int | None:
    """Where a village begins whose name jieba split, gluing its first characters to the town
    before it ("关桥乡瓦窑/河村"): the town's end, when the walk to the stem stopped at the end of
    that word and the village's name is two or three characters long."""
    for k in placed:
        if k.local_end < start and _village_after_its_town(ctx.text, placed, k.local_end, a, suffix) \
                and any(t.start < k.local_end and t.end == start for t in ctx.tokens):
            return k.local_end
    return None


def _walk_to_stem(ctx: SentenceContext, a: int, b: int, suffix: str) -> int:
    """Where a name before the head at a..b starts, with no known place before it."""
    limit = _stem_limits().get(suffix) or PLACE_RULES.head_walk_chars
    start = name_start(ctx, a, max_chars=limit, max_tokens=PLACE_RULES.head_walk_tokens)
    first = ctx.token_starting_at(start)
    if first is not None and first.end < a and start > 0 and CJK.match(ctx.text[start - 1]) \
            and first.word in lexicons.word_set("place_street_heads.txt"):
        start = first.end  # "白云山路沙河桥": a street's head closes a name, the river's starts after it
    if first is not None and first.end <= a and first.pos == "q" and ctx.text[start - 1:start].isdigit():
        # "110千伏柳岗变电站": the unit after a number is the capacity, not the name; where the head
        # opens the next word ("110千伏坪地输变电工程"), no name stands before it
        start = first.end
    if first is not None and first.word == "上" and first.pos == "f" and any(
            t.end == start and len(t.word) == 1 and t.pos in ("v", "vg", "p") for t in ctx.tokens):
        start = first.end  # "用上洮河水", "喝上黄河水": 上 completes the verb before it, no part of the name
    if start == a and a > 0:
        # the head is glued to its name inside one token ("南沟河", "神龟峡")
        tok = next((t for t in ctx.tokens if t.start < a < t.end or (t.start < a and t.end == b)), None)
        if tok is not None:
            start = tok.start
    if a - start == 1 and len(suffix) == 1:
        # "黑/羊山": a one-character adjective jieba cuts off a toponym of one character and its head
        # opens the name, as in "白沙河" (a name of one character before its head is rare)
        adjective = next((t for t in ctx.tokens if t.end == start and len(t.word) == 1 and t.pos == "a"), None)
        if adjective is not None:
            start = adjective.start
    return start


def _course_word_after_place(text: str, placed: list[Mention], start: int, a: int) -> str | None:
    """The course word of a route (place_route_course_words.txt: 经, 途经) that text[start:a] opens
    right after a place found, with a stem left after it ("甲市经乙山至…"), or None."""
    if not any(k.local_end == start for k in placed):
        return None
    return next((w for w in lexicons.words("place_route_course_words.txt")
                 if text.startswith(w, start) and a - start - len(w) >= 1), None)


def _stem_names_a_place(ctx: SentenceContext, start: int, a: int, b: int, suffix: str,
                        before: Mention | None, cut: int | None) -> bool:
    """Does the stem text[start:a] before the head name a place: a proper name or a division, not
    levels, common words or an idiom ("县镇村", "咬定青山", "绿色矿山")?"""
    text = ctx.text
    not_names = lexicons.word_set("not_names.txt")
    stem = text[start:a]
    name = text[start:b]
    if not stem or not all(CJK.match(c) for c in stem):
        return False
    if _names_something_else(ctx, start, a, b, suffix, before):
        return False
    if suffix in "镇乡村" and stem[-1] in "县乡镇圩集":
        return False  # "县镇村", "美丽圩镇": levels listed, or a kind of town
    if len(stem) > 2 and any(name.endswith(w) and len(w) >= 2 and w != suffix for w in _common_tails_of(not_names)):
        return False  # "咬定青山": a common phrase ends it
    if any(name.endswith(w) for w in _not_names_ending_in(suffix)):
        return False  # "全省国控断面": a class of the head's kind ends it, whatever scope word opens it
    if _settlement_then_its_kind(name, suffix):
        return False  # "某某镇小城镇", "贫困村整村": a settlement, then a common noun of its kind
    if len(stem) < 2 and not (cut == start and suffix in TOPONYM_HEADS):
        return False
    if name in not_names or stem in not_names:
        return False
    word = ctx.token_at(start, a)  # the stem as one word of jieba's, or None
    if word is not None and word.pos == "l":
        return False  # "逐步提高社区干部" (hailar-2013): an idiomatic phrase before the head names nothing
    if a - start >= 4 and word is not None and word.pos in ("n", "vn") and word_freq(stem):
        return False  # "渔湾生态旅游风景区": a compound common noun of the dictionary is no toponym's stem
    if before is None and cut != start and not is_proper(stem) \
            and lexicons.find_division(stem, ctx.doc.own.province) is None and not _toponym_opening_works(ctx, start, a, b, suffix) \
            and not _village_of_province(ctx, stem, suffix) and not _item_among_toponyms(ctx.text, start, b, suffix) \
            and not _feature_naming_resort(ctx, start, b, suffix):
        return False
    return not (suffix == "村" and stem[-1] in "农乡镇城中")


def _feature_naming_resort(ctx: SentenceContext, start: int, b: int, suffix: str) -> bool:
    """Is the feature text[start:b], two or three characters and a one-character toponym head, right
    before a tourist area's head (place_resort_heads.txt: "某某湾旅游区", "某某寨景区"): the place the
    area is named after, whatever its characters?"""
    return (suffix in TOPONYM_HEADS and 3 <= b - start <= 4 and token_starts_at(ctx, start)
            and ctx.text.startswith(lexicons.words("place_resort_heads.txt"), b))


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _item_among_toponyms(text: str, start: int, b: int, suffix: str) -> bool:
    """"梁子湖、汤逊湖、八分山、青龙山等景区": a name of two characters and a natural head listed, next to
    another such toponym, among toponyms is one too, though its characters are common (八分, 道吾) and
    is_proper cannot tell them from words; the list, not the characters, is the evidence."""
    if suffix not in NATURAL_SUFFIXES or b - start != 3 or not _list_closes_on_sites(text, b):
        return False
    before = start - 4 if start >= 4 and text[start - 1] == "、" else None
    after = b + 1 if text[b:b + 1] == "、" else None
    return any(_toponym_item_at(text, at) for at in (before, after) if at is not None)


def _toponym_item_at(text: str, at: int) -> bool:
    """Whether an item of three characters, two and a toponym head (湖, 寨), stands alone in a list at `at`."""
    item = text[at:at + 3]
    opens = at == 0 or text[at - 1] in "、，。；：“"
    closes = at + 3 >= len(text) or text[at + 3] in "、，。；等"
    return opens and closes and _LIST_ITEM.fullmatch(item) is not None and item[-1] in TOPONYM_HEADS


def _list_closes_on_sites(text: str, b: int) -> bool:
    """Whether the list around b ends with "等" and a word for sites ("等景区", "等景点"): a list of
    places visited, not of things named after them."""
    tail = re.match(r"[^，。；]*?等([\u4e00-\u9fff]{0,4})", text[b:])
    return tail is not None and tail.group(1).startswith(tuple(lexicons.word_set("place_site_list_heads.txt")))


@functools.lru_cache(maxsize=8)
def _province_villages(province: str) -> frozenset[str]:
    """The short names of the villages and communities of every county of a province."""
    # (the counties' tuples joined by one union in C, not a generator step a village: ~27,000 in Sichuan)
    return frozenset().union(*(lexicons.villages(code) for code, d in lexicons.divisions().items()
                               if d.level == "county" and code[:2] == province))


def _village_of_province(ctx: SentenceContext, stem: str, suffix: str) -> bool:
    """"罗边村旧改", "黎明村合作社": a village or community of the report's province written with its
    head is that village, though its name is made of common characters (罗边, 黎明) that is_proper
    cannot tell from words; the table, not the characters, is the evidence."""
    province = ctx.doc.own.province
    return suffix in ("村", "社区") and province is not None and stem in _province_villages(province)


def _toponym_opening_works(ctx: SentenceContext, start: int, a: int, b: int, suffix: str) -> bool:
    """"福临堡综合管廊": a settlement's name (one word jieba tags as a place, then 堡, 塘, 渡…) that
    opens a works' name is that settlement, however common the word; so is a mountain or water
    whose name jieba tags as a place with its head ("黑/羊山人防宣教基地")."""
    head = project_head_pattern().search(ctx.text, b, b + NAMED_PLACES.works_head_reach)
    if head is None or not all(CJK.match(c) for c in ctx.text[b:head.start()]):
        return False
    if suffix in _WORD_BOUND_HEADS:
        return _word_tagged(ctx, start, a, "ns")
    return suffix in NATURAL_SUFFIXES and _word_tagged(ctx, start + 1, b, "ns") and _word_tagged(ctx, start, start + 1, "a")




def _word_tagged(ctx: SentenceContext, a: int, b: int, pos: str) -> bool:
    t = ctx.token_at(a, b)
    return t is not None and t.pos == pos


def _names_something_else(ctx: SentenceContext, start: int, a: int, b: int, suffix: str,
                          before: Mention | None) -> bool:
    """Is the stem text[start:a] before the head something other than a toponym: the count of a
    list, a kind of village, a company's trade name, a big number, the start of a division's name
    the head ends, or a province glued to a one-character head (the trade name "四川江淮")?"""
    text = ctx.text
    if _counted_list_before(text, max(0, a - PLACE_RULES.area_item_chars - 2), a):
        return True  # "白沙、青山两镇": the head of a counted list, whose items are the names
    if (suffix == "村" or suffix in lexicons.word_set("place_compound_heads.txt")) and _holds_a_kind(ctx, start, a):
        return True  # "富美宜居新村", "城市社区": a kind of village or community, not its name
    if _community_of_a_kind(ctx, start, a, suffix):
        return True  # "新型农村社区", "养老社区", "一批花园社区": a kind of community, not its name
    if (t := ctx.token_ending_at(b)) is not None and t.word in _TOWNS_IN_GENERAL and t.start > start:
        return True  # "宜居小城镇", "沿边城镇": 镇 closes the common noun for towns, no town's name
    if _opens_brand(ctx, b):
        return True  # "乌苏里江制药": a company's trade name
    if len(suffix) == 1 and text[a - 1:a] == suffix and not _division_ending_in_its_head(before, a, suffix):
        return True  # "喜洋洋": a reduplicated word describes, it names nothing
    if any(start <= t.start and t.end <= a and t.pos == "m" and re.search("[百千万亿]", t.word) for t in ctx.tokens):
        return True  # "突破千亿大关": a figure, not a name
    if _COUNTED_KINDS.fullmatch(text, start, a):
        return True  # "五大湖泊", "三大山系": a count of kinds, whose items are the names
    if text[start:start + 1] in _SHORT_TOWN_HEADS and any(k.type == PLACE and k.local_end == start for k in ctx.found):
        return True  # "滠口街湖景佳园": 街 closes the place before (滠口街), it opens no lake "街湖"
    if any(w in text[start:a] for w in lexicons.words("place_honour_stem_words.txt")):
        return True  # "中国百强镇", "三湘第一镇": an honour's rank, not a town's name
    if holds_a_common_phrase_word(text[start:a]):
        return True  # "债务高风险地区", "省际交界地区", "各级样板村": a common phrase about places, no name
    if any(text.startswith(w, s) for w in lexicons.words("place_praise_words.txt")
           for s in range(max(0, start - len(w) + 1), start + 1)):
        return True  # "大美山水", "醉美龙江": a word of praise covers the stem's start, scenery described
    if text[start:start + 1] in lexicons.word_set("place_count_measure_words.txt") and _NUMERAL.match(text[start - 1:start]):
        return True  # "7条村内河涌": a count's measure word opens the stem
    if any(_major_division(text[i:b]) for i in range(start + 1, a)):
        return True  # "支援大上海保卫战": the head ends 上海, not a place named 大上海
    # (a province before a hub's own site, "上海|某山|港", is not glued to the head: the site names the hub)
    glued = before if before is None or before.local_end == a else None
    d = lexicons.find_division(glued.text if glued is not None else text[start:a], None)
    return len(suffix) == 1 and d is not None and d.level == "province"


def holds_a_common_phrase_word(stem: str) -> bool:
    """Does the stem before a place's head hold a word of place_common_phrase_stem_words.txt
    ("高风险", "新一轮", "样板"): a common phrase about places in general, no name?"""
    return any(w in stem for w in lexicons.words("place_common_phrase_stem_words.txt"))


def _division_ending_in_its_head(before: Mention | None, a: int, suffix: str) -> bool:
    """Is the place right before the head a division whose own name ends in the head's character
    ("连云港港", "防城港港": the port of the city 连云港), so that the head doubled is no reduplication?"""
    return (before is not None and before.local_end == a and before.text.endswith(suffix)
            and lexicons.find_division(before.text, None) is not None)


# "五大", "两大": the count before a kind of feature ("五大湖泊")
_COUNTED_KINDS = re.compile("[一二三四五六七八九十两几]+大")
# a town's head written short after its name ("滠口街" for 滠口街道), which no stem opens
_SHORT_TOWN_HEADS = frozenset("街镇乡村")
# a figure's last character, before a measure word ("7条", "十个")
_NUMERAL = re.compile("[0-9０-９一二三四五六七八九十两几百千万]")


def _major_division(name: str) -> bool:
    """A province or prefecture by full or short name ("上海", "成都市")."""
    d = lexicons.find_division(name, None)
    return d is not None and d.level in ("province", "prefecture") and len(name) >= 2


# the common nouns for towns in general whose last character is a town's head ("建设沿边小城镇", guangxi
# 2026; "宜居小城镇建设行动", jiangsu 2026; "宜居城镇建设试点", yunnan 2026): the words before them describe
# a kind of town; a town named so is found whole by the division tables, not by its head
_TOWNS_IN_GENERAL = frozenset({"城镇", "小城镇", "乡镇", "村镇"})


def _holds_a_kind(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a word between a and b make a kind of compound or village ("宜居", "示范", "老旧")?"""
    kinds = lexicons.word_set("place_compound_kinds.txt")
    return any(a <= t.start and t.end <= b and t.word in kinds for t in ctx.tokens)


def _clear_of_places(ctx: SentenceContext, start: int, b: int, known: list[Mention], out: list[Mention]) -> bool:
    """Is text[start:b] a place of its own: not begun inside another place, not held by one or by an
    organization, its head not inside a known name, not inside an event's name?"""
    placed = known + out
    if any(k.local_start < start < k.local_end for k in placed):
        return False  # "哈克镇滨河": the stem begins inside another place
    if ctx.taken(start, b, (ORG,)) or any(k.span.contains(ctx.span(start, b)) for k in placed):
        return False
    if any(k.local_start < b <= k.local_end for k in known):
        return False  # the head is inside or ends a known name ("美丽黔江", "重庆市黔江区")
    return not opens_event(ctx, b)  # "澜沧江-湄公河合作…会议": inside an event's name


_CAPACITY = re.compile(r"\d+(?:\.\d+)?(?:千伏|kV|KV|万千瓦|兆瓦)")


def _listed_beside_a_water(ctx: SentenceContext, toks: list[Token], i: int) -> bool:
    """"淮河、巢湖水质稳定向好": a word the dictionary tags as a place, ending in a water's head and
    listed beside a river or lake already found, is a water too, however common the word."""
    t = toks[i]
    if not (t.pos == "ns" and 2 <= len(t.word) <= PLACE_RULES.toponym_word_max and t.word[-1] in _WATER_HEADS) \
            or count_or_course_water(t.word):
        return False
    found = {(m.local_start, m.local_end) for m in ctx.found if m.type == PLACE and m.text[-1] in _WATER_HEADS}
    listed = [toks[other] for mark, other in ((i - 1, i - 2), (i + 1, i + 2))
              if 0 <= other < len(toks) and toks[mark].word in ("、", "和")]
    return any((u.start, u.end) in found for u in listed)  # not a word glued to it ("伊敏河沿河")


_WATER_HEADS = "江河湖"


def _guessed_word(t: Token, freq: dict) -> bool:
    """Is `t` a word of two characters or more that jieba's dictionary lacks (one its HMM put together)?"""
    return len(t.word) >= 2 and all_cjk(t.word) and not freq.get(t.word)


def _list_neighbours(toks: list[Token], i: int) -> list[Token]:
    """The tokens beside toks[i], and those across a list mark from it ("章江、贡江、桃江流域")."""
    out = toks[max(0, i - 1):i + 2]
    for mark, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= other < len(toks) and toks[mark].word in ("、", "和"):
            out.append(toks[other])
    return out


def _opens_water_works(ctx: SentenceContext, t: Token) -> bool:
    """Does the river or lake `t` open the name of a works on water ("信江八字嘴航电枢纽", "梅江灌区")?"""
    if t.word[-1] not in "江河湖溪":
        return False
    works = lexicons.words("place_water_works.txt")
    if any(p.type == PROJECT and p.local_start == t.start and p.local_end > t.end
           and any(w in ctx.text[t.end:p.local_end] for w in works) for p in ctx.found):
        return True
    # a list item the project rules did not take: the works' name runs to the next mark
    item = re.match(rf"{CJK.pattern}{{0,{NAMED_PLACES.water_works_reach}}}?(?=[、，,；;。和])", ctx.text[t.end:])
    return item is not None and item.group().endswith(works)


@functools.lru_cache(maxsize=1)
def _not_place_words() -> frozenset[str]:
    """Words that name no place standing alone at a works' or facility's opening: not_names.txt, and
    a waterfront's word (place_waterfront_words.txt: "滨江公园", "滨江森林公园" are by the river, no
    place 滨江), which names a quarter only after its district's name ("徐汇滨江": district_waterfronts)."""
    return lexicons.word_set("not_names.txt") | lexicons.word_set("place_waterfront_words.txt")


@component("word_toponyms", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("suffix_places", "projects"),
           needs=tuple(dict.fromkeys(TOPONYM_HEADS + _WATER_HEADS)))
def extract_word_toponyms(ctx: SentenceContext) -> list[Mention]:
    """A place written as one rare word ending in a toponym head, where it opens a facility's
    name (ANNOTATION rule 8: "官坝公园", "长潭水库", "白家湾市场", "西关110千伏变电站",
    "阿蓬江两河断面") or a river opens a works on it ("信江八字嘴航电枢纽"), and rivers listed side
    by side ("韩江榕江练江水系连通工程")."""
    out = []
    toks = ctx.tokens
    freq = tokenizer_tags().tokenizer.FREQ
    tags = tokenizer_tags().word_tag_tab
    not_names = _not_place_words()

    def toponym_word(t: Token) -> bool:
        w = t.word
        if not (2 <= len(w) <= PLACE_RULES.toponym_word_max and w[-1] in TOPONYM_HEADS
                and all(CJK.match(c) for c in w)) or w in not_names:
            return False
        # a word jieba does not know, or a rare proper noun; not a common noun ("港湾")
        return not freq.get(w) or (tags.get(w) in ("ns", "nr", "nz") and freq[w] < PLACE_RULES.toponym_word_max_freq)

    for i, t in enumerate(toks):
        if t.word[-1:] not in TOPONYM_HEADS and not (t.pos == "ns" and t.word[-1:] in _WATER_HEADS):
            continue  # neither test below can hold (toponym_word wants a head last): most tokens
        is_toponym = toponym_word(t)
        if not is_toponym and not (t.pos == "ns" and t.word[-1:] in _WATER_HEADS):
            continue  # neither test can hold: skip the look-up of what was found (most tokens)
        if ctx.taken(t.start, t.end, (PLACE, ORG)):
            continue
        if not is_toponym:
            if _listed_beside_a_water(ctx, toks, i):
                out.append(ctx.mention(PLACE, t.start, t.end, source="listed-water"))
            continue
        rest = ctx.text[t.end:]
        skip = _CAPACITY.match(rest)
        after = t.end + (skip.end() if skip else 0)
        nxt = next((u for u in toks if u.start == after), None)
        if nxt is not None and len(t.word) == 2 and nxt.word in lexicons.word_set("place_route_heads.txt"):
            continue  # "兰海高速", "牙海高速": a route named by its ends' abbreviations
        if street_follows(ctx, t.end):
            continue  # "临江大道": a street named with the word, not a place of that name
        if len(t.word) == 2 and i > 0 and _guessed_word(toks[i - 1], freq):
            continue  # "七虎|力河": the tail of a longer name jieba cut after a word it guessed
        # a works' purpose word (project_works_qualifiers.txt: "稳岗扩容提质行动") opens no facility's name
        opens_facility = nxt is not None and (nxt.pos == "phead" or nxt.word in _stem_limits()) and (
            nxt.word not in lexicons.word_set("project_works_qualifiers.txt")) or ctx.text.startswith(
            _designation_kinds(), t.end)  # "成子湖旅游度假区": jieba cuts the kind 旅游/度假区
        river_list = t.word[-1] in "江河" and any(
            toponym_word(u) and u.word[-1] in "江河" for u in _list_neighbours(toks, i) if u is not t)
        if len(t.word) == 2 and not river_list and _closes_parallel_waters(ctx, t.end - 1):
            continue  # "通江达海港口群", "一江两河综合治理": the tail of waters in general, no place
            # (rivers side by side are no phrase: "韩江榕江练江水系连通工程" keeps 练江)
        # "两河综合治理": waters counted, no name (三江 and 九江 are divisions, found as such); a word that
        # opens a facility's name is a name all the same ("两江数据中心": 两江新区's short form)
        counted = len(t.word) == 2 and t.word[0] in _COUNT_VALUES and not _known_place(t.word)
        if opens_facility or not counted and (
                river_list or _opens_water_works(ctx, t) or _listed_beside_a_water(ctx, toks, i)):
            # "某工程和|甲湾水利枢纽": jieba glues the conjunction after a works to the toponym
            start = t.start + 1 if _conjunction_after_works(ctx, t.start, t.end) else _numeral_opening_toponym(ctx, t.start)
            out.append(ctx.mention(PLACE, start, t.end, source="word-toponym"))
    return out


def _conjunction_after_works(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the word text[a:b] open with a conjunction (joining_words.tsv) right after a works' head
    (project_heads.txt: "工程和", "码头和"), two characters or more left after it, or one the tagger
    read with the name after it as a person's ("廊道|和洛河/nr", "水库|和大隆/nr": 和 is a surname)?"""
    if ctx.text[a:a + 1] not in _CONJUNCTIONS or b - a < 3:
        return False
    if ctx.text.endswith(_works_heads(), 0, a):
        return True
    t = ctx.token_starting_at(a)
    return a > 0 and t is not None and t.pos == "nr" and t.end > a + 2


@component("dictionary_toponyms", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("suffix_places", "projects"),
           needs=tuple(NATURAL_SUFFIXES))
def extract_dictionary_toponyms(ctx: SentenceContext) -> list[Mention]:
    """A word of three characters or more that the dictionary tags as a place (ns) and that ends in
    a natural feature's head is that river, lake or mountain ("捞刀河水环境治理", "浏阳河"), although
    its stem is a common word the suffix rule does not take as a name ("捞刀"); one of two characters
    where ecological works on it follow ("北山矿山地质环境治理工程", place_feature_works_after.txt;
    not a count, "三山绿化");
    not where it names a street or a company ("金沙江路", "金沙江酒业")."""
    out = []
    not_names = lexicons.word_set("not_names.txt")
    freq = tokenizer_tags().tokenizer.FREQ
    works_after = lexicons.words("place_feature_works_after.txt")
    for t in ctx.tokens:
        if len(t.word) < 2 or t.word[-1] not in NATURAL_SUFFIXES or t.word in not_names:
            continue
        if t.pos != "ns" and not _feature_before_its_works(ctx, t, works_after):
            continue
        if len(t.word) == 2 and (not (ctx.text.startswith(works_after, t.end) or _opens_found_works(ctx, t))
                                 or t.word[0] in _COUNT_VALUES):
            continue  # "三山绿化": the three hills, counted, name none
        if t.pos == "ns" and not freq.get(t.word) or not all(CJK.match(c) for c in t.word) or ctx.taken(t.start, t.end, (PLACE, ORG)):
            continue  # a word the dictionary lists, not one the HMM put together ("城美山青")
        if street_follows(ctx, t.end) or _opens_brand(ctx, t.end) or opens_event(ctx, t.end) \
                or head_in_a_set_phrase(ctx.text, t.start, t.end):
            continue  # "澜沧江－湄公河合作首次领导人会议": inside an event's name; "半壁江山": an idiom
        if "《" in ctx.text and inside_book_title(ctx, t.start, t.end):
            continue  # "《北部湾城市群发展规划》": a plan's name, as for the lexicon's places
        # "廊道和洛河": the conjunction the tagger glued to the river is not of its name
        start = t.start + 1 if _conjunction_after_works(ctx, t.start, t.end) else t.start
        out.append(ctx.mention(PLACE, start, t.end, source="dictionary-toponym"))
    return out


def _opens_found_works(ctx: SentenceContext, t: Token) -> bool:
    """Does the place word `t` (北山/ns) open the name of a project found, which goes on past it
    ("北山高寒蔬菜基地提质增效": the base is named after the hill, ANNOTATION rule 8), a zone or base
    (place_zone_heads.txt) with no other place inside it ("龙湾汽车重庆基地": a trade before its city).
    Not a waterfront's word ("滨河健身绿道": by the river, place_waterfront_words.txt)."""
    if t.word in lexicons.word_set("place_waterfront_words.txt"):
        return False
    heads = tuple(lexicons.words("place_zone_heads.txt"))
    return any(m.type == PROJECT and m.local_start == t.start and m.local_end > t.end and m.text.endswith(heads)
               and not any(p.type == PLACE and t.end <= p.local_start < m.local_end for p in ctx.found)
               for m in ctx.found)


def _feature_before_its_works(ctx: SentenceContext, t: Token, works_after: tuple[str, ...]) -> bool:
    """Is `t`, a word of three characters or more that jieba tags as a proper noun or made up
    ("道吾山/nz", "大青山/nr", "龙窝湖/nr"), followed by ecological works on it, past a slope of it
    ("大青山南坡生态治理")? Then it is that mountain or lake: a person or a brand takes no such works.
    Not after a noun it is glued to ("山水林田湖生态保护工程")."""
    if len(t.word) < 3 or not (t.pos in ("nz", "nr", "nt") or _guessed_word(t, tokenizer_tags().tokenizer.FREQ)):
        return False  # a common noun ("人工湖") is no name
    before = ctx.token_ending_at(t.start)
    if before is not None and before.pos.startswith("n"):
        return False  # "山水林田湖生态保护": a piece of a set phrase of nouns (山水/林田湖), no name
    slope = _FEATURE_SLOPE.match(ctx.text, t.end)
    return ctx.text.startswith(works_after, slope.end() if slope else t.end)


# a side of a mountain between its name and the works on it ("大青山南坡生态治理")
_FEATURE_SLOPE = re.compile("[东南西北]坡|[东南西北]麓")


@functools.lru_cache(maxsize=2)
def _located_words(side: str) -> tuple[str, ...]:
    """The verbs that locate something in a zone written after it ("入驻企业") or before it
    ("落户经济开发区"), in file order."""
    return tuple(r[0] for r in lexicons.rows("place_located_words.txt") if r[1] in (side, "both"))


def zones_listed_before(ctx: SentenceContext, a: int, zone_heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """The zones listed before the one at `a` that share its predicate: "赣州经开区、龙南经开区、
    瑞金经开区入选…" → the first two. A name the walk stops in (a verb: "某某装备制造产业园") is the
    works or place found there, ending at the joiner."""
    out = set()
    text = ctx.text
    while a > 0 and text[a - 1] in _LIST_JOINERS:
        b = a - 1
        head = next((h for h in zone_heads if text[:b].endswith(h)), None)
        if head is None:
            break
        a = name_start(ctx, b - len(head))
        if b - len(head) - a < 2:
            a = min((k.local_start for k in ctx.found if k.type in (PROJECT, PLACE) and k.local_end == b
                     and b - len(head) - k.local_start >= 2), default=a)
        if b - len(head) - a < 2:
            break
        out.add((a, b))
    return out


def _zones_after_locating_verbs(ctx: SentenceContext, zone_heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """A named zone right after a verb that puts something in it ("…产业园落地富山工业园",
    "落户龙源工业园区"): the name runs from the verb to a zone's head that ends a word."""
    text = ctx.text
    out = set()
    for verb in _located_words("before"):
        if verb not in text:
            continue
        for m in re.finditer(re.escape(verb), text):
            a = m.end()
            for b in range(a + 1, min(len(text), a + LOCATED_ZONES.zone_chars) + 1):
                if not CJK.match(text[b - 1]):
                    break  # the name ends at a punctuation mark or a figure
                name = text[a:b]  # only the heads ending in its last character may end it (words_closing)
                head = next((h for h in words_closing(zone_heads, name) if name.endswith(h)), None)
                if head is not None and token_ends_at(ctx, b):
                    # a proper name before the head, not a bare or common kind ("落户园区", "落户省级开发区")
                    if is_proper(text[a:b - len(head)]):
                        out.add((a, b))
                    break
    return out


@functools.lru_cache(maxsize=2)
def _zone_built(text: str, a: int, b: int) -> bool:
    """Do the words around the zone at text[a:b] build it ("城南新区启动建设", "共建某某工业园区")? Not
    where the zone follows 在 ("某某项目在某某工业园区开工建设"): the zone is where the works named before
    it are built, the clause's verb theirs (place_zone_building_words.txt, after)."""
    if text[:a].endswith(_zone_building_words("before")):
        return True
    return text[b:].startswith(_zone_building_words("after")) and not text[:a].endswith("在")


def _zone_building_words(side: str) -> tuple[str, ...]:
    return lexicons.words_of_kind("place_zone_building_words.txt", side)


def _kind_is_a_clause(ctx: SentenceContext, a: int, b: int) -> bool:
    """Do the words between a zone's place and its head make a clause, not a kind: a conjunction,
    a preposition or a verb ("长沙和株洲高新区", "霞浦推进开发区"; a verbal noun is a kind: 综合, 出口),
    or another place or organization the rules found ("长沙株洲高新区")? A zone's short form jieba tags a
    verb is a kind ("郑州经开综保区": 经开, place_quarter_modifiers.txt)."""
    return any(a <= t.start < b and (t.pos in ("c", "p") or t.pos.startswith("v") and t.pos != "vn"
                                     and t.word not in lexicons.word_set("place_quarter_modifiers.txt"))
               for t in ctx.tokens) or any(m.type in (PLACE, ORG) and a <= m.local_start and m.local_end <= b
                                           for m in ctx.found)


def _zones_named_after_places(ctx: SentenceContext) -> set[tuple[int, int]]:
    """A development zone of an administrative kind named after a place the rules found at its
    start ("霞浦经济开发区完成一区…", "广州开发区持续位居…前列", "长沙经开区、黄花综保区获评…"): the
    report speaks of a place (ANNOTATION rules 3 and 11), unless the words around it build or apply
    for it ("城南新区启动建设", "推进…合作区建设"). A province's zones ("广东省开发区") are a kind."""
    heads = lexicons.words("place_named_zone_heads.txt")
    if not any(h in ctx.text for h in heads):
        return set()
    text = ctx.text
    out = set()
    longest_head = max(map(len, heads))
    openings = {(k.local_start, k.local_end) for k in ctx.found
                if k.type == PLACE and not _province_or_wider(k.text) and k.attrs.get("source") != "ranked-region"}
    # a great region ranked ("中部首个国家级新区") is wider than a province, and names no zone
    for a, opening_end in sorted(openings | _cities_opening_zones(ctx, heads)):
        window = text[opening_end:opening_end + LOCATED_ZONES.kind_chars + longest_head]
        ends = sorted((opening_end + window.find(h) + len(h), h) for h in heads if h in window)
        b, head = next(((e, h) for e, h in ends if token_ends_at(ctx, e)), (0, ""))
        kind = text[opening_end:b - len(head)]
        if not head or len(kind) > LOCATED_ZONES.kind_chars or not all(CJK.match(c) for c in kind):
            continue  # a clause, not a name ("宝鸡高新区跃居国家级高新区", "东丰、东辽开发区")
        if _kind_is_a_clause(ctx, opening_end, b - len(head)):
            continue
        if _zone_built(text, a, b):
            continue
        out.add((a, b))
    return out


@component("zones_of_named_places", reads=(PLACE, PROJECT, ORG), assigns=(PLACE, PROJECT), after=("zone_places",),
           needs=lexicons.words("place_zone_kinds.txt"))
def extract_zones_of_named_places(ctx: SentenceContext) -> list[Mention]:
    """A zone named by a place found, a few words of its function and a zone's kind (place_zone_kinds.txt:
    "某某岛旅游区", "某某河漂流景区", "某某湖自然保护区", "某某国际物流园区") that no rule found whole,
    with the short names of the city or province before its place ("宁波梅山…集聚区") and a part after it
    ("某市中央商务区某某片区"): a place the report speaks of, or a project where its clause builds or
    develops it ("建设某某综合保税区", "加快某某岛旅游区…提质升级": ANNOTATION rule 3, its other type a
    fair one). Not a province's or a great region's kind of zone ("广东省开发区"), nor words that make a
    clause (`_kind_is_a_clause`), nor a company's or a college's park ("某某大学|某地园区")."""
    text = ctx.text
    taken = [m.span.bounds for m in ctx.found if m.type in (PLACE, PROJECT)]
    out = []
    for p in ctx.found:
        if p.type != PLACE or _province_or_wider(p.text) or p.attrs.get("source") in ("ranked-region", "former-division"):
            continue
        m = _zone_kind_pattern().match(text, p.local_end)
        if m is None or "区" in text[p.local_end:m.start(1)] or not token_ends_at(ctx, m.end()) \
                or _kind_is_a_clause(ctx, p.local_end, m.start(1)) or _function_is_no_name(ctx, p.local_end, m.start(1)):
            continue
        a, b = _city_before_zone(ctx, p.local_start), _zone_part_end(ctx, m.end())
        if not _zone_name_ends(ctx, b):
            continue
        if _zone_opens_other_name(ctx, a) or _zone_of_a_zone(p.text):
            continue
        if any(ta <= a and b <= tb for ta, tb in taken) or any(a < ta < b < tb for ta, tb in taken):
            continue  # found whole, or across a longer name
        kind = PROJECT if clause_builds_zone(text, a, b) else PLACE
        out.append(ctx.mention(kind, a, b, source="zone_of_named_place", composite=True))
    return out


def _zone_opens_other_name(ctx: SentenceContext, a: int) -> bool:
    """Is the zone at `a` the end of a longer name or a list: right after an organization or works found
    ("某某大学|某地园区", "某某大学科技园|某某园区"), or after another place and 、, the kind shared by the
    places listed ("甲县、乙县现代农业园区": the parks of two counties, no one zone)?"""
    return any(o.type in (ORG, PROJECT) and o.local_end == a for o in ctx.found) \
        or a > 0 and ctx.text[a - 1] == "、" and any(o.type == PLACE and o.local_end == a - 1 for o in ctx.found)


def _zone_of_a_zone(stem: str) -> bool:
    """Is the place a zone is named after a zone itself ("大庆高新区|宏伟园区": a park of the zone, which
    the design reports' gold names by its own name), not a division ("九原区")?"""
    return stem.endswith(zone_heads.heads_of_a_zone_named_after()) and lexicons.find_division(stem, None) is None


def _zone_name_ends(ctx: SentenceContext, b: int) -> bool:
    """Does a zone's name end at `b`: at a word's end, not before a noun that goes on with it
    ("…自然保护区管护站": a facility of the zone)?"""
    if not token_ends_at(ctx, b):
        return False
    nxt = ctx.token_starting_at(b)
    return nxt is None or not nxt.pos.startswith("n")


def _city_before_zone(ctx: SentenceContext, a: int) -> int:
    """Where a zone named after the place at `a` begins: before the short names of its city or province
    found right before it ("宁波|梅山…", "云南腾冲|火山热海…"), not before a division written with its level
    ("红岗区|杏树岗…": the samples' gold writes the district and the zone apart)."""
    while (k := next((k for k in ctx.found if k.type == PLACE and k.local_end == a and k.local_start < a
                      and not _written_with_its_level(k.text)), None)) is not None:
        a = k.local_start
    return a


def _zone_part_end(ctx: SentenceContext, b: int) -> int:
    """The end of a zone's part named right after it ("某市中央商务区|某某片区"), else `b`."""
    m = _ZONE_PART_AFTER.match(ctx.text, b)
    return m.end() if m and token_ends_at(ctx, m.end()) else b


_ZONE_PART_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?片区")


def _function_is_no_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Do the words a..b between a place and a zone's kind hold a word no name holds: a particle, a
    pronoun, a number, a measure word or an adverb ("上海等自贸试验区", "黔江各园区", "某某开发区三大园区")?"""
    return any(a <= t.start < b and (t.pos[:1] in ("u", "r", "m", "q", "d") or any(c in CN_NUMERALS for c in t.word))
               for t in ctx.tokens)


@functools.lru_cache(maxsize=1)
def _zone_kind_pattern() -> re.Pattern[str]:
    kinds = alternation_pattern(lexicons.words("place_zone_kinds.txt"))
    return re.compile(rf"[\u4e00-\u9fff]{{0,{LOCATED_ZONES.kind_chars}}}?({kinds})")


def clause_builds_zone(text: str, a: int, b: int) -> bool:
    """Does the clause of the zone at a..b build or develop it: words of building before it in the
    clause ("建设…", "打造…"), or words of building or developing after it ("…建设", "…提质升级")?"""
    start = clause_start(text, a, RELATION_CLAUSE_MARKS)
    end = min((k for k in (text.find(c, b) for c in RELATION_CLAUSE_MARKS) if k >= 0), default=len(text))
    before = _zone_building_words("before") + _zone_building_words("building")
    after = _zone_building_words("after") + _zone_building_words("developed")
    return any(w in text[start:a] for w in before) or any(w in text[b:end] for w in after)


def _province_or_wider(name: str) -> bool:
    """A province or a great region, whose zones are a kind ("广东省开发区"); not a municipality
    directly under the State Council, which names its zones as a city does ("天津滨海新区", "重庆高新区")."""
    d = lexicons.find_division(name, None)
    return name in lexicons.named_regions() or d is not None and d.level == "province" and not _municipality(d)


def _municipality(d: lexicons.Division) -> bool:
    return d.level == "province" and d.name.endswith("市")


def _cities_opening_zones(ctx: SentenceContext, heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """A city's name (a prefecture's or a municipality's) the rules could not find on its own, right
    before a zone named with a head of place_named_zone_heads.txt: before a zone found as a place
    ("南京江北新区": 南京 read as the stem of a river 南京江), or opening one word of jieba's with the zone
    ("上海浦东新区", "苏州工业园区"). The national new areas and parks are named after their city this
    way; the city and the zone are one place (ANNOTATION rules 3 and 11, the city inside it rule 8)."""
    text = ctx.text
    out = set()
    zones = {k.local_start for k in ctx.found if k.type == PLACE and k.text.endswith(heads)}
    for a in zones:  # the city's name right before the zone found: "南京" + "江北新区"
        out |= {(a - n, a) for n in (2, 3) if a >= n and _city_naming_zones(text[a - n:a]) and token_starts_at(ctx, a - n)}
    for t in ctx.tokens:  # one word: "苏州工业园区" (a kind and a head after the city's name, not "X新区" alone)
        if t.word.endswith(heads):
            out |= {(t.start, t.start + n) for n in (2, 3) if len(t.word) - n > 2 and _city_naming_zones(t.word[:n])}
    return out


def _city_naming_zones(name: str) -> bool:
    d = lexicons.find_division(name, None)
    return d is not None and (d.level == "prefecture" or _municipality(d))


# the dashes that join the stops of a line or the places a zone is named after ("普陀山—朱家尖旅游区")
_DASHES = "—－–-"


@component("zone_places", reads=(PLACE, PROJECT, ORG), assigns=(PLACE,), after=("projects",),
           needs=_located_words("after") + _located_words("before")
           + lexicons.words_of_kind("place_located_words.txt", "yield")
           + lexicons.words("place_zone_managed_after.txt")
           + lexicons.words("place_named_zone_heads.txt") + lexicons.words("place_port_area_heads.txt") + lexicons.roles("location.txt").get("build", ())
           + lexicons.roles("location.txt").get("progress", ()) + lexicons.words("place_works_park_heads.txt") + (":",)
           + tuple(_DASHES))
def extract_zone_places(ctx: SentenceContext) -> list[Mention]:
    """A park or zone is a place where the sentence puts something in it: "食品产业园入驻企业37家",
    "落户经济开发区", manages or ranks it: "某县产业园区管委会挂牌成立", "安居经开区成功创建…", or measures
    what it yields, after a proper name: "某某物流园交易额突破…", "某某产业园新增产能…"
    (ANNOTATION rule 3: located or managed → Place) — one the projects rule found, or a name
    before a zone's head right before such a word; also a park the sentence's first clause builds as
    a whole before the next lists works, which are in it (`_parks_built_with_their_works`), and a
    named park opening the name of works in it (`_parks_opening_works_names`)."""
    text = ctx.text
    zone_heads = lexicons.words("place_zone_heads.txt")
    spans = {p.span.bounds for p in ctx.found
             if p.type == PROJECT and p.text.endswith(zone_heads)
             and (text[p.local_end:].startswith(_located_words("after"))
                  or text[:p.local_start].endswith(_located_words("before")))}
    yields = lexicons.words_of_kind("place_located_words.txt", "yield")
    for verb in _located_words("after") + lexicons.words("place_zone_managed_after.txt") + yields:
        if verb not in text:
            continue
        for m in re.finditer(re.escape(verb), text):
            head = next((h for h in zone_heads if text[:m.start()].endswith(h)), None)
            if head is None:
                continue
            a = name_start(ctx, m.start() - len(head))
            opening = ctx.token_starting_at(a)
            if opening is not None and opening.word in lexicons.word_set("place_zone_skipped_openers.txt"):
                a, opening = opening.end, ctx.token_starting_at(opening.end)  # "我代表某某新区管委会"
            if opening is not None and (opening.pos.startswith(("m", "q")) or opening.word in ("各", "每")):
                continue  # "两个园区管委会", "各产业园区入驻": a count of zones or every one, no name
            if m.start() - len(head) - a >= 2:  # a name before the head, not a bare kind ("园区入驻")
                if verb in yields and not _names_a_yielding_zone(ctx, a, m.start() - len(head)):
                    continue  # "某镇苹果梨基地新增种植面积": a crop's kind of base, no named zone
                spans.add((a, m.start()))
                spans |= zones_listed_before(ctx, a, zone_heads)
    spans |= _zones_after_locating_verbs(ctx, zone_heads)
    spans |= _zones_named_after_places(ctx)
    spans |= _parks_built_with_their_works(ctx, zone_heads)
    spans |= _zones_built_in(ctx)
    spans |= _zone_headings(ctx, zone_heads)
    spans |= _parks_opening_works_names(ctx)
    port_areas = _port_areas_after_their_port(ctx)
    port_areas |= _port_areas_named_alone(ctx, port_areas)
    joined = _dash_joined_zones(ctx, zone_heads + lexicons.words("place_designation_kinds.txt"))
    # "普陀山—朱家尖旅游区": the zone is named after both places, not after the second alone
    spans = {(a, b) for a, b in spans if not any(ja < a and jb == b for ja, jb in joined)} | joined
    # "唐山港京唐港区": the area is named 京唐港区, not with its port's name before it as a zone's kind
    spans = {(a, b) for a, b in spans if not any(pb == b and a < pa for pa, pb in port_areas)} | port_areas
    found_places = {k.span.bounds for k in ctx.found if k.type == PLACE}
    # a zone holds the places it is named after ("云南牟定产业园区": 云南, ANNOTATION rule 8), not a
    # route's 至 ("东湖至高铁新区城市道路": the route's last end is the zone, its first no part of it)
    spans = {(_past_place_cut(ctx, a, b), b) for a, b in spans}
    spans = {(_past_opening_owner(ctx, a, b), b) for a, b in spans}
    return [ctx.mention(PLACE, _past_route_to(ctx, a, b), b, source="zone", composite=True) for a, b in sorted(spans)
            if (a, b) not in found_places and not _inside_other_org(ctx, a, b)]


def _names_a_yielding_zone(ctx: SentenceContext, a: int, h: int) -> bool:
    """Is text[a:h], the words before a zone's head that a word of what it yields follows ("交易额",
    "新增"), a proper name, past a division written with its level that opens it ("某镇|苹果梨基地":
    the town's, common words then; "寿光|农产品物流园" is named after its city)? Strict: a word jieba
    does not know is no name by itself ("苹果梨")."""
    start = max((k.local_end for k in ctx.found if k.type == PLACE and k.local_start == a and k.local_end < h
                 and _written_with_its_level(k.text)), default=a)
    return is_proper(ctx.text[start:h], strict=True)


def _past_opening_owner(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a zone text[a:b] begins when what opens it is not part of its name: a division written
    with its level ("惠州市|潼湖新区", "某某街道|某某双创基地": the zone of that city, which has a proper
    name of its own; the samples' gold writes a city and its district as two places) or a company
    before a place found ("华为|东莞松山湖园区三期": the company's works in the zone); else `a`."""
    for k in ctx.found:
        if k.local_start != a or not a < k.local_end < b - 2:
            continue
        rest = ctx.text[k.local_end:b]
        if k.type == PLACE and _written_with_its_level(k.text) and _names_its_own_zone(rest):
            return k.local_end
        if k.type == ORG and any(o.type == PLACE and o.local_start == k.local_end for o in ctx.found):
            return k.local_end
    return a


def _written_with_its_level(name: str) -> bool:
    """Is `name` a division's full name ("合肥市", not its short form 合肥 nor 锦州, whose 州 is no
    level) or a township's or subdistrict's ("某某街道")?"""
    return name.endswith(lexicons.TOWN_SUFFIXES) or name in _full_division_names()


def _names_its_own_zone(rest: str) -> bool:
    """Does `rest`, a zone's name after a division, name the zone by a proper name before its head
    ("潼湖新区", "某某双创基地"), not only by its kind ("食品产业园", "经济技术开发区")?"""
    head = next((h for h in lexicons.words("place_zone_heads.txt") if rest.endswith(h)), None)
    return head is not None and is_proper(rest[:-len(head)])


def _past_place_cut(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a zone text[a:b] whose name the walk began inside a place found ("安庆港|长风港区": the
    port's 港) begins: right after that place; else `a`."""
    return max((k.local_end for k in ctx.found if k.type == PLACE and k.local_start < a < k.local_end < b), default=a)


def _past_route_to(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a zone's name text[a:b] begins past a route's "to" in it (`_route_word`: "东湖至高铁新区"
    of "东湖至高铁新区城市道路"): the zone is the route's last end; two characters or more left."""
    k = ctx.text.rfind("至", a, b)
    return k + 1 if k > a and b - k - 1 >= 2 and _route_word(ctx, k) else a


@functools.lru_cache(maxsize=1)
def _port_area_pattern() -> re.Pattern[str]:
    """A port area's name: two or three characters, then a head of place_port_area_heads.txt."""
    return re.compile(rf"[{CJK_CHARS}]{{2,3}}?{alternation_pattern(lexicons.words('place_port_area_heads.txt'))}")


def _port_areas_after_their_port(ctx: SentenceContext) -> set[tuple[int, int]]:
    """A port area (港区) named right after its port ("唐山港京唐港区", "连云港港徐圩港区"), and the
    port areas listed after it ("、曹妃甸港区"): a port is divided into areas named after the place
    each lies at, and the report names the area as a part of the port, a place (ANNOTATION rule 11:
    one specific area, named with a proper name), whatever the sentence does there — the works are
    named after the area ("徐圩港区30万吨级航道工程") and the area is where they are (rule 8)."""
    text = ctx.text
    out = set()
    for port in ctx.found:
        if port.type != PLACE or not port.text.endswith("港"):
            continue
        a = port.local_end
        while (m := _port_area_pattern().match(text, a)) is not None and token_ends_at(ctx, m.end()) \
                and token_starts_at(ctx, a) and not _common_words_between(ctx, a, m.end() - 2):
            out.add(m.span())
            if text[m.end():m.end() + 1] not in _LIST_JOINERS:
                break
            a = m.end() + 1
    return out


def sites_inside_sites(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A place named by a head (`composite`) inside a historic site's name found whole (genre_historic_heads.txt:
    "良渚古城" in 良渚古城遗址, "洛阳故城遗址" in 汉魏洛阳故城遗址): the site is the one place so named, the
    shorter name a piece of it (no place of its own in the design reports' gold); a place it is named
    after stays (良渚, 洛阳: ANNOTATION rule 8)."""
    heads = lexicons.words("genre_historic_heads.txt")
    sites = [m for m in found if m.type == PLACE and m.text.endswith(heads)]
    return [m for m in found if m.type == PLACE and m.attrs.get("composite")
            and any(s.local_start <= m.local_start and m.local_end <= s.local_end and len(m.text) < len(s.text)
                    for s in sites)]


def zones_cut_from_their_names(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A zone found as a place (a head of place_zone_heads.txt, place_named_zone_heads.txt or a zone's
    part: "卧虎综合保税区", "某某湾经济开发区") at the end of a longer place found, whose name opens with
    the short name of the city or province the zone is named after ("某阳卧虎综合保税区", "某州滨海新区",
    "四川天府新区"), or with a bracketed national zone ("中国(杭州)跨境电子商务综合试验区滨江园区"): the
    longer is the zone's name (ANNOTATION rule 1, the shortest span that names it completely), the
    shorter a piece of it; the city stays a place of its own (rule 8). Not a district of that city
    ("天津|滨海新区"), nor a zone after a division written with its level ("惠州市|潼湖新区": the
    samples' gold writes a city and its district as two places), nor a quarter of a zone ("雄安新区|容东片区")."""
    places = [m for m in found if m.type == PLACE]
    heads = zone_heads.heads_of_zones_cut_from_longer_places()
    return [m for m in places if m.text.endswith(heads)
            and any(s.local_end == m.local_end and s.local_start < m.local_start and _names_the_whole_zone(ctx, s, m, places)
                    for s in places)]


@functools.cache
def _one_character_heads() -> tuple[str, ...]:
    """The one-character heads of place_suffixes.txt (镇, 村, 山, 湖, 江…): a name ending in one is a
    town or a feature of its own."""
    return tuple(w for w in lexicons.words("place_suffixes.txt") if len(w) == 1)


def stems_of_quarters(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A two-character place found right before the head of a port area or quarter
    (place_fragment_quarter_heads.txt: 港区, 组团) inside a longer place found over the whole name
    ("某港老城港区" gives 老城): the port area is the place, its stem a piece of the name (ANNOTATION
    rule 1). Only works holding the name ("某某港区建设工程" with no place found) drop nothing. A
    division the report may mean (lexicons.find_division: a province or prefecture anywhere, a county
    of the report's own province) or a feature (a one-character head of place_suffixes.txt: 山, 湖)
    before the head stays a place (rule 8). Before the head of a city's area (place_fragment_area_heads.txt:
    片区) any stem but a division's (its name or short form, of any province) is a piece of the name, a
    feature's too ("某家坝片区", "某家仙河片区"). The place an excavated site's park is named after stays
    (heritage_site_places: 良渚 of "良渚古城遗址公园", the ancient city of that place, rule 8)."""
    holders = [(m.local_start, m.local_end) for m in found if m.type == PLACE]
    out = []
    for m in found:
        if (m.type != PLACE or m.attrs.get("source") == "heritage-site"
                or lexicons.find_division(m.text, ctx.doc.own.province) is not None):
            continue
        head = _fragment_head_after(ctx, m)
        if head and any(a <= m.local_start and b >= m.local_end + len(head) for a, b in holders):
            out.append(m)
    return out


# the sources of the places found as a town or village of the report's own area (extract_town_places,
# extract_village_places)
_SETTLEMENT_SOURCES = ("town", "village")


def _fragment_head_after(ctx: SentenceContext, m: Mention) -> str | None:
    """The head of a quarter's or area's name right after the place `m` of which `m` is a mere stem: an
    area's head after any stem of two characters or more (not a verb made of it: "某某片区化建设"), a
    quarter's or port area's head after a two-character stem that ends in no feature's head."""
    text, b = ctx.text, m.local_end
    area = next((h for h in lexicons.words("place_fragment_area_heads.txt") if text.startswith(h, b)), None)
    if area is not None:
        # a division's name or short form anywhere stays ("某江东湖片区": 东湖 of 东湖区), so does a region's or
        # landform's ("武陵山片区": the mountains the area is named after, rule 8) and a town's or village's of
        # the report's own area found as such ("正阳艾子片区": 艾子 of 艾子村)
        return area if len(m.text) >= 2 and not text.startswith("化", b + len(area)) \
            and m.text not in lexicons.divisions_by_name() and m.text not in lexicons.named_regions() \
            and m.attrs.get("source") not in _SETTLEMENT_SOURCES else None
    if len(m.text) != 2 or m.text.endswith(_one_character_heads()):
        return None
    return next((h for h in lexicons.words("place_fragment_quarter_heads.txt") if text.startswith(h, b)), None)


# the heads of an ecological economic zone or belt, named after the lake or river whose ecology it
# keeps ("汉江生态经济带", "洞庭湖生态经济区": the water is spoken of, a place of its own, as hunan 2026's gold
# writes 洞庭湖)
_WATER_ECOLOGY_HEADS = ("生态经济区", "生态经济带")


def stems_of_region_clusters(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A region opening the name of a regional plan's area that holds it, the name closed by a head of
    place_region_cluster_heads.txt (region_cluster_places or the regions' lexicon: "滇西|城镇群", "扬子江|
    城市群", "“襄十随神”|城市群", "长江中游|城市群", "厦漳泉|都市圈", "长江|经济带"): the area is the place the
    sentence names, the region a piece of its name (none of these stems is a place of its own in the
    gold of yunnan, jiangsu, hubei, hunan, fujian, guangxi, guizhou 2026 and national-2015). A division
    stays (郑州 in 郑州都市圈: ANNOTATION rule 8), so does the water an ecological economic zone keeps
    (汉江 in 汉江生态经济带), and a region the report names elsewhere stays there."""
    heads = lexicons.words("place_region_cluster_heads.txt")
    clusters = [m for m in found if m.type == PLACE and m.text.endswith(heads) and not m.text.endswith(_WATER_ECOLOGY_HEADS)]
    return [m for m in found if m.type == PLACE and not m.text.endswith(heads)
            and any(c.local_start == m.local_start and c.local_end > m.local_end for c in clusters)
            and lexicons.find_division(m.text, ctx.doc.own.province) is None
            and ctx.text[m.local_end:m.local_end + 1] not in _DASHES]  # "岷江—长江上游经济带": one of its two ends


def _names_the_whole_zone(ctx: SentenceContext, whole: Mention, piece: Mention, places: list[Mention]) -> bool:
    """Does the place `whole` name the zone `piece` is the end of, with its city's or province's short
    name before it (a place found), or as a bracketed national zone's part?"""
    if town_opening(ctx, whole, places) is not None:
        return False  # "某某镇|某某旅游区": a town and the place in it (place_bounds._opened_by_a_kept_town)
    if whole.attrs.get("source") in ("bracketed_zone_part", "zone_of_named_place"):
        return True  # "中国(杭州)…综合试验区|滨江园区", "某市中央商务区|某某片区": the zone and its part
    if not any(p.local_start == whole.local_start and p.local_end == piece.local_start for p in places):
        return False
    opening = ctx.text[whole.local_start:piece.local_start]
    city = lexicons.find_division(opening, None)
    if city is None or city.level == "county" or _written_with_its_level(opening):
        return False
    district = lexicons.find_division(piece.text, ctx.doc.own.province)
    return district is None or not district.code.startswith(city.code[:2 if city.level == "province" else 4])


def hubs_found_as_works(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """An airport or a port (place_hub_works_heads.txt) found as a place on the very words of a project
    the sentence builds: one given a stage ("开工建设威宁机场、仁怀机场、盘州机场", "建成青岛胶东国际机场并
    顺利转场运营"), or in a list closed by a word of building ("加快青禾港、澄江港、岚山港北湾港区建设").
    The hub is that works; the places are those it is named after (威宁, 日照), found apart (ANNOTATION
    rule 8). A hub the sentence does not build ("强化广州港、深圳港国际枢纽港地位") stays a place too,
    and so does a division named like a port (连云港, 张家港)."""
    heads = lexicons.words("place_hub_works_heads.txt")
    works = {(m.local_start, m.local_end): m for m in found if m.type == PROJECT}
    return [m for m in found if m.type == PLACE and m.text.endswith(heads) and m.text not in lexicons.divisions_by_name()
            and (m.local_start, m.local_end) in works and _built_hub(ctx, works[m.local_start, m.local_end], works)
            and not hub_traffic_follows(ctx.text, m.local_end)]


def hub_traffic_follows(text: str, b: int) -> bool:
    """Do the words right after a hub's name ending at `b` report the traffic it handles
    (place_hub_traffic_words.txt: "…母港接待邮轮60个航次", "…铁路港开行中欧班列", "…机场开通至某市直航")?
    A word of kind "route" counts only with a route after it: one of "route_start" right after it,
    or one of "route_object" in the rest of its clause ("开通新航线")."""
    file = "place_hub_traffic_words.txt"
    word = next((w for w in lexicons.longest_first(lexicons.words_of_kind(file)) if text.startswith(w, b)), None)
    if word is not None:
        return True
    word = next((w for w in lexicons.longest_first(lexicons.words_of_kind(file, "route")) if text.startswith(w, b)), None)
    if word is None:
        return False
    b += len(word)
    if text.startswith(lexicons.words_of_kind(file, "route_start"), b):
        return True
    end = min((k for k in (text.find(c, b) for c in "，,。；;") if k >= 0), default=len(text))
    return any(o in text[b:end] for o in lexicons.words_of_kind(file, "route_object"))


def _built_hub(ctx: SentenceContext, hub: Mention, works: dict[tuple[int, int], Mention]) -> bool:
    """Is the works `hub` given a stage, or does the list of works it stands in (joined by 、和及与)
    go on with a word of building ("青禾港、澄江港、岚山港北湾港区建设")?"""
    if hub.attrs.get("stage"):
        return True
    ends = {a: m for (a, _), m in works.items()}
    last = last_listed(ctx.text, hub, ends, lexicons.words("resolve_list_joiners.txt"))
    return _building_closes(ctx.text, last.local_end)


@functools.lru_cache(maxsize=1)
def _build_words_longest_first() -> tuple[str, ...]:
    """build_words.txt, the longest first, so that a chain of them is read word by word ("开工建设")."""
    return tuple(sorted(lexicons.words("build_words.txt"), key=len, reverse=True))


def _building_closes(text: str, at: int) -> bool:
    """Do words of building alone close the clause at `at` ("…青岛港董家口港区建设。", "…建成投用,")? A
    word of building with an object after it makes the hubs before it where the works are built, not the
    works ("连云港港、防城港港新增万吨级泊位6个": berths added at the ports, which stay places)."""
    words = _build_words_longest_first()
    moved = False
    while (w := next((w for w in words if text.startswith(w, at)), None)) is not None:
        at, moved = at + len(w), True
    return moved and (at >= len(text) or not all_cjk(text[at]))


def ports_before_their_parts(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The ports and port areas named after a place found ("芜湖港", "大连港", "永川港区": the place and a
    port's head) that open the name of works at one of their parts ("芜湖港朱家桥外贸码头", "大连港大窑湾
    集装箱码头三期工程", "永川港区朱沱港二期工程": place_port_part_heads.txt), and the port areas so named
    that are the works built or open their name ("推进厦门港海沧港区、翔安港区建设", "广州港南沙港区三期
    工程", "大连太平湾港区一期工程"): the works are at the part, or in the place the port is named after,
    which are places (ANNOTATION rule 8); the port so named is no place of its own. A port named alone
    ("强化广州港国际枢纽港地位") or before its phase ("南沙港五期") stays one, and so does a port area
    named after no place ("长风港区") or not built ("在东疆港区设立航运总部"), or after a place that is no
    division ("某某湾港区三期": _port_named_after_a_place), or one whose works are a terminal in it
    ("某某港区30万吨级原油码头二期工程": _terminal_in_area; the design reports' gold, u62-u66)."""
    places = [m for m in found if m.type == PLACE]
    starts = {(k.local_start, k.local_end) for k in places}
    area_heads = lexicons.words("place_port_area_heads.txt")
    out = []
    for port in places:
        # a port area's head ("永川港区"), else a port's ("芜湖港")
        head = next((h for h in (*area_heads, "港") if port.text.endswith(h)), None)
        a, b = port.local_start, port.local_end
        if head is None or not _port_named_after_a_place(ctx, port, head, starts):
            continue
        works = next((w for w in found if w.type == PROJECT and w.local_start <= a and b <= w.local_end), None)
        if works is None or head in area_heads and _terminal_in_area(ctx.text, b, works.local_end):
            continue  # "某某港区30万吨级原油码头": a terminal in the area, which stays a place
        if head in area_heads or _names_a_port_part(ctx, b, works.local_end):
            out.append(port)
    return out


def _port_named_after_a_place(ctx: SentenceContext, port: Mention, head: str, starts: set[tuple[int, int]]) -> bool:
    """Is the port ("芜湖港") named after a place found right before its head, or the port area ("永川港区")
    after a division or a port found so ("某某港港区")? A port area named after a bay, an island or a village ("某某湾港区三期") is a
    place of its own beside that place (ANNOTATION rules 8, 11), as kg.extract.port_areas finds it where
    the tagger does not find its place."""
    a, b = port.local_start, port.local_end - len(head)
    named = ctx.text[a:b]
    return (a, b) in starts and (head == "港" or named.endswith("港") or bool(lexicons.divisions_by_name().get(named)))


def _terminal_in_area(text: str, b: int, e: int) -> bool:
    """Does text[b:e], the rest of a works' name after a port area, name a terminal or an operating area
    in it (place_port_part_heads.txt, "terminal": "30万吨级原油码头", "南山作业区客运码头")?"""
    return any(h in text[b:e] for h in lexicons.words_of_kind("place_port_part_heads.txt", "terminal"))


def _names_a_port_part(ctx: SentenceContext, b: int, e: int) -> bool:
    """Does text[b:e], the rest of a works' name after its port, open with a part of the port: a name
    of Chinese characters (no figure: "湛江港30万吨级航道工程" is the port's own works) with no verb nor
    function word (no route's 至: "龙口港至烟台港铁路支线"), closed by a head of place_port_part_heads.txt
    that ends a word ("朱家桥外贸码头", "长风港区", "朱沱港")?"""
    text = ctx.text
    heads = lexicons.words("place_port_part_heads.txt")
    for k in range(b + 1, min(e, b + PLACE_RULES.port_part_chars) + 1):
        if not all_cjk(text[b:k]) or any(b <= t.start < k and t.pos in _NOT_PART_NAME_TAGS for t in ctx.tokens):
            return False
        if text.endswith(heads, b + 1, k) and token_ends_at(ctx, k):
            return True
    return False


# words that are in no name of a port's part: a verb, a preposition ("龙口港至烟台港"), a conjunction,
# a particle, a pronoun (a measure word may be: "董家口", jieba's 董家/口)
_NOT_PART_NAME_TAGS = frozenset({"v", "p", "c", "u", "r"})


_COMMON_TAGS = ("n", "vn", "v", "a", "ad", "an", "d", "m", "q", "f")
# words that open no port area's name: "推进/洋山港区", "我市/港区", "在/罗泾港区"
_NOT_PORT_NAME_TAGS = ("v", "vn", "p", "c", "r", "u", "d", "m", "q", "f", "a", "ad", "x")


def _after_a_dashed_place(ctx: SentenceContext, known: list[Mention], start: int) -> bool:
    """Does a place found end right before a dash before `start` ("岳麓山—" before 橘子洲)?"""
    return start > 1 and ctx.text[start - 1] in _DASHES and any(k.local_end == start - 1 for k in known)


def _dash_joined_zones(ctx: SentenceContext, zone_heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """A zone named after two places joined by a dash ("普陀山—朱家尖旅游区", "磨憨—磨丁经济合作区"):
    a place found right before the dash, then a name of two to four characters and a zone's head
    that ends a word. The zone is one place named with both; the second name is a place too, named
    in parallel with the first (ANNOTATION rule 8: the places a zone is named after)."""
    text = ctx.text
    out = set()
    for d in char_positions(text, _DASHES):
        left = min((k.local_start for k in ctx.found if k.type == PLACE and k.local_end == d), default=None)
        if left is None:
            continue
        zone = None  # the longest zone's name after the dash: "火山口森林公园旅游区", not 火山口森林公园
        for e in range(d + 4, min(len(text), d + 1 + PLACE_RULES.dash_zone_chars) + 1):
            if not all_cjk(text[d + 1:e]):
                break
            head = max((h for h in zone_heads if text.endswith(h, d + 1, e)), key=len, default=None)
            if head is not None and token_ends_at(ctx, e):
                zone = (d + 1, e - len(head), e)
        if zone is None:
            continue
        a, h, e = zone
        if h - a >= 2 and token_starts_at(ctx, h) and _name_words_only(ctx, a, h):
            out |= {(left, e), (a, h)}
    return out


def _port_areas_named_alone(ctx: SentenceContext, taken: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """A port area named without its port ("洋山港区集装箱吞吐量", "罗泾港区散货码头改造工程",
    "大榭港区"): a proper name of two or three characters (the place the area lies at) right before a
    head of place_port_area_heads.txt that ends a word; the longest such name that opens a word and
    holds no verb, pronoun or function word ("推进洋山港区": 洋山), not a kind of area
    ("综合港区", "散货港区": common words only). It is one specific area, a place (ANNOTATION
    rule 11), and where the works named after it are (rule 8)."""
    text = ctx.text
    out = set()
    for head in lexicons.words("place_port_area_heads.txt"):
        if head not in text:
            continue  # (one `in`, where re.escape and re's cache cost ~20× as much for no hit: ~1,300 sentences a pass)
        for m in re.finditer(re.escape(head), text):
            h, b = m.span()
            if not token_ends_at(ctx, b) or any(pb == b for _, pb in taken):
                continue
            a = _name_word_before(ctx, h, (3, 2))
            if a is not None and text[a:h] in lexicons.word_set("place_port_area_kinds.txt"):
                continue  # "某某保税港区", "某某深水港区": a kind of port area, its name before it
            if a is not None and (is_proper(text[a:h]) or not _common_words_between(ctx, a, h)):
                out.add((a, b))
    return out


def _name_word_before(ctx: SentenceContext, h: int, sizes: tuple[int, ...]) -> int | None:
    """The start of the name of one of `sizes` characters (tried in that order) right before a head
    at `h`: Chinese characters from the start of a word, with no verb, pronoun or function word
    among its words ("推进洋山港区": 洋山)."""
    text = ctx.text
    for n in sizes:
        a = h - n
        if a < 0 or not all_cjk(text[a:h]):
            continue
        glued = a > 0 and _conjunction_after_works(ctx, a - 1, (ctx.token_starting_at(a - 1) or Token("", "", 0, 0)).end)
        if glued:  # "工程和册田/nr": the name starts after the conjunction the tagger glued to it
            return a if not any(a < t.start < h and t.pos.startswith(_NOT_PORT_NAME_TAGS) for t in ctx.tokens) else None
        if not token_starts_at(ctx, a) or _conjunction_after_works(ctx, a, ctx.token_starting_at(a).end):
            continue
        if _name_words_only(ctx, a, h):
            return a
    return None


def _name_words_only(ctx: SentenceContext, a: int, h: int) -> bool:
    """Do the words starting in text[a:h] hold no verb, pronoun or function word (_NOT_PORT_NAME_TAGS)?"""
    return not any(a <= t.start < h and t.pos.startswith(_NOT_PORT_NAME_TAGS) for t in ctx.tokens)


def _common_words_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """Do the words of text[a:b] hold a common word ("综合港区", "散货港区": a kind of port area), not
    only names ("京唐"/nz, "曹妃甸"/ns, "梅山"/nr)?"""
    return any(a <= t.start < b and t.pos in _COMMON_TAGS for t in ctx.tokens)


def _parks_opening_works_names(ctx: SentenceContext) -> set[tuple[int, int]]:
    """A named park that opens the name of works put in it ("中俄蒙国际物流园区路网续建工程",
    "临港产业园标准厂房项目"): a proper name and a park's head ending a word (place_works_park_heads.txt:
    not a city park's, a port's, a base's), then works of their own.
    The park is where they are, a place inside the works' name (ANNOTATION rules 3 and 8); not where
    what follows builds the park itself, its phase or its start ("X产业园项目", "X新区二期", "X园区基础
    设施建设": place_zone_building_words.txt `after`), nor a bare kind ("园区铁路专用线"), nor words
    that join names (`_joins_names`: "A镇至B景区连接线")."""
    text = ctx.text
    building = _zone_building_words("after")
    out = set()
    heads = [h for h in lexicons.words("place_works_park_heads.txt") if h in text]  # (in order: the others find nothing)
    for p in ctx.found:
        if p.type != PROJECT:
            continue
        a = p.local_start
        for head in heads:
            b = text.find(head, a + 2, p.local_end)
            if b < 0 or not token_ends_at(ctx, b + len(head)):
                continue
            rest = text[b + len(head):p.local_end]
            if len(rest) >= 2 and not rest.startswith(building) and is_proper(text[a:b]) \
                    and not _joins_names(ctx, a, b):
                out.add((_past_the_county_before(ctx, a, b, b + len(head)), b + len(head)))
                break
    return out


def _past_the_county_before(ctx: SentenceContext, a: int, b: int, e: int) -> int:
    """Where a park's name (a..e, its head at b) starts that the works' name opens with a division's
    full name, then a place found that ends at the park's head or with it ("肃南裕固族自治县马蹄寺景区",
    "雷山县西山寺景区": the county is where the
    park is, 马蹄寺 names it): after the division; `a` otherwise ("云南牟定产业园区" keeps its places,
    nothing found names it on its own)."""
    for d in ctx.found:
        if d.type == PLACE and d.local_start == a and d.local_end < b and d.text in _full_division_names() \
                and any(k.type == PLACE and k.local_start == d.local_end and k.local_end in (b, e) for k in ctx.found):
            return d.local_end
    return a


def _joins_names(ctx: SentenceContext, a: int, b: int) -> bool:
    """Do the words a..b join names, a route's 至 or a list's 和 between them ("阿蓬江镇至神龟峡景区连接线",
    "新老城区和工业园区雨污分流改造"): more than one place, not a park's name?"""
    return any(a <= t.start < b and (is_route_to(t.word) or t.word in set(_LIST_JOINERS)) for t in ctx.tokens)


def _zones_built_in(ctx: SentenceContext) -> set[tuple[int, int]]:
    """A park or zone found as works after 在 (or after 在 and a place found before it: "在某某市某某经济
    开发区建设的…") and before a verb of building (`site_build_verbs`: location.txt `build`, a company's 投资建设…), its head
    a zone's (`zone_heads_built_in`: 工业园区, 科技城, 经济区…), that builds other works in the same clause: works found after the verb ("在红岩工业园区建设年产10万吨锰基新材料项目", "在青屿智造
    小镇建设A和B"), works found right before 在 ("某某项目在某某工业园区开工"), or a named object the verb
    takes (`_verb_takes_an_object`: "在某某科技城建设研究所"). The sentence puts the works in it, a place
    (ANNOTATION rule 3: located → Place), as "在X镇建设…" puts them in a town."""
    text = ctx.text
    projects = [m for m in ctx.found if m.type == PROJECT]
    out = set()
    for z in projects:
        if not z.text.endswith(zone_heads_built_in()):
            continue
        at = _preposition_before(ctx, z.local_start)
        if at is None:
            continue
        verb = next((w for w in site_build_verbs() if text.startswith(w, z.local_end)), None)
        if verb is None:
            continue
        ca, cb = ctx.sentence.clause_at(z.local_start, RELATION_CLAUSE_MARKS)
        after = z.local_end + len(verb)
        if (any(after <= m.local_start and m.local_end <= cb for m in projects)
                or any(m.local_end == at and m.local_start >= ca for m in projects)
                or _verb_takes_an_object(ctx, after, cb)):
            out |= _zone_in_a_zone(ctx, *z.span.bounds)
    return out


def _zone_in_a_zone(ctx: SentenceContext, a: int, b: int) -> set[tuple[int, int]]:
    """The zone text[a:b] as two where it is a named zone inside another ("某某高新区|某某工业园": a
    zone's head ending a word inside it, a proper stem and a head after it): both are places; else
    the whole."""
    text = ctx.text
    for k in range(b - 3, a + 2, -1):
        if not token_ends_at(ctx, k) or not text[a:k].endswith(zone_heads_built_in()):
            continue
        head = next((h for h in zone_heads_built_in() if text[k:b].endswith(h)), None)
        if head is not None and b - len(head) - k >= 2 and is_proper(text[k:b - len(head)]):
            return {(a, k), (k, b)}
    return {(a, b)}


def _preposition_before(ctx: SentenceContext, a: int) -> int | None:
    """Where the 在 that puts the zone at `a` in its place is: right before it, or right before a
    place found ending at `a` ("在|某某市|某某经济开发区"); None where there is none."""
    text = ctx.text
    if a >= 1 and text[a - 1] == "在":
        return a - 1
    k = next((k for k in ctx.found if k.type == PLACE and k.local_end == a and k.local_start >= 1
              and text[k.local_start - 1] == "在"), None)
    return None if k is None else k.local_start - 1


def _verb_takes_an_object(ctx: SentenceContext, a: int, cb: int) -> bool:
    """Does the verb of building that ends at `a` take an object before the clause ends at `cb`: a
    word of two characters or more after it, no localizer, preposition, conjunction or particle
    ("建设研究所", not "建设中", "建设上", "建设和管理"), nor a figure or a mark?"""
    tok = ctx.token_starting_at(a)
    return (tok is not None and tok.end <= cb and len(tok.word) >= 2 and all(CJK.match(c) for c in tok.word)
            and not tok.pos.startswith(("f", "p", "c", "u", "d", "m", "q")))


# the number of a plan's item before its heading ("(4)", "4.", "四是", "(四)"; also read by
# kg.extract.attributes for a place's heading)
ITEM_NUMBER = re.compile(r"\(?[0-9]{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[0-9]{1,2}[.、]|[一二三四五六七八九十]{1,3}[、是]")


def _zone_headings(ctx: SentenceContext, zone_heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """A zone named as the heading of the works after it, its name alone before a colon at the start
    of the sentence or after an item's number ("(4)清源经济开发区:推进A、B建设", "X产业集聚区:A、B项目
    开工"): the place the works listed under it are in (ANNOTATION rule 3: located → Place), as a
    town's heading is (kg.extract.attributes `_scoped`)."""
    text = ctx.text
    colon = text.find(":")
    if colon < 0:
        return set()
    head = next((h for h in zone_heads if text.endswith(h, 0, colon)), None)
    if head is None:
        return set()
    number = ITEM_NUMBER.match(text)
    lead = number.end() if number is not None else 0
    found = next((m for m in ctx.found if m.local_start == lead and m.local_end == colon), None)
    a = lead if found is not None else name_start(ctx, colon - len(head))
    if a != lead or colon - len(head) - a < 2 or not is_proper(text[a:colon - len(head)]):
        return set()
    return {(a, colon)}


def _parks_built_with_their_works(ctx: SentenceContext, zone_heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """A park the sentence's first clause only builds as a whole, found as that clause's one works
    and closed by a verb of building ("加快推进临港物流园区建设"), where a later clause of the sentence
    lists works, after a focus or target word or opening with them ("…,确保冷链中心、保税仓投入使用",
    "…,汽配城项目投入运营"): the park is where those works are put, a place there as well (ANNOTATION
    rule 3); kg.extract.attributes makes it the clause's zone, whose target clauses list its works.
    Clauses before it that name nothing frame the sentence ("一是按照自治区级物流园区标准,科学制定发展
    规划,加速推进X物流园区建设,年内完成A、B…"): the park's clause is still the first. Not where the
    first clause names anything else, nor where the next goes on to other work ("继续实施X新区建设,加快
    推进Y基地建设": Y is not said to be in X)."""
    text = ctx.text
    going_on = _park_going_on_words()
    clauses = ctx.sentence.clauses_with_text(RELATION_CLAUSE_MARKS)
    if not any(text.endswith(going_on, ca, cb) for ca, cb in clauses[:-1]):
        return set()  # no clause before the last closes with building a park: the loop below finds none
    outer = outermost(sorted(ctx.found, key=lambda m: (m.start, -m.end)))
    for n, (ca, cb) in enumerate(clauses[:-1]):
        verb = next((w for w in going_on if text.endswith(w, ca, cb)), None) if text.endswith(going_on, ca, cb) else None
        works_end = verb and cb - len(verb)  # where the park's works end: the park, or its name and 项目
        end = works_end - len(WORKS_WORD) if verb and text[:works_end].endswith(WORKS_WORD) else works_end
        head = verb and next((h for h in zone_heads if text[:end].endswith(h)), None)
        first = [m for m in outer if ca <= m.local_start and m.local_end <= cb]
        if head is not None or first:
            break  # the park's clause, or one that names something before any park is built
        # a clause before the park's that names nothing frames what follows ("一是按照自治区级物流园区
        # 标准,科学制定发展规划,加速推进X物流园区建设,…"): the sentence opens after it
    else:
        return set()
    if head is None:
        return set()
    later = clauses[n + 1:]
    loc = lexicons.roles("location.txt")
    # (the park's works found once, or at one span by two rules: "X产业园正式运营,A、B投入使用")
    if len({m.span for m in first}) == 1 and first[0].type == PROJECT and first[0].local_end == works_end:
        park = (first[0].local_start, end)  # the park without the 项目 its works' name may add
    elif not first:  # a park no rule took, a proper name before its head ("加快中俄国际物流园区建设");
        # where a place was found in the clause, the zone is that place (kg.extract.attributes)
        a = name_start(ctx, end - len(head))
        if a < ca or end - len(head) - a < 2 or not is_proper(text[a:end - len(head)]):
            return set()
        park = (a, end)
    else:
        return set()
    a, b = later[0]  # the next clause lists works: after a focus or target word, or opening with them
    targets = ctx.text[a:b].startswith((*loc.get("focus", ()), *loc.get("ensure", ())))
    if not any(m.type == PROJECT and a <= m.local_start and m.local_end <= b and (targets or m.local_start == a)
               for m in outer):
        return set()
    return {park}



@functools.lru_cache(maxsize=None)
def _park_going_on_words() -> tuple[str, ...]:
    """What closes a first clause that builds a park as a whole: a build word ("…物流园区建设") or
    words that its building goes on or that it opens as a whole ("…产业园项目扎实推进", "…产业园正式运营";
    location.txt `build`, `progress`), longest first."""
    loc = lexicons.roles("location.txt")
    return lexicons.longest_first({*loc.get("build", ()), *loc.get("progress", ())})


_ROUTE = Guarded("至", rf"(?:(?!至){CJK.pattern}){{2,6}}(?:至(?:(?!至){CJK.pattern}){{2,6}}){{1,3}}")


def _route_word(ctx: SentenceContext, i: int) -> bool:
    """Is the 至 at i a route's "to": its own token, or glued to the next end's first character where a
    route's head follows ("李庄至上坝公路": 至上, route_to_words.txt, or a word in no dictionary: "至打"
    of "某海至打洛高速公路"), not after a verb ("提升至")?"""
    if not token_starts_at(ctx, i):
        return _guessed_with_route_to(ctx, i)
    if not token_ends_at(ctx, i + 1):
        glued = next((t for t in ctx.tokens if t.start == i), None)
        glued_to = glued is not None and (is_route_to(glued.word) or len(glued.word) == 2 and _guessed_word(
            glued, tokenizer_tags().tokenizer.FREQ))  # "勐海|至打|洛": a word jieba's model made of 至 and the end
        if not glued_to or not project_head_pattern().search(ctx.text, i + 2, i + 2 + PLACE_RULES.route_end_max):
            return False
    prev = ctx.token_ending_at(i)
    return prev is None or not prev.pos.startswith("v")


# the directions that may close a route's first end, a station's or a county's name ("重庆东", "乐东"), where
# jieba glues them to the route's 至 as one word (东至, the name of a county elsewhere)
_ROUTE_END_DIRECTIONS = frozenset("东西南北")


def _guessed_with_route_to(ctx: SentenceContext, i: int) -> bool:
    """Is the 至 at i the end of a word jieba guessed from its first end ("马家至王庄段": 马家至, a person's
    name by its model, in no dictionary) or of the head of a feature it opens ("月亮|湖至|大学城"), where a
    name follows it? Then it is the route's "to" all the same."""
    glued = ctx.token_ending_at(i + 1)
    nxt = next((t for t in ctx.tokens if t.start == i + 1), None)
    if glued is None or not glued.word.endswith("至") or nxt is None or not nxt.pos.startswith(("n", "ph")):
        return False
    if glued.word[:-1] in _ROUTE_END_DIRECTIONS and ctx.token_ending_at(glued.start) is not None:
        return True  # "乐|东至|三亚段", "重庆|东至|黔江段": a direction closing the first end ("重庆东" station) glued to 至
    if len(glued.word) == 2 and glued.word[0] in NATURAL_SUFFIXES and ctx.token_ending_at(glued.start) is not None:
        return True  # "月亮|湖至|大学城", "东昌|湖至|高铁|新区": a feature's head glued to 至 after its stem's word
    if nxt.pos == "phead":
        return False
    return len(glued.word) >= 3 and not word_freq(glued.word)


@component("route_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=_ROUTE.needs)
def extract_route_places(ctx: SentenceContext) -> list[Mention]:
    """The ends and stops of a route are places: "正阳至蓬东二级公路", "青杠至太极",
    "阳光花园至官坝公园至马石角道路改造". The first end starts where the name starts; the last
    ends where a project head or the clause begins."""
    out = []
    text = ctx.text
    for m in _ROUTE.finditer(text):
        if not all(_route_word(ctx, m.start() + i) for i, c in enumerate(m.group()) if c == "至"):
            continue  # "宾至如归", "提升至全国第二", "至少": 至 inside a word or a verb phrase
        parts = m.group().split("至")
        pos = m.start()
        for n, part in enumerate(parts):
            a, b = pos, pos + len(part)
            pos = b + 1
            if n == 0:
                a = _first_end_start(ctx, a, b)
                first = text[a:b]
            if n == len(parts) - 1 and (b := _last_end(ctx, first, a, b)) is None:
                continue  # no route: "提高至", "截至"
            if n == len(parts) - 1 and _names_a_linked_route(text, b):
                continue  # "赤峰至京沈高铁连接线": the works joins the railway 京沈高铁, 京沈 is no place
            if n == len(parts) - 1 and (k := text.find("等", a + 2, b)) >= 0:
                b = k  # "扁都口至峨堡等省际大通道", "大同至天津南等特高压工程": 等 closes a list of routes before their kind
            if text[b - 1:b] in ("等", "的"):
                b -= 1  # "沙井至吴圩等高速公路": 等 closes a list of routes, the end is 吴圩 ("至某某站的机场线": 的 too)
            b = _numbered_street_around(ctx, b)
            if n == len(parts) - 1:
                b = _before_route_modifiers(text, a, b)
            hub_end = _hub_ends_route_end(ctx, a, b) if n == len(parts) - 1 else None
            if hub_end is not None and not ctx.taken(a, hub_end, (PLACE,)):
                # "邯郸至黄骅港铁路": the port the railway ends at is the end, holding its town (rule 8)
                out.append(ctx.mention(PLACE, a, hub_end, source="route", composite=True))
            if b - a < 2 or _too_long_for_an_end(text[a:b]) or ctx.taken(a, b, (PLACE,)) or ctx.taken(a, b, (ORG,)):
                continue
            if text[a:b] in lexicons.word_set("not_names.txt") or not all(CJK.match(c) for c in text[a:b]):
                continue
            if names_a_border(text[a:b]):
                continue  # "宁芜高速皖苏界至芜湖段": the end is the border, no place
            out.append(ctx.mention(PLACE, a, b, source="route"))
    return out


def _last_end(ctx: SentenceContext, first: str, a: int, b: int) -> int | None:
    """Where a route's last end, starting at a and cut at b by the pattern, ends: at the next bridge
    of a reach from a bridge (_landmark_end), a project head, a road's head or a known place with a
    word after it, before a figure; None where nothing says a route ends there ("提高至", "截至")."""
    text = ctx.text
    landmark = _landmark_end(text, first, a, b)
    if landmark is not None:
        return landmark  # "中央桥至伊敏桥西岸", "伊敏桥至呼伦桥沿河两岸": the reach ends at the other bridge
    h = _route_head_after(text, a)
    # (a road's two-character head the end's six characters cut in two: "至大学城城市道|路")
    # (a power line's 线路 closes its last end too: "某某至某某线路")
    road = re.search(r"道路|公路|大道|线路|段", text[a:b]) or re.search(r"道路|公路|大道|线路", text[a:b + 1])
    # "铁力至伊春客专": a route's head jieba does not read as one word ends the last stop too
    kind = _route_head_pattern().search(text, a + 2, b)
    ends = [x for x in (h.start() if h and h.start() <= b + PLACE_RULES.route_head_gap else None,
                        a + road.start() if road else None, kind.start() if kind else None) if x is not None]
    known = place_lexicon_pattern().match(text, a)
    nxt = next((t for t in ctx.tokens if known is not None and t.start == known.end()), None)
    if known is not None and known.end() < max(ends + [b]) and nxt is not None and len(nxt.word) > 1:
        # "长沙至法兰克福国际货运班列": a known place ends the route where a word follows it
        # (not a one-character head of its own name: "红星桥")
        ends = [known.end()]
    closes_count = text[b - 1] == "等" and (text[b].isdigit() or text[b] in _ORDINALS)
    if not ends and b < len(text) and text[b] not in ",、;。和" and not closes_count:
        return None  # no route: "提高至", "截至"; but "泰安至东平等34个在建项目" is one
    if ends:
        b = min(ends)
        # "黔江220千伏…": the place ends where a figure begins
        dm = re.search(r"\d|[一二三四五六七八九十]+(?:期|线|号|标段)", text[a:b])
        if dm:
            b = a + dm.start()
    return b


def _landmark_end(text: str, first: str, a: int, b: int) -> int | None:
    """Where the last end of a reach starting at a ends when the first end is a landmark by its head
    (place_route_landmark_heads.txt: "中央桥至伊敏桥西岸景观改造", "伊敏桥至呼伦桥沿河两岸"): at the
    same head in text[a:b] after a stem of two characters or more, or None. The reach runs along a
    river from one bridge to the other; what follows the second (西岸, 沿河两岸, 段) is no part of it."""
    head = next((h for h in lexicons.words("place_route_landmark_heads.txt") if first.endswith(h) and len(first) > len(h)), None)
    if head is None:
        return None
    i = text.find(head, a + 2, b + len(head) - 1)
    return i + len(head) if i >= 0 else None


def _too_long_for_an_end(end: str) -> bool:
    """Is `end` longer than a route's end or stop (route_end_max)? One named as a city's new quarter
    may be a character longer ("某场科技新城至某乡连接线": text_urban_areas.txt)."""
    return len(end) > PLACE_RULES.route_end_max + (1 if end.endswith(URBAN_AREAS) else 0)


def _hub_ends_route_end(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where a route's last end that is a port or an airport named after a place ends ("黄骅港" of
    邯郸至黄骅港铁路, "大家洼港"; place_route_hub_ends.txt): the end text[a:b] cut at a division or town,
    with the hub's head right after it and the route's head right after that; None if not so. The
    lexicon rule finds only the town, which the whole end holds (rule 8)."""
    text = ctx.text
    hub = next((h for h in lexicons.words("place_route_hub_ends.txt") if text.startswith(h, b)), None)
    if hub is None or not 2 <= b - a <= PLACE_RULES.route_end_max or not project_head_pattern().match(text, b + len(hub)):
        return None
    known = place_lexicon_pattern().match(text, a)
    if known is None or known.end() != b or ctx.taken(a, b + len(hub), (ORG,)):
        return None
    return b + len(hub)


def _first_end_start(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a route's first end, the part before its first 至 at b, begins: where the name starts,
    after a project head ("高铁鹤洲至横琴段"), a road's number and 线 ("国道218线石门滩至青松庙段") or
    a road's class ("县道甲乙至丙丁段": place_route_class_words.txt)."""
    text = ctx.text
    lower = a
    a = max(a, name_start(ctx, b, max_chars=PLACE_RULES.route_walk_chars, max_tokens=PLACE_RULES.route_walk_tokens))
    a = max([a] + [t.end for t in ctx.tokens if a < t.end < b and t.pos == "phead"])
    head = ctx.token_ending_at(b)
    if head is not None and a >= b - len(head.word):
        # "某某湖大道至某山快速路": the walk stopped at the street's head (a works' head to jieba), the first
        # end is the street, a place word and that head
        before = ctx.token_ending_at(head.start)
        if head.word in _street_heads() and before is not None and before.start >= lower and before.pos == "ns" \
                and len(before.word) >= 2:
            a = before.start
    a = _past_road_number(text, a)
    a = _past_river_tail(ctx, a, b)
    a = _past_build_word(text, a, b)
    road_class = next((w for w in lexicons.words("place_route_class_words.txt") if text.startswith(w, a)), None)
    return a + len(road_class) if road_class and b - a - len(road_class) >= 2 else a


def _past_build_word(text: str, a: int, b: int) -> int:
    """Where a route's first end text[a:b] begins past a build word that the walk took for the name's
    start (location.txt `build`, 新 before it or not: "公路方面,新开工晏城至表白寺等2个项目", jieba's
    新开工/nz): the end is the place after it, two characters or more; else `a`."""
    at = a + 1 if text.startswith("新", a) else a
    word = next((w for w in lexicons.roles("location.txt").get("build", ()) if text.startswith(w, at)), None)
    return at + len(word) if word is not None and b - at - len(word) >= 2 else a


def _past_river_tail(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a route's first end text[a:b] begins past a river's part written after the river found
    before it ("某江|干流|青石坝至某某段": place_river_tails.txt, 干流, 支流…, a word of its own): the end
    is the place after it, two characters or more; else `a`."""
    tok = ctx.token_starting_at(a)
    if (tok is None or tok.word not in lexicons.word_set("place_river_tails.txt") or b - tok.end < 2
            or not any(f.type == PLACE and f.local_end == a for f in ctx.found)):
        return a
    return tok.end


@functools.lru_cache(maxsize=1)
def _street_heads() -> frozenset[str]:
    """The heads of a street's name (place_street_heads.txt, not a gateway's by direction)."""
    return frozenset(lexicons.words_of_kind("place_street_heads.txt"))


def _route_head_after(text: str, a: int) -> re.Match | None:
    """The project head after a route's last end starting at a, within PLACE_RULES.route_head_reach;
    not a head that closes the road's kind ("至某镇疏港公路": 港 of 疏港, the road's head is 公路)."""
    heads, reach = project_head_pattern(), min(len(text), a + PLACE_RULES.route_head_reach)
    h = heads.search(text, a, reach)
    if h is not None and _closes_route_modifier(text, a, h.start(), h.end()):
        h = heads.search(text, h.end(), reach)
    return h


def _closes_route_modifier(text: str, a: int, h: int, e: int) -> bool:
    """Is the head text[h:e] the tail of a route's kind word (place_route_end_modifiers.txt, "疏港")
    that starts inside the end text[a:h], two characters of the end before it?"""
    return any(len(w) > e - h and text.endswith(w, a, e) and e - len(w) - a >= 2
               for w in lexicons.words("place_route_end_modifiers.txt"))


def _before_route_modifiers(text: str, a: int, b: int) -> int:
    """Where a route's last end text[a:b] ends without the words of the route's purpose glued to
    it ("至汪岗扶贫旅游公路": 汪岗, not 汪岗扶贫; place_route_end_modifiers.txt), two characters kept
    (an end cut inside such a word, "至某某镇疏港公路", is `_route_head_after`'s)."""
    words = lexicons.words("place_route_end_modifiers.txt")
    while True:
        w = next((w for w in words if text.endswith(w, a, b) and b - len(w) - a >= 2), None)
        if w is None:
            return b
        b -= len(w)


def names_a_border(name: str) -> bool:
    """Is `name` a border named by the one-character forms of the provinces it divides ("冀鲁界",
    "皖豫省界": place_route_border_words.txt after two or more of place_abbreviations.txt)?"""
    word = next((w for w in lexicons.words("place_route_border_words.txt") if name.endswith(w)), None)
    stem = name[:-len(word)] if word else ""
    return len(stem) >= 2 and all(c in lexicons.word_set("place_abbreviations.txt") for c in stem)


def course_runs(ctx: SentenceContext) -> list[tuple[int, list[tuple[int, int]]]]:
    """The places of a route's course in a description of it ("起于A市B县,经C、D、E,终点在F区";
    "北起A县…,途经B、C,止于D县"): after each word of place_route_course_words.txt, the place
    starting right after it, one starting right where that one ends (A市B县), and those listed after
    it with 、 — a place found, or a division's or region's name standing as a whole item. After 经
    and 经过, which open other phrases too ("经省政府批准", "经过三年努力"), only a list that ends at
    a clause mark. (offset of the word, [spans of its places]) in order."""
    text = ctx.text
    found: dict[int, int] = {}
    for m in ctx.found:
        if m.type == PLACE:
            a, b = m.span.bounds
            found[a] = max(found.get(a, b), b)
    runs, taken = [], set()
    for word in lexicons.words("place_route_course_words.txt"):
        if word not in text:
            continue  # (one `in`, where re.escape and re's cache cost ~20× as much for no hit)
        for hit in re.finditer(re.escape(word), text):
            if hit.start() in taken:
                continue  # 经 inside 途经 or 经过: read with the longer word
            taken.update(range(hit.start(), hit.end()))
            spans, k = [], hit.end()
            while True:
                b = found.get(k)
                known = place_lexicon_pattern().match(text, k)
                if b is None and known is not None and (known.end() == len(text) or text[known.end()] in _COURSE_ENDS):
                    b = known.end()
                if b is None:
                    break
                spans.append((k, b))
                if b < len(text) and text[b] == "、":
                    k = b + 1
                elif b in found:
                    k = b  # "芜湖市繁昌县"
                else:
                    break
            strict = word in _COURSE_AMBIGUOUS
            if spans and (not strict or spans[-1][1] == len(text) or text[spans[-1][1]] in _COURSE_ENDS):
                runs.append((hit.start(), spans))
    return sorted(runs)


@component("course_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), needs=lexicons.words("place_route_course_words.txt"))
def extract_course_places(ctx: SentenceContext) -> list[Mention]:
    """The places of a route's course a description lists by a division's bare name ("经繁昌、南陵、
    泾县、旌德": 繁昌, 南陵, 旌德 are counties as much as 泾县 is; `course_runs`)."""
    out = []
    for _, spans in course_runs(ctx):
        for a, b in spans:
            if not ctx.taken(a, b, (PLACE,)) and not ctx.taken(a, b, (ORG,)) and not ctx.taken(a, b, (PROJECT,)):
                out.append(ctx.mention(PLACE, a, b, source="course"))
    return out


# what may close a route's course list: a clause mark, a parenthesis after its last place ("大城县(…)")
_COURSE_ENDS = ",;。、(("
# course words that open other phrases too: their list must end at a clause mark
_COURSE_AMBIGUOUS = ("经", "经过")


@functools.lru_cache(maxsize=1)
def _route_head_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("place_route_heads.txt"))


def _numbered_street_around(ctx: SentenceContext, b: int) -> int:
    """Where a route's end at ..b ends when it is a numbered street: "罗家港至建设二路" ends at 路,
    where a road's head cut it after its number (建设二) or before it (建设)."""
    k = b
    while k > 0 and ctx.text[k - 1] in _ORDINALS:
        k -= 1
    return numbered_street_end(ctx, k) or b


_ORDINALS = "一二三四五六七八九十"
# what follows a road's or a metro line's number ("国道335线", "G6号", "地铁5号线"): the number's
# head, no part of a place (longest first)
_ROUTE_NUMBER_HEADS = ("号线", "线", "号", "千伏")  # a road's or line's number; a power line's voltage


def _past_road_number(text: str, a: int) -> int:
    """Past the 线/号/号线 of a road's or line's number that text[a:] opens with ("国道218线|某某滩",
    "地铁5号线|某某段"), or the 千伏 of a power line's voltage ("110千伏|某某至某某线路"), or a."""
    if a > 0 and text[a - 1].isdigit():
        head = next((h for h in _ROUTE_NUMBER_HEADS if text.startswith(h, a)), "")
        return a + len(head)
    return a


@functools.lru_cache(maxsize=1)
def _route_heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("place_route_heads.txt"), key=len, reverse=True))


def _names_a_linked_route(text: str, b: int) -> bool:
    """Is the route's last end at ..b the name of another route the works links to: a route's head
    then a link word ("京沈高铁连接线")?"""
    route = next((h for h in _route_heads_longest_first() if text.startswith(h, b)), None)
    return route is not None and text.startswith(lexicons.words("place_route_link_words.txt"), b + len(route))



@functools.lru_cache(maxsize=1)
def _dash_line() -> Guarded:
    """Two to six names joined by dashes, maybe in quotes, then a line word or (in quotes) a
    zone's head: "胜利大街—阿里河路—扎兰屯路—新北出口路一线", "“总溪河片区—化作枪杆岩—董地”风情小镇景区"."""
    item = rf"(?:(?![{_DASHES}]){CJK.pattern}){{2,8}}"
    line = lexicons.alternation("place_line_words.txt")
    zone = lexicons.alternation("place_zone_heads.txt")
    return Guarded(tuple(_DASHES), rf"(“?)((?:{item}[{_DASHES}]){{1,5}}{item}?)(?:”(?:{CJK.pattern}{{0,6}}?(?:{line}|{zone}))|(?:{line}))")


def _after_last_verb(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a name ending at b starts within a..b: after the last verb or function word before it
    ("重点打造胜利大街" → 胜利大街; a verbal noun stays: 胜利)."""
    starts = [t.end for t in ctx.tokens if a <= t.start and t.end < b and (t.pos in STOP_POS or t.pos in ("v", "vd"))]
    return max(starts, default=a)


@functools.lru_cache(maxsize=1)
def _parallel_heads() -> tuple[str, ...]:
    """The heads a listed place shares with the next item, longest first."""
    heads = lexicons.word_set("place_compound_heads.txt") | {"村", "嘎查", "屯"}
    return lexicons.longest_first(heads)


@functools.lru_cache(maxsize=None)
def _parallel_item(head: str) -> re.Pattern[str]:
    """The next list item ending in `head`: two or three characters, none starting the head."""
    return re.compile(rf"(?:(?!{re.escape(head)}){CJK.pattern}){{2,3}}{re.escape(head)}")


@component("parallel_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("suffix_places", "compound_places"),
           needs_types=(PLACE,))  # the list-mate after a place found
def extract_parallel_places(ctx: SentenceContext) -> list[Mention]:
    """The next item of a list whose item before it is a place with the same head is a place too,
    whatever its words: "中和嘎查、新立嘎查完成草原确权" → 新立嘎查 — unless its stem makes a kind
    ("贫困村", "示范社区")."""
    out = []
    text = ctx.text
    kinds = lexicons.words("village_kinds.txt")
    for p in [m for m in ctx.found if m.type == PLACE]:
        head = next((h for h in _parallel_heads() if p.text.endswith(h)), None)
        a = p.local_end + 1
        if head is None or text[p.local_end:a] not in _LIST_JOINERS:
            continue
        m = _parallel_item(head).match(text, a)
        if m is None:
            continue
        b = m.end()
        stem = text[a:b - len(head)]
        if stem.endswith(kinds) or _holds_a_kind(ctx, a, b - len(head)) or ctx.taken(a, b, (PLACE, ORG)):
            continue
        if a in ctx.token_start_set:
            out.append(ctx.mention(PLACE, a, b, source="parallel"))
    return out


@component("dash_line_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), needs=tuple(_DASHES))
def extract_dash_line_places(ctx: SentenceContext) -> list[Mention]:
    """The stops of a line written with dashes are places: "重点打造胜利大街—阿里河路—扎兰屯路—
    新北出口路一线的精品示范大街" (hailar-2016), "“九洞天—金蟾大山”旅游黄金线路" (devtext nayong-2019).
    The first stop starts where a name would (or after the opening quote)."""
    out = []
    text = ctx.text
    for m in _dash_line().finditer(text):
        pos = m.start(2)
        for n, item in enumerate(re.split(f"[{_DASHES}]", m.group(2))):
            a, b = pos, pos + len(item)
            pos = b + 1
            if n == 0 and not m.group(1):
                a = _start_past_partner_forms(text, _after_last_verb(ctx, a, b), b)
            if b - a >= 2 and not ctx.taken(a, b, (PLACE, ORG)) and text[a:b] not in lexicons.word_set("not_names.txt") \
                    and not _route_in_a_line(ctx, a, b):
                out.append(ctx.mention(PLACE, a, b, source="dash-line"))
    return out


def _route_in_a_line(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a dashed line's item a route ("商登高速—郑少洛高速": routes joined, no stops): an item
    ending with a route's kind or running into one ("海—宝农村公路": 农村公路), or the name of a works
    found right before one."""
    kinds = lexicons.words("project_route_kinds.txt")
    running_in = any(ctx.text.startswith(k, i) for k in kinds for i in range(max(a + 1, b - len(k) + 1), b))
    return ctx.text[a:b].endswith(kinds) or running_in or (
        names_a_route(ctx, a, b) and any(m.type == PROJECT and m.local_start == a for m in ctx.found))


def names_a_route(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] the name of a route, not a place: a route's kind (project_route_kinds.txt)
    follows it and it is no name of the place lexicons ("商登高速—郑少洛高速": 郑少洛)?"""
    if not ctx.text.startswith(lexicons.words("project_route_kinds.txt"), b):
        return False
    known = place_lexicon_pattern().match(ctx.text, a)
    return known is None or known.end() != b


def abbreviated_route(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a route's name built of its ends' one-character forms whose last one is a
    feature's head ("沪苏湖高铁": 沪, 苏, 湖 of 上海, 苏州, 湖州 — no lake), the others province forms
    (place_abbreviations.txt)?"""
    return b - a >= 3 and all(c in lexicons.word_set("place_abbreviations.txt") for c in ctx.text[a:b - 1]) \
        and names_a_route(ctx, a, b)


_COUNT_VALUES = {c: n for n, c in enumerate("一两三四五六七八九十", start=1)} | {"二": 2}
_LIST_JOINERS = "、和及与"
# a count closing a list right before a head ("、青山两", "和友好两个"): the items are the names
_COUNTED_LIST_END = re.compile(rf"[{_LIST_JOINERS}](?:(?![{_LIST_JOINERS}]){CJK.pattern}){{2,6}}([两三四五六七八九十])[个大]?$")


def _counted_list_before(text: str, lo: int, a: int) -> bool:
    """Does a count closing a list end at a ("白沙、青山两|镇")? A count no greater than the items
    listed in its clause counts them; a greater one, with no 等 to say that the list goes on, is a
    numeral inside the last item's name ("某某古镇、某某八|寨景区": eight villages named together)."""
    m = _COUNTED_LIST_END.search(text, lo, a)
    if m is None:
        return False
    clause = clause_start(text, m.start(), RELATION_CLAUSE_MARKS)
    listed = text[clause:m.start(1)]
    return "等" in listed or _COUNT_VALUES[m.group(1)] <= 1 + sum(listed.count(j) for j in _LIST_JOINERS)


@functools.lru_cache(maxsize=1)
def _counted_area_list() -> Guarded:
    """"行政中心、机场路两大片区", "白沙、青山两镇", "友联和友好两个新村", "哈拉苏、成吉思汗两个中心镇",
    "东岗、西营、南坪3个村": items joined by 、 (the last maybe by 和/及/与), then a count (in
    characters or digits), 个 or 大, a kind of at most two
    characters and a head they share."""
    # (等 may close the list before its count: "双庙、…、双江等七个行政村", no item "双江等")
    item = rf"(?:(?![{_LIST_JOINERS}等]){CJK.pattern}){{2,6}}"
    return Guarded(tuple(_COUNT_VALUES) + tuple("23456789"), rf"((?:{item}[{_LIST_JOINERS}])+{item})",
                   tail=rf"等?([两二三四五六七八九十23456789])[个大]?({CJK.pattern}{{0,2}}?)"
                        rf"(?:{lexicons.alternation('place_counted_heads.txt')})")


# the kinds between a count and a shared head that make the items sectors of the economy, not areas
# ("硅工业、食品工业…四大产业板块", "…三大功能板块"): place_counted_sector_kinds.txt
_SECTOR_KINDS = lexicons.word_set("place_counted_sector_kinds.txt")


@component("listed_areas", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_counted_heads.txt"))
def extract_listed_areas(ctx: SentenceContext) -> list[Mention]:
    """The items of a counted list of areas are places, as written: "行政中心、机场路两大片区",
    "白沙、青山两镇". The count must be the number of items (so a list is not taken from the
    middle of a longer phrase)."""
    out = []
    for m in _counted_area_list().finditer(ctx.text):
        items = list_items(ctx, m, seps=_LIST_JOINERS, max_chars=PLACE_RULES.area_item_chars,
                           max_tokens=PLACE_RULES.area_item_tokens)
        count = int(m.group(2)) if m.group(2).isdigit() else _COUNT_VALUES.get(m.group(2))
        if count and 2 <= count < len(items) and ctx.text[items[-count][0] - 1] in _CONJUNCTIONS:
            items = items[-count:]  # "整村拆除及大王、瓦窑、南屯3个村": the list begins after the conjunction
        if len(items) != count or m.end() not in ctx.token_end_set or m.group(3) in _SECTOR_KINDS:
            continue  # another count, or the head opens a longer word ("两个市民广场"); "四大产业板块": sectors, no areas
        for a, b in items:
            if b - a >= 2 and not ctx.taken(a, b, (PLACE, ORG)):
                out.append(ctx.mention(PLACE, a, b, source="area-list"))
    return out


_ITEM_MARK = "、"
# The lexicons of the words that close a list of places after 等, and the longest item each takes:
# divisions by their short names; sites by a scenic spot's longer one ("甲山、乙寺等景区")
_LIST_CLOSERS = (("place_list_closers.txt", 4), ("place_site_list_closers.txt", 6))


@functools.lru_cache(maxsize=None)
def _closed_area_list(closers_file: str, item_chars: int) -> Guarded:
    """"青草、牙际山、新南桥、平息和沿河等村(居)", "X、Y、Z等县区": short names (at most `item_chars`)
    joined by 、 (the last maybe by 和/及/与), 等, maybe a count, and a kind of division or site
    (`closers_file`) that says what they are."""
    item = rf"(?:(?![{_LIST_JOINERS}]){CJK.pattern}){{2,{item_chars}}}"
    closers = alternation_pattern(lexicons.words(closers_file))
    count = r"(?:\d+|[两二三四五六七八九十]+)"
    # or villages counted with what they are made ("金台、唐垴、荆南、借粮湖等6个省级美丽宜居乡村")
    villages = rf"{count}个[^，。；、,;:：]{{0,{PLACE_RULES.village_list_kind_chars}}}?(?:乡村|村|社区)"
    # (sites counted by 处 too: "哈克、团结、谢尔塔拉等三处文化遗址")
    return Guarded("等", rf"((?:{item}[{_LIST_JOINERS}])+{item})", tail=rf"等(?:{count}?[个处]?(?:{closers})|{villages})")


def _names_a_place(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a name: a place found, a division, a proper name or a word jieba does not know?"""
    name = ctx.text[a:b]
    if len(name) < 2:
        return False  # the walk refused the first item: a word that opens no name ("重点")
    return (any(k.type == PLACE and k.span.bounds == ctx.span(a, b).bounds for k in ctx.found) or is_proper(name)
            or name not in tokenizer_tags().tokenizer.FREQ or lexicons.find_division(name, ctx.doc.own.province) is not None)


@component("closed_area_lists", reads=(PLACE, PROJECT, ORG), assigns=(PLACE,), after=("projects",),
           needs=lexicons.words("place_list_closers.txt") + lexicons.words("place_site_list_closers.txt") + ("村",))
def extract_closed_area_lists(ctx: SentenceContext) -> list[Mention]:
    """The short names of a list its closing word calls divisions or settlements are places, as
    written (a brief's "X、Y、Z等县区"): each a word of its own, no common word that is no division
    ("重点、难点等乡镇" names none), nothing found already as something else."""
    out = []
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    matches = [m for f, n in _LIST_CLOSERS for m in _closed_area_list(f, n).finditer(text)]
    for m in matches:
        if m.end() < len(text) and CJK.match(text[m.end()]) and m.end() not in ctx.token_end_set:
            continue  # the kind runs on into a longer word
        if text.startswith(lexicons.words("place_list_closer_facility_words.txt"), m.end()):
            continue  # "甲监管库、乙保税仓等口岸基础设施建设": the kind qualifies facilities, the items are those
        if _ITEM_MARK in text[clause_start(text, m.start(1), RELATION_CLAUSE_MARKS):m.start(1)]:
            continue  # an item too long for the pattern comes before: the list's tail, cut in a name
        items = list_items(ctx, m, seps=_LIST_JOINERS, max_chars=PLACE_RULES.area_item_chars,
                           max_tokens=PLACE_RULES.area_item_tokens)
        if 2 * sum(_names_a_place(ctx, a, b) for a, b in items) <= len(items):
            continue  # "重点、难点等乡镇": words, not names; more than half the items must be names
        for a, b in items:
            name = text[a:b]
            if b - a < 2 or a not in ctx.token_start_set or ctx.taken(a, b, (PLACE, ORG, PROJECT)):
                continue
            if (freq.get(name) or 0) >= PLACE_RULES.common_word_freq and lexicons.find_division(name, ctx.doc.own.province) is None:
                continue
            out.append(ctx.mention(PLACE, a, b, source="closed-area-list"))
    return out


@functools.lru_cache(maxsize=1)
def _company_trades() -> tuple[str, ...]:
    """The trades a company's short name ends in after its trade name ("宇宙电子", "洪韵科技")."""
    return tuple(sorted(company_trades()))


# A crossing a city numbers by its rank over the same river ("某江三桥", "某江二隧"): a bridge or tunnel
_RANKED_CROSSING = re.compile(f"[{CN_NUMERALS}]+(?:大桥|桥|隧道|隧)$")


@component("coordinated_places", reads=(PLACE, PROJECT, ORG), assigns=(PLACE,), after=("projects",), needs=("和", "、"))
def extract_coordinated_places(ctx: SentenceContext) -> list[Mention]:
    """"濯水和新城110千伏输变电工程": a proper name joined by 和/、 to a place that opens a project
    name is a place too."""
    out = []
    text = ctx.text
    for p in [m for m in ctx.found if m.type == PLACE]:
        a = p.local_start
        if a < PLACE_RULES.coordinated_min_start or text[a - 1] not in "和、":
            continue
        if not any(q.type == PROJECT and q.start == p.start for q in ctx.found):
            continue
        b = a - 1
        start = name_start(ctx, b, max_chars=PLACE_RULES.coordinated_walk_chars,
                           max_tokens=PLACE_RULES.coordinated_walk_tokens)
        stem = text[start:b]
        if start > 0 and name_start(ctx, b, max_chars=PLACE_RULES.coordinated_full_chars) < start:
            continue  # "海拉尔客运总站和呼伦贝尔…": the tail of a longer name
        last = ctx.token_ending_at(b)
        if stem.endswith(lexicons.words("org_suffixes.txt")) or last is not None and last.pos in ("phead", "nhead") and len(last.word) > 1:
            continue  # "体育中心、深圳湾文化广场", "急救中心": an institution, not a place
        if stem.endswith(_company_trades()) or any(q.type == PROJECT and q.local_start == start and q.local_end == b
                                                   for q in ctx.found):
            continue  # "甲电子、安徽乙等新签约项目": a company's trade ends it, or it is a listed works of its own
        if any(t.end == start and t.pos == "phead" for t in ctx.tokens):
            continue  # "绍诸高速延伸线、杭州…": the tail of a route's name, not a place
        if any(q.type == PROJECT and q.local_end == b and q.local_start < start for q in ctx.found):
            continue  # "包商银行培训中心、呼伦贝尔大饭店": the end of a facility's name listed before (hailar-2013)
        if transfer_name_ends_at(text, b):
            continue  # "疆电入渝、川渝特高压交流工程": a transfer works' name (genre_transfer_works), no place
        if _RANKED_CROSSING.search(stem):
            continue  # "某江七桥、某某湿地公园三期": a river's seventh bridge, a works (ANNOTATION: bridges), no place
        if 2 <= len(stem) <= PLACE_RULES.coordinated_walk_chars and is_proper(stem) \
                and stem not in lexicons.word_set("not_names.txt") and not ctx.taken(start, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, start, b, source="coordination"))  # (not_names.txt: "档案馆新馆")
    return out




@component("hub_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=_heads_longest_first())
def extract_hub_places(ctx: SentenceContext) -> list[Mention]:
    """A transport hub jieba knows as one word, named after its city ("广州白云机场", "成都双流机场",
    "北京首都机场"): the hub is a place, and the city opening it too (ANNOTATION rule 8). A hub's
    head makes a place only after a known place (place_suffixes.txt, "place")."""
    out = []
    province = ctx.doc.own.province
    heads = _heads_longest_first()
    for t in ctx.tokens:
        if t.pos != "ns" or not t.word.endswith(heads):  # one C scan of the heads before the walk below
            continue
        head = next((h for h in heads if t.word.endswith(h) and len(t.word) > len(h) + 1), None)
        if head is None or ctx.taken(t.start, t.end, (PLACE, ORG)) or inside_book_title(ctx, t.start, t.end):
            continue  # "《海南自由贸易港建设总体方案》": a document's name, as for the lexicons' places
        stem = t.word[:-len(head)]
        city = next((n for n in range(len(stem), 1, -1) if lexicons.find_division(stem[:n], province) is not None), 0)
        if not city:
            continue  # no division opens it: another kind of word
        out.append(ctx.mention(PLACE, t.start, t.start + city, source="hub"))
        out.append(ctx.mention(PLACE, t.start, t.end, source="hub", composite=True))
    return out


# parts of speech of a proper name as jieba tags it (places, persons, other proper nouns)
_PROPER_POS = frozenset({"ns", "nr", "nz"})


@component("port_phase_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects",),
           needs=("港",), needs_types=(PROJECT,))
def extract_port_phase_places(ctx: SentenceContext) -> list[Mention]:
    """A port whose own works open a works' name found ("虞公港二期", "马村港三期", "南沙港五期", "某某港扩建
    工程": the port's name, then a phase or a works of the hub itself, rel_hub_own_works.txt `works`): the
    port is a place, where the works is (ANNOTATION rules 3 and 8); its name a proper stem of two or three
    characters and 港, no division named so (连云港, 防城港: the lexicons find those), no kind of zone
    (rel_hub_own_works.txt `kind`, `inland`: 保税港, 国际陆港)."""
    out = []
    roles = lexicons.roles("rel_hub_own_works.txt")
    works, kinds = tuple(roles.get("works", ())), (*roles.get("kind", ()), *roles.get("inland", ()))
    not_names = lexicons.word_set("not_names.txt")
    for m in (f for f in ctx.found if f.type == PROJECT):
        k = m.text.find("港", 2, 4)
        rest = m.text[k + 1:] if k > 0 else ""
        if not rest or not (ORDINAL_PHASE.match(rest) or rest.startswith(works)):
            continue
        port, a, b = m.text[:k + 1], m.local_start, m.local_start + k + 1
        if not is_proper(m.text[:k]) or not all(CJK.match(c) for c in port) or port[:-1] in not_names \
                or port.endswith(kinds) \
                or port in lexicons.divisions_by_name() or ctx.found_at(a, b, PLACE) \
                or ctx.reaches_out_of(a, b, (PLACE, ORG)) \
                or any(o.local_start == a and o.local_end == b for o in out):
            continue
        out.append(ctx.mention(PLACE, a, b, source="port-phase", composite=True))
    return out


@component("hub_name_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("hub_places", "suffix_places"),
           needs=lexicons.words("place_hub_heads.txt") + lexicons.words("place_named_crossing_heads.txt"))
def extract_hub_name_places(ctx: SentenceContext) -> list[Mention]:
    """The proper word right before a hub's head names the place the hub stands in ("新桥国际机场",
    "郑州新火车站（小李庄站）"): a place (ANNOTATION rule 8), not a common word ("加油站"); before an
    interchange's head, also a word the dictionary does not know ("沪渝高速排湖互通" → 排湖)."""
    out = []
    text = ctx.text
    crossings = lexicons.words("place_named_crossing_heads.txt")
    hubs_or_crossings = lexicons.words("place_hub_heads.txt") + crossings  # once, not a tuple a token
    not_names = lexicons.word_set("not_names.txt")
    freq = tokenizer_tags().tokenizer.FREQ
    for t in ctx.tokens:
        if not t.pos.startswith("n") or not all(CJK.match(c) for c in t.word) or t.word in not_names:
            continue
        b = t.end
        if t.pos in _PROPER_POS:
            head = next((h for h in hubs_or_crossings if text.startswith(h, b)), None)
            if head is None and text.startswith("等", b):  # "甲等水电站": the last item of hubs listed by their sites
                kind = next((h for h in hubs_or_crossings if len(h) > 1 and text.startswith(h, b + 1)), None)
                head = None if kind is None else "等" + kind
        elif division_found_before(ctx, t.start) is not None and not text.startswith(hubs_or_crossings, t.start):
            # a common noun between the city and its hub's head ("济南遥墙国际机场"): the hub's own name
            head = next((h for h in hubs_or_crossings if len(h) > 1 and text.startswith(h, b)), None)
        else:  # a word the dictionary does not know, before a crossing's or a hub's head of two characters or more
            # ("排湖互通", "4F级盛乐国际机场": jieba's model made the word of characters its dictionary does not join)
            head = None if freq.get(t.word) else next(
                (h for h in hubs_or_crossings if (len(h) > 1 or h in crossings) and text.startswith(h, b)), None)
        if head is None or not 2 <= b - t.start <= PLACE_RULES.toponym_word_max or not token_ends_at(ctx, b + len(head)):
            continue
        nxt = ctx.token_starting_at(b + len(head))
        if len(head) == 1 and nxt is not None and (nxt.pos.startswith("n") or nxt.pos in ("phead", "vn")):
            continue  # "黑羊站水厂": a place named …站 that opens a facility's name
        if not _taken_but_by_a_hub(ctx, t.start, b):
            out.append(ctx.mention(PLACE, t.start, b, source="hub-name"))
            end = b + len(head)
            if head.endswith("机场") and division_found_before(ctx, t.start) is None \
                    and not hub_being_built(ctx, t.start, end) and not ctx.taken(t.start, end, (PLACE, ORG)):
                # "推动天河国际机场和花湖国际机场联动发展" (hubei 2026): the airport in service named by its
                # site alone is a place too, which holds its site (ANNOTATION rules 3 and 8)
                out.append(ctx.mention(PLACE, t.start, end, source="hub-name", composite=True))
    return out


def division_found_before(ctx: SentenceContext, a: int) -> Mention | None:
    """The place found, a division of the table, that ends right at `a` ("济南" before 遥墙国际机场), if any."""
    return next((m for m in ctx.found if m.type == PLACE and m.local_end == a
                 and lexicons.find_division(m.text, ctx.doc.own.province) is not None), None)


def _taken_but_by_a_hub(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] taken by a place or organization found, other than a longer place holding it,
    the hub named after its city ("合肥新桥国际机场" holds 新桥: ANNOTATION rule 8)? A place ending
    where the word does takes it: the word is the tail of that place's name (藏/龙岛 of "某藏龙岛变电站")."""
    return any(m.type in (PLACE, ORG) and m.local_start < b and a < m.local_end
               and not (m.type == PLACE and m.local_start <= a and b < m.local_end and m.local_end - m.local_start > b - a)
               for m in ctx.found)


def _names_the_stem(found: Mention, stem: Token, head: Token) -> bool:
    """Is `found` a place named by the quarter's stem word alone, with no place over the whole
    quarter yet ("良渚新城" in 余杭区's report: 良渚, a town of the report's own area, is found by the
    lexicons, but no lexicon rule joins it to 新城)? The stem stays a place of its own (ANNOTATION
    rule 8) and the quarter is one more."""
    return found.type == PLACE and found.local_start == stem.start and found.local_end == stem.end


def _feature_stem(stem: Token | None) -> bool:
    """Is `stem` a natural feature's proper name that may name a new quarter after it: a word of three
    characters or more closed by a feature's head (text_natural_suffixes.txt: "松雅湖"), jieba's place?"""
    return stem is not None and len(stem.word) >= 3 and stem.word[-1] in NATURAL_SUFFIXES and stem.pos == "ns"


def _quarter_name_stem(stem: Token | None) -> bool:
    """Is `stem`, the word right before a city's urban area (新城, 老城…), a name or noun of two characters
    or more that the area's word closes ("东峤新城", "秦汉新城", "航空智慧新城", "青禾老城片区"): then the
    bare word is no place of its own (it names the report's own new or old town only where it stands
    alone, after a verb, a conjunction or a mark: "推进新区开发和老城改造")?"""
    return (stem is not None and len(stem.word) >= 2 and all(CJK.match(c) for c in stem.word)
            and stem.pos[:1] in QUARTER_STEM_TAGS)


# jieba's tags of a word that may be the proper part of a quarter's name: nouns and names (n, nr, ns, nz…),
# place and direction words (s, f), abbreviations (j).
QUARTER_STEM_TAGS = frozenset("nsfj")


@component("quarter_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",),
           needs=tuple(w for w in URBAN_AREAS if w.startswith("新")))
def extract_quarter_places(ctx: SentenceContext) -> list[Mention]:
    """A city's new quarter named by a place, a direction or its hub before 新城 ("河西新城",
    "东部新城", "高铁新城"): the whole name is the place, not the bare 新城 (which names the report's
    own new town only when it stands alone)."""
    out = []
    modifiers = lexicons.word_set("place_quarter_modifiers.txt")
    freq = tokenizer_tags().tokenizer.FREQ
    for prev, t in zip(ctx.tokens, ctx.tokens[1:]):
        if t.word not in URBAN_AREAS or not t.word.startswith("新") or prev.end != t.start or len(prev.word) < 2:
            continue
        if not (prev.pos in ("ns", "s", "f") or prev.word in modifiers) or not all(CJK.match(c) for c in prev.word):
            continue
        if (freq.get(prev.word) or 0) >= PLACE_RULES.quarter_stem_max_freq:
            continue  # "打造城市新城": jieba tags 城市 a place, but so common a word names none
        if any(k.type in (PLACE, ORG) and k.span.overlaps(ctx.span(prev.start, prev.end))
               and not _names_the_stem(k, prev, t) for k in ctx.found):
            continue  # "龙川新城": the lexicon rule holds the city and its quarter
        if _feature_stem(prev) and not ctx.found_at(prev.start, prev.end, PLACE):
            # "某某湖新城": the quarter is named after a lake or hill, a place of its own (ANNOTATION rule 8)
            out.append(ctx.mention(PLACE, prev.start, prev.end, source="quarter"))
            out.append(ctx.mention(PLACE, prev.start, t.end, source="quarter", composite=True))
            continue
        out.append(ctx.mention(PLACE, prev.start, t.end, source="quarter"))
    return out


@functools.lru_cache(maxsize=4)
def _country_initials(before: str, after_lexicon: str) -> re.Pattern[str]:
    """One to three one-character country forms after `before` and before a word of `after_lexicon`
    (which the match does not take when `before` is a lookbehind: the partner rule)."""
    initials = lexicons.characters("place_country_initials.txt")
    after = lexicons.alternation(after_lexicon)
    return re.compile(f"{before}([{initials}]{{1,3}})" + (f"(?={after})" if before.startswith("(?<=") else f"(?:{after})"))


def _partner_countries() -> re.Pattern[str]:
    return _country_initials("(?<=[与对])", "place_country_partner_after.txt")


@component("partner_country_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=("与", "对"))
def extract_partner_country_places(ctx: SentenceContext) -> list[Mention]:
    """Partner countries named by one character each after 与 or 对 ("深化与俄蒙毗邻地区的交流",
    "启动对俄航空货运业务"): each character is a country, a place (ANNOTATION decision 1)."""
    out = []
    for m in _partner_countries().finditer(ctx.text):
        for a in range(m.start(1), m.end(1)):
            if not ctx.taken(a, a + 1, (PLACE, ORG)):
                out.append(ctx.mention(PLACE, a, a + 1, source="partner-country"))
    return out


def _border_areas() -> re.Pattern[str]:
    return _country_initials("中", "place_border_area_heads.txt")


@component("border_area_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_border_area_heads.txt"))
def extract_border_area_places(ctx: SentenceContext) -> list[Mention]:
    """A border region named by China and the neighbours it joins, one character each ("打造中俄蒙
    毗邻地区重要的旅游文化名城", hailar-2013; "中越边境地区"): one place, whatever follows it. Without
    中 ("深化与俄蒙毗邻地区的交流") the partners are the places (partner_country_places)."""
    out = []
    for m in _border_areas().finditer(ctx.text):
        a, b = m.span()
        if (a in ctx.token_start_set or ctx.text[a - 1:a] in _LIST_JOINERS) and not ctx.taken(a, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, a, b, source="border-area"))
    return out


@functools.lru_cache(maxsize=1)
def _city_core() -> re.Pattern[str]:
    quarters = "|".join(lexicons.longest_first(["新区", *(w for w in URBAN_AREAS if w.startswith(("新", "老", "旧")))]))
    return re.compile(f"(?:{lexicons.alternation('place_city_cores.txt')})(?:{quarters})?")


@component("city_core_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",),
           needs=lexicons.words("place_city_cores.txt"))
def extract_city_core_places(ctx: SentenceContext) -> list[Mention]:
    """A city's core named by its kind where 城 is a word of its own ("围绕服务中心城",
    "呼伦贝尔市中心城新区"), with a new or old quarter of it when one follows: a place; a
    generic "区域中心城" or "副中心城" (a rank, not a quarter) is not."""
    out = []
    for m in _city_core().finditer(ctx.text):
        a, b = m.span()
        if b not in ctx.token_end_set or ctx.text[a - 1:a] in ("域", "副", "性") or ctx.taken(a, b, (PLACE, ORG)):
            continue
        if ranks_among_quarters(ctx, b):
            continue  # "位列主城第一": the city's core districts as the group a district ranks in
        out.append(ctx.mention(PLACE, a, b, source="city-core"))
    return out


@functools.lru_cache(maxsize=1)
def _designated_areas() -> Guarded:
    verbs = lexicons.words("place_designation_verbs.txt")
    return Guarded(verbs, rf"((?:[{CJK_CHARS}]{{2,8}}[、和]){{0,5}}[{CJK_CHARS}]{{2,8}})(?:{'|'.join(map(re.escape, verbs))})"
                          rf"[^,;。,]{{0,12}}?(?:{lexicons.alternation('place_designation_kinds.txt')})")


@component("designated_area_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("suffix_places", "projects"),
           needs=lexicons.words("place_designation_verbs.txt"))
def extract_designated_area_places(ctx: SentenceContext) -> list[Mention]:
    """Areas listed before the designation of a scenic or natural area they obtain ("关山草原、大水川
    创建为省级旅游度假区", baoji): each item that holds a proper name is a place; an institution
    (纪念馆, 博物馆: an organization's head) or a known organization is not."""
    out = []
    org_heads = lexicons.words("org_suffixes.txt")
    for m in _designated_areas().finditer(ctx.text):
        for a, b in list_items(ctx, m, seps="、和"):
            item = ctx.text[a:b]
            if b - a < 2 or item.endswith(org_heads) or ctx.taken(a, b, (PLACE, ORG)) or not is_proper(item):
                continue
            out.append(ctx.mention(PLACE, a, b, source="designated-area"))
    return out


@functools.lru_cache(maxsize=1)
def _quoted_initials() -> Guarded:
    joint = lexicons.words("place_joint_development_words.txt")
    return Guarded(joint, rf"“([{CJK_CHARS}]{{2,4}})”(?:{'|'.join(map(re.escape, joint))})")


@functools.lru_cache(maxsize=1)
def _initials_under() -> dict[str, frozenset[str]]:
    """Division code → the first characters of the divisions right under it (a province's
    prefectures, a prefecture's counties)."""
    out: dict[str, set[str]] = {}
    for d in lexicons.divisions().values():
        out.setdefault(d.parent, set()).add(d.name[0])
    return {code: frozenset(chars) for code, chars in out.items()}


@component("initials_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_joint_development_words.txt"))
def extract_initials_places(ctx: SentenceContext) -> list[Mention]:
    """A quoted abbreviation of several divisions of the report's area by their first characters,
    before a word of joint development ("“盐临夏”一体化发展", yuncheng: 盐湖区, 临猗县, 夏县): one
    place, not the division another reading of it names (临夏)."""
    own = ctx.doc.own.division
    out = []
    if own is not None:
        initials = _initials_under().get(own.code, frozenset())
        out = [ctx.mention(PLACE, m.start(1), m.end(1), source="initials") for m in _quoted_initials().finditer(ctx.text)
               if all(c in initials for c in m.group(1)) and _initials_of_distinct_divisions(own, m.group(1))]
    return out + _prefecture_initials(ctx, {m.local_start for m in out})


def _initials_of_distinct_divisions(own, chars: str) -> bool:
    """Does each of `chars` open another division under the report's own: distinct characters, or
    in a province's report one character twice for two of its prefectures ("“宜荆荆恩”城市群",
    hubei-2026: 宜昌, 荆州, 荆门, 恩施)?"""
    if len(set(chars)) == len(chars):
        return True
    return own.level == "province" and _distinct_prefectures(_prefectures_by_initial().get(own.code[:2], {}), chars)


@functools.lru_cache(maxsize=1)
def _joint_initials() -> Guarded:
    joint = lexicons.words("place_joint_development_words.txt")
    return Guarded(joint, rf"([{CJK_CHARS}]{{2,4}}?)(?:{'|'.join(map(re.escape, joint))})")


@functools.lru_cache(maxsize=1)
def _prefectures_by_initial() -> dict[str, dict[str, frozenset[str]]]:
    """Province code → first character → the codes of its prefectures whose name opens with it."""
    out: dict[str, dict[str, set[str]]] = {}
    for d in lexicons.divisions().values():
        if d.level == "prefecture":
            out.setdefault(d.code[:2], {}).setdefault(d.name[0], set()).add(d.code)
    return {p: {c: frozenset(codes) for c, codes in by.items()} for p, by in out.items()}


def _prefecture_initials(ctx: SentenceContext, taken: set[int]) -> list[Mention]:
    """An abbreviation of several cities of one province by their first characters, unquoted, before
    a word of joint development ("宜荆荆一体化": 宜昌, 荆州, 荆门; "长株潭一体化"): one place (ANNOTATION:
    named sub-regions). Each character opens the name of a different prefecture of the same province;
    the abbreviation opens a word and is no word of the dictionary ("城乡一体化", "港城一体化"), and
    has three or four characters: a pair ("深中一体化") is as often a word or a corridor's name as a place."""
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    out = []
    for m in _joint_initials().finditer(text):
        a, b = m.span(1)
        for a in range(a, b - 2):  # the shortest run of three or four initials before the joint word
            chars = text[a:b]
            if a in taken or not token_starts_at(ctx, a) or freq.get(chars) or ctx.taken(a, b, (PLACE, ORG)):
                continue
            if any(_distinct_prefectures(by, chars) for by in _prefectures_by_initial().values()):
                out.append(ctx.mention(PLACE, a, b, source="initials"))
                break
    return out


def _distinct_prefectures(by_initial: dict[str, frozenset[str]], chars: str, used: frozenset[str] = frozenset()) -> bool:
    """Can each of `chars` open the name of another prefecture of `by_initial` (one province's)?"""
    if not chars:
        return True
    return any(_distinct_prefectures(by_initial, chars[1:], used | {code})
               for code in by_initial.get(chars[0], ()) if code not in used)


@functools.lru_cache(maxsize=1)
def _reservoir() -> Guarded:
    heads = lexicons.words("place_reservoir_heads.txt")
    return Guarded(heads, rf"(?:^|(?<=[、,;:“”和及与]))([{CJK_CHARS}]{{2,3}})(?:{'|'.join(map(re.escape, heads))})")


@component("reservoir_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("word_toponyms",),
           needs=lexicons.words("place_reservoir_heads.txt"))
def extract_reservoir_places(ctx: SentenceContext) -> list[Mention]:
    """The settlement a reservoir is named after, where the name opens a list item or a clause
    ("“引绰济辽”、东台子水库等工程", neimenggu): its stem of two or three characters holds a proper
    name (not a kind: "小型水库", "病险水库")."""
    out = []
    for m in _reservoir().finditer(ctx.text):
        a, b = m.span(1)
        stem = m.group(1)
        if stem.endswith(lexicons.words("place_reservoir_kinds.txt")):
            continue
        if (is_proper(stem) or _unknown_noun_stem(ctx, stem, a)) and token_starts_at(ctx, a) \
                and not ctx.taken(a, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, a, b, source="reservoir"))
    return out + _reservoirs_as_water_sources(ctx, out)


def _reservoirs_as_water_sources(ctx: SentenceContext, stems: list[Mention]) -> list[Mention]:
    """A reservoir named right before a word of a drinking-water source or its area
    (place_water_source_words.txt: "青石水库饮用水水源地", "黄泥水库饮用水水源保护区", "X水库库区"): the
    reservoir is the water the sentence protects, a place, and so is the named area it opens
    (ANNOTATION: lakes and named areas are places), a zone drawn round it (水源保护区, 库区), not the
    source itself ("青石水库饮用水水源地": the reservoir's use; place_water_source_uses.tsv). Before
    works that draw on, repair or protect it
    (place_reservoir_use_works.txt: "党河水库除险加固", "后寺河水库引水工程") the reservoir is a place
    there already, and so is its stem, where the works is (rule 8). Its stem names it (a proper name, a word jieba does not know,
    a place found, or one of `stems`, the stems found where a reservoir's name opens a clause: "柳回水库除险加固",
    尹/nr 回/v), not a kind ("小型水库")."""
    text = ctx.text
    out = []
    words = lexicons.words("place_water_source_words.txt")
    uses = lexicons.words("place_reservoir_use_works.txt")
    for head in lexicons.words("place_reservoir_heads.txt"):
        for m in re.finditer(re.escape(head), text):
            h, end = m.span()
            area = next((w for w in words if text.startswith(w, end)), None)
            # a later phase of works at the reservoir ("甲水库二期引水工程", "乙水库二期工程"): its first
            # phase stands there already, so the reservoir does too; the works' words follow the phase
            phase = LATER_SITE_PHASE.match(text, end)
            at = phase.end() if phase else end
            phase_works = phase is not None and phase.group().endswith(WORKS_CLOSINGS)
            if area is None and not text.startswith(uses, at) and not phase_works:
                continue
            # the stem is a place found ("显岗" read as a verb), or a name's word of its own
            a = min((k.local_start for k in (*ctx.found, *stems) if k.type == PLACE and k.local_end == h
                     and 2 <= h - k.local_start <= 4), default=None)
            if a is None:
                a = _name_word_before(ctx, h, (4, 3, 2))
            if a is None or text[a:h].endswith(lexicons.words("place_reservoir_kinds.txt")) or ctx.taken(a, end, (ORG,)):
                continue
            stem = text[a:h]
            if not (is_proper(stem) or _unknown_noun_stem(ctx, stem, a) or ctx.found_at(a, h, PLACE)
                    or any(k.local_start == a and k.local_end == h for k in stems)):
                continue
            if area is None:
                # works at a reservoir that is there already are at the reservoir, a place of its own
                # ("甲水库除险加固工程": 甲水库, the design reports u64-u67's gold in 15 of 16 such works),
                # and at the place it is named after (甲: ANNOTATION rule 8; earlier design reports'
                # gold, 9 of 13, named that place alone)
                if text.startswith(lexicons.words("place_reservoir_whole_works.txt"), at) or phase_works:
                    out.append(ctx.mention(PLACE, a, end, source="reservoir", composite=True))
                if not ctx.found_at(a, h, PLACE) and not any(k.local_start == a and k.local_end == h for k in stems):
                    out.append(ctx.mention(PLACE, a, h, source="reservoir"))
                continue
            # both hold the place the reservoir is named after ("显岗", ANNOTATION rule 8)
            out.append(ctx.mention(PLACE, a, end, source="reservoir", composite=True))
            if not water_source_use_ending(text, end + len(area)):  # "某水库水源地": the source is the reservoir's use
                out.append(ctx.mention(PLACE, a, end + len(area), source="reservoir", composite=True))
            out += _reservoirs_listed_before(ctx, a, head)
    return out


# the longest site name read between a county and a reservoir's head: sites are named by two to four characters
_COUNTY_RESERVOIR_SITE = (2, 4)


@component("county_reservoir_sites", reads=(PLACE, ORG), assigns=(PLACE,), after=("dictionary_toponyms",),
           needs_types=(PLACE,), needs=lexicons.words("place_reservoir_heads.txt"))  # a county found opens the works
def extract_county_reservoir_sites(ctx: SentenceContext) -> list[Mention]:
    """The site a reservoir is named after, right after a county written in full ("某某县石门坎水库",
    "某县某鸿水库", "某某市某岩水库"): a settlement of that county (ANNOTATION rule 8), whatever its
    words, where the county's name opens the reservoir's; the toponym rules, reading words, miss a site
    jieba knows as a common noun or cuts apart. Not a reservoir's kind ("某某县小型水库") nor a word too
    common to be a site's name ("胜利水库": PLACE_RULES.common_word_freq)."""
    out = []
    text = ctx.text
    heads = lexicons.words("place_reservoir_heads.txt")
    lo, hi = _COUNTY_RESERVOIR_SITE
    for p in [m for m in ctx.found if m.type == PLACE]:
        d = lexicons.find_division(p.text, ctx.doc.own.province)
        if d is None or d.level != "county" or p.text != d.name:
            continue
        a = p.local_end
        h = next((i for i in range(a + lo, a + hi + 1) if text.startswith(heads, i)), None)
        if h is None or not all(CJK.match(c) for c in text[a:h]):
            continue
        stem = text[a:h]
        if stem.endswith(lexicons.words("place_reservoir_kinds.txt")) or stem.startswith(lexicons.words("place_reservoir_kinds.txt")) \
                or word_freq(stem) >= PLACE_RULES.common_word_freq or lexicons.find_division(stem, ctx.doc.own.province) is not None:
            continue
        if not any(m.type in (PLACE, ORG) and m.local_start < h and a < m.local_end for m in ctx.found):
            out.append(ctx.mention(PLACE, a, h, source="county-reservoir"))
    return out


def _reservoirs_listed_before(ctx: SentenceContext, a: int, head: str) -> list[Mention]:
    """The reservoirs listed before the one whose water source is named ("完成甲水库、乙水库饮用水水源地
    规范化建设"): the source's words end the list and speak of each, so each is a water the sentence
    protects, a place, as the last one is. Its stem names it, as _reservoirs_as_water_sources reads it."""
    text = ctx.text
    out = []
    while a > len(head) + 2 and text[a - 1] == "、" and text.endswith(head, 0, a - 1):
        h = a - 1 - len(head)
        stem_at = min((k.local_start for k in ctx.found if k.type == PLACE and k.local_end == h and 2 <= h - k.local_start <= 4),
                      default=None)
        if stem_at is None:
            stem_at = _name_word_before(ctx, h, (4, 3, 2))
        if stem_at is None or text[stem_at:h].endswith(lexicons.words("place_reservoir_kinds.txt")) \
                or ctx.taken(stem_at, a - 1, (ORG,)):
            break
        stem = text[stem_at:h]
        if not (is_proper(stem) or _unknown_noun_stem(ctx, stem, stem_at) or ctx.found_at(stem_at, h, PLACE)):
            break
        out.append(ctx.mention(PLACE, stem_at, a - 1, source="reservoir", composite=True))
        a = stem_at
    return out


def _unknown_noun_stem(ctx: SentenceContext, stem: str, a: int) -> bool:
    """A stem jieba does not know as a word, opened by a noun-like piece ("椒/ng 花": 椒花水库): a
    settlement's name of common characters, which is_proper's rare-character test misses."""
    # The near-twin of the last test of honoured_companies._trade_name, apart on purpose in two ways:
    # the stem is cut by a regex, not on tokens, so its first token must be checked to end inside it;
    # and `not word_freq` takes a stem jieba stores only as the opening of a longer word (frequency 0)
    # as unknown, as a name of common characters often is, where the honoured subject must be absent.
    first = ctx.token_starting_at(a)
    if first is None and a > 0 and (glued := ctx.token_starting_at(a - 1)) is not None \
            and _conjunction_after_works(ctx, a - 1, glued.end):
        first = Token(glued.word[1:], glued.pos, a, glued.end)  # "和册田/nr": the name after the conjunction
    return (not word_freq(stem) and first is not None and first.end <= a + len(stem)
            and not first.pos.startswith(NOT_NAME_OPENING_POS))


@functools.lru_cache(maxsize=1)
def _ring_area() -> re.Pattern[str]:
    return re.compile(f"环([{CJK_CHARS}]{{2,4}}?)(?:{lexicons.alternation('place_ring_area_heads.txt')})")


def _ring_areas(ctx: SentenceContext) -> list[tuple[int, int]]:
    """The spans of areas named as the ring around a feature or a place ("环三都澳大湾区",
    "环郧阳湖中心城区"): the stem after 环 ends with a natural feature's head (湖, 湾, 海, 澳…) or is a
    division or a named region; not "环境…" nor "环节"."""
    if "环" not in ctx.text:
        return []
    out = []
    for m in _ring_area().finditer(ctx.text):
        stem = m.group(1)
        if stem[-1] in NATURAL_SUFFIXES or stem[-1] in _RING_FEATURE_ENDS or stem in lexicons.named_regions() \
                or lexicons.find_division(stem, ctx.doc.own.province) is not None:
            out.append(m.span())
    return out


# heads of a bay's or an island's name that are not among the natural suffixes ("三都澳", "沧浪洲")
_RING_FEATURE_ENDS = "澳洲岛"


@component("ring_area_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places", "suffix_places"), needs=("环",))
def extract_ring_area_places(ctx: SentenceContext) -> list[Mention]:
    """An area named as the ring around a feature ("主动融入环白沙湾大湾区建设", xiapu; "环郧阳湖
    中心城区建设提速"): one place, which holds the feature named in it (ANNOTATION rule 8)."""
    return [ctx.mention(PLACE, a, b, source="ring-area", composite=True)
            for a, b in _ring_areas(ctx) if not ctx.taken(a, b, (ORG,))]


@component("region_cluster_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",),
           needs=lexicons.words("place_region_cluster_heads.txt"))
def extract_region_cluster_places(ctx: SentenceContext) -> list[Mention]:
    """A regional plan's area named after a region or a city found right before its head
    (place_region_cluster_heads.txt: "呼包鄂榆城市群", "北部湾城市群", "南京都市圈"): one place, which
    holds the region or city named in it (ANNOTATION rule 8), as a ring area holds its feature."""
    out = []
    for p in ctx.found:
        b = p.local_end
        if ctx.text.startswith("”", b) and ctx.text.endswith("“", 0, p.local_start):
            b += 1  # "带动“襄十随神”城市群协同发展" (hubei-2026): the quoted name before its head
        head = next((h for h in lexicons.words("place_region_cluster_heads.txt") if ctx.text.startswith(h, b)), None)
        if p.type != PLACE or head is None or not (_names_a_region_or_city(ctx, p.text) or p.attrs.get("source") == "initials"):
            continue
        if _item_of_a_place_list(ctx, p.local_start):
            continue  # "广州、深圳都市圈": the head is shared by the list's items, each a place of its own
        end = b + len(head)
        if ctx.text.startswith(_PLAN_TITLE_HEADS, end):
            continue  # "粤港澳大湾区城市群发展规划": the area inside a plan's title, not a place spoken of
        start = _dashed_partner_start(ctx, p.local_start)
        if not ctx.taken(start, end, (ORG,)) and not ctx.found_at(start, end, PLACE):
            out.append(ctx.mention(PLACE, start, end, source="region-cluster", composite=True))
    return out


def _dashed_partner_start(ctx: SentenceContext, at: int) -> int:
    """Where the area's name opens when a place and a dash stand before the place at `at`: a belt or
    metropolitan area named after the two places it runs between ("西宁—海东都市圈", qinghai-2026 and
    its review; "岷江—长江上游经济带", sichuan-2026), one name, not the second place's area; else `at`."""
    if ctx.text[at - 1:at] not in _DASHES or at < 2:
        return at
    return next((m.local_start for m in ctx.found if m.type == PLACE and m.local_end == at - 1), at)


# what joins a list's items before a head they share ("广州、深圳都市圈", "武汉和长沙都市圈")
_LIST_MARKS = ("、", "和", "与", "及")
# the words after an area's name that make it a plan's title ("城市群发展规划", "都市圈规划")
_PLAN_TITLE_HEADS = ("规划", "发展规划")


def _item_of_a_place_list(ctx: SentenceContext, at: int) -> bool:
    """Does a list mark before `at` follow a place ("广州、深圳都市圈": the items share the head),
    rather than another item of another kind ("长江经济带发展、长江中游城市群建设", hunan-2026)?"""
    joint = ctx.token_ending_at(at)
    if joint is None or joint.word not in _LIST_MARKS:
        return False
    return any(m.type == PLACE and m.local_end == joint.start for m in ctx.found)


def _names_a_region_or_city(ctx: SentenceContext, name: str) -> bool:
    """Is `name` a named region (regions.txt and the other region lists), a great lake or river of
    landforms.txt or a division above a county (a metropolitan area is named after its city, a belt
    or cluster after its region, an ecological economic zone after its lake or river)?"""
    if name in lexicons.named_regions() or name in lexicons.word_set("landforms.txt"):
        return True
    division = lexicons.find_division(name, ctx.doc.own.province)
    return division is not None and division.level in ("province", "prefecture")


@functools.lru_cache(maxsize=1)
def _numbered_water() -> Guarded | re.Pattern[str]:
    # digits or figures read digit by digit ("626小河", "六二六小河"), never a count ("第六二")
    number = "(?:(?<![0-9.．％%第号-])[0-9]{2,4}|(?<![〇零一二三四五六七八九十百千万第])[〇零一二三四五六七八九]{2,4})"
    return guarded(f"{number}[小大]?(?:{lexicons.alternation('place_numbered_water_heads.txt')})")


@component("numbered_water_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_numbered_water_heads.txt"))
def extract_numbered_water_places(ctx: SentenceContext) -> list[Mention]:
    """A small water named by a number ("实施626小河改造", hailar-2013; "六二六小河", hailar-2012): the
    number with its head is the place's name."""
    out = []
    for m in _numbered_water().finditer(ctx.text):
        a, b = m.span()
        if not ctx.taken(a, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, a, b, source="numbered-water"))
    return out


def _division_split(word: str, province: str | None) -> int:
    """Where a word that jieba took as one splits into a division and a division inside it
    ("广西北海" → 广西 | 北海, "浙江温州"), or 0."""
    for i in range(2, len(word) - 1):
        outer = lexicons.find_division(word[:i], province)
        inner = lexicons.find_division(word[i:], outer.code[:2] if outer else province)
        if outer is None or inner is None or outer.level == "county" or inner.code == outer.code:
            continue
        prefix = outer.code[:2] if outer.level == "province" else outer.code[:4]
        if inner.code.startswith(prefix):
            return i
    return 0


def _country_split(word: str) -> int:
    """Where a word jieba took as one splits into a country and a foreign city ("英国伦敦"), or 0."""
    world = lexicons.word_set("world.txt")
    return next((i for i in range(2, len(word) - 1)
                 if word[:i] in lexicons.word_set("countries.txt") and word[i:] in world), 0)


@component("joined_division_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",))
def extract_joined_division_places(ctx: SentenceContext) -> list[Mention]:
    """A province and a city in it, or a country and a city of it, written together and taken by
    jieba as one word ("与广西北海、浙江义乌合作", "英国伦敦"): two places, not one name."""
    out = []
    for t in ctx.tokens:
        if t.pos != "ns" or len(t.word) < 4 or ctx.taken(t.start, t.end, (ORG,)):
            continue
        cut = _division_split(t.word, ctx.doc.own.province) or _country_split(t.word)
        held = [k for k in ctx.found if k.type == PLACE and k.span.overlaps(ctx.span(t.start, t.end))]
        if not cut or any(k.span.bounds != ctx.span(t.start, t.start + cut).bounds for k in held):
            continue  # no split, or another place holds part of the word
        if not held:
            out.append(ctx.mention(PLACE, t.start, t.start + cut, source="joined-division"))
        out.append(ctx.mention(PLACE, t.start + cut, t.end, source="joined-division"))
    return out


@functools.lru_cache(maxsize=1)
def _country_cities() -> dict[str, frozenset[str]]:
    """Country → the places of it that stand as places only beside it (place_country_cities.tsv)."""
    out: dict[str, set[str]] = {}
    for country, city in lexicons.rows("place_country_cities.tsv"):
        out.setdefault(country, set()).add(city)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _transliterated_item() -> re.Pattern[str]:
    """A run of transliteration characters closed by a list mark, a clause mark or a function word."""
    chars = lexicons.characters("place_transliteration_chars.txt")
    return re.compile(rf"[{chars}]{{2,{PLACE_RULES.transliterated_name_max}}}(?=[、,，;；。和及与等的]|$)")


def _country_city_at(ctx: SentenceContext, country: str, k: int) -> int | None:
    """Where a city of `country` written at k ends: one of its places that stand only beside it
    (place_country_cities.tsv, longest first), a run of transliteration characters, or a name closed
    by a foreign division's level word, first ("冈山县", "符拉迪沃斯托克市", "广宁省"); None if no city."""
    division = foreign_division_end(ctx, k)  # its level word after it is part of its name ("越南广宁|省")
    if division is not None:
        return division
    city = max((c for c in _country_cities().get(country, ()) if ctx.text.startswith(c, k)), key=len, default=None)
    if city is not None:
        return k + len(city)
    m = _transliterated_item().match(ctx.text, k)
    return m.end() if m else None


# Parts of speech no word of a foreign division's name has: function words, measure words, verbs,
# directions, times (a number's tag is left out: the tagger reads "大分" of 大分县 as one).
_NOT_FOREIGN_NAME_POS = ("p", "c", "u", "r", "d", "q", "v", "f", "t")
# the tags of a word that may end a division's name with its level word ("乌兰巴托市"/ns)
_NAME_ENDING_POS = frozenset({"ns", "nr", "nrt", "nz", "j"})


def foreign_division_end(ctx: SentenceContext, k: int) -> int | None:
    """Where a foreign division written at k (right after its country, or after the item before it)
    ends: a name of two to `PlaceRuleLimits.foreign_division_stem_max` characters that opens a word,
    opens with no numeral nor a scope word ("全省", "本市"), holds no function word or verb, is no
    Chinese division, and is closed by a level word (place_foreign_division_heads.txt) that ends a
    word and is not the end of a common word ("日本冈山|县、", "日本山梨县交流", "俄罗斯符拉迪沃斯托克市
    开展…"; not "友好城市", "设立泉州" of "印度尼西亚设立泉州商品展示中心"); the shortest such, else
    None. A country's company or people ("日本企业在本市…") hold a word of no name and are none."""
    text = ctx.text
    if ctx.token_starting_at(k) is None or text[k] in CN_NUMERALS or text[k] in "全各本我该":
        return None
    heads = lexicons.word_set("place_foreign_division_heads.txt")
    for h in range(k + 2, min(len(text), k + PLACE_RULES.foreign_division_stem_max + 1)):
        if not CJK.match(text[h - 1]) or text[h - 1] in "等和与及的":
            return None
        if text[h] not in heads or ctx.token_ending_at(h + 1) is None:
            continue
        words = [t for t in ctx.tokens if k <= t.start and t.end <= h]
        if any(t.pos.startswith(_NOT_FOREIGN_NAME_POS) for t in words) or _common_word_ends(ctx, k, h + 1) \
                or lexicons.find_division(text[k:h + 1], None) is not None:
            return None
        return h + 1
    return None


def _common_word_ends(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a common word of two or more characters end at b ("城市", "超市", "上市"), so the
    division's head 市 is the end of that word, not of a name? Not where that word is the whole name
    a..b of three characters or more ("老挝万象市": jieba tags the city's name a common noun)."""
    last = ctx.token_ending_at(b)
    if last is not None and last.start == a and len(last.word) >= 3:
        return False
    return last is not None and len(last.word) > 1 and last.pos not in _NAME_ENDING_POS


# the dictionary's tags of a word that may be a division's short form in a former name: a place's, a
# person's or a proper noun's, an abbreviation's ("新建" of 新建区 is a verb: 新建县… is 新建|县…)
_FORMER_SHORT_TAGS = ("ns", "nr", "nz", "j")


@functools.lru_cache(maxsize=1)
def _former_division_names() -> frozenset[str]:
    """The names a division of the table bore at another level before it was made what it is
    (place_former_levels.tsv: 溧水县 before 溧水区, 富阳市 before 富阳区, a county-level 市 before it became
    a district): its short form (two characters or more, a place's or proper word of the dictionary, not a
    verb) and a former level's word, where no division of the table holds that name."""
    names = set(lexicons.divisions_by_name())
    former = lexicons.rows("place_former_levels.tsv")
    tags = tokenizer_tags().word_tag_tab
    out = set()
    for d in lexicons.divisions().values():
        if len(d.short) < 2 or not (tags.get(d.short) or "ns").startswith(_FORMER_SHORT_TAGS):
            continue  # a short form that is a verb or common word of the dictionary ("新建县全民健身中心": 新建)
        for level, word in former:
            if level == d.level and not d.name.endswith(word) and d.short + word not in names:
                out.add(d.short + word)
    return frozenset(out)


@component("former_division_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",))
def extract_former_division_places(ctx: SentenceContext) -> list[Mention]:
    """A division named as it was before it changed level ("溧水县", "富阳市" in reports written before
    they became districts): a word the tagger's dictionary tags a place (ns) that is a division's short form
    and a former level's word (_former_division_names), where nothing else is found on it. The
    dictionary, older than many changes, holds these names whole, as rare words; a common word made the
    same way ("大城市": 大城县's short form and 市) or a short form followed by another word that opens with
    the level's character ("新城|市民") is none. No zone is read from such a place
    (`extract_zones_of_named_places`): the towns and zones of the division it was are not known by it."""
    return [ctx.mention(PLACE, t.start, t.end, source="former-division") for t in ctx.tokens
            if t.pos == "ns" and t.word in _former_division_names() and word_freq(t.word) < PLACE_RULES.former_division_word_freq
            and not ctx.taken(t.start, t.end, (PLACE, ORG)) and not _titles_a_town(ctx, t.end)
            and not ctx.text.endswith(_designation_levels(), 0, t.start)]


@functools.lru_cache(maxsize=1)
def _designation_levels() -> tuple[str, ...]:
    """The levels that award a designation (obs_designation_openers.txt: 国家, 全国, 省级…): a former division's
    name right after one ("创建省级平安县") is the title a campaign awards (平安县 of 平安建设), not the county
    that bore the name, as it is before 称号 ("全省平安县称号": `_titles_a_town`)."""
    return tuple(w for w in lexicons.words("obs_designation_openers.txt") if w.endswith(("国家", "全国", "级")))


@component("country_city_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places", "joined_division_places"),
           needs_types=(PLACE,))  # the cities after a country found
def extract_country_city_places(ctx: SentenceContext) -> list[Mention]:
    """A country and a city of it the lexicons do not hold, written together ("波兰马拉舍维奇",
    "越南海防、北宁开展经贸洽谈", "日本某某县": foreign_division_end): the city is a place, and so are
    the next items of the list that are cities of the same country (after one the lexicons hold:
    "越南河内、海防"), up to an item that is no such city or is found already (a country of its own:
    "、德国汉堡"); a division followed by one inside it is read on ("美国华盛顿州西雅图市"), and a city
    the lexicons hold written with its level word is named so ("西雅图|市"). 中国 opens none: its places
    are the divisions' lexicons'; a part of China whose divisions the table does not list opens its own
    (place_outside_division_table.txt: "台湾某某县")."""
    out = []
    text = ctx.text
    countries = lexicons.word_set("countries.txt")
    openers = countries | lexicons.word_set("place_outside_division_table.txt")
    heads = lexicons.word_set("place_foreign_division_heads.txt")
    for c in ctx.found:
        if c.type != PLACE or c.text not in openers or c.text == "中国":
            continue
        k = c.local_end
        while k < len(text):
            held = next((f for f in ctx.found if f.type == PLACE and f.local_start == k
                         and f.text in lexicons.word_set("world.txt") and f.text not in countries), None)
            if held is not None and foreign_division_end(ctx, k) == held.local_end + 1:
                # a city the lexicons hold, written with its level word ("西雅图|市"): the name as written
                out.append(ctx.mention(PLACE, k, held.local_end + 1, source="country-city"))
                end = held.local_end + 1
            else:
                end = held.local_end if held is not None else _country_city_at(ctx, c.text, k)
                if end is None or held is None and (ctx.taken(k, end, (PLACE, ORG))
                                                    or any(o.span.overlaps(ctx.span(k, end)) for o in out)):
                    break
                if held is None:  # a city the lexicons hold ("越南河内、海防") is passed over to the next item
                    out.append(ctx.mention(PLACE, k, end, source="country-city"))
            if text[end:end + 1] == "、":
                k = end + 1
            elif text[end - 1] in heads and foreign_division_end(ctx, end) is not None:
                k = end  # a division and one inside it, written one after the other ("华盛顿州|西雅图市")
            else:
                break
    return out


# Parts of speech of the words that name a compound: nouns, proper nouns, adjectives, abbreviations.
_COMPOUND_STEM_POS = frozenset({"n", "nr", "nrt", "ns", "nz", "ng", "a", "an", "j", "b"})


@functools.lru_cache(maxsize=1)
def _compound_heads() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("place_compound_heads.txt"))


@component("compound_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("suffix_places", "projects"),
           needs=lexicons.words("place_compound_heads.txt"))
def extract_compound_places(ctx: SentenceContext) -> list[Mention]:
    """Residential compounds and communities named with common words ("阳光小区", "东风社区",
    "工人新村"), which the suffix rule leaves since their stem holds no proper name: one or two
    nouns or adjectives right before the head, after a verb, a list mark or the clause's start,
    name one place, unless a word of theirs makes a kind of compound ("老旧小区", "示范社区")."""
    out = []
    for m in _compound_heads().finditer(ctx.text):
        a, b = m.span()
        landmark = _landmark_before(ctx, a)
        start = landmark if landmark is not None else _compound_stem_start(ctx, a)
        start = _listed_compound_start(ctx, start, a, m.group())
        if start is None or landmark is None and ctx.taken(start, b, (PLACE,)) or _inside_other_org(ctx, start, b) \
                or _community_of_a_kind(ctx, start, a, m.group()):
            continue
        if _being_built(ctx, start, b):
            continue  # "远山红郡住宅小区一期建设顺利推进": a works (ANNOTATION rule 3), not a place
        out.append(ctx.mention(PLACE, start, b, source="compound"))
    return out


# the marks that open an item of a list of compounds ("，金地花园小区、东升家园小区的回迁安置")
_COMPOUND_ITEM_OPENERS = "，、,；;："


def _listed_compound_start(ctx: SentenceContext, start: int | None, a: int, head: str) -> int | None:
    """Where a compound's name starts that is an item of a list of compounds of one head ("金地花园小区、
    东升家园小区", hailar-2018: jieba cuts 金/地/花园, and the walk stops at 地): at the mark that opens
    the item, where a name of at most compound_stem_max characters, none of them a kind of compound
    ("老旧小区、安置小区"), runs from it to the head; else `start` as the walk found it."""
    text = ctx.text
    opener = max(text.rfind(c, 0, a) for c in _COMPOUND_ITEM_OPENERS) + 1
    if opener == 0 or start == opener or not NAMED_PLACES.compound_stem_min < a - opener <= NAMED_PLACES.compound_stem_max:
        return start
    stem = text[opener:a]
    if not all(CJK.match(c) for c in stem) or opener not in ctx.token_start_set \
            or any(k in stem for k in lexicons.word_set("place_compound_kinds.txt") if len(k) > 1):
        return start
    b = a + len(head)
    after = re.match(rf"、({CJK.pattern}{{2,{NAMED_PLACES.compound_stem_max}}}){re.escape(head)}", text[b:])
    before = text[opener - 1] == "、" and text.endswith(head, 0, opener - 1)
    if after is None and not before or start is not None and start < opener:
        return start
    return opener


def _landmark_before(ctx: SentenceContext, a: int) -> int | None:
    """Where a famous site found right before a compound's head at `a` starts ("东方明珠小区": a
    residential compound named after a landmark, place_scenic_sites.txt), the compound's name being
    the whole; None where none ends there."""
    return next((k.local_start for k in ctx.found if k.type == PLACE and k.local_end == a
                 and k.text in lexicons.word_set("place_scenic_sites.txt")), None)


def _compound_stem_start(ctx: SentenceContext, a: int) -> int | None:
    """Where the common-word name before a compound's head at `a` starts, or None."""
    kinds = lexicons.word_set("place_compound_kinds.txt")
    before = ctx.token_ending_at(a)
    if before is not None and before.word in lexicons.word_set("place_quarter_heads.txt"):
        return None  # "东山组团社区卫生服务中心": the quarter's community service, the quarter (东山组团) the place
    stem: list[Token] = []
    pos = a
    while len(stem) < NAMED_PLACES.compound_stem_tokens:
        tok = ctx.token_ending_at(pos)
        if tok is None or tok.pos not in _COMPOUND_STEM_POS or not all(CJK.match(c) for c in tok.word):
            break
        if tok.word in kinds or any(k.local_end == pos for k in ctx.found):
            break  # a kind ("老旧小区") or a known name ends here ("哈克镇胜利社区")
        if tok.word in lexicons.word_set("place_stem_opening_verbs.txt"):
            return None  # "根治小区物业弃管问题": a verb the tagger read as a noun opens the predicate, no name
        stem.insert(0, tok)
        pos = tok.start
    if not stem or any(t.word in kinds for t in stem):
        return None
    start = stem[0].start
    if not NAMED_PLACES.compound_stem_min <= a - start <= NAMED_PLACES.compound_stem_max:
        return None
    prev = ctx.token_ending_at(start)
    if prev is not None and (prev.word in kinds or prev.pos in ("m", "q", "mq") or any(c.isdigit() for c in prev.word)):
        return None  # "城市老旧…", "各社区", "一批安静小区", "10万平方米职工住宅小区": a kind, scope or count
    if prev is not None and prev.pos in _COMPOUND_STEM_POS and CJK.match(prev.word[0]) \
            and not any(k.local_end == start for k in ctx.found):
        return None  # a longer noun phrase goes on before the stem: no name starts here
    return start




def _being_built(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the name at a..b the whole name of a project found there (with a phase at most)?"""
    return any(m.type == PROJECT and m.local_start == a and m.local_end >= b
               and PHASE_TAIL.fullmatch(ctx.text[b:m.local_end]) for m in ctx.found)


def _inside_other_org(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] inside an organization's name that it does not open ("胜利社区卫生服务中心"
    opens with the community, which is still a place)?"""
    return any(m.type == ORG and m.span.contains(ctx.span(a, b)) and m.local_start != a for m in ctx.found)


@functools.lru_cache(maxsize=1)
def _visit_phrase() -> Guarded:
    before = "".join(lexicons.words_of_kind("place_visit_words.tsv", "before"))
    after = lexicons.visit_words_after()
    forms = "".join(w for w in lexicons.words("place_abbreviations.txt") if len(w) == 1)
    return Guarded(after, rf"(?<=[{before}])([{forms}])(?:{'|'.join(map(re.escape, after))})")


@component("visit_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.visit_words_after())
def extract_visit_places(ctx: SentenceContext) -> list[Mention]:
    """A province's one-character form in the set phrase of a visit ("习近平总书记来陕考察"):
    the place visited (ANNOTATION rule 1)."""
    return [ctx.mention(PLACE, *m.span(1), source="visit") for m in _visit_phrase().finditer(ctx.text)
            if not ctx.taken(*m.span(1), (PLACE, ORG))]


@functools.lru_cache(maxsize=1)
def _own_zone() -> Guarded:
    kinds = lexicons.words("place_own_zone_kinds.txt")
    return Guarded(kinds, rf"(?:^|(?<=[{_CLAUSE_OPENERS}]))[{_ZONE_FUNCTION_WORDS}]?"
                          rf"(?P<name>[市县区]?(?P<kind>{'|'.join(map(re.escape, kinds))}))")


# marks after which a clause or a list item opens
_CLAUSE_OPENERS = ",，。;；:：、“（("
# one-character prepositions opening a clause before a noun phrase the zone's kind opens (",与高新区园区共建",
# ",在高新区建成…"): the kind is the phrase's head, no designation's modifier ("国家级高新区", "创建省级经济
# 开发区") nor a list's later item after a verb ("建设某区和高新区"), so the one zone of the report is meant
_ZONE_FUNCTION_WORDS = "与在由对向将把"


@component("own_zone_places", reads=(PLACE, ORG), assigns=(PLACE,), needs=lexicons.words("place_own_zone_kinds.txt"))
def extract_own_zone_places(ctx: SentenceContext) -> list[Mention]:
    """A local report's own zone named by its kind where it opens a clause or a list item
    ("经济开发区转型升级…", "市高新区锂电池等项目"): one zone is meant (ANNOTATION rule 11), unlike
    a province's or the State Council's report, where the kind stands for every such zone."""
    own = ctx.doc.own.division
    if own is None or own.level == "province":
        return []
    # "市高新区" and "高新区" name the one zone: the kind alone is what the entity is keyed by
    return [ctx.mention(PLACE, *m.span("name"), source="own_zone", zone_kind=m.group("kind")) for m in _own_zone().finditer(ctx.text)
            if token_ends_at(ctx, m.end()) and not ctx.taken(*m.span("name"), (PLACE,))
            and (not ctx.taken(*m.span("name"), (ORG,)) or _zone_of_its_committee(ctx, *m.span("name")))]


def _zone_of_its_committee(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] the zone whose administrative committee is the organization found right there
    ("高新区管委会": org_sub_units.txt, "committee")? The zone is a place inside the committee's name
    (ANNOTATION rule 8, as 正阳工业园区 in 正阳工业园区管委会)."""
    heads = lexicons.roles("org_sub_units.txt").get("committee", ())
    return any(m.type == ORG and m.local_start == a and ctx.text[b:m.local_end] in heads for m in ctx.found)


def _rare_place_word(t: Token, freq: dict, not_names: frozenset[str]) -> bool:
    """Is the token a short place word of Chinese characters, neither a common word nor a not-name
    (the opener of a park's or a works' name: "五峰", "龙湾")?"""
    return (2 <= len(t.word) <= PLACE_RULES.toponym_word_max and all(CJK.match(c) for c in t.word)
            and t.word not in not_names and (freq.get(t.word) or 0) < PLACE_RULES.common_word_freq)


def _country_forms_joined(word: str) -> bool:
    """Is `word` one-character forms of countries joined ("中俄蒙", "中哈": place_country_initials.txt
    and China's 中), the name of a joint venture of partners, no place?"""
    return len(word) >= 2 and all(c in _country_forms() for c in word)


@functools.lru_cache(maxsize=1)
def _country_forms() -> frozenset[str]:
    return lexicons.word_set("place_country_initials.txt") | {"中"}


# parts of speech of the word between a park's place and its head ("五峰农业产业园", "龙潭临港产业园")
_PARK_MODIFIER_POS = frozenset({"n", "ns", "vn", "nz"})
# jieba's tags of the word before a park's name that opens it (a verb, a preposition, a mark, the
# particle 的): "推进某山国际文化旅游度假区", "投资的某山…度假区"
_PARK_NAME_OPENERS = frozenset({"v", "p", "x", "uj", "c"})


@component("works_opener_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("word_toponyms", "projects"),
           needs_types=(PROJECT,), needs=lexicons.words("place_site_named_works.txt"))
def extract_works_opener_places(ctx: SentenceContext) -> list[Mention]:
    """A place word right before the head of a works named after its site and found as a project
    ("龙湾湿地公园", "110千伏坪地输变电工程": place_site_named_works.txt): the place the works is
    named after (ANNOTATION rule 8), so the graph links the works to it. As for a park's opener,
    jieba must tag the word a place (ns), no common word, starting a word of its own."""
    out = []
    toks = ctx.tokens
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = _not_place_words()
    works = [m for m in ctx.found if m.type == PROJECT]
    heads = lexicons.word_set("place_site_named_works.txt")
    for i in range(len(toks) - 1):
        t, head = toks[i], toks[i + 1]
        if head.word not in heads or t.pos != "ns":
            continue
        if not _rare_place_word(t, freq, not_names):
            continue
        if i > 0 and len(toks[i - 1].word) == 1 and CJK.match(toks[i - 1].word) and toks[i - 1].pos not in ("p", "c"):
            continue  # "南|秦河", "吐|米亚水利枢纽": the word is the tail of a longer name jieba cut
        if not any(p.local_start <= t.start and head.end <= p.local_end for p in works):
            continue  # the head names no works the sentence speaks of
        if not ctx.taken(t.start, t.end, (ORG,)) and not any(
                k.type == PLACE and k.local_start < t.end and t.start < k.local_end
                and k.local_end < head.end for k in ctx.found):
            # a place already, or part of one; the park itself found as a place holds it
            out.append(ctx.mention(PLACE, t.start, t.end, source="works-opener"))
    out.extend(_sites_before_a_voltage(ctx, works, heads, not_names))
    return out


def _site_word_material(ctx: SentenceContext, a: int, b: int, stem: str) -> bool:
    """Are text[a:b] a site's name: a proper name (is_proper), or words jieba reads as a proper noun or
    a bound character ("淖/g 毛/nr 湖": a rare place name cut up), none a verb or a count ("新建", "扩建")?"""
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if any(t.pos[:1] in ("v", "m", "q") for t in toks):
        return False
    return is_proper(stem) or any(t.pos in ("ns", "nr", "nz", "g") for t in toks)


# the voltage class between a grid works' site and its head ("某某220千伏输变电工程")
_VOLTAGE = re.compile(r"\d+(?:千伏|kV|KV|kv)")


def _sites_before_a_voltage(ctx: SentenceContext, works: list[Mention], heads: frozenset[str],
                            not_names: frozenset[str]) -> list[Mention]:
    """"某某220千伏输变电工程", "某某110千伏变电站": the grid names a substation and its transmission works after
    their site, written before the voltage class (ANNOTATION rule 8: 青杠 in 青杠110千伏输变电工程): two to four
    characters of a proper name opening the works' name (or following a place that opens it), right before
    the voltage, the head after it one of place_site_named_works.txt; no common word, verb or count
    ("新建110千伏…", "城区110千伏…"), nothing a place or organization found already covers."""
    out: list[Mention] = []
    not_stems = lexicons.words("place_plant_site_not_stems.txt")
    for p in works:
        a = ctx.end_of_found_opening(p.local_start, upto=p.local_end - 2)
        v = _VOLTAGE.search(ctx.text, a, p.local_end)
        if v is None or not 2 <= v.start() - a <= 4 or not ctx.text[v.end():p.local_end].startswith(tuple(heads)):
            continue
        stem = ctx.text[a:v.start()]
        if not all_cjk(stem) or stem in not_names or stem[0] in CN_NUMERALS or stem.endswith(not_stems) \
                or not _site_word_material(ctx, a, v.start(), stem) \
                or ctx.token_starting_at(a) is None or ctx.taken(a, v.start(), (ORG,)) \
                or any(k.type == PLACE and k.local_start < v.start() and a < k.local_end for k in ctx.found) \
                or any(o.span.bounds == ctx.span(a, v.start()).bounds for o in out):
            continue
        out.append(ctx.mention(PLACE, a, v.start(), source="works-opener"))
    return out


@component("bonded_zone_sites", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects", "zone_places", "listed_sibling_places"),
           needs=lexicons.words("place_bonded_zone_heads.txt"))
def extract_bonded_zone_sites(ctx: SentenceContext) -> list[Mention]:
    """The site a customs-supervised zone found as a place or a works is named after ("某某保税区",
    "某市某某保税港区": after the city found first; place_bonded_zone_heads.txt): two or three
    characters of a proper name right before the head, the place inside the zone's name (ANNOTATION
    rule 8); none where a place or organization found already covers them."""
    heads = lexicons.words("place_bonded_zone_heads.txt")
    out = []
    for zone in (m for m in ctx.found if m.type in (PLACE, PROJECT)):
        h = next((k for k in (ctx.text.find(w, zone.local_start, zone.local_end) for w in heads) if k >= 0), -1)
        a = ctx.end_of_found_opening(zone.local_start, upto=h - 2)
        stem = ctx.text[a:h] if h > a else ""
        if not 2 <= len(stem) <= 3 or not all_cjk(stem) or not is_proper(stem) \
                or _named_inside_zone(ctx, zone, a, h) or any(o.span.bounds == ctx.span(a, h).bounds for o in out):
            continue
        out.append(ctx.mention(PLACE, a, h, source="bonded-zone"))
    return out


def _named_inside_zone(ctx: SentenceContext, zone: Mention, a: int, h: int) -> bool:
    """Whether a place or organization found inside the zone's name, not the zone nor a name holding
    it, overlaps its site's words a..h."""
    return any(k.type in (PLACE, ORG) and k.local_start < h and a < k.local_end
               and not (k.local_start <= zone.local_start and zone.local_end <= k.local_end) for k in ctx.found)


# A plant's rank among the city's plants of its kind, written between the site and the head ("第二污水处理厂")
_PLANT_ORDINAL = re.compile(f"第[{CN_NUMERALS}]+$")


@component("plant_site_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects",),
           needs_types=(PROJECT,), needs=lexicons.words("place_plant_site_heads.txt"))
def extract_plant_site_places(ctx: SentenceContext) -> list[Mention]:
    """The site a water-treatment plant or a wharf found as a works is named after ("小仓房污水处理厂二期",
    "汉沽营城污水处理厂扩建工程": after the district found first; "芜湖港朱家桥外贸码头": after the port;
    place_plant_site_heads.txt): two to four characters
    opening the works' name, or following a place that opens it, right before the head; not a part of the
    city by direction or kind (place_plant_site_not_stems.txt: 城东, 北郊, 东区), a category ("城市") or a
    number ("第二"), a common noun (not_names.txt: 县城). A shorter place found inside it (a river's name cut short: "夏家河" of 夏家河子) yields."""
    heads = lexicons.words("place_plant_site_heads.txt")
    not_stems = lexicons.words("place_plant_site_not_stems.txt")
    generic = lexicons.word_set("generic_projects.txt") | lexicons.word_set("not_names.txt")
    out = []
    for works in (m for m in ctx.found if m.type == PROJECT):
        h = next((k for k in (ctx.text.find(w, works.local_start, works.local_end) for w in heads) if k >= 0), -1)
        # after a place opening the name, where two characters at least are left ("汉沽|营城")
        a = ctx.end_of_found_opening(works.local_start, upto=h - 2)
        stem = ctx.text[a:h] if h > a else ""
        ordinal = _PLANT_ORDINAL.search(stem)
        if ordinal is not None:  # "某某第二污水处理厂": the city's second plant, at the site before the rank
            stem, h = stem[:ordinal.start()], a + ordinal.start()
        if not 2 <= len(stem) <= 4 or not all_cjk(stem) or stem.endswith(not_stems) or stem in generic \
                or stem[0] in CN_NUMERALS + "第" or ctx.taken(a, h, (ORG,)) or _place_across(ctx, a, h):
            continue
        if any(v in stem for v in site_build_verbs()):
            continue  # "某某园区新建污水处理厂": the verb that builds the plant, no part of its site's name
        out.append(ctx.mention(PLACE, a, h, source="plant-site"))
    return out


@component("irrigation_district_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,),
           after=("projects", "works_opening_sites", "dam_site_places", "reservoir_places", "county_reservoir_sites"),
           # the district is read inside a works found as a project (as dam_site_places): one type, the registry's
           # rule for a typed finder (test_registry_finder_filters); no project, nothing found, so the skip changes nothing
           needs_types=(PROJECT,), needs=lexicons.roles("place_irrigation_district_works.txt").get("head", ()))
def extract_irrigation_district_places(ctx: SentenceContext) -> list[Mention]:
    """An irrigation district a works found as a project rebuilds ("河套灌区现代化改造", "某某灌区一期一步工程":
    place_irrigation_district_works.txt, the district's head and then its works): the district, named after a
    place found right before its head (河套, 位山), is the place the works is on (ANNOTATION rule 8), as a
    reservoir is for its reinforcement; the site stays a place of its own. Not a district of a kind alone
    ("大中型灌区"), which no place found names, nor one a place or organization found already covers."""
    roles = lexicons.roles("place_irrigation_district_works.txt")
    works = tuple(roles.get("works", ()))
    out = []
    for head in roles.get("head", ()):
        for m in re.finditer(re.escape(head), ctx.text):
            h, end = m.span()
            if not ctx.text.startswith(works, end) or not any(
                    p.type == PROJECT and p.local_start < h and end < p.local_end for p in ctx.found):
                continue  # no works on the district itself, or none found
            site = min((k.local_start for k in ctx.found if k.type == PLACE and k.local_end == h
                        and 2 <= h - k.local_start <= 4), default=None)
            if site is None or ctx.text[site - 1:site] == "、" or ctx.taken(site, end, (ORG,)) or any(
                    k.type == PLACE and k.local_start <= site and end <= k.local_end for k in ctx.found):
                continue  # "青铜峡、沙坡头、红寺堡灌区现代化改造": a head the list's sites share names no one district
            out.append(ctx.mention(PLACE, site, end, source="irrigation-district", composite=True))
    return out


_WATERS_OPENING = "江河湖溪"


@functools.lru_cache(maxsize=1)
def _works_opening_site() -> re.Pattern[str]:
    """A water (one to four characters and 江, 河, 湖 or 溪) with a works on water after it
    (place_water_works.txt), maybe on a reach of it named first ("某某河城区段综合治理工程", "某河某县段
    综合治理": a name and 段), or an old town or village (two characters and a head of
    place_works_opening_sites.txt), at the start of a works' name."""
    works = alternation_pattern(lexicons.words("place_water_works.txt"))
    sites = alternation_pattern(lexicons.words("place_works_opening_sites.txt"))
    stem, reach = NAMED_PLACES.water_name_stem, NAMED_PLACES.water_reach_name
    return re.compile(rf"([{CJK_CHARS}]{{1,{stem}}}?[{_WATERS_OPENING}])(?=(?:[{CJK_CHARS}]{{1,{reach}}}?段)?(?:{works}))"
                      rf"|[{CJK_CHARS}]{{2}}(?:{sites})")


@component("works_opening_sites", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("word_toponyms", "projects"),
           needs_types=(PROJECT,), needs=tuple(_WATERS_OPENING) + tuple(lexicons.words("place_works_opening_sites.txt")))
def extract_works_opening_sites(ctx: SentenceContext) -> list[Mention]:
    """The river, lake or old town that opens the name of a works found as a project ("某某河灌区续建
    配套与节水改造工程", "某江水环境提升工程", "某某古镇二期开发项目"): the place the works is named after
    and lies in (ANNOTATION rule 8), which the graph links it to, however jieba cut the name ("蒸/水河",
    "郴/江水", "草市/古镇"). Not waters in general ("一江两河", "沿江": project_along_words.txt, counts), nor a
    common word ("大河"), nor where a place or organization found runs across it or is it. The city a river
    is named after may stand inside it ("某乌江水环境提升工程": the river, not the city)."""
    out = []
    along = tuple(lexicons.words("project_along_words.txt"))
    freq = tokenizer_tags().tokenizer.FREQ
    seen: set[tuple[int, int]] = set()
    for p in ctx.found:
        if p.type != PROJECT:
            continue
        m = _works_opening_site().match(ctx.text, p.local_start, p.local_end)
        if m is None or m.end() >= p.local_end:
            continue
        name = m.group()
        if name.startswith(along) or name[0] in _COUNT_VALUES or not token_starts_at(ctx, m.start()):
            continue
        if freq.get(name, 0) >= PLACE_RULES.toponym_word_max_freq or name in lexicons.word_set("not_names.txt"):
            continue  # a common word ("大河", "小河", "母亲河"), no water's name: a rare word, as word_toponyms asks
        if m.span() in seen or any(k.type in (PLACE, ORG) and k.local_start < m.end() and m.start() < k.local_end
                                   and not (m.start() <= k.local_start and k.local_end < m.end()) for k in ctx.found):
            continue  # (a works and its phase found both open with it: one place; a place inside it, the
            # city a river is named after, "义乌江水环境…": 义乌, stays inside the river's name)
        seen.add(m.span())
        out.append(ctx.mention(PLACE, m.start(), m.end(), source="works-opening-site"))
    return out


_SITE_WORKS = "place_site_works.tsv"


@functools.lru_cache(maxsize=1)
def _site_heads() -> tuple[tuple[str, str], ...]:
    """The sites' heads of place_site_works.tsv, each with a class of works it takes ("公园" twice: upgrade
    and park), longest head first."""
    rows = [(r[0], r[2]) for r in lexicons.rows(_SITE_WORKS) if r[1] == "site"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _works_words(kind: str) -> tuple[str, ...]:
    """The works words of a class of place_site_works.tsv ("upgrade", "park")."""
    return tuple(r[0] for r in lexicons.rows(_SITE_WORKS) if r[1] == "works" and r[2] == kind)


@functools.lru_cache(maxsize=1)
def _works_tails() -> dict[str, re.Pattern]:
    """What may follow a site's head in the whole name of a works on it, by the class of works the head takes,
    then maybe 工程 or 项目: `phase`, a phase and maybe an upgrade word ("三期", "二期改造"); `upgrade`, a phase,
    an upgrade word or both ("二期", "东扩", "二期改造"); `park`, an optional later phase and a works done on
    a park ("东延", "扩建", "二期改造")."""
    upgrade, park = alternation_pattern(_works_words("upgrade")), alternation_pattern(_works_words("park"))
    return {"phase": re.compile(rf"{SITE_PHASE.pattern}(?:{upgrade})?{WORKS_CLOSING}?"),
            "upgrade": re.compile(rf"(?:{SITE_PHASE.pattern}(?:{upgrade})?|(?:{upgrade})){WORKS_CLOSING}?"),
            "park": re.compile(rf"(?:{LATER_SITE_PHASE.pattern})?(?:{park}){WORKS_CLOSING}?")}


def _sites_of_works_needs() -> tuple[str, ...]:
    """Every find holds 期 or a works word of the table (the park's and the upgrade's)."""
    return ("期", *sorted({r[0] for r in lexicons.rows(_SITE_WORKS) if r[1] == "works"}))


# the classes of works read together, each group with its own test of the site found: an area's phase or
# upgrade ("phase", "upgrade") lies in the place found that ends the area's name ("某县某某古镇提升改造": 某某古镇,
# found) and a list mark in it makes no site; a park or square ("park") keeps the name written before it
# ("某县某某公园提升改造": the park's name as written), is a name of Chinese characters only and never a station's
# forecourt
_AREA_CLASSES = ("phase", "upgrade")
_PARK_CLASSES = ("park",)


@component("sites_of_works", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("works_opening_sites", "projects"),
           needs_types=(PROJECT,), needs=_sites_of_works_needs())
def extract_sites_of_works(ctx: SentenceContext) -> list[Mention]:
    """The site opening a works' whole name, when the rest is the site's phase or the works done on it
    ("某某国际家纺城三期", "某某旅游度假区二期项目", "某某工业园一期", "某某公园东扩工程", "某某公园改造工程",
    "某某体育公园二期改造": a head of place_site_works.tsv, then what its class of works allows, `_works_tails`):
    a place the works lies in (ANNOTATION rule 3, a park, zone or scenic area built in phases is a place with
    the alternative type Project; rule 8), which the graph links the works to. Not a first phase said finished
    ("某产业园一期竣工" names the park itself, project_park_phase_done.txt), nor a site named by its kind alone
    ("产业园二期", "城市公园改造"), nor a station's square, nor where a place or organization found runs across
    the site's end or names it (`_site_already_named`), nor a list of sites ("某公园、某公园改造提升工程")."""
    out = []
    projects = [m for m in ctx.found if m.type == PROJECT]
    seen: set[tuple[int, int]] = set()
    for p in projects:
        if any(q.local_start <= p.local_start and p.local_end <= q.local_end and q.local_end - q.local_start
               > p.local_end - p.local_start for q in projects):
            continue  # a works read inside a longer one found after it: the longer name is the works'
        for classes in (_AREA_CLASSES, _PARK_CLASSES):
            at = _site_end(ctx, p, classes)
            a, b = p.local_start, p.local_start + (at or 0)
            if at is None or (a, b) in seen or any(_site_already_named(k, a, b, classes) for k in ctx.found):
                continue  # (one works found twice, by two rules: one site)
            seen.add((a, b))
            out.append(ctx.mention(PLACE, a, b, source="site-of-works", composite=True))  # the places inside it stay
    return out


def _site_already_named(k: Mention, a: int, b: int, classes: tuple[str, ...]) -> bool:
    """Does the mention `k` make text[a:b] no site of its own: a place or organization running across the
    site's end; for an area, a place that is the site or ends it ("某县某某古镇提升改造": the site is 某某古镇,
    found); for a park, a place or organization that is the park?"""
    if k.type not in (PLACE, ORG):
        return False
    if k.local_start < b < k.local_end:
        return True
    if classes == _PARK_CLASSES:
        return (k.local_start, k.local_end) == (a, b)
    return k.type == PLACE and k.local_end == b and a <= k.local_start


def _site_end(ctx: SentenceContext, p: Mention, classes: tuple[str, ...]) -> int | None:
    """Where the site ends in the works' name `p` for a head of one of `classes` (`extract_sites_of_works`),
    or None."""
    name = ctx.text[p.local_start:p.local_end]
    site = _site_head_and_end(name, classes)
    if site is None:
        return None
    head, at = site
    stem = name[:at - len(head)]
    if len(stem) < PLACE_RULES.phase_site_stem or _of_site_kind_words(stem):
        return None  # "产业园二期", "新区二期", "城市公园改造": the site by its kind only
    if _no_site_name(stem, classes):
        return None
    if name.startswith(FIRST_PHASES, at) and ctx.text.startswith(
            tuple(lexicons.words("project_park_phase_done.txt")), p.local_end):
        return None  # "某某市场一期竣工": the first phase finished names the site itself
    return at


def _no_site_name(stem: str, classes: tuple[str, ...]) -> bool:
    """Is the stem before a site's head no name of that site: a list of sites ("甲公园、乙公园"); for a park or
    square, anything but Chinese characters, or a station before it ("某某火车站广场": its forecourt)?"""
    if classes == _PARK_CLASSES:
        return not all_cjk(stem) or _station_forecourt(stem)
    return "、" in stem


def _site_head_and_end(name: str, classes: tuple[str, ...]) -> tuple[str, int] | None:
    """The first place in a works' name where a site's head of one of `classes` ends and the rest is what the
    head's class of works allows (`_works_tails`), and the longest such head; None if there is none."""
    tails = _works_tails()
    by_last = _site_heads_by_last(classes)
    for k in range(1, len(name)):
        head = next((h for h, kind in by_last.get(name[k - 1], ())
                     if name.endswith(h, 0, k) and tails[kind].fullmatch(name, k)), None)
        if head is not None:
            return head, k
    return None


@functools.lru_cache(maxsize=None)
def _site_heads_by_last(classes: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The sites' heads of `classes` (`_site_heads`, longest first) by their last character: only those
    can end at a place of a name, so each place tries a few heads, not all of them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for h, kind in _site_heads():
        if kind in classes:
            out.setdefault(h[-1], []).append((h, kind))
    return {last: tuple(heads) for last, heads in out.items()}


def _station_forecourt(stem: str) -> bool:
    """Does the stem end with a station's head, maybe and 前 ("某某火车站广场", "某某站前广场")? The square is
    then the station's forecourt, a works standing at the station, no park or square named on its own."""
    return stem.removesuffix("前").endswith(tuple(lexicons.words("place_hub_heads.txt")))


def _of_site_kind_words(stem: str) -> bool:
    """Is the stem made of the words of kinds of sites only ("城市", "滨河湿地"): no name of its own?"""
    return not without_trailing(stem, tuple(r[0] for r in lexicons.rows(_SITE_WORKS) if r[1] == "kind"))


def _name_opened_here(ctx: SentenceContext, a: int) -> bool:
    """May a water's or an island's name start at a: at the sentence's or a clause's start, after a
    list mark, or right after a verb ("实施某某河生态修复工程", "，某河城区段综合治理工程完工")?"""
    first = ctx.token_starting_at(a)
    if first is None or first.pos[:1] in ("v", "p", "d", "c", "u", "r", "f"):
        return False  # "，推进小河…", "知名的海岛": the clause opens with its verb, a particle is no name
    if a == 0 or ctx.text[a - 1] in RELATION_CLAUSE_MARKS + "、":
        return True
    before = ctx.token_ending_at(a)
    return before is not None and before.pos == "v"


def _reach_or_works_after(ctx: SentenceContext, h: int, clause_end: int) -> bool:
    """Does a river's reach ("城区段", "某县段": place_water_reach_areas.txt, or a place found, then
    段) or a works on water (place_water_works.txt) follow the head ending at h, with a works' head
    later in the clause ("…综合治理工程", "…改造工程")?"""
    text = ctx.text
    area = next((w for w in lexicons.words("place_water_reach_areas.txt") if text.startswith(w, h)), None)
    reach_end = h + len(area) if area else next(
        (k.local_end for k in ctx.found if k.type == PLACE and k.local_start == h), None)
    if reach_end is not None and text.startswith("段", reach_end):
        return True
    return text.startswith(lexicons.words("place_water_works.txt"), h) and bool(
        re.search(r"工程|项目", text[h:clause_end]))


# the heads of a flowing water's name before its reach or works; 港 is a creek of the Yangtze delta's
# plain river network ("某某港河道整治": 塘浦港浦, the waterways of 江南 named 港, 浦, 泾)
_WATERS_BEFORE_WORKS = "河江溪港"


@component("waters_before_works", reads=(PLACE, ORG), assigns=(PLACE,), after=("works_opening_sites",),
           needs=tuple(_WATERS_BEFORE_WORKS))
def extract_waters_before_works(ctx: SentenceContext) -> list[Mention]:
    """A river of a short or rare name that opens a reach or a works on it, where the works was not
    found as a project ("某河城区段综合治理工程完工", "徒某河某县段综合治理工程", "实施某某减河生态修复工程",
    "推进某某力河灌区续建配套与节水改造工程", "实施某龙港河道整治"): the river is a place (ANNOTATION rule 8).
    The name runs from a clause's start or a verb to 河, 江, 溪 or 港 (one to four characters before it,
    none a water's head), no common word ("小河", not_names.txt: "母亲河"), no word along the water ("沿河"), not one count or
    character of place_not_stems.txt before the head ("两河", "内河", "大江"; "三岔河" is a name; a creek 港
    has two or more: "空港"), and no place or organization found across it."""
    out = []
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = lexicons.word_set("not_names.txt")
    not_stems = lexicons.word_set("place_not_stems.txt")
    along = tuple(lexicons.words("project_along_words.txt"))
    for h in char_positions(text, _WATERS_BEFORE_WORKS):
        c = text[h]
        if h == 0:
            continue
        clause_end = ctx.sentence.clause_at(h, RELATION_CLAUSE_MARKS)[1]
        if not _reach_or_works_after(ctx, h + 1, clause_end):
            continue
        for a in range(max(0, h - 4), h):
            stem = text[a:h]
            if not all_cjk(stem) or any(x in "河江湖溪" for x in stem) or not _name_opened_here(ctx, a):
                continue
            name = text[a:h + 1]
            if (name in not_names or freq.get(name, 0) >= PLACE_RULES.toponym_word_max_freq or name.startswith(along)
                    or len(stem) == 1 and (stem in not_stems or stem in _COUNT_VALUES or c == "港")):
                break
            if not any(k.type in (PLACE, ORG) and k.local_start < h + 1 and a < k.local_end
                       and not (a <= k.local_start and k.local_end < h + 1) for k in ctx.found):
                # (the city a river is named after stays inside it: "某乌江城区段" keeps 某乌 and the river)
                out.append(ctx.mention(PLACE, a, h + 1, source="water-before-works"))
            break
    return out


@component("island_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("suffix_places",),
           needs=tuple(lexicons.characters("place_island_heads.txt")))
def extract_island_places(ctx: SentenceContext) -> list[Mention]:
    """An island of a two-character name of common characters that is_proper cannot tell from words
    ("某极岛、某鸟岛成为海岛旅游目的地", "某山岛成为石化基地", "推动某干岛商务区开发"): the name opens a
    clause, follows a list mark or a verb, its head ends a word, and its stem is no common word of the
    dictionary (PLACE_RULES.toponym_word_max_freq: not "生态岛", "无人岛", "人工岛", "旅游岛"). Islands
    are places (ANNOTATION: named landforms)."""
    out = []
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = lexicons.word_set("not_names.txt")
    heads = lexicons.characters("place_island_heads.txt")
    for i in char_positions(text, heads):
        if i < 2:
            continue
        a, b = i - 2, i + 1
        stem = text[a:i]
        if not all_cjk(stem) or not token_ends_at(ctx, b) or not _name_opened_here(ctx, a):
            continue
        if stem in not_names or text[a:b] in not_names or (freq.get(stem) or 0) >= PLACE_RULES.toponym_word_max_freq:
            continue
        if (freq.get(text[a:b]) or 0) >= PLACE_RULES.toponym_word_max_freq or ctx.taken(a, b, (PLACE, ORG)):
            continue  # a common word ("海南岛" is found as a place already)
        out.append(ctx.mention(PLACE, a, b, source="island"))
    return out


@component("park_opener_places", reads=(PLACE, ORG), assigns=(PLACE,), after=("word_toponyms",),
           needs=lexicons.words("place_zone_heads.txt"))
def extract_park_opener_places(ctx: SentenceContext) -> list[Mention]:
    """A place word opening a park's name, with the park's trade between them ("五峰农业产业园",
    "龙潭临港产业园", "某山国际文化旅游度假区"): the place the park is named after (ANNOTATION rule 8). jieba must tag the
    word a place (ns), no common word, starting a word of its own (not 秦河 of "南秦河")."""
    out = []
    toks = ctx.tokens
    heads = lexicons.word_set("place_zone_heads.txt")
    freq = tokenizer_tags().tokenizer.FREQ
    not_names = lexicons.word_set("not_names.txt")
    for i in range(len(toks) - 2):
        t = toks[i]
        if t.pos != "ns":
            continue
        # the trade: one to three words of two characters ("五峰农业产业园", "某山国际文化旅游度假区"), the
        # last maybe a verb of the trade ("某山智能建造产业园"), then the head
        j = i + 1
        while (j < len(toks) and j - i <= PLACE_RULES.park_trade_words and len(toks[j].word) == 2
               and toks[j].pos in _PARK_MODIFIER_POS):
            j += 1
        if j < len(toks) and j > i + 1 and len(toks[j].word) == 2 and toks[j].pos == "v" and toks[j].word not in triggers():
            j += 1  # (a verb no trigger: 建造, not 建设)
        if j == i + 1 or j - i - 1 > PLACE_RULES.park_trade_words or j >= len(toks) or toks[j].word not in heads:
            continue
        if j - i > 2 and (i > 0 and toks[i - 1].pos not in _PARK_NAME_OPENERS or _country_forms_joined(t.word)):
            continue  # "乡村振兴战略综合试验示范区": a longer trade wants the place to open the name;
            # "中俄蒙国际物流园区": the partners' joint name, no place
        if not _rare_place_word(t, freq, not_names):
            continue
        if i > 0 and len(toks[i - 1].word) == 1 and toks[i - 1].pos == "ns":
            continue  # "南|秦河": the word is the tail of a longer name jieba cut
        if toks[i + 1].word in lexicons.word_set("place_park_brand_trades.txt"):
            continue  # "某某地产光谷物流园": a company's trade name and its trade, the park its base
        if toks[i + 1].word in lexicons.word_set("place_partnership_trades.txt"):
            continue  # "京蒙协作产业园": the partners' joint name before their partnership, no place
        if any(k.pos == "ns" and lexicons.find_division(k.word, ctx.doc.own.province) for k in toks[i + 2:j]):
            continue  # "某某汽车郑州基地": a company's name and trade, then the city of its base
        if _opens_honour_title(ctx, t.start, t.end):
            continue  # "被评为某省特色小镇": the honour's scope, no place spoken of
        if not ctx.taken(t.start, t.end, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, t.start, t.end, source="park-opener"))
    return out


# a count or batch right before a community's stem ("打造一批花园社区", "启动建设60个左右新型农村社区")
_COUNT_BEFORE_COMMUNITY = re.compile(r"(?:一批|一系列|若干|多个|[\d一二三四五六七八九十百千]+\s*个(?:左右)?)\s*$")


def _community_of_a_kind(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is the 社区 whose stem is text[start:a] a kind of community, not one named: a stem that is or
    ends with a kind word ("新型农村社区", "养老社区", "典型社区": `place_community_kinds.txt`, and the
    longer words of `place_compound_kinds.txt`), a stem opened by a predicate's adverb ("全面提高社区…":
    a verb phrase, no name), or a count or batch right before it ("一批花园社区")?"""
    if suffix != "社区" or a <= start:
        return False
    text, stem = ctx.text, ctx.text[start:a]
    kinds = lexicons.words("place_community_kinds.txt") + tuple(
        k for k in lexicons.words("place_compound_kinds.txt") if len(k) >= 2)
    if any(stem.endswith(k) for k in kinds):
        return True
    if len(stem) > 2 and stem.endswith(lexicons.words("place_quarter_heads.txt")):
        return True  # a quarter named whole, its communities' facility after it ("某山组团|社区卫生服务中心")
    if stem.startswith(lexicons.words("genre_predicate_adverbs.txt")):
        return True
    return _COUNT_BEFORE_COMMUNITY.search(text, max(0, start - 8), start) is not None


# the parts of speech of a lone character jieba cut from the front of a name: a name's or a place's
# character, a noun's ("乌/nr 西德", a made-up site name); not a function word, a verb or a numeral
_FRONT_CHARACTER_POS = frozenset({"nr", "ns", "nrt", "nz", "n", "j", "ng"})
# and those jieba gives a name's first character read as a common word ("倒/v 某河", "沾/zg 某湖",
# "大/a 某东", "西/f 某湖", "清/t 某河"), where no word stands before it that could take it as its own:
# a clause's or item's opening, a verb of two characters or more, or a place found. Not an adverb's
# (d): those lead to what follows ("将|某某遗址列入…")
_FRONT_CHARACTER_WORD_POS = frozenset({"v", "a", "f", "t", "zg"})
# after a verb or a place, of the name's kinds only a person's, a place's or a bound morpheme's (a common
# noun's there is often the head of the word before: "某州|港/j|某康港区")
_FRONT_NAME_POS = frozenset({"nr", "ns", "ng"})
# what may stand before a name that opens a clause or a list's item
_ITEM_OPENERS = "、，,。；;：:（(“‘"
_COMPASS = "东南西北"


def _front_character_opening(ctx: SentenceContext, char, places_ending: set[int]) -> bool:
    """Does the lone character `char` open a name, by what stands before it? Nothing, or a clause's or
    item's opening mark: a character of a name's kind or of a common word's. A place found ("某某县|竹|
    某林"): a common word's character or a bound morpheme's, not a name's (a brand's: "某里|云|两江数据
    中心"). A verb of two characters or more ("实施|萧|某东片区"): a common word's character or a
    name's (_FRONT_NAME_POS). Never a toponym's or a works' head closing the word before ("某州|港|某康
    港区": genre_place_final_chars.txt, place_front_closing_characters.txt), nor, after a verb, an
    adjective, the verb's result ("用好|某市", "做强|某区")."""
    if char.start == 0 or ctx.text[char.start - 1] in _ITEM_OPENERS:
        return char.pos in _FRONT_CHARACTER_POS or char.pos in _FRONT_CHARACTER_WORD_POS
    if char.pos not in _FRONT_CHARACTER_WORD_POS and char.pos not in _FRONT_NAME_POS:
        return False
    if char.word in lexicons.word_set("genre_place_final_chars.txt") \
            or char.word in lexicons.word_set("place_front_closing_characters.txt"):
        return False
    if char.start in places_ending:
        return char.pos in _FRONT_CHARACTER_WORD_POS or char.pos == "ng"  # not a name's ("某里|云/ns": a brand)
    before = ctx.token_ending_at(char.start)
    return before is not None and before.pos == "v" and len(before.word) >= 2 and char.pos != "a"


def _whole_province_or_country(name: str) -> bool:
    """Is `name` a province-level division (北京, 重庆市) or a foreign country (countries.txt: 印尼)?
    Such a name is known whole; no longer name ends in it, so a character before it is none of its."""
    d = lexicons.find_division(name, None)
    return d is not None and d.level == "province" or name in lexicons.foreign_countries()


@component("place_front_characters", reads=(PLACE, ORG), assigns=(PLACE,), needs_types=(PLACE,))
def extract_place_front_characters(ctx: SentenceContext) -> list[Mention]:
    """A place whose first character jieba cut off as a word of its own ("、乌/西德水电站",
    a made-up site; "建成|沾|某湖", "实施|萧|某东片区"): where a place found opens a clause or a
    list's item, or follows a verb or another place, but for one character before it that is no word
    of its own there (_front_character_opening), that character opens the name (the place found is the
    tail of the name jieba cut); the whole name is kept, the tail dropped as nested."""
    out: list[Mention] = []
    places_ending = {k.local_end for k in ctx.found if k.type == PLACE}
    for m in ctx.found:
        if m.type != PLACE or m.local_start == 0:
            continue
        char = ctx.token_ending_at(m.local_start)
        if char is None or len(char.word) != 1 or not CJK.match(char.word):
            continue
        if not _front_character_opening(ctx, char, places_ending):
            continue
        if char.word in lexicons.word_set("place_front_not_characters.txt"):
            continue  # "原崇文区": the former district, 原 no character of its name
        if char.word in _COMPASS and m.text[:1] in _COMPASS:
            continue  # "南北X江": two directions sharing one name (南X江 and 北X江), no longer name
        if char.word in _COMPASS and lexicons.divisions_by_name().get(m.text):
            continue  # "东|某某市": the division's east, no name of its own
        if _whole_province_or_country(m.text):
            continue  # "“看|北京", "“侨|重庆”", "中|印尼": a province's or a country's name is whole, jieba cut nothing from it
        if ctx.taken(char.start, char.end, (PLACE, ORG)) or any(o.span.bounds == (char.start, m.local_end) for o in out):
            continue
        out.append(ctx.mention(PLACE, char.start, m.local_end, source="front-character"))
    return out
