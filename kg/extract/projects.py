"""Project rules: names before a project head, listed and coordinated works, named roads and
built facilities; categories, kinds, roles, programmes, strategies and designations are not
projects, and the words that open a span are not part of a name. Words live in lexicon files
(project_*.txt, project_heads.txt, facility_heads.txt, generic_projects.txt, project_openers.txt,
build_words.txt, stages.txt…), numbers in kg.config.PROJECT_LIMITS."""
from __future__ import annotations

import collections
import functools
import re
from dataclasses import dataclass

from kg import lexicons
from kg.config import PROJECT_LIMITS as LIMITS
from kg.config import CAPACITY_OWNERS, PLACE_RULES, PROPER_NAME, QUOTED_NAMES, WORKS_BY_KIND, WORKS_TRADE_NAMES
from kg.extract.registry import component
from kg.extract.places import clause_builds_zone, opens_event
from kg.extract.streets import gateway_at
from kg.extract.transfer_names import transfer_name_ends_at
from kg.extract.base import (
    CJK,
    LIST_JOINERS,
    PUNCT,
    ORG,
    PLACE,
    PROJECT,
    URBAN_AREAS,
    Mention,
    SentenceContext,
    is_boundary,
    is_proper,
    list_items,
    made_of_words,
    name_start,
    place_lexicon_pattern,
    project_head_pattern,
    token_ends_at,
    token_starts_at,
    tokenizer_tags,
    triggers,
    owned_heads,
    weak_heads,
    zone_heads,
    region_heads,
)
from kg.text.lookup import Alternatives, Guarded, alternation_pattern, clause_start, words_closing, words_opening
from kg.text.company_names import company_trade_ends, group_forms, trade_name_of_registered
from kg.text.names import (CJK_CHARS, CN_NUMERALS, FIRST_PHASES, LINE_NUMBER, LINE_NUMERAL, ORDINAL_PHASE, PHASE_AT_END,
                           all_cjk, is_landform_noun, phase_pattern)
from kg.text.quantities import quantity_words
from kg.text.segment import word_freq

_BUILD_WORDS = lexicons.words("project_sentence_build_words.txt")
_PROGRESS_WORDS = lexicons.words("project_progress_words.txt")


@dataclass
class _Works:
    """A candidate works name, text[start:b] of the sentence, ending in its head text[a:b]."""

    head: str
    start: int
    a: int
    b: int
    word_start: int | None  # where a common word that the head ends begins ("合作项目")
    unified: bool = False  # "全国统一…平台": the one platform of a level
    bracketed: bool = False  # "南珠(中)城际", "…(广东段)": a bracketed part names one undertaking
    phase: bool = False  # "工业厂房(一期)": a phase in brackets ends the name (one stage of one works)
    after_area: bool = False  # "濯水景区毕兹卡水乐园": the name starts after the town or park it is in
    in_county: bool = False  # "某某县游客服务中心": …after the county (of the report's city) it is in


@component("projects", reads=(PLACE, ORG), assigns=(PLACE, PROJECT))
def extract_projects(ctx: SentenceContext) -> list[Mention]:
    """Projects by their heads (工程, 项目, 铁路, 水库 …) with a name before them."""
    out = []
    spans: list[tuple[int, int]] = []
    unnamed: list[tuple[int, int]] = []
    for m in _head_pattern().finditer(ctx.text):
        works = _after_builders_verb(ctx, _works_before_head(ctx, m, spans))
        verdict = _judge_works(ctx, works) if works is not None else None
        if verdict is None or _names_a_region(ctx, works) or _across_list_etc(ctx, works.start, works.a):
            continue  # (a name over a list's 等, "建成江阴靖江等过江通道": the list's kind, its items read by the list rules)
        start, b = _linked_pair_start(ctx, works), works.b
        if verdict == "unnamed":
            unnamed.append((start, b))  # a project still if it stands in a list of works (below)
            continue
        if verdict == "park":
            # a park its administration manages is a place there (ANNOTATION rule 3)
            out.append(ctx.mention(PLACE, start, b, source="park"))
            continue
        start, b = works.start, works.b = _quoted_parts(ctx, start, _park_of_finished_first_phase(ctx, start, b))
        if works.after_area and spans and spans[-1][1] == start:
            # "X经济技术开发区Y食品产业园": the zone the works is in, read as works by its own head, is a place
            out = [o for o in out if not (o.type == PROJECT and (o.local_start, o.local_end) == spans[-1])]
            spans.pop()
        owner = _institution_of_part(ctx, works, spans)
        if owner is not None:
            # "…、某某职业技术学院蓉江新校区一期": the campus of the institution listed right before it is
            # one works named with it (ANNOTATION rules 2, 8); the institution alone is no works here
            out = [o for o in out if not (o.type == PROJECT and (o.local_start, o.local_end) == owner)]
            spans.remove(owner)
            start = works.start = owner[0]
        spans.append((start, b := _joined_part_end(ctx.text, b)))  # "…航站楼及第四跑道": the works with its part
        out.append(head := _head_works_or_zone(ctx, start, b))
        out = _works_named_with_others(ctx, out, spans, head, start, b)
    if not spans and not unnamed:
        # the other rules below start from works found by their heads: none here (most sentences)
        return _keep_inner_quotes(ctx, out + _enumerated_projects(ctx, spans))
    listed = _listed_with_works(ctx, unnamed, spans)
    out.extend(ctx.mention(PROJECT, a, b, source="listed", **_zone_built(ctx, a, b)) for a, b in listed)  # a zone too
    out.extend(_enumerated_projects(ctx, spans + listed))
    out.extend(_coordinated_works(ctx, spans) + _company_works_listed(ctx, spans))
    out.extend(_listed_routes(ctx, spans))
    out.extend(_works_shared_by_names(ctx, spans))
    return _keep_inner_quotes(ctx, out)


def _works_named_with_others(ctx: SentenceContext, out: list[Mention], spans: list[tuple[int, int]],
                            head: Mention, start: int, b: int) -> list[Mention]:
    """After works found by its head (`head`, the last of `spans`): the same works named with all its phases,
    with a modifier it shares with another, or with the works joined before it (its divisions', a coordination)."""
    more = _MORE_PHASES.match(ctx.text, b) if PHASE_AT_END.search(ctx.text[start:b]) else None
    if more is not None:
        # "环北部湾广东水资源配置一期、二期": the works named with all its phases, as written
        out.append(ctx.mention(PROJECT, start, more.end(), source="phases", composite=True))
    joined, paired = _joined_start(ctx, start, b)
    shared = _joined_modifier(ctx, start) if joined is None and not _own_facility(ctx.text[start:b]) else None
    if shared is not None:
        # "国家药品和医疗器械审评检查华中分中心": one works whose head two modifiers share, named whole; the
        # second modifier with the head alone names it incompletely
        out[out.index(head)] = ctx.mention(head.type, shared, b, **{**head.attrs, "source": "shared_modifiers"})
        spans[-1] = (shared, b)
        return out
    if joined is not None and (divisions := _divisions_listed_before(ctx, joined, start)) is not None:
        return _works_of_each_division(ctx, divisions, out, spans)  # "九台区、双阳区新建垃圾焚烧发电厂"
    if (not paired and joined is not None and ctx.text[start - 1] == "、" and not ctx.text[start:b].endswith("工程")
            and (not _all_bare_places(ctx, joined, start - 1, ctx.text[start:b]) or ctx.text[start:b].endswith(_destination_heads()))):
        # "天富城市燃气、产业基地220千伏变电站", "马头山风电、平煤神马100兆瓦光伏发电项目": items of a
        # list, each its own; one works package (…工程) or places sharing a head are one ("汕头、湛江临港
        # 经济区"), but not places a service runs to ("重庆、成都、宁波航线": three routes)
        joined = None
    if joined is not None:
        # "濯水和新城…工程" names both works at once; the second stays a project (paired_forms: kept apart, 合滁产业走廊)
        out.append(ctx.mention(PROJECT, joined, b, source="paired_forms" if paired else "coordination", composite=True))
    return out


def _after_builders_verb(ctx: SentenceContext, works: _Works | None) -> _Works | None:
    """The candidate, starting after the verb by which an organization, or the clause, builds at a place
    ("…在某县新建冷鲜肉加工基地": the name starts after 新建, `body_site_build_end`); None where it ends with
    that verb ("某某股份在某市扩建…": 扩建 is the verb building the works after it, no works ending in the
    head 扩建)."""
    built_from = None if works is None else body_site_build_end(ctx, works.start + 1, works.b, body=False)
    if built_from is None:
        return works
    if built_from > works.a:
        return None
    works.start = built_from
    return works


def _divisions_listed_before(ctx: SentenceContext, joined: int, start: int) -> tuple[Mention, ...] | None:
    """The divisions, each found as a place and written in full with its level ("九台区", "洛宁县",
    "大瑶镇"), listed from `joined` to the works' name at `start`, which opens with the last of them
    ("孟津县、偃师市…洛宁县城乡供水一体化工程"); None when the list holds anything else (short forms that
    share a zone's name: "汕头、湛江临港经济区" is one works, ANNOTATION's gold)."""
    text = ctx.text
    places = {(p.local_start, p.local_end): p for p in ctx.found if p.type == PLACE}
    last = max((p for (a, _), p in places.items() if a == start), key=lambda p: p.local_end, default=None)
    if last is None:
        return None
    listed, a = [], joined
    for item in re.split(r"[、和]", text[joined:start - 1]):
        listed.append(places.get((a, a + len(item))))
        a += len(item) + 1
    listed.append(last)
    if len(listed) < 2 or not all(p is not None and division_in_full(p.text) for p in listed):
        return None
    return tuple(listed)


def division_in_full(name: str, near: str = "") -> bool:
    """Is `name` a division written in full: in the divisions table by that name, or a township by its
    kind (text_town_suffixes.txt: 镇, 乡, 街道)? A county of two characters ("某县") is one only in a report
    of its own province, `near` (a two-digit code, `lexicons.find_division`): elsewhere it is as ambiguous
    as a short form."""
    d = lexicons.find_division(name, near)
    return d is not None and d.name == name or len(name) > 2 and name.endswith(lexicons.words("text_town_suffixes.txt"))


def named_after_divisions(ctx: SentenceContext, a: int, end: int) -> bool:
    """Did the name rules find a works ending at `end`, with a proper name of its own, whose name they began
    after the divisions written in full that open text[a:] (`_past_divisions_before_named_works`: "某某县青禾
    水库", the county says where the works is)? A later rule reading a longer name back to `a` ("推进某某县
    青禾水库前期工作", a list's item "某某县青禾文化园") does not read it over them. (Before common words,
    "某某市粉丝产业园", the writers differ: the later rules read the name as they did.)"""
    near = ctx.doc.own.province or ""
    return any(m.type == PROJECT and m.local_end == end and a < m.local_start
               and _divisions_in_full(ctx.text[a:m.local_start], near)
               and _opens_with_proper_name(ctx, m.local_start, m.local_end) for m in ctx.found)


def _divisions_in_full(text: str, near: str) -> bool:
    """Is `text` one division written in full, or two or three of them in a row ("某某县某某镇")?"""
    if division_in_full(text, near):
        return True
    return len(text) <= LIMITS.division_run_chars and any(
        division_in_full(text[:e], near) and _divisions_in_full(text[e:], near) for e in range(2, len(text) - 1))


def _works_of_each_division(ctx: SentenceContext, divisions: tuple[Mention, ...], out: list[Mention],
                            spans: list[tuple[int, int]]) -> list[Mention]:
    """The works each of the listed divisions builds of its own, named by what follows the last of them
    past a verb that opens works (project_openers.txt: 新建) and in each division (`shared_by`; the gold
    of the changchun-2019 and luoyang-2020 passages of pool u42); none where that is a zone or park by
    its kind ("九台区、双阳区…农安县特色产业园区", "大瑶镇、永安镇、沙市镇省级特色小镇": each division's
    park of a kind, no one zone: ANNOTATION rule 11). It takes the place of the works found last (in
    `out` and `spans`), named from the last division; returns `out` so changed."""
    text = ctx.text
    start, b = spans.pop()
    out = [o for o in out if not (o.type == PROJECT and o.local_start == start)]
    a = divisions[-1].local_end
    lead = next((w for w in lexicons.words_of_kind("project_openers.txt", "lead") if text.startswith(w, a) and a + len(w) < b - 2), None)
    a += len(lead) if lead else 0
    if b - a < 3 or text[a:b].endswith(_ZONE_HEADS):
        return out
    spans.append((a, b))
    return out + [ctx.mention(PROJECT, a, b, source="division_works", shared_by=tuple(p.span for p in divisions))]


def _names_a_region(ctx: SentenceContext, works) -> bool:
    """Is the works' whole name a region of regions.txt ("海上丝绸之路", "21世纪海上丝绸之路": a region's
    name ending in a works' head, 路), no works?"""
    return ctx.text[works.start:works.b] in lexicons.word_set("regions.txt")


def _across_list_etc(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does the name text[start:a] before a head run back over the 等 that closes a list, a word that
    opens with it (等, or glued to the next word: "江阴靖江/等过/江通道"), not one that ends in it (高等)?"""
    return any(t.word.startswith("等") for t in ctx.tokens if start < t.start < a)


def _head_works_or_zone(ctx: SentenceContext, start: int, b: int) -> Mention:
    """The works found by its head at start..b, or the zone it names as a place where its clause
    neither builds nor develops it (`_zone_not_built`)."""
    past_sum = _past_item_sum(ctx, start, b)
    if ctx.text[past_sum:b] not in _bare_heads():
        # "30亿元某某新能源换电站": the sum invested is no part of the name (ANNOTATION: 总投资30亿元的启迪科技城);
        # before a head alone ("100亿元项目") the sum labels a class of projects, a label not_works drops whole
        start = past_sum
    built = _zone_built(ctx, start, b)
    if not built and _zone_not_built(ctx, start, b):
        # (a pilot zone keeps the place it is named after: "广东" in "深化广东自贸试验区改革提升", rule 8)
        pilot = {"composite": True} if ctx.text.endswith(zone_heads(), start, b) else {}
        return ctx.mention(PLACE, start, b, source="zone_not_built", **pilot)
    return ctx.mention(PROJECT, start, b, source="head", **built)


@functools.lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    """The project and facility heads (project_heads.txt, facility_heads.txt) as a set: a name that is one of them alone."""
    return lexicons.word_set("project_heads.txt") | lexicons.word_set("facility_heads.txt")


def _zone_not_built(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a zone named by a kind of place_zone_kinds.txt ("某某经济区", "某某旅游度假区",
    "某某传统风貌区") that its clause neither builds nor develops (`clause_builds_zone`)? The sentence then
    speaks of where it is, of what it does or of its visitors: a place (ANNOTATION rule 3, the main
    type follows the sentence). Not a pilot designation (zone_pilot_kinds.txt: "某某先行示范区"), which
    stays works, nor a name that holds a word of building (a clause found whole, "某集团合作开发某某度假区").
    A pilot zone by a head of the flag "zone" (试验区, 先导区, 协同区) is a place so too ("加快广西自贸试验区
    首创式、集成式探索": the zone where the exploring is done), but for one whose official name brackets its
    place ("中国(湖北)自由贸易试验区": the bracketed zones' own rules, kg.extract.genre, read it)."""
    name = ctx.text[start:b]
    return (name.endswith(lexicons.words("place_zone_kinds.txt")) and not name.endswith(lexicons.words("zone_pilot_kinds.txt"))
            or name.endswith(zone_heads()) and "(" not in name) \
        and not clause_builds_zone(ctx.text, start, b) \
        and not any(w in name for w in lexicons.words("place_zone_building_words.txt"))


def _zone_built(ctx: SentenceContext, start: int, b: int) -> dict[str, bool]:
    """`zone_built` where the works is a zone (place_zone_heads.txt) that words of building or
    developing a zone follow right after it, a direction between ("推进庐江高新区西向扩容", "城南新区启动
    建设": place_zone_building_words.txt `after`, and `developed`: "加快X经济开发区提档升级", "推进…大连高新区
    产业集聚"), or a partner and words of building it together ("推进三山经济开发区、芜湖高新区与上海张江
    高科技园区合作共建": `cooperated`), or after the list it opens, whose items share them ("加快合肥高新区、
    合肥经开区、合肥新站高新区转型升级"); or that words of building it open, right before it or before the
    list it closes ("加快建设顺德高新区、顺德中德工业服务区…等重点平台": `building`): a project then, not the
    place a division designates (ANNOTATION rule 3), and so in the division it is named after
    (kg.resolve.relations). (Not the words before a zone that apply for one: "争创…高新区", no works,
    ANNOTATION rule 11.)"""
    text = ctx.text
    if not text.endswith(_ZONE_HEADS, start, b):
        return {}
    listed = _zone_list_pattern().match(text, b)
    end = listed.end() if listed else b
    after = text[end + 2:] if _DIRECTION_TOWARDS.match(text, end) else text[end:]
    developed = _zone_developed_pattern().match(after) or _zone_building_list_pattern().search(text, 0, start)
    return {"zone_built": True} if developed else {}


@functools.lru_cache(maxsize=1)
def _zone_developing_words() -> tuple[str, ...]:
    """The words after a zone that build it (place_zone_building_words.txt `after`) or develop it as a
    whole (`developed`), longest first."""
    words = lexicons.words_of_kind("place_zone_building_words.txt", "after") \
        + lexicons.words_of_kind("place_zone_building_words.txt", "developed")
    return tuple(sorted(words, key=len, reverse=True))


def _zone_words(kind: str) -> str:
    """A regex alternation of place_zone_building_words.txt's words of `kind`, longest first."""
    words = sorted(lexicons.words_of_kind("place_zone_building_words.txt", kind), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@functools.lru_cache(maxsize=1)
def _zone_developed_pattern() -> re.Pattern:
    """What follows a zone (or the list it opens) that develops it: the words of building or developing it
    (`_zone_developing_words`; not a zone's own name, "产业集聚区"), or a partner after 与 and the words of
    building it together, closing the clause ("与上海张江高科技园区合作共建,": `cooperated`; not a zone
    that builds something else with a partner, "X高新区与Y大学合作共建研究院")."""
    words = "|".join(map(re.escape, _zone_developing_words()))
    lists = "|".join(map(re.escape, lexicons.words("place_zone_list_names.txt")))  # "…园区建设名单": a list's name
    partner = rf"与[^、，,;；。:：]{{1,{LIMITS.zone_list_long_item}}}?"
    return re.compile(rf"(?:(?:{words})(?!区|{lists})|{partner}(?:{_zone_words('cooperated')})(?=[，,;；。]|$))")


@functools.lru_cache(maxsize=1)
def _zone_building_list_pattern() -> re.Pattern:
    """Words that build a zone (`building`) right before it, or before the earlier items of the list it
    is in ("加快建设顺德高新区、顺德中德工业服务区"), up to the zone: searched in the text before it."""
    return re.compile(rf"(?:{_zone_words('building')})(?:[^、，,;；。:：和及与]{{1,{LIMITS.zone_list_long_item}}}、)*$")


@functools.lru_cache(maxsize=1)
def _zone_list_pattern() -> re.Pattern:
    """The later items of the list a zone opens, each after 、, 和 or 及 and a few characters long (a zone
    longer: "寿光市羊口先进制造业产业园"), up to the words that build or develop them all
    (`_zone_developed_pattern`): the list shares them ("加快九台经济开发区、德惠经济开发区提档升级",
    "支持长春经开区、汽开区、兴隆综合保税区创新发展")."""
    other = "[^、，,;；。:：和及与]"
    heads = "|".join(map(re.escape, _ZONE_HEADS))
    item = rf"{other}{{1,{LIMITS.zone_list_item}}}?|{other}{{1,{LIMITS.zone_list_long_item}}}?(?:{heads})"
    return re.compile(rf"(?:[、和及](?:{item}))+?(?=[东南西北]?向?(?:{_zone_developed_pattern().pattern}))")


# a direction a zone grows towards ("西向扩容", "向东扩区")
_DIRECTION_TOWARDS = re.compile(r"[东南西北]向|向[东南西北]")


def _keep_inner_quotes(ctx: SentenceContext, mentions: list[Mention]) -> list[Mention]:
    """A works named with a quoted part keeps its quotes in its entity's name (`quoted`: "吉林师范大学“双创”中心",
    "“三农”大数据中心"; ANNOTATION: only quotes around the whole name are dropped); the mention's text,
    which clean_name writes without quotes, stays the entity's alias ("济钢四新产业园", as one may search it)."""
    if "”" not in ctx.text:
        return mentions
    for m in mentions:
        if m.type != PROJECT:
            continue
        name = re.sub(r"\s", "", ctx.text[m.local_start:m.local_end])
        if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
            name = name[1:-1]  # "“雪亮工程”": quotes around the whole name
        if "”" in name and name.count("“") == name.count("”") and name.index("“") < name.index("”"):
            m.attrs["quoted"] = name
    return mentions


# a numbered line of an urban rail network: "地铁12号线", "九号线", "13号线一期" (a phase as written)
# or by a letter and number after its kind ("城际铁路S2线", "轨道交通M12线"), with the other name a
# report gives it in brackets ("城际铁路S2线(环湖快线)": written as the report writes it)
_NUMBERED_LINE = re.compile(rf"(?:(?:{lexicons.alternation('project_numbered_line_kinds.txt')}))?"
                            r"(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[一二三四五六七八九十]期)?"
                            rf"|(?:{lexicons.alternation('project_numbered_line_kinds.txt')})[A-Z]{{1,2}}\d{{1,3}}线"
                            rf"(?:\([{CJK_CHARS}]{{2,6}}线\))?(?:[一二三四五六七八九十]期)?")


# a station after the line's name: two to four characters and 站 ("5号线南坪站")
_LINE_STATION = re.compile(rf"[{CJK_CHARS}]{{2,4}}?站")


@component("numbered_lines", reads=(PROJECT, PLACE), assigns=(PROJECT,), after=("projects",), needs=("号线", "线"))
def extract_numbered_lines(ctx: SentenceContext) -> list[Mention]:
    """Urban rail lines named by their number, in a clause that builds, opens or runs them
    ("开工建设地铁12号线", "推进…12号线、13号线一期等项目建设"); a line a longer works name holds
    ("六号线支线二期") is found by its head."""
    out = []
    for m in _NUMBERED_LINE.finditer(ctx.text):
        a, b = m.span()
        if a > 0 and (ctx.text[a - 1].isdecimal() or ctx.text[a - 1] in "第"):
            continue  # "第12号线" is a count, a longer number is no line
        station = _LINE_STATION.match(ctx.text, b)
        if station is not None and station.group()[:-1] in lexicons.word_set("project_station_kinds.txt"):
            station = None  # "3号线换乘站": a kind of station
        if station is not None and token_ends_at(ctx, station.end()) and ctx.token_starting_at(b) is not None and not any(
                is_boundary(t) for t in _tokens_between(ctx, b, station.end() - 1)):
            b = station.end()  # "轨道交通5号线南坪站": a station of the line is the works built
        if _taken_across(ctx, a, b) or not built_in_clause(ctx, a, b):
            continue
        if not m.group()[0].isdecimal() and m.group()[0] not in "一二三四五六七八九十":
            a = _city_before_line(ctx, a)
        out.append(ctx.mention(PROJECT, a, b, source="numbered_line"))
        out.extend(_shared_line_numbers(ctx, m))
    return out


# a national, provincial or county road named by its code and a short name ending in 线 ("G108南环线",
# "S206甲乙线", "县道X021青山线"): the code and the name are the route (a section or stage after it is
# the head's rule's, "…青山线某岭段改造"); the road's class before the code is part of its name as written
# (the code's letter as written, or in lower case as pages copied to the web write it: "g347", "s207")
_ROUTE_CODE = rf"(?:{lexicons.alternation('place_route_class_words.txt')})?[GSXYgsxy]\d{{2,4}}"
_ROUTE_CLASS_WORDS = lexicons.word_set("place_route_class_words.txt")
# "国道207", "省道S218": the code after the class word (not a year: "351国道2027年完工")
_CODE_AFTER_CLASS = re.compile(r"(?:[GSXYgsxy]\d{1,4}|\d{3})(?![\d年])")
_CODED_ROUTE_LINE = re.compile(rf"{_ROUTE_CODE}([{CJK_CHARS}]{{2,4}}?)线")
# a road's code and the short name of its section after it ("G347某某段", and as pages copied to the web
# write it, "s207某湖段")
_CODED_SECTION_STEM = re.compile(rf"[GSXYgsxy]\d{{2,4}}[{CJK_CHARS}]{{2,4}}")


def _coded_road_section(stem: str, head: str) -> bool:
    """Is the works a section of a road named by its code ("s207南湖段顺利建成")? The code names the road,
    though the section's short name is a common word (南湖, 东湖) that names nothing alone."""
    return head.endswith("段") and _CODED_SECTION_STEM.fullmatch(stem) is not None


_ROUTE_OPENED = re.compile(alternation_pattern(lexicons.words("project_route_opening_words.txt")))
# the build and stage words ("建成", "开工", "投用")
_BUILD_OR_STAGE_WORDS = tuple(lexicons.words("build_words.txt")) + tuple(lexicons.mapping("stages.txt"))
# the words that open a road's works after it: a build, opening or stage word ("…建成通车", "…全线贯通")
_ROUTE_WORKS_AFTER = _BUILD_OR_STAGE_WORDS + lexicons.words("project_route_opening_words.txt")
# other coded roads listed with it, and a kind they are together ("、S347丁石线等国省干线")
_ROUTE_LIST_AFTER = re.compile(rf"(?:[、和及与]{_ROUTE_CODE}[{CJK_CHARS}]{{0,4}}?线)*")
_ROUTE_LIST_BEFORE = re.compile(rf"(?:{_ROUTE_CODE}[{CJK_CHARS}]{{0,4}}?线[、和及与])*")
# a modifier ending in 的 between a build or frame word and the roads it governs ("新建连接甲乙的X012某线",
# "依托已建成的G205某线"); after a frame word it names no coded road (that road is the frame's own)
_ROUTE_BUILT_MODIFIER = re.compile(rf"(?:[^的]{{1,12}}的)?{_ROUTE_LIST_BEFORE.pattern}")
_ROUTE_FRAME_MODIFIER = re.compile(rf"(?:(?:(?![GSXYgsxy]\d)[^的]){{1,12}}的)?{_ROUTE_LIST_BEFORE.pattern}")


@component("coded_route_lines", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=("线",))
def extract_coded_route_lines(ctx: SentenceContext) -> list[Mention]:
    """A road named by its route code and a name ending in 线, the object of a clause's build or open
    word ("开工建设省道S218清河线", "G108南环线建成通车", "S206甲乙线、S318丙丁线等国省干线全线贯通"); not
    when the name holds a build or stage word, a works head ("G105改建线") or a second 线 ("S305线全线"),
    nor when more of a word follows 线, nor where a frame word makes it the place of other works
    ("沿G205东绕城线建设…": project_route_frame_words.txt)."""
    out = []
    for m in _CODED_ROUTE_LINE.finditer(ctx.text):
        a, b = m.span()
        if (a > 0 and ctx.text[a - 1].isascii() and ctx.text[a - 1].isalnum()) or ctx.taken(a, b, (PROJECT,)):
            continue  # "AG108…" is no code; a works found over it is left as it is
        if not _route_line_name(m.group(1)) or not (
                _part_ends(ctx, b) or ctx.text[b:b + 1] == "等" or _route_works_follow(ctx, b)):
            continue
        before, after = _clause_around(ctx, a, b, _CLAUSE_MARKS)
        if (built_in_clause(ctx, a, b) or _ROUTE_OPENED.search(after)) and _route_built(ctx, a, b, before):
            out.append(ctx.mention(PROJECT, a, b, source="coded_route_line"))
    return out


def _route_built(ctx: SentenceContext, a: int, b: int, before: str) -> bool:
    """Is the road text[a:b] what its clause builds or opens: right after a build word (other coded roads
    listed between: "建成G205某线和S218某线"), or right before a build, opening or stage word (after the
    rest of its list and adverbs: "…等国省干线全线贯通"), and not governed by a frame word: one right
    before it or before the list of coded roads it ends ("沿G205某线、S218某线建设…"); a frame word that
    governs an earlier road leaves it the works ("新建连接G205和S218的X012某线"); a modifier ending in 的
    may stand between the word and the road ("依托已建成的G205某线")?"""
    start = a - len(before)
    frames = lexicons.word_set("project_route_frame_words.txt")
    if any(t.word in frames and _ROUTE_FRAME_MODIFIER.fullmatch(ctx.text, t.end, a)
           for t in ctx.tokens if start <= t.start and t.end <= a):
        return False  # "沿G205某线规划建设特色小镇": the road is where other works are laid out
    builds = list(_BUILDS_BEFORE.finditer(before))
    if builds and _ROUTE_BUILT_MODIFIER.fullmatch(before, builds[-1].end()):
        return True
    p = _ROUTE_LIST_AFTER.match(ctx.text, b).end()
    if ctx.text.startswith("等", p):  # "…等国省干线全线贯通": the kind the list is, then its works word
        return any(_route_works_follow(ctx, q) for q in range(p + 1, min(p + 8, len(ctx.text)))
                   if CJK_RUN.fullmatch(ctx.text, p, q))
    return _route_works_follow(ctx, p)


def _route_works_follow(ctx: SentenceContext, p: int) -> bool:
    """Does a build, opening or stage word follow at `p`, after adverbs ("全线贯通", "顺利通车")?"""
    adverbs = lexicons.words("project_route_adverbs.txt")
    while not ctx.text.startswith(_ROUTE_WORKS_AFTER, p) and (
            word := next((w for w in adverbs if ctx.text.startswith(w, p)), None)) is not None:
        p += len(word)
    return ctx.text.startswith(_ROUTE_WORKS_AFTER, p)


def _route_line_name(name: str) -> bool:
    """Is `name` (between a route's code and 线) a line's own name: no 线 in it ("S305线全线" is a road and
    a word of its length), not a word of the road's length or side ("G318国道沿线"), no build, stage or
    works verb in it and no works head ("改建线", "延伸线" name a stage or kind of line, not which one)?"""
    if "线" in name or (name + "线").endswith(tuple(lexicons.words("project_route_line_not_names.txt"))):
        return False
    if any(w in name for w in _BUILD_OR_STAGE_WORDS) or any(w in name for w in triggers() if len(w) > 1):
        return False
    return not any(w.flag in ("phead", "nhead") for w in tokenizer_tags().cut(name, HMM=True))

# a number before the last of a list of urban rail lines sharing 号线 ("3、4、5号线", "S1、6号线",
# "6号、7号、8号线", "二、三、九号线"): each names one more line, the number with 号线 (and the
# phase the last is given: "7、8号线一期" is phase one of each); its mention is the number as
# written (LINE_NUMBER), the line's name its `listed_name`
_LAST_LISTED_LINE = re.compile(rf"{LINE_NUMERAL}号线")


def _shared_line_numbers(ctx: SentenceContext, m: re.Match) -> list[Mention]:
    """The lines named by the numbers listed before the line m, each as its number with 号线."""
    text = ctx.text
    number = _LAST_LISTED_LINE.search(m.group())
    if number is None or number.start() != 0 or text[m.start() - 1:m.start()] != "、":
        return []  # the last item opens the match: no kind between it and the list ("…、轨道交通4号线")
    chinese = number.group()[0] in CN_NUMERALS
    tail = m.group()[number.end() - 1:]  # "线" and the phase the last item is given
    out, end = [], m.start() + number.start() - 1
    while end > 0 and text[end] == "、":
        item = max((x for x in LINE_NUMBER.finditer(text, max(0, end - 4), end) if x.end() == end),
                   key=lambda x: x.end() - x.start(), default=None)
        if item is None or (item.group()[0] in CN_NUMERALS) != chinese or (
                item.start() > 0 and (text[item.start() - 1].isdecimal() or text[item.start() - 1] == "第")):
            break  # numbers written alike ("一、5号线" opens a numbered part), no count nor ordinal
        s, e = item.span()
        if not ctx.taken(s, e, (PROJECT,)):
            # the mention is the number as written ("7"), the line's name what the list makes of it
            # ("7号线一期"): its entity's label, the number its alias (kg.resolve.entities)
            name = item.group().rstrip("号") + "号" + tail
            out.append(ctx.mention(PROJECT, s, e, source="numbered_line", listed_name=name))
        end = s - 1
    return out


def _taken_across(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a project found in text[a:b], other than the line's other name in its brackets? That name found by
    its head ("城际铁路S1线(空港专用线)": 专用线) is part of the line's name, which replaces it; a 快线 in
    brackets is left to extract_express_lines, which runs after and skips it as taken."""
    inner = ctx.text.find("(", a, b)
    return any(o.type == PROJECT and o.local_start < b and a < o.local_end
               and not (inner >= 0 and inner < o.local_start and o.local_end < b) for o in ctx.found)


def _city_before_line(ctx: SentenceContext, a: int) -> int:
    """"南阳地铁3号线", "西安轨道交通九号线": the city a line's kind follows names the line with it (one
    city has a line 3, not every one); a place found ending right at the kind opens the name."""
    for o in ctx.found:
        if o.type == PLACE and o.local_end == a and o.local_start < a:
            return o.local_start
    return a


# a line of urban or suburban rail named by a word after its kind ("地铁蔡甸线", "市郊铁路通密线"),
# with its phase as written ("城际铁路联络线一期")
_NAMED_LINE = re.compile(rf"(?:{lexicons.alternation('project_named_line_kinds.txt')})"
                         rf"([{CJK_CHARS}]{{2,4}}?)线(?:[一二三四五六七八九十]期)?")
# a line's name that is a kind of line already ("城际铁路联络线", "市郊铁路支线"): one line only with its phase
_LINE_PART_NAMES = tuple(w[:-1] for w in lexicons.words("project_route_branch_parts.txt")
                         if w.endswith("线") and len(w) > 2)


@component("named_lines", reads=(PROJECT, PLACE), assigns=(PROJECT,), after=("projects",), needs=("线",))
def extract_named_lines(ctx: SentenceContext) -> list[Mention]:
    """A rail line named by a word after its kind (and the city before, as a numbered line's), in a
    clause that builds, opens or runs it ("市郊铁路通密线开通运营", "地铁蔡甸线全线动工", "建成城际铁路
    联络线一期"): the line is the works, not its kind ("市郊铁路"); a name cut out of a word ("…站点沿线",
    "地铁黄河路沿线": the word ending at 线 is one of places along a line) or a common word names no line,
    a kind of line ("联络线") one only with its phase. A railway found by its head right before the line's
    name opens it ("京唐城际铁路联络线一期": the line is the railway's, one works); a line found whole, or
    cut across by other works, is left as it is."""
    out = []
    for m in _NAMED_LINE.finditer(ctx.text):
        a, b = m.span()
        name_a, name_b = m.span(1)
        last = ctx.token_ending_at(name_b + 1)
        if m.group(1).endswith("号") or ctx.token_starting_at(name_a) is None or last is None or last.start < name_a or (
                last.start > name_a and last.word in lexicons.word_set("place_line_words.txt")):
            continue  # the name cut out of a word ("站点沿线", "黄河路沿线": a word of places along a line, not a
            # line's name, ends at 线; "汉/南线", "东/环线" are the line's) or a number ("一号线")
        if m.group(1) in _LINE_PART_NAMES:
            if b == name_b + 1:
                continue  # "城际铁路联络线": a kind of line, not one line, without its phase
        elif not _branch_site(ctx, m):
            continue  # the name must be a site, as a route's named part's is ("蔡甸", "通密"; not "配套")
        if not built_in_clause(ctx, a, b):
            continue
        start = _railway_before_line(ctx, a, name_a, b)
        if start is None:
            continue
        out.append(ctx.mention(PROJECT, _city_before_line(ctx, a) if start == a else start, b, source="named_line"))
    return out


def _railway_before_line(ctx: SentenceContext, a: int, name_a: int, b: int) -> int | None:
    """Where the line text[a:b] (its kind ending at `name_a`) starts, given the works found: at a railway
    found by its head that ends with the kind ("京唐城际铁路" before "联络线一期", "武汉至孝感城际铁路"
    before "汉孝线": the line is that railway's, one works named by both); at `a` if the works found
    there lie inside the line ("市郊铁路", replaced); None if one holds it whole or cuts across it."""
    start = a
    for o in ctx.found:
        if o.type != PROJECT or o.local_end <= a or b <= o.local_start:
            continue
        if o.local_start < a and o.local_end == name_a:
            start = min(start, o.local_start)
        elif not (a <= o.local_start and o.local_end <= b):
            return None
    return start


@functools.lru_cache(maxsize=1)
def _capacity_line() -> re.Pattern[str]:
    """An output rate (project_output_words.txt), its figure, a product of up to eight characters and a
    line's head (project_capacity_line_heads.txt)."""
    rates = alternation_pattern(lexicons.words("project_output_words.txt"))
    heads = alternation_pattern(lexicons.words("project_capacity_line_heads.txt"))
    return re.compile(rf"(?:{rates}){_CAPACITY_FIGURE}[{CJK_CHARS}]{{1,8}}?(?:{heads})")


@component("capacity_lines", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",),
           needs=tuple(lexicons.words("project_capacity_line_heads.txt")))
def extract_capacity_lines(ctx: SentenceContext) -> list[Mention]:
    """A plant's line named by its output rate, figure and product ("某某分公司年加工50万吨稻谷生产线
    建成投产"): a works where its clause builds, opens or runs it, not where a project found holds it
    (its line is part of that works: "年产40万吨…项目第一条生产线")."""
    out = []
    for m in _capacity_line().finditer(ctx.text):
        a, b = m.span()
        if ctx.taken(a, b, (PROJECT,)) or not built_in_clause(ctx, a, b):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="capacity_line"))
    return out


@component("express_lines", reads=(PROJECT, PLACE), assigns=(PROJECT,), after=("named_lines",), needs=("快线",))
def extract_express_lines(ctx: SentenceContext) -> list[Mention]:
    """An express line (rail or road) named by its site, in a clause that builds, opens or runs it
    ("滨江快线开通运营", "西城快线、江北大道开工建设"): the site is a place found right before 快线, a
    word jieba tags a place name or one it does not know (a coined name: "园阳"), not a category word
    (generic_projects.txt: "城市快线", "市域快线"), nor where a place was found over the whole name; a
    service named by its kind, time or users names no works ("公交快线", "夜间快线", "通勤快线",
    "班列快线"); a line that holds it is left as it is ("城际铁路F2线(临海快线)")."""
    out, generic = [], lexicons.word_set("generic_projects.txt")
    text = ctx.text
    k = text.find("快线")
    while k >= 0:
        b = k + 2
        place = next((o.local_start for o in ctx.found if o.type == PLACE and o.local_end == k and o.local_start < k), None)
        word = ctx.token_ending_at(k)
        a = place if place is not None else (
            word.start if word is not None and word.end - word.start > 1 and not is_generic(word.word, generic) and (
                word.pos == "ns" or word.word not in tokenizer_tags().tokenizer.FREQ) else None)
        if a is not None and a > 0 and text[a - 1] == "至":
            # "南阳至西阳快线": the route from a place found before 至 is the works whole, as "甲至乙公路" is
            a = next((o.local_start for o in ctx.found if o.type == PLACE and o.local_end == a - 1), None)
        if a is None or ctx.found_at(a, b, PLACE):
            pass  # a place found over the whole name is left as it is
        elif not ctx.taken(a, b, (PROJECT,)) and built_in_clause(ctx, a, b):
            out.append(ctx.mention(PROJECT, a, b, source="express_line"))
        k = text.find("快线", b)
    return out


# a part of an expressway after the route's name: its site (two to four characters) and the part
_EXPRESSWAY_PART = re.compile(rf"[{CJK_CHARS}]{{2,4}}?(?:{lexicons.alternation('project_expressway_parts.txt')})")


@component("expressway_parts", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",),
           needs=lexicons.words("project_expressway_parts.txt"))
def extract_expressway_parts(ctx: SentenceContext) -> list[Mention]:
    """An interchange, exit, toll station or service area named after an expressway found as works, by
    its site ("沪渝高速排湖互通", "沈海高速鳌头出口开通"): the part is the works, not the whole route."""
    out = []
    for route in ctx.found:
        if route.type != PROJECT or not route.text.endswith(("高速", "高速公路")):
            continue
        part = _EXPRESSWAY_PART.match(ctx.text, route.local_end)
        if part is None or not _part_ends(ctx, part.end()):
            continue
        out.append(ctx.mention(PROJECT, route.local_start, part.end(), source="expressway_part"))
    return out


# a named part of a route after the route's name: its site (two to four characters) and the part
_ROUTE_BRANCH = re.compile(rf"([{CJK_CHARS}]{{2,4}}?)(?:{lexicons.alternation('project_route_branch_parts.txt')})")
# the kinds of route a part branches from (project_route_kinds.txt: 高速, 高速公路, 铁路, 高铁 …)
_BRANCHED_ROUTES = tuple(lexicons.words("project_route_kinds.txt"))
# jieba's tags (first letter) of the words that name no site between a route and its part: a
# conjunction, a numeral, a measure word, an adjective, a verb, an adverb, a pronoun, a preposition, a
# particle, a place word ("以及", "两条", "配套", "相关", "各条", "沿线")
_BRANCH_SITE_NOT_NAME_TAGS = ("c", "m", "q", "a", "v", "d", "r", "p", "u", "f")


@component("route_branches", reads=(PROJECT, PLACE), assigns=(PROJECT,), after=("projects",),
           needs=lexicons.words("project_route_branch_parts.txt"))
def extract_route_branches(ctx: SentenceContext) -> list[Mention]:
    """A link, branch or extension line named after a route found as works by its site ("青银二广高速
    太原联络线", "京港澳高速新乡支线建成"): the line is the works, not the whole route; a site that is
    no name (a joint, a count, a common word: "…高速及其连接线", "…高速两条支线", "…高速配套连接线")
    names none; a line the head's rule found already is left as it is."""
    out = []
    for route in ctx.found:
        if route.type != PROJECT or not route.text.endswith(_BRANCHED_ROUTES):
            continue
        part = _ROUTE_BRANCH.match(ctx.text, route.local_end)
        if part is None or not _branch_site(ctx, part) or not (
                _part_ends(ctx, part.end()) or token_ends_at(ctx, part.end())):
            continue
        if covered_by(ctx, route.local_start, part.end(), PROJECT):
            continue  # "沪渝高速丰都连接线": the head's rule named the line already (连接线 is a head)
        out.append(ctx.mention(PROJECT, route.local_start, part.end(), source="route_branch"))
    return out


def _branch_site(ctx: SentenceContext, part: re.Match) -> bool:
    """Is the text between a route and its part a site's name: a place found there ("太原"), or words
    of which none is a joint, a count, a measure word, a common adjective, verb or place word ("以及",
    "两条", "各条", "配套", "沿线") and one is a proper noun or a word jieba does not know ("新河", "排湖"),
    and no build word ("高速建设连接线")?"""
    site = part.group(1)
    a, b = part.span(1)
    if _BUILDS_AFTER.search(site) is not None:
        return False
    if any(m.type == PLACE and m.local_start == a and m.local_end == b for m in ctx.found):
        return True
    pos = tokenizer_tags()
    freq = pos.tokenizer.FREQ
    words = list(pos.cut(site, HMM=True))
    if any(w.flag.startswith(_BRANCH_SITE_NOT_NAME_TAGS) for w in words):
        return False
    return is_proper(site) or any(w.flag in _NAME_TAGS or w.word not in freq for w in words)


def _part_ends(ctx: SentenceContext, end: int) -> bool:
    """Does the part's name end at `end`: a mark, a conjunction or a build word follows, not more of a
    word ("排湖出口加工区")?"""
    text = ctx.text
    return (end == len(text) or not CJK.match(text[end]) or text[end] in "及和与"
            or _BUILDS_AFTER.match(text, end) is not None)


@component("trade_items_before_works", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=("、",),
           needs_types=(PROJECT,))  # a list before a works found
def extract_trade_items_before_works(ctx: SentenceContext) -> list[Mention]:
    """A clause that opens with a list of plants named by a trade name and an industry, ending in works
    found by their head, and builds them ("青石新材料、联创汽车零部件产业园项目开工建设", "恒光光伏组件、芯源
    半导体、瑞达光电智能制造产业园落地…"): each item is a company's works."""
    out = []
    text = ctx.text
    for works in [m for m in ctx.found if m.type == PROJECT and m.attrs.get("source") == "head"]:
        a = works.local_start
        if text[a - 1:a] != "、" or not (built_in_clause(ctx, a, works.local_end)
                                          or text.startswith(lexicons.words("project_verb_chain_ends.txt"), works.local_end)):
            continue  # built, or landed in a park ("…产业园落地富山工业园")
        clause = clause_start(text, a, _CLAUSE_MARKS + "—")
        items, start = [], clause
        for item in text[clause:a - 1].split("、"):
            items.append((start, start + len(item)))
            start += len(item) + 1
        if all(_trade_name_and_industry(ctx, x, y) for x, y in items):
            out.extend(ctx.mention(PROJECT, x, y, source="trade_item") for x, y in items)
    return out


def _trade_name_and_industry(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a trade name and an industry ("虎石新材料", "爱旭光伏电池", "越芯半导体"), a company's
    plant? The trade name is two or three characters jieba knows as no common word or tags as a proper
    name; not a kind ("高端新材料", "化工新材料", "绿色新能源")."""
    text = ctx.text
    end = b
    industries = lexicons.words("industries.txt")
    # (an industry ending at `end` ends in text[end - 1]: only those are tried, in the lexicon's order)
    while (industry := next((w for w in words_closing(industries, text[end - 1:end]) if len(w) > 1
                             and text.startswith(w, end - len(w)) and end - len(w) > a), None)) is not None:
        end -= len(industry)  # "光伏电池": industries one after another
    trade = text[a:end]
    if end == b or not (WORKS_TRADE_NAMES.min_chars <= len(trade) <= WORKS_TRADE_NAMES.max_chars
                        and all(CJK.match(c) for c in trade)):
        return False
    freq = tokenizer_tags().tokenizer.FREQ
    token = ctx.token_starting_at(a)
    if token is not None and token.end == end and token.pos in _PROPER_TAGS and not token.pos.startswith("ns"):
        return True
    return (freq.get(trade) or 0) < WORKS_TRADE_NAMES.whole_name_freq and not any(
        (freq.get(t.word) or 0) >= WORKS_TRADE_NAMES.common_word_freq for t in _tokens_between(ctx, a, end))


# a count in words between a name's head and the next ("三个", "两项"): the size of the list the name closes
_COUNT_OF_LIST = re.compile(r"[一二三四五六七八九十两几]+[个项座处条]")


# areas named after the works before them (project_part_zone_heads.txt: 作业区, 综保区, 互贸区, 候选区 …)
_PART_ZONE_AFTER = re.compile(alternation_pattern(lexicons.longest_first(lexicons.words("project_part_zone_heads.txt"))))


def _extend_over_heads(ctx: SentenceContext, b: int) -> int:
    """The end of a name past the heads that follow its own ("…水库枢纽工程" is one name;
    "…改扩建工程"), but not past the phase of works already named ("…产业园项目一期")."""
    text = ctx.text
    area = False
    while True:
        part = _PART_ZONE_AFTER.match(text, b)
        if part is not None and not text.endswith("区", 0, b) and token_ends_at(ctx, part.end()):
            b, area = part.end(), True  # "周口港中心作业区", "舟山港综保区": the area of the works named is the works
            continue
        n = _head_pattern().search(text, b, min(len(text), b + LIMITS.next_head_window))
        if not (n and n.start() - b <= LIMITS.next_head_gap and all(CJK.match(c) for c in text[b:n.start()])
                and not _has_boundary(ctx, b, n.start())) or area and n.start() > b:
            return b  # (after an area only a head right after it: "…作业区开港" is the area opened)
        if n.group().endswith("期") and text[:b].endswith("工程") and n.start() > b:
            return b  # "…工程建设二期": a phase past another word is another rule's (a phase right after
            # the head stays, as a 项目's does: "某某引水工程二期", "裕龙岛炼化一体化项目一期", pools u42, u44, u50)
        if n.group() == "工程" and (stage := _works_stage_before(text, n.start())) and n.start() - len(stage) == b:
            return b  # "某某铁路前期工程", "某某水库主体工程": a stage of the works named, no works of its own
        if _bound_morpheme_after(ctx, n.end()):
            return b  # "…主场馆一期工程|大道馆": the head opens another facility's name with a bound morpheme (馆/ng)
        if n.group() == "快线" and text[:b].endswith(_destination_heads()):
            return b  # "中欧班列快线": the service named by its destination, no works a line's head extends
        if _COUNT_OF_LIST.fullmatch(text[b:n.start()]):
            return b  # "A、B和滨河公园三个项目": the count of a list of works, not one name over it
        if n.group() in _PART_UNIT_HEADS and _UNITS_COUNTED.search(text, b, n.start()):
            return b  # "某某抽水蓄能电站首台机组": the station's first unit, a milestone of the station
        if n.group() in _NUMBERED_UNIT_HEADS and not _UNIT_NUMBER.search(text, b, n.start()):
            return b  # "三峡左岸电站机组全部建成发电": the plant's units, no number naming one; the plant is the works
        stage = next((w for w in _STAGE_OVER_HEAD if text.endswith(w, 0, n.end())), None)
        if stage is not None:
            # "…传统风貌区开街", "…文化街区开街": a stage word that ends in a head ("开街": the street
            # opened) ends the name before it
            cut = n.end() - len(stage)
            return cut if cut > b and token_ends_at(ctx, cut) else b
        b = n.end()


def _bound_morpheme_after(ctx: SentenceContext, b: int) -> bool:
    """Does a bound noun morpheme of one character (jieba's ng: 馆, 厅) follow text[:b], so that the word
    ending there runs on into a longer name ("大道|馆": the speed-skating hall, no avenue)?"""
    t = ctx.token_reaching(b + 1)
    return t is not None and t.start == b and t.end == b + 1 and t.pos == "ng"


# the first number and the range mark of numbered lines named as a range ("1~4号线延长线") before the last
_LINE_RANGE_BEFORE = re.compile(r"(?<!\d)\d{1,2}[~～]$")
# parts of a route named after it (project_route_branch_parts.txt: 支线, 延伸线, 延长线, 南延线 …)
_ROUTE_PART_HEADS = lexicons.word_set("project_route_branch_parts.txt")


def _line_range_start(text: str, head: str, start: int) -> int:
    """"1~4号线延长线": a route part (延长线, 支线 …) of numbered lines named as a range is named from the
    range's first number; elsewhere the start stays."""
    rng = _LINE_RANGE_BEFORE.search(text, 0, start) if head in _ROUTE_PART_HEADS else None
    return rng.start() if rng is not None and text[start:start + 1].isdecimal() else start


# (compiled once: the rules below test every candidate head, ~2,000 a pass over the samples and Hailar)
_KIND_OF_FACILITY_AFTER = re.compile(r"群|体系")
# a port (港, 航空港, 陆港) and the 区 after it name the port's area (港区), which jieba may cut after 港
_PORT_HEAD, _AREA_AFTER_PORT = "港", "区"


# a chain's branch store named by its site after the complex's head ("某某广场某区店")
_BRANCH_STORE = re.compile(rf"[{CJK_CHARS}]{{0,4}}?店")


def _past_line_or_branch_store(ctx: SentenceContext, head: str, b: int) -> int:
    """The end of a works' name past a line to the facility its head names ("市郊铁路机场线") or past
    the site and 店 of a chain's branch after a shopping complex's head ("某某广场某区店";
    project_branch_store_heads.txt); `b` where neither follows."""
    text = ctx.text
    if text[b:b + 1] == "线" and head in lexicons.word_set("project_line_heads.txt"):
        return b + 1
    store = _BRANCH_STORE.match(text, b) if head in lexicons.word_set("project_branch_store_heads.txt") else None
    if store is not None and (store.end() == len(text) or token_ends_at(ctx, store.end()) or not CJK.match(text[store.end()])):
        return store.end()
    return b


def _road_qualifies_a_counted_set(text: str, head: str, b: int) -> bool:
    """Does the road ending with `head` at `b` qualify a counted set of other facilities ("哈萨尔和东升路两个
    市民广场"; but "哈萨尔大街和西头道街两条西出口路": roads counted as roads are the works), as the roads
    listed before such a count do ("新增和平路、建设路等3条供热支线管网": the roads the pipes are laid along;
    "立新路、和平路等5条市政道路" still counts roads)?"""
    if head not in _ROAD_HEADS:
        return False
    listed = _ROADS_LISTED_AFTER.match(text, b)
    counted = _COUNT_AFTER.match(text, listed.end() if listed else b)
    return bool(counted) and not re.match(rf"[{CJK_CHARS}]{{0,6}}?(?:路|街|道)", text[counted.end():])


def _works_before_head(ctx: SentenceContext, m: re.Match, spans: list[tuple[int, int]]) -> _Works | None:
    """The name before the head `m` matched, with its bounds settled; None where the head is no
    works' head here (it runs on into another word, counts a kind, repeats a phase)."""
    text = ctx.text
    a, b = m.span()
    if "的" in m.group():
        a += m.group().rindex("的") + 1  # "…的中央桥至哈萨尔桥段": a route's end starts after a modifier
    b = _extend_over_heads(ctx, b)
    phase = _BRACKETED_PHASE.match(text, b) if m.group() in ("项目", "工程") else None
    if phase is not None:
        b = phase.end()  # "年产160万台一体机生产项目(一期)": the phase in brackets is part of the name
    b = _past_line_or_branch_store(ctx, m.group(), b)
    if spans and spans[-1][1] >= b:
        return None
    # (项目前期 after a facility, its phase or a list's kind is another rule's: `_facility_before`)
    if b < len(text) and not token_ends_at(ctx, b) and CJK.match(text[b]) and not (
            (text[b - 2:b] != "项目" or not _facility_before(text, b - 2)) and _stage_fused(ctx, b)):
        return None  # the head runs on into another word ("市场化", "项目库")
    if _bound_morpheme_after(ctx, b):
        return None  # "大道|馆": the head and a bound morpheme after it make another word
    if m.group().endswith(_PORT_HEAD) and text.startswith(_AREA_AFTER_PORT, b):
        return None  # "盐田港区集装箱吞吐量", "增强郑州航空港区开放功能": the port's area, a place, no works ends at 港
    word_start = _inside_common_word(ctx, a, b)
    if _road_qualifies_a_counted_set(text, m.group(), b):
        return None
    if m.group() == "项目" and _COUNT_AFTER.match(text, b) or (
            m.group() in _weak_heads() and m.group() not in _ROAD_HEADS and _COUNT_CLOSING.match(text, b)):
        return None  # "实施总装机26.9万千瓦光伏项目9个", "中试熟化平台230个以上": a count of works of a kind, no one of them
    if text.startswith(lexicons.words("project_institution_heads.txt"), b) or _opens_engineering_institution(text, m.group(), b):
        return None  # "双河中心幼儿园", "重庆工程学院", "国家工程实验室": the head opens an institution's head, no works ends here
    if _qualifies_something(text, m.group(), b) or _adverb_before_verb(text, m.group(), b):
        return None  # "台湾居民口岸签注业务": the head qualifies a service of a kind of facility; "系统|治理": an adverb
    if _action_as_activity(ctx, b):
        return None  # "巡河整治工作力度", "驰而不息整治“四风”": the effort of an action or the action on an object, no works
    if _KIND_OF_FACILITY_AFTER.match(text[b:]) or _MEASURE_AFTER.match(text, b):
        return None  # "世界级机场群", "智慧图书馆体系", "高速公路通车总里程": a kind, not one facility
    line = _NUMBERED_LINE.match(text, a)
    if line is not None and line.end() > b:
        return None  # "南湖市地铁2号线": the kind opens a numbered line (extract_numbered_lines), not a works of its own
    if _of_works_named(text, m.group(), a) or m.group() == "快线" and text.endswith(_destination_heads(), 0, a):
        return None  # "“菜篮子”工程一期": the phase of works already named; "中欧班列快线": a service's brand
    works = _Works(m.group(), a, a, b, word_start)
    if _bracketed_phase(ctx, a, b):
        # "城东标准厂房(一期)建成投入使用", "经济开发区工业厂房(一期)": the phase in brackets ends the
        # name of the works it is a phase of; the walk for the name starts before the bracket
        works.a, works.b, works.phase = a - 1, b + 1, True
    _settle_start(ctx, works, spans)
    works.start = _back_over_inner_head(ctx, works, spans)
    if _labels_a_list_or_count(text, works.start):
        return None
    if _designation_verb().search(text, works.start, works.a):
        return None  # "某某旅游度假区创成国家级旅游度假区": the head names the designation obtained, a kind (ANNOTATION rule 11)
    if text.startswith("项目", works.b - 2) and text.startswith("工程", works.b - 4) and works.b - 4 > works.start:
        works.b -= 2  # "三塘工程项目" names the works "三塘工程"
    works.start = _over_dashed_partner(ctx, _games_venue_start(text, _start_over_joints(ctx, works.start, a, m.group()), b))
    return works


def _over_dashed_partner(ctx: SentenceContext, start: int) -> int:
    """"实施一汽—大众CSP平台新车型项目", "启动建设赤峰道—中心花园": a name opening with the second of two
    partners or ends joined by a dash runs back over the dash to the first, a place or organization found
    right before it and opening a word after a verb or a mark (the joint venture, the route's two ends are
    one name); `start` elsewhere."""
    text = ctx.text
    if start < 2 or text[start - 1] not in "—-":
        return start
    first = min((m.local_start for m in ctx.found if m.type in (PLACE, ORG) and m.local_end == start - 1), default=None)
    if first is None or first == start - 1:
        return start
    before = ctx.token_ending_at(first)
    if first > 0 and CJK.match(text[first - 1]) and (before is None or not before.pos.startswith("v")):
        return start  # (the found name ends a longer word: no partner of its own)
    return first


@functools.lru_cache(maxsize=1)
def _designation_verb() -> re.Pattern[str]:
    """A verb by which an area obtains a designation (place_designation_verbs.txt: 创成, 晋升为): a works' name
    never runs back over it; what follows it is the designation's kind, what precedes it the area."""
    return re.compile(lexicons.alternation("place_designation_verbs.txt"))


def _start_over_joints(ctx: SentenceContext, start: int, a: int, head: str) -> int:
    """Where the name before the head text[a:…] begins, given the walk's `start`, at the joints in it: over
    a joint inside one name (`_works_package_over_joint`, `_over_joined_part`, `_over_joined_actions`), or
    after the joint of two works."""
    text = ctx.text
    package = _works_package_over_joint(ctx, start, a, head)
    part = _over_joined_part(ctx, start, a) if package is None else package
    start = _over_joined_actions(ctx, part, a) if package is None else package
    # the joint of two works actions the name ran back over, the part after it an action alone or
    # qualified (`_joined_action_before`: "某某段岸线整治和生态修复工程", where 整治 may end a head); after
    # a joint followed by an object of its own, two works are joined ("某某航站楼改造和跑道改造工程")
    actions_joint = _joined_action_before(text, a) - 1 if start < part else -1
    # two works joined by 和 ("中医院迁建和县医院医技综合楼"), or a works and the site 在 puts it at
    # ("某某项目在某某开发区建成"): the name starts after the joint (not the joint of one works package)
    for j in range(a - 1, start, -1):
        if (text[j] in "和及与、在" and _head_ends_at(text, j) and j != actions_joint
                and not (package is not None and text[j] == "及")):  # (any head: "扩建工程|和", "高速二期|和")
            return j + 1
    return start


# a class of road as the whole name before a road's grade ("国省道一级公路", "农村二级公路":
# project_road_grade_classes.txt), at the name's start or after a scope (全市, 全县, 农村, 国省); a name before
# the class ("滨江干线一级公路") or a route's code or number ("G105国道一级公路") makes one road of it
_CLASSED_GRADE = re.compile(rf"(?:全[省市县区州旗盟]|农村|国省)?(?:{lexicons.alternation('project_road_grade_classes.txt')})"
                            r"[一二三四]级公路")


def _names_a_road_class(text: str, start: int, b: int) -> bool:
    """Does the name text[start:b] open with a class of road before a grade ("国省干线一级公路改造工程",
    "农村一级公路", "全县县乡一级公路"), every road of that class and grade, not one road named by its ends or
    short name ("滨江干线一级公路")?"""
    return "级公路" in text[start:b] and _CLASSED_GRADE.match(text, start, b) is not None


# an extension line (project_route_branch_parts.txt, role `extension`: 延长线, 南延线 …) and the end of the
# road or line it extends before it: its head (project_extended_route_heads.txt), then at most the site the
# extension runs to ("甲乙高速至丙县北延线"), or a route's code ("S36东延线")
_EXTENSION_PART = re.compile(alternation_pattern(lexicons.roles("project_route_branch_parts.txt")["extension"]))
# (a word ending in such a head that names no road, project_extension_figure_words.txt: "赛道", is taken first)
_EXTENDED_ROUTE_END = re.compile(rf"(?:(?:(?P<figure>{lexicons.alternation('project_extension_figure_words.txt')})"
                                 rf"|{lexicons.alternation('project_extended_route_heads.txt')})"
                                 rf"[{CJK_CHARS}]{{0,4}}|[A-Z]\d{{1,4}})$")


def _extends_no_route(text: str, start: int, b: int) -> bool:
    """Does the name text[start:b] hold an extension line after words that name no road or line
    ("产业链延长线", "价值链东延线", "新赛道延长线": a figure of speech), not after a road's or line's name ("红旗路南延线",
    "地铁3号线北延线", "1~3号线延长线")? (An extension line with no name before it is `_is_built_facility`'s.)"""
    if "延" not in text[start:b]:
        return False
    return any(m.start() > start and ((end := _EXTENDED_ROUTE_END.search(text, start, m.start())) is None
                                      or end.group("figure") is not None)
               for m in _EXTENSION_PART.finditer(text, start, b))


def names_no_single_route(text: str, start: int, b: int) -> bool:
    """Does the name text[start:b] name a class of roads by a grade ("农村一级公路") or an extension
    line of no road or line ("产业链延长线"), no one works? (Also for the lists of kg.extract.genre.)"""
    return _names_a_road_class(text, start, b) or _extends_no_route(text, start, b)


# the heads that end a facility or a body of its own before 及 (built_facility_heads.txt, org_suffixes.txt)
_JOINED_OWN_HEADS = tuple(lexicons.words("built_facility_heads.txt")) + tuple(w for w in lexicons.words("org_suffixes.txt") if len(w) > 1)


def _over_joined_actions(ctx: SentenceContext, start: int, a: int) -> int:
    """"某某河流域生态修复与保护工程", "某某县废弃矿山综合治理与生态修复工程": two works actions
    (`project_works_actions.txt`) joined by 与 or 和 before the head name one works package; the walk
    stopped at the joint, and the name runs back over it to where the part before it begins."""
    text = ctx.text
    right = start if start < a else _joined_action_before(text, a)  # (the walk stops before 修复, read as a verb)
    if (right < 3 or text[right - 1] not in "与和" or not text.endswith(tuple(_WORKS_ACTIONS), right, a)
            or not text.endswith(tuple(_WORKS_ACTIONS), 0, right - 1)):
        return start
    left = _part_before_joint(ctx, right - 1)
    # (not over a list summed up by a quoted label, "甲河、乙河…“七河”生态保护与修复工程": which part names
    # the works is not the walk's to say)
    return start if left is None or "“" in text[left:right] else left


def _joined_action_before(text: str, a: int) -> int:
    """Where the part after 与 or 和 begins that is a works action right before the head at `a`, alone or
    after a word that qualifies it (project_works_action_qualifiers.txt: "某某湖生态保护与修复工程",
    "某某段岸线整治和生态修复工程"); `a` where none is."""
    action = next((w for w in _WORKS_ACTIONS if text.endswith(w, 0, a)), "")
    if not action:
        return a
    i = a - len(action)
    qualifier = next((w for w in _action_qualifiers() if text.endswith(w, 0, i)), "")
    for j in (i, i - len(qualifier)) if qualifier else (i,):
        if text[j - 1:j] in ("与", "和"):
            return j
    return a


@functools.lru_cache(maxsize=1)
def _action_qualifiers() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.words("project_works_action_qualifiers.txt"))


def _part_before_joint(ctx: SentenceContext, joint: int) -> int | None:
    """Where the part before the joint at `joint` begins, walked as a name before a head is; None where
    it is shorter than LIMITS.joined_part_min_chars or opens with no Chinese character."""
    part = _Works("", joint, joint, joint, None)
    _settle_start(ctx, part, [])
    if joint - part.start < LIMITS.joined_part_min_chars or not CJK.match(ctx.text[part.start]):
        return None
    return part.start


def _works_package_over_joint(ctx: SentenceContext, start: int, a: int, head: str) -> int | None:
    """"某某水库及灌区工程", "某某水利枢纽及某某供水工程", "某某广场及城墙周边环境整治工程": a facility (a
    works' head ends right before 及) and a part after the joint closed by 工程 name one package of works
    (ANNOTATION rule 12), written whole; the name runs back over the joint to where the facility's name begins. Not before another head ("…实验室及…检测基地", "…迁建及…综合楼项目"),
    nor after a works already closed ("某某扩建工程及综合交通中心"). Returns where the name begins, None if
    no such joint is there."""
    text = ctx.text
    if head != "工程" or start < 3 or text[start - 1] != "及" or a - start < LIMITS.joined_part_min_chars:
        return None
    joint = start - 1
    if not _head_ends_at(text, joint) or text.endswith(("工程", "项目"), 0, joint):
        return None
    return _part_before_joint(ctx, joint)  # the facility before the joint


def _over_joined_part(ctx: SentenceContext, start: int, a: int) -> int:
    """"升压站综合楼及附属用房建筑工程", "市政道路及地下管网建设项目", "精细化工及原料工程": the walk
    stopped at 及, and the part after it, all common words, names no works by itself; the name runs
    back over the joint to where the part before it begins (a part that ends in a head of its own is
    a works of its own: the loop after this call starts the name after the joint again, and so does a
    part that ends in a facility's or a body's head)."""
    text = ctx.text
    if start < 3 or text[start - 1] != "及" or a - start < LIMITS.joined_part_min_chars or is_proper(text[start:a]):
        return start
    left = _part_before_joint(ctx, start - 1)
    if left is None:
        return start
    if text[left:start - 1].endswith(_JOINED_OWN_HEADS + ("工程", "项目")):
        return start  # "疾控中心PCR实验室及城市核酸检测基地", "某某扩建工程及综合交通中心": a facility, body or works before the joint is its own
    return left


_BRACKETED_PHASE = re.compile(r"\((?:[一二三四五六七八九十]|\d{1,2})期\)")


def _bracketed_phase(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a phase in brackets right after a name ("工业厂房(一期)"), with no head after the
    bracket that would end the name itself ("PTA(二期)项目": that head's rule finds it)?"""
    text = ctx.text
    if not (0 < a and text[a - 1] == "(" and text[b:b + 1] == ")" and PHASE_AT_END.search(text[a:b])):
        return False
    if text[:a - 1].endswith(("项目", "工程")):
        return False  # "…生产项目(一期)": the phase of works its head named (the head's rule keeps it)
    return a - 1 > 0 and text[a - 2].isalnum() and not _head_pattern().match(text, b + 1)


def _works_stage_before(text: str, a: int) -> str | None:
    """The stage word ending at `a`, before a 工程 there, that makes that 工程 a stage of the works named
    before it (project_works_stages.txt: "某某铁路前期工程"); None if none. A works' main structure is no
    such stage: "某某水库主体工程", "某某高铁主体工程" name works of their own (the design texts' gold)."""
    return next((w for w in _WORKS_STAGES if text.endswith(w, 0, a)), None)


_WORKS_STAGES = lexicons.longest_first(lexicons.words("project_works_stages.txt"))


def _qualifies_something(text: str, head: str, b: int) -> bool:
    """Does the head ending at `b`, or the list of items sharing it that it opens ("甲水库、乙水库饮用水
    水源地…"), qualify something else (project_head_qualifies.txt: "口岸签注业务", "水库饮用水水源地")?"""
    # (the list's pattern, made for the head, only where a list goes on: mostly the head ends none)
    end = b if text[b:b + 1] != "、" else re.compile(rf"(?:、[{CJK_CHARS}]{{1,8}}?{re.escape(head)})*").match(text, b).end()
    return text.startswith(lexicons.words("project_head_qualifies.txt"), end)


def _adverb_before_verb(text: str, head: str, b: int) -> bool:
    """Is the head ending at `b` an adverb of the verb right after it (project_heads_as_adverbs.tsv:
    "山水林田湖草沙系统治理", "公共安全系统施治"), no head there?"""
    return any(h == head and text.startswith(verb, b) for h, verb in lexicons.rows("project_heads_as_adverbs.tsv"))


def _action_as_activity(ctx: SentenceContext, b: int) -> bool:
    """Is the head ending at `b` a verb of action (jieba: v) followed by the work or the effort of doing
    it or by the quoted object it acts on (project_activity_after_action.txt)? Then it is an activity."""
    head = ctx.token_ending_at(b)
    return (head is not None and head.pos == "v"
            and ctx.text.startswith(lexicons.words("project_activity_after_action.txt"), b))


def _of_works_named(text: str, head: str, a: int) -> bool:
    """Is the head at `a` the phase of works already named ("“菜篮子”工程一期") or a stage of them
    ("开工建设某某铁路前期工程": the railway is the works, as 项目前期工作 names it)?"""
    if head.endswith("期") and text[:a].endswith(("项目", "工程")):
        return True
    stage = _works_stage_before(text, a) if head == "工程" else None
    return stage is not None and _head_ends_at(text, a - len(stage))


def _head_ends_at(text: str, a: int) -> bool:
    """Does a works' head (铁路, 高速公路, 水电站 …) end right at `a`?"""
    before = text[max(0, a - LIMITS.facility_before_label_chars):a]
    return any(h.end() == len(before) for h in _head_pattern().finditer(before))


def _facility_before(text: str, a: int) -> bool:
    """Does a works head or a phase end right before `a` ("…公园二期|项目前期", "…物流园|项目前期"), so
    that the rule for a works' preparation in kg.extract.genre names it, or a list's kind after 等
    ("维多利等城市商贸综合体|项目前期": the list rules name the items, the kind is none)? If not, 项目前期
    ends this works' name after a trade name or a product ("推进某某危废、某某腐熟剂项目前期")."""
    before = text[max(0, a - LIMITS.facility_before_label_chars):a]
    return (bool(PHASE_AT_END.search(before)) or any(h.end() == len(before) for h in _head_pattern().finditer(before))
            or _KIND_AFTER_LIST.search(text, max(0, a - LIMITS.listed_item.max_chars), a) is not None)


# the kind a list is labelled with after its 等, up to the label's 项目 ("…等城市商贸综合体")
_KIND_AFTER_LIST = re.compile(rf"等[{CJK_CHARS}\d]*$")


def _stage_fused(ctx: SentenceContext, b: int) -> bool:
    """Did jieba join the head with the build or stage word after it into one word ("…防护工程建设加快",
    "…水库工程建设", "工程施工")? The head ends the works' name all the same, unless a noun goes on
    the phrase ("步入工程建设阶段": a stage of works in general)."""
    token = ctx.token_reaching(b + 1)
    if token is None or token.start >= b or ctx.text[b:token.end] not in _STAGE_AFTER_HEAD:
        return False
    after = ctx.token_starting_at(token.end)
    # "…北部山区引水工程建设地点为…", "…工程建设规模": a noun of the works' own particulars goes on the phrase
    return after is None or not after.pos.startswith("n") or after.word in lexicons.word_set("project_particulars.txt")


# the build and stage words (build_words.txt, stages.txt): fused with a head, or right after a site built
_STAGE_AFTER_HEAD = frozenset(_BUILD_OR_STAGE_WORDS)
# the stage words that end in a head themselves ("开街": a quarter's street opened)
_STAGE_OVER_HEAD = tuple(w for w in lexicons.mapping("stages.txt") if w.endswith(lexicons.words("project_heads.txt")))


# the end of a list before its label: 等, a batch or a count ("A、B等一批高品质酒店", "等3个产业园")
# (and the kinds the count coordinates: "东门地块、南岭新村等20个旧屋区、城中村改造项目")
_AFTER_LIST_END = re.compile(r"等(?:一大?批|\d+[个项座所家条]|[一二三四五六七八九十两]+[个项座所家条])?"
                             rf"(?:(?<=[个项座所家条批])[{CJK_CHARS}]{{2,5}}、)?$")


# a batch or a count of works of a kind, without a list before it ("建设一批乡村公路示范工程",
# "等9件骨干供水工程": the walk stops at 骨干, so the count is a word before the name it found; "等5个国家
# 骨干冷链物流基地", "10家以上中试平台", "4座现代化的垃圾中转站": a bound, a level word
# (project_counted_kind_levels.txt) or a modifier with 的 between them; not "四个月建成…": a time)
_COUNTED_KIND_BEFORE = re.compile(r"(?:一大?批|(?<![\d.])\d+[个项座所条件处家]|(?<![第\d])[一二三四五六七八九十两]+[个项座所条件处家])"
                           rf"(?:以上|左右)?(?:[{CJK_CHARS}]{{0,2}}|(?:{lexicons.alternation('project_counted_kind_levels.txt')})[{CJK_CHARS}]{{0,2}}"
                           rf"|[{CJK_CHARS}]{{1,3}}的)$")


def _labels_a_list_or_count(text: str, start: int) -> bool:
    """Does the works' kind starting at `start` label a list ("建成A、B等互联互通工程", "…等一批高品质酒店":
    not one more works) or a batch or count of that kind ("推进一批公路项目开工", "新开工9件骨干供水工程": no name)?"""
    return (_AFTER_LIST_END.search(text, max(0, start - 14), start) is not None
            or _COUNTED_KIND_BEFORE.search(text, max(0, start - 10), start) is not None)


def _section_of_route(text: str, head: str, before: tuple[int, int]) -> bool:
    """Is the works a section (段) of the route found right before it ("…、323省道乐清雁荡段": the road's
    kind, project_route_kinds.txt, then the places of its section)? Then its name runs back over the route."""
    return head.endswith("段") and before[1] < len(text) and text[before[0]:before[1]].endswith(_ROUTE_KINDS)


_ROUTE_UPGRADES = frozenset(lexicons.words("project_route_upgrades.txt"))


def _upgrade_of_route(text: str, before: tuple[int, int], b: int) -> bool:
    """Is the works an upgrade of the class of the route found right before it ("…、某某路快速化改造",
    "…、某某至某某铁路电气化改造": project_route_upgrades.txt), or of the facility found right before it
    ("…、某某灌区现代化改造": project_facility_upgrades.tsv)? Then its name runs back over the route,
    or over its section ("某某大道南段快速化改造")."""
    route = text[before[0]:before[1]]
    for head, upgrade in lexicons.rows("project_facility_upgrades.tsv"):
        if route.endswith(head) and text[before[1]:b] == upgrade:
            # only where the list's sites share the one head ("青铜峡、沙坡头、红寺堡灌区现代化改造"): where the item
            # before carries its own ("景电灌区、靖会灌区现代化改造", gansu-2026, whose gold holds 靖会灌区) each
            # item is a facility of its own and the upgrade does not name the list
            return not text[:before[0]].endswith(tuple(head + mark for mark in "、和及与"))
    if text[before[1]:b] not in _ROUTE_UPGRADES:
        return False
    heads = _road_heads() + _ROUTE_KINDS
    return route.endswith(heads) or route.endswith("段") and any(h in route[:-1] for h in heads)


_COUNT_OPENING_NAME = re.compile(r"\d+(?:\.\d+)?[个项批条座所家大栋]")
_UNIFIED_OPENING = re.compile(r"全[国省市区县]统一")


def _back_over_inner_head(ctx: SentenceContext, works: _Works, spans: list[tuple[int, int]]) -> int:
    """Where a name opens that the walk began at a head word glued to the name before it ("某某研究|中心|某某分中心",
    "某某工程技术研究|中心|某某基地": the walk stopped at 研究, a verb inside the first name): the first name's
    start, read back from that head as a name of its own; the part of an institution is named with it."""
    text, start = ctx.text, works.start
    tok = ctx.token_starting_at(start)
    if (start == 0 or tok is None or tok.end >= works.a or not _head_pattern().fullmatch(tok.word)
            or not CJK.match(text[start - 1]) or text[start - 1] in "和及与、在"):
        return start
    inner = _Works(tok.word, start, start, tok.end, None)
    _settle_start(ctx, inner, spans)
    return inner.start if inner.start < start else start


def _settle_start(ctx: SentenceContext, works: _Works, spans: list[tuple[int, int]]) -> None:
    """Where the name before the head begins: a walk left over name-like words, less the numbers,
    openers and verbs that open a span, more the words a walk stops at wrongly."""
    text, a = ctx.text, works.a
    start = name_start(ctx, a, **LIMITS.works_name.limits, through_heads=True, strict=False)
    # numbers that count a set ("88个深度脱贫攻坚项目") are not part of a name
    cm = _COUNT_OPENING_NAME.match(text[start:a])
    if cm:
        start += cm.end()
    if works.head == "基金":
        set_up = re.search(rf"(?:{'|'.join(_SET_UP)})((?!的)[{CJK_CHARS}]{{4,16}})$", text[:a])  # (not "设立的…")
        start = set_up.start(1) if set_up else a  # "设立服务贸易创新发展引导基金": the name is all the verb sets up
    works.unified = bool(_UNIFIED_OPENING.match(text[start:a])) and works.head in _UNIQUE_HEADS
    start = start if works.unified else trim_openers(ctx, start, a)
    start = _over_new_facility(ctx, _extend_over_new(ctx, start, a), works.b)
    start = _industry_verb_before(ctx, _unknown_word_before(ctx, _past_split_new_opener(ctx, start, a), a, works.b), a)
    start = _over_place_read_as_word(ctx, _over_transliterated_na(ctx, start, a), a)
    if (spans and start < spans[-1][1] <= a and works.head in _weak_heads() and text[:spans[-1][0]].endswith("、")
            and not works.phase and not _section_of_route(text, works.head, spans[-1])
            and not _upgrade_of_route(text, spans[-1], works.b)):
        start = spans[-1][1]  # "深圳港国际枢纽港": a weak head's name does not run back into the works before it
    start = _trim_verb_tail(ctx, start, a)
    if not works.unified:
        start = _past_verb_chain(ctx, trim_openers(ctx, _over_verbs_inside(ctx, start), a), a)
    invested = _INVESTED_NAME.search(text[max(0, a - 24):a])
    if invested and "等" not in invested.group(1) and a - len(invested.group(1)) < start:
        start = a - len(invested.group(1))  # "5500万元的污泥处置工程": the name runs back to the sum, over its verbs
    located = _LOCATED_BEFORE.search(text, start, a)
    if located:
        start = located.end()  # "哈萨尔桥以北伊敏河两岸景观改造": where the works lies is no part of its name
    start = _past_urban_quarter(ctx, start, a)
    past_area = _past_area_before_named_works(ctx, start, a, works.b)
    works.after_area, works.in_county, start = past_area > start, _lower_county(ctx, text[start:past_area]), past_area
    start = _route_initials_start(ctx, works.head, _abbreviation_before(ctx, works.head, start, a), a)
    start = _over_cut_organization(ctx, start, works.b)
    start = _back_to_company_before_product(ctx, start, a)
    start = _back_to_group_before_plant_place(ctx, start, a)
    start, works.b, works.bracketed = _over_parentheses(ctx, start, works.b)
    start = _over_dashed_ends(ctx, start, works.head, a)
    start = _over_route_last_end(ctx, start, works.head, a)
    start = _over_phase_actions(ctx, start, works, spans)
    start = _over_national_level(ctx, over_capacity(ctx, start, a))
    # (the area or division the name was walked past is no trade name for the clause's subject)
    works.start = start if works.after_area else _clause_subject_start(ctx, start, works.b)
    works.start += _glued_conjunction(ctx, works.start, a)  # "暨金海…生产线项目" (a place glued to 暨 too)
    works.start = _line_range_start(ctx.text, works.head, _past_company_relation(ctx, works.start, a))
    works.start = _past_build_verb_before_output(ctx, works.start, a)
    works.start = _past_branch_before_output(ctx, works.start, a)
    works.start = _past_verb_before_place(ctx, _past_clause_build_verb(ctx, works.start, a), a)
    works.start = _back_over_split_character(ctx, _back_to_supply_programme(ctx, works.start, works.head, a), a)
    works.start = _station_building_start(ctx.text, works, _back_over_joined_fields(ctx, works.start, a))
    if ctx.text[:works.start].endswith("”") and works.head != "工程" and not is_proper(ctx.text[works.start:a]):
        # a quoted 工程 is most often a programme's slogan ("“百千万”工程", ANNOTATION rule 12); a quote
        # before a proper name is an epithet ("“万里黄河第一隧”济泺路隧道"): neither is read here
        works.start = _quoted_name_start(ctx, works.start, works.head in _weak_heads(), works.head in region_heads())
    elif works.head == "工程":
        works.start = _quoted_works_start(ctx.text, works.start, a)  # ("“三北”六期工程": the phase after the quote)
    works.start = _back_to_place_naming_zone(ctx, works)


_NATIONAL_LEVEL = re.compile(rf"国家(?:{lexicons.alternation('project_national_level_words.txt')})$")


def _over_national_level(ctx: SentenceContext, start: int) -> int:
    """Where the name starts when the walk stopped after a national designation's level word
    (project_national_level_words.txt: 国家骨干) that a place found right before it opens: at the place
    ("建好西宁国家骨干冷链物流基地", "漳州国家骨干冷链物流基地"), the one designated base of that city
    (ANNOTATION rule 11); else `start` (the kind alone, "推进国家物流枢纽、国家骨干冷链物流基地和…等5个物流
    园区", or a count of them, names no one base)."""
    m = _NATIONAL_LEVEL.search(ctx.text, max(0, start - 6), start)
    place = None if m is None else next((p for p in ctx.found if p.type == PLACE and p.local_end == m.start()), None)
    return place.local_start if place is not None else start


@functools.lru_cache(maxsize=1)
def _place_named_zone_heads() -> frozenset[str]:
    """Heads of a designated zone or a development corridor or belt (project_heads.txt, flags "zone" and
    "region", and project_place_named_zone_heads.txt) whose name a place opens and fields joined by verbs
    follow ("长江口产业创新绿色发展协同区", "长株潭国家科技成果转移转化示范区")."""
    return frozenset((*zone_heads(), *region_heads(), *lexicons.words("project_place_named_zone_heads.txt")))


def _back_to_place_naming_zone(ctx: SentenceContext, works: _Works) -> int:
    """Where a zone's name begins whose walk stopped at a verb of its field ("长江口产业创新绿色发展|协同区",
    "长三角生态绿色一体化发展|示范区", "长江上游绿色低碳发展|先行区"): back at the place that opens it, where only
    name words and the verbs of a zone's field (project_zone_field_verbs.txt: 发展, 合作, 转化) stand between
    the place and the head, and the place opens a clause or list item or follows a verb (ANNOTATION rule 11:
    a place says which zone). Otherwise where it was."""
    text, start, a = ctx.text, works.start, works.a
    if works.head not in _place_named_zone_heads() or start < a - 2:
        return start
    field_verbs, stops = lexicons.word_set("project_zone_field_verbs.txt"), lexicons.word_set("triggers.txt")
    best = start
    for p in ctx.found:
        s = p.local_start
        if p.type != PLACE or not s < best or p.local_end > start or a - s > _ZONE_NAME_MAX or p.text in URBAN_AREAS:
            continue
        if s > 0 and text[s - 1] not in "，。；：、（“" and not (
                (tok := ctx.token_ending_at(s)) is not None and tok.word in stops):
            continue  # "某某加快建设…": the place must open the name, not be a clause's subject
        inner = [t for t in ctx.tokens if p.local_end <= t.start and t.end <= a]
        if sum(t.end - t.start for t in inner) != a - p.local_end or any(
                (t.word in stops or t.pos.startswith("v") and t.pos != "vn") and t.word not in field_verbs
                or not CJK.match(t.word[0])
                for t in inner):
            continue  # a clause verb ("福州争创…示范区": one applied for) or a mark between: no one name
        best = s
    return best


_ZONE_NAME_MAX = 20


def _back_over_joined_fields(ctx: SentenceContext, start: int, a: int) -> int:
    """"新材料与智能装备科技园", "古镇保护与开发二期工程", "某某大学科技与艺术学院新校区": where the
    name's walk stopped at 与 and the words before it up to a verb, a clause or list mark or the sentence's
    start are a name's words too (no organization nor place of their own: "甲大学与乙集团…" is a
    partner, "甲市与乙市…" two places), the two fields or actions joined by 与 are one name; the name
    begins where those words do, or after a zone or park that opens them ("甲高新区光电与传感器产业园").
    Before the words a build verb (build_words.txt, said before a works: 建设) ends the predicate; any other
    verb that is no content word may make the words a party to something else ("支持甲企业与乙平台合作").
    Not past a verb after 与 (the walk stops there: "甲大学与乙集团共建…"), nor where both sides end in
    works actions (`_over_joined_actions`'s own)."""
    text = ctx.text
    if start < 3 or start >= a or text[start - 1] != "与" or not token_ends_at(ctx, start - 1):
        return start  # (a head right after 与 is a field's word: "海洋科学与工程", "材料技术与工程")
    if text.endswith(tuple(_WORKS_ACTIONS), start, a) and text.endswith(tuple(_WORKS_ACTIONS), 0, start - 1):
        return start  # two works actions joined: `_over_joined_actions` walks the part before the joint
    i = start - 1
    joined = trim_openers(ctx, name_start(ctx, i, **LIMITS.works_name.limits, through_heads=True, strict=False), i)
    if i - joined < 2 or not token_ends_at(ctx, i) or joined not in ctx.token_start_set:
        return start
    area = max((k + len(head) for head in _area_heads() if (k := text.rfind(head, joined + 2, i)) >= 0), default=None)
    if area is not None:
        # "甲经济开发区高端…与…基地": a town or park opens the words, where the works is, not its name:
        # the name begins after it
        joined = area
        if i - joined < 2 or not token_ends_at(ctx, joined):
            return start
    before = ctx.token_ending_at(joined)
    if area is None and before is not None and before.pos not in ("x", "w") and not content_verb(before) and (
            before.word not in lexicons.words_of_kind("build_words.txt")):
        return start  # the words before 与 are the end of a longer phrase the walk did not take; a build
        # verb ends the clause's predicate before the name ("建设甲激光与光电产业园"; "支持甲企业与乙平台合作": no)
    if any(m.type in (ORG, PLACE) and m.local_end == i and m.local_start >= joined for m in ctx.found):
        return start  # "甲大学与…", "甲市与乙市…": partners or places joined, no one name
    return joined


@functools.lru_cache(maxsize=1)
def _water_slogan_end() -> re.Pattern[str]:
    """The end of a quoted 工程 that names water works: water brought into a river, a lake or a canal
    ("“一泓清水入黄河”", "“清水入湖”"; project_water_slogan_words.txt)."""
    parts = {k: "".join(v.split()) for k, v in lexicons.mapping("project_water_slogan_words.txt").items()}
    return re.compile(rf"[{parts['verb']}][{CJK_CHARS}]{{0,2}}[{parts['water']}]”$")


def _quoted_works_programme(stem: str) -> bool:
    """Is `stem` ("“三北”", "“三北”六期") the quoted short name of a national programme of physical works
    (project_quoted_works_programmes.txt), maybe with its phase?"""
    m = re.match(r"“([^”]+)”", stem)
    return (m is not None and m.group(1) in lexicons.word_set("project_quoted_works_programmes.txt")
            and (m.end() == len(stem) or PHASE_AT_END.fullmatch(stem, m.end()) is not None))


def _quoted_works_start(text: str, start: int, a: int) -> int:
    """Where a 工程 opens whose walk stopped at a closing quote: a quoted water works or programme right
    before the head or its phase (`_water_slogan_start`); a quoted set of sites before a works action
    of a kind (project_works_actions.txt) closed by 工程 ("“三山两河”生态修复工程", "“生态圈”植被恢复工程",
    "“一泓清水入黄河”生态保护工程": the quote says where, the action what: one package of physical works,
    ANNOTATION rule 12), at the quote; else `start`."""
    if start == a or PHASE_AT_END.fullmatch(text[start:a]):
        return _water_slogan_start(text, start)
    stem = text[start:a]
    if (not text[:start].endswith("”") or len(stem) > _QUOTED_SITES_STEM or not stem.endswith(tuple(_WORKS_ACTIONS))
            or not CJK.fullmatch(stem[0])):
        return start
    q = text.rfind("“", max(0, start - QUOTED_NAMES.max_chars - 2), start - 1)
    return start if q < 0 or re.search(r"[“，,。；、]", text[q + 1:start - 1]) else q


_QUOTED_SITES_STEM = 4  # the longest works action of a kind after the quote ("生态修复", "植被恢复")


def _water_slogan_start(text: str, a: int) -> int:
    """Where a quoted 工程 of water works opens (ANNOTATION rule 12: a package of water works is a
    project, a programme's slogan is not): at its opening quote, when the quote ends in water brought
    to a river, lake or canal (`_water_slogan_end`) or is the short name of a national programme of
    physical works (project_quoted_works_programmes.txt: "“三北”工程", "“城市双修”工程"); `a` (no name)
    for any other quoted 工程 ("“百千万”工程", "“大思政课”建设工程")."""
    q = text.rfind("“", max(0, a - QUOTED_NAMES.max_chars - 2), a - 1)
    if q < 0 or re.search(r"[“，,。；、]", text[q + 1:a - 1]) or not (
            _water_slogan_end().search(text, q, a) or _quoted_works_programme(text[q:a])):
        return a
    return q


def _quoted_name_start(ctx: SentenceContext, a: int, weak: bool, region: bool = False) -> int:
    """"“三农”大数据中心", "吉林师范大学“双创”中心", "“一带一路”国家…训练基地": a quoted part of the name
    before the head (the walk stopped at the quote, at `a`); the name opens at the quote, or at the
    proper name before it that the quote qualifies. A weak head (基地, 班列, 改造) after a quoted slogan
    names a kind ("“渭西欧”班列", "“一户一阀”改造") unless a proper name opens the name, or, for a corridor or
    belt (`region`), a place found in the quote says where it runs ("“清清黄河”旅游带"). `a` where no
    quoted part stands there."""
    text = ctx.text
    if not text[:a].endswith("”"):
        return a
    q = text.rfind("“", max(0, a - QUOTED_NAMES.max_chars - 2), a - 1)
    if q < 0 or not QUOTED_NAMES.min_chars <= a - 1 - (q + 1) or not CJK.search(text[q + 1:a - 1]) \
            or re.search(r"[“”，,。；、]", text[q + 1:a - 1]):
        return a
    before = name_start(ctx, q, **LIMITS.works_name.limits, through_heads=True, strict=False)
    before = _past_verb_chain(ctx, trim_openers(ctx, _over_verbs_inside(ctx, before), q), q)
    if before < q and is_proper(text[before:q]):
        return before
    return a if weak and not (region and _found_name_in(ctx, q + 1, a - 1)) else q


def _clause_subject_start(ctx: SentenceContext, start: int, b: int) -> int:
    """A works that is the subject of its clause's build predicate ("三和智慧农业产业园一期、…当年建成",
    "商合杭高铁含山段、郑蒲港铁路加快建设") is named from the clause's start: the two or three characters
    the walk stopped at there are a trade name or an abbreviation jieba cut into rare words, numbers or
    conjunctions, unless they are a build verb, an opener, a common word or open with a verb."""
    text = ctx.text
    clause = clause_start(text, start, _CLAUSE_MARKS)
    gap = text[clause:start]
    if not (WORKS_TRADE_NAMES.min_chars <= len(gap) <= WORKS_TRADE_NAMES.max_chars and all(CJK.match(c) for c in gap)):
        return start
    if gap.startswith(_subject_not_names()):
        return start
    freq = tokenizer_tags().tokenizer.FREQ
    words = _tokens_between(ctx, clause, start)
    if not words or any(
            (freq.get(t.word) or 0) >= WORKS_TRADE_NAMES.common_word_freq and not (len(t.word) == 1 and t.pos in ("m", "c"))
            for t in words):
        return start  # a common word ("确保", "三是", "省重点") is no trade name
    if words[0].pos.startswith("v") and words[0].word in freq:
        return start  # a verb jieba knows opens the clause as its predicate ("力促…填埋场"); "商合" it only guessed
    if tokenizer_tags().word_tag_tab.get(gap[0], "")[:1] in ("v", "p", "d"):
        return start  # "继固蚌高速…通车后": the clause opens with a verb, preposition or adverb of one character
    rest = text[b:min((i for i in (text.find(mark, b) for mark in _CLAUSE_MARKS) if i >= 0), default=len(text))]
    return clause if any(word in rest for word in _build_predicates()) else start


def over_capacity(ctx: SentenceContext, start: int, a: int) -> int:
    """The start of a works' name (its head at `a`) run back over the capacity that opens it, as an
    output rate or "N吨/年", and over the owner named before that capacity ("洛阳石化1800万吨/年炼油扩能
    改造" from the walk's 年炼油扩能改造)."""
    start = _back_to_owned_capacity(ctx, _back_to_output_rate(ctx, start, a), a)
    return _over_capacity_owner(ctx, _over_rate_capacity(ctx, start, a), a)


def _over_rate_capacity(ctx: SentenceContext, start: int, a: int) -> int:
    """A works whose name opens with its capacity written as a rate, "N吨/年" for 年产N吨 ("合作建设
    3万辆/年某某装载机研发制造项目", "某某化工50万吨/年合成氨项目"): the walk stopped at the slash,
    at 年 or after it; the name runs back over the rate to its number (and _over_capacity_owner then
    over the owner before it). Two characters of the product at least stand before the head."""
    text = ctx.text
    j = start + 1 if text.startswith("/年", start - 1) else start if text.endswith("/年", 0, start) else -1
    if j < 0 or a - j < 2 or not all(CJK.match(c) for c in text[j:j + 2]):
        return start
    window = max(0, j - LIMITS.rate_capacity_chars)
    rate = _RATE_CAPACITY.search(text[window:j])
    return window + rate.start() if rate else start


def _over_capacity_owner(ctx: SentenceContext, start: int, a: int) -> int:
    """A works sized by its output whose name the walk began at the capacity or inside the owner's name
    ("…、泰安先行年产20万吨锂电材料基地等项目", where 泰安 is a place; "宏远能源30万吨…项目"): the owner's
    name before the capacity (and before 年产:
    `project_output_words.txt`) is part of the works' name, where it is a brand and its trade of four
    to eight characters that is a list's item or opens its clause, and no word of it is a verb, an
    adverb, a pronoun, a number or a locative ("其中年产…", "园区内年产…", "全市新建…")."""
    text = ctx.text
    capacity = _CAPACITY_OPENS.search(text, start, a)
    if capacity is None or capacity.start() - start > CAPACITY_OWNERS.max_chars or not all(
            CJK.match(c) for c in text[start:capacity.start()]):
        return start  # the walk began at the capacity or inside the owner's name ("泰安|先行", a place cut off)
    j = capacity.start()
    for word in lexicons.words("project_output_words.txt"):
        if text.startswith(word, j - len(word)):
            j -= len(word)
            break
    # a company already found that ends right there is the owner, whatever its length ("中石化"): the
    # lexicon has named it, so neither the four characters of a guessed brand and trade nor its words are asked
    found = {o.local_start for o in ctx.found
             if o.type == ORG and o.local_end == j and 0 < j - o.local_start <= CAPACITY_OWNERS.max_chars}
    for k in range(max(0, j - CAPACITY_OWNERS.max_chars), min(start, j - 1) + 1):
        if j - k < CAPACITY_OWNERS.min_chars and k not in found:
            continue
        before = ctx.token_ending_at(k) if k else None
        if k and text[k - 1] not in "、" + _CLAUSE_MARKS and (before is None or not _verb_before_owner(before)):
            continue  # the owner is a list's item, opens its clause or follows a build verb ("推进…", "推动…")
        if not all(CJK.match(c) for c in text[k:j]) or not is_proper(text[k:j]):
            continue
        if k in found:
            return k
        words = _tokens_between(ctx, k, j)
        if words and not any(t.pos[:1] in ("v", "d", "r", "p", "c", "m", "f", "u") or t.word in _subject_not_names()
                             for t in words):
            return k
    return start


def _verb_before_owner(token) -> bool:
    """Does `token`, right before a works' owner, end the clause's predicate: a build verb or stage
    (_subject_not_names) or another verb of two characters jieba knows ("推动洛阳石化1800万吨/年…")?"""
    return token.word in _subject_not_names() or (token.pos == "v" and len(token.word) == 2
                                                   and bool(word_freq(token.word)))


def _tokens_between(ctx: SentenceContext, a: int, b: int) -> list:
    """The tokens that exactly cover text[a:b], or [] where a token crosses a or b."""
    out, i = [], a
    while i < b:
        token = ctx.token_starting_at(i)
        if token is None or token.end > b:
            return []
        out.append(token)
        i = token.end
    return out


@functools.lru_cache(maxsize=1)
def _subject_not_names() -> tuple[str, ...]:
    names = ("build_words.txt", "project_openers.txt", "genre_build_openers.txt",
             "project_sentence_build_words.txt", "stages.txt")
    return lexicons.longest_first({w for name in names for w in lexicons.words(name)})


@functools.lru_cache(maxsize=1)
def _build_predicates() -> frozenset[str]:
    return lexicons.word_set("stages.txt") | lexicons.word_set("project_sentence_build_words.txt")


def _over_dashed_ends(ctx: SentenceContext, start: int, head: str, a: int) -> int:
    """A route named by its ends joined with dashes ("武汉-仙桃城际铁路", "马鞍山-南京-镇江城际铁路线"),
    a power or pipe line so named ("陕北—湖北特高压直流输电工程": `project_dashed_line_words.txt` in the
    name before the head `a` starts), or a border crossing by its two sides ("满洲里—后贝加尔斯克口岸"):
    the walk stops at the dash, the name runs back over each place the dash joins."""
    crossing = head in lexicons.word_set("project_dashed_pair_heads.txt") or head in region_heads()
    if head not in lexicons.word_set("project_route_kinds.txt") and not crossing and not any(
            w in ctx.text[start:a] for w in lexicons.words("project_dashed_line_words.txt")):
        return _over_dashed_place_pair(ctx, start, a)
    while start > 1 and ctx.text[start - 1] in _DASHES:
        end = next((m for m in ctx.found if m.type == PLACE and m.local_end == start - 1), None)
        first = end.local_start if end is not None else None
        if first is None:
            # a border town across the border jieba may tag as a person's name ("巴克图—巴克特口岸")
            token = ctx.token_ending_at(start - 1)
            first = token.start if token is not None and (token.pos == "ns" or crossing and len(token.word) > 1
                                                          and token.pos in ("nr", "nrt", "nz")) else None
        if first is None:
            return start
        start = first
    return start


_DASHES = "-—–－"


def _over_dashed_place_pair(ctx: SentenceContext, start: int, a: int) -> int:
    """Two places joined by a dash that open a works' name, each a proper name of two characters or
    more ("青龙山—凤凰山生态修复工程", "甲市—乙市港某某港区"): the works is of both, the name runs back
    over the first (the places are found after the works: their tokens' tags say so); a chain of three
    places or more ("甲—乙—丙500千伏输变电工程": a line through each) runs back over every one, where
    the head `a` stands after the last place, not inside its name (曼谷's 谷)."""
    text = ctx.text
    while start > 1 and text[start - 1] in _DASHES:
        first, second = ctx.token_ending_at(start - 1), ctx.token_starting_at(start)
        if not all(t is not None and t.pos in _PLACE_PAIR_TAGS and len(t.word) > 1 for t in (first, second)):
            break
        if second.end > a:
            return first.start  # (the pair alone, as ever: the chain only for a head after its places)
        start = first.start
    return start


_PLACE_PAIR_TAGS = ("ns", "nr", "nrt", "nz")  # jieba tags a mountain or town as a person's name at times


def _over_route_last_end(ctx: SentenceContext, start: int, head: str, a: int) -> int:
    """A route named by its ends ("甲乙至丙丁口高速公路") whose walk stopped inside the last end, at a
    character jieba cut off as an adverb or a measure ("扁|都|口"): the name runs back over that end
    (CJK characters only, PLACE_RULES.route_end_max at most), its 至 and the first end before it."""
    if head not in lexicons.word_set("project_route_kinds.txt"):
        return start
    k = ctx.text.rfind("至", max(0, a - PLACE_RULES.route_end_max - 1), start)
    end = ctx.text[k + 1:a] if k >= 0 else ""
    if len(end) < 2 or not all(CJK.match(c) and c not in "等和及与" for c in end) or not token_starts_at(ctx, k):
        return start  # (not a list of routes: "沙井至吴圩等高速公路" is the list's, _listed_routes)
    first = name_start(ctx, k, max_chars=PLACE_RULES.route_walk_chars, max_tokens=PLACE_RULES.route_walk_tokens)
    if k - first < 2:
        # a first end the dictionary does not know, whatever tag jieba guessed ("、遵道/v至拱星公路": a town)
        first = _unknown_word_before(ctx, k, a, a)
    return first if k - first >= 2 else start

_PHASE_ACTIONS = rf"(?:{lexicons.alternation('project_phase_actions.txt')}){{1,3}}"
# the actions that, after a facility's head and before 工程, name its works package on their own ("某某灌区
# 续建配套工程"), with no phase or second action
_PACKAGE_ACTIONS = frozenset(lexicons.words_of_kind("project_phase_actions.txt", "package"))
_ACTIONS_BEFORE_HEAD = re.compile(rf"(?:{_PHASE_ACTIONS}(?P<joint>[与和及]))?{_PHASE_ACTIONS}$")


def _over_phase_actions(ctx: SentenceContext, start: int, works: _Works, spans: list[tuple[int, int]]) -> int:
    """A works' action between a named works and 项目/工程 is a word of the name, where the walk
    stopped at it (`project_phase_actions.txt`): after a phase ("某某古镇二期开发项目", "…三期保护开发
    项目"), or two actions joined by 与 after a facility ("某某灌区续建配套与节水改造工程"), or a works
    package's own actions after a facility (kind "package": "某某灌区续建配套工程"). The name
    then runs back over the works named before the action(s)."""
    text, a = ctx.text, works.a
    if not text.endswith(("项目", "工程"), 0, works.b):
        return start
    acts = _ACTIONS_BEFORE_HEAD.search(text, max(0, a - LIMITS.phase_actions_chars), a)
    if acts is None or not acts.start() < start <= a or not token_ends_at(ctx, acts.start()):
        return start
    p = acts.start()
    if acts.group("joint") is None and not PHASE_AT_END.search(text[:p]) \
            and not (acts.group(0) in _PACKAGE_ACTIONS and _works_head_ends_at(ctx, p)):
        return start  # a bare action before the head is the walk's to judge ("…开发项目")
    if acts.group("joint") is not None and not _works_head_ends_at(ctx, p):
        return start
    own = next((s0 for s0, e0 in reversed(spans) if e0 == p), None)
    further = own if own is not None else name_start(ctx, p, **LIMITS.works_name.limits, through_heads=True, strict=False)
    if further >= p or ORDINAL_PHASE.fullmatch(text, further, p):
        return start  # "二期开发项目": a phase with no name before it names no works
    return further
    s0, e0 = spans[-1]
    if not e0 < start <= a or not token_ends_at(ctx, e0):
        return start
    between = ctx.text[e0:a]
    phase = PHASE_AT_END.search(ctx.text[s0:e0]) is not None
    if (phase and _ACTIONS_AFTER_PHASE.fullmatch(between)) or _JOINED_ACTIONS.fullmatch(between):
        return s0
    return start


def _past_urban_quarter(ctx: SentenceContext, start: int, a: int) -> int:
    """"主城区呼伦大街", "老城区六二六建材专业市场": a city quarter before a proper name says where the
    works lies; before common words it is part of the name ("中心城区供水主管网改扩建"). A town or a park
    before a works' own name: `_past_area_before_named_works`."""
    quarter = next((q for q in words_opening(_QUARTERS, ctx.text, start) if ctx.text.startswith(q, start)), None)
    if quarter is None:
        return start
    first = ctx.token_starting_at(start + len(quarter))
    if first is None or first.end > a or not (first.pos in ("ns", "nr", "nz", "nrt", "m") and is_proper(first.word)
                                              or first.pos == "m" and CJK.match(first.word)):
        return start
    return first.start


# the tags of the proper names that open a works' own name after the area it is in ("濯水景区|毕兹卡/nr")
_PROPER_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "nt"})


def _opens_own_name(first, freq) -> bool:
    """Does the word after a town or park open a works' own name: a proper noun, or an unknown word that
    holds a name?"""
    if _common_word_as_given_name(first, freq):
        return False
    return first.pos in _PROPER_NAME_TAGS or first.word not in freq and is_proper(first.word)


def _common_word_as_given_name(first, freq) -> bool:
    """Is the word a common word of the dictionary that jieba tags as a given name (nr), as its corpus has
    people called so ("田园", "养老", "阳光")? After a town it names no works of its own: "某某镇田园综合体",
    "某某镇养老服务中心" are the town's works of a kind, named with it (hailar-2019's gold, ANNOTATION rule 8)."""
    return first.pos == "nr" and (freq.get(first.word) or 0) >= PROPER_NAME.rare_word


@functools.lru_cache(maxsize=1)
def _area_heads() -> tuple[str, ...]:
    """The heads of a town, of a park or zone and of a water's basin whose works are put in it
    (text_town_suffixes.txt, place_works_park_heads.txt, place_water_area_heads.txt: "某江流域某某水电站"
    is the station on that river), longest first."""
    heads = set(lexicons.words("text_town_suffixes.txt")) | set(lexicons.words("place_works_park_heads.txt")) \
        | set(lexicons.words("place_water_area_heads.txt"))
    return lexicons.longest_first(heads)


def _past_area_before_named_works(ctx: SentenceContext, start: int, a: int, b: int) -> int:
    """"濯水景区毕兹卡水乐园", "河上镇凤凰坞生态旅游区", "X经济技术开发区Y食品产业园": a town or a park (a
    name and its head, `_area_heads`) opening a works that has a proper name of its own says where the
    works is (ANNOTATION, Relations: the works is linked to the town); the works' name begins after it,
    at the last such head. Before common words the area is part of the name ("哈克镇农村敬老院", "X物流园区
    路网续建工程"), and before a route's "to" or a conjunction it is a route's end or an item
    ("阿蓬江镇至神龟峡景区连接线")."""
    text = ctx.text
    # the area is named after a place found already ("濯水" of 濯水景区, "呼伦贝尔" of its development zone),
    # or is one ("河上镇"): not a kind of area by its direction alone ("城北园区", whose works keep it)
    places = [(p.local_start, p.local_end) for p in ctx.found if p.type == PLACE and p.local_start == start]
    if not places:  # (every head below must be named after one of them)
        return _past_divisions_before_named_works(ctx, start, a, b)
    # an organization's works keep the area in their name as written ("苏州高新区太湖实验室二期"): the
    # name rules put them in it and name the body (kg.resolve.relations)
    bodies = {o.local_start for o in ctx.found if o.type == ORG}
    freq = tokenizer_tags().tokenizer.FREQ
    best = start
    for head in _area_heads():
        h = text.find(head, start + 2, a)
        while h >= 0:
            e = h + len(head)
            first = ctx.token_starting_at(e)
            if (e > best and a - e >= 2 and token_ends_at(ctx, e) and first is not None and e not in bodies
                    and _opens_own_name(first, freq)
                    and not is_landform_noun(first.word)  # "某某镇高原现代农业示范园": 高原 (ns) names nothing
                    and first.word not in lexicons.word_set("not_names.txt")  # "某江流域山水林田湖草沙…工程": 山水 (ns) neither
                    and any(b == e or b <= h and is_proper(text[start:h]) for _, b in places)):
                best = e
            h = text.find(head, h + 1, a)
    return _past_divisions_before_named_works(ctx, best, a, b) if best == start else best


_VOLTAGE_OPENING = re.compile(r"\d{2,4}千伏")


def _past_divisions_before_named_works(ctx: SentenceContext, start: int, a: int, b: int) -> int:
    """"某某县枫岭水库", "某某区110千伏某某变电站", "某某区某某镇某某百合产业园": divisions written in full
    (`division_in_full`: a county, city or district by its name in the divisions table, a town by its
    kind) opening a works whose own name opens with a proper name say where the works is, as a town does
    in `_past_area_before_named_works`; the name begins after the last division of the run, and only
    where no division follows it. Before common words a division is part of the name ("某某市图书馆新馆",
    "某某镇220千伏变电站", "某某县某某镇现代农业产业园"),
    and a route's ends stay as written ("某某县某某乡至某某镇公路": its divisions are the route's own).
    A county under the report's own area is where any works of its own name is, as a town is
    (`_lower_county_before_works`)."""
    text = ctx.text
    if "至" in text[start:a]:
        return start
    ends: dict[int, list[int]] = {}
    near = ctx.doc.own.province or ""
    for p in ctx.found:
        # (a two-character county of the report's province before a proper name: "某县落鸣水库"; before common
        # words it is read as before: "某某市某县风电场" names the county's works)
        if p.type == PLACE and (division_in_full(p.text) or division_in_full(p.text, near)
                                and _opens_with_proper_name(ctx, p.local_end, a)):
            ends.setdefault(p.local_start, []).append(p.local_end)
    bodies = {o.local_start for o in ctx.found if o.type == ORG}
    best = start

    def division_end(i: int) -> int:
        return max(ends[i]) if i in ends else _division_by_text_at(ctx, i, a)
    e = division_end(start)
    county = _lower_county_before_works(ctx, start, e, a, b, bodies, division_end)
    while e:
        after = division_end(e)
        if (not after and a - e >= 2 and e not in bodies and token_ends_at(ctx, e)
                and _opens_with_proper_name(ctx, e, a)):
            best = e
        e = after
    return best if best > start else county or start


def _lower_county_before_works(ctx: SentenceContext, start: int, e: int, a: int, b: int, bodies: set[int],
                               division_end) -> int:
    """"某某县枫岭文化园二期", "某某区米粉产业园": in the report of a city or a province, a county,
    district or county-level city under it (in the divisions table by its full name) opening a works says
    where the works is, whether the works' own name is proper or common; the name begins after it. Not
    where the name is the county's own body or title (project_division_owned_words.txt: "某某县人民医院
    迁建", "某某区第二水厂"), before an organization ("某某县某某集团…项目"), a town ("某某县某某镇现代农业
    产业园": the town's works, named as written), a route ("某某县某某乡至某某镇公路") or a place named by
    its direction ("某某县北山生态供水工程"), as tests/test_relations_area_before_named_works.py keeps them;
    `e` is the division's end (0 if none); returns where the name begins, 0 if it does not begin after it."""
    if not e or a - e < 2 or e in bodies or not _lower_county(ctx, ctx.text[start:e]):
        return 0
    text = ctx.text
    if start > 1 and text[start - 1] in "、和及" and any(
            p.type == PLACE and p.local_end == start - 1 and division_in_full(p.text) for p in ctx.found):
        return 0  # "甲县、乙县城乡供水一体化工程": the works of each division listed (`_works_of_each_division`)
    if not token_ends_at(ctx, e) or text.startswith(("至", "、", "和", "与", "及"), e):
        return 0
    if division_end(e):
        return 0  # "某某县某某镇现代农业产业园": a town's works keep the county as written
    first = ctx.token_starting_at(e)
    if first is not None and _named_by_direction(first.word):
        return 0  # "某某县北山生态供水工程": a hill named by its direction is the county's own
    if text.startswith(_division_owned_openers(), e) or any(w in text[e:b] for w in _division_owned_words()):
        return 0
    return e


def _lower_county(ctx: SentenceContext, name: str) -> bool:
    """Is `name` a county, district or county-level city by its full name under the report's own area,
    a city or a province (a part of the area the report speaks of, not the area itself)?"""
    own = ctx.doc.own.division
    if own is None or own.level not in ("prefecture", "province"):
        return False
    d = lexicons.find_division(name, ctx.doc.own.province)
    return (d is not None and d.level == "county" and d.name == name
            and d.code.startswith(own.code[:4] if own.level == "prefecture" else own.code[:2]))


@functools.lru_cache(maxsize=1)
def _division_owned_openers() -> tuple[str, ...]:
    return lexicons.words_of_kind("project_division_owned_words.txt", "open")


@functools.lru_cache(maxsize=1)
def _division_owned_words() -> tuple[str, ...]:
    return lexicons.words_of_kind("project_division_owned_words.txt")


def _division_by_text_at(ctx: SentenceContext, e: int, a: int) -> int:
    """The end of a division written in full at `e` before `a` that the place rules find only later: a
    word of the divisions table by its full name (a county-level city renamed since: "某某市"), or a
    township written as a proper name and its kind ("东岭|街道", text_town_suffixes.txt); 0 if none."""
    stem = ctx.token_starting_at(e)
    if stem is None or stem.end >= a:
        return 0
    if len(stem.word) > 2 and division_in_full(stem.word):
        return stem.end
    if not (stem.pos in _PROPER_NAME_TAGS or is_proper(stem.word)):
        return 0
    kind = next((w for w in lexicons.TOWN_SUFFIXES if ctx.text.startswith(w, stem.end)), None)
    end = stem.end + len(kind) if kind else 0
    return end if end and end < a and token_ends_at(ctx, end) else 0


def _opens_with_proper_name(ctx: SentenceContext, e: int, a: int) -> bool:
    """Does the works' name from `e` (to its head at `a`) open with a proper name, past a voltage
    ("110千伏枫岭变电站")? Not a landform noun (高原), an institution's name, nor a part named by its direction."""
    voltage = _VOLTAGE_OPENING.match(ctx.text, e, a)
    i = voltage.end() if voltage else e
    if any(p.type == PLACE and p.local_start == e and p.local_end < a and not division_in_full(p.text)
           and not is_landform_noun(p.text) and not _named_by_direction(p.text) for p in ctx.found):
        return True  # a place found opens it ("某某县甲村110千伏变电站": 甲村, a village or site)
    first = ctx.token_starting_at(i)
    if first is None or first.end > a:
        return False
    freq = tokenizer_tags().tokenizer.FREQ  # (jieba tags some common words ns: "城市轨道交通")
    # (an institution's name, "重点中学"/nt, is the division's own: "某某县重点中学迁建工程")
    return ((first.pos in _PROPER_NAME_TAGS and first.pos != "nt" or first.word not in freq) and is_proper(first.word)
            and not _common_word_as_given_name(first, freq) and not is_landform_noun(first.word)
            and not _named_by_direction(first.word)) or _site_name_before_head(ctx, i, a)


# the tags of words that qualify a works by its size, order, kind or position, not by its site ("小型水库",
# "第二水厂", "北部水厂")
_NOT_SITE_TAGS = frozenset({"m", "b", "q", "a", "d", "f"})


def _site_name_before_head(ctx: SentenceContext, i: int, a: int) -> bool:
    """"某某县黄泥坝水库", "某某县石门坎水库": a works named after its site (place_site_named_works.txt:
    水库, 水厂, 湿地公园) whose site name of two or three characters is a rare word ("马家坪") or one jieba
    cuts into pieces (黄家|坝), none a number, a size, an order or a position, right before the head: the site is the works' own name, the
    division before it says where it is. A site name jieba reads as one word is `_opens_with_proper_name`'s
    (a common word, "骨干水库", "城市湿地公园", names a kind)."""
    text = ctx.text
    if not (2 <= a - i <= 3) or not all_cjk(text[i:a]) or not text.startswith(_site_named_heads(), a):
        return False
    pieces = [t for t in ctx.tokens if i <= t.start and t.end <= a]
    if len(pieces) == 1 and is_proper(pieces[0].word):
        return True  # a rare word (a site name jieba tags n)
    return (len(pieces) > 1 and pieces[0].start == i and pieces[-1].end == a and text[i] != "第"
            and not any(t.pos in _NOT_SITE_TAGS for t in pieces))


@functools.lru_cache(maxsize=1)
def _site_named_heads() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.words("place_site_named_works.txt"))


_DIRECTIONS = "东南西北"


def _named_by_direction(word: str) -> bool:
    """"北山", "南湖", "城东": a hill, a water or a part of town named by its direction is named from the
    division before it, whose name it keeps ("某某县北山生态供水工程", "某某县城东污水处理厂")."""
    if len(word) != 2 or not any(c in _DIRECTIONS for c in word):
        return False
    other = word[1] if word[0] in _DIRECTIONS else word[0]
    return other == "城" or is_landform_noun(other)


def _abbreviation_before(ctx: SentenceContext, head: str, start: int, a: int) -> int:
    """A name that opens with a one-character abbreviation takes back what jieba split off before
    it: "沿淮洼地治理" (沿 + the 淮河), "太焦高铁" (太原 + 焦作: a route head after one character)."""
    text = ctx.text
    first = ctx.token_starting_at(start)
    if first is None or len(first.word) != 1 or start == 0:
        return start
    if first.pos == "ns" and text[start - 1] in lexicons.word_set("project_along_words.txt"):
        return start - 1
    split = ctx.token_ending_at(start)
    if (a - start == 1 and head in lexicons.word_set("project_abbreviated_routes.txt") and split is not None
            and len(split.word) == 1 and CJK.match(split.word)):
        return start - 1
    return start


def _route_initials_start(ctx: SentenceContext, head: str, start: int, a: int) -> int:
    """A route named by its ends' one-character forms that jieba cut into pieces it reads as other words
    ("成达/v 万/m 高铁", "沪/j 通/p 铁路", "宜西/ns 攀/v 高速"), so the walk kept one or none of them: the
    name opens at the run of pieces (LIMITS.route_initials_chars at most, two or more) right before a
    route head of project_abbreviated_routes.txt (the works' head, or the one a section's name opens
    with), each piece a character that opens names
    (org_not_name_characters.txt lists those that do not) or a pair that jieba's dictionary knows as
    no common word, none opening with a connective (project_route_not_initials.txt: "继…后"), the run opening the clause or following a verb ("加快|成达万高铁"); else `start`."""
    text, freq = ctx.text, tokenizer_tags().tokenizer.FREQ
    routes = lexicons.word_set("project_abbreviated_routes.txt")
    if a - start > 1 and not _initials_piece_kept(ctx, start, a) or head not in routes:
        if not any(text.startswith(r, start) for r in routes):
            return start
        a = start  # "沪通铁路海门段": a section's name opens with the route's head, the run stands before it
    stop = lexicons.word_set("org_not_name_characters.txt")
    connectives = "".join(lexicons.words("project_route_not_initials.txt"))
    k = a
    while True:
        t = ctx.token_ending_at(k)
        if t is None or a - t.start > LIMITS.route_initials_chars or not all(CJK.match(c) for c in t.word):
            break
        if len(t.word) == 1 and t.word in stop or len(t.word) == 2 and (
                (freq.get(t.word) or 0) > LIMITS.route_initial_piece_freq or t.pos.startswith(("m", "r", "q", "d", "c", "u", "f"))):
            break
        if len(t.word) > 2 or t.word[0] in connectives:
            break
        k = t.start
    if a - k < 2 or k >= start or freq.get(text[k:a]):
        return start
    before = ctx.token_ending_at(k)
    opens = k == 0 or text[k - 1] in PUNCT or before is not None and before.pos.startswith("v") and len(before.word) >= 2
    return k if opens else start


def _initials_piece_kept(ctx: SentenceContext, start: int, a: int) -> bool:
    """Did the walk keep only the last piece of a run of one-character forms, a pair jieba reads as a
    rare word ("绵/a 遂/d 资内/n 铁路": 资内), with a one-character piece right before it? The run
    may then go on back over the pieces (`_route_initials_start`)."""
    t, before = ctx.token_ending_at(a), ctx.token_ending_at(start)
    return (t is not None and t.start == start and len(t.word) == 2
            and (tokenizer_tags().tokenizer.FREQ.get(t.word) or 0) <= LIMITS.route_initial_piece_freq
            and before is not None and len(before.word) == 1 and CJK.match(before.word) is not None)


_QUARTERS = lexicons.longest_first(set(URBAN_AREAS) | set(lexicons.words("city_quarters.txt")))


def content_verb(tok) -> bool:
    """A verb that is no trigger nor clause opener, so may be a word of a name ("签证", "采购", "计算")."""
    return (tok.pos.startswith("v") and len(tok.word) > 1 and CJK.match(tok.word[0]) is not None
            and tok.word not in lexicons.word_set("triggers.txt")
            and tok.word not in lexicons.word_set("project_openers.txt")
            and not tok.word.endswith(lexicons.words("genre_list_openers.txt")))


def _past_site(ctx: SentenceContext, a: int, b: int) -> int:
    """"中俄蒙国际物流园区中网科技云计算": a park that opens the item before a proper name (jieba
    often cuts a trade name's 中 off as a locative) is where the works lies, not part of its name
    (the park's own works keep it: "…物流园区路网续建工程")."""
    for park in lexicons.words("project_park_heads.txt"):  # longest first
        end = ctx.text.find(park, a, b)
        if end < 0:
            continue
        end += len(park) + (ctx.text[end + len(park)] == "区")  # "物流园区"
        first = ctx.token_starting_at(end)
        if end < b and first is not None and (first.pos in _PROPER_TAGS + ("f",) or is_proper(ctx.text[end:b], strict=True)):
            return end
    return a


def content_verb_before(ctx: SentenceContext, start: int) -> bool:
    before = ctx.token_ending_at(start)
    return before is not None and content_verb(before)


def _past_verb_chain(ctx: SentenceContext, a: int, b: int) -> int:
    """"引进落地华碳材料、…等项目", "…智能制造产业园落地白沙工业园": a word that ends a chain of verbs
    (落地 after 引进) or follows the works it predicates opens the name after it, not the name;
    alone ("落地签证服务中心") it is part of the name."""
    before = ctx.token_ending_at(a)
    first = ctx.token_starting_at(a)
    if (first is not None and first.end < b and first.word in lexicons.word_set("project_verb_chain_ends.txt")
            and before is not None and (before.pos.startswith("v") or _works_head_ends_at(ctx, a))):
        return first.end
    return a


_CLAUSE_BUILD_VERBS = tuple(sorted(lexicons.words("project_clause_build_verbs.txt"), key=len, reverse=True))
_BUILDER_TAGS = ("nr", "nrt", "nrfg", "nz", "nt", "j")  # not ns: "防城港新建第一中学", a city's works are named with it
_BUILDER_ENDS = tuple(w for w in lexicons.words("org_suffixes.txt") if len(w) > 1) + tuple(lexicons.words("place_zone_heads.txt"))


def _past_clause_build_verb(ctx: SentenceContext, start: int, a: int) -> int:
    """"某某大学共建某某中试平台", "在某某开发区扩建某某生产基地", "续建某某学院某某校区二期": a build
    verb (`project_clause_build_verbs.txt`) that opens the span, or follows a builder's or a site's
    name, is the clause's predicate; the works' name opens after it. A verb right before the head or
    a phase ("污水处理厂扩建工程", "某某园扩建二期"), or after a facility ("某某厂扩建配套管网工程"), stays."""
    text = ctx.text
    for tok in ctx.tokens:
        if not (start <= tok.start and tok.end < a) or tok.word not in _CLAUSE_BUILD_VERBS:
            continue
        if _works_name_follows(text, tok.end, a) and (tok.start == start or _builder_before(ctx, tok.start)):
            start = tok.end
        elif ((_site_or_partner_before(ctx, tok) or _partner_after_with(ctx, start, tok))
              and _works_name_follows(text, tok.end, a, shortest=2)):
            start = tok.end  # "在某某市扩建饲料工厂": the site before the verb, a name of two characters after it
    return start


def _partner_after_with(ctx: SentenceContext, start: int, verb) -> bool:
    """Is the span before a verb of building together (project_joint_build_verbs.txt) the partner that
    与 or 同 introduces ("某某大学与某某汽车共建某某创新中心", "某区与某某合作区共建某某产业园")? The partner
    is a participant or a place, whatever its last word; the works' name opens after the verb."""
    return (verb.word in lexicons.word_set("project_joint_build_verbs.txt") and start > 0
            and ctx.text[start - 1] in "与同" and not _clause_mark_between(ctx.text, start, verb.start))


def _clause_mark_between(text: str, i: int, j: int) -> bool:
    return any(c in "，,；;。：:、" for c in text[i:j])


def _site_or_partner_before(ctx: SentenceContext, verb) -> bool:
    """Is the place ending right before a build verb its site (在某某市扩建…) or, before a verb of
    building together (project_joint_build_verbs.txt), its partner (某市与某县共建…)? A place that
    opens a works' name before 新建 or 扩建 names the works ("开工建设某港新建第一中学项目")."""
    place_start = _place_start_before(ctx, verb.start)
    if place_start is None:
        return False
    return verb.word in lexicons.word_set("project_joint_build_verbs.txt") or ctx.text[max(0, place_start - 1):place_start] == "在"


def _place_start_before(ctx: SentenceContext, i: int) -> int | None:
    """Where the place's name ending at i starts ("在某某市扩建某某工厂", "某某市与某某县共建某某产业园":
    the site or partner of the build verb after it), or None."""
    before = ctx.token_ending_at(i)
    if before is not None and before.pos == "ns":
        return before.start
    return next((m.local_start for m in ctx.found if m.type == PLACE and m.local_end == i), None)


def _company_word(word: str) -> bool:
    """Is `word` a company's short name that jieba reads as a verb ("联想": companies_opening_works.txt,
    companies.txt)? Opening a works' name it names the company that builds it, no clause's verb."""
    return word in lexicons.mapping("companies_opening_works.txt") or word in lexicons.word_set("companies.txt")


def _past_verb_before_place(ctx: SentenceContext, start: int, a: int) -> int:
    """"全力保障某某机场如期投运", "改造提升某某体育场", "积极服务西部某某通道建设": a verb of two
    characters or more opening the span right before a place's name of two characters or more (a side
    word may stand between) is the clause's predicate with its object; the works' name opens at the
    place. Not the diversion works named by a verb and waters ("引江济淮工程":
    project_diversion_name_openers.txt), nor a company's name read as a verb (_company_word)."""
    verb = ctx.token_starting_at(start)
    if verb is None or len(verb.word) < 2 or not (verb.pos.startswith("v") or verb.word in lexicons.word_set("name_verbs.txt")):
        return start
    if ctx.text.startswith(tuple(lexicons.words("project_diversion_name_openers.txt")), start) or _company_word(verb.word):
        return start
    place = ctx.token_starting_at(verb.end)
    if place is not None and place.pos == "f" and place.end < a:
        place = ctx.token_starting_at(place.end)  # "西部", "东部" before the place
    # (a place of one character is a route's initial: "商合杭高铁", jieba's 商合/v 杭/ns)
    return verb.end if place is not None and place.pos == "ns" and len(place.word) >= 2 and place.end <= a else start


_INSTITUTION_PARTS = tuple(lexicons.words("project_institution_buildings.txt"))
_INSTITUTIONS = tuple(lexicons.words("project_institution_heads.txt"))


def _institution_of_part(ctx: SentenceContext, works: _Works, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the institution found as works right before this part of its site ("某某学院" before
    "蓉江新校区一期", a qualifier of at most PROJECT_LIMITS.institution_part_qualifier characters
    between), or None."""
    if not spans or not works.head.endswith(_INSTITUTION_PARTS):
        return None
    s0, e0 = spans[-1]
    between = ctx.text[e0:works.a]
    if (e0 <= works.start and ctx.text.endswith(_INSTITUTIONS, s0, e0) and len(between) <= LIMITS.institution_part_qualifier
            and CJK_RUN.fullmatch(between or "新") and ctx.text[works.start:works.a] == between):
        return s0, e0
    return None


_PARK_PHASE_DONE = tuple(sorted(lexicons.words("project_park_phase_done.txt"), key=len, reverse=True))


def _park_of_finished_first_phase(ctx: SentenceContext, start: int, b: int) -> int:
    """"某某智能装备产业园项目一期竣工投产": a park's project whose first phase is finished names the
    park as the works (`project_park_phase_done.txt`); the name ends at the park's head. Without
    项目 ("某某云计算产业园一期建成") the phase is named as a works of its own and keeps 一期."""
    text = ctx.text
    if not text.endswith("项目", start, b - 2):
        return b
    park = b - 4  # "…雷达产业园项目一期竣工投产"
    if (text.endswith(FIRST_PHASES, start, b) and text.endswith(tuple(lexicons.words("place_zone_heads.txt")), start, park)
            and text.startswith(_PARK_PHASE_DONE, b) and park - start >= 4):
        return b - 2
    return b


_PHASE_AFTER_QUOTE = re.compile(rf"”(?:{phase_pattern(ordinal=True, most=1)})(?![\u4e00-\u9fff]*(?:工程|项目))")


def _quoted_works_phase(ctx: SentenceContext, start: int, b: int) -> tuple[int, int]:
    """"推进“某某工程”二期建设", "“某某工程”三期建成投用": a quoted works' name and the phase right after
    the closing quote are one works, its phase as written (a phase ends the name as in "某某机场三期";
    the quotes stay inside the name, ANNOTATION: only quotes around the whole name are dropped). A
    phase that goes on to its own head ("“修缮保护”二期工程") is that head's."""
    text = ctx.text
    q = start - 1 if start > 0 and text[start - 1] == "“" else start
    if text[q:q + 1] != "“" or "“" in text[q + 1:b]:
        return start, b
    phase = _PHASE_AFTER_QUOTE.match(text, b)
    return (q, phase.end()) if phase is not None else (start, b)


def _quoted_parts(ctx: SentenceContext, start: int, b: int) -> tuple[int, int]:
    """The works at text[start:b] with the quoted parts that belong to its name: the phase after a quoted
    name (`_quoted_works_phase`) and quoted words opening it (`_quoted_opening`)."""
    start, b = _quoted_works_phase(ctx, start, b)
    return _quoted_opening(ctx, start), b


# the words inside quotes that open a name: letters, figures and + (“人工智能+”), no mark
QUOTED_WORDS = re.compile(rf"[{CJK_CHARS}A-Za-z0-9+]+")


def _quoted_opening(ctx: SentenceContext, start: int) -> int:
    """Where a works' name opens when the walk to it stopped at a closing quote: at the opening quote of the
    short quoted words right before ("“三北”六期工程", "“海悦城”时代广场改建项目", "“三江”流域水风光一体化清洁能源
    基地"), which name it (the quotes stay inside, ANNOTATION: only quotes around the whole name are
    dropped); `start` where no such words end right before it."""
    text = ctx.text
    if start < 3 or text[start - 1] != "”":
        return start
    q = text.rfind("“", max(0, start - 2 - LIMITS.quoted_opening_chars), start - 1)
    if q < 0 or not QUOTED_WORDS.fullmatch(text, q + 1, start - 1):
        return start  # (longer quoted words are an epithet before a name of its own: "“万里黄河第一隧”济泺路隧道")
    return q


def _works_name_follows(text: str, i: int, a: int | None = None, shortest: int = 3) -> bool:
    """Do `shortest` or more characters of a name follow i (up to a works' head at a), not a phase nor a
    conjunction?"""
    run = CJK_RUN.match(text, i, len(text) if a is None else a)
    # "中医院迁建和县医院医技综合楼": a conjunction after the verb makes it the works of the item before
    return run is not None and run.end() - i >= shortest and not ORDINAL_PHASE.match(text, i) and text[i] not in "和与及并暨同"


def _build_verb_head(ctx: SentenceContext, works: _Works) -> bool:
    """"某某开发区扩建某某基地": a build verb taken for a head ("殡仪馆新建") after a builder or site,
    with the works' name after it, is the clause's predicate, not works. The name may follow a 的 and
    open with its capacity ("某某集团扩建的20万吨某某项目", "某某股份有限公司扩建年产5000吨某某项目")."""
    if works.head not in _CLAUSE_BUILD_VERBS or not _builder_before(ctx, works.a):
        return False
    text, i = ctx.text, works.b + ctx.text.startswith("的", works.b)
    return _works_name_follows(text, i) or _CAPACITY_OPENED_NAME.match(text, i) is not None


# a works' name opening with its capacity: a figure, maybe after 年产 or 年 ("年产5000吨…项目", "20万吨…项目")
_CAPACITY_OPENED_NAME = re.compile(r"(?:年产|年)?\d")


def _site_before_build_verb(ctx: SentenceContext, works: _Works) -> bool:
    """"在某某开发区扩建某某基地", "某某开发区共建某某产业园": a zone right before a build verb whose
    works follow is the site or the partner (a place), not works; its name ends at its head (the walk
    may take the verb in). Not 落地 or 落户: "某某产业园落地某某工业园" is works landing at a site."""
    verb = ctx.token_starting_at(works.a + len(works.head))
    if (verb is None or verb.word not in _CLAUSE_BUILD_VERBS or not _works_name_follows(ctx.text, verb.end)
            or verb.word in lexicons.word_set("project_verb_chain_ends.txt")):
        return False
    works.b = verb.start
    return True


def _builder_before(ctx: SentenceContext, i: int) -> bool:
    """Does a builder's or a site's name end at i ("…理工大学", "…经济技术开发区", "…光电")?"""
    before = ctx.token_ending_at(i)
    return (before is not None and before.pos in _BUILDER_TAGS) or ctx.text[:i].endswith(_BUILDER_ENDS)


def _built_by_named(ctx: SentenceContext, start: int, b: int) -> bool:
    """"某某集团与某某开发区共建红色文化产业园": works a named builder's verb makes right before it are
    the one facility that builder builds (ANNOTATION rule 7), though its words are common; not an
    institute co-built (org_co_built_heads.txt: "共建新型研发机构研究中心" is the organizations' rule)."""
    verb = ctx.token_ending_at(start)
    return (verb is not None and verb.word in _CLAUSE_BUILD_VERBS and _builder_before(ctx, verb.start)
            and not ctx.text.endswith(tuple(lexicons.words("org_co_built_heads.txt")), start, b))


def _works_head_ends_at(ctx: SentenceContext, i: int) -> bool:
    """Does a project head end the text right before i ("…产业园|落地")? Any head ending there, not
    only the first one found in the stretch before it ("某某水库灌区|续建配套…": 灌区, though 水库 comes first)."""
    heads = _head_pattern()
    return any(heads.fullmatch(ctx.text, j, i) for j in range(max(0, i - LIMITS.head_before_verb), i))


def purpose_programme_of_works(name: str) -> bool | None:
    """A 工程 named by a field and its purpose ("水利惠民工程", "社保惠民工程": the programmes a budget for
    the people is split into, project_purpose_programme_fields.tsv): True when the field is one of
    physical works (water, roads, power, energy: ANNOTATION rule 12), False when it is another (social
    security, health, education, housing aid: transfers and services, no project); None for any other
    name. Extraction reads it of a candidate, kg.resolve.not_works of a name (the field and purpose
    words are category words there: no class's label)."""
    if not name.endswith("工程"):
        return None
    stem = name[:-2]
    roles = lexicons.roles("project_purpose_programme_fields.tsv")
    purpose = next((w for w in roles["purpose"] if stem.endswith(w)), None)
    if purpose is None or len(stem) <= len(purpose):
        return None
    return any(w in stem[:-len(purpose)] for w in roles["works"])


def _judged_by_its_words(ctx: SentenceContext, works: _Works) -> str | None:
    """The verdict on the candidate that its words alone give, "" where they give none: None where its
    head only ends a common word ("合作项目", "区段", "必由之路"); for a 工程 named by a field and its purpose
    (`purpose_programme_of_works`), "project" for works ("水利惠民工程"), None for transfers ("社保惠民工程");
    "project" for a national programme of physical works by its quoted short name ("“三北”工程": rule 12);
    None for the phase of a fund ("上海产业转型升级二期基金": a fund is judged by its own head), and for a city
    whose name ends like a head (`_city_by_its_name`: "防城港", "连云港"), and for a farming system its clause
    lists as agricultural heritage after it (project_heritage_system_titles.txt: "…文化系统入选全球重要农业文化遗产")."""
    if works.head != "基金" and ctx.text.endswith("基金", works.start, works.b) or _city_by_its_name(ctx, works.start, works.b) \
            or any(w in _clause_around(ctx, works.b, works.b, _CLAUSE_MARKS)[1] for w in lexicons.words("project_heritage_system_titles.txt")):
        return None
    if works.head == "工程" and _quoted_works_programme(ctx.text[works.start:works.a]):
        return "project"
    if works.word_start is not None and not _names_before_word(ctx, works.start, works.word_start, works.a, works.b):
        return None
    if ctx.text.startswith(_SIZE_CLASSES, works.start):
        return None  # "小型病险水库改造", "小型工程": a class of works named by its size (project_size_classes.txt)
    works_field = purpose_programme_of_works(ctx.text[works.start:works.b]) if works.head == "工程" else None
    return "" if works_field is None else "project" if works_field else None


_SIZE_CLASSES = tuple(lexicons.words("project_size_classes.txt"))


def _city_by_its_name(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a province's or prefecture's name found as a place and standing alone (a mark after
    it), whose last character the head pattern read as a head ("北海涠洲岛、防城港“蓝色海湾”": 防城港市;
    "全球公共安全合作论坛(连云港)"): the city, not a port's works (a port's works names more:
    "防城港30万吨级进港航道一期")?"""
    if b < len(ctx.text) and CJK.match(ctx.text[b]):
        return False  # (a name running on past it is the zone rules' to read: "防城港跨境电商综合试验区")
    division = lexicons.find_division(ctx.text[start:b], ctx.doc.own.province)
    return (division is not None and division.level in ("province", "prefecture")
            and ctx.found_at(start, b, PLACE))


# the name of one area of a zone after the zone's name: a place or a few words, then 片区 or 区
# ("…自由贸易试验区某某片区", "…自由贸易试验区联动创新区"; the areas of China's pilot free trade zones)
SUB_AREA_AFTER = re.compile(rf"[{CJK_CHARS}]{{1,6}}?(?:片区|区)")


def _slogan_designation(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a designation named by a national slogan alone, around words of scope or rank
    (project_slogan_designations.txt: "省域美丽中国先行区", "全国首个交通强国省域示范区", "共同富裕示范区",
    "美丽甘肃示范区")? It names no one zone (ANNOTATION rule 11); a place before the slogan makes it one
    ("长三角美丽中国先行区")."""
    roles, text = lexicons.roles(_SLOGAN_DESIGNATIONS), ctx.text
    head = next((h for h in roles["head"] if text.endswith(h, start, b)), None)
    if head is None:
        return False
    stem = text[start:b - len(head)]
    for word in roles["modifier"]:
        stem = stem.replace(word, "")
    if stem in roles["slogan"]:
        return True
    rest = next((stem[len(w):] for w in roles["opener"] if stem.startswith(w)), "")
    return bool(rest) and any(m.type == PLACE and m.text == rest for m in ctx.found)


_SLOGAN_DESIGNATIONS = "project_slogan_designations.txt"


def _designation_kind_only(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a pilot zone by its head (project_heads.txt, flag "zone": 试验区, 先导区, 协同区)
    that names no zone of its own: its name holds no place or organization found, nor places' initials
    ("川藏"), and its field alone ("改革开放先导区", "跨境电商综合试验区") names the kind of designation; or the
    name of one of its areas follows ("中国(福建)自由贸易试验区福州片区": the zone opens a place's name); or a
    designation of a national slogan alone (`_slogan_designation`) (ANNOTATION rule 11)?"""
    if _slogan_designation(ctx, start, b):
        return True
    text = ctx.text
    head = next((h for h in zone_heads() if text.endswith(h, start, b)), None)
    if head is None:
        return False
    a = b - len(head)
    return SUB_AREA_AFTER.match(text, b) is not None or not (
        _found_name_in(ctx, start, a) or abbreviated_places(ctx, start, a) or _place_initials(ctx, text[start:a]))


def _over_verbs_inside(ctx: SentenceContext, start: int) -> int:
    """Where a name begins whose walk stopped at a verb of it ("粤东水资源优化配置工程", "国家超算深圳中心
    二期", "中欧班列广州集结中心"): on over such a verb when name-like words stand before it, and over 再
    (again) before a verb of the name ("中水再利用项目", "资源回收再利用平台": jieba cuts 再 off as an adverb)."""
    while True:
        before = ctx.token_ending_at(start)
        after = ctx.token_starting_at(start)
        if before is not None and before.word == "再" and after is not None and after.pos.startswith("v"):
            further = name_start(ctx, before.start, **LIMITS.works_name.limits, through_heads=True, strict=False)
            if further >= before.start:
                return start
            start = further  # "中水再利用项目": 再 (again) before the verb belongs to the verb, the name runs on
            continue
        if before is None or not (content_verb(before) or _qualifies_verb_of_name(ctx, before, start)) \
                or before.word in lexicons.word_set("project_linking_verbs.txt"):
            return start
        if any(t.end == before.start and t.pos == "nhead" for t in ctx.tokens):
            return start  # "中关村发展集团增资宝坻…科技城": an organization is the verb's subject, no part of the works
        further = name_start(ctx, before.start, **LIMITS.works_name.limits, through_heads=True, strict=False)
        if further >= before.start:
            return start
        start = further


def _qualifies_verb_of_name(ctx: SentenceContext, before, start: int) -> bool:
    """A trigger verb that qualifies the verb opening the name ("水资源优化配置工程": 优化 before 配置,
    `project_name_qualifying_verbs.txt`) is a word of the name, as that verb is; before a noun it opens
    a clause ("优化营商环境"), and other triggers before a verb open one too ("新增投资项目…")."""
    after = ctx.token_starting_at(start)
    return (before.word in lexicons.word_set("project_name_qualifying_verbs.txt")
            and after is not None and after.pos.startswith("v") and content_verb(after))


def _judge_works(ctx: SentenceContext, works: _Works) -> str | None:
    """What the candidate is: "project", "park" (a place), "unnamed" (a facility with a weak head
    and no name, a project only in a list of works), or None (no undertaking)."""
    text, generic = ctx.text, lexicons.word_set("generic_projects.txt")
    start, a, b, head = works.start, works.a, works.b, works.head
    if (by_words := _judged_by_its_words(ctx, works)) != "":
        return by_words
    stem = text[start:a]
    bare_facility = not stem and _is_built_facility(ctx, a, b)  # "污水处理厂建成投运": no name before (rule 7)
    own, venue = _own_level_start(ctx, works)
    if not bare_facility and not venue and not works.bracketed and (len(stem) < 2 or b - start < 3 or (
            is_generic(stem, generic) or head in _KIND_WORDS_HEADS and _of_kind_words(stem, generic)
            and not _signed_after(text, b))
            and not _one_site_built(ctx, works, stem) and not _built_at_named_site(ctx, works, stem)):
        if _listed_facility_of_kind_words(ctx, works, stem, generic):
            return "unnamed"  # a project still if it stands in a list of works (_listed_with_works)
        return None  # (a site a local report builds is one though its words are common: "环保科技产业园积极推进")
    if _parent_of_named_body(ctx, start, b) or _shut_down_or_counted_unit(ctx, works, stem):
        return None  # "中国科学院|某某研究院": the head (学院 in 科学院) ends the parent body of a longer name
    if text[start:b].endswith("项目") and _ORG_HEAD.search(text[start:b - 2]):
        works.b = b = b - 2  # "第三高中项目" names the school being built
    if _names_a_kind(ctx, works, stem, generic) or _river_stretch(ctx, works) or _build_verb_head(ctx, works) or _road_opens_event(ctx, head, b) \
            or head in owned_heads() and _factory_title(stem) or _old_street_not_built(ctx, start, b) \
            or _framed_as_no_works(ctx, start, a, b, head) or _event_ordinal_opens(text, start, b) or _designation_kind_only(ctx, start, b):
        return None  # "全球灯塔工厂": a title (rule 13); "第二届…博览会": an event's ordinal; "改革开放先导区": a kind (rule 11)
    if PHASE_AT_END.search(head) and covered_by(ctx, start, a, ORG) and built_in_clause(ctx, start, b):
        return "project"  # "国家超算深圳中心二期": the phase of an institution's facility, built
    if works.phase and not is_generic(stem, generic) and built_in_clause(ctx, start, b):
        return "project"  # "经济开发区工业厂房(一期)开工建设": a phase built is one undertaking
    if own is not None and (venue or not is_generic(text[own + 1:a], generic)) and built_in_clause(ctx, own, b):
        works.start = own
        return "project"  # "建成区应急指挥中心", "区文化中心建成开放": the report's own level builds it
    weak = _weak_heads()
    specific = _is_specific(ctx, works, stem, generic)
    if specific is None:
        return None
    if head in _PARK_HEADS and re.match(r"管委会|管理委员会|管理局|管理处", text[b:]) or (stem and head in _ZONE_HEADS
            and (_site_of_building(ctx, start, b) or _site_before_build_verb(ctx, works))):
        return "park"  # managed, or where the clause builds ("在某某经开区建设…项目"): a place (ANNOTATION rule 3)
    designation = (_is_designation(stem) or _designation_before(text, start)) and not _company_opens(ctx, start, a)
    if not specific and head in weak and (not (_names_something(ctx, start, a) or _coded_road_section(stem, head)) or designation):
        if not designation and not ctx.taken(start, b, (ORG,)):
            return "project" if _one_works_of_a_kind(ctx, works, stem) else "unnamed"
        return None  # "房地产市场", "危房改造": a category, not one undertaking
    if head not in weak and head not in ("工程", "项目") and _kind_before_kind(stem, weak):
        return None  # "口岸商圈": one kind of facility qualifying another, no name
    before = ctx.token_ending_at(start)
    if head == "项目" and _head_pattern().fullmatch(stem) and before is not None and (
            before.pos.startswith(("a", "d", "n")) or content_verb(before)):
        return None  # "发达广场项目", "西山自然博物馆项目": the walk cut the name at a word of it
    if (not specific and head not in weak and not re.search(r"\d|[一二三四五六七八九十]期", stem)
            and not _names_something(ctx, start, a) and not (built_in_clause(ctx, start, b) or _local_item_run(ctx, start, b))):
        return None  # "燃煤电厂", "高速铁路": a common-noun facility the clause does not build (ANNOTATION rule 7)
    if ctx.taken(start, b, (ORG,)) and not _built_or_in_progress(ctx, start, b) and not _company_sized_works(ctx, start, a):
        return None
    if covered_by(ctx, start, b, ORG) and (not built_in_clause(ctx, start, b) or builds_something_else(ctx, start, b)):
        return None  # an organization by its whole name, built elsewhere in the sentence, not in its clause,
        # or the builder of other works ("某某学院与某某公司合作建设的…中心", "支持某某大学建设重点实验室")
    return "project"


_LOCAL_RUN_BEFORE = re.compile(rf"(?:{lexicons.alternation('project_local_run_verbs.txt')})$")


def _local_item_run(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does a city's, county's or district's report run its own works text[start:b], a 项目 right after a
    verb of project_local_run_verbs.txt ("实施垃圾焚烧发电项目", "实施好智慧湿地项目"), no amount after it
    ("实施扶贫项目435个": a count of a kind)? A 工程 after those verbs is a programme run (build_words.txt)."""
    text = ctx.text
    return (text.endswith("项目", start, b) and _LOCAL_RUN_BEFORE.search(text, 0, start) is not None
            and not _AMOUNT.match(text, b) and _local_report(ctx))


def _local_phase_built(ctx: SentenceContext, start: int, b: int) -> bool:
    """"下大力气启动智慧城市一期项目": in a city's, county's or district's report, a 项目 whose name ends in a
    phase before it (一期, 二期: PHASE_AT_END) and that its clause builds or starts (`built_in_clause`) is one
    stage of that report's own works, though the words before the phase are common ones (ANNOTATION rule 7);
    so is a name the phase ends ("某某智能装备制造二期投产", "某某再生资源二期建成": a company's trade
    name and its trade, which jieba knows as words, then the phase of its plant)."""
    name = ctx.text[start:b]
    core = name.removesuffix("项目")
    phase = PHASE_AT_END.search(core)
    if core == name and not (start == 0 or _opens_list(ctx, start)):
        return False  # "其龙新|材料二期": without 项目, only a name that opens its clause or list, or follows a verb
    return (phase is not None and phase.start() >= 2 and not _COUNTED_KIND_OPENING.match(core)
            and built_in_clause(ctx, start, b) and _local_report(ctx))


def _built_or_in_progress(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the sentence build, open or run works (project_sentence_build_words.txt), or report the progress
    of a facility's works named at text[start:b] (`_facility_in_progress`)? A name overlapping an
    organization found is a works' name only then."""
    return any(w in ctx.text for w in _BUILD_WORDS) or _facility_in_progress(ctx, start, b) or _designated_as_works(ctx, start, b)


# a designation of works right after a 项目: 列入 (project_designated_as_works.txt), then the clause's words
# to 项目, 工程 or a project list ("列入省示范性重大产业项目", "纳入国家重大项目库")
_DESIGNATED_AS_WORKS = re.compile(rf"(?:成功|顺利)?(?:{lexicons.alternation('project_designated_as_works.txt')})"
                                  r"[^，,。；;：:、]{0,16}?(?:项目|工程|名单|清单|库)")


def _designated_as_works(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the clause list the 项目 text[start:b], which it opens, among designated works ("某某新能源项目列入省
    示范性重大产业项目")? Then it is one undertaking, though its name is an organization's."""
    text = ctx.text
    return (text.endswith("项目", start, b) and b - 2 - start >= LIMITS.designated_name_min
            and all(CJK.match(c) and c != "等" for c in text[start:b])  # "X等入选项目": a list's label
            and clause_start(text, start, _CLAUSE_MARKS) == start and _DESIGNATED_AS_WORKS.match(text, b) is not None)


def _facility_in_progress(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the sentence report the progress of works (project_progress_words.txt: 进展顺利) whose name
    text[start:b], past the organization opening it, ends in a facility's own head before its 项目 or 工程
    ("某某热电厂铁路专用线项目进展顺利": the plant's railway siding), at least PROJECT_LIMITS.company_works_min
    characters past it? Not a kind after a company ("某某有限公司技改项目": too short a works), nor a name ending
    where the organization does."""
    text = ctx.text
    if not any(w in text for w in _PROGRESS_WORDS):
        return False
    end = b - 2 if text.endswith(("项目", "工程"), start, b) else b
    org_end = max((m.local_end for m in ctx.found if m.type == ORG and m.local_start == start and m.local_end <= b),
                  default=None)
    # at least company_works_min characters of the works' own words past it, as after a registered company
    return org_end is not None and end - org_end >= LIMITS.company_works_min and _head_ends_at(text, end)


def _shut_down_or_counted_unit(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """Is the candidate no works of its own: a plant the clause shuts down ("关停某某公司3.5万吨造纸
    生产线", project_closing_verbs.txt), or the first or counted units of a station or plant
    ("某某抽水蓄能电站首台机组并网发电": a milestone of the station, found before by its own head)?"""
    if _CLOSED_DOWN.search(_clause_around(ctx, works.start, works.b, _CLAUSE_MARKS)[0]):
        return True
    return works.head in _PART_UNIT_HEADS and _UNITS_COUNTED.search(stem) is not None


def _station_building_start(text: str, works: _Works, start: int) -> int:
    """Where a station's building starts: after the railway the station is on ("某某高铁|某某东站站房"),
    which stays a works of its own."""
    route = _ROUTE_BEFORE_STATION.match(text, start, works.a) if works.head == _STATION_BUILDING else None
    return start if route is None else route.end()


def _parent_of_named_body(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] an organization already found that opens a longer one found at the same start, so
    the parent body in the name of its institute ("中国科学院某某研究院", "某某科学院某某中心": the head 学院
    ends 科学院 inside the name), not a works (ANNOTATION: an organization is no project)?"""
    found = [(m.local_start, m.local_end) for m in ctx.found if m.type == ORG]
    return (start, b) in found and any(s == start and e > b for s, e in found)


def _old_street_not_built(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] an old street ("某某老街有机更新", project_historic_place_ends.txt) that the clause
    does not build: a place, as an old town is (places: place_suffixes.txt), no works (rule 3)?"""
    return ctx.text.endswith(lexicons.words("project_historic_place_ends.txt"), start, b) and not built_in_clause(ctx, start, b)


# with a partner, the build is said to be joint (合作, 共同, 联合 before the verb, or 共建): a bare 和 before
# the verb joins one more item of a list of works ("加快甲医院分院、乙医院门诊楼和丙医院新院区建设")
_PARTNERED_BUILD = re.compile(rf"(?:、[{CJK_CHARS}]{{2,20}}?)*(?:(?:与|和|同)[^,;。]{{2,24}}?(?:合作|共同|联合|(?=共建))"
                              rf"|在[{CJK_CHARS}]{{2,10}}?)(?:{lexicons.alternation('project_builder_verbs.txt')})")
_BUILD_WITH_OBJECT = re.compile(rf"(?:、[{CJK_CHARS}]{{2,20}}?)*(?:{lexicons.alternation('project_builder_verbs.txt')})")
_OBJECT_TAGS = ("n", "a", "b", "j", "u")


def builds_something_else(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is the organization at text[start:b] (or the list it opens) the subject of a build verb with
    works of its own after it, so the builder, not the works: with a partner or at a place before the
    verb ("某某学院与某某公司合作建设的…", "某某学院在某地建设…"), or right before the verb and its object
    ("某某大学、某某研究院建设国家重点实验室": a noun or 的 after the verb), no build word before it?"""
    text = ctx.text
    # the whole name of the organization the candidate is part of ("某某科学院" of "某某科学院某某分院")
    b = max((m.local_end for m in ctx.found if m.type == ORG and m.local_start <= start and b <= m.local_end), default=b)
    if _PARTNERED_BUILD.match(text, b) is not None:
        return True
    if (m := _BUILD_WITH_OBJECT.match(text, b)) is None or _BUILDS_BEFORE.search(_clause_around(ctx, start, start, _CLAUSE_MARKS)[0]):
        return False
    after = ctx.token_starting_at(m.end())
    return after is not None and after.pos.startswith(_OBJECT_TAGS) and after.word not in _STAGE_AFTER_HEAD


# the ordinal of a session, which opens the name of an event held again and again, never of a works
_SESSION_OPENING = re.compile(r"第[一二三四五六七八九十百\d]+届")
_SESSION_ORDINAL = re.compile(r"第?[一二三四五六七八九十百\d]+届")


@functools.lru_cache(maxsize=1)
def _games_venue() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A games' venue read from its start (the games' ordinal and scope, its name, the venue's head:
    "第十四届全国冬运会主场馆"); the games' ordinal and scope, and a scope alone, ending the text before."""
    scope = lexicons.alternation("project_games_scopes.txt")
    ordinal = rf"第?[一二三四五六七八九十百\d]+届"
    ordinal_scoped = rf"(?:{scope})?{ordinal}(?:{scope})?"
    venue = (rf"(?:{ordinal_scoped})?[{CJK_CHARS}]{{0,6}}?(?:{lexicons.alternation('project_games_words.txt')})"
             rf"(?:{lexicons.alternation('project_games_venue_heads.txt')})")
    return re.compile(venue), re.compile(rf"{ordinal_scoped}$"), re.compile(rf"(?:{scope})$")


def _kind_before_kind(stem: str, weak: frozenset[str]) -> bool:
    """Is the stem before a strong head itself a kind of facility, no name ("口岸商圈")? A route's section
    by its ends is a name ("波密至然乌段铁路", xizang-2026: one works, as "X至Y段公路" is)."""
    return _head_pattern().fullmatch(stem) is not None and stem not in weak \
        and not project_head_pattern().branches[0].fullmatch(stem)


def _road_opens_event(ctx: SentenceContext, head: str, b: int) -> bool:
    """Does a road's or railway's name (project_route_kinds.txt) open an event's name, up to its head
    (event_heads.txt: "跨喜马拉雅国际公路自行车极限赛", xizang-2026: a race, no works; ANNOTATION: events)?"""
    return head in lexicons.word_set("project_route_kinds.txt") and opens_event(ctx, b)


def _event_ordinal_opens(text: str, start: int, b: int) -> bool:
    """Does a session's ordinal open text[start:b], an event held again and again ("第二届某某科技城科技博览会"),
    not a games' venue ("第十四届全国冬运会主场馆": works)?"""
    return _SESSION_OPENING.match(text, start) is not None and _games_venue()[0].match(text, start, b) is None


def _games_venue_start(text: str, start: int, b: int) -> int:
    """Where the name of a games' venue starts: back over the games' ordinal and scope that the walk
    left out ("第十四届全国冬运会主场馆一期": the venue's phase, not 冬运会主场馆一期; "加快全国第十四届冬运会
    主场馆": 全国 too), the venue being works, the games no event here."""
    venue, ordinal_before, scope_before = _games_venue()
    if venue.match(text, start, b) is None:
        return start
    window = max(0, start - 12)
    before = ordinal_before.search(text, window, start)
    if before is None and _SESSION_ORDINAL.match(text, start):
        before = scope_before.search(text, window, start)  # "全国|十四届冬运会主场馆"
    return before.start() if before is not None else start


# the levels a report names its own government's facilities by ("县文化中心", "区应急指挥中心")
_OWN_LEVELS = "市区县旗"


def _own_level_facility_start(ctx: SentenceContext, start: int, a: int) -> int | None:
    """Where a facility named by the bare level of the report's own government opens ("县/文化中心",
    "区/应急指挥中心"), at the level character, also where jieba glued it to the clause's verb
    (建成区, the built-up area: "建成区应急指挥中心"); None for other names and for words that open
    with a level character (区域, 市民, 县域)."""
    tok = ctx.token_starting_at(start)
    if tok is None or tok.end >= a:
        return None
    if tok.word in _OWN_LEVELS:
        level = start
    elif tok.word[-1:] in _OWN_LEVELS and tok.word[:-1] in triggers():
        level = tok.end - 1
    else:
        return None
    before = ctx.token_ending_at(level)
    if before is not None and level == start and not is_boundary(before, strict=False):
        return None  # "东平区…": the level ends a place's name, another rule's
    return level if a - level >= 3 else None


def _own_level_start(ctx: SentenceContext, works: _Works) -> tuple[int | None, bool]:
    """Where a facility named by the report's own level opens (`_own_level_facility_start`; not a
    zone's, "落户县经济开发区" is another rule's), and whether it is a venue named by the field it serves
    or by the level alone ("区文化中心", "县体育场": the level says whose venue, its words say no kind)."""
    if works.head in _ZONE_HEADS:
        return None, False
    own = _own_level_facility_start(ctx, works.start, works.a)
    if own is None:
        return (works.start, True) if _bare_level_venue(ctx, works) else (None, False)
    return own, _own_level_venue(ctx.text[own + 1:works.a], works.head)


def _own_level_venue(words: str, head: str) -> bool:
    """Are the words between a bare level and a site's head the fields of public service its venue
    serves ("区|文化|中心", "市|体育|中心": project_own_level_venue_fields.txt)? Category words elsewhere,
    after the report's own level they name its government's one venue; not before 项目 or 工程 ("县
    文化项目": a kind of works)."""
    return bool(words) and head not in _KIND_WORDS_HEADS and is_generic(words, _OWN_LEVEL_VENUE_FIELDS)


_OWN_LEVEL_VENUE_FIELDS = lexicons.word_set("project_own_level_venue_fields.txt")


def _bare_level_venue(ctx: SentenceContext, works: _Works) -> bool:
    """Is the candidate a sports venue or hall named by the bare level alone ("县/体育场", "市/体育馆":
    project_new_venue_heads.txt), opening its clause or after a mark or verb, no institution found
    over it (a library or museum is a body: ANNOTATION rule 2)?"""
    level = ctx.token_starting_at(works.start)
    if level is None or level.word not in _OWN_LEVELS or level.end != works.a or works.head not in _VENUE_HEADS:
        return False
    before = ctx.token_ending_at(works.start)
    return ((before is None or is_boundary(before, strict=False)) and not ctx.taken(works.start, works.b, (ORG,))
            and not ctx.text.startswith(_RUNNING_STATES, works.b))


_VENUE_HEADS = lexicons.word_set("project_new_venue_heads.txt")


def _framed_as_no_works(ctx: SentenceContext, start: int, a: int, b: int, head: str) -> bool:
    """Do the words around the candidate text[start:b] say it names no works of its own: a quote that
    goes on, a title taken, a route named by its kind, a partner, the old works a frame rebuilds from, or what follows
    (`_what_follows_names_no_works`)?"""
    text, stem = ctx.text, ctx.text[start:a]
    if _quoted_phrase_goes_on(text, start, b):
        return True  # "建成“武陵山片区生态文化旅游中心城”目标": the head is inside a quoted goal or title, no name ends there
    if _title_taken(ctx, start):
        return True  # "成为某市首个千亿产业园": a title the clause's subject takes (rule 13)
    if _names_no_one_route(text, start, b, head):
        return True  # "国省干线一级公路改造工程", "产业链延长线", "沿国道207边走边看"
    if text[:start].endswith("与") and text[b:].startswith(lexicons.words("project_partner_after.txt")):
        return True  # "加强与海南自由贸易港联动": a partner the report works with, not works it builds
    if _listed_partner(text, start, b):
        return True  # "深化与甲港、乙港的港航合作", "推动本港与甲港、乙港开通新航线": partners listed after 与
    if text[:a].endswith(_BASIS_FRAMES):
        return True  # "在…二级公路基础上改建的一条公路": what the works is rebuilt from, not its name
    # (a frame opens with the word 在 before the name: a sentence with no 在 there is not asked for the frame's close)
    if (text.find("在", 0, start) >= 0 and (_basis_frame_closes(ctx, b) or any(f in stem for f in _BASIS_FRAMES))
            and _basis_frame_opens(ctx, start)):
        return True  # "在原某二级公路基础上扩建…": the old road the works is rebuilt from is no works, nor a span over the frame
    return _what_follows_names_no_works(ctx, start, b, stem)  # a venue, an area some works is done in, a kind of base


# a list of names after 与 up to a candidate (each item a few characters of a name, no clause mark)
_PARTNERS_BEFORE = re.compile(rf"与(?:[{CJK_CHARS}]{{2,12}}、)*$")


@functools.lru_cache(maxsize=1)
def _partner_after() -> re.Pattern[str]:
    """What follows the last of the partners listed after 与: more of them, then 的, a word of what the
    cooperation is about or how it goes (up to two characters: "港航合作", "深化合作") and a word of
    cooperation (project_partner_after.txt), or a route opened with them (开通…航线); not a zone named
    by cooperation ("合作区", "合作园")."""
    words = alternation_pattern(lexicons.longest_first(lexicons.words("project_partner_after.txt")))
    return re.compile(rf"(?:、[{CJK_CHARS}]{{2,12}}?)*的?(?:[{CJK_CHARS}]{{0,2}}(?:{words})(?![区园])|开通[{CJK_CHARS}]{{0,4}}航线)")


def _listed_partner(text: str, start: int, b: int) -> bool:
    """Is the candidate text[start:b] one of several partners listed after 与 ("与甲港、乙港的港航合作",
    "与甲港深化合作", "与甲港、乙港开通新航线"): a port or facility the report works with, not one it
    builds? The single partner right before a word of cooperation is `_framed_as_no_works`'s own case."""
    before = _PARTNERS_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and _partner_after().match(text, b) is not None


def _quoted_phrase_goes_on(text: str, start: int, b: int) -> bool:
    """Does the candidate text[start:b] stand inside a quote that goes on past its head with more words
    before it closes ("“武陵山片区生态文化旅游中心城”": 中心 is no head there, the quote names a goal)? A
    works in quotes is named by the whole quote ("“日照食品产业园”", "“雪亮工程”")."""
    opening = text.rfind("“", 0, start + 1)
    if opening < 0 or "”" in text[opening:b]:
        return False
    closing = text.find("”", b)
    return closing > b and re.fullmatch(rf"[{CJK_CHARS}]+", text[b:closing]) is not None


def _listed_facility_of_kind_words(ctx: SentenceContext, works: _Works, stem: str, generic: frozenset[str]) -> bool:
    """Is the candidate a facility named by category words and a strong head that stands as an item of a
    、-list ("濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统投用": 旅游 is a category word, 电商中心 a
    facility's head)? Among named works built in the clause it is one of them (`_listed_with_works`)."""
    text, start, b = ctx.text, works.start, works.b
    return (len(stem) >= 2 and works.head not in _weak_heads() and works.head not in _KIND_WORDS_HEADS
            and not _head_pattern().fullmatch(stem) and (text[b:b + 1] == "、" or text[start - 1:start] == "、"))


def _site_of_building(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] the site where its clause builds other works, 在 (or a settling word,
    location.txt `settle`) before it and a build word (location.txt `build`) right after it ("在某某
    经开区建设年产…项目", "落户某某工业园新建…")?"""
    cue = lexicons.roles("location.txt")
    before = ctx.token_ending_at(start)
    return (before is not None and (before.word == "在" or before.word in cue.get("settle", ()))
            and ctx.text.startswith(tuple(cue.get("build", ())), b))


def _names_no_one_route(text: str, start: int, b: int, head: str) -> bool:
    """Does the candidate text[start:b] name no one route: a class of roads ("国省干线一级公路改造工程"),
    a figure of speech ("产业链延长线"), or a class word a route's code follows ("沿国道207边走边看": the
    road is named by its code, no works ends at 国道)?"""
    return names_no_single_route(text, start, b) or (
        head in _ROUTE_CLASS_WORDS and _CODE_AFTER_CLASS.match(text, b) is not None)


def _what_follows_names_no_works(ctx: SentenceContext, start: int, b: int, stem: str) -> bool:
    """Do the words around the candidate make it no one undertaking: the venue of an event, an
    existing building ("…会议在县会展中心隆重开幕"), an area named after a facility, a kind counted,
    streets things stand along (below), a list of areas some works is done in ("东山组团、
    火车站站前广场等重点区域的绿化"), a kind of base grown in scale ("马铃薯种薯基地规模化发展") or its
    building paired with another direction of growth ("新农村建设和城市居民休闲度假基地建设协调发展"),
    the last two unless a figure or a found name makes it one?"""
    text = ctx.text
    if text[:start].endswith("在") and text[b:].startswith(lexicons.words("project_venue_events.txt")):
        return True
    if text.startswith(_FACILITY_AREA_WORDS, b) or _COUNTED_AFTER.match(text, b):
        return True  # "白塔公园片区城市更新": the area the works is done in; "…养老服务中心3个,": a kind counted (rule 7)
    if text.startswith(lexicons.words("genre_pilot_kind_after.txt"), b):
        return True  # "列为省新时代文明实践中心建设试点单位": the kind of a pilot (rule 11), no one undertaking
    if _street_located_along(ctx, start, b):
        return True  # "帮助远大三路、栗雨二路沿线企业", "沿杭甬高速布局…": roads things stand along, places, not works
    if _AREA_LIST_CLOSE.match(text, b):
        return True
    if title_conferred().match(text, b):
        return True  # "某社区卫生服务中心被授予国家级示范中心称号": a title conferred on a body that runs (rules 2, 13)
    if _DIGIT.search(stem):
        return False
    return text.startswith(_KIND_GROWTH_AFTER, b) or (
        _PAIRED_DEVELOPMENT.match(text, b) is not None and not ctx.taken(start, b, (PLACE, ORG)))


@functools.lru_cache(maxsize=1)
def title_conferred() -> re.Pattern[str]:
    """Right after a name: a verb of receiving an honour (project_title_conferred_verbs.txt) and, in the
    same clause, the 称号 it confers ("被授予国家级示范中心称号", "获得国家级“示范社区卫生服务中心”称号")."""
    verbs = alternation_pattern(lexicons.longest_first(lexicons.words("project_title_conferred_verbs.txt")))
    return re.compile(rf"(?:{verbs})[^,;。:!?，；：]{{0,24}}?称号")


@functools.lru_cache(maxsize=1)
def _street_heads() -> tuple[str, ...]:
    """The heads of a street's name (place_street_heads.txt, less the directions: 出口, 入口)."""
    return lexicons.words_of_kind("place_street_heads.txt")


@functools.lru_cache(maxsize=1)
def _road_heads() -> tuple[str, ...]:
    """The heads of a street's or an intercity road's name that may be named as a location
    (_street_heads, place_located_route_heads.txt: 高速, 国道…)."""
    return _street_heads() + lexicons.words("place_located_route_heads.txt")


@functools.lru_cache(maxsize=1)
def _streets_along() -> re.Pattern[str]:
    """After a road: any roads listed after it, then a word that puts something along or beside them
    (place_street_located_words.txt, "after": 沿线, 两侧, 沿街, 以南)."""
    along = alternation_pattern(lexicons.words_of_kind("place_street_located_words.txt", "after"))
    return re.compile(rf"(?:[、和][{CJK_CHARS}0-9]{{1,8}}?(?:{alternation_pattern(_road_heads())}))*(?:{along})")


@functools.lru_cache(maxsize=1)
def _along_before() -> frozenset[str]:
    """Words that put something along or at a road named right after them (place_street_located_words.txt,
    "before": 沿, 沿着, 位于), less 在, before which a road may be the works itself ("在人民路改造中")."""
    return frozenset(lexicons.words_of_kind("place_street_located_words.txt", "before")) - {"在"}


def _street_located_along(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is the candidate text[start:b] a road, alone or listed with others, that the sentence puts
    something along or beside ("远大三路、栗雨二路沿线企业", "人民路两侧立面改造", "杭甬高速以南区块"),
    or that follows a word of locating ("沿风情大道布局…": jieba's word 沿 the walk took into the name,
    or one right before it)? The road is then where things are (located_streets makes it a place), not
    the works: what is done along it is ("…沿线绿化"). A road whose own name opens with 沿 keeps it
    ("沿江大道": one character before the head is no road's name of its own)."""
    text = ctx.text
    head = next((h for h in _road_heads() if text.endswith(h, start, b)), None)
    if head is None:
        return False
    along = _streets_along().match(text, b)
    if along is not None:
        # but "京港澳高速沿线联络线": the branches along a route are its works (route_branches)
        return not text.startswith(lexicons.words_of_kind("project_route_branch_parts.txt"), along.end())
    first, before = ctx.token_starting_at(start), ctx.token_ending_at(start)
    if first is not None and first.word in _along_before():
        return b - len(head) - first.end >= 2
    if before is not None and before.word in _along_before():
        return True
    listed = _roads_listed_along().search(text, max(0, start - 30), start)  # "沿金城路、市心路"
    # the word of locating is a word of its own, not the opening of a place's name ("沿河至榕江高速公路、": 沿河县)
    return listed is not None and token_ends_at(ctx, listed.end("along"))


@functools.lru_cache(maxsize=1)
def _roads_listed_along() -> re.Pattern[str]:
    """Right before a road: a word of locating and the roads listed before it ("沿金城路、")."""
    before = alternation_pattern(sorted(_along_before()))
    return re.compile(rf"(?P<along>{before})(?:[{CJK_CHARS}0-9A-Z]{{2,8}}?(?:{alternation_pattern(_road_heads())})[、和])+$")


# the rest of a list of areas after one of them, up to "等重点区域" (genre_area_list_closers.txt)
_AREA_LIST_CLOSE = re.compile(r"(?:、[^,;。、:]{1,15})*等(?:%s)" % alternation_pattern(lexicons.words("genre_area_list_closers.txt")))
# "…建设协调发展": the works' building paired with another direction of development (genre_paired_development_after.txt)
_PAIRED_DEVELOPMENT = re.compile(r"建设(?:%s)" % alternation_pattern(lexicons.words("genre_paired_development_after.txt")))
# what says a kind of base grows in scale ("…基地规模化发展"; genre_kind_growth_after.txt)
_KIND_GROWTH_AFTER = tuple(lexicons.words("genre_kind_growth_after.txt"))


# the close of a frame "在…基础上" before a works verb ("…公路基础上改建"): the span names what is rebuilt on
_BASIS_FRAMES = tuple(lexicons.words("project_basis_frames.txt"))


def _basis_frame_closes(ctx: SentenceContext, b: int) -> bool:
    """Does the frame close after the works ending at `b`, itself or the list it ends no build word
    between ("…二级公路基础上", "在原有甲枢纽、乙枢纽的基础上": each item is what the report builds on)?"""
    _, after = _clause_around(ctx, b, b, _CLAUSE_MARKS)
    close = min((i for i in (after.find(f) for f in _BASIS_FRAMES) if i >= 0), default=-1)
    return close == 0 or (close > 0 and after[0] in "、和及与" and _BUILDS_AFTER.search(after, 0, close) is None)


def _basis_frame_opens(ctx: SentenceContext, start: int) -> bool:
    """Does 在 open a frame in the clause before `start` ("是在原某公路基础上…", "在一期工程的基础上")?"""
    clause_start = start - len(_clause_around(ctx, start, start, _CLAUSE_MARKS)[0])
    return any(t.word == "在" for t in ctx.tokens if clause_start <= t.start and t.end <= start)


# a registered company's name ends in one of these: then the works named right after it are its own
CJK_RUN = re.compile(rf"[{CJK_CHARS}]+")


def _company_sized_works(ctx: SentenceContext, start: int, a: int) -> bool:
    """"瓜州某某新能源电力有限公司200兆瓦光伏发电项目": a company found by its whole name, then the
    capacity (or 年产 and it) and product of its plant before the head, is that company's investment
    works, whatever verb the sentence uses ("…项目现场", "…年产5万吨…项目投产")."""
    for o in ctx.found:
        if o.type == ORG and o.local_start == start and start < o.local_end < a:
            end = o.local_end  # the company's end, in the sentence
            if is_proper(ctx.text[start:end]) and _CAPACITY_OPENS.match(
                    ctx.text, end + 2 * ctx.text.startswith("年产", end), a) is not None:
                return True
            if ctx.text.endswith(lexicons.roles("org_legal_forms.txt")["works_owner"], start, end) and is_proper(ctx.text[start:end]) \
                    and a - end >= LIMITS.company_works_min and CJK_RUN.fullmatch(ctx.text, end, a):
                return True  # "X新材料有限公司智能温控阀门工厂项目": its registered name, then its works
            if ctx.text.endswith(company_trade_ends(), start, end) and is_proper(ctx.text[start:end]) \
                    and a - end >= LIMITS.company_works_min and CJK_RUN.fullmatch(ctx.text, end, a) \
                    and not _head_pattern().match(ctx.text, end, a) and not _people_or_visit_between(ctx, end, a):
                # (not a zone's head right after it: "…新纺织产业园物流中心" is a works in a park named so)
                return True  # "宏达科技高分子医疗器械产业园": a company's short name (its trade last), its product, the head
    return False


def _people_or_visit_between(ctx: SentenceContext, end: int, a: int) -> bool:
    """Do the words between a company's short name and a head name people or an act rather than a
    product: an office or role (place_person_titles.txt, place_person_titles_after.txt,
    place_person_after.txt: "宏达科技董事长一行考察产业园", "…党委书记率队调研物流园") or a word of a
    visit or an investment (place_visit_words.tsv, org_investor_verbs.txt: "…考察…", "…签约…")?"""
    between = ctx.text[end:a]
    if any(w in between for w in _person_words()):
        return True
    verbs = _visit_or_invest_verbs()
    return any(t.word in verbs for t in ctx.tokens if end <= t.start and t.end <= a)


@functools.cache
def _person_words() -> tuple[str, ...]:
    return tuple(lexicons.words("place_person_titles.txt")) + tuple(lexicons.words("place_person_titles_after.txt")) \
        + tuple(lexicons.words("place_person_after.txt"))


@functools.cache
def _visit_or_invest_verbs() -> frozenset[str]:
    return frozenset(lexicons.visit_words_after()) | lexicons.word_set("org_investor_verbs.txt")


def _county_report(ctx: SentenceContext) -> bool:
    """Is the report a county's or district's (its own area a county-level division)?"""
    own = ctx.doc.own.division
    return own is not None and own.level == "county"


def _local_report(ctx: SentenceContext) -> bool:
    """Is the report a city's, county's or district's (its own area, or how it speaks of its whole area)?"""
    own = ctx.doc.own.division
    return own.level != "province" if own is not None else _speaks_locally(ctx.doc.source.text)


def local_report(ctx: SentenceContext) -> bool:
    """`_local_report` for the rules of other modules (first_works: a county's biggest base it built)."""
    return _local_report(ctx)


def _one_site_built(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """A site with no proper name ("旅客服务中心", "电商孵化基地", "农业经济开发区") that the verb right
    before or after it builds ("推进…建设", "…建成运行", "建设…"), in the report of a city, county or
    district: one facility being built (ANNOTATION rule 7), where its descriptor is long enough to single
    it out and neither it nor the text before it opens with a word of a kind many share ("乡镇综合文化服务
    中心", "正阳社区文体活动中心": the walk stopped at 社区, the name is longer)."""
    if not _local_report(ctx):
        return False  # a province or the State Council builds kinds of site ("推进深远海养殖基地建设")
    if (not works.head.endswith(_ONE_SITE_HEADS) or len(stem) < LIMITS.site_descriptor_min
            or _opens_a_shared_kind(ctx, works, stem) or "示范" in stem or ctx.text[works.b:works.b + 1] == "("):
        return False  # "外贸转型升级示范基地": a designation; "文明实践中心(所、站)": a kind and its sizes
    return _built_in_place(ctx, works)


def _opens_a_shared_kind(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """Does the works' name, or the text right before it, open with a word of a kind many places share
    ("乡镇", "社区": project_shared_site_openers.txt)? Then it is a kind, not one site's works."""
    return stem.startswith(_SHARED_SITE_OPENERS) or ctx.text[:works.start].endswith(_SHARED_SITE_OPENERS)


def _one_works_of_a_kind(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """Is a works with a weak head and no proper name one undertaking all the same: one site built, one
    built at a named site, or the renovation of one facility?"""
    return (_one_site_built(ctx, works, stem) or _built_at_named_site(ctx, works, stem)
            or _action_on_one_facility(ctx, works, stem))


def _built_in_place(ctx: SentenceContext, works: _Works) -> bool:
    """Does the verb right before the works build it ("推进…建设", "建设…"), or a build or stage word
    right after it, past an adverb ("…建成运行", "…顺利完成"), say what is done to it?"""
    before, after = _clause_around(ctx, works.start, works.b, _CLAUSE_MARKS)
    after = after[len(next((w for w in _PREDICATE_ADVERBS if after.startswith(w)), "")):]
    return before.endswith(_BUILDS_RIGHT_BEFORE) or after.startswith(_BUILD_OR_STAGE_WORDS)


# the actions that renovate a facility, ending a works named by it (project_phase_actions.txt: 改造, 扩建, 提升)
_FACILITY_ACTIONS = tuple(w for w in lexicons.words("project_phase_actions.txt") if len(w) > 1)
# at most a word that qualifies the action between the facility and it ("提标", "提质", "扩能", "整体")
_ACTION_QUALIFIER_CHARS = 2


@functools.lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """The heads of facilities and works (project_heads.txt, built_facility_heads.txt), not the actions."""
    return frozenset((set(lexicons.words("project_heads.txt")) | set(lexicons.words("built_facility_heads.txt")))
                     - set(_FACILITY_ACTIONS) - {"项目", "工程"})


def _action_on_one_facility(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """A renovation (a weak head that is an action, `_FACILITY_ACTIONS`) of one facility named before it
    by its head, which the clause finishes or builds right after it ("燕官公路提质改造提前建成通车",
    "城区污水处理厂提标改造顺利完成", "某某馆改扩建顺利完成"): the works package on that facility is one
    undertaking (ANNOTATION rules 2 and 7), as `_one_site_built`'s site is. Not an action on a kind of
    thing with no facility's head ("危房改造全面完成"), nor on a kind many places share ("乡镇污水处理厂
    提标改造": project_shared_site_openers.txt)."""
    if not works.head.endswith(_FACILITY_ACTIONS) or _opens_a_shared_kind(ctx, works, stem):
        return False
    heads = _facility_heads()
    named = next((stem[:e] for e in range(len(stem), len(stem) - _ACTION_QUALIFIER_CHARS - 1, -1)
                  if any(stem.endswith(h, 0, e) and e - len(h) >= 1 for h in heads)), None)
    if named is None or len(named) < 3 or is_generic(named, lexicons.word_set("generic_projects.txt")):
        return False
    return _built_in_place(ctx, works)


# "<organization>在<place><verb>(的)": the text right before a facility one body builds at one place
_COMPANY_SITE_BUILD = re.compile(rf"在([{CJK_CHARS}]{{2,16}}?)(?:{lexicons.alternation('project_company_site_build_verbs.txt')})的?")


def _built_at_named_site(ctx: SentenceContext, works: _Works, stem: str) -> bool:
    """A facility with a weak head and no proper name that the clause builds right after one place
    ("在某某镇建设现代农业示范园区", "在某某开发区新建冷链物流中心"), in the report of a city, county or
    district: the place singles out one works (ANNOTATION rules 7 and 11: a common-noun facility built at
    a specific place), whoever builds it. A province's report builds kinds of site at its towns (its
    builder must be named: `built_by_body_at_site`); a counted or plural kind ("在某镇建设一批…") and a title
    ("国家级…示范基地") are none, nor works of several places listed ("在甲镇、乙镇建设…": each place's own
    of a kind, the rule of `_works_of_each_division`), nor a platform or a system set up there
    (project_unbuilt_heads.txt)."""
    if not _one_of_its_kind(stem) or _is_designation(stem) or _designation_before(ctx.text, works.start):
        return False
    if built_by_body_at_site(ctx, works.start):
        return True
    return (_local_report(ctx) and works.head not in lexicons.word_set("project_unbuilt_heads.txt")
            and body_site_build_end(ctx, works.start, works.start, body=False) == works.start)


def _one_of_its_kind(stem: str) -> bool:
    """Does the stem name one facility, not a counted or plural kind ("3个基地", "一批智能工厂")?"""
    return not (_COUNTED_KIND_OPENING.match(stem) or _COUNTED_ITEMS_INSIDE.search(stem) or "一批" in stem)


def built_by_body_at_site(ctx: SentenceContext, start: int) -> bool:
    """Does the name at `start` follow "<organization>在<place><verb>(的)" (`body_site_build_end`)? The
    works' builder is then named before it, so its name does not open with one."""
    return body_site_build_end(ctx, start, start) == start


def body_site_build_end(ctx: SentenceContext, start: int, end: int, body: bool = True) -> int | None:
    """Where "<organization>在<place><verb>(的)" ends, opening before `start` and ending from `start` to `end`,
    the organization found as its clause's subject and the place found as written, or a zone named (a place
    this rule finds later): "某某集团在某某开发区建设的…", "支持某某股份在某市扩建…"
    (project_company_site_build_verbs.txt); None where the text holds none. With `body` False no
    organization need open it, and a division written in full is a site though no rule found it yet."""
    text = ctx.text
    clause, _ = ctx.sentence.clause_at(start, _CLAUSE_MARKS)
    cut = text.rfind("在", clause, start)
    m = _COMPANY_SITE_BUILD.match(text, cut, end) if cut >= 0 else None
    if m is None or not start <= m.end() <= end:
        return None
    site = m.group(1)
    if not body:  # the site one division written in full (a town: the places by suffix are found later)
        return m.end() if site.endswith(_ZONE_HEADS) and len(site) > 3 or division_in_full(site) \
            or _places_in_a_row(ctx, *m.span(1)) else None
    if not (site.endswith(_ZONE_HEADS) and len(site) > 3 or _places_in_a_row(ctx, *m.span(1))):
        return None
    return m.end() if any(o.type == ORG and o.local_end == cut and o.local_start >= clause for o in ctx.found) else None


def _places_in_a_row(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] one place found, or places found one right after another ("某某市某某街道": a town
    written after its city)?"""
    ends = {p.local_start: p.local_end for p in sorted(ctx.found, key=lambda p: p.local_end) if p.type == PLACE}
    while a in ends and ends[a] <= b:
        a = ends[a]
    return a == b


@functools.lru_cache(maxsize=8)
def _speaks_locally(text: str) -> bool:
    """Does a report whose own area is not known speak of its whole area as a city, county, district or
    town does ("全县", "我市") more often than as a province or the country does ("全省", "我国")?"""
    levels = lexicons.mapping("project_own_level_words.tsv")
    said = collections.Counter(levels[w] for w in _OWN_LEVEL_WORDS.findall(text))
    return said["local"] > said["province"]


_OWN_LEVEL_WORDS = re.compile(alternation_pattern(lexicons.mapping("project_own_level_words.tsv")))
_ONE_SITE_HEADS = tuple(lexicons.words("project_site_heads.txt"))
_SHARED_SITE_OPENERS = tuple(sorted(lexicons.words("project_shared_site_openers.txt"), key=len, reverse=True))
_PREDICATE_ADVERBS = tuple(lexicons.words("genre_predicate_adverbs.txt"))
# 打造 a site is to make the place one ("打造绿色农畜产品精深加工基地": a role), not to build a facility
_BUILDS_RIGHT_BEFORE = tuple(w for w in lexicons.words("build_words.txt")
                             if w not in lexicons.mapping("build_words.txt") and w != "打造")


_RIVER_STRETCH = re.compile(rf"([{CJK_CHARS}]{{1,3}}[江河])?([{CJK_CHARS}]{{1,3}}[江河])(?:干流)?[{CJK_CHARS}]{{2,4}}段$")
# a stretch named in brackets after a place ("赤水河（昭通段）", "渤海（辽宁段）"): the text before the name
_BRACKETED_STRETCH_BEFORE = re.compile(r"[(（]$")


def _river_stretch(ctx: SentenceContext, works: _Works) -> bool:
    """"长江干流湖南段", "长江黄河干流四川段", "黄河济南段": a river's stretch through a place, where water
    is measured or works are done, is no works itself (the river a known place, the head 段 or 南段…); nor
    is a stretch in brackets after a place that is no works found ("赤水河（昭通段）水质", "渤海（辽宁段）
    综合治理", "蜀道（重庆段）申遗"; not "厦金大桥（厦门段）", "滨洲铁路（齐海满段）": a works' section)."""
    if not works.head.endswith("段"):
        return False
    m = _RIVER_STRETCH.match(ctx.text, works.start, works.b)
    if m is not None and any(m.group(g) and covered_by(ctx, m.start(g), m.end(g), PLACE) for g in (1, 2)):
        return True  # (the first of two rivers is the one known: "长江|黄河干流…")
    at = works.start - 1
    return (_BRACKETED_STRETCH_BEFORE.search(ctx.text, 0, works.start) is not None
            and any(x.type == PLACE and x.local_end == at for x in ctx.found)
            and not any(x.type == PROJECT and x.local_end == at for x in ctx.found))


_YEARS_IN_NAME = re.compile(r"[一二三四五六七八九十\d]+年")
_DIGIT = re.compile(r"\d")
_STAR_RATING = re.compile(r"[一二三四五六七八九十\d]+星级")
_COUNTED_KIND_OPENING = re.compile(rf"^[{lexicons.LEVEL_CHARS}]?[一二三四五六七八九十百千两几多\d]+[个大项批]")
_COUNTED_ITEMS_INSIDE = re.compile(r"[一二三四五六七八九十两几\d][个处座条]")
# (and its bound or approximation after the count: "建设10家以上中试平台", quantity_words.tsv)
_COUNTED_SET_BEFORE = re.compile(r"\d+[个项批栋座所条家](?:" + alternation_pattern(quantity_words("min_after") + quantity_words("approx_after"))
                                 + ")?$")


def _names_a_kind(ctx: SentenceContext, works: _Works, stem: str, generic: frozenset[str]) -> bool:
    """Does the stem name a kind, a programme, a role or a counted set rather than one undertaking?"""
    start, a, head = works.start, works.a, works.head
    if any(w in stem for w in _NOT_PROJECT_WORDS) or _YEARS_IN_NAME.search(stem):
        return True  # strategies, plans and systems are not undertakings (ANNOTATION)
    if head.endswith("通道") and any(w in stem for w in _SLOGAN_CORRIDOR_WORDS):
        return True  # "金丽温开放大通道", "亚欧黄金通道": an opening-up corridor, a strategy's slogan (no works)
    if head in _NUMBERED_UNIT_HEADS and not _UNIT_NUMBER.search(stem):
        return True  # "30万千瓦级煤电机组", "超超临界火电机组": units of a kind; one is named by its number ("某某核电6号机组")
    if head == "市场" and stem.endswith(lexicons.words("project_trade_market_words.txt")):
        return True  # "拓展RCEP成员国市场", "电力现货市场": a market of trade, no marketplace built
    if head == "项目" and not (_names_something(ctx, start, a) or _head_pattern().search(stem) or _DIGIT.search(stem)
                             or _first_of_its_kind(ctx, start) or _built_by_named(ctx, start, works.b)
                             or _befallen_as_one(ctx, start, works.b) or _local_item_run(ctx, start, works.b)
                             or _local_phase_built(ctx, start, works.b)):
        return True  # "钢铁项目", "收费项目": a kind of project unless a name, a works head, a capacity, 首个 or a named builder says which
    if head in _WORKS_QUALIFIERS and not _facility_ends(stem):
        return True  # "江益扩容" in "岚平、江益扩容、宁常高速": 扩容 names works only right after a facility ("某某高速扩容")
    if head == "中心" and stem.endswith(lexicons.words("centre_roles.txt")):
        return True  # "武陵山区重要经济中心", "省域副中心": a role, not a facility
    if head == "工程" and _is_programme(stem):
        return True  # "立德树人铸魂工程", "民生十大工程": a programme, not physical works (ANNOTATION rule 12)
    if (head == "项目" and _ends_generic(stem, generic) and not _found_name_in(ctx, start, a) and not _first_of_its_kind(ctx, start)
            and not (PHASE_AT_END.search(stem) and _befallen_as_one(ctx, start, works.b))
            and not (_designated_as_works(ctx, start, works.b) and _names_something(ctx, start, a))):
        return True  # "青少年竞赛项目", "试点示范项目": a kind of item, unless a place says which ("大兴安岭棚户区项目")
        # or a phase of it befalls one ("智慧城市一期项目进展顺利": the first phase of the report's own works), or a
        # trade name before its trade is designated ("某某新能源项目列入省重点项目": one company's undertaking)
    stem_tokens = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    if (len(stem_tokens) == 1 and stem_tokens[0].pos.startswith(("v", "d", "a")) and not is_proper(stem, strict=True)
            and word_freq(stem)):
        return True  # "紧盯项目", "调度项目": a verb and its object
    if _opens_with_kind(ctx, start, a):
        return True  # "专业化产业园", "综合性国家科学中心": a kind of facility (an -化/-性 quality opens it)
    if _LENGTH_OPENS.match(stem):
        return True  # "12公里热力主管网": an amount of a kind of network laid, one item of a count of works
    if _STAR_RATING.fullmatch(stem):
        return True  # a rating of a kind ("五星级酒店建设实现破题", hailar-2013), no one hotel
    if _opens_with_kind_suffix(ctx, start, stem) or _COUNTED_KIND_OPENING.match(stem) or _COUNTED_ITEMS_INSIDE.search(stem):
        return True  # a counted set or a slogan ("七大工程", "四个新型建材产业园")
    if _COUNT_INSIDE.search(stem):
        return True  # "沿江23家砂石码头", "200余项子工程", "荣昌区十大民生项目": a count inside the name, a set
    # a counted set: "88个深度脱贫攻坚项目", "30栋老旧楼房维修改造", "2座风雨场馆"
    return bool(_COUNTED_SET_BEFORE.search(ctx.text[max(0, start - LIMITS.counted_set_window):start]))


# words that make a corridor a strategy's slogan (project_slogan_corridor_words.txt: 开放通道, 黄金通道)
_SLOGAN_CORRIDOR_WORDS = lexicons.words("project_slogan_corridor_words.txt")
# a unit of a plant that is one works only by its number (project_numbered_unit_heads.txt), and that number
# ending the stem before the head ("6号", "三号", "第二台")
_NUMBERED_UNIT_HEADS = lexicons.word_set("project_numbered_unit_heads.txt")
_UNIT_NUMBER = re.compile(r"(?:\d+|[一二三四五六七八九十]+)号$|第(?:\d+|[一二三四五六七八九十]+)台$")


# an event that befalls one project, after adverbs of manner or time ("当年签约", "成功落户", "顺利投产")
_NOT_WORKS_WORDS = lexicons.word_set("project_not_works_words.txt")
_ONE_WORKS_EVENT = re.compile(rf"(?:{lexicons.alternation('project_one_works_event_adverbs.txt')})*"
                              rf"(?:{lexicons.alternation('project_one_works_events.txt')})")


# what may stand between the clause's opening and the 项目 an event befalls: nothing, or a verb of urging
_EVENT_OPENERS = frozenset(("",) + lexicons.words("project_one_works_event_openers.txt"))


def _befallen_as_one(ctx: SentenceContext, start: int, b: int) -> bool:
    """"远景动力项目当年签约、当年建成投产", "化纤产业垂直一体化家纺项目成功落户": a 项目 named by common
    words (a trade name or product jieba reads as nouns) that opens its clause, or follows a verb of urging
    opening it (project_one_works_event_openers.txt: "推动铝产业链一体化项目建成投产"), as the subject of an
    event befalling one project (project_one_works_events.txt) is that one undertaking, not a kind;
    a name of four characters or more (kinds such as "重点项目" are dropped before, generic_projects.txt)."""
    text = ctx.text
    return (b - 2 - start >= 4 and text[clause_start(text, start, _CLAUSE_MARKS):start] in _EVENT_OPENERS
            and all(CJK.match(c) and c != "等" for c in text[start:b])  # "X等入园项目开工": a list's label
            and not text.endswith(tuple(lexicons.words("industries.txt")), start, b - 2)  # "智能制造项目顺利投产": a kind
            and not any(t.word in _NOT_WORKS_WORDS for t in _tokens_between(ctx, start, b - 2))  # "招商引资项目": a campaign
            and _ONE_WORKS_EVENT.match(text, b) is not None)


def _is_specific(ctx: SentenceContext, works: _Works, stem: str, generic: frozenset[str]) -> bool | None:
    """Does the name say which one it is whatever its head (a named road, a facility's phase or
    works, the one platform of a level, a fund set up)? None: a kind of fund, no undertaking."""
    text, start, a, b, head = ctx.text, works.start, works.a, works.b, works.head
    specific = head in _ROAD_HEADS and _is_road_name(stem, head)  # a named road: "龙西路", "滨河北路"
    inner = _last_strong_head(stem)
    if inner and (inner.end() == len(stem) or stem[inner.end():] in _WORKS_QUALIFIERS) and (
            head.endswith("期") or not is_generic(stem[:inner.start()] or "新", generic)
            or built_in_clause(ctx, start, b) and _names_something(ctx, start, a)
            or not inner.start() and _county_report(ctx) and _run_in_clause(ctx, start, b)):
        specific = True  # "污水处理厂二期", "供水主管网改造", "污水处理厂提标改造": the phase or works of a facility (not "传统商圈改造")
        # (a county's or district's report that runs the upgrading of its "污水处理厂" speaks of its one plant,
        # "推进污水处理厂提标改造": ANNOTATION rule 7)
    if works.in_county:
        specific = True  # "某某县某某景区游客服务中心": the one of a county the report's city speaks of
    if PHASE_AT_END.search(text[a:b]) and not PHASE_AT_END.search(head):
        specific = True  # "市民大道三期": a phase after the head names one stage of one works
    if _on_named_road(stem):
        specific = True  # "人民南路景观照明改造工程", "一环路污水管线改造": works along one named road
    if _local_phase_built(ctx, start, b):
        specific = True  # "启动智慧城市一期项目": a phase of a local report's own works, started
    if head == "工程" and any(w in stem for w in lexicons.words("project_supply_programme_words.txt")):
        specific = True  # "农村饮水安全巩固提升工程": a programme of supply works (ANNOTATION rule 12)
    if head in region_heads() and stem.startswith(_ALONG_OPENERS) and built_in_clause(ctx, start, b):
        specific = True  # "加快打造沿江智造走廊": a belt built along the river it names (rule 11)
    if head == "工程" and _EXTENT_AFTER.match(text, b):
        specific = True  # "实施农村公路安全生命防护工程3万公里": a programme of works over the length it covers
    if head == "工程" and _runs_physical_works(ctx, start, b, stem):
        specific = True  # "实施某某河水环境整治工程": a package of physical works its clause runs (rule 12)
    if works.unified or works.bracketed or (head == "基金" and _fund_set_up(ctx, start) and len(stem) >= 4
                                            and not re.search(r"\d", stem)):
        return True  # "全国统一政务服务平台": the one platform of a level; "设立…引导基金": a fund set up
    if head == "基金":
        return None  # a kind of fund ("政府性基金", "社保基金")
    return (specific or _INVESTED_BEFORE.search(text[:start]) is not None or _first_of_its_kind(ctx, start)
            or _built_by_named(ctx, start, b))


# the length or area a works programme covers, right after its name (project_extent_units.txt)
_EXTENT_AFTER = re.compile(rf"\d+(?:\.\d+)?[万千]?(?:{lexicons.alternation('project_extent_units.txt')})")


def _fund_set_up(ctx: SentenceContext, start: int) -> bool:
    """Does the report set up the fund named from `start` ("设立服务贸易创新发展引导基金"), not urge or back
    others to (project_fund_urging_verbs.txt before the set-up verb in its clause: "推动设立国资并购基金",
    "鼓励社会资本发起设立股权投资基金")?"""
    if not ctx.text.endswith(_SET_UP, 0, start):
        return False
    before, _ = _clause_around(ctx, start, start, _CLAUSE_MARKS + "、")
    return not any(w in before for w in lexicons.words("project_fund_urging_verbs.txt"))


def _runs_physical_works(ctx: SentenceContext, start: int, b: int, stem: str) -> bool:
    """Is text[start:b] a 工程 package of physical works (project_physical_works_words.txt) on a site its
    name gives (a word ending like a place, a site or a water: "某某河", "某某片区", "某某路"; a place or
    organization found there), that its clause builds or runs, 实施 and 推进 before it included
    ("推进某某河河道生态补水工程")? A package of a kind alone ("棚户区改造工程", "管网改造工程"), or on a
    class of road (project_road_grade_classes.txt: "农村公路提升改造工程"), is none."""
    words = lexicons.words("project_physical_works_words.txt")
    at = min((stem.find(w) for w in words if w in stem), default=-1)
    generic = lexicons.word_set("generic_projects.txt")
    if at < 2 or is_generic(stem[:at], generic):
        return False
    site = start + at
    if not (_found_name_in(ctx, start, site) or any(
            start <= t.start and t.end <= site and len(t.word) >= 2 and t.word[-1] in _site_finals()
            and not is_generic(t.word, generic) and not t.word.startswith(_road_classes()) for t in ctx.tokens)):
        return False
    return _run_in_clause(ctx, start, b)


def _run_in_clause(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does the clause around text[start:b] build or run works, with the words said after works too
    (build_words.txt: "推进…", "实施…")?"""
    before, after = _clause_around(ctx, start, b, _CLAUSE_MARKS)
    return _BUILDS_AFTER.search(before) is not None or _BUILDS_AFTER.search(after) is not None


@functools.lru_cache(maxsize=1)
def _road_classes() -> tuple[str, ...]:
    return tuple(lexicons.words("project_road_grade_classes.txt"))


@functools.lru_cache(maxsize=1)
def _site_finals() -> frozenset[str]:
    """The last characters of places, sites and waters (GB/T 17693 通名)."""
    return frozenset(lexicons.characters("place_name_endings.txt")) | lexicons.word_set("genre_place_final_chars.txt") \
        | lexicons.word_set("genre_site_final_chars.txt")


# the tags of a character jieba splits off a name's first word ("太|华北路", "吾|悦广场", "那|考河"): a
# pronoun, an adverb or a bound morpheme, never a conjunction, a preposition, a particle or a number
_SPLIT_CHARACTER_TAGS = frozenset({"r", "d", "ng", "vg", "g", "yg"})
# (words of those tags that do stand before a name: deictics, scopes and adverbs of time or manner)
_NOT_SPLIT_CHARACTERS = frozenset("这该其本各每此我全诸某再又也都更还已共同均并将要不未才就仍尚先即便亦皆总")
# what stands before a list item or a clause's first name
_ITEM_OPENINGS = "、，,；;：:和及与"


def _back_over_split_character(ctx: SentenceContext, start: int, a: int) -> int:
    """"…东延、太华北路北延工程", "…二期、吾悦广场二期", "…工程和那考河流域综合治理": a name that opens a
    list item or a clause, whose first character jieba cut off as a word of its own (a pronoun or an
    adverb: 太/d, 吾/r, 那/r), starts at that character; `start` elsewhere."""
    if a - start < 2 or start < 1:
        return start
    t = ctx.token_ending_at(start)
    if t is None or len(t.word) != 1 or t.pos not in _SPLIT_CHARACTER_TAGS or t.word in _NOT_SPLIT_CHARACTERS:
        return start
    if t.start == 0 or ctx.text[t.start - 1] in _ITEM_OPENINGS:
        return t.start
    return start


def _supply_words() -> tuple[str, ...]:
    return tuple(lexicons.words("project_supply_programme_words.txt"))


def _back_to_supply_programme(ctx: SentenceContext, start: int, head: str, a: int) -> int:
    """"实施农村饮水安全巩固提升工程": a supply programme's 工程 (project_supply_programme_words.txt) whose
    walk stopped at the verbs of its name (巩固/v 提升/v) runs back over them to the supply word and the
    nouns and names before it (农村饮水安全, 某某河流域农村饮水…), within the clause; `start` where no
    supply word stands there."""
    text = ctx.text
    if head != "工程" or any(w in text[start:a] for w in _supply_words()):
        return start
    window = max(0, a - LIMITS.works_name.max_chars)
    hits = [text.rfind(w, window, start) for w in _supply_words()]
    i = max(hits)
    if i < 0 or any(c in _NOT_IN_PROGRAMME_NAME for c in text[i:a]):
        return start
    tok = ctx.token_starting_at(i)
    while tok is not None and (before := ctx.token_ending_at(tok.start)) is not None and (
            before.pos in ("n", "nz", "ns", "nr", "b") or before.pos == "a" and len(before.word) > 1):
        tok = before  # (an adjective of the supply as a word of its own: "胶东地区清洁供暖“一张网”工程")
    return tok.start if tok is not None else start


_NOT_IN_PROGRAMME_NAME = "，,；;。：:、！!？?等和及与的"  # (no list's kind: "道路硬化、安全饮水等工程")


# a purpose word between a facility's head and the works action ("污水处理厂提标改造", "水厂扩容改造")
_WORKS_QUALIFIERS = lexicons.word_set("project_works_qualifiers.txt")


def _last_strong_head(stem: str) -> re.Match[str] | None:
    """The last works or facility head inside the stem that is not a weak one ("供水主管网" → 管网)."""
    return next(reversed([h for h in _head_pattern().finditer(stem) if h.group() not in _weak_heads()]), None)


def _facility_ends(stem: str) -> bool:
    """Does a facility's head (no weak one) end the stem ("成渝高速", "县城供水厂")?"""
    inner = _last_strong_head(stem)
    return inner is not None and inner.end() == len(stem)


# a ring road by its number or name ("一环路", "二环路", "环城北路"): a named road the stem opens with
_RING_ROAD = re.compile(r"[一二三四五六]环路|环城[东南西北]?路")


def _on_named_road(stem: str) -> bool:
    """Does the stem open with a named road and go on to works along it ("人民南路景观照明改造", "一环路
    污水管线改造"; issue 10, session 18: the road alone was the project, or nothing was found)?"""
    ring = _RING_ROAD.match(stem)
    if ring:
        return len(stem) > ring.end()
    road = _ROAD_OPENING.match(stem)
    return road is not None and len(stem) - road.end() >= 2 and _is_road_name(road.group(1), road.group(2))


def _over_cut_organization(ctx: SentenceContext, start: int, b: int) -> int:
    """Where a works' name starts when the walk stopped inside the body the works belongs to
    ("四川职业技术学院汽车学院": the head 学院 of the body's name, extended over the works' own head,
    stopped the walk there): at the body's start."""
    return min((o.local_start for o in ctx.found if o.type == ORG and o.local_start < start < o.local_end <= b), default=start)


def _back_to_company_before_product(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a works' name starts when a company found opens the list item or clause and the walk stopped
    inside the product after it ("长信科技柔性触控显示模组项目": 触控显示 read as verbs; "英特尔大连非易失性
    存储器项目": 非易 as an adverb): at the company, the works being named by it and its product
    (ANNOTATION rule 8). Only over a few words of the product (and the plant's place), none a clause's verb,
    stage or works head, the company right after a list mark or its predicate, or opening the sentence before the
    plant's place."""
    text = ctx.text
    for o in ctx.found:
        if o.type == ORG and o.local_end == start < a and _known_company_opening_item(ctx, o):
            return o.local_start  # "、某某运动科技园二期": the walk stopped at the company the lexicon knows
        if o.type != ORG or not 0 < start - o.local_end <= LIMITS.company_product_max_chars or o.local_end >= a:
            continue
        between = _tokens_between(ctx, o.local_end, start)
        before = ctx.token_ending_at(o.local_start)
        # a company opening the sentence is its subject, which may act on works of others ("中关村发展集团增资
        # 宝坻京津中关村科技城") or name its works before their sum (works_named_before_sum: "东风汽车全新车型技改
        # 项目总投资约50亿元"): it opens its works' name only with the plant's place after it ("英特尔大连非易失性…")
        opens = (text[o.local_start - 1:o.local_start] in ("、", "，", ",", "；", "：")
                 or o.local_start == 0 and any(p.type == PLACE and p.local_start == o.local_end for p in ctx.found)
                 # or with only the works on its own plant before the head (org_works_after_company.txt:
                 # "某某集团扩能项目建成投产": the company's enlargement, no act on works of others)
                 or o.local_start == 0 and start == a and text[o.local_end:a] in lexicons.word_set("org_works_after_company.txt")
                 or before is not None and _verb_before_owner(before))
        if text[o.local_start - 1:o.local_start] == "、" and any(x.type == ORG and x.local_end == o.local_start - 1 for x in ctx.found):
            continue  # "支持皓月集团、吉粮集团、大成集团扩能改造": companies listed share the works, none names it
        if opens and between and all(_product_word(t) for t in between):
            return o.local_start
    return start


def _known_company_opening_item(ctx: SentenceContext, o: Mention) -> bool:
    """Is `o` a company the lexicon knows (companies.txt), opening an item of a list of works after a list mark,
    alone there (not one of companies listed: "支持甲集团、乙集团扩能改造" share the works)? Then the works
    named right after it are its own, the company part of their name (ANNOTATION rule 8)."""
    text, a = ctx.text, o.local_start
    if o.attrs.get("source") != "company" or a == 0 or text[a - 1] != "、":
        return False
    return not any(x.type == ORG and x.local_end == a - 1 for x in ctx.found)


def _back_to_group_before_plant_place(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a works' name starts when a group's short name that is a common word (companies_opening_works.txt:
    联想, 美的, 三一) stands right before the plant's place that opens it ("美的某市产业基地", "三一长沙产业园"):
    at the group, the genre naming a company's works by the company, its site and its kind (ANNOTATION rule 8);
    only where the group opens the sentence, the list item or the clause after its predicate (elsewhere the word
    is the common word: "由此联想武汉…")."""
    text = ctx.text
    if not any(p.type == PLACE and p.local_start == start and p.local_end < a for p in ctx.found):
        return start
    form = next((w for w in lexicons.words("companies_opening_works.txt") if text.endswith(w, 0, start)), None)
    if form is None or not token_starts_at(ctx, start - len(form)) or not token_starts_at(ctx, start):
        return start
    g = start - len(form)
    before = ctx.token_ending_at(g) if g else None
    if g == 0 or text[g - 1] in "、，,；;：:" or before is not None and _verb_before_owner(before):
        return g
    return start


def _product_word(token) -> bool:
    """Can `token` be a word of a product's name between a company and its works' head: Chinese or
    Latin letters, no clause's verb, stage or opener (_subject_not_names), no trigger, no works head, no
    word of serving ("引进富士康配套铝合金精密结构件项目": 配套, participation.txt: a supplier's works, not the
    company's own)?"""
    return (all(CJK.match(c) or c.isascii() and c.isalnum() for c in token.word) and token.pos != "phead"
            and token.word not in _subject_not_names() and token.word not in lexicons.word_set("triggers.txt")
            and token.word not in lexicons.roles("participation.txt").get("served", ())
            and not token.pos.startswith(("p", "c", "u", "r")))


# "全省首个天然气储气调峰项目", "首家保税仓库开仓运营": the first of its kind is one undertaking
_FIRST_OF_ITS_KIND = re.compile(r"首[个家座条套台]$")


# a title verb (project_title_verbs.txt) and what stands between it and the name in its clause: a scope, a
# place or an ordinal of firsts, no clause mark and no verb of building
_TITLE_TAKEN = re.compile(rf"(?:{lexicons.alternation('project_title_verbs.txt')})[^，,。；;：:、]{{0,10}}$")


def _title_taken(ctx: SentenceContext, start: int) -> bool:
    """Is the name at `start` the complement of a title verb in its clause ("成为福州市首个千亿产业园")? Then
    it names a class the clause's subject joins, no works (ANNOTATION rule 13)."""
    text = ctx.text
    title = _TITLE_TAKEN.search(text, clause_start(text, start, _CLAUSE_MARKS), start)
    return title is not None and not _BUILDS_BEFORE.search(text, title.end(), start)


def _first_of_its_kind(ctx: SentenceContext, start: int) -> bool:
    """Does an ordinal of firsts stand just before the name ("首个…项目"): one works, not a kind?"""
    return _FIRST_OF_ITS_KIND.search(ctx.text, 0, start) is not None


def _listed_with_works(ctx: SentenceContext, unnamed: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Facilities with a weak head and no name ("旅游电商中心", "狮子洋通道") that stand next to
    named works in a 、-list the clause builds or runs ("濯水景区毕兹卡水乐园、旅游电商中心、智慧
    旅游系统投用"), or after them with 及 ("某某扩建工程及综合交通中心建设"): the list names works,
    so they are works too."""
    text = ctx.text
    generic = lexicons.word_set("generic_projects.txt")
    works = set(spans)
    out: list[tuple[int, int]] = []
    changed = True
    while changed:
        changed = False
        for a, b in unnamed:
            if (a, b) in works or not (built_in_clause(ctx, a, b) or _list_labelled_projects(ctx, a, b)) \
                    or is_generic(text[a:b], generic):
                continue  # category words only ("景区道路") name no facility even among works
            if any(x == b + 1 and text[b:b + 1] == "、" or y == a - 1 and text[a - 1:a] in ("、", "及") for x, y in works):
                works.add((a, b))
                out.append((a, b))
                changed = True
    return sorted(out)


# the items after a listed facility up to the last one, which 项目 closes ("、易州酒店、西关…变电站项目")
_LIST_CLOSED_BY_PROJECT = re.compile(r"(?:、[^、,;。:!?]{2,30}?)+项目")


def _list_labelled_projects(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does 项目 close the 、-list the facility opens ("实施商贸综合体、易州酒店、西关110千伏变电站项目":
    the list's items are projects, ANNOTATION rule 10), though its verb (实施) builds nothing by itself?"""
    _, after = _clause_around(ctx, a, b, _CLAUSE_MARKS)
    return _LIST_CLOSED_BY_PROJECT.fullmatch(after) is not None or (
        (m := _LIST_CLOSED_BY_PROJECT.match(after)) is not None and _BUILDS_AFTER.match(after, m.end()) is not None)


# the one platform or system of a whole level ("全国统一政务服务平台") is a single undertaking
_UNIQUE_HEADS = ("平台", "系统")
# a fund is an undertaking where the report sets it up ("设立服务贸易创新发展引导基金")
_SET_UP = ("设立", "组建", "发起设立")
_WORKS_ACTIONS = lexicons.words("project_works_actions.txt")


def _coordinated_works(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[Mention]:
    """"启动森林质量提升、长江经济带重大生态修复、第二批山水林田湖生态保护工程试点": works named by
    their action ("…提升", "…修复") listed before works found by their head are works too."""
    text = ctx.text
    out = []
    generic = lexicons.word_set("generic_projects.txt")
    for first, _ in spans:
        first -= len(_BATCH_BEFORE.search(text[:first]).group())  # "、第二批山水林田湖…"
        if not text[:first].endswith("、"):
            continue
        items = []
        end = first - 1
        while True:
            a = name_start(ctx, end, **LIMITS.action_item.limits, through_heads=True, strict=False)
            item = text[a:end]
            if len(item) < 4 or not item.endswith(_WORKS_ACTIONS) or "的" in item or is_generic(item[:-2], generic):
                items = []
                break  # every item must be works named by an action, or the list is something else
            items.append((a, end))
            if not text[:a].endswith("、"):
                break
            end = a - 1
        if items and any(t.end == items[-1][0] and t.word in triggers() for t in ctx.tokens):
            out.extend(ctx.mention(PROJECT, a, b, source="coordinated works") for a, b in items)
    return out


def _company_works_listed(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[Mention]:
    """"推进陕汽集团重卡扩能、法士特变速器产业园建设", "加快万基控股铝精深加工、伊川…项目": items listed
    before works found by their heads, each a company (found, or a trade name and a group or holding
    word: group_forms()), its product and the works on its plant (org_works_after_company.txt,
    project_company_line_works.txt) with no 项目 after them, are the company's works (ANNOTATION rule 8)."""
    text = ctx.text
    out = []
    for first, _ in spans:
        end = first - 1
        while end > 0 and text[end] == "、":
            a = _listed_item_start(ctx, end)
            company_end = _company_opening_item(ctx, a, end)
            if company_end is None or not _product_and_plant_works(ctx, company_end, end) or ctx.taken(a, end, (PROJECT,)) \
                    or any(x < end and a < y for x, y in spans):
                break  # (works found by their heads in this sentence are not in ctx.found yet)
            out.append(ctx.mention(PROJECT, a, end, source="company works listed"))
            end = a - 1
    return out


def _listed_item_start(ctx: SentenceContext, end: int) -> int:
    """Where the list item ending at `end` starts: after the mark before it, past the predicate
    that opens the list ("推进", "加快", "力争"), at most listed_item_chars back."""
    text = ctx.text
    a = end
    while a > 0 and end - a < LIMITS.listed_item_chars and text[a - 1] not in "、，,；;：:。":
        a -= 1
    first = ctx.token_starting_at(a)
    if first is not None and first.end < end and _verb_before_owner(first):
        a = first.end
    return a


def _company_opening_item(ctx: SentenceContext, a: int, end: int) -> int | None:
    """Where the company that opens text[a:end] ends: a company found there, or a trade name of two
    to four characters (no place) and a group or holding word (group_forms(): 控股, 集团); None."""
    found = max((o.local_end for o in ctx.found if o.type == ORG and o.local_start == a and o.local_end < end), default=None)
    if found is not None:
        return found
    for k in range(a + 2, min(a + 4, end) + 1):
        form = next((f for f in group_forms() if ctx.text.startswith(f, k)), None)
        if (form is not None and k + len(form) < end and a in ctx.token_start_set and token_ends_at(ctx, k + len(form))
                and all(CJK.match(c) for c in ctx.text[a:k]) and not ctx.taken(a, k, (PLACE, ORG))):
            return k + len(form)
    return None


def _product_and_plant_works(ctx: SentenceContext, b: int, end: int) -> bool:
    """Is text[b:end] a product of a few words (_product_word) and the works on the plant making it
    (org_works_after_company.txt, project_company_line_works.txt) that close it?"""
    works = next((w for w in _company_line_works() if ctx.text.endswith(w, b, end)), None)
    if works is None or not 1 <= end - len(works) - b <= LIMITS.company_product_max_chars + 4:
        return False
    product = _tokens_between(ctx, b, end - len(works))
    return bool(product) and all(_product_word(t) for t in product)


@functools.lru_cache(maxsize=1)
def _company_line_works() -> tuple[str, ...]:
    words = lexicons.words("org_works_after_company.txt") + lexicons.words("project_company_line_works.txt")
    return lexicons.longest_first(words)


def _works_shared_by_names(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[Mention]:
    """"实施桃李中学、三中分校、第五中学扩建工程": one works package that bodies or places listed
    before the last one's works share, named as written (as "濯水和新城110千伏输变电工程" is); the
    last one's works stays a project of its own. Only a works package (…工程) is shared so: facilities
    listed ("广州港、深圳港") are each their own. Every item is a body or place found whole, and the
    list opens after a verb or a mark."""
    text = ctx.text
    out = []
    names = {m.span.bounds for m in ctx.found if m.type in (ORG, PLACE)}
    for start, b in spans:
        if start < 2 or text[start - 1] not in "、和" or not text.endswith("工程", 0, b) or not any(x == start for x, _ in names):
            continue
        first, end = None, start - 1
        while (item := next(((x, y) for x, y in names if y == end and x < end), None)) is not None:
            first = item[0]
            if first < 1 or text[first - 1] not in "、和":
                break
            end = first - 1
        if first is None or (first > 0 and not _opens_list(ctx, first)):
            continue
        out.append(ctx.mention(PROJECT, first, b, source="shared works", composite=True))
    return out


def _opens_list(ctx: SentenceContext, a: int) -> bool:
    """Does a list starting at `a` follow a verb or a mark (not run on from a longer name)?"""
    before = ctx.token_ending_at(a)
    return before is not None and (before.pos.startswith("v") or not CJK.match(before.word[0]))


_ROUTE_ITEM = rf"[{CJK_CHARS}]{{2,6}}?至[{CJK_CHARS}]{{2,6}}?"
_ROUTE_WORKS = re.compile(rf"^{_ROUTE_ITEM}(?=[{CJK_CHARS}]{{2,}}$)")
_ROUTES_BEFORE = re.compile(rf"((?:{_ROUTE_ITEM}、)+)$")


def _listed_routes(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[Mention]:
    """Routes listed before a route works that names its kind once ("青杠至太极、黑溪至黎水、蓬东至马喇
    二级公路建设"), or before a service named by its destination alone, which runs from the same start
    ("海拉尔至俄罗斯赤塔、蒙古国乌兰巴托定期航线": project_destination_heads.txt): each "A至B" of the list
    is one more works of that kind, named as written."""
    text = ctx.text
    out = []
    for first, end in spans:
        if not (_ROUTE_WORKS.match(text[first:end]) or destination_service(text[first:end])):
            continue
        listed = _ROUTES_BEFORE.search(text[:first])
        if listed is None:
            continue
        pos = listed.start(1)
        for n, item in enumerate(listed.group(1)[:-1].split("、")):
            a, pos = pos, pos + len(item) + 1
            if n == 0:  # "有序推进青杠至太极": the first route starts after the verbs that open the clause,
                # one that the list's first characters cut too ("开工建设|甲乙至丙丁…": the item is "工建设甲乙至丙丁")
                a = max([a] + [t.end for t in ctx.tokens if a < t.end <= a + item.index("至")
                               and t.pos.startswith(("v", "d", "p", "c"))])
            if pos - 1 - a >= 5 and ctx.text[a:pos - 1].count("至") == 1:
                out.append(ctx.mention(PROJECT, a, pos - 1, source="listed route"))
    return out


@functools.lru_cache(maxsize=1)
def _head_pattern() -> Alternatives:
    """The project heads and the facility heads jieba knows as common words (facility_heads.txt)."""
    heads = lexicons.longest_first(set(lexicons.words("project_heads.txt")) | set(lexicons.words("facility_heads.txt")))
    return Alternatives(project_head_pattern().branches[0].pattern, "(?:" + alternation_pattern(heads) + ")")


@functools.lru_cache(maxsize=1)
def _weak_heads() -> frozenset[str]:
    return weak_heads() | lexicons.word_set("facility_heads.txt")


# jieba's tags of proper names, and with our own heads' tags (kg.text.segment) the tags of proper words
_NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j")
_PROPER_TAGS = _NAME_TAGS + ("phead", "nhead")


def _inside_common_word(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the common dictionary word begins that the head at text[a:b] ends ("区段", "手段",
    "空港", "合作项目"); None when the head starts a token or ends a proper noun ("广州港",
    "三峡工程") or one of our own heads."""
    t = ctx.token_reaching(a + 1)  # the one token holding text[a] (tokens are back to back): looked up, not walked to
    if t is None or not t.start < a < t.end or t.end < b:
        return None
    if t.start == a - 1 and t.pos in _NAME_TAGS:
        return t.start  # one character before the head is no name ("香港")
    return t.start if word_freq(t.word) and t.pos not in _PROPER_TAGS else None


def _names_before_word(ctx: SentenceContext, start: int, word_start: int, a: int, b: int) -> bool:
    """The head ends a common word that starts at word_start: is there a name before that word?
    Something must stand before it ("国际产能合作项目" gives no name); a one-character head
    ("段", "路", "街") also needs a place found there or a road's name ("巴彦托海路"), never an
    idiom ("必由之路", "手段") nor a word no works' name holds (project_not_works_words.txt: "X、Y分段承建",
    the builders' manner)."""
    if start >= word_start:
        return False
    if b - a >= 2:
        return True  # "重庆南向大通道", "东海拉尔发电厂"
    word = next(t for t in ctx.tokens if t.start == word_start)
    if word.pos in ("l", "i") or word.word in _NOT_WORKS_WORDS:
        return False
    head = ctx.text[a:b]
    if head in _ROAD_HEADS and _is_road_name(ctx.text[start:a], head):
        return True
    # "汕湛高速茂名段进入路面施工阶段": a clause's verb between the name and the word (阶段) ends the name
    return _found_name_in(ctx, start, word_start) and not any(
        start <= t.start and t.end <= word_start and len(t.word) >= 2 and t.pos in ("v", "vn") for t in ctx.tokens)


def _extend_over_new(ctx: SentenceContext, start: int, a: int) -> int:
    """新 is part of a name the walk stopped at (新 is a category word elsewhere: "新建项目"):
    between a name and the head ("广州新机场", "西部陆海新通道") or before a proper name that
    follows a verb ("建成投用新皇岗口岸")."""
    text = ctx.text
    if start == a and text[:a].endswith("新"):
        s = name_start(ctx, a - 1, **LIMITS.name_before_new.limits, through_heads=True, strict=False)
        if s < a - 1 and _names_something(ctx, s, a - 1):
            return s
        return start
    if start < a and text[:start].endswith("新") and any(t.word == "新" and t.end == start for t in ctx.tokens):
        if _inside_industry(text, start):
            # "新/a 材料产业园": 新 opens the industry (新材料), never the works; the name runs on
            # before it ("…东方绿色新材料产业园项目", "…、新材料产业园等特色园中园")
            # (a walk that stops at verbs: "…分会场设在柯城区浙江某某新材料…基地" opens at 柯城区)
            s = name_start(ctx, start - 1, **LIMITS.name_before_new.limits, through_heads=True)
            if s == start - 1:
                return s
            # "恒瑞/nz 达/v 新材料": a trade name's last character read as a verb is still the trade name's
            trade = _trade_name_ending_in_verb_char(ctx, start - 1)
            if any(len(t.word) < 2 for t in _tokens_between(ctx, s, trade)):
                return start  # "其/龙/新/材料二期": a trade name jieba cut into characters, its start unknown
            return trim_openers(ctx, s, a)
        before = [t for t in ctx.tokens if t.end == start - 1]
        if before and (_names_something(ctx, start, a) and is_boundary(before[0], strict=False)
                       or before[0].word.endswith(lexicons.words("build_words.txt"))):
            return start - 1
    return start


def _over_new_facility(ctx: SentenceContext, start: int, b: int) -> int:
    """Where a works' name opens when 新, opening the clause or an item, stands before a facility's head
    that the name goes on after ("新机场|北线高速公路东延段"): 新机场, the new airport as the city calls the
    one it builds, names the site the works serves (as 新 does in "广州新机场"), no category word."""
    new = ctx.token_ending_at(start)
    head = ctx.token_starting_at(start)
    if new is None or new.word != "新" or head is None or head.end >= b:
        return start
    before = ctx.token_ending_at(new.start)
    opens = before is None or is_boundary(before, strict=False)
    if not opens or not _head_pattern().fullmatch(head.word) or head.word in _weak_heads() or head.word in _KIND_WORDS_HEADS:
        return start
    return new.start


_INNER_PAREN = re.compile(rf"\([{CJK_CHARS}]{{1,3}}\)$")
# a bracket after the name that says which part or kind of it: the section ("…公园(广东段)"), the
# site's other name ("…医院某某院区(新城院区)") or a bonded centre's type ("…保税物流中心(B型)", the
# customs' A- and B-type bonded logistics centres)
BRACKETED_PART = re.compile(rf"\((?:[{CJK_CHARS}]{{1,4}}(?:段|院区|校区)|[A-Z]型)\)")


def _over_parentheses(ctx: SentenceContext, start: int, b: int) -> tuple[int, int, bool]:
    """A name that holds a short bracketed part: a joint's other end ("南珠(中)城际",
    "广珠(澳)高铁…") or the section a report speaks of ("长征国家文化公园(广东段)"). Such a part
    names one undertaking (the third value)."""
    text = ctx.text
    bracketed = False
    inner = _INNER_PAREN.search(text, 0, start)
    if inner:
        s = name_start(ctx, inner.start(), **LIMITS.name_before_bracket.limits, through_heads=True, strict=False)
        s = trim_openers(ctx, s, inner.start())  # "建好北方(沧州)跨境电商物流基地": the verb opens no name
        if s < inner.start() and not is_generic(text[s:inner.start()], lexicons.word_set("generic_projects.txt")):
            start, bracketed = s, True  # not "市域(郊)铁路", a kind of railway
    section = BRACKETED_PART.match(text, b) or _bracketed_place_or_class(ctx, b)
    return start, section.end() if section else b, bracketed or section is not None


# a bracket after a works' head that says where it is or which class of it ("国家数据标注基地(成都)",
# "国家医学中心(中医类)", "省职教城(清远)"): a place found fills it, or a field and 类
_BRACKETED_CLASS = re.compile(rf"\([{CJK_CHARS}]{{1,4}}类\)")
_BRACKETED_WORDS = re.compile(rf"\(([{CJK_CHARS}]{{2,6}})\)")


def _bracketed_place_or_class(ctx: SentenceContext, b: int) -> re.Match | None:
    """The bracket right after the head at `b` when it holds a place found whole or a class ("中医类"):
    it names which one the works is (one undertaking), though the words before the head are common
    (`_judge_works` then takes it as named: "国家医学中心(中医类)")."""
    m = _BRACKETED_CLASS.match(ctx.text, b)
    if m is not None:
        return m
    m = _BRACKETED_WORDS.match(ctx.text, b)
    if m is not None and any(o.type == PLACE and (o.local_start, o.local_end) == m.span(1) for o in ctx.found):
        return m
    return None


# the tags jieba gives the syllables of a transliterated name after 那 ("那|棱|达坂水库", "库木|那|力克金矿"):
# a person's or other proper name, a place, a noun morpheme
_TRANSLITERATED_TAGS = ("nr", "nz", "ns", "ng")


def _over_place_read_as_word(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a name begins when the walk stopped right after a place found there: it ran out of tokens
    ("建设大同采煤沉陷区国家先进技术光伏示范基地三期": nine short words before the head) or the place's
    name is a verb ("呼伦、靠山、建设社区卫生服务中心", hailar-2012: the 建设 community). At the place,
    where it opens the phrase (a mark or a verb before it) and the name stays within the walk's characters."""
    tok = ctx.token_ending_at(start)
    if start >= a or tok is None or a - tok.start > LIMITS.works_name.max_chars or not any(
            o.type == PLACE and o.local_start == tok.start and o.local_end == start for o in ctx.found):
        return start
    before = ctx.token_ending_at(tok.start) if tok.start > 0 else None
    return tok.start if before is None or is_boundary(before, strict=False) else start


def _over_transliterated_na(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a name begins when the walk stopped after 那: jieba reads it as the demonstrative (tag r),
    but before a transliterated syllable it is one of the name's ("那棱达坂水库", names in the western
    regions), and so is the noun syllable right before it after a mark or a verb ("实施库木那力克金矿
    二期": no noun stands before a demonstrative). Not before a common word ("那些",
    "那一年": other tokens or tags)."""
    before, after = ctx.token_ending_at(start), ctx.token_starting_at(start)
    if start >= a or before is None or before.word != "那" or after is None:
        return start
    if not (after.pos.startswith(_TRANSLITERATED_TAGS) or not word_freq(after.word)):
        return start
    new = before.start
    prev = ctx.token_ending_at(new)
    if prev is not None and prev.pos.startswith("n") and len(prev.word) <= 3 and CJK.match(prev.word):
        ahead = ctx.token_ending_at(prev.start)
        if ahead is None or is_boundary(ahead, strict=False):
            new = prev.start
    return new


def _unknown_word_before(ctx: SentenceContext, start: int, a: int, b: int) -> int:
    """A word jieba does not know, right before the name, is part of it whatever tag its guess
    gave it (the walk stops at a verb tag): a list item before a strong head ("阳信高速、增天高速"),
    or a word after a verb that opens a name ("加快建设具身智能训练场")."""
    # the one token ending at `start` (tokens are back to back), looked up rather than walked to: the
    # token before it is the one ending where it starts
    t = ctx.token_ending_at(start)
    if t is None or len(t.word) < 2 or not CJK.match(t.word[0]):
        return start
    freq = word_freq(t.word)
    if not _unknown_or_rare(t, freq):
        return start
    unknown = not freq
    # a rare verb that opens a clause before a bare head is the clause's verb ("，狠刹工程建设…领域不正之风")
    listed = unknown and start == a and ctx.text[a:b] not in _weak_heads() and (t.start == 0 or ctx.text[t.start - 1] in "、,")
    before = ctx.token_ending_at(t.start) if t.start > 0 else None
    first = ctx.token_starting_at(start)
    # a rare verb before another verb is one of a clause's verbs ("妥善解决/v 影响/v 项目落地的制约因素")
    opened = start < a and before is not None and is_boundary(before, strict=False) and (
        unknown or first is not None and not first.pos.startswith("v"))
    return t.start if listed or opened else start


def _trade_name_ending_in_verb_char(ctx: SentenceContext, end: int) -> int:
    """Where a trade name before 新 and an industry begins when jieba read its last character as a verb
    after a proper noun ("恒瑞/nz 达/v 新材料二期"): at the proper noun; else `end`."""
    last = ctx.token_ending_at(end)
    proper = ctx.token_ending_at(last.start) if last is not None and last.start > 0 else None
    if (last is None or len(last.word) != 1 or not last.pos.startswith("v") or proper is None
            or len(proper.word) < 2 or proper.pos not in _NAME_TAGS):
        return end
    return proper.start


def _past_split_new_opener(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a name opens when the walk stopped inside an opener that begins with 新 (project_openers.txt:
    新上, 新开工), which jieba cut after 新/a ("新/a 上/f 年产10万吨…项目": the walk stops at 新 and keeps 上):
    after the opener, where it ends on a word's end and a name is left."""
    text = ctx.text
    if start < 1 or text[start - 1] != "新":
        return start
    opener = next((w for w in words_opening(lexicons.words("project_openers.txt"), text, start - 1)
                   if text.startswith(w, start - 1) and start - 1 + len(w) in ctx.token_end_set), None)
    end = start - 1 + len(opener) if opener else start
    return end if opener and a - end >= 2 else start


def _industry_verb_before(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a works' name opens when the walk stopped at a word jieba tags as a verb or adverb that
    begins an industry's word the name goes on with (industries.txt: "启动通用航空产业园项目": 通用/v 航空;
    "建成磷酸铁锂正极材料生产基地": 正极/ad 材料): that word is part of the name, and so are the name's
    words before it, walked over from there ("磷酸铁锂"); not at 新 (an adjective, read by _extend_over_new)."""
    t = ctx.token_ending_at(start)
    if start >= a or t is None or not t.pos.startswith(("v", "d", "ad")):
        return start
    industries = lexicons.words("industries.txt")
    opens = any(len(w) > len(t.word) and ctx.text.startswith(w, t.start) and t.start + len(w) <= a
                for w in words_opening(industries, ctx.text, t.start))
    return name_start(ctx, t.start, **LIMITS.works_name.limits, through_heads=True, strict=False) if opens else start


def _unknown_or_rare(t, freq: int) -> bool:
    """Is the token a word jieba does not know, or a verb its dictionary holds so rarely
    (LIMITS.rare_word_freq) that its tag is a guess too ("包商/v 银行培训中心", "开闭/v 所主供电工程"),
    and no verb the lexicons know (content_verb: no trigger nor opener, build_words.txt)? A rare one
    counts only before words of the name (`_unknown_word_before`: opened), not before a bare head.
    `freq` is the word's frequency in jieba's dictionary (`word_freq`: 0 when not in it), which the caller has read."""
    return not freq or (freq <= LIMITS.rare_word_freq and content_verb(t)
                        and not t.word.endswith(tuple(lexicons.words("build_words.txt"))))


def _is_programme(stem: str) -> bool:
    """A 工程 stem that names a programme: a counted slogan ("民生十大", "千万") or words of
    education, talent, culture and conduct (lexicon programme_words.txt)."""
    if re.search(r"[一二三四五六七八九十百千万]+大", stem) or re.fullmatch(r"[一二三四五六七八九十百千万双]+", stem):
        return True
    return any(w in stem for w in lexicons.words("programme_words.txt"))


# the sum invested in one works said right before its name ("投资5500万元的污泥处置工程",
# "3800万元的背街巷道改造", "投资4.8亿元实施了拆炉并网工程"): a sum is spent on one undertaking, not a kind
_INVESTED_BEFORE = re.compile(r"\d+(?:\.\d+)?[万亿]元(?:的|实施了?)$")
_INVESTED_NAME = re.compile(rf"\d+(?:\.\d+)?[万亿]元(?:的|实施了?)([{CJK_CHARS}]{{2,12}})$")
# further phases of the same works after its name ("…一期、二期")
_MORE_PHASES = re.compile(f"(?:[、和及]{phase_pattern(ordinal=True, most=1)})+")
# a count inside a name (digits before a classifier, or "N大" of a programme), not an ordinal (第) nor a place ("五大连池")
_COUNT_INSIDE = re.compile(r"(?<![第\d.])\d+[余多]?[家项所栋批]|(?<!第)[三四五六七八九十]大(?![连处湖道街])")
_COUNT_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)[个座条处所家]")
# a count that closes its clause after a facility of a weak head ("建成…中试熟化平台230个以上"), not the
# count of a list before its label ("…和滨河公园三个项目")
_COUNT_CLOSING = re.compile(rf"{_COUNT_AFTER.pattern}(?:以上|左右)?(?=$|[，。；,;])")
_LOCATED_BEFORE = re.compile(r"以[东南西北内外]")
# more roads of a list and its 等 after a road's name, before the list's count (`_works_before_head`)
_ROADS_LISTED_AFTER = re.compile(rf"(?:、[{CJK_CHARS}\d]{{1,8}}?(?:路|街|大道|大街))*等")
_PARK_HEADS = lexicons.word_set("project_park_heads.txt")
# the heads of zones (新区, 园区, 开发区…: place_zone_heads.txt): a name ending in one is whole, no bare name
# that shares the head of the works after it ("城南新区和飞地产业园区": a zone and a park, not one works)
_ZONE_HEADS = tuple(lexicons.words("place_zone_heads.txt"))
# 沿 and a river's, the coast's or the border's short name opening a corridor or belt ("沿江创新发展带")
_ALONG_OPENERS = tuple(lexicons.words("project_along_region_openers.txt"))
_LENGTH_OPENS = re.compile(rf"\d+(?:\.\d+)?万?(?:{lexicons.alternation('project_length_units.txt')})")
_NOT_PROJECT_WORDS = lexicons.words("project_not_project_words.txt")
_UPKEEP_ACTIONS = lexicons.words("project_upkeep_actions.txt")
# heads of two or more characters that end a site's own name (景区, 古城, 片区): not a bare place
_SITE_HEADS = tuple(w for w in lexicons.words("place_suffixes.txt") if len(w) >= 2)


def _ends_generic(stem: str, generic: frozenset[str]) -> bool:
    """Does `stem` end in a category word of two characters or more? One set look-up per length."""
    return any(stem[-n:] in generic for n in range(2, min(len(stem), _longest_length(generic)) + 1))


_DESIGNATION_LEVELS = ("国家", "全国", "省级", "国家级", "中国")


def _factory_title(stem: str) -> bool:
    """Is the stem before a plant's head made of a factory title's words only ("全球灯塔", "国家领航级
    智能"; genre_factory_title_words.txt), no owner or site?"""
    return made_of_words(stem, tuple(sorted(lexicons.words("genre_factory_title_words.txt"), key=len, reverse=True)))


def _is_designation(stem: str) -> bool:
    """"国家食品安全示范区", "省级…平台": a title the place earns, not a works package."""
    return stem.startswith(_DESIGNATION_LEVELS)


def _designation_before(text: str, start: int) -> bool:
    """Does the level of a title stand right before the name, where the walk left it out as a scope word
    ("获批“第三批全国森林康养示范基地”", "入选全国森林康养示范基地": 全国 opens the title, ANNOTATION
    rules 11 and 13), an opening quote between?"""
    return text[:start].rstrip("“").endswith(_DESIGNATION_LEVELS)


def _company_opens(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does a company found opening the stem end inside it ("中国建材华中研发中心": the central
    enterprise 中国建材 builds its centre), so that 中国 is its name's, no national title's?"""
    return any(o.type == ORG and o.attrs.get("source") == "company" and o.local_start == start and o.local_end < a
               for o in ctx.found)


def _trim_verb_tail(ctx: SentenceContext, start: int, a: int) -> int:
    """"打好棚户区…": the first character finishes a verb begun before the span ("打好", "做好"),
    a verb jieba cut in two (not "推进藏粤直流", where "进藏" is no cut)."""
    text = ctx.text
    if start > 0 and start + 1 < a and (t := ctx.token_ending_at(start)) is not None and len(t.word) == 1:
        pair = text[start - 1:start + 1]
        tags = tokenizer_tags().word_tag_tab
        if tags.get(pair, "").startswith("v") and pair not in lexicons.word_set("name_verbs.txt"):
            return start + 1
    return start


_ROAD_HEADS = ("路", "街", "大道", "大街")
# a road's head no common phrase ends with: what stands before it is the street's name whatever its words
# ("人民大街综合改造", "钢铁大街综合改造"), where "路" ends "新路", "出路" and "大道" "康庄大道"
_NAMED_ONLY_ROAD_HEADS = ("大街",)
# a short stem and a road's head opening a works' stem ("人民南路景观照明改造": 人民南 + 路)
_ROAD_OPENING = re.compile(rf"([{CJK_CHARS}]{{2,4}}?)({'|'.join(_ROAD_HEADS)})")
_ORG_HEAD = re.compile(rf"(?:{lexicons.alternation('project_institution_heads.txt')})$")


def _is_road_name(stem: str, head: str) -> bool:
    """"龙西路", "北岸中心路": a short stem of no category words, not ending in a common road
    word ("城区道路", "精品线路", "四好农村路")."""
    if not 2 <= len(stem) <= 4 or not all(CJK.match(c) for c in stem):
        return False
    name = stem + head
    if name.endswith(lexicons.words("project_not_road_names.txt")):
        return False
    if re.match(r"^[一二三四五六七八九十两几\d]", stem):
        return False
    if next(iter(tokenizer_tags().cut(stem))).flag[:1] in ("d", "m", "p", "c", "u"):
        return False  # "多适销对路": an adverb or quantity opens a phrase, not a road's name
    generic = lexicons.word_set("generic_projects.txt")
    if any(w in stem for w in generic if len(w) >= 2):
        return False
    if head in _NAMED_ONLY_ROAD_HEADS:
        return True  # "人民大街", "钢铁大街": a common word before 大街 still names the one street
    freq = tokenizer_tags().tokenizer.FREQ
    return not freq.get(name) and not freq.get(stem) or is_proper(stem)


def _is_built_facility(ctx: SentenceContext, a: int, b: int) -> bool:
    """A bare facility name ("污水处理厂", "保税仓") that the clause builds, opens or runs."""
    head = ctx.text[a:b]
    if len(head) < 3 or head in lexicons.word_set("generic_projects.txt") or head in _weak_heads():
        return False
    if head in _ROUTE_PART_HEADS:
        return False  # "…奋勇延长线前期工作": a part of a route ("延伸线", "支线") needs the route's name
    before, after = _clause_around(ctx, a, b, ",;。、")
    if after.startswith(_RUNNING_STATES):
        return False  # "污水处理厂运行良好": how a facility already there runs, not its opening
    return before.endswith(("建设", "新建", "建成", "开工", "投用")) or after.startswith(_STAGE_WORDS)


# how an existing facility runs ("运行良好"), which the stage word 运行 opening it would read as opened
_RUNNING_STATES = tuple(lexicons.words("genre_running_states.txt"))


def _places_only(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] one place or places run together ("汕头", "云浮罗定"), found or known?"""
    pos, text = a, ctx.text[:b]
    while pos < b:
        m = place_lexicon_pattern().match(text, pos)  # (text, pos) only: the pattern may be a word trie
        found = next((x for x in ctx.found if x.type == PLACE and x.local_start == pos and x.local_end <= b), None)
        end = max(m.end() if m else pos, found.local_end if found else pos)
        if end == pos:
            return False
        pos = end
    return True


def _bare_places(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] places with no head of their own ("汕头", "云浮罗定"), which share the head of
    the next item, and not a named site ("呼伦贝尔古城、哈克文化遗址公园", hailar-2013)?"""
    item = ctx.text[a:b]
    return _places_only(ctx, a, b) and not item.endswith(_SITE_HEADS) and not _ends_in_head(item)


# Sites named whole, with no head written (大唐芙蓉园, 田子坊): before a site named by its head they are
# sites of their own, not places sharing that head ("依托大雁塔、大唐芙蓉园、曲江池遗址公园等": three sites);
# before a works they may share it ("大唐芙蓉园、大雁塔景区夜游项目": one works at both).
_NAMED_SITE_FILES = ("place_scenic_sites.txt", "place_city_landmarks.txt")


@functools.lru_cache(maxsize=1)
def _named_sites() -> frozenset[str]:
    return frozenset().union(*(lexicons.word_set(f) for f in _NAMED_SITE_FILES))


@functools.lru_cache(maxsize=1)
def _destination_heads() -> tuple[str, ...]:
    return lexicons.words("project_destination_heads.txt")


def destination_service(name: str) -> bool:
    """Is `name` a service named by its destination alone ("蒙古国乌兰巴托定期航线", "伊尔库茨克国际航线":
    a head of project_destination_heads.txt, no 至 and its start)?"""
    return "至" not in name and name.endswith(_destination_heads()) and len(name) > 2 + min(map(len, _destination_heads()))


def _all_bare_places(ctx: SentenceContext, a: int, b: int, works: str) -> bool:
    """Is every item of the list text[a:b] (joined by 、 or 和) bare places ("南阳、信阳、周口") that may
    share the head of the works named next (not a whole site before a site: _NAMED_SITE_FILES)?"""
    items = re.finditer(r"[^、和]+", ctx.text[a:b])
    sites = _named_sites() if works.endswith(lexicons.words("project_whole_site_heads.txt")) else frozenset()
    return all(_bare_places(ctx, a + m.start(), a + m.end()) and m.group() not in sites for m in items)


def _own_facility(name: str) -> bool:
    """Does the name end in a facility of its own before a label 项目 ("西航大元文化城项目")? Then a
    name joined to it by 、 is another item of a list, not a second work of one shared works."""
    bare = name[:-2] if name.endswith("项目") else name
    return bare != name and bare.endswith(lexicons.words("built_facility_heads.txt"))


_LINK_WORDS = re.compile(lexicons.alternation("project_link_works.txt"))


def _linked_pair_start(ctx: SentenceContext, works: _Works) -> int:
    """Where a works linking two things begins ("甲电网与乙电网联网工程"): at the first of the two, joined
    by 与/和 right before the name found (project_link_works.txt), or at a bare partner or field joined by
    与 (`_partner_joined_by_yu`: "双良与华能供热管网贯通工程"); elsewhere where it was found. Sets
    works.start."""
    text, start = ctx.text, works.start
    if start < 3 or text[start - 1] not in "与和":
        return start
    if not _LINK_WORDS.search(text, start, works.b):
        works.start = _partner_joined_by_yu(ctx, start)
        return works.start
    a = name_start(ctx, start - 1, **LIMITS.joined_name.limits)
    if len(text[a:start - 1]) >= 2 and all(CJK.match(c) for c in text[a:start - 1]):
        works.start = a
    return works.start


def _joined_part_end(text: str, b: int) -> int:
    """Where a part of the works ending at `b`, joined by 及, ends (project_joined_parts.txt: "某某航站楼及第四
    跑道", "某某水库及灌区", "某某号线一期及延伸线"): the works and its part are one name; else `b`."""
    m = _JOINED_PART.match(text, b)
    return m.end() if m is not None else b


_JOINED_PART = re.compile(rf"及(?:第[一二三四五六七八九十]+)?(?:{lexicons.alternation('project_joined_parts.txt')})")


def _joined_start(ctx: SentenceContext, start: int, b: int) -> tuple[int | None, bool]:
    """Where the names joined to the works text[start:b] begin, and whether they are pairs of places'
    one-character forms (`_paired_forms_start`); (None, False) where no name is joined."""
    paired = _paired_forms_start(ctx, start, b)
    if paired is not None:
        return paired, True
    return (_joined_name(ctx, start) if not _own_facility(ctx.text[start:b]) else None), False


def _joined_modifier(ctx: SentenceContext, start: int) -> int | None:
    """Where a works' name begins whose head two modifiers joined by 和/与/及 share, the second opening the
    works found at `start` with a common word ("国家药品和医疗器械审评检查华中分中心", "国家绿色化工和新材料
    制造业中试平台", "实施偏远农牧户电网延伸和新能源通电升级改造工程", "东平湖老湖区洪水相机南排和航道主体工程"): the
    first, back to the clause's or the list's mark and past the verbs opening it, has no head of its own, so
    names no works alone (ANNOTATION: the shortest span naming the thing completely). None where the second
    opens with a name of its own ("打造高质量数据集和东盟语料库": two things), where the first has a head
    ("西南岩溶国家公园和南宁国家植物园"), holds a list's 等 or a number ("80吨污泥焚烧处置和…"), or the joint
    is part of a word ("参与", "以及")."""
    text = ctx.text
    joint = ctx.token_starting_at(start - 1) if start > 0 else None
    if joint is None or joint.word not in _MODIFIER_JOINTS or not CJK.match(text[start]):
        return None
    if any(m.type in (PLACE, ORG) and m.local_start == start for m in ctx.found) or not _common_opening(ctx, start):
        return None
    b = start - 1
    a = b
    while a > 0 and text[a - 1] not in _MODIFIER_BOUNDS:
        a -= 1
    for t in ctx.tokens:
        if t.start == a and t.pos.startswith(("v", "u")) and b - t.end >= 2:
            a = t.end  # the verbs opening the clause ("实施|偏远…", "实施了|…")
    item = text[a:b]
    if not 3 <= len(item) <= LIMITS.joined_modifier_chars or not all(CJK.match(c) for c in item):
        return None  # (one word before the joint is a scope or a field, "区级和街道综治中心", "产业和领域中试平台")
    if project_head_pattern().search(item) or any(w in item for w in _MODIFIER_NOT_IN):
        return None
    inside = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not inside or inside[0].start != a or any(t.pos == "v" for t in inside[:-1]):
        return None  # a verb with its object ("全力保障雅下水电和川藏铁路"): a clause, no modifier
    if any(m.type in (PROJECT, ORG) and a <= m.local_start < b for m in ctx.found):
        return None
    return a


def _common_opening(ctx: SentenceContext, start: int) -> bool:
    """Does the works at `start` open with a common word (two characters or more, or one and a common word
    after it: "医疗器械…", "新|材料…"), no name of its own ("川藏铁路", "呼|达罕桥"), nor a number ("一号…")?"""
    first = ctx.token_starting_at(start)
    words = [first] if first is not None and len(first.word) > 1 else \
        [first, None if first is None else ctx.token_starting_at(first.end)]
    return all(t is not None and CJK.match(t.word[0]) and not t.pos.startswith(_NAMING_POS)
               and not is_proper(t.word, strict=True) for t in words)


_NAMING_POS = ("j", "ns", "nr", "nt", "nz", "m", "eng", "x")


_MODIFIER_JOINTS = ("和", "与", "及")
_MODIFIER_BOUNDS = "，。；、：,;:（(“”\n"
_MODIFIER_NOT_IN = ("等", "的")


def _paired_forms_start(ctx: SentenceContext, start: int, b: int) -> int | None:
    """Where a list of pairs of places' one-character forms begins that shares the head of the works at
    text[start:b], whose name opens with the last pair ("推进合六、合淮、合滁产业走廊建设": 合肥 with 六安,
    淮南, 滁州; "推动青桂、青粤绿电外送通道尽早核准开工"): items of two characters, each a word of its own,
    each sharing a character with the last pair. One zone, corridor or line named as written (the gold's
    form for names sharing one head); not a route, whose pairs are works of their own ("津潍、潍宿高铁")."""
    text, last = ctx.text, ctx.text[start:start + 2]
    if ctx.text[start:b].endswith(_ROUTE_KINDS) or not all_cjk(last) or ctx.token_starting_at(start) is None:
        return None
    first = None
    while start >= 3 and text[start - 1] == "、":
        item = text[start - 3:start - 1]
        token = ctx.token_starting_at(start - 3)
        if not all_cjk(item) or not set(item) & set(last) or token is None or token.end > start - 1 \
                or not set(item + last) <= _place_form_chars():
            break  # (a pair of other words' characters: "众创、众包、众扶、众筹平台")
        first = start = start - 3
    before = ctx.token_ending_at(first) if first is not None and first > 0 else None
    if before is not None and not before.pos.startswith(("v", "p", "d", "x")):
        return None  # the first pair is the end of a longer word ("…大合六"): no list of pairs
    return first


@functools.lru_cache(maxsize=1)
def _place_form_chars() -> frozenset[str]:
    """The characters a pair of places' forms is written with: a province's one-character form
    (place_abbreviations.txt) or the first character of a province's or prefecture's name (合 of 合肥)."""
    firsts = {d.name[0] for d in lexicons.divisions().values() if d.level in ("province", "prefecture")}
    return lexicons.word_set("place_abbreviations.txt") | frozenset(firsts)


def _joined_name(ctx: SentenceContext, start: int) -> int | None:
    """Where a bare proper name joined by 和/、 to a project name begins ("三台书院、草圭堂…")."""
    text = ctx.text
    if start < 3 or text[start - 1] not in "和、":
        return None
    b = start - 1
    a = _past_lead_verb(text, name_start(ctx, b, **LIMITS.joined_name.limits), b)
    item = text[a:b]
    if not 2 <= len(item) <= LIMITS.joined_name_chars or project_head_pattern().search(item) or not (is_proper(item, strict=True) or place_lexicon_pattern().fullmatch(item)):
        return None
    if not all(CJK.match(c) for c in item):
        return None  # the walk stopped inside a name ("鹏城云脑III、国家超算深圳中心二期")
    if item.endswith(_ZONE_HEADS) and len(item) > 3:
        return None  # "城南新区和飞地产业园区": a zone named whole by its own head shares no head
    if a > 0 and text[a - 1] in "至到":
        return None  # "郑州至开封、洛阳至三门峡城际铁路": the end of a route listed before, its own works
    if transfer_name_ends_at(text, b):
        return None  # "疆电入渝、川渝特高压交流工程", "引黄济宁、引通济柴工程": a transfer works of its own
    if a > 0 and text[a - 1] in "、和":
        return _places_sharing_head(ctx, a, b)
    return _over_cut_capacity(text, a)


def _partner_joined_by_yu(ctx: SentenceContext, start: int) -> int:
    """Where a works' name begins that opens with a bare word joined to it by 与: a partner or a field
    the works is shared with ("着力推动双良与华能供热管网贯通工程", "推进干细胞与再生医学实验室建设",
    "通州区与廊坊北三县一体化高质量发展示范区"): one works named as written, the word before 与 part of
    its name (ANNOTATION: the span that names the thing completely). The word is 2 to
    LIMITS.joined_name_chars characters of CJK right after a verb or a mark, with no works head of its
    own; not where the walk stopped inside a longer name ("推动贵阳综合保税区与贵阳国际陆港一体化": two
    works joined); else `start`."""
    text = ctx.text
    if start < 3 or text[start - 1] != "与":
        return start
    b = start - 1
    a = _past_lead_verb(text, name_start(ctx, b, **LIMITS.joined_name.limits), b)
    item = text[a:b]
    if not 2 <= len(item) <= LIMITS.joined_name_chars or not all_cjk(item) or project_head_pattern().search(item):
        return start
    before = ctx.token_ending_at(a) if a > 0 else None
    if a > 0 and text[a - 1] not in "，,；;：:" and (before is None or not before.pos.startswith("v")):
        return start  # "推动贵阳综合保税区与…": the walk stopped inside a longer name, or a list or route runs on
    return a


def _past_lead_verb(text: str, a: int, b: int) -> int:
    """Where the name walked back to `a` begins past a verb of effort that opens it (project_openers.txt,
    kind lead: "建好长江、大运河国家文化公园江苏段", "建好西宁、格尔木国家物流枢纽"; jieba cuts 建/好 and
    好 does not stop the walk), two characters of name or more left; else `a`."""
    lead = next((w for w in words_opening(_lead_verbs(), text, a) if text.startswith(w, a)), None)
    return a + len(lead) if lead is not None and b - a - len(lead) >= 2 else a


@functools.lru_cache(maxsize=1)
def _lead_verbs() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.words_of_kind("project_openers.txt", "lead"))


def _over_cut_capacity(text: str, a: int) -> int:
    """The start of a name that the walk began after or inside the voltage opening it ("220千伏甲村、乙村
    输变电工程" walked back to 甲村 or to 千伏): the name runs back over the voltage to its first digit, as
    a grid works alone is named ("220千伏甲村变电站"); else `a`."""
    cut = _VOLTAGE_OPENING.search(text, max(0, a - 6), a + 2)
    return cut.start() if cut is not None and cut.start() < a <= cut.end() else a


def _places_sharing_head(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where a longer list of places with no head of their own begins, text[a:b] its last item
    ("南阳、信阳、周口机场改扩建": the airports of three cities, one works as written, as two places
    sharing a head are: "汕头、湛江临港经济区"). In any other longer list the head need not be shared."""
    text = ctx.text
    first = None
    while True:
        if not _bare_places(ctx, a, b):
            # a works before 和 ends the list ("某市机场改扩建和甲县、乙县、丙县机场新建迁建");
            # any other item does not share the head
            return first if first is not None and text[first - 1] == "和" else None
        first = a
        if a < 1 or text[a - 1] not in "、和":
            return a
        b = a - 1
        a = name_start(ctx, b, **LIMITS.joined_name.limits)
        if not 2 <= b - a <= LIMITS.joined_name_chars:
            return first if text[first - 1] == "和" else None


def _has_boundary(ctx: SentenceContext, a: int, b: int) -> bool:
    return any(is_boundary(t, strict=False) for t in ctx.tokens if a <= t.start and t.end <= b)


# batches and scales open a span but name nothing: "第二批…", "百亿级材料产业园", an airport's grade ("4F级盛乐
#国际机场"), a road's width ("双向8车道洋浦疏港高速公路"), and the month or quarter a batch of works is started
# in ("某区举行11月份项目开工现场会", "二季度重大项目")
_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批|[一二三四五六七八九十百千万亿\d]+[A-F]?级|\d{1,2}月份|第?[一二三四]季度"
                    r"|双向[一二三四五六七八十\d]{1,2}车道")
# a route's number ("G328", "S20") right before a grade: the grade is part of that route's name
_ROUTE_CODE_BEFORE = re.compile(r"[A-Za-z]\d+$")
_BATCH_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]+批)?$")


def _past_company_relation(ctx: SentenceContext, start: int, a: int) -> int:
    """A works' name start past the relation word that opens it before a company's name
    ("全资子公司某某集团有限公司生产基地项目" → 某某集团有限公司…; the relation words of
    org_before_registered.txt, as organizations._past_relation_or_zone), two characters or more left
    before the head. Not a zone's word: the works may stand in the zone and bear its name."""
    w = next((w for w in lexicons.roles("org_before_registered.txt")["relation"] if ctx.text.startswith(w, start)), None)
    return start + len(w) if w is not None and a - (start + len(w)) >= 2 else start


@functools.lru_cache(maxsize=1)
def output_rate() -> re.Pattern:
    """A plant's output rate and its figure (`project_output_words.txt`: "年产30万吨…"): after a build verb it
    opens the works' name (_past_build_verb_before_output); after a trade name opening a works' name, the
    works are that company's plant ("江苏沃锐年产500万平方米隔热膜项目": organizations._works_company)."""
    return re.compile(f"(?:{alternation_pattern(lexicons.words('project_output_words.txt'))})[0-9]")


@functools.lru_cache(maxsize=1)
def _rate_and_product_before() -> re.Pattern[str]:
    """An output rate, its figure and a product of CJK characters only, closing the text searched; no
    list's 等 or joint in the product ("年产12万吨高碳铬铁等项目": the list's label, not one works), no 的
    ("年产10万辆…的某某项目": a modifier of the name after it)."""
    rates = alternation_pattern(lexicons.words("project_output_words.txt"))
    return re.compile(rf"(?:{rates}){_CAPACITY_FIGURE}(?:(?![等和及与的])[{CJK_CHARS}]){{1,{LIMITS.rate_product_chars}}}$")


def _back_to_output_rate(ctx: SentenceContext, start: int, a: int) -> int:
    """A works named by its output rate, figure and product whose walk stopped inside the product at
    a word jieba tags an adverb or adjective ("年产20万吨锂电正极材料项目": 正极/ad): the name runs back
    to the rate (project_output_words.txt), over product words only."""
    m = _rate_and_product_before().search(ctx.text, max(0, a - LIMITS.rate_product_chars - 12), a)
    return m.start() if m is not None and m.start() < start else start


def opens_with_capacity(text: str, at: int, end: int) -> bool:
    """Does text[at:end] open with a plant's capacity figure and the product after it ("20万吨绿色高性能
    铝板带箔", "60万吨赖氨酸")? After a trade name opening a listed works' name, the works are that company's
    plant, as after an output rate (organizations._works_company)."""
    return _CAPACITY_OPENS.match(text, at, end) is not None


def _back_to_owned_capacity(ctx: SentenceContext, start: int, a: int) -> int:
    """A works named by its owner, capacity and product whose walk stopped inside the product at words
    jieba tags verbs ("某某钢铁集团300万吨热轧带钢项目": 热轧/v 带钢/v): where a company already found
    ends right before the capacity, the name runs back to the capacity over product characters only
    (and _over_capacity_owner then over the owner, ANNOTATION rule 8)."""
    m = _capacity_and_product_before().search(ctx.text, max(0, a - LIMITS.rate_product_chars - 12), a)
    if m is None or m.start() >= start:
        return start
    owned = any(o.type == ORG and o.local_end == m.start() for o in ctx.found)
    return m.start() if owned else start


@functools.lru_cache(maxsize=1)
def _capacity_and_product_before() -> re.Pattern[str]:
    """A capacity figure and a product of CJK characters only closing the text searched; no list's 等
    or joint, no 的 (as _rate_and_product_before, without the rate word)."""
    return re.compile(rf"{_CAPACITY_FIGURE}(?:(?![等和及与的])[{CJK_CHARS}]){{2,{LIMITS.rate_product_chars}}}$")


def _past_branch_before_output(ctx: SentenceContext, start: int, a: int) -> int:
    """A works' name start past a company's branch opening it, right before an output rate and its
    figure ("某某粮油集团某某分公司年加工50万吨稻谷生产线技改": org_branch_heads.txt ends the text
    before the rate): the branch is the clause's subject, apart from the works (ANNOTATION rule 8
    names it on its own); the works' name is the rate, its product and what follows."""
    rate = output_rate().search(ctx.text, start, a)
    if rate is None or rate.start() - start < CAPACITY_OWNERS.min_chars:
        return start
    return rate.start() if ctx.text.endswith(tuple(lexicons.words("org_branch_heads.txt")), start, rate.start()) else start


def _past_build_verb_before_output(ctx: SentenceContext, start: int, a: int) -> int:
    """A works' name start past a build verb (build_words.txt: 新建, 建设) that the walk ran over and
    that an output rate and its figure follow (project_output_words.txt: "华峰集团新建年产30万吨己二酸
    项目", "华峰集团将在化工园区新建年产…项目"): the builder and where it builds are the clause's
    subject and site; the works' name is the rate and its product."""
    text = ctx.text
    rate = output_rate().search(text, start)
    if rate is None or rate.start() >= a:
        return start  # no output rate opens inside the name: no build verb before one (most works)
    verbs = lexicons.word_set("build_words.txt")
    after = [t.end for t in ctx.tokens if start <= t.start and t.end < a and t.word in verbs and output_rate().match(text, t.end)]
    return after[-1] if after else start


# conjunctions of an event's title that jieba glues to the name after them and that open no name
# ("集中开工暨金石…生产线项目开工仪式": the works are 金石…生产线项目; joining_words.tsv)
_TITLE_CONJUNCTIONS = lexicons.roles("joining_words.tsv")["title"]


def _glued_conjunction(ctx: SentenceContext, start: int, a: int) -> int:
    """1 where the span opens with a title's conjunction (暨) inside a word no dictionary knows
    (jieba's 暨金石; not 暨南大学, a word of its own), two characters or more left; else 0."""
    if a - start < 3 or start == 0 or ctx.text[start] not in _TITLE_CONJUNCTIONS and not _joins_objects_of_verb(ctx, start):
        return 0
    t = ctx.token_starting_at(start)
    if t is not None and len(t.word) > 1 and word_freq(t.word):
        return 0
    return 1


def _joins_objects_of_verb(ctx: SentenceContext, start: int) -> bool:
    """Is the character at `start` a list's conjunction (和, 与: joining_words.tsv "and") right after a
    verb, joining its objects ("推动榆安大型灌区建设和景电灌区、靖会灌区现代化改造": jieba's 和景电)?"""
    before = ctx.token_ending_at(start)
    return ctx.text[start] in _LIST_CONJUNCTIONS and before is not None and before.pos.startswith("v")


_LIST_CONJUNCTIONS = lexicons.roles("joining_words.tsv")["and"]


def trim_openers(ctx: SentenceContext, start: int, a: int) -> int:
    """Scope words, determiners, batches and leading verbs ("全省", "一些", "第二批", "新开工",
    "研究") open a span but are not part of a name: the name starts after the last one that is
    whole jieba tokens inside the stem ("严肃查处一些地区…" → "地区…")."""
    text = ctx.text
    openers = lexicons.words("project_openers.txt")
    lead_only = lexicons.mapping("project_openers.txt")
    starts = ctx.token_start_set
    ends = ctx.token_end_set
    start += _glued_conjunction(ctx, start, a)
    cut = start
    for i in range(start, a):
        if i != start and i not in starts:
            continue
        # "g328一级公路": a grade (searched only after a digit, or a newline $ may stand before)
        code = (text[i - 1:i].isdecimal() or text[i - 1:i] == "\n") and _ROUTE_CODE_BEFORE.search(text, 0, i)
        m = _BATCH.match(text, i, a) if not code else None
        w = m.group() if m else next((w for w in words_opening(openers, text, i) if text.startswith(w, i) and i + len(w) < a
                                      and (i == cut or w not in lead_only)
                                      and not (lead_only.get(w) == "unlisted" and text[i - 1:i] == "、")
                                      and not text.startswith("至", i + len(w))), None)  # "江城至榆城高速公路": a route's end
        if w and (i + len(w) in ends or i + len(w) == a or (i == start and text[:i].endswith("("))  # "(含龙颈水库扩建)"
                  or _verb_glued_to_own_level(ctx, i, w)):
            cut = i + len(w)
    return a if cut < a and text[cut:a] in lexicons.word_set("project_openers.txt") else cut  # "新开工改造": no name at all


def _verb_glued_to_own_level(ctx: SentenceContext, i: int, w: str) -> bool:
    """Is the opener `w` at `i` glued by jieba to the level character of the report's own division
    into one word ("新建|县全民健身中心" read 新建县, a former county's name, in a county's report)? The
    level names the report's own area there ("县全民健身中心"), the verb opens the clause."""
    own = ctx.doc.own.division
    t = ctx.token_starting_at(i)
    return own is not None and t is not None and t.word == w + own.name[-1] and own.name[-1] in lexicons.LEVEL_CHARS


# marks that end the clause a works is built in
_CLAUSE_MARKS = ",;。:!?"
# a part of a plant or station (project_part_unit_heads.txt) counted or named the first of its kind
_PART_UNIT_HEADS = frozenset(lexicons.words("project_part_unit_heads.txt"))
_UNITS_COUNTED = re.compile(r"首[台批条]$|全部$|[\d一二两三四五六七八九十]+[台条批]")
# a station's building named after the railway the station is on ("某某高铁某某东站站房")
_STATION_BUILDING = "站房"
_ROUTE_BEFORE_STATION = re.compile(rf".+?(?:{alternation_pattern(lexicons.words('project_route_kinds.txt'))})(?=.{{2,}}站$)")
# a verb that shuts down what follows it in the clause (project_closing_verbs.txt)
_CLOSED_DOWN = re.compile(alternation_pattern(lexicons.words("project_closing_verbs.txt")))
# words after a facility's name that make it the name of an area (project_facility_area_words.txt)
_FACILITY_AREA_WORDS = tuple(lexicons.words("project_facility_area_words.txt"))
# a count of facilities closing the clause right after a works' name: a kind counted ("…中心5个,"; the
# units of project_amount_units.txt marked count, not the lengths and areas: "…公路12公里" is one road)
_COUNTED_AFTER = re.compile(r"\d+(?:%s)(?=[,;。、]|$)" % alternation_pattern(
    r[0] for r in lexicons.rows("project_amount_units.txt") if r[1:] == ("count",)))
_AMOUNT = re.compile(rf"\d+(?:\.\d+)?(?:万|亿)?(?:{lexicons.alternation('project_amount_units.txt')})")
# measures of a kind of facility: "高速公路通车总里程", "行政村通双车道公路覆盖率"
_MEASURE_AFTER = re.compile(r"(?:通车|运营|投产)?总?里程|覆盖率|密度|吞吐量|保有量")


def built_in_clause(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the clause around text[a:b] build, open, plan or run the works ("建成…", "…开工",
    "规划建设…", "…全线运行")? Not when an amount follows (a kind of facility counted)."""
    text = ctx.text
    if _AMOUNT.match(text, b):
        return False  # "新建高速铁路2000公里": an amount of a kind of facility, not one facility
    before, after = _clause_around(ctx, a, b, _CLAUSE_MARKS)
    if _BUILDS_AFTER.search(after) or _BUILDS_BEFORE.search(before):
        return True
    # "…提标改造前期工作"; a list's stage after its 等 ("推进闽西南水资源配置工程、龙湘水库等前期工作")
    return after.removeprefix("等").startswith(_STAGE_WORDS)


# a clause builds the works if a build word follows it, or one not marked "after" comes before it
# (one regex search in C each, not an `in` a word: ~26 a call)
_BUILDS_AFTER = re.compile(alternation_pattern(lexicons.words("build_words.txt")))
_BUILDS_BEFORE = re.compile(alternation_pattern(w for w in lexicons.words("build_words.txt")
                                                if w not in lexicons.mapping("build_words.txt")))
_STAGE_WORDS = tuple(lexicons.mapping("stages.txt"))


def _clause_around(ctx: SentenceContext, a: int, b: int, marks: str) -> tuple[str, str]:
    """The text of the clause (between `marks`) before text[a:b] and after it."""
    start, _ = ctx.sentence.clause_at(a, marks)
    _, end = ctx.sentence.clause_at(b, marks)
    return ctx.text[start:a], ctx.text[b:end]


def _found_name_in(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a place or organization found inside text[a:b] (not a city's quarter like 新城)?"""
    return any(m.type in (PLACE, ORG) and a <= m.local_start and m.local_end <= b and m.text not in URBAN_AREAS
               for m in ctx.found)


def _names_something(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] hold a proper name: a place or organization found there, or a rare word?"""
    if _found_name_in(ctx, a, b) or _opens_with_trade_name(ctx, a, b):
        return True
    stem = ctx.text[a:b]
    if any(m.type == PLACE and a <= m.local_start < b and m.text not in URBAN_AREAS for m in ctx.found):
        return True  # a place that begins there, though jieba joined it with the head ("广州港")
    lead = place_lexicon_pattern().match(stem)
    if lead and tokenizer_tags().word_tag_tab.get(lead.group(), "ns") == "ns" and lead.group() not in URBAN_AREAS:
        return True  # a division jieba joined with the head ("广州港"), not a common word ("新兴市场")
    if abbreviated_places(ctx, a, b) or _place_initials(ctx, stem):
        return True  # "港珠澳大桥", "藏粤直流", "广清经济特别合作区"
    # a capacity names a works ("110千伏"), a count does not ("67栋")
    return is_proper(stem, strict=True) or bool(re.search(r"\d+(?:千伏|万?千瓦|万?吨|米|公里)", stem))


def _opens_with_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] open with the trade name (字号, `trade_name_of_registered`) of a company the sentence
    names by its registered name before it, with more of the works' name after it ("…与某省山玉建材科技
    有限公司举行山玉绿色建材项目签约": 山玉, a name jieba cuts into single characters)? A company's works
    are named by its trade name and product (ANNOTATION rule 8)."""
    for m in ctx.found:
        if m.type == ORG and m.local_end <= a:
            trade = trade_name_of_registered(m.text)
            if trade and b - a > len(trade) and ctx.text.startswith(trade, a):
                return True
    return False


def _place_initials(ctx: SentenceContext, stem: str) -> bool:
    """Does the stem open with a word jieba does not know, made of the first characters of the
    report's own prefectures ("广清": 广州 and 清远, in a Guangdong report)? Cities joined by a
    works or a zone are named so."""
    province = ctx.doc.own.province
    if province is None or not stem:
        return False
    initials = _prefecture_initials(province)
    if stem[0] not in initials or stem[1:2] not in initials:
        return False  # the first word's first two characters are the stem's: no need to cut it
    first = next(iter(tokenizer_tags().cut(stem))).word
    return (2 <= len(first) <= 3 and not word_freq(first)
            and all(c in initials for c in first))


@functools.lru_cache(maxsize=64)
def _prefecture_initials(province: str) -> frozenset[str]:
    return frozenset(d.name[0] for d in lexicons.divisions().values() if d.level == "prefecture" and d.code.startswith(province))


def abbreviated_places(ctx: SentenceContext, a: int, b: int) -> bool:
    """Two or more one-character abbreviations in a row ("港/珠/澳", "藏/粤"): the places a route
    or crossing joins, named by their first characters."""
    run = 0
    for t in ctx.tokens:
        if a <= t.start and t.end <= b:
            run = run + 1 if len(t.word) == 1 and t.pos == "j" else 0
            if run >= 2:
                return True
    return False


# "A、B、C等项目", "A、B等重大文化设施", "A等23个…重大工业项目": a list labelled as works
# "400万吨褐煤提质", "5万千瓦风电": an item sized by its capacity is one works, not an amount
# a capacity before what the plant makes, in words or by its product's code ("250万吨PTA", "180万吨PET")
# (or as a rate, "50万吨/年聚乙醇酸": the form of 年产N in an industrial works' name, _over_rate_capacity)
_CAPACITY_FIGURE = rf"\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)?万?(?:{lexicons.alternation('project_capacity_units.txt')})"
_CAPACITY_OPENS = re.compile(rf"{_CAPACITY_FIGURE}(?:/年)?(?:[{CJK_CHARS}]{{2,}}|[A-Z]{{2,}})")
# a capacity written as a rate that ends right before the works' product ("3万辆/年", "50万吨/年")
_RATE_CAPACITY = re.compile(rf"{_CAPACITY_FIGURE}/年$")
# the words that label a list as works; every list of them holds one after its 等, so a sentence
# with none after its first 等 is not searched (~2 in 3 of the sentences holding 等: ~3 ms a pass
# over the samples and Hailar, the regex's lazy runs tried from every position)
_ENUM_LABELS = ("项目", "工程", "设施", "平台")
# an item of up to 14 characters, or a longer one with no joint in it ("江苏阔拼科岩服饰高档运动夹克衫"; a long
# "A和B" or "A及B" is two items or two parts of one, left to the rules for joints: "S101西充段及都京港嘉陵江大桥")
_ENUM_ITEM = (rf"(?:[{CJK_CHARS}A-Za-z0-9“”()×.-]{{2,14}}|(?:(?![和及与])[{CJK_CHARS}A-Za-z0-9“”()×.-])"
              rf"{{15,{LIMITS.listed_item_chars}}})")
# the sum invested in one item of a list, before its name ("投资14亿元X", "总投资150亿元的A"): no part of the name
_ITEM_SUM = r"(?:总?投资)?约?\d+(?:\.\d+)?[万亿]元"
# an item's sum with its 的 is read outside the item's length ("总投资150亿元的A、…等项目"; _past_item_sum drops it)
_ENUM_ITEM_SUM = rf"(?:{_ITEM_SUM}的)?"
_ENUM_PROJECTS = Guarded("等", rf"((?:{_ENUM_ITEM_SUM}{_ENUM_ITEM}、)*{_ENUM_ITEM_SUM}{_ENUM_ITEM})",
                         tail=rf"等(?:\d+[余多]?[个项](?:\d+(?:\.\d+)?[万亿]元以上)?[{CJK_CHARS}、]{{0,12}}?|一[批大](?:\d+(?:\.\d+)?[万亿]元以上)?[{CJK_CHARS}、“”]{{0,12}}?|\d+(?:\.\d+)?[万亿]元以上[{CJK_CHARS}]{{0,6}}?|(?:(?![和及])[{CJK_CHARS}]){{0,8}}?)(?:{'|'.join(_ENUM_LABELS)})(?!{lexicons.alternation('project_enum_label_not_after.txt')})")


# a road named by its line, two to four characters and 线 ("新柳线", "G331线"), listed before works on roads
_ROAD_LINE_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,4}线")
_ROUTE_KINDS = tuple(lexicons.words("project_route_kinds.txt"))


def _road_line_item(item: str, m: re.Match) -> bool:
    """Is the item a road by its line ("新柳线、上徐线等16项公路维修及新改建工程": two roads worked on)?
    Only where the label after 等 names a kind of route (project_route_kinds.txt): elsewhere X线 may be
    a production line or a line of defence."""
    label = m.group()[len(m.group(1)) + 1:]
    return bool(_ROAD_LINE_ITEM.fullmatch(item)) and any(kind in label for kind in _ROUTE_KINDS)


def _abbreviated_route_item(ctx: SentenceContext, a: int, b: int, m: re.Match, items: list[tuple[int, int]]) -> bool:
    """Is the two-character item a route named by the first characters of its ends ("续建甲乙、丙丁戊、
    己至庚等6个铁路项目": 甲乙 is a railway)? Only in a list labelled by a kind of route, where another
    item names a route by three ends or by 至, and the item is no place or body."""
    label = m.group()[len(m.group(1)) + 1:]
    item = ctx.text[a:b]
    if (b - a != 2 or not re.fullmatch(f"[{CJK_CHARS}]{{2}}", item) or not any(kind in label for kind in _ROUTE_KINDS)
            or ctx.taken(a, b, (PLACE, ORG))):
        return False
    others = [ctx.text[x:y] for x, y in items if (x, y) != (a, b)]
    return any("至" in x or re.fullmatch(f"[{CJK_CHARS}]{{3}}", x) for x in others)


def _no_item_of_works(ctx: SentenceContext, a: int, b: int, generic: frozenset[str], m: re.Match,
                      items: list[tuple[int, int]], found: list[tuple[int, int]]) -> bool:
    """Is the listed item text[a:b] a works found already, category words, a walk over an earlier
    list's 等 ("支持济南、青岛、泰安等市推进火箭、…等重大项目"), or one of a list of kinds under a class
    label (`_kinds_under_class_label`: "高端装备、信息网络…等重大项目")?"""
    return (ctx.taken(a, b, (PROJECT,)) or is_generic(ctx.text[a:b], generic) or _across_list_etc(ctx, a, b)
            or _kinds_under_class_label(ctx, m, items, found))


# a list's label of a class of projects: 等, then a word of rank (project_class_list_labels.txt) a few
# characters before 项目 ("等重大项目", "等重点项目", "等重大产业项目")
_CLASS_LIST_LABEL = re.compile(rf"等(?:{lexicons.alternation('project_class_list_labels.txt')})[{CJK_CHARS}]{{0,4}}项目$")


def _kinds_under_class_label(ctx: SentenceContext, m: re.Match, items: list[tuple[int, int]],
                             found: list[tuple[int, int]]) -> bool:
    """Is the list `m` labelled by a class of projects (`_CLASS_LIST_LABEL`: "…等重大项目") a list of fields
    or kinds of works ("信息网络、集成电路…", "特高压输电、智能电网…", "骨干水源、江河湖泊治理…"): four or
    more items (LIMITS.class_list_min_items), none naming a place or organization found in it, holding a
    figure or works found by their heads, and at most a quarter of them rare words (`is_proper`)? Such a
    label is a category; a list of which one item names works names works ("第四使馆区、雁栖湖国际会都等
    重点项目", "齐鲁石化鲁油鲁炼、玖德化学新材料等重大项目")."""
    if _CLASS_LIST_LABEL.search(m.group()) is None or len(items) < LIMITS.class_list_min_items:
        return False
    text = ctx.text
    if any(_found_name_in(ctx, a, b) or re.search(r"\d", text[a:b]) or any(x < b and a < y for x, y in found)
           for a, b in items):
        return False
    # (most items common words: a rare word or two among them is a field's term, "集成电路", "江河湖泊治理")
    return sum(is_proper(text[a:b], strict=True) for a, b in items) * 4 <= len(items)


def _listed_items(ctx: SentenceContext, m: re.Match) -> list[tuple[int, int]]:
    """The items of a list of works, the first walked back over heads."""
    return list_items(ctx, m, **LIMITS.listed_item.limits, through_heads=True, strict=False)


def _split_joined_routes(ctx: SentenceContext, m: re.Match, items: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Items of a list labelled by a kind of route ("启动长四辽通、敦牡和四梅集扩能等铁路项目") that join two
    routes by 和, each named by its ends' first characters and maybe a works word after them (扩能, 扩容:
    project_works_qualifiers.txt), are two routes (敦牡; 四梅集扩能), also where the segmenter glued 和 to
    the name before it (敦/牡和); no half may be a place or body found. The items, and the halves so split."""
    label = m.group()[len(m.group(1)) + 1:]
    if not any(kind in label for kind in _ROUTE_KINDS):
        return items, set()
    out, halves = [], set()
    for a, b in items:
        joint = ctx.text.find("和", a, b)
        parts = ((a, joint), (joint + 1, b))
        if joint > a and ctx.text.count("和", a, b) == 1 and all(_route_by_initials(ctx, x, y) for x, y in parts):
            out += parts
            halves.update(parts)
        else:
            out.append((a, b))
    return out, halves


def _route_by_initials(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a route named by its ends' first characters (2-4 of them), a works word maybe after
    them ("四梅集扩能"), and no place or body found?"""
    name = ctx.text[a:b]
    core = name.removesuffix(next((w for w in lexicons.words("project_works_qualifiers.txt") if name.endswith(w)), ""))
    low, high = WORKS_BY_KIND.route_abbreviation_chars
    return (low <= len(core) <= high and re.fullmatch(f"[{CJK_CHARS}]+", core) is not None
            and not ctx.taken(a, b, (PLACE, ORG)))


def _short_name_of_works(ctx: SentenceContext, a: int, b: int, m: re.Match, items: list[tuple[int, int]]) -> bool:
    """Is the two-character item one works: a route by its ends' first characters or a plant by its site?"""
    return _abbreviated_route_item(ctx, a, b, m, items) or _plant_by_its_site(ctx, a, b, m)


def _plant_by_its_site(ctx: SentenceContext, a: int, b: int, m: re.Match) -> bool:
    """Is the two-character item a power plant named by its site ("建成投产大湾、盘南等煤电项目": 大湾 is a
    plant)? Only in a list labelled by a kind of plant (project_plant_list_kinds.txt), where the item is
    no body found nor a kind or trade (generic_projects.txt, industries.txt: "风电", "光伏")."""
    label = m.group()[len(m.group(1)) + 1:]
    item = ctx.text[a:b]
    return (b - a == 2 and re.fullmatch(f"[{CJK_CHARS}]{{2}}", item) is not None
            and any(kind in label for kind in lexicons.words("project_plant_list_kinds.txt"))
            and not ctx.taken(a, b, (ORG,)) and item not in lexicons.word_set("generic_projects.txt")
            and item not in lexicons.word_set("industries.txt"))


def _new_opens_item(ctx: SentenceContext, a: int, b: int, m: re.Match) -> bool:
    """Is the 新 the walk stopped after the first character of the list's first item: a new one of a
    kind, a trade name or a road's line ("新天龙技术改造", "新柳线")?"""
    return _new_one(ctx.text[a - 1:b]) or _trade_name_after_new(ctx, a) or _road_line_item(ctx.text[a - 1:b], m)


# the parts of speech of a word that describes, never names (无公害/l, 高品质/b, 现代化/vn…)
_DESCRIPTIVE_POS = ("l", "a", "ad", "an", "b", "i", "d", "v", "vn", "z")


def _one_descriptive_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] one word jieba knows as a description ("无公害、反季节蔬菜基地": pollution-free), a list's
    qualifier and no works' name?"""
    tok = ctx.token_starting_at(a)
    return tok is not None and tok.end == b and tok.pos in _DESCRIPTIVE_POS


def _enumerated_projects(ctx: SentenceContext, found: list[tuple[int, int]]) -> list[Mention]:
    """"推进博视长远终端研发、华电高端装备制造、远大装配式建筑等项目": the items of a list of
    projects. An item holding works found by their heads (`found`) replaces them when it names
    more ("海拉尔公路客运总站"); one crossing them or joining two by 和 is left to them. An item
    with a proper name or a head is a project; so is one of four or more characters without them
    ("远大装配式建筑") in a list labelled 项目 where another item has one: the list names works."""
    out = []
    etc = ctx.text.find("等")
    if etc < 0 or not any(ctx.text.find(label, etc) >= 0 for label in _ENUM_LABELS):
        return out  # no list labelled as works here
    generic = lexicons.word_set("generic_projects.txt")
    for m in _ENUM_PROJECTS.finditer(ctx.text):
        named, plain, companies, proper = [], [], [], []
        items, routes = _split_joined_routes(ctx, m, _split_at_he(ctx, split_at_conjunction(ctx, _listed_items(ctx, m))))
        if m.group().endswith("设施") and lists_kinds(ctx, items):
            continue  # "提升重点流域沿线道路、电力、通信等基础设施韧性": kinds of infrastructure, no works named
        for n, (a, b) in enumerate(items):
            if n == 0 and ctx.text[:a].endswith(lexicons.words("project_kind_quantifiers.txt")):
                break  # "建设一批人工智能平台、…等新型基础设施": kinds counted, no named works
            if n == 0 and (a := _first_item_start(ctx, m, a, b)) is None:
                continue
            if n == 0 and _platforms_put_to_use(ctx, m, a):
                break  # "发挥某某科创中心等平台作用": platforms at work, not built
            items[n] = ((a := _past_item_sum(ctx, _abbreviation_before(ctx, "", a, b), b)), b)  # "沿淮洼地治理、…等项目"
            item = ctx.text[a:b]
            overlaps = [(x, y) for x, y in found if x < b and a < y]
            if any(not (a <= x and y <= b) or "和" in item for x, y in overlaps):
                named.append(None)  # works found by their head inside or across the item ("二期和黄茅峡水库")
                continue
            if _labels_company_works(m) and _known_company(ctx, a, b) and not ctx.taken(a, b, (PROJECT,)):
                companies.append((a, b))  # "中储粮、东方发电…等18个续建项目": the company's works, where list-mates are works
                continue
            if b - a < 3 and not ((a, b) in routes or _short_name_of_works(ctx, a, b, m, items)) or _no_item_of_works(ctx, a, b, generic, m, items, found):
                continue
            if _listed_non_works(ctx, m, a, b, generic):
                continue
            if m.group().endswith(("设施", "平台")):
                if _ends_in_head(item):
                    named.append((a, b))  # facilities and platforms by their heads ("湛江文化中心"), not kinds ("无人驾驶")
                elif is_proper(item, strict=True) and not _joins_a_headed_name(item):
                    proper.append((a, b))  # "东部华侨城、甲乙酒店…等一批旅游设施": a proper name, a facility where list-mates are
            elif (b - a == 2 or is_proper(item, strict=True) or _head_pattern().search(item) or _found_name_in(ctx, a, b)
                  or _road_line_item(item, m) or _CAPACITY_OPENS.match(item)):
                named.append((a, b))  # a name, a head or a capacity says which ("迎林局掺混肥": the body's works; two characters:
                # a route; "6万吨电解锰": a plant sized by its capacity, one works, as in genre_capacity_works)
            elif (b - a >= 4 or b - a == 3 and is_proper(item) and not _one_descriptive_word(ctx, a, b)) and item not in lexicons.word_set("industries.txt"):
                plain.append((a, b))  # "产业结构调整" is an aim unless its list names works; "智能制造" a kind
        works = [x for x in named if x is not None]
        if works and _COUNTED_LIST.search(m.group()):
            works += proper  # a batch or count of facilities one of which a head names: its proper names are facilities too
        if (named or _counted_examples(ctx, m, plain) or _local_list_run(ctx, m, plain, items)) and m.group().endswith("项目"):
            works += plain
        if works:
            works += companies  # a known company listed among works names its works too
        out.extend(ctx.mention(PROJECT, a, b, source="enumeration", **_site_attrs(ctx, a, b)) for a, b in sorted(works))
    return out


def _site_attrs(ctx: SentenceContext, a: int, b: int) -> dict:
    """The attributes of an item of a list of works that is a port, river or lake found as a place by
    its name alone, no head of a works in it ("实施满洲里、二连浩特等重点口岸提升工程", "实施清水河、苦水河等
    综合治理工程"): a place the works named after 等 are done at, no works. It is found as one here for
    the rules that read its list-mates (coordinated_places: 策克 beside 满洲里), and dropped before it is
    resolved (kg.resolve.not_works: `listed_site`)."""
    site = b - a > 2 and not _head_pattern().search(ctx.text[a:b]) and ctx.found_at(a, b, PLACE)
    return {"listed_site": True} if site else {}


def lists_kinds(ctx: SentenceContext, items: list[tuple[int, int]]) -> bool:
    """Does a list of facilities (closed by 等…设施) name kinds: one of its items a bare head of works
    ("铁路", "停车场"), category words (generic_projects.txt: "旅游", "文化体育") or one common word of up to
    three characters, no proper name ("供电", "通信", "电力")? Then its list-mates are kinds too ("起步区道路、
    供电、供水、排水等基础设施", "农田水利、铁路、高速公路等重点基础设施"), no works named."""
    generic = lexicons.word_set("generic_projects.txt")
    for a, b in items:
        item, token = ctx.text[a:b], ctx.token_starting_at(a)
        if _head_pattern().fullmatch(item) or is_generic(item, generic) or (
                token is not None and token.end == b and b - a <= 3 and all_cjk(item) and not is_proper(item, strict=True)):
            return True
    return False


_USE_VERB = re.compile(alternation_pattern(lexicons.words("project_list_use_verbs.txt")))


def _platforms_put_to_use(ctx: SentenceContext, m: re.Match, a: int) -> bool:
    """Does the clause put the list of platforms or facilities (closed by 等…平台, 等…设施) opening at `a` to
    use, or cultivate them as a kind: a verb of project_list_use_verbs.txt between the clause's start and the
    first item ("发挥某某科创中心等平台作用", "加快培育高水平工业设计中心…等共性技术平台")?"""
    text = ctx.text
    return m.group().endswith(("设施", "平台")) and _USE_VERB.search(text, clause_start(text, a, _CLAUSE_MARKS), a) is not None


def _first_item_start(ctx: SentenceContext, m: re.Match, a: int, b: int) -> int | None:
    """Where the first item of a list of projects begins, the walk to it mended; None where its
    start is lost."""
    a = _before_plant_works(ctx, m.start(1), a, b)
    a = _after_own_sum(ctx, m.start(1), a, b)
    # "签约中沄通达储能柜组装、…等项目": the walk stopped at a verb of the first item's name
    a = _past_site(ctx, trim_openers(ctx, _over_verbs_inside(ctx, a), b), b) if a == b or content_verb_before(ctx, a) else _past_verb_chain(ctx, a, b)
    a = _over_cut_industry(ctx, trim_openers(ctx, a, b), b)  # "新开工太原西北环、…等…项目"
    a = _over_adverb_in_name(ctx, _unknown_word_before(ctx, a, b, b), b)
    a = _after_year(ctx, a)
    if _inside_industry(ctx.text, a) or a > m.start(1) and _walk_capped_in_name(ctx, a, b):
        return None  # the walk stopped inside 新材料 ("其龙新材料二期") or at its cap inside the name: its start is lost
    if ctx.text[:a].endswith("新") and _new_opens_item(ctx, a, b, m):
        a -= 1  # the walk stopped after 新 ("加快新索道、…等项目", "新天龙技术改造、…等13个项目")
    return _subject_list_start(ctx, m, _past_split_new_opener(ctx, a, b), b)


def _listed_non_works(ctx: SentenceContext, m: re.Match, a: int, b: int, generic: frozenset[str]) -> bool:
    """Is the list item text[a:b] no works' name, whatever its list-mates are?"""
    item = ctx.text[a:b]
    if re.match(r"\d", item) and not _CAPACITY_OPENS.match(item) or _head_pattern().fullmatch(item) \
            or covered_by(ctx, a, b, ORG) and not (_labels_company_works(m) and _company_and_trade(ctx, a, b)
                                                   or _listed_institution(item)):
        return True  # an amount ("6公里路网"), a bare head ("产业园"), an organization ("市委党校")
    if gateway_at(ctx.text, a, b) or _designation_kind_only(ctx, a, b):
        return True  # "实施新北出口…等工程": a city's gateway, where works are done (listed_gateways); "跨境电商综合试验区等平台": a kind
    if re.search(r"(?<!第)(?:\d+|[一二三四五六七八九十两几]+)[个条座所处台]", item):
        return True  # a counted set ("哈萨尔和东升路两个市民广场", "新建5条主干道路", hailar-2013)
    if "的" in item:
        return True  # "保障和改善民生的…": an aim, not an undertaking
    if division_in_full(item) and ctx.found_at(a, b, PLACE):
        return True  # "甲县、乙县等重金属污染治理项目": each division's works, the division a place
    if item.endswith(_UPKEEP_ACTIONS) and not _found_name_in(ctx, a, b):
        return True  # "城市绿化", "道路硬化": upkeep done everywhere, where no place or body names one
    return _kind_by_head(item, generic) and not _new_one(item)  # "市区变电站等电网改造项目": category words and a head, a kind


def _listed_institution(item: str) -> bool:
    """Is the listed item a school, hospital, museum or home named by its kind (institution_kinds.txt, the
    words of two characters or more: 厂 alone also ends companies' names)? Listed as projects ("三中分校、
    桃李中学等公共服务项目前期工作", "向阳幼儿园等6个项目全部完工") it is being built: a project with
    alt_types Organization (ANNOTATION rule 2), as every gold writes it."""
    kind = next((k for k in _institution_kinds() if item.endswith(k)), None)
    return kind is not None and _ZONE_IN_STEM.search(item[:-len(kind)]) is None


@functools.lru_cache(maxsize=1)
def _institution_kinds() -> tuple[str, ...]:
    """The kinds `_listed_institution` reads: institution_kinds.txt's of two characters or more, and 分校."""
    return tuple(k for k in lexicons.words("institution_kinds.txt") if len(k) > 1) + _SCHOOL_BRANCHES


# a school's branch or campus named after it ("三中分校"): a school too
_SCHOOL_BRANCHES = ("分校",)
# a zone or quarter before the institution's own name ("某某河工业区幸福学校"): where it stands, which the
# golds leave out of its name; such an item is left to the organization rules (区 opening the stem is the
# district's short form: "区人民医院")
_ZONE_IN_STEM = re.compile(r"(?<=..)[区园]")


def _joins_a_headed_name(item: str) -> bool:
    """Is the item two names joined, the first ending in a facility's head ("九鱼公园及七巧马莲": 九鱼公园,
    then another)? Then it is no one proper name (the joined works are found apart)."""
    return any(c in LIST_JOINERS[1:] and _ends_in_head(item[:i]) for i, c in enumerate(item) if i)


def _subject_list_start(ctx: SentenceContext, m: re.Match, a: int, b: int) -> int:
    """Where the first item of a list that is its clause's subject begins: at the clause's start, where
    the walk back stopped inside the item's name at a verb of it ("亿珂粗氩尾气回收提纯再利用、甲乙炭纤维等
    6个配套项目陆续完工": the walk stops at 利用). Only where the label is followed by a stage of the works
    (project_list_stage_words.txt, after an adverb: "陆续完工", "建成投产"), the clause opens with a name's
    word (a noun, an abbreviation, a word the dictionary lacks: no verb, time or count) and holds no
    stage word before the item (no "新开工", "签约", "加快推进": those verbs take the list as object)."""
    text = ctx.text
    clause = clause_start(text, a, "，。；,;：:")
    if clause >= a or b - clause > LIMITS.listed_item_chars or not _stage_follows(text, m.end()):
        return a
    opening = _tokens_between(ctx, clause, a)[:2]
    stages = lexicons.words("project_list_stage_words.txt")
    if (not opening or opening[0].start != clause or any(t.pos.startswith(_NOT_SUBJECT_OPENING_POS) for t in opening)
            or _COUNT_OPENING.match(text, clause) or any(w in text[clause:a] for w in stages)):
        return a  # a verb or adverb opens the clause ("全力推动甲乙铁路", "深度融入…"): the list is its object
    if any(m.type == PROJECT and clause <= m.local_start and m.local_end <= a for m in ctx.found):
        return a  # a works found before the walk's stop ("甲至乙铁路及丙丁铁路扩能改造"): two works joined, not one name
    before = text[clause:a]
    if _ends_in_head(before) or before.endswith(tuple(lexicons.words("place_zone_heads.txt"))):
        return a  # the walk stopped after a works' or a zone's head ("某某物流园区|某某科技云计算"): the site, named apart
    return clause


# the parts of speech of a clause's first word that is no name's: verbs, adverbs, prepositions,
# conjunctions, times, pronouns, places' directions, particles, measure words (jieba's tags)
_NOT_SUBJECT_OPENING_POS = ("v", "d", "p", "c", "t", "r", "f", "u", "q")
# a figure, count or ordinal opening the clause ("2023年", "3个", "一是"): no name's first word
_COUNT_OPENING = re.compile(r"[\d一二三四五六七八九十两]")


def _stage_follows(text: str, at: int) -> bool:
    """Does a stage word of works (project_list_stage_words.txt) follow `at`, perhaps after an adverb
    (genre_predicate_adverbs.txt: "陆续", "顺利")?"""
    adverbs = lexicons.longest_first(lexicons.words("genre_predicate_adverbs.txt"))
    rest = text[at:]
    rest = rest[len(next((w for w in adverbs if rest.startswith(w)), "")):]
    return rest.startswith(tuple(lexicons.words("project_list_stage_words.txt")))


# the sum invested in one item of a list, before its name (`_past_item_sum`)
_ITEM_INVESTED = re.compile(rf"{_ITEM_SUM}(?:的)?")


def _after_own_sum(ctx: SentenceContext, start: int, a: int, b: int) -> int:
    """Where the first item of a list begins when the sum invested in it stands before its name and
    the walk back from its end stopped inside that name ("投资14亿元大众国轩三元正极材料、15亿元…等32个
    项目": the walk stops at 三元): right after the sum, which bounds the name as a mark would, where a
    name of two characters or more is left and opens with no verb ("投资4.5亿元实施了标准化幼儿园、…": the
    sum and its verb open the list, the walk finds the item's start); else `a`."""
    sums = [s for s in _ITEM_INVESTED.finditer(ctx.text, start, a) if s.end() <= a]
    first = ctx.token_starting_at(sums[-1].end()) if sums else None
    if first is None or first.pos.startswith("v") or b - first.start < 2:
        return a
    return first.start


def _past_item_sum(ctx: SentenceContext, a: int, b: int) -> int:
    """Where an item of a list of projects begins after the sum invested in it ("投资14亿元X、15亿元Y等
    32个项目": each item's sum is no part of its name), where a name of two characters or more is left."""
    invested = _ITEM_INVESTED.match(ctx.text, a, b)
    return invested.end() if invested and b - invested.end() >= 2 else a


# the parts of speech of a word a name may open or run through: nouns, adjectives, distinguishing
# words, abbreviations (jieba's n*, a*, b, j)
_NAME_WORD_POS = ("n", "a", "b", "j")


# a year that opens a list ("2021年新城站综合交通枢纽、…等项目", "2023年沪渝蓉高铁武宜段、…等项目")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年")


def _after_year(ctx: SentenceContext, a: int) -> int:
    """Where a list's first item begins when a year stands before it: right after the year, where the
    walk stopped inside the year ("年|新城站") or cut off the name's first character, a one-character
    abbreviation or noun ("年沪|渝蓉高铁"; not a word that is no part of it: "2019年在…"), or where the
    walk took the whole year in (a first item as long as `LIMITS.listed_item` allows: "|2021年新城站")."""
    if (whole := _YEAR_BEFORE.match(ctx.text, a)) is not None:
        first = ctx.token_starting_at(whole.end())
        return whole.end() if first is not None and first.pos.startswith(_NAME_WORD_POS) else a
    year = _YEAR_BEFORE.search(ctx.text, max(0, a - 6), min(len(ctx.text), a + 1))
    if year is None or year.end() not in (a - 1, a + 1):
        return a
    if year.end() == a + 1:
        return year.end()
    first = ctx.token_starting_at(year.end())
    return year.end() if first is None or first.pos.startswith(("j", "n")) else a


_COUNTED_SET = re.compile(r"(?<!第)(?:\d+|[一二三四五六七八九十两几]+)[个条座所处台]")


def _names_works(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] read as one works by itself: a works head ends it or a capacity opens it, and no
    count makes it a set ("东升路两个市民广场")?"""
    item = ctx.text[a:b]
    return (_ends_in_head(item) or bool(_CAPACITY_OPENS.match(item))) and not _COUNTED_SET.search(item)


def _joint_at(ctx: SentenceContext, i: int, joint: str = "和") -> bool:
    token = ctx.token_starting_at(i)
    return token is not None and token.word == joint


def _split_at_he(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Works joined by 和 in a list labelled works are two items (issue 9, session 18: only the one after
    和 was found). "加快五金机电建材城和二手车交易市场等项目": the walk to the first item stops at 和, so
    the works before it are one more first item; "A、B和C等项目": an item holding one 和 between two
    works is two when both sides read as works by themselves (`_names_works`; "68公里二级和三级管网改造"
    is one works); before the first item, the part after 和 must read as works, the part before it be
    three characters or more and no counted set, and is then judged as any first item is: not "健康和正阳社区…" (the tail is shared), "哈萨尔和东升路两个市民广场" (a
    counted set), "既有建筑节能改造和工人新村、幸福村等…" (the list is of places), a verb phrase."""
    text, out = ctx.text, []
    for n, (a, b) in enumerate(items):
        joint = next((j for j in (text.find(c, a, b) for c in _ITEM_JOINTS) if j >= 0 and _parts_of_two_works(ctx, a, j, b)), -1)
        if joint >= 0:
            out += [(a, joint)] + ([] if _a_kind_of_facility(text[joint + 1:b]) else [(joint + 1, b)])
            continue
        if n == 0 and a >= 1 and text[a - 1] == "和" and _joint_at(ctx, a - 1) and _names_works(ctx, a, b):
            start = name_start(ctx, a - 1, **LIMITS.listed_item.limits, through_heads=True, strict=False)
            if a - 1 - start >= LIMITS.joined_item_min_chars and not _COUNTED_SET.search(text, start, a - 1) \
                    and not text[:start].endswith("、"):  # "A、B和C等项目": the rules for lists of works find A, B
                out.append((start, a - 1))
        out.append((a, b))
    return out


# the one-character joints between two works listed as one item (`_split_at_he`)
_ITEM_JOINTS = ("和", "及")


def _parts_of_two_works(ctx: SentenceContext, a: int, joint: int, b: int) -> bool:
    """Does the joint at `joint` (和 or 及, the only one in text[a:b], a word of its own) join two works,
    each read as works by itself (`_names_works`)? After 及 the second must end in a facility's own head,
    not a package's 工程 or 项目 the two share: "某某商贸街及酒店", "某某中学分校及标准化中学" are two
    (the second then judged as any item is), "某某接收站及外输管线项目", "某某水库及灌区工程" one works
    package named whole (ANNOTATION rule 12, `_works_package_over_joint`)."""
    text, c = ctx.text, ctx.text[joint]
    if text.count(c, a, b) != 1 or not _joint_at(ctx, joint, c) or joint - a < LIMITS.joined_item_min_chars:
        return False
    if c == "和":
        return _names_works(ctx, a, joint) and _names_works(ctx, joint + 1, b)
    if text.endswith(("工程", "项目"), joint + 1, b):
        return False
    return all(_names_works(ctx, x, y) or text.endswith(_built_facility_heads(), x, y) for x, y in ((a, joint), (joint + 1, b)))


@functools.cache
def _built_facility_heads() -> tuple[str, ...]:
    return lexicons.words("built_facility_heads.txt")


def _a_kind_of_facility(item: str) -> bool:
    """Is the item a quality and a facility's head, nothing else ("标准化中学", "新型商场": a kind of
    facility, no name; project_kind_suffixes.txt)?"""
    head = next((h for h in _built_facility_heads() if item.endswith(h)), None)
    return head is not None and len(item) > len(head) and item[-len(head) - 1] in lexicons.word_set("project_kind_suffixes.txt")


def split_at_conjunction(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a list joined by a two-character conjunction (以及: "…旧厂更新改造、罗边村旧改以及南村
    加优研究所等3个项目") are two items: 以及 joins whole items of a list, never two parts of one name
    (a one-character 及 may: "粮油加工及中转基地项目")."""
    out = []
    for a, b in items:
        joint = ctx.text.find("以及", a, b)
        if joint - a >= 2 and b - joint - 2 >= 2:
            out += [(a, joint), (joint + 2, b)]
        else:
            out.append((a, b))
    return out


def _over_adverb_in_name(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a list's first item begins when the walk stopped at a word jieba tags as an adverb between
    two nouns ("推进博视/n 长远/d 终端研发等11个新建项目"): an adverb never stands between a noun and the
    noun it would qualify, so it is a word of the name (a company's), and the name runs on before it."""
    adverb = ctx.token_ending_at(a)
    first = ctx.token_starting_at(a)
    noun = ctx.token_ending_at(adverb.start) if adverb is not None and adverb.start > 0 else None
    if (adverb is None or adverb.pos not in ("d", "ad") or len(adverb.word) < 2 or first is None
            or not first.pos.startswith(("n", "j")) or noun is None or len(noun.word) < 2
            or not noun.pos.startswith(("n", "j")) or noun.pos in ("nhead", "phead")):
        return a
    start = name_start(ctx, adverb.start, **LIMITS.listed_item.limits)
    return trim_openers(ctx, start, b) if start < adverb.start else a


def _walk_capped_in_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Did the walk for the first listed item (LIMITS.listed_item) stop at its cap, with a word of a
    name (a noun, a proper noun, an attribute) right before where it stopped? Then the item's start
    is lost, and a cut name is no works' name."""
    caps = LIMITS.listed_item
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    before = ctx.token_ending_at(a)
    return ((len(toks) >= caps.max_tokens or b - a >= caps.max_chars - 1) and before is not None
            and CJK.match(before.word[0]) is not None and before.pos.startswith(_NAME_WORD_POS))


def _before_plant_works(ctx: SentenceContext, first: int, a: int, b: int) -> int:
    """Where the first item starts when the walk stopped at the works on a plant that ends it, a
    word jieba reads as an idiom ("新天龙技术改造": 技术改造/l): the walk starts again before it."""
    if a < b:
        return a
    works = next((w for w in lexicons.words("org_works_after_company.txt") if ctx.text.startswith(w, b - len(w))), None)
    if works is None or b - len(works) <= first:
        return a
    start = max(first, name_start(ctx, b - len(works), **LIMITS.listed_item.limits))
    return start if start < b - len(works) else a


def _trade_name_after_new(ctx: SentenceContext, a: int) -> bool:
    """Does 新 before `a` open a trade name, a proper noun jieba cut off it ("新/a 天龙/nz")?"""
    before = ctx.token_ending_at(a)
    word = ctx.token_starting_at(a)
    return (before is not None and before.word == "新" and word is not None and word.pos in ("nz", "nr", "nrt")
            and is_proper(word.word, strict=True))


def _inside_industry(text: str, a: int) -> bool:
    """Does an industry's word (industries.txt) run across position `a` ("新|材料")?"""
    industries = lexicons.words("industries.txt")
    return any(len(w) > k and text.startswith(w, a - k)
               for k in range(1, min(a, _longest_length(lexicons.word_set("industries.txt"))) + 1) for w in words_opening(industries, text, a - k))


def _labels_company_works(m: re.Match) -> bool:
    """Does the list's label call its items projects, not companies ("等重大项目", not
    "青松药业、白河制药等老牌企业裂变项目": the items are the 企业)?"""
    label = m.group()[m.end(1) - m.start():]
    return label.endswith("项目") and "企业" not in label


def _known_company(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a known company's short name alone (companies.txt: "中储粮", "京东方"), which
    among works in a list called projects stands for that company's works ("中储粮、东方发电、隆腾
    新材料等18个续建项目投产达效"; ANNOTATION: Organization, alt Project)?"""
    return any(o.type == ORG and o.span.bounds == (a, b) and o.attrs.get("source") == "company"
               and not o.attrs.get("composite") for o in ctx.found)


def _company_and_trade(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a known company and its trade ("中储粮物流") or a brand and its trade ("富博科技"),
    which in a list called projects names that company's works ("泰恒特钢…、中储粮物流等48个项目竣工投产",
    "富博科技、愿景新材料等重大项目当年签约")?"""
    return any(o.type == ORG and o.span.bounds == (a, b)
               and (o.attrs.get("composite") and o.attrs.get("source") == "company" or o.attrs.get("source") == "brand")
               for o in ctx.found)


def _over_cut_industry(ctx: SentenceContext, a: int, b: int) -> int:
    """"华岚新材料等10个项目": the walk stopped inside the industry that ends the item (新材料, 新能源);
    the name runs on to the trade name before it, when one stands there."""
    text = ctx.text
    industry = next((w for w in lexicons.words("industries.txt") if text.startswith(w, b - len(w)) and b - len(w) < a), None)
    if industry is None:
        return a
    start = name_start(ctx, b - len(industry), **LIMITS.listed_item.limits)
    start = trim_openers(ctx, start, b - len(industry))  # "签约落地宏达新材料"
    return start if start < b - len(industry) and is_proper(text[start:b - len(industry)], strict=True) else a


def _kind_by_head(item: str, generic: frozenset[str]) -> bool:
    """Is the item category words before a works head, and nothing else ("市区变电站")?"""
    head = next((h for h in _head_pattern().finditer(item) if h.end() == len(item) and h.start() > 0), None)
    return head is not None and is_generic(item[:head.start()], generic)


def _new_one(item: str) -> bool:
    """"新索道" in a list of works: the one new facility of the place the clause speaks of (the
    new cableway of a scenic area), a strong head after 新 and nothing else."""
    return item.startswith("新") and _head_pattern().fullmatch(item[1:]) is not None and item[1:] not in _weak_heads()


def _opens_with_kind_suffix(ctx: SentenceContext, start: int, stem: str) -> bool:
    """Does the stem open with the suffix of a quality (project_kind_suffixes.txt: "化", "型") cut off the
    word it ends ("绿|化工程", "标准|化学校": the walk stopped inside it)? Not where the stem opens its clause
    or list item, where that character opens a word of the name ("化纤产业…家纺项目", "化肥厂搬迁")."""
    return (stem[:1] in lexicons.word_set("project_kind_suffixes.txt")
            and start > 0 and CJK.match(ctx.text[start - 1]) is not None)


def _opens_with_kind(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does a quality in -化/-性 open the name ("专业化产业园")? Not a company found there whose short
    name ends so ("中石化50万吨/年…项目": the group's works)."""
    first = next((t for t in ctx.tokens if t.start == start and t.end <= a), None)
    return (first is not None and len(first.word) >= 3 and first.word.endswith(("化", "性"))
            and not covered_by(ctx, start, first.end, ORG))


def _ends_in_head(item: str) -> bool:
    return any(h.end() == len(item) for h in _head_pattern().finditer(item))


def covered_by(ctx: SentenceContext, a: int, b: int, type_: str) -> bool:
    """Is text[a:b] inside a mention of that type already found?"""
    span = ctx.span(a, b)
    return any(m.type == type_ and m.span.contains(span) for m in ctx.found)


def _of_kind_words(stem: str, generic: frozenset[str]) -> bool:
    """A stem made of category words and kind words of works after at most a voltage ("分布式光伏",
    "220千伏主网", "生态修复", "护岸"; `project_kind_words.txt`): a kind, not one works."""
    rest = _VOLTAGE_OPENS.sub("", stem, count=1)
    return bool(rest) and is_generic(rest, _with_kind_words(generic))


def names_a_kind_of_project(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does text[start:b], ending in 项目, name a kind of project rather than one ("招商引资项目", "新入库项目",
    "年度续建项目"), by the head rule's test (`_names_a_kind`), or kind words and the works on plants of
    org_works_after_company.txt ("工业技改项目")? For rules that find a name by its place in the clause."""
    stem, generic = ctx.text[start:b - 2], lexicons.word_set("generic_projects.txt")
    works_on = next((w for w in lexicons.words("org_works_after_company.txt") if stem.endswith(w)), "")
    if works_on and _of_kind_words(stem[:-len(works_on)], generic):
        return True
    return _names_a_kind(ctx, _Works(head="项目", start=start, a=b - 2, b=b, word_start=None), stem, generic)


def _signed_after(text: str, b: int) -> bool:
    """"…举行光伏发电项目签约仪式": the works a county and a company sign for is one, named by its kind."""
    return text.startswith(_SIGNED_AFTER, b)


_SIGNED_AFTER = tuple(lexicons.words("project_kind_signed_after.txt"))
# the heads a kind of works takes ("光伏项目", "护岸工程"); a site's head after kind words ("光伏发电基地")
# is often the short form of a site just named ("建设40兆瓦光伏发电基地,光伏发电基地的建设…")
_KIND_WORDS_HEADS = ("项目", "工程")


@functools.lru_cache(maxsize=4)
def _with_kind_words(generic: frozenset[str]) -> frozenset[str]:
    return generic | lexicons.word_set("project_kind_words.txt")


# a voltage opening a stem ("220千伏", "110千伏及以上"): a class of grid works, no name
_VOLTAGE_OPENS = re.compile(r"^\d+(?:千伏|kV|KV)(?:及以上|以上)?")


def is_generic(stem: str, generic: frozenset[str]) -> bool:
    """A stem made only of category words ("重大", "扶贫", "基础设施") names no undertaking."""
    rest = stem
    longest = _longest_length(generic)
    while rest:
        # the longest category word opening the rest (of two of one length at most one can):
        # one set look-up per length instead of a startswith per word
        n = next((n for n in range(min(longest, len(rest)), 0, -1) if rest[:n] in generic), 0)
        if not n:
            break
        rest = rest[n:]
    return not rest


@functools.lru_cache(maxsize=8)
def _longest_length(words: frozenset[str]) -> int:
    return max(map(len, words), default=0)


# a count or 一批 closes the list: "等16个项目", "等一批重大项目" (a batch of projects named by example)
_COUNTED_LIST = re.compile(r"等(?:\d+[余多]?个|一批)")


def _counted_examples(ctx: SentenceContext, m: re.Match, plain: list[tuple[int, int]]) -> bool:
    """"博大精密、宇宙电子等16个项目建成投产", "总投资超45亿元的西北钛镍等22个产业化项目",
    "芯创电子、远景风电等一批新兴产业项目成势见效": a list closed by a count (or 一批) of projects names projects by example, even where no item has a name or a
    head, when its first item is whole: it opens the clause or follows a verb, a mark, 的 or its own sum (not
    "推进博视长远|终端研发等11个…项目", where the walk stopped inside the name at an adverb)."""
    if not plain:
        return False
    a = plain[0][0]
    if _COUNTED_LIST.search(m.group()) is None:
        # "实施投资5.5亿元的水生态治理、悬崖栈道等项目": the sum invested in the list's works, right before its
        # first item, says which they are as a count would
        return _LIST_SUM_BEFORE.search(ctx.text, 0, a) is not None
    return a == 0 or ctx.text[a - 1] == "的" or _opens_list(ctx, a) or _ITEM_SUM_BEFORE.search(ctx.text, 0, a) is not None


def _local_list_run(ctx: SentenceContext, m: re.Match, plain: list[tuple[int, int]], items: list[tuple[int, int]]) -> bool:
    """"推进团结村肉牛养殖等项目建设", "加快幸福家园、金水岸等项目的开发建设": in a city's, county's or
    district's report, a list labelled 等项目 alone (no count, no kind between: "等新业态项目") right after
    a verb that runs its own works (project_local_run_verbs.txt) names that report's works by their
    common words (ANNOTATION rule 7), as a named item or a count would (`_counted_examples`)."""
    return (bool(plain) and m.group().endswith("等项目") and _LOCAL_RUN_BEFORE.search(ctx.text, 0, items[0][0]) is not None
            and _local_report(ctx))


# the sum invested in the first item, right before it ("投资14亿元X、15亿元Y等32个项目"): _past_item_sum
# started the item there, so the walk did not stop inside its name
_ITEM_SUM_BEFORE = re.compile(rf"{_ITEM_SUM}的?$")
# the sum invested in the works a list names, right before its first item ("实施投资5.5亿元的A、B等项目")
_LIST_SUM_BEFORE = re.compile(r"总?投资(?:超|约|近)?\d+(?:\.\d+)?[万亿]元的$")


def _opens_engineering_institution(text: str, head: str, b: int) -> bool:
    """Does the head 工程 ending at `b` go on with the kind of a research institution it qualifies
    ("国家工程实验室", "工程技术研究中心", "工程中心": `project_engineering_institution_kinds.txt`)?
    Then it belongs to the institution's designation (an academy: "…工程院" too), and no works is named up to it;
    "…工程中心城区段", "…工程院落" are no such kind."""
    if head != "工程":
        return False
    kind = next((k for k in lexicons.words("project_engineering_institution_kinds.txt") if text.startswith(k, b)), None)
    return kind is not None and not text.startswith(("城", "区", "落", "内"), b + len(kind))
