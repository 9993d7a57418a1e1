"""Organization rules: standard bodies and institutions by lexicon, known companies, names by
their heads (with the test that a stem names one body, not a kind), brands with their trade,
companies listed before 等企业, subjects of events only a body undergoes, centres that are
institutions, and the company a works is named after."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from kg import lexicons
from kg.lexicons import zone_heads
from kg.config import COMPANY_OPENING, LISTED_WORKS_COMPANY, ORG_RULES, PLACE_RULES, PROJECT_LIMITS, TRADE_NAME_CHARACTERS
from kg.model import Document, Sentence
from kg.text.company_names import company_trade_ends, company_trades, group_forms, not_trade_initials, trade_words
from kg.text.lookup import Alternatives, Guarded, alternation_pattern, clause_start, occurrences, words_opening
from kg.text.names import CN_NUMERALS, PHASE, PHASE_AT_END, all_cjk, transfer_works_pattern, without_trailing
from kg.text.segment import Token, guessed_word_across, word_freq, tokens as segment_tokens
from kg.extract.registry import component
from kg.extract.projects import built_by_body_at_site, is_generic, opens_with_capacity, output_rate, title_conferred
from kg.extract.project_invested import plant_after_company
from kg.extract.streets import numbered_street_end
from kg.extract.base import (
    CJK,
    LIST_JOINERS,
    ORG,
    PLACE,
    PROJECT,
    PUNCT,
    STOP_POS,
    URBAN_AREAS,
    Mention,
    SentenceContext,
    aligned,
    is_proper,
    list_items,
    name_start,
    place_lexicon_pattern,
    project_head_pattern,
    region_heads,
    token_ends_at,
    token_starts_at,
    tokenizer_tags,
    triggers,
)

# ---------------------------------------------------------------- organizations

@functools.lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    forms = lexicons.longest_first(lexicons.org_bodies())
    return re.compile(alternation_pattern(forms))


# Short forms that name a body only when they stand alone (农垦: "农垦场区" are the state farms' areas).
_BARE_ALIASES = ("中央", "公安", "人大", "政协", "农垦")
# "认真办理人大代表建议和政协提案": proposals in general, no conference named; a level before the short
# form names one ("办理市政协提案1309件": 市政协)
_NOT_BARE_PEOPLE = frozenset({"提案"})
# A sector of work, not a body's own short form: its people ("公安干警") are the sector's, no body.
_SECTOR_ALIASES = ("公安",)
# A body named inside an event's name is not annotated (ANNOTATION rule 8: 二十国集团领导人杭州峰会,
# 亚太经合组织(APEC)第三十三次领导人非正式会议, its senior officials' meeting 亚太经合组织高官会).
_EVENT_AFTER = re.compile(r"(?:\([^)]{1,12}\))?(?:第[一二三四五六七八九十百0-9]+[次届])?(?:峰会|领导人|会晤|论坛|高官会)")
# Titles held in a body: "军委主席负责制" names the body, whatever jieba makes of 军委主席.
_BODY_TITLES = ("主席", "副主席", "书记", "委员长")


def _reformed_sector(text: str, name: str, b: int) -> bool:
    """"深化农垦、供销社等改革": a body that also names a sector (org_reformed_bodies.txt) names the
    sector where its clause reforms it."""
    return name in lexicons.word_set("org_reformed_bodies.txt") and "改革" in text[b:_SENTENCE_CLAUSE_END.search(text, b).start()]


# the end of a clause, a list's 、 inside it
_SENTENCE_CLAUSE_END = re.compile(r"[,，。;；:：!?！？]|$")


def _after_listed_body(text: str, found: list[Mention], a: int) -> bool:
    """"区人大、政协监督": a short form listed right after another body stands for a body too."""
    return text[a - 1:a] == "、" and any(m.local_end == a - 1 for m in found)


# what may stand between a hosting verb and the body opening the event's name: a year, an ordinal
_EVENT_NUMBERING = re.compile(r"(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+[届次])?$")
# the clause an event's name runs to the end of
_CLAUSE_END = re.compile(r"[,，。;；:：、!?！？]|$")


def _opens_hosted_event(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the body at a..b open the name of an event the report hosts: a hosting verb right before it
    (org_event_hosting_verbs.txt; a year or an ordinal between maybe) and the clause going on to an
    event's head at its end (event_heads.txt: "办好2026年亚太经合组织贸易部长会议", "办好联合国教科文组织
    保护非物质文化遗产政府间委员会第21届常会")? A body inside an event's name is not annotated (ANNOTATION
    rule 8); one the hosted event serves stands apart ("承办联合国…的会议": 的 ends the name)."""
    text = ctx.text
    verb = next((v for v in lexicons.words("org_event_hosting_verbs.txt") if text.endswith(v, 0, a - len(
        _EVENT_NUMBERING.search(text, max(0, a - 12), a).group()))), None)
    if verb is None:
        return False
    end = _CLAUSE_END.search(text, b).start()
    name = text[b:end]
    return end - b <= ORG_RULES.hosted_event_name_chars and "的" not in name \
        and name.endswith(lexicons.words("event_heads.txt"))


def _opens_listed_event(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the body at a..b open an item of a list of events (after 、, a year or an ordinal between
    maybe) whose words run, with no hosting verb among them (org_event_hosting_verbs.txt: the body hosts
    it), to an event's head at the item's end, a clause's mark or 等 (event_heads.txt:
    "成功举办央视春晚重庆分会场、上合组织国家电影节", "…、第十届上海合作组织成员国农业部长会议")? The body
    is inside the event's name, not annotated (ANNOTATION rule 8), as after a hosting verb."""
    text = ctx.text
    numbering = _EVENT_NUMBERING.search(text, max(0, a - 12), a).group()
    if a - len(numbering) < 1 or text[a - len(numbering) - 1] != "、":
        return False
    end = _CLAUSE_END.search(text, b).start()
    listed = text.find("等", b, end)  # "…农业部长会议等重大外事外交活动": the item ends at the list's 等
    end = listed if listed > b else end
    rest = text[b:end]
    return 0 < end - b <= ORG_RULES.hosted_event_name_chars and "的" not in rest and token_ends_at(ctx, end) \
        and rest.endswith(lexicons.words("event_heads.txt")) \
        and not any(v in rest for v in lexicons.words("org_event_hosting_verbs.txt"))


def _oversight_after(text: str, b: int) -> bool:
    """"接受人大监督、政协民主监督": the oversight the body exercises (org_body_oversight.txt) right after
    its bare short form names the body, as its people do ("人大代表")."""
    return text.startswith(lexicons.words("org_body_oversight.txt"), b)


# 人大 by itself, no level before it and no standing committee after it ("人大代表", "同级人大及其常委会")
_CONGRESS_APART = re.compile(r"(?<![国省市区县州])人大(?!常委会)")


def _congress_named_apart(doc: Document) -> bool:
    """Does the report speak of a congress by 人大 alone somewhere (人大代表, 人大及其常委会, 人大依法监督)?
    Only then does a standing committee ("全国人大常委会") name its congress as well: the annotators
    give the congress an entity where the report speaks of it, and none where it is only the
    committee's first words (national-2009-review … national-2018: 国务院提请全国人大常委会…, no 全国人大)."""
    return _CONGRESS_APART.search(doc.sentences_joined) is not None


def _centre_alone(text: str, b: int) -> bool:
    """"中央" is the Party centre alone or before the words of org_centre_before.txt (中央八项规定),
    also where 和 joins the province's and city's levels to it before them ("落实中央和省市决策部署":
    the decisions of the centre and of the local Party committees)."""
    return b >= len(text) or not CJK.match(text[b]) or text.startswith(lexicons.words("org_centre_before.txt"), b) \
        or _centre_and_levels().match(text, b) is not None


@functools.lru_cache(maxsize=1)
def _centre_and_levels() -> re.Pattern[str]:
    """和, a run of level characters and 委 ("省市", "省委", "自治区"), then a word of org_centre_before.txt."""
    return re.compile(rf"和(?:自治区|[{lexicons.LEVEL_CHARS}委]){{1,4}}(?:{lexicons.alternation('org_centre_before.txt')})")


@component("bodies", reads=(), assigns=(ORG,))
def extract_bodies(ctx: SentenceContext) -> list[Mention]:
    """Standard Party, state and mass bodies (市委, 区政协, 党中央, 工商联, 国务院国资委, 联合国)."""
    out = []
    text = ctx.text
    people = lexicons.word_set("org_body_people.txt")  # "人大代表", "武警官兵": the body is named
    for m in _body_pattern().finditer(text):
        a, b = m.span()
        name = m.group()
        if b < len(text) and not token_ends_at(ctx, b) and text[b] not in "、,和与及的" and text[b:b + 2] not in people \
                and not text.startswith(_BODY_TITLES, b):
            continue
        if a > 0 and CJK.match(text[a - 1]) and not token_starts_at(ctx, a) and text[a - 1] not in "党驻" \
                and not _conjunction_glued_to_a_level(ctx, a - 1, a + 1):
            continue  # "民建" inside "居民建房"; "领导和县人大": jieba's 和县 is the conjunction and 县人大
        if name.startswith("自治") and text.endswith(lexicons.words("ethnic_groups.txt"), 0, a):
            continue  # "回族自治县政府": an autonomous level after its peoples ends the area's name, opens no body
        if name == "中央":
            if not _centre_alone(text, b):
                continue
        elif name in _BARE_ALIASES and b < len(text) and CJK.match(text[b]) and text[b] not in "和与及的" \
                and (name in _SECTOR_ALIASES or text[b:b + 2] not in people - _NOT_BARE_PEOPLE
                     and not _oversight_after(text, b)
                     and not _after_listed_body(text, out, a)):
            continue  # "公安" alone, not in "公安机关" nor in "武警部队、公安干警" (the sector's people, listed)
        if a > 0 and text[a - 1] in "全各本我" or _ends_an_addressed_list(text, a) or _levels_run_before(text, a) \
                or _after_a_collective_opener(ctx, a):
            continue
        if _EVENT_AFTER.match(text, b) or _opens_hosted_event(ctx, a, b) or _opens_listed_event(ctx, a, b) \
                or _reformed_sector(text, name, b):
            continue
        congress = name.endswith("人大常委会") and _congress_named_apart(ctx.doc)
        out.append(ctx.mention(ORG, a, b, source="body", composite=congress))
        if congress:  # the standing committee names its congress too ("全国人大常委会" → 全国人大)
            out.append(ctx.mention(ORG, a, b - len("常委会"), source="body"))
    out.extend(_bodies_of_named_areas(ctx, out))
    out.extend(_congresses_by_term(ctx, out))
    out.extend(_standard_institutions(ctx, out))
    out.extend(_national_institutions(ctx, out))
    if "国家" in text:
        out.extend(_national_fields_inside(ctx, out))
    # The report's own government and congress by full name.
    if ctx.doc.area:
        for suffix in ("人民政府", "人民代表大会"):
            if suffix not in text:
                continue
            for m in re.finditer(re.escape(ctx.doc.area) + r"(第.{1,3}届)?" + suffix, text):
                if not any(f.type == ORG and f.local_start < m.start() and f.local_end == m.end() for f in out):
                    out.append(ctx.mention(ORG, m.start(), m.end(), source="body"))
    if ctx.sentence.section == "preamble" and "工作报告" in text:
        # "2021年诸暨市政府工作报告": in the report's own title 政府工作报告 is the genre's name, no body
        # that acts (the annotators leave it out; the body is named where it speaks: 我代表市人民政府);
        # "2016年包头市人民政府工作报告" names the body by its formal name, the report's author: kept,
        # by its own division's name alone (河东区人民政府 of "天津市河东区人民政府工作报告")
        # (a bare level's "市人民政府" of a title with no place names no one body: left out); the State
        # Council's title "2016年国务院政府工作报告" writes the author before the genre's whole name: left out
        out = [m for m in out if not text.startswith(_TITLE_GENRES, m.local_end) or m.text.endswith(_FORMAL_GOVERNMENT)
               and m.text not in lexicons.org_bodies()
               and not any(o.local_end == m.local_end and o.local_start > m.local_start for o in out)]
    return out


# The formal name of a people's government (地方各级人民代表大会和地方各级人民政府组织法: "X人民政府"),
# which a title writes only to name the body whose report it is, not the genre 政府工作报告.
_FORMAL_GOVERNMENT = "人民政府"
# The genre's name in a title, after the body whose report it is ("…市政府|工作报告", "国务院|政府工作报告").
_TITLE_GENRES = ("工作报告", "政府工作报告")


def _after_a_collective_opener(ctx: SentenceContext, a: int) -> bool:
    """Does a word that makes a kind of organization (org_collective_openers.txt) end right before the body at
    `a`? "壮大农民专业经合组织": the farmers' co-operatives, a kind, not the OECD."""
    lead = ctx.token_ending_at(a)
    return lead is not None and lead.word in lexicons.word_set("org_collective_openers.txt")


def _levels_run_before(text: str, a: int) -> bool:
    """Do level characters alone run right before the body at `a` ("完成省市|县政府机构改革", "、市|县政府",
    "在区|市党委"): two or more, or one opening its words or after a preposition? The levels name the bodies of each level together, a
    collective and no one body (a city's name before its level, "某某市|县政府", is no run)."""
    i = a
    while i > 0 and text[i - 1] in lexicons.LEVEL_CHARS:
        i -= 1
    return a - i >= 2 or i < a and (i == 0 or not CJK.match(text[i - 1]) or text[i - 1] in _LEVELS_RUN_OPENERS)


# a preposition or conjunction before a level character opens a run of levels, no division's name ("在区市
# 党委、政府和县委的坚强领导下": the autonomous region's and the city's Party committees together)
_LEVELS_RUN_OPENERS = "在和与及对向由"


def _ends_an_addressed_list(text: str, a: int) -> bool:
    """Does the body at a end a list of levels opened by 各 ("各区、县人民政府", "各县(市)、区人民政府",
    "各市州、县市区人民政府": org_addressee_levels.txt)? A notice addresses the governments of those
    levels, a collective and no one body."""
    levels = lexicons.words("org_addressee_levels.txt")
    i = a
    while i > 0:
        if text[i - 1] in "、()":  # the text is NFKC-normalised: full-width brackets are these
            i -= 1
            continue
        level = next((w for w in levels if text.startswith(w, i - len(w)) and i - len(w) >= 0), None)
        if level is None:
            break
        i -= len(level)
    return i < a and i > 0 and text[i - 1] == "各"


_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}


def _contains(outer: lexicons.Division, inner: lexicons.Division) -> bool:
    """Is `inner` a division under `outer` (a province's codes share its first two digits, a
    prefecture's its first four)?"""
    if _LEVEL_RANK[outer.level] >= _LEVEL_RANK[inner.level]:
        return False
    digits = 2 if outer.level == "province" else 4
    return inner.code[:digits] == outer.code[:digits]


class _DivisionChain:
    """The divisions written one after another before a body ("北京市西城区人民政府", "甘肃省张掖市甘州区
    第十九届人民代表大会"), fed the place names of a sentence in order. A name continues the chain only
    when it names a division under the one before it: a region, a country or a sister city before a
    division ("长三角苏州市政府", "中国上海市人民政府", "成都重庆市政府") opens no name with it."""

    def __init__(self, province: str) -> None:
        self.province = province
        self.start, self.end = 0, -1
        self.last: tuple[lexicons.Division, ...] = ()

    def step(self, m: re.Match[str]) -> tuple[int, lexicons.Division | None]:
        """Where the name that ends with the place name `m` opens, and the division `m` names (None
        where it names none here)."""
        if m.start() == self.end and self.last:
            inner = tuple(d for d in lexicons.divisions_by_name().get(m.group(), ())
                          if any(_contains(o, d) for o in self.last))
            if inner:
                self.end, self.last = m.end(), inner
                return self.start, inner[0]
        division = lexicons.find_division(m.group(), self.province)
        self.start, self.end, self.last = m.start(), m.end(), (division,) if division else ()
        return m.start(), division


_CONGRESS_TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大)(?!常)")


def _congresses_by_term(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A division's people's congress by its term ("某省第十三届人民代表大会", "某市十四届人大五次
    会议"), whatever the report's own area (a news copy of a report has none)."""
    out = []
    text = ctx.text
    if "届" not in text:
        return out  # every term holds 届
    chain = _DivisionChain(ctx.doc.own.province)
    for m in place_lexicon_pattern().finditer(text):
        # "张掖市甘州区第十九届人民代表大会": a district's congress named with its city before it
        start, division = chain.step(m)
        term = _CONGRESS_TERM.match(text, m.end())
        if term is None or division is None or _far_county_glued_before(ctx, division, start):
            continue
        if any(f.type == ORG and f.local_start == start for f in found):
            continue
        out.append(ctx.mention(ORG, start, term.end(), source="body"))
    for level in re.finditer(f"[{lexicons.LEVEL_CHARS}]", text):
        # "在区十六届人大三次会议上": the congress the report is given at, by its level and term alone;
        # "完成了市十五届人大三次会议确定的目标任务": the congress of a past session names the body too, as the
        # gold writes it (the name, or an alias of 市人大: resolve.entities._body_aliases)
        term = _CONGRESS_TERM.match(text, level.end())
        a = level.start()
        if term is not None and not ctx.taken(a, term.end(), (ORG,)) \
                and not any(f.type == ORG and f.local_start < term.end() and a < f.local_end for f in [*found, *out]):
            out.append(ctx.mention(ORG, a, term.end(), source="body"))
    for m in _GOVERNMENT_BY_TERM.finditer(text):
        # "我代表市十六届人民政府": the government that reports, by its level and term alone
        if not ctx.taken(m.start(), m.end(), (ORG,)) and not any(f.type == ORG and f.local_end == m.end() for f in [*found, *out]):
            out.append(ctx.mention(ORG, m.start(), m.end(), source="body"))
    return out


def _far_county_glued_before(ctx: SentenceContext, division: lexicons.Division, start: int) -> bool:
    """Is the county named at `start` one of another province glued to the word before it ("完成|县十六届人大"
    read as 成县, a county of 甘肃, in a report of 青海 whose line broke after 完成): the report's own congress by
    its level and term, the level character after a word, not a far county's congress? Where the report's province
    is not known, where the character before and the county's first make a common word ("完成")."""
    if division.level != "county" or start == 0 or CJK.match(ctx.text[start - 1]) is None:
        return False
    province = ctx.doc.own.province
    if province is not None:
        return division.code[:2] != province
    # no province known (a title naming none): a common word the county's first character closes tells
    return word_freq(ctx.text[start - 1:start + 1]) > PLACE_RULES.common_word_freq


_GOVERNMENT_BY_TERM = re.compile(rf"(?<=代表)[{lexicons.LEVEL_CHARS}]第?[一二三四五六七八九十]{{1,3}}届人民政府")


def _bodies_of_named_areas(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A body with its division's name ("重庆市委", "中共广东省委", "呼伦贝尔市人大常委会"): the
    division's level character begins a standard body's form. The divisions written right before
    that division are part of the name ("北京市西城区人民政府", "某省某市委")."""
    out = []
    text = ctx.text
    if _level_form_pattern().search(text) is None:
        return out  # every body found here opens with one of its forms: one C scan, not the place names'
    bodies = lexicons.org_bodies()
    province = ctx.doc.own.province
    chain = _DivisionChain(province)
    for m in place_lexicon_pattern().finditer(text):
        # "北京市朝阳区人民政府办公室", "某省某市委": the body is named with the divisions written right
        # before its own, as a congress by its term is (`_congresses_by_term`)
        start, division = chain.step(m)
        if division is None:
            continue  # "和县" in "市政府和县委": a county's name far from home is no place here
        if _conjunction_after_a_body(text, m.start(), bodies):
            continue  # "在市委、市政府和县委的坚强领导下" in a county of 安徽, where 和县 is near home
        level_at = m.end() - 1
        if text[level_at] not in lexicons.LEVEL_CHARS or (m.start() > 0 and not token_starts_at(ctx, m.start())
                                                           and not text.endswith("中共", 0, m.start())):
            continue
        form = max((f for f in _level_forms() if text.startswith(f, level_at) and f in bodies), key=len, default=None)
        if form is None or len(form) < 2:
            continue
        a, b = start, level_at + len(form)
        if text.startswith("工作报告", b):
            a = m.start()  # "2022年某市某县政府工作报告" copied into the text names the document: no longer name
        if text.endswith("中共", 0, a):
            a -= 2
        if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b) and not text.startswith(_BODY_TITLES, b):
            continue
        if _EVENT_AFTER.match(text, b) or any(f.type == ORG and f.local_start == a for f in found):
            continue
        out.append(ctx.mention(ORG, a, b, source="body"))
    return out


@functools.lru_cache(maxsize=1)
def _level_forms() -> tuple[str, ...]:
    """Forms of the standard bodies that begin with a level character ("市委", "县人民政府")."""
    return tuple(f for f in lexicons.org_bodies() if f[0] in lexicons.LEVEL_CHARS)


@functools.lru_cache(maxsize=1)
def _level_form_pattern() -> re.Pattern[str]:
    """Any of `_level_forms` anywhere in a text (a sentence without one holds no body of a named area)."""
    return re.compile(alternation_pattern(_level_forms()))


@functools.lru_cache(maxsize=1)
def _standalone_forms() -> re.Pattern[str]:
    """The institutions' kinds alone, without the level before them (`_standalone_pattern`)."""
    return re.compile(alternation_pattern(lexicons.words("standalone_orgs.txt")))


@functools.lru_cache(maxsize=1)
def _standalone_pattern() -> re.Pattern[str]:
    return re.compile(rf"([{lexicons.LEVEL_CHARS}])?(?:{_standalone_forms().pattern})")


def _standard_institutions(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The standard institutions of an area by their kind: with its level ("县融媒体中心",
    "省博物馆") in any report, bare ("融媒体中心") in a local one. A word before the kind that
    could name it ("西山自然博物馆") leaves it to the head rules."""
    out = []
    text = ctx.text
    if _standalone_forms().search(text) is None:
        return out  # every match holds a form: one scan the engine skips through, not the level class tried everywhere
    local = _local_report(ctx.doc)
    named = _divisions_ending_at(ctx) if _standalone_pattern().search(text) else {}
    for m in _standalone_pattern().finditer(text):
        a, b = m.span()
        if m.group(1) and a + 1 in named:
            a = named[a + 1]  # "渝北区政务服务中心": the institution named with its division, as its body is
        elif not (m.group(1) or local) or not token_starts_at(ctx, a) and not token_starts_at(ctx, m.end(1) if m.group(1) else a):
            continue
        if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b):
            continue
        if not _stands_alone(ctx, a):
            continue
        if any(f.span.overlaps(ctx.span(a, b)) for f in found + out):
            continue
        out.append(ctx.mention(ORG, a, b, source="institution"))
    return out


def _divisions_ending_at(ctx: SentenceContext) -> dict[int, int]:
    """End → start of each division's name in the sentence ("柳州市", "长春市南关区": the divisions
    written one after another, `_DivisionChain`) that opens at a word's start, by the offset after
    its level character."""
    out = {}
    chain = _DivisionChain(ctx.doc.own.province)
    for m in place_lexicon_pattern().finditer(ctx.text):
        start, division = chain.step(m)
        if division is not None and m.group()[-1] in lexicons.LEVEL_CHARS and token_starts_at(ctx, m.start()):
            out[m.end()] = start
    return out


@functools.lru_cache(maxsize=1)
def _national_designation_pattern() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("org_national_designations.txt")))


# The numeral and measure of a count of bodies, read alike by _count_after and _counted_kind_after:
# digits, a decimal or Chinese numerals, "more than" (多, 余) and ten thousands (万) before the measure
# ("12家", "20多个", "120余个", "1.2万个", "两千余所", "十几家").
_BODY_COUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千几]+)[多余]?万?[多余]?[家个所]"


@functools.lru_cache(maxsize=1)
def _count_after() -> re.Pattern[str]:
    """A count after a designation ("国家重点实验室达到12家", "…总数增至5个": org_national_count_verbs.txt):
    the designations of an area or a field are counted, no one institution is named."""
    verbs = alternation_pattern(lexicons.words("org_national_count_verbs.txt"))
    return re.compile(rf"(?:总数|数量)?(?:累计)?(?:{verbs})?{_BODY_COUNT}")


@functools.lru_cache(maxsize=1)
def _counted_kind_after() -> re.Pattern[str]:
    """A count of bodies right after a name, closing the clause ("新认定市示范性普通高中10所。",
    "建成“校企联盟”120个,", "领办产业合作社7个,", "…1.2万个,"): what is counted is a kind, no one body is named
    (as _count_after for a designation). Not a count that goes on to what it counts ("中消协100个城市")."""
    return re.compile(rf"[”\"]?{_BODY_COUNT}(?=[,，。;；、:：]|$)")


# An area taken whole or pointed to ("全省", "各地", "我市", "本区"): no field of a designation.
_AREA_WORD = re.compile(rf"[全各我本该][{lexicons.LEVEL_CHARS}地国]")


def _names_a_field(field: str) -> bool:
    """Can `field`, written before a national designation, be the institution's field or region
    ("大数据", "大湾区")? Not an area word ("全省"), a bare division ("北京市", "江苏省南京市": the
    designations in that area) or a kind of host ("高校", "江苏省企业": org_national_hosts.txt)."""
    if _AREA_WORD.match(field):
        return False
    rest = field
    while (m := place_lexicon_pattern().match(rest)) and m.group() in lexicons.divisions_by_name():
        rest = rest[m.end():]
    return bool(rest) and rest not in lexicons.word_set("org_national_hosts.txt")


def _national_institutions(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A national research institution named by its field or region before its designation
    (org_national_designations.txt: "大湾区国家技术创新中心", "大数据国家工程实验室"); the designation
    alone, after a count or a verb ("组建一批国家技术创新中心", "和国家工程实验室"), is a kind."""
    out = []
    text = ctx.text
    if "国家" not in text:
        return out  # every designation opens with 国家
    for m in _national_designation_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b) or not token_starts_at(ctx, a):
            continue
        after = ctx.token_starting_at(b)
        if after is not None and not any(c in PUNCT for c in after.word) and after.word not in "、和与及等" \
                and not after.pos.startswith(("v", "p", "c", "u", "d")):
            continue  # "京津冀国家技术创新中心雄安中心": a branch's name goes on, left to the centres' rule
        start = _field_start(ctx, a)
        if start is None or _count_after().match(text, b):
            continue  # "全省国家重点实验室达到12家", "高校国家工程研究中心": designations counted in an area or a kind
        if not any(f.span.overlaps(ctx.span(start, b)) for f in found + out):
            out.append(ctx.mention(ORG, start, b, source="institution"))
    return out


@functools.lru_cache(maxsize=1)
def _inner_field_pattern() -> re.Pattern[str]:
    """国家, a field of two to twelve characters, then a designation's kind (its words after 国家:
    技术创新中心, 制造业创新中心, 重点实验室…): "国家生猪技术创新中心", "国家稀土功能材料制造业创新中心"."""
    kinds = [d[2:] for d in lexicons.words("org_national_designations.txt") if d.startswith("国家")]
    return re.compile(rf"国家(?P<field>{CJK.pattern}{{2,12}}?)(?:{alternation_pattern(kinds)})")


def _sought_before(text: str, a: int) -> bool:
    """Does a word of seeking a designation stand right before `a` ("争建国家脑机接口技术创新中心", "争取…"):
    one applied for is no institution yet (ANNOTATION rule 11's designations applied for)."""
    return text.endswith(lexicons.words("org_sought_designation_verbs.txt"), 0, a)


def _national_fields_inside(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A national research institution whose field stands between 国家 and its designation's kind
    ("提升国家生猪技术创新中心等平台能级", "创建国家大豆技术创新中心"): the designation's usual order, as
    the State Council's departments name them; not one sought ("争建…"), nor a field holding a function
    word, a trigger verb, 国家 again or a level's 级 ("国家级制造业创新中心": a kind)."""
    out = []
    text = ctx.text
    for m in _inner_field_pattern().finditer(text):
        a, b = m.span()
        field_a, field_b = m.span("field")
        if not token_starts_at(ctx, a) or not token_starts_at(ctx, field_a) or b < len(text) and CJK.match(text[b]) \
                and not token_ends_at(ctx, b) or "国家" in m.group("field") or m.group("field").startswith("级"):
            continue
        if _sought_before(text, a) or _count_after().match(text, b) or not _field_words(ctx, field_a, field_b):
            continue
        if not any(f.span.overlaps(ctx.span(a, b)) for f in found + out):
            out.append(ctx.mention(ORG, a, b, source="institution"))
    return out


# The conjunctions that join two parts of one field ("重离子装备制造及应用"), where 和 and 、 list bodies.
_FIELD_JOINERS = ("及", "与")


def _field_words(ctx: SentenceContext, a: int, b: int) -> bool:
    """A plain noun phrase (`_plain_noun_phrase`) at text[a:b] but for 及 or 与 inside it, not at its ends."""
    return all(t.pos not in STOP_POS and t.word not in triggers() and not any(c in PUNCT for c in t.word)
               or t.word in _FIELD_JOINERS and a < t.start and t.end < b
               for t in ctx.tokens if a <= t.start and t.end <= b)


def _field_start(ctx: SentenceContext, a: int) -> int | None:
    """Where the field or region named before a national designation at `a` opens ("大湾区" of
    大湾区国家技术创新中心), or None where no field names it (an area word, a count, a kind of host)."""
    text = ctx.text
    start = _org_start(ctx, a)
    while (t := ctx.token_starting_at(start)) is not None and t.end < a and t.pos.startswith(("m", "q")):
        start = t.end  # "首个量子国家工程实验室": a count before the name is none of it
    if not _names_a_field(text[start:a]):
        return None
    if a - start >= 2 and not _generic_org_stem(text[start:a]) and _plain_noun_phrase(ctx, start, a) \
            and _opens_after_a_boundary(ctx, start):
        return start
    return None


# The heads of a national centre's branch named after its place ("…国家技术创新中心合肥中心", "…武汉分中心").
_BRANCH_HEADS = ("分中心", "中心")


def _branch_end(ctx: SentenceContext, d: int) -> int | None:
    """Where the name of a branch ends that runs on past a national designation ending at `d`: a
    place, then 中心 or 分中心, and the name ends there ("长三角国家技术创新中心合肥中心挂牌"); else None."""
    text = ctx.text
    for h in range(d + 2, min(d + 5, len(text))):
        head = next((w for w in _BRANCH_HEADS if text.startswith(w, h)), None)
        if head is None:
            continue
        end = h + len(head)
        if end < len(text) and CJK.match(text[end]) and not token_ends_at(ctx, end):
            return None
        place = text[d:h]
        t = ctx.token_starting_at(d)
        if place_lexicon_pattern().fullmatch(place) or t is not None and t.end == h and t.pos.startswith("ns") \
                or any(place + w in lexicons.word_set("regions.txt") for w in lexicons.words("region_short_heads.txt")):
            return end  # a division, a word the tagger reads as a place, a region's short form (雄安 of 雄安新区)
        return None
    return None


def _branch_start(ctx: SentenceContext, b: int) -> int | None:
    """Where a national centre's branch ending at `b` begins: its region or field before the
    designation ("长三角国家技术创新中心合肥中心"), else the designation (国家技术创新中心…); None
    where text[:b] ends in no such branch."""
    text = ctx.text
    for d in range(max(0, b - 7), max(0, b - 3)):
        if _branch_end(ctx, d) != b:
            continue
        for m in _national_designation_pattern().finditer(text, max(0, d - 12), d):
            if m.end() == d and token_starts_at(ctx, m.start()):
                field = _field_start(ctx, m.start())
                return m.start() if field is None else field
    return None


def _opens_after_a_boundary(ctx: SentenceContext, a: int) -> bool:
    """Does a name at `a` open after punctuation, a count, a conjunction, a preposition or a trigger
    verb ("用好大湾区…", "首个大数据…")? After another word the walk may have stopped inside the name
    ("认知智能…", 认知 read as a verb), so it is left."""
    before = ctx.token_ending_at(a)
    return before is None or any(c in PUNCT for c in before.word) or before.word in "、和与及" \
        or before.pos.startswith(("m", "q", "p", "c", "u")) or before.word in triggers()


def _stands_alone(ctx: SentenceContext, a: int) -> bool:
    """Does a bare institution's kind at `a` stand alone? After punctuation, a verb, a preposition
    or a conjunction it does ("投用骨科医院、党校迁建项目"); after a word the walk stopped at it may be
    the end of a name ("西山自然博物馆"), so it is left."""
    before = ctx.token_ending_at(a)
    return before is None or any(c in PUNCT for c in before.word) or before.word in "、和与及" \
        or before.pos.startswith(("v", "p", "c", "u")) or before.word in triggers()


@functools.lru_cache(maxsize=1)
def _org_suffix_pattern() -> Alternatives:
    heads = lexicons.words("org_department_heads.txt")
    levels = alternation_pattern(lexicons.words("org_department_levels.txt"))  # (自治区 before 区)
    dept = rf"(?:{levels})(?:{CJK.pattern}{{2,6}}?)(?:" + alternation_pattern(heads) + ")"
    one_char = re.escape("".join(h for h in heads if len(h) == 1))
    suffixes = alternation_pattern(lexicons.words("org_suffixes.txt"))
    return Alternatives(rf"(?P<dept>{dept})(?!{CJK.pattern}?[{one_char}])", rf"(?P<suffix>{suffixes})")


@functools.lru_cache(maxsize=1)
def _generic_org_words() -> tuple[str, ...]:
    words = lexicons.word_set("generic_orgs.txt") | lexicons.word_set("org_modifiers.txt") | {"商业", "首家", "一家", "多家"}
    return lexicons.longest_first(words)


def _generic_org_stem(stem: str) -> bool:
    """A stem of only places, level words and type modifiers ("山东日照优质", "传统小贷",
    "乡镇环保") makes a kind of organization, not a named one. A stem of only a place ("黔江" in
    黔江海关) is a name, and so is one opening with a known company ("兴业银行株洲": 兴业 is a county too)."""
    if _company_pattern().match(stem):
        return False
    rest = stem
    had_modifier = False
    changed = True
    while rest and changed:
        changed = False
        for w in words_opening(_generic_org_words(), rest):  # (those whose first character opens `rest`, in order)
            if rest.startswith(w):
                rest = rest[len(w):]
                had_modifier = changed = True
                break
        else:
            m = place_lexicon_pattern().match(rest)
            if m:
                rest = rest[m.end():]
                changed = True
            elif rest[0] in lexicons.characters("org_stem_levels.txt"):
                rest = rest[1:]
                changed = True
    return not rest and had_modifier


def _own_level_institution(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does the stem text[start:a] open with the report's own level, one character that is a word of its
    own, before modifiers only ("县|综合|福利院", "县|中心|敬老院" in a county's report)? The county's one
    institution of that kind, not a kind of institution (which "乡镇综合…", "全县综合…" name)."""
    own = ctx.doc.own.division
    t = ctx.token_starting_at(start)
    return (own is not None and _local_report(ctx.doc) and t is not None and t.end == start + 1 and start + 1 < a
            and own.name.endswith(ctx.text[start]) and ctx.text[start] in lexicons.LEVEL_CHARS)


def _local_report(doc: Document) -> bool:
    """A county's, district's or city's report, where a bare institution ("党校", "博物馆") is the
    area's own; in a province's or the State Council's it is a kind ("推动博物馆事业发展")."""
    division = doc.own.division
    return division is not None and division.level in ("county", "prefecture")


# Heads of which an area has many: "省实验室" is a kind of laboratory, where "省政府" is one body.
_MANY_PER_AREA = ("实验室",)


def _names_one(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Does the stem before a head name one body? A name holds a naming element: a place
    ("黔江海关"), a proper word ("恒丰银行", "六九畜牧科技公司"), an ordinal or number ("第三中学"),
    another body ("中国科学院…研究所"), or the report area's level ("区人民医院"); offices and
    committees are named by their field. Common words alone ("世界一流大学", "影子银行",
    "高职学校") name a kind."""
    text = ctx.text
    stem = text[start:a]
    if re.search(r"[0-9A-Za-z第]", stem) or _body_pattern().search(stem) or _holds_a_body(ctx, start, a):
        return True  # a number, a body or a known company names it ("国家电投集团")
    if _own_zone_committee(ctx, start, a, suffix):
        return True  # "高新区管委会", "市经开区管委会": the committee of the report's own zone
    if len(stem) >= 3 and stem[-1] in "路街巷" and token_starts_at(ctx, start):
        return True  # a street's school ("学府路中学", "胜利街小学")
    if place_lexicon_pattern().search(stem) or is_proper(stem, strict=True) or _proper_word_in(stem) \
            or _rare_trade_name(stem) or suffix in _COMPANY_HEADS and _abbreviation_pair(ctx, start, a):
        return True
    if suffix in _COMPANY_HEADS and (_rare_proper_word(ctx, start, a) or _direction_trade_name(ctx, start, a)):
        return True
    if suffix == _GROUP_HEAD and _sector_group(ctx, start, a):
        return True  # "完成能源集团、大数据集团…重组": an area's state-owned group named by its sector
    if suffix in _REGION_NAMED_HEADS and _one_place_word(ctx, start, a):
        return True  # "三峡银行": a bank named after a region that jieba knows as a place (ns)
    if stem[0] in lexicons.LEVEL_CHARS and any(t.end == start + 1 and (t.start == start or _verb_and_level(t))
                                               for t in ctx.tokens):
        return len(stem) > 1 or suffix not in _MANY_PER_AREA
    stem_words = list(tokenizer_tags().cut(stem, HMM=True))
    if _local_report(ctx.doc) and len(stem_words) == 1 and len(stem) >= 2 and stem_words[0].flag in ("n", "nz", "nr", "nt"):
        return True  # a county's school or hospital by one word ("育才中学"); kinds are dropped before
    if _school_name_word(ctx, start, a, suffix):
        return True  # "实验高中" in a county's report: the county's school, though jieba tags 实验 a verb
    if _known_university(ctx, start, a, suffix):
        return True  # "清华大学": one institution's word of jieba's dictionary, named by a proper noun
    if any(start < t.end < a and t.word.endswith(_UNIVERSITY_HEADS) and _university_ending_at(ctx, t.end) == start
           for t in ctx.tokens):
        return True  # "某某大学附属儿科医院": the university that opens the stem and runs the body names it
    if _investor_opening_clause(ctx, start, a, suffix):
        return True  # "东方希望集团投资40亿元": a group that opens the clause and invests is one company
    if suffix.endswith(lexicons.words("org_field_named_heads.txt")):  # offices are named by their field
        return all(t.pos in ("n", "vn", "j", "nz", "v") for t in ctx.tokens if start <= t.start and t.end <= a)
    specialty = _hospital_specialty(ctx, start, a, suffix)
    return bool(specialty) and _names_one(ctx, start, a - len(specialty), suffix)  # "长征|康复|医院": 长征 names it


def _hospital_specialty(ctx: SentenceContext, start: int, a: int, suffix: str) -> str:
    """The specialty ending a hospital's stem right before its head (org_hospital_specialties.txt:
    "长征|康复|医院"), a word of its own, with two characters or more of the name before it; "" if none."""
    if suffix != _HOSPITAL_HEAD:
        return ""
    specialty = next((w for w in lexicons.longest_first(lexicons.word_set("org_hospital_specialties.txt"))
                      if ctx.text.endswith(w, start, a)), "")
    if not specialty or a - len(specialty) - start < 2 or not token_starts_at(ctx, a - len(specialty)):
        return ""
    return specialty


def _committee_heads() -> tuple[str, ...]:
    """The heads of a zone's administrative committee (org_sub_units.txt, "committee": 管委会)."""
    return lexicons.roles("org_sub_units.txt").get("committee", ())


def _committees_zone_start(ctx: SentenceContext, a: int, suffix: str) -> int:
    """Where a zone committee's name starts (org_sub_units.txt, "committee") when a zone's kind ends
    right before its head: the walk goes on from the kind's first character, whose words jieba may
    read as verbs ("二连浩特|重点开发开放试验区|管委会": the zone's name, not 试验区管委会); `a` else."""
    if suffix not in _committee_heads():
        return a
    kind = next((k for k in zone_heads.every_kind_of_zone() if ctx.text.endswith(k, 0, a)), "")  # the longest
    if not kind or not token_starts_at(ctx, a - len(kind)):
        return a
    return _org_start(ctx, a - len(kind), through_heads=True)


@functools.lru_cache(maxsize=1)
def _zone_name_ends() -> tuple[str, ...]:
    """The kinds of zone, park and area (zone_heads.every_kind_of_zone) and of a city's function zones
    and business districts (place_function_zone_heads.txt: 商务区, 科技城) that end a zone's name, never
    a company's."""
    return zone_heads.every_kind_of_zone() + tuple(lexicons.words("place_function_zone_heads.txt"))


def _own_zone_committee(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is the stem text[start:a] of a zone committee's head (org_sub_units.txt, "committee": 管委会,
    管理委员会) the kind of a zone alone, after a level at most ("高新区", "经开区", "县开发区"), in a
    report below a province's, and not counted or pointed at ("各开发区管委会": every zone's)? A
    committee runs one zone: in a city's or county's report the kind names its own zone (ANNOTATION
    rule 11), and the committee is one body (as 正阳工业园区管委会, 新城管委会 are); in a province's
    report "开发区管委会" is every zone's."""
    if suffix not in _committee_heads():
        return False
    own = ctx.doc.own.division
    if own is not None and own.level == "province":
        return False
    stem = ctx.text[start:a]
    kinds = zone_heads.every_kind_of_zone()
    kind = stem[1:] if stem[:1] and stem[0] in lexicons.LEVEL_CHARS and stem[1:] in kinds else stem
    if kind not in kinds:
        return False
    return not _counted_or_pointed_at(ctx, start)


def _counted_or_pointed_at(ctx: SentenceContext, start: int) -> bool:
    """Does a numeral, a measure or a determiner that counts or sorts stand right before text[start:]
    ("两个", "各", "部分": `org_party_determiners.txt`)? What follows is then every body of a kind, or
    some of them ("该", which points back to one, is no such word)."""
    before = ctx.token_ending_at(start)
    return before is not None and (before.pos.startswith(("m", "q")) or before.word in _party_determiners()
                                   and before.word != "该")


def _school_name_word(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is the stem text[start:a] one word that names an area's school though jieba tags it a verb
    (org_school_name_words.txt: 实验 of "实验中学", "实验高中"), before a school's head, in a county's,
    district's or city's report? In a province's report "实验小学" may be a kind."""
    return (suffix in lexicons.word_set("org_school_heads.txt") and ctx.token_at(start, a) is not None
            and ctx.text[start:a] in lexicons.word_set("org_school_name_words.txt") and _local_report(ctx.doc))


def _known_university(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is text[start:] up to the head a university's name that jieba's dictionary holds as one
    institution's word (nt: "清华大学") and whose stem, cut alone, is one proper noun other than a
    place's (清华/nz)? Its stem is too common a word for is_proper ("支持清华大学…建设"); a kind's stem is
    a common noun (农业大学, 理工大学), a person's or service's word (陆军/nr) or another institution's
    (公安大学, 中医药大学: nt), not a name. 13 words of jieba's dictionary meet this (复旦大学, 东华大学,
    华中科技大学, 香港中文大学, 北京服装学院…); all but 清华大学 were found before by is_proper."""
    t = ctx.token_at(start, a + len(suffix))
    if suffix not in _UNIVERSITY_HEADS or t is None or t.pos != "nt":
        return False
    stem = list(tokenizer_tags().cut(ctx.text[start:a], HMM=True))
    return len(stem) == 1 and stem[0].flag == "nz"  # a place's stem is read as a place before (北京大学)


# the heads of a university's name, after a stem that names it
_UNIVERSITY_HEADS = ("大学", "学院")


_PROPER_NOUN_TAGS = ("ns", "nr", "nrt", "nz", "nt", "j")
# the heads of bodies that a region's name alone names ("三峡银行", "渤海银行"): a bank is one body
# whatever region it is called after, where a school or office so named may be a kind
_REGION_NAMED_HEADS = ("银行",)


def _one_place_word(ctx: SentenceContext, start: int, a: int) -> bool:
    """Is the stem text[start:a] one word that jieba tags as a place's name (ns)?"""
    t = ctx.token_starting_at(start)
    return t is not None and t.end == a and t.pos == "ns"


def _rare_proper_word(ctx: SentenceContext, start: int, a: int, cut_alone: bool = False) -> bool:
    """Is text[start:a] one word, two characters or more, that jieba tags as a proper noun and knows as
    rare ("与万江集团牵手合作": 万江/ns, frequency 2)? Before a group's or company's head it is the trade
    name, whatever the stem cut alone gives (万|江); a common word there names a kind ("企业集团",
    "龙头企业集团"). The word is the sentence's token at `start`, ending at `a`; with `cut_alone` (a stem
    cut from inside a token: 鼎江 of "鼎江高科") the stem is cut on its own and must stay one word."""
    word = ctx.text[start:a]
    if cut_alone:
        tags = [t.flag for t in tokenizer_tags().cut(word)]
    else:
        tok = ctx.token_starting_at(start)
        tags = [tok.pos] if tok is not None and tok.end == a else []
    return (len(tags) == 1 and len(word) >= 2 and tags[0] in _PROPER_NOUN_TAGS
            and word_freq(word) < ORG_RULES.group_trade_word_max_freq)


# the direction characters that a trade name may hold ("东排公司", "鸿中集团"), which jieba reads as
# a direction (中/f) or a place word (东排/s), so no proper word is seen in the stem
_DIRECTION_CHARS = "东南西北中"


def _direction_trade_name(ctx: SentenceContext, start: int, a: int) -> bool:
    """Is text[start:a] a trade name of two or three characters holding a direction character, which
    jieba cut or tagged as a direction or place word (东排/s 公司, 鸿/nr 中/f 集团), right before 集团 or
    公司 and opening its clause or a list item? No common word (东部, 城南: at least
    ORG_RULES.group_trade_word_max_freq in jieba's dictionary) and no function word, number or time
    word is in it; a company so named stands where a name opens, a direction after another word
    ("市中公司", "其中公司") does not. Directions and levels alone (org_stem_levels.txt) name a scope,
    no trade: 中省 is central and provincial ("中省公司与地方企业合作", as 中省企业)."""
    text = ctx.text
    stem = text[start:a]
    if not 2 <= len(stem) <= 3 or not all(CJK.match(c) for c in stem) or not any(c in _DIRECTION_CHARS for c in stem):
        return False
    if all(c in _DIRECTION_CHARS or c in lexicons.characters("org_stem_levels.txt") for c in stem):
        return False
    if start > 0 and text[start - 1] not in PUNCT and text[start - 1] not in _COMPANY_JOINING:
        return False
    toks = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    if not toks or toks[0].start != start or toks[-1].end != a or not any(t.pos in ("f", "s") for t in toks):
        return False
    freq = tokenizer_tags().tokenizer.FREQ
    if (freq.get(stem) or 0) >= ORG_RULES.group_trade_word_max_freq \
            or any(len(t.word) > 1 and (freq.get(t.word) or 0) >= ORG_RULES.group_trade_word_max_freq for t in toks):
        return False
    return not any(t.pos.startswith(("m", "p", "c", "u", "d", "r", "q", "t", "v")) for t in toks)


def _abbreviation_pair(ctx: SentenceContext, start: int, a: int) -> bool:
    """Is text[start:a] two characters jieba knows as no word, cut into two nouns or abbreviations
    ("龙煤集团", "杭锅集团": a place's and a trade's first characters, 龙江+煤炭, 杭州+锅炉)? Before a
    group's or company's head such a pair is its short name; a kind of group is a word ("企业集团").
    A first character jieba guessed a verb is the name's too where the pair opens its clause or follows
    a partner's 与 ("，抖/v 音/n 集团首届…大会", "与抖音集团签约")."""
    stem = ctx.text[start:a]
    toks = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    opening = start == 0 or not CJK.match(ctx.text[start - 1]) or ctx.text[start - 1] in _COMPANY_JOINING
    return (len(stem) == 2 and all(CJK.match(c) for c in stem) and not word_freq(stem) and len(toks) == 2
            and (toks[0].pos in _PAIR_TAGS or opening and toks[0].pos == "v") and toks[1].pos in _PAIR_TAGS)


# the tags of the two characters of a pair naming a company ("龙/j 煤/n 集团")
_PAIR_TAGS = ("n", "j", "nr", "ns", "nz")


@functools.lru_cache(maxsize=1)
def _investor_verb_after() -> re.Pattern[str]:
    """An investment verb (org_investor_verbs.txt) right after a company's head, past a modal
    (org_investor_modals.txt: "拟投资"), or past the site it builds at ("在高新区建设", "在某某新区投资建设":
    org_investor_site_verbs.txt after 在 and a place)."""
    site = ORG_RULES.investor_site_chars
    return re.compile(rf"(?:{lexicons.alternation('org_investor_modals.txt')})?(?:{lexicons.alternation('org_investor_verbs.txt')})"
                      rf"|在[^,;。:、]{{1,{site}}}?(?:{lexicons.alternation('org_investor_site_verbs.txt')})")


def _investor_head(text: str, a: int, suffix: str) -> bool:
    """Is the head at `a` one a group or company invests under, and an investment verb after it?"""
    return suffix in lexicons.word_set("org_investor_heads.txt") \
        and _investor_verb_after().match(text, a + len(suffix)) is not None


def _past_opening_lead_word(ctx: SentenceContext, clause: int, a: int) -> int:
    """The clause start `clause` past one lead word opening it ("支持|某某公司在…建设", "推动|某某集团
    整体搬迁": org_lead_words.txt), where the company named after it is the subject of the works."""
    t = ctx.token_starting_at(clause)
    if t is not None and t.end < a and t.word in lexicons.word_set("org_lead_words.txt"):
        return t.end
    return clause


def _investor_opening_clause(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is text[start:a + len(suffix)] a group or company that opens its clause and is the subject of
    an investment verb right after it (org_investor_heads.txt, org_investor_verbs.txt)? Its stem holds
    no number, function word or adverb ("各类集团投资", "一批公司落户" count kinds)."""
    text = ctx.text
    if not _investor_head(text, a, suffix):
        return False
    opens = start == 0 or text[start - 1] in PUNCT or _past_opening_lead_word(ctx, clause_start(text, start, PUNCT), a) == start
    if not opens or not 2 <= a - start <= COMPANY_OPENING.investor_stem_chars:
        return False
    toks = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    if toks and toks[0].word in lexicons.word_set("org_lead_words.txt"):
        return False  # "引进伊利集团投资建设…": the clause opens with the verb that brings the company in
    return bool(toks) and toks[0].start == start and all(CJK.match(t.word) and not t.pos.startswith(("m", "p", "c", "u", "d", "r", "q", "f"))
                                                          for t in toks)


def _rare_trade_name(stem: str) -> bool:
    """A rare word where a company's trade name stands, first in the stem ("晨鸣公司", "六九畜牧科技
    公司"); a rare word further in is a description ("农村贫困家庭学生普通高中")."""
    first = next(iter(tokenizer_tags().cut(stem, HMM=True)), None)
    return first is not None and len(first.word) >= 2 and is_proper(first.word)


def _proper_word_in(stem: str) -> bool:
    """An unknown word that jieba's HMM tags as a person's, place's or institution's name ("联宝",
    "恒大", "吉之汇"): a trade name the dictionary does not know."""
    freq = tokenizer_tags().tokenizer.FREQ
    return any(p.flag in ("nr", "nz", "nt", "ns", "nrt") and p.word not in freq and len(p.word) >= 2
               for p in tokenizer_tags().cut(stem, HMM=True))


@functools.lru_cache(maxsize=1)
def _sub_units() -> dict[str, bool]:
    """Heads of a unit inside another body ("数字学院", "第三分公司") → whether it is a branch,
    which presupposes its parent ("恒丰银行黔江支行")."""
    return {r[0]: r[1:] == ("branch",) for r in lexicons.rows("org_sub_units.txt")}


def _office_word(ctx: SentenceContext, b: int) -> bool:
    """"教育局", "派出所": one word that is an office, not "布局" or "场所"."""
    tok = ctx.token_ending_at(b)
    return tok is not None and len(tok.word) >= ORG_RULES.office_word_min \
        and not tok.word.endswith(lexicons.words("org_not_offices.txt"))


@functools.lru_cache(maxsize=1)
def _particle_words() -> tuple[str, ...]:
    """The words of a one-character head read as a particle before a verb (org_head_particle_words.txt:
    所需, 所能), longest first."""
    return lexicons.longest_first(lexicons.words("org_head_particle_words.txt"))


def _org_head_words() -> tuple[str, ...]:
    """The heads one of which every find of suffix_orgs ends at: a department's, an organization's or
    a trade's (a short name coordinated with a company is found only beside one of these)."""
    return tuple(dict.fromkeys(lexicons.words("org_department_heads.txt") + lexicons.words("org_suffixes.txt")
                               + lexicons.words("brand_heads.txt")))


@component("suffix_orgs", reads=(ORG,), assigns=(ORG,), needs=_org_head_words())
def extract_suffix_orgs(ctx: SentenceContext) -> list[Mention]:
    """Companies, banks, hospitals, schools, departments by their heads."""
    out = []
    for m in _org_suffix_pattern().finditer(ctx.text):
        if m.group("dept"):
            start = _named_division_start(ctx, m.start())
            if _is_department(ctx, m, start):
                out.append(ctx.mention(ORG, start, m.end(), source="department"))
            else:
                out.extend(_committee_in_department_match(ctx, m))
        else:
            out.extend(_org_by_head(ctx, m))
    out.extend(_brand_orgs(ctx))
    out = _names_holding_their_parent(ctx, out)
    out = _branches_of_national_bodies(ctx, out)
    out = _hospital_sites(_hospitals_in_other_places(ctx, out))
    out += _coordinated_short_names(ctx, out)
    return out + _companies_listed_beside_companies(ctx, out)


@functools.lru_cache(maxsize=1)
def _renewed_facility_pattern() -> re.Pattern[str]:
    """A head of org_renewed_facility_heads.txt right before the works done on it (org_renewal_works.txt),
    after a capacity maybe ("某某水厂3万吨扩建")."""
    heads = alternation_pattern(lexicons.words("org_renewed_facility_heads.txt"))
    works = alternation_pattern(lexicons.words("org_renewal_works.txt"))
    return re.compile(rf"(?:{heads})(?=(?:\d+(?:\.\d+)?万?吨)?(?:{works}))")


@component("renewed_facilities", reads=(ORG,), assigns=(ORG,), needs=tuple(lexicons.words("org_renewed_facility_heads.txt")))
def extract_renewed_facilities(ctx: SentenceContext) -> list[Mention]:
    """An existing facility run as one body, named by its head where the sentence renews, enlarges or
    moves it ("蒙西煤矿扩能改造" → 蒙西煤矿, "某某建材市场搬迁", "河南博物院北院区"): the head rules' name
    and stem tests (_org_by_head) on heads that name a kind elsewhere ("农贸市场升级改造" names none)."""
    out: list[Mention] = []
    for m in _renewed_facility_pattern().finditer(ctx.text):
        out.extend(_past_city_quarter(ctx, f) for f in _org_by_head(ctx, m) if not _names_a_facility_kind(ctx, f))
    return out


@component("honoured_town_institutions", reads=(PLACE, ORG), assigns=(ORG,), after=("town_institution_places",),
           needs=lexicons.words("place_town_institution_heads.txt"))
def extract_honoured_town_institutions(ctx: SentenceContext) -> list[Mention]:
    """A town's institution (place_town_institution_heads.txt: 社区卫生服务中心) named by the town's short form
    found right before its head (town_institution_places), right before an honour conferred on it
    ("胜利社区卫生服务中心被授予国家级示范中心称号"; after a list, "靠山、胜利社区卫生服务中心获得…称号", the
    last town's): a title is conferred on a body that runs, an organization (ANNOTATION rule 2)."""
    out = []
    for head in re.finditer(lexicons.alternation("place_town_institution_heads.txt"), ctx.text):
        a, b = head.span()
        town = next((m for m in ctx.found if m.type == PLACE and m.local_end == a and m.attrs.get("source") == "town"), None)
        if town is None or not title_conferred().match(ctx.text, b) or ctx.taken(town.local_start, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, town.local_start, b, source="honoured_institution"))
    return out


def _past_city_quarter(ctx: SentenceContext, m: Mention) -> Mention:
    """The facility's name without a city's quarter named by its kind before it (city_quarters.txt:
    "老城区|某某建材专业市场": where the market stands, no part of its name)."""
    quarter = next((w for w in lexicons.words("city_quarters.txt") if m.text.startswith(w)), "")
    if not quarter or len(m.text) - len(quarter) < 4:
        return m
    return ctx.mention(ORG, m.local_start + len(quarter), m.local_end, **m.attrs)


# a count or a capacity inside a facility's name: "两个区域股权交易市场", "日处理3万吨水厂" count or size a kind
_COUNTED_FACILITY = re.compile(r"\d|[一二两三四五六七八九十几多][个座家]")


def _names_a_facility_kind(ctx: SentenceContext, m: Mention) -> bool:
    """Does the name found before a renewed facility's head name a kind: one word of the dictionary
    ("农贸市场", "批发市场": the kind, not one market), or a count or capacity inside it?"""
    a, b = m.local_start, m.local_end
    one_word = any(t.start == a and t.end == b and word_freq(t.word) for t in ctx.tokens)
    return one_word or _COUNTED_FACILITY.search(m.text) is not None


def _names_holding_their_parent(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A body found by its head whose walk stopped inside the name of another found before it, which
    opens it ("某市中医药大学附属某某医院": the university is 某市中医药大学, the hospital's walk from
    医院 stops at 中医药): the hospital's name holds the whole parent (ANNOTATION rule 8), from the
    parent's first character."""
    out = []
    for o in found:
        parent = next((p for p in found if p.local_start < o.local_start < p.local_end < o.local_end
                       and ctx.text[o.local_start:p.local_end] == p.text[o.local_start - p.local_start:]), None)
        if parent is not None:
            o = ctx.mention(ORG, parent.local_start, o.local_end, source=o.attrs.get("source"),
                            composite=o.attrs.get("composite", False))
        out.append(o)
    return out


def _hospitals_in_other_places(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A hospital found by its head right before a place's name and 医院 opens the name of its hospital in
    that place, a national regional medical centre ("某某大学附属肿瘤医院|甘肃|医院", "上海市第一人民医院|
    酒泉|医院", "中国医学科学院肿瘤医院|河南|医院"): the whole is one body (its parent named apart, rule 8),
    the place and 医院 alone name none."""
    text = ctx.text
    out = list(found)
    for p in found:
        if not p.text.endswith(_HOSPITAL_HEAD):
            continue
        place = place_lexicon_pattern().match(text, p.local_end)
        b = place.end() + len(_HOSPITAL_HEAD) if place else -1
        if place is None or not text.startswith(_HOSPITAL_HEAD, place.end()) or not token_ends_at(ctx, b) \
                or any(o.local_start == p.local_start and o.local_end == b for o in out):
            continue
        out = [o for o in out if not (o.local_start == p.local_end and o.local_end == b)]
        out.append(ctx.mention(ORG, p.local_start, b, source="suffix", composite=True))
    return out


def _branches_of_national_bodies(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A national body's unit in a province or city is named by the body and the unit
    ("审计署|兰州特派办", "国家税务总局|甘肃省税务局"): where a unit found by its head opens with a
    division's name right after a standard body of no level (found by `bodies`: 审计署, 国家税务总局),
    the two are one name, which holds the body (ANNOTATION rule 8), not the unit alone."""
    out = []
    for o in found:
        parent = next((p for p in ctx.found if p.type == ORG and p.attrs.get("source") == "body" and p.local_end == o.local_start
                       and p.text[0] not in lexicons.LEVEL_CHARS), None)
        if parent is not None and place_lexicon_pattern().match(ctx.text, o.local_start):
            o = ctx.mention(ORG, parent.local_start, o.local_end, source=o.attrs.get("source"), composite=True)
        out.append(o)
    return out


def _hospital_sites(found: list[Mention]) -> list[Mention]:
    """A hospital's site or branch named by the hospital, the area it stands in and 医院 or 分院 ("某某人民
    医院|新区|医院", "某某医科大学附属医院|白云|分院") holds its hospital, a body of its own (ANNOTATION rule
    8): marked `composite`, so the hospital found inside it is kept beside it (and the university inside
    that: the hospital is marked too); a site named 医院 is marked `site` too, so that where
    the sentence builds it (a works of the same span) it is that works only (`built_hospital_sites`;
    rule 2: a site that exists only as construction is a project)."""
    for o in found:  # (this component's own new mentions: marked in place)
        hospitals = [p for p in found if p is not o and p.local_start == o.local_start and p.text.endswith(_HOSPITAL_HEAD)
                     and o.text.endswith(_SITE_HEADS) and _names_a_site(o.text[len(p.text):-2])]
        if hospitals:
            o.attrs["composite"] = True
            if o.text.endswith(_HOSPITAL_HEAD):  # a branch (分院) is a body of its own (org_branch_heads.txt)
                o.attrs["site"] = True
        for p in hospitals:  # (found once by its own head, once as the site's parent)
            p.attrs["composite"] = True  # a university's hospital keeps the university (rule 8)
    return found


# what ends a hospital's site, after the area it stands in ("新区医院", "白云分院")
_SITE_HEADS = ("医院", "分院")
_HOSPITAL_HEAD = "医院"


def _names_a_site(words: str) -> bool:
    """Do `words` name the area a hospital's site stands in: a place ("白云"), or a campus kind and 区
    ("新区", "东区": place_campus_kinds.txt)?"""
    if not 2 <= len(words) <= 4:
        return False
    return bool(place_lexicon_pattern().fullmatch(words)) or \
        words.endswith("区") and words[:-1] in lexicons.word_set("place_campus_kinds.txt")


def built_hospital_sites(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The hospitals' sites (`_hospital_sites`) that the sentence names as a works of the same span
    ("推动某某人民医院新区医院投入使用"): no body there (ANNOTATION rule 2), the hospital inside is."""
    works = {p.span.bounds for p in found if p.type == PROJECT}
    return [m for m in found if m.type == ORG and m.attrs.get("site") and m.span.bounds in works]


# "支持包钢和神华集团参与建设": the conjunctions that join a short name to a company
_JOINING = "和与及"


def _coordinated_short_names(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A proper name coordinated with a company or group found by its head is a company too
    ("支持包钢和神华集团参与建设" → 包钢): the conjunction splits "A和B集团" (issue 9), where A is a
    rare word standing after a verb or punctuation, no place and no common word ("教育和卫生院")."""
    out = []
    text = ctx.text
    for o in found:
        if o.attrs.get("source") not in ("suffix", "company") or not o.text.endswith(_COMPANY_HEADS):
            continue
        b = o.local_start - 1
        if b < 2 or text[b] not in _JOINING:
            continue
        before = next((t for t in reversed(ctx.tokens) if t.end <= b - 2 and t.pos.startswith(("v", "p", "c", "x"))), None)
        a = before.end if before is not None else 0
        start = _past_foreign_country(ctx, a, b)  # "日本东洋精工和…公司": the country, then the name
        pieces = [t for t in ctx.tokens if start <= t.start and t.end <= b]
        if not 2 <= b - start <= 4 or not pieces or pieces[0].start != start or pieces[-1].end != b:
            continue  # the name stands right after a verb, a preposition or punctuation
        if any(t.pos.startswith(("v", "d", "p", "c", "m", "q", "t", "f", "r", "u", "x")) for t in pieces):
            continue  # (x: a punctuation mark, "(5)白马镇:与X集团…" names no company "白马镇:")
        word = text[start:b]
        if (not is_proper(word) or word in lexicons.word_set("generic_orgs.txt")
                or place_lexicon_pattern().fullmatch(word) or ctx.taken(a, b, (ORG, PLACE))):
            continue
        out.append(ctx.mention(ORG, a, b, source="coordinated_company"))
    return out


# the heads of a company's or group's name, after which a coordinated short name is a company's
_COMPANY_HEADS = ("集团", "公司")
_GROUP_HEAD = "集团"


def _sector_group(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does the stem text[start:a] before 集团 name an area's own state-owned group by its sector alone
    ("完成能源集团、大数据集团…战略性重组", "新组建农发集团、纺织集团、外经贸集团", "西部矿业、能源发展集团等")?
    Its words are nouns or abbreviations (a verb only after the first: 能源|发展), at most
    ORG_RULES.sector_group_chars characters, opening a clause or a list item or right after a verb; a group
    of a kind is no body: one closing with a kind's field (org_kind_group_fields.txt: "城市医疗集团",
    "大企业集团") or after a type word ("紧密型…", "综合性…")."""
    if not 2 <= a - start <= ORG_RULES.sector_group_chars:
        return False
    words = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    if not words or words[0].start != start or words[-1].end != a:
        return False
    if words[0].pos not in _SECTOR_POS or any(t.pos not in _SECTOR_POS and not t.pos.startswith("v") for t in words):
        return False
    if ctx.text[start:a].endswith(lexicons.words("org_kind_group_fields.txt")):
        return False
    before = ctx.token_ending_at(start)
    if before is not None and before.pos.startswith("v"):
        # "推动机械集团改制": after the clause's verb; not after a second one ("支持铸造机械集团发展": 铸造, a
        # trade jieba tags a verb, is the group's name too, the name rules' to read)
        verb_before = ctx.token_ending_at(before.start)
        return verb_before is None or not verb_before.pos.startswith("v")
    return start == 0 or before is None or before.word in _LIST_OPENERS


# the parts of speech of a sector's words in a group's name (能源, 外经贸, 农发: n, vn, j, nz)
_SECTOR_POS = ("n", "vn", "j", "nz")
# the marks before a list item or a clause
_LIST_OPENERS = frozenset("、，；：。（“")


# the mark between the items of a list of companies ("支持某集团、某某电子、某某集团扩能改造")
_LIST_MARK = "、"


def _companies_listed_beside_companies(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A list item right beside a company found by its head or known by name, that is a trade name
    and its trade or 集团 ("支持某某集团、沪士电子、…", "深化与…、江淮汽车、某某百货大楼集团合作",
    "支持皓月集团、吉粮集团、大成集团扩能改造"), is a company too where jieba's reading hid it (大成/v,
    沪/j 士): list-mates share their kind. The item is bounded by the list's marks, or, the list's last,
    by the verb after it; its stem (two to four characters, a place's name too: the registered form
    行政区划 + 行业) is no kind of business, sector or industry ("生物医药", "新能源汽车")."""
    text = ctx.text
    if _LIST_MARK not in text:
        return []
    companies = [o for o in [*ctx.found, *found] if o.type == ORG
                 and (o.text.endswith(_COMPANY_HEADS) or o.attrs.get("source") == "company")]
    out: list[Mention] = []
    for o in companies:
        for a, b in _items_beside(ctx, o.local_start, o.local_end):
            if _trade_named_item(text[a:b]) and not ctx.taken(a, b, (ORG,)) \
                    and not any(m.local_start == a and m.local_end == b for m in [*found, *out]):
                out.append(ctx.mention(ORG, a, b, source="listed_company_mate"))
    return out


@functools.lru_cache(maxsize=1)
def _listed_item_trades() -> tuple[str, ...]:
    """The trade words of company names (`company_trade_ends`, longest first) that are heads of suffix_orgs."""
    heads = frozenset(_org_head_words())
    return tuple(w for w in company_trade_ends() if w in heads)


def _bare_works_mate(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], beside a company known by name in a list of works closed by 等…项目 ("推动京东方、
    惠科等重大产业项目尽快投产"), a bare proper name of two to four characters: the company the works is
    called by, as its list-mate is (ANNOTATION: Organization, alt Project)? Not a place, an industry
    or sector ("光伏"), nor a word jieba knows commonly."""
    name = ctx.text[a:b]
    return (2 <= len(name) <= 4 and all_cjk(name) and _in_works_list(ctx, b) and is_proper(name, strict=True)
            and word_freq(name) < ORG_RULES.investor_subject_max_freq and not place_lexicon_pattern().fullmatch(name)
            and not name.endswith(_industry_words()) and not name.endswith(works_heads()) and not names_a_sector(name)
            and not ctx.taken(a, b, (ORG, PLACE)))  # "伊阿铁路、塔河炼化一体化": a route's head ends a works, no company


def _items_beside(ctx: SentenceContext, a: int, b: int) -> list[tuple[int, int]]:
    """The list items right before and after the item text[a:b]: the one before between two marks,
    the one after up to the next mark or, the list's last, up to the verb that follows it."""
    text, limit = ctx.text, ORG_RULES.listed_mate_chars
    items = []
    if a > 0 and text[a - 1] == _LIST_MARK:
        front = text.rfind(_LIST_MARK, max(0, a - 1 - limit - 1), a - 1)
        if front >= 0 and all_cjk(text[front + 1:a - 1]):
            items.append((front + 1, a - 1))
    if text.startswith(_LIST_MARK, b):
        end = text.find(_LIST_MARK, b + 1, b + 1 + limit + 1)
        if end > b + 1 and all_cjk(text[b + 1:end]):
            items.append((b + 1, end))
        elif end < 0:  # the list's last item, up to the verb after it or the 等 that closes the list
            last = next((t.start for t in ctx.tokens if b + 1 < t.start <= b + 1 + limit
                         and (t.pos.startswith("v") or t.word == "等") and all_cjk(text[b + 1:t.start])), None)
            if last is not None and token_ends_at(ctx, last):
                items.append((b + 1, last))
    return items


def _trade_named_item(item: str) -> bool:
    """Is a list item a trade name of two to four characters and its trade word or 集团 ("沪士电子",
    "大成集团"), no sector or kind of business? (Only the trades among suffix_orgs' heads, which the
    component's sentence filter looks for.)"""
    trade = next((w for w in (*_listed_item_trades(), "集团") if item.endswith(w)), None)
    if trade is None:
        return False
    stem = item[:-len(trade)]
    return 2 <= len(stem) <= 4 and not names_a_business_kind(stem) and not names_a_sector(item) \
        and stem not in lexicons.word_set("industries.txt") and item not in lexicons.word_set("generic_orgs.txt")


def _named_division_start(ctx: SentenceContext, a: int) -> int:
    """Where a department's name starts when the level character at `a` ends the name of its
    division, one word of the sentence ("成都市|经信局", "苏州市|发改委"): the division names the
    department, whose own name is no part of another word. `a` otherwise."""
    tok = ctx.token_ending_at(a + 1)
    if tok is not None and tok.start < a and place_lexicon_pattern().fullmatch(tok.word):
        return tok.start
    return a


def _is_department(ctx: SentenceContext, m: re.Match, start: int) -> bool:
    """A department by its level, field and head ("市发展改革委", "区教育局"), or by its division's
    name (`start`: "成都市经信局"), not a standard body, the end of a word or a meeting."""
    a, b = m.span()
    text = ctx.text
    if start == a and a > 0 and CJK.match(text[a - 1]) and not token_starts_at(ctx, a):
        return False
    if m.group() in lexicons.org_bodies() or ctx.taken(start, b, (ORG,)):
        return False
    if text[a + 1:b] in lexicons.org_bodies() and text[a + 1] in lexicons.LEVEL_CHARS:
        return False  # "在区|市党委、政府": a level before a standard body's form, a run of levels (extract_bodies)
    last = ctx.token_ending_at(b)
    if last is None or last.start < a or last.word.endswith(lexicons.words("org_not_offices.txt")):
        return False  # "县域经济格局", "县域公办": the head is the end of a word
    return not re.search(r"[届次]", m.group())  # "区十四届四次全委": a meeting


def _committee_in_department_match(ctx: SentenceContext, m: re.Match) -> list[Mention]:
    """A zone committee read where the department pattern took its span and found no department: the
    pattern's stem after a level runs to 委 of 管委会 ("市高新区管委|会") or to the 委员会 of 管理委员会
    ("开发区|管理委员会": 区 read as a level), so the committee's own head (org_sub_units.txt,
    "committee") is read by the head rule from where it starts inside the match."""
    for head in _committee_heads():
        at = ctx.text.find(head, m.start() + 1, m.end() + len(head))
        if at >= 0 and at + len(head) >= m.end():
            return _org_by_head(ctx, re.compile(re.escape(head)).match(ctx.text, at))
    return []


def _org_by_head(ctx: SentenceContext, m: re.Match) -> list[Mention]:
    """The organization named before the head matched by `m` ("恒丰银行黔江支行"), with the parent
    that a branch's name holds (恒丰银行: ANNOTATION rule 8); none when the stem names a kind."""
    a, b = m.span()
    text = ctx.text
    suffix = m.group()
    if b < len(text) and not token_ends_at(ctx, b) and CJK.match(text[b]):
        return []  # the head runs on into another word
    if len(suffix) == 1 and (not aligned(ctx, a, b) and not _office_word(ctx, b) or text.startswith(_particle_words(), a)):
        return []  # 局, 所 inside a word ("布局", "场所") are no heads, nor the particle 所 of "甘肃所能", "吉林所需"
    if text[max(0, a - 3):b].endswith(lexicons.words("org_not_body_words.txt")):
        return []  # "深圳招商会": an event whose word ends in a head (商会); "开创新局": a set phrase
    start = _past_dashed_partner(text, _past_date(text, _past_rank(ctx.text, _name_before_head(ctx, a, suffix), a), a))
    if _investor_head(text, a, suffix):  # cheap test first: the clause start is ~45 backward scans
        clause = _past_opening_lead_word(ctx, clause_start(text, a, PUNCT), a)
        if clause < start and _investor_opening_clause(ctx, clause, a, suffix):
            start = clause  # the walk stopped at a word jieba reads as a verb ("东方/希望/v 集团投资")
    start = _past_verb_glued_to_level(ctx, _past_cut_trade_name(ctx, start, a), a)
    if suffix.endswith(_COMPANY_HEADS):
        start = _past_word_guessed_a_verb(ctx, start)
    if suffix.endswith("公司"):
        start = _with_parent_group(ctx, start, a)
    walked = start
    start = _with_parent_university(ctx, start, a, suffix)
    if suffix not in _sub_units():
        start = _past_joined_company(ctx, start, a)
    if suffix.endswith(_COMPANY_HEADS):
        start = _past_works_before_builder(ctx.text, start, a)
        start = _past_relation_or_zone(ctx, start, a)
        if text[start:b] in lexicons.word_set("org_before_registered.txt"):
            return []  # "某集团全资子公司": the relation to the group, no company's name
    start, lab_of_university = _past_zone_or_site(ctx, start, a, suffix)
    seat = _bracketed_seat_start(ctx, a) if suffix.endswith(_COMPANY_HEADS) else None
    if seat is None and suffix.endswith(_COMPANY_HEADS):
        seat = _registered_division_start(ctx, start, a, b)
    if seat is not None:
        start = walked = seat  # "某能(某市)能源发展有限公司": the group's trade name names it, the words after the seat need not
    elif not _names_one_by_head(ctx, start, a, b, suffix):
        return []
    if _counted_kind_after().match(text, b) or _members_of_a_body(ctx, start, b):
        return []  # "新认定市示范性普通高中10所。", "建成“校企联盟”120个,": a kind and how many of it
    if text.startswith(lexicons.words("genre_pilot_kind_after.txt"), b):
        return []  # "列为省新时代文明实践中心建设试点单位": the kind of a pilot, no body
    if re.match(r"^\d", text[start:b]) or ctx.taken(start, b, (ORG,)) and not _longer_than_found(ctx, start, b):
        return []
    parent = _parent_end(ctx, start, a, _sub_units()[suffix]) if suffix in _sub_units() else None
    b += next((len(w) for w in _legal_forms() if text.startswith(w, b)), 0)  # "…集团有限公司": the registered name
    university = _parent_university_end(ctx, start, walked if start < walked else a, b, suffix) \
        if lab_of_university is None else lab_of_university
    composite = parent is not None or university is not None or _holds_a_body(ctx, start, a)  # a university's
    out = [ctx.mention(ORG, start, b, source="suffix", composite=composite)]
    if parent is not None and not ctx.found_at(start, parent, ORG):  # "恒丰银行黔江支行" names 恒丰银行 too (rule 8)
        holds = university is not None or _opens_with_its_university(ctx, start, parent)
        out.append(ctx.mention(ORG, start, parent, source="suffix", composite=holds))
    if university is not None and not ctx.found_at(start, university, ORG):  # "某某大学附属口腔医院" names the university too
        out.append(ctx.mention(ORG, start, university, source="suffix"))
    return out


def _past_zone_or_site(ctx: SentenceContext, start: int, a: int, suffix: str) -> tuple[int, int | None]:
    """A laboratory's or institute's name start past the zone before it, a university's past its site; and
    where the university that opens a laboratory's name ends ("青海大学|三江源生态大数据应用实验室": the
    university's laboratory, which names the university too, rule 8), else None."""
    if suffix in _SITED_HEADS:
        return _past_site(ctx, start, a, suffix), None
    if suffix not in _LAB_HEADS:
        return start, None
    start = _past_zone(ctx.text, start, a)
    university = _university_ending_at(ctx, start) if start < a else None
    return (start, None) if university is None else (university, start)


def _past_dashed_partner(text: str, start: int) -> int:
    """Where a body's name starts that a walk began right after a dash joining two partners, the country
    before the dash included ("中国—|东盟国家人工智能应用合作中心", "中国-中亚荒漠化防治中心"): the dash
    stops the walk, and the name without its first partner names another body."""
    if start < 3 or text[start - 1] not in _PARTNER_DASHES:
        return start
    country = next((w for w in lexicons.longest_first(lexicons.word_set("countries.txt")) if text.endswith(w, 0, start - 1)), "")
    return start - 1 - len(country) if country else start


# the dashes between two partners in a joint body's name (NFKC leaves the em dash, makes the full-width hyphen ASCII)
_PARTNER_DASHES = "—–-"


def _members_of_a_body(ctx: SentenceContext, start: int, b: int) -> bool:
    """Does text[start:b] close with a kind of listed companies (org_listed_member_kinds.txt: 上市公司)
    right after a body found there before ("北交所|上市公司", "北京证券交易所|上市公司")? The companies
    listed on that exchange are a kind; the exchange is the body (beijing-2026-review, jiangsu-2026-review)."""
    name = ctx.text[start:b]
    return any(name.endswith(w) and len(w) < len(name) and ctx.found_at(start, b - len(w), ORG)
               for w in lexicons.words("org_listed_member_kinds.txt"))


def _past_verb_glued_to_level(ctx: SentenceContext, start: int, a: int) -> int:
    """A name's start past a verb of building jieba glued to the level character after it ("建成区|急救中心"
    read as 建成区, the built-up area): where the word at `start` is a verb of genre_completion_openers.txt
    and one level character (org_stem_levels.txt), the name opens at the level ("区急救中心"); `start`
    otherwise."""
    word = ctx.token_starting_at(start)
    if word is None or word.end > a or len(word.word) < 2 or word.word[-1] not in lexicons.characters("org_stem_levels.txt"):
        return start
    return start + len(word.word) - 1 if word.word[:-1] in lexicons.word_set("genre_completion_openers.txt") else start


def _closes_registered_form(text: str, b: int) -> bool:
    """Does the head ending at `b`, with the legal form after it, close a registered form
    ("有限公司", "有限责任公司", "集团有限公司"; org_legal_forms.txt `registered`)?"""
    e = b + next((len(w) for w in _legal_forms() if text.startswith(w, b)), 0)
    return text.endswith(tuple(lexicons.roles("org_legal_forms.txt")["registered"]), 0, e)


def _opens_a_slot(ctx: SentenceContext, p: int) -> bool:
    """Does a name starting at `p` open its clause or follow the verb that takes it ("组建|某市…")?"""
    if p == 0 or ctx.text[p - 1] in PUNCT:
        return True
    return any(t.end == p and t.pos.startswith("v") and len(t.word) >= 2 for t in ctx.tokens)


def _registered_division_start(ctx: SentenceContext, start: int, a: int, b: int) -> int | None:
    """Where a registered name closing with a legal form at the head text[a:b] starts when a division
    opens it in its slot (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式): "组建某市城市投资
    建设发展有限公司" is one company, though its words after the place make a kind of company (城投) and
    the walk stops at them; None where no division opens such a name at or before `start`."""
    text = ctx.text
    if not _closes_registered_form(text, b):
        return None
    divisions = lexicons.divisions_by_name()
    breaks = lexicons.word_set("org_registered_name_breaks.txt")
    found = None
    for p in range(a - 3, max(0, a - ORG_RULES.registered_name_chars) - 1, -1):
        if text[p] in PUNCT or any(t.start == p and t.word in breaks for t in ctx.tokens):
            break  # the name runs no further left than its clause or a verb that sets a company up
        place = next((k for k in range(min(7, a - p - 2), 1, -1) if text[p:p + k] in divisions), 0)
        if place and p <= start and token_starts_at(ctx, p) and _opens_a_slot(ctx, p):
            found = p
    return found


# a group's subsidiary named by the seat in brackets after the group's trade name ("某能(某市)能源发展有限公司")
# and the words of its trade or business between the brackets and the head ("能源开发"); what the brackets
# may hold, here and in _bracketed_subsidiary_end, is one test's (test_what_the_brackets_after_a_short_name_may_hold)
_SEAT_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）][\u4e00-\u9fff]{0,8}$")


@functools.cache
def _bracketed_forms() -> frozenset[str]:
    """The forms a registered name may hold in brackets before its legal form (org_legal_forms.txt
    `bracketed`: "太原钢铁(集团)有限公司")."""
    return frozenset(lexicons.roles("org_legal_forms.txt")["bracketed"])


def _bracketed_seat_start(ctx: SentenceContext, a: int) -> int | None:
    """Where a company's registered name starts when the words before its head at `a` (at most eight
    characters: its trade or business) open right after a place in brackets, itself after a trade name ("大唐(内蒙古)能源开发有限公司", "某电(天津)新能源有限公司": a
    group's subsidiary, the genre's and the register's way of naming it by its seat): the trade name of two
    to four characters before the brackets, as the name walk finds it, neither a place, a region's common
    word ("西部(成都)…") nor two countries' initials ("中德(某市)…"); None where no such brackets stand.
    Brackets right before the head may close a longer stem (`bracketed_form_stem_max`) and hold a form
    of org_legal_forms.txt `bracketed` instead of a place ("太原钢铁(集团)有限公司")."""
    text = ctx.text
    bracket = _SEAT_BRACKET.search(text, max(0, a - 18), a)
    if bracket is None:
        return None
    # the brackets close right before the head, or before the registered legal form it ends
    # ("某某免税品(集团)有限责任公司", "某某产业(集团)股份有限公司": the head found is 公司)
    close = bracket.end(1) + 1
    before_head = close == a or close < a and any(text.startswith(f, close) and close + len(f) > a
                                                 for f in lexicons.roles("org_legal_forms.txt")["registered"])
    if not (before_head and bracket.group(1) in _bracketed_forms()) \
            and not _bracketed_place(bracket.group(1), bracket.start(1), [m for m in ctx.found if m.type == PLACE]):
        return None
    paren = bracket.start()
    front = _org_start(ctx, paren, group=True)
    name = text[front:paren]
    # right before the legal form the brackets close a whole stem, its place, trade name and trade
    # ("某某网络科技(南京)有限公司"); before more words, only the group's trade name
    longest = ORG_RULES.bracketed_form_stem_max if before_head else ORG_RULES.seat_trade_name_max
    if not (ORG_RULES.seat_trade_name_min <= len(name) <= longest) or not all(CJK.match(c) for c in name):
        return None
    if place_lexicon_pattern().fullmatch(name) or _bilateral_name(name) \
            or word_freq(name) >= ORG_RULES.works_company_max_freq:
        return None
    return front


# the preposition that names the builder after the works ("P由X集团承建")
_BY_BUILDER = "由"


def _past_works_before_builder(text: str, start: int, a: int) -> int:
    """Where a company's name starts when the walk took in the works it builds and 由 ("游泳馆由某集团
    负责运营": the company is 某集团): right after 由, where the words before it end in a works' or a
    facility's head (project_heads.txt, built_facility_heads.txt, org_built_works_heads.txt); else `start`."""
    at = text.rfind(_BY_BUILDER, start, a)
    if at <= start:
        return start
    heads = tuple(lexicons.words("project_heads.txt")) + tuple(lexicons.words("built_facility_heads.txt")) \
        + tuple(lexicons.words("org_built_works_heads.txt"))
    return at + 1 if text[start:at].endswith(heads) else start


# the conjunctions that join two companies' names ("中核集团和龙佰集团", "华能集团与中电建…")
_COMPANY_JOINING = "和与及同"


def _university_ending_at(ctx: SentenceContext, at: int) -> int | None:
    """Where a university or college that ends at `at` starts: one word jieba knows as an institution
    (nt: "中南大学"), a kind of university after a province's or city's name ("贵州|医科大学") or a
    college after its university ("浙江大学|医学院": org_university_parts.txt); None where none ends there."""
    t = ctx.token_ending_at(at)
    parts = tuple(lexicons.words("org_university_parts.txt"))
    if t is None or not t.word.endswith(_UNIVERSITY_HEADS + parts):
        return None
    if t.word in _UNIVERSITY_HEADS:
        # the head alone, jieba's name cut before it ("澄江|大学", "中国|某某技术|大学"): a known university's
        # name (org_universities.txt, "某某科技|大学"), else the name's own walk where it opens with a place's
        # name (a university's name does: 省, 市 or the country)
        known = max((w for w in lexicons.words("org_universities.txt")
                     if ctx.text.endswith(w, 0, at) and token_starts_at(ctx, at - len(w))), key=len, default="")
        start = at - len(known) if known else _org_start(ctx, t.start)
        opener = ctx.token_starting_at(start)
        return start if start < t.start and opener is not None and (known or opener.pos == "ns") else None
    if t.pos == "nt" and len(t.word) >= 4:
        # "中南大学|湘雅医学院": a named college (nt) of the university before it
        university = _university_before(ctx, t.start) if t.word.endswith(parts) else None
        return t.start if university is None else university
    before = ctx.token_ending_at(t.start)
    if len(t.word) < 3 or before is None:
        return None
    if before.pos == "nt" and t.word in lexicons.word_set("org_university_parts.txt"):
        return _university_ending_at(ctx, t.start)  # "浙江大学|医学院": the college of a university
    if t.word in lexicons.word_set("org_university_parts.txt") and len(before.word) == 2 and all_cjk(before.word) \
            and not before.pos.startswith(_NOT_TRADE_PIECE_POS + ("v",)):
        # "华中科技大学|同济|医学院", "四川大学|华西|医学院": a college named by its own word, of the university before it
        university = _university_before(ctx, before.start)
        if university is not None:
            return university
    return before.start if before.pos == "ns" and t.word.endswith(_UNIVERSITY_HEADS) else None


def _university_before(ctx: SentenceContext, at: int) -> int | None:
    """Where a university ending at `at` on a word that ends in 大学 starts ("华中科技大学"), else None."""
    t = ctx.token_ending_at(at)
    return _university_ending_at(ctx, at) if t is not None and t.word.endswith("大学") else None


def _with_parent_university(ctx: SentenceContext, start: int, a: int, suffix: str) -> int:
    """A university's hospital or its branch named on past the walk's reach ("某某大学|附属口腔医院某某
    分院", "某某中医药大学|东方医院某某医院", "某某医科大学|附属第二医院", "某某大学|某某医院"): where the
    stem text[start:a] opens with 附属 (or follows it: org_affiliate_openers.txt), holds a hospital's head
    or stands before one, and right before it stands a university or college (`_university_ending_at`),
    the name opens with the university, which holds it (ANNOTATION rule 8 names the parent apart:
    `_parent_university_end`); otherwise `start`."""
    stem = ctx.text[start:a]
    if not (stem.startswith("附属") or "医院" in stem or suffix.endswith("医院") and stem):
        return start
    # the walk stopped past the word of affiliation ("某某医科大学附属|第一医院": an ordinal opens the stem)
    opener = next((w for w in lexicons.words("org_affiliate_openers.txt") if ctx.text.endswith(w, 0, start)), "")
    university = _university_ending_at(ctx, start - len(opener))
    return start if university is None else university


def _opens_with_its_university(ctx: SentenceContext, start: int, parent: int) -> bool:
    """Does a branch's parent text[start:parent] open with the university that runs it ("某某大学附属第一医院"
    in "…第一医院某某院区某某分院")? Then the parent holds the university, named apart (ANNOTATION rule 8)."""
    return _parent_university_end(ctx, start, parent, parent, ctx.text[start:parent]) is not None


def _parent_university_end(ctx: SentenceContext, start: int, end: int, b: int, suffix: str) -> int | None:
    """Where the university that opens a hospital's or a college's name text[start:b] ends, before `end`
    (the walk's start, or the head's where the walk took the university in: "某某大学第一医院", "某某大学
    医学院"): the first word ending in 大学 on a word's end ("浙江大学医学院附属…" names 浙江大学), else
    the college up to `end`; None where the name opens with no university or names no hospital or college."""
    if not (suffix.endswith("医院") or ctx.text.startswith("附属", end)
            or ctx.text.endswith(tuple(lexicons.words("org_university_parts.txt")), 0, b)):
        return None
    for t in ctx.tokens:
        if start < t.end < end and t.word.endswith("大学") and _university_ending_at(ctx, t.end) == start:
            return t.end
    return end if _university_ending_at(ctx, end) == start else None


def _past_joined_company(ctx: SentenceContext, start: int, a: int) -> int:
    """A name's start past the company named before it and the conjunction that joins the two
    ("引进中核集团和龙佰集团" → 龙佰集团; jieba may glue the conjunction to the next name, 和龙 a
    city): the walk ran back across a head (org_suffixes.txt) closing the first name right before
    a conjunction, which no single company's name holds, or across an organization found before
    that opens the walk and ends there, a conjunction in no dictionary word ("华能和双良公司" → 双良公司,
    华能 known by name; jieba guessed 能和 or 和双良: issue 9, "A和B公司 → A, B公司"); else not where the character opens a word
    other than a place's ("和龙"), jieba's guess ("同方"), and not before a branch's head, whose
    name is a place's after its parent's ("中国银行和平支行"; the caller's test)."""
    text = ctx.text
    heads = tuple(lexicons.words("org_suffixes.txt"))
    for k in range(a - 2, start, -1):
        if text[k] not in _COMPANY_JOINING:
            continue
        if text[k] in _JOINING and ctx.found_at(start, k, ORG) and a - k - 1 >= 2 and not _in_dictionary_word_at(ctx, k):
            return k + 1  # (the name before is known: a word jieba guessed with the conjunction is the next name's)
        if not (text.endswith(heads, start, k) or _brand_and_trade_ends(ctx, start, k)):
            continue
        t = ctx.token_starting_at(k)
        if t is not None and len(t.word) > 1 and not t.pos.startswith("ns"):
            continue
        return k + 1
    return start


def _in_dictionary_word_at(ctx: SentenceContext, k: int) -> bool:
    """Does a word of jieba's dictionary of two characters or more hold text[k] ("同济", "协和": a name's
    own character, no conjunction)? A word its HMM guessed ("能和", "和双良") may run across one."""
    return any(t.start <= k < t.end and len(t.word) > 1 and word_freq(t.word) for t in ctx.tokens)


def _brand_and_trade_ends(ctx: SentenceContext, start: int, k: int) -> bool:
    """Does a company's short name end at `k`, a proper word of two characters or more (a brand) and the
    company trade after it ("金鹰|物流", "东洋|精工": company_trades()), inside the walk from `start`? Then
    a conjunction at `k` joins two companies ("金鹰物流和顺达冷链公司"), not words of one name."""
    trade = max((w for w in company_trades() if ctx.text.endswith(w, start, k)), key=len, default="")
    t = ctx.token_ending_at(k - len(trade)) if trade else None
    return t is not None and t.start >= start and len(t.word) >= 2 and t.pos in ("nr", "nz", "nrt", "nt", "ns") \
        and not place_lexicon_pattern().fullmatch(t.word)


def _past_foreign_country(ctx: SentenceContext, start: int, a: int) -> int:
    """Where the words text[start:a] before a company's head or a conjunction go on past a foreign
    country's name (countries.txt) that opens them, leaving two characters or more ("韩国|大业化学",
    "日本|东洋精工"): the report names a foreign company with its country, the trade name after it;
    `start` where no country opens them."""
    t = ctx.token_starting_at(start)
    return t.end if t is not None and t.word in lexicons.foreign_countries() and a - t.end >= 2 else start


def _past_cut_trade_name(ctx: SentenceContext, start: int, a: int) -> int:
    """A name's start past the trade name that the walk stopped at, when all it kept before the head
    is a trade or two ("山东润养/v 医疗器械有限公司" → 医疗器械有限公司, "某省启明/v 农牧科技有限公司"):
    a trade and a legal form name no company, the trade name (字号) stands before the trade, and jieba read it as a verb. The word
    before the trade is taken in when jieba knows it little (at most ORG_RULES.cut_trade_name_max_freq)
    and it is no trigger, number, time or function word; the walk goes on before it (the province
    or city of a registered name). Otherwise `start` as it was."""
    if not _trades_alone(ctx.text[start:a]):
        return start
    t = ctx.token_ending_at(start)
    if t is None or len(t.word) < 2 or not all(CJK.match(c) for c in t.word) or t.word in triggers():
        return start
    country = ctx.token_ending_at(t.start)
    if country is not None and country.word in lexicons.foreign_countries():
        return country.start  # "韩国|大成/v|化学公司": after a foreign country any word is the trade name
    if t.pos.startswith(_NOT_TRADE_NAME_POS) or word_freq(t.word) > ORG_RULES.cut_trade_name_max_freq:
        return start
    return name_start(ctx, t.start, max_chars=ORG_RULES.name_walk_chars - (a - t.start), max_tokens=ORG_RULES.name_walk_tokens,
                      strict=False, organization=True)


_GROUP_HEAD = "集团"


def _past_word_guessed_a_verb(ctx: SentenceContext, start: int) -> int:
    """A company's name start past the rare word jieba tagged a verb or an interjection where the
    walk stopped ("某水|铸造/v|机械集团", "某石油|某某/o|油田公司"), when a division's name or a known
    company's short name ends right before that word: the registered name's seat or its group's short
    name, then its trade name (企业名称登记管理规定: 行政区划 + 字号 + 行业; 集团简称 + 子公司), so the
    trade and head left after the word ("机床集团", "油田公司") are no name of their own. A common verb
    (ORG_RULES.common_word_freq) or a lead word there opens the clause ("推动|机床集团"); `start` where none."""
    word = ctx.token_ending_at(start)
    if word is None or len(word.word) != 2 or not word.pos.startswith(("v", "o")) or not all_cjk(word.word) \
            or word_freq(word.word) >= ORG_RULES.common_word_freq or word.word in lexicons.word_set("org_lead_words.txt"):
        return start
    text = ctx.text
    for k in range(max(0, word.start - ORG_RULES.verb_seat_max_chars), word.start - 1):
        stem = text[k:word.start]
        if token_starts_at(ctx, k) and (place_lexicon_pattern().fullmatch(stem) or stem in _known_company_forms()):
            return k
    return start


def _with_parent_group(ctx: SentenceContext, start: int, a: int) -> int:
    """A subsidiary's name start at its group's, where the group's name ends right before the words
    the walk kept or inside them ("某某集团|某某生物工程有限公司", "某电投集团宁夏能源铝业有限公司"): a
    company's registered name opens with its parent group's (企业名称登记管理规定: 某某集团某某有限公司),
    so the tail alone ("生物工程有限公司") is no name. The group is one found already ending there, or one
    its own walk from that 集团 names; `start` where no group's name ends in or right before the walk."""
    text = ctx.text
    k = text.rfind(_GROUP_HEAD, max(0, start - len(_GROUP_HEAD)), a)
    if k < 0 or a - (k + len(_GROUP_HEAD)) < 2:
        return start
    g = k + len(_GROUP_HEAD)
    found = next((m.local_start for m in ctx.found if m.type == ORG and m.local_end == g and m.local_start < k), None)
    if found is not None:
        return min(found, start)
    group = _name_before_head(ctx, k, _GROUP_HEAD)
    if group < k and _names_one_by_head(ctx, group, k, g, _GROUP_HEAD):
        return min(group, start)
    return start


def _trades_alone(words: str) -> bool:
    """Is `words` one trade word or two in a row ("医疗器械", "农牧科技": kg.text.company_names.trade_words)?"""
    trades = trade_words()
    return words in trades or any(words[:k] in trades and words[k:] in trades for k in range(2, len(words) - 1))


def _past_date(text: str, start: int, a: int) -> int:
    """A name's start past the unit of a date glued before it ("今年9月西华大学…": jieba's 月西 joins
    the month to the name's first character): a name never opens with 年, 月 or 日 after a digit."""
    if 0 < start < a - 1 and text[start - 1].isdigit() and text[start] in "年月日":
        return start + 1
    return start


def _past_relation_or_zone(ctx: SentenceContext, start: int, a: int) -> int:
    """A company's name start past the relation word or the zone that the walk took in before it
    ("全资子公司|某某轴承集团", "某某工业区|某某煤化有限公司"; org_before_registered.txt): the
    registered name starts after the last of them, where two characters or more are left before the
    head. A zone named by a division of the lexicon ("苏州工业园区") opens the registered name and
    stays; a zone word glued to its name by jieba is found where a character of its own opens it."""
    text = ctx.text
    best = start
    for w in lexicons.words("org_before_registered.txt"):
        at = text.rfind(w, start, a)
        if at < 0 or a - (at + len(w)) < 2 or at + len(w) <= best:
            continue
        if at > start and lexicons.find_division(text[start:at], ctx.doc.own.province) is not None:
            continue  # "苏州工业园区…有限公司": the zone of a division opens the registered name
        best = at + len(w)
    return best


# the heads of laboratories and institutes, whose names a zone's may open ("甬江科创区甬江实验室")
_LAB_HEADS = ("实验室", "研究院")


def _past_zone(text: str, start: int, a: int) -> int:
    """Where a laboratory's name starts when a zone's name opens the stem text[start:a] before a
    name of its own of two characters or more ("甬江科创区|甬江|实验室": the laboratory 甬江实验室 in
    the zone 甬江科创区; org_zones_before_labs.txt)."""
    stem = text[start:a]
    for zone in lexicons.words("org_zones_before_labs.txt"):
        at = stem.rfind(zone)
        if at > 0 and len(stem) - (at + len(zone)) >= 2:
            return start + at + len(zone)
    return start


# the heads of bodies named without the division or zone they stand in ("南京市江宁区河海大学" is 河海大学)
_SITED_HEADS = ("大学",)
# the last character of a division's name (南京市, 江宁区), which ends where the body stands
_DIVISION_ENDS = "省市区县州旗盟"


def _past_site(ctx: SentenceContext, start: int, a: int, suffix: str) -> int:
    """Where a university's name starts when the divisions and zones it stands in open the stem
    text[start:a] ("南京市江宁区|河海大学", "重庆市沙坪坝区|重庆大学"): after the last of them,
    when it leaves a name of two characters or more that names one on its own. A division's name is a
    place of the lexicon ending in its level (市, 区, 县…), on jieba's word ends; a zone's is one of
    org_zones_before_labs.txt."""
    text = ctx.text
    stem = text[start:a]
    ends = [start + m.end() for m in place_lexicon_pattern().finditer(stem)
            if _ends_in_its_level(m.group()) and token_ends_at(ctx, start + m.end())]
    zone = _past_zone(text, start, a)
    ends += [zone] if zone > start else []
    last = max((e for e in ends if a - e >= 2), default=start)
    # the name after the last of them must name one on its own ("成都市郫都区西南交通大学" keeps its
    # districts: 西南交通 is common words, and a name cut after only the city would still hold one)
    return last if last > start and _names_one(ctx, last, a, suffix) else start


def _ends_in_its_level(name: str) -> bool:
    """Does the place name `name` end in its division's level (南京市, 江宁区, 黔东南州), not in a
    character of its own name that a level shares: 州 of 贵州 (贵州省), 杭州 (杭州市), which the division
    tables write with the level after it ("贵州|师范大学" is one name, 贵州师范大学)?"""
    return name[-1] in _DIVISION_ENDS and not any(
        d.name != name and d.name.startswith(name) for d in lexicons.divisions_by_name().get(name, ()))


@functools.lru_cache(maxsize=1)
def _rank_pattern() -> re.Pattern[str]:
    words = lexicons.words("org_rank_descriptors.txt")  # longest first
    ranks = "|".join(re.escape(w) for w in words if w.startswith("强"))
    kinds = "|".join(re.escape(w) for w in words if not w.startswith("强"))
    return re.compile(rf"(?:(?<=[\d十百千])(?:{ranks})|{kinds})")


def _past_rank(text: str, start: int, a: int) -> int:
    """A name's start past the rank or kind of firm that describes it ("世界500强企业吉利控股集团" →
    吉利控股集团, "“小巨人”企业X光电有限公司" → X光电有限公司), when a name of two characters or more is left before the head."""
    last = None
    # from the character before the name: a designation's closing quote stays outside the walk
    # ("“小巨人”企业合肥X有限公司": the walk stops at ”, the descriptor is ”企业)
    for last in _rank_pattern().finditer(text, max(0, start - 1), a):
        pass
    return last.end() if last is not None and a - last.end() >= 2 else start


def _registered_form_before(text: str, a: int) -> str:
    """The registered legal form (org_legal_forms.txt, less its 公司) that ends right before the head
    公司 at `a` ("有限责任", "股份有限"), or ""."""
    return next((w for w in _registered_form_openers() if text.endswith(w, 0, a)), "")


@functools.lru_cache(maxsize=1)
def _registered_form_openers() -> tuple[str, ...]:
    forms = {w[:-2] for w in lexicons.roles("org_legal_forms.txt").get("registered", ()) if w.endswith("公司")}
    return lexicons.longest_first(w for w in forms if w)


@functools.lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    """Legal forms that may follow a group's or company's head ("集团有限公司", "集团股份有限公司"): those
    of org_suffixes.txt and the registered forms of org_legal_forms.txt, longest first."""
    forms = {w for w in lexicons.words("org_suffixes.txt") if len(w) >= 4 and w.endswith("公司") and "有限" in w}
    forms |= set(lexicons.roles("org_legal_forms.txt").get("registered", ()))
    return lexicons.longest_first(forms)


# the short form of a numbered school (第一中学 → 一中, 第三小学 → 三小) before the head of its branch
_NUMBERED_SCHOOL = re.compile(r"(?<![一二三四五六七八九十第])第?[一二三四五六七八九十]{1,3}[中小]$")
_SCHOOL_BRANCHES = ("分校",)


def _name_before_head(ctx: SentenceContext, a: int, suffix: str) -> int:
    """Where the name before the head at `a` starts; across a "与"/"和" inside it when its right
    part names nothing and its left part holds the parent body ("中国科学院东莞材料科学与技术研究所")."""
    text = ctx.text
    school = _NUMBERED_SCHOOL.search(text, max(0, a - 4), a) if suffix in _SCHOOL_BRANCHES else None
    if school is not None:
        return school.start()  # "一中分校": a school's short form, that jieba reads as a place word (一中/s)
    start = _org_start(ctx, a, through_heads=suffix in _sub_units(), group=suffix.endswith(_COMPANY_HEADS))
    form = _registered_form_before(text, a) if suffix == "公司" else ""
    if form and start < a - len(form):
        # "某地某某发展|有限责任|公司": the walk's characters count from the name's end, not the legal form's
        start = min(start, _org_start(ctx, a - len(form), group=True))
    if start == a and suffix.endswith(_COMPANY_HEADS):
        start -= _guessed_verb_trade_name(ctx, a)
    if suffix in _sub_units():
        # a walk through parents' heads stops at a kind's word ("职业"), where a unit's own name
        # runs on: "湖南铁道职业技术学院" is one name, not 技术学院
        start = min(start, _org_start(ctx, a))
    start = min(start, _committees_zone_start(ctx, a, suffix))
    if start > 1 and text[start - 1] in "与和" and a > start \
            and (not _names_one(ctx, start, a, suffix) or _one_common_noun(ctx, start, a)) \
            and not (suffix.endswith(_COMPANY_HEADS) and _body_ends_at(ctx, start - 1)):
        left = _org_start(ctx, start - 1, through_heads=suffix in _sub_units())
        parent = next((m.local_start for m in ctx.found if m.type == ORG and m.local_end == left < start - 1
                       and m.attrs.get("source") == "body"), None)
        if parent is not None and _one_common_noun(ctx, start, a):
            left = parent  # "中国科学院|长春光学精密机械与物理研究所": the walk stopped at the parent body before it
        if left < start - 1 and _holds_a_body(ctx, left, start - 1) and not _generic_org_stem(text[left:start - 1]):
            start = left
    return start




def _one_common_noun(ctx: SentenceContext, start: int, a: int) -> bool:
    """Is text[start:a] one common noun of jieba's dictionary (n: "物理", "技术"), a field that the
    right part of "X与Y研究所" names, not an institute's own name ("精密机械与|物理|研究所")?"""
    t = ctx.token_starting_at(start)
    return t is not None and t.end == a and t.pos == "n" and word_freq(t.word) >= ORG_RULES.common_word_freq


def _cut_into_characters(ctx: SentenceContext, start: int, a: int) -> bool:
    """Does a registered name's stem open with a trade name jieba cut into single characters ("兴/v 煤
    煌/ag 泰 新能源有限公司"), so no word of it looks proper: at least ORG_RULES.cut_characters_min words
    of one character in a row at its start, then a word of two characters or more before the head, none
    a function word or a word that opens no name (`org_not_name_characters.txt`: 在, 是, 与, 将), the
    run opening its clause or following a word of two characters or more?"""
    stop = lexicons.word_set("org_not_name_characters.txt")
    words = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    if not words or words[0].start != start or words[-1].end != a:
        return False
    run = 0
    for t in words:
        if len(t.word) != 1:
            break
        if not CJK.match(t.word) or t.word in stop or t.pos.startswith(_NOT_TRADE_NAME_POS):
            return False
        run += 1
    if not ORG_RULES.cut_characters_min <= run <= ORG_RULES.cut_characters_max or run == len(words):
        return False
    before = ctx.token_ending_at(start)
    return start == 0 or before is None or len(before.word) > 1 or not CJK.match(before.word)


def _guessed_verb_trade_name(ctx: SentenceContext, a: int) -> int:
    """The length of the word right before a company's head at `a` when no dictionary knows it and
    jieba's guess made it a verb ("超威/v 集团", so the walk stopped at once): two or three
    characters, opening a clause or a list item, are the trade name, not a verb; else 0."""
    t = ctx.token_ending_at(a)
    if t is None or not t.pos.startswith("v") or not 2 <= len(t.word) <= 3 or word_freq(t.word) \
            or not all(CJK.match(c) for c in t.word):
        return 0
    before = ctx.token_ending_at(t.start)
    if t.start > 0 and (before is None or before.word not in "、，；：（与和及同" and not before.pos.startswith(("v", "p"))):
        return 0
    return len(t.word)


def _names_one_by_head(ctx: SentenceContext, start: int, a: int, b: int, suffix: str) -> bool:
    """Does text[start:b] name one organization: not a generic word, a count, a kind (a bare
    "博物馆" in a province's report, "世界一流大学"), an event's part or a verb and its object?"""
    text = ctx.text
    name = text[start:b]
    stem = text[start:a]
    if name in lexicons.word_set("generic_orgs.txt") or len(name) < 2 or (len(suffix) == 1 and len(stem) < 2):
        return False
    if stem and stem[-1].isdigit():
        return False  # "卫生室8所": a count, not a name
    if _FIRM_COUNT.search(stem):
        return False  # "已有A、B2家钢铁子公司", "旗下有5家子公司": a count of firms and their kind, not a name
    if _SCHOOL_COUNT.search(stem):
        return False  # "某区两所学校建成使用", "某市多所学校结成…": a count of schools or hospitals, no name
    if suffix in _COMPANY_HEADS and stem and _guessed_verb_trade_name(ctx, a) == len(stem) and not _generic_org_stem(stem):
        return not _EVENT_AFTER.match(text, b)  # "超威/v 集团": a word no dictionary knows, guessed a verb
    if suffix in _SCHOOL_BRANCHES and _NUMBERED_SCHOOL.fullmatch(stem):
        return not _EVENT_AFTER.match(text, b)  # "一中分校": a numbered school's branch
    if suffix in _COMPANY_HEADS and _past_foreign_country(ctx, start, a) > start and not _generic_org_stem(stem):
        return not _EVENT_AFTER.match(text, b)  # "韩国大成/v 化学公司": a foreign company named with its country
    if suffix in lexicons.roles("org_legal_forms.txt")["registered"] and _cut_into_characters(ctx, start, a):
        return not _EVENT_AFTER.match(text, b)  # "兴/v 煤 煌 泰 新能源有限公司": a trade name cut to characters
    if len(stem) >= 2 and _registered_party(ctx, start, b) and not _generic_org_stem(stem) \
            and not stem.startswith(_party_determiners()):
        return not _EVENT_AFTER.match(text, b)  # "某县人民政府与东方集团有限公司签约": the second party's registered name
    standalone = name.lstrip(lexicons.LEVEL_CHARS) in lexicons.word_set("standalone_orgs.txt")
    if standalone and not _local_report(ctx.doc) and not (stem and _names_one(ctx, start, a, suffix)):
        return False  # "博物馆", "海关" in a province's report: a kind
    if not stem and (not standalone or not _stands_alone(ctx, a)):
        return False  # a bare head ("支行") names no one body
    if stem and (_generic_org_stem(stem) and not _own_level_institution(ctx, start, a)
                 and not _branch_of_named_parent(ctx, start, a, suffix)
                 or not standalone and not _names_one(ctx, start, a, suffix)):
        return False
    if _EVENT_AFTER.match(text, b):
        return False
    if start > 0 and (t := ctx.token_starting_at(start - 1)) is not None and t.word == "等":
        return False  # "中国国际航空、…等航空公司": after a list's 等, the kind of its items
    if suffix in _committee_heads() and _counted_or_pointed_at(ctx, start):
        return False  # "各园区管委会": the committees of every zone of a kind, no one body
    if _count_before().search(text, max(0, start - _COUNT_REACH), start):
        return False  # "建成101所芙蓉学校": a count of schools of a kind (ANNOTATION: counted sets), no one body
    stem_tokens = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    return not (len(stem_tokens) == 1 and stem_tokens[0].start == start
                and stem_tokens[0].pos in ("v", "vn", "vd")
                and not _school_name_word(ctx, start, a, suffix))  # "处置银行": a verb and its object


@functools.lru_cache(maxsize=2)
def _brand_pattern(after_known: bool = False) -> re.Pattern[str]:
    only_known = lexicons.mapping("brand_heads.txt")
    heads = alternation_pattern(w for w in lexicons.words("brand_heads.txt") if after_known or w not in only_known)
    return re.compile(rf"({heads})")


def _brand_orgs(ctx: SentenceContext) -> list[Mention]:
    """Companies named by a brand and their trade ("科瑞南海制药", "京宏源铝业", "新诚服饰"):
    the brand must be a proper name, not a common word ("生物医药")."""
    out = []
    text = ctx.text
    for m in _brand_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b):
            continue
        if not token_starts_at(ctx, a) and _in_dictionary_word(ctx, a):
            continue  # "跨境电子商务": the trade is the end of a common word
        if text.startswith(lexicons.words("org_zones_before_labs.txt"), a):
            continue  # "南湖科技城": the trade opens a zone's head, the name is the zone's
        if text.startswith(lexicons.words("org_trade_zone_heads.txt"), b):
            continue  # "某某化工园区": the trade is the zone's industry, no company's
        if text.startswith(lexicons.words("org_trade_field_compounds.txt"), b):
            continue  # "高质量科技供给", "中央财政科技计划": the trade qualifies a field of policy, no company's
        start = name_start(ctx, a, max_chars=ORG_RULES.brand_walk_chars, max_tokens=ORG_RULES.brand_walk_tokens)
        lead = next((t for t in ctx.tokens if t.start == start and t.end < a and t.word in lexicons.word_set("org_lead_words.txt")), None)
        start = lead.end if lead is not None else start  # "调研某远纺织项目": the visit's verb opens no brand
        start += _preposition_glued_to_a_name(ctx, start, a)  # "由宽衍/nr 科技"
        unit = ctx.token_starting_at(start)
        if unit is not None and unit.pos == "m" and unit.end < a and start > 0 and text[start - 1].isdigit():
            start = unit.end  # "投资5亿元|某翔科技高端颜料项目": the unit of the sum before it opens no name
        sited = _past_site_divisions(ctx, start, a)  # (a brand after its site's divisions is tested there)
        named, start = sited > start, sited
        stem = text[start:a]
        if not 2 <= len(stem) <= ORG_RULES.brand_walk_chars or not (named or _brand_stem(ctx, start, a, b)) or _generic_org_stem(stem) \
                or names_a_business_kind(stem):
            continue
        if stem[-1] in lexicons.word_set("org_manner_finals.txt"):
            continue  # "装配式建材": a manner of building (-式, -型, -性) and a trade, a kind of product, no brand
        if stem in company_trades() and not _place_ends_at(text, start):
            continue  # "有色冶金、石化化工": two trades side by side name a sector, no brand (after a place they
            # are a registered name's industry and trade: "三明新能源科技二期")
        if place_lexicon_pattern().fullmatch(stem) or ctx.taken(start, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, start, b, source="brand"))
    return out


def _place_ends_at(text: str, a: int) -> bool:
    """Does a division's name (place lexicon) of two to four characters end at `a`?"""
    return any(a >= k and place_lexicon_pattern().fullmatch(text[a - k:a]) for k in (2, 3, 4))


# what may follow a foreign company's short name in a list of investors ("法国某某、美国某某分别投资…")
_AFTER_FOREIGN_COMPANY = "、,和与及"


@functools.lru_cache(maxsize=1)
def _foreign_country_names() -> re.Pattern[str]:
    """Any foreign country's name (lexicons.foreign_countries): a sentence holding none has no token that is one."""
    return re.compile(alternation_pattern(lexicons.longest_first(lexicons.foreign_countries())))


def _foreign_companies_by_country(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """Foreign companies named by their country and a transliterated trade name with no head ("法国|某戈班
    (nrt)、美国|某莱克斯(nrt)分别投资建设…"): a foreign country (countries.txt) right before the words of
    a list item (two to ORG_RULES.foreign_trade_chars characters, nouns that jieba reads as one
    transliteration or cuts into pieces of one: "卡尔斯/nrt 博/nr", one at least a transliteration, a
    person's name or a word no dictionary knows), the item ending at a list mark or an investment verb,
    in a clause that invests or builds after it (org_investor_verbs.txt, org_investor_site_verbs.txt).
    The country stays in the name (the report's form; the country is a place of its own inside it)."""
    out = []
    text, freq = ctx.text, tokenizer_tags().tokenizer.FREQ
    if _foreign_country_names().search(text) is None:
        return out  # no token below is a country's name (10 of the 3,250 sentences of the samples and Hailar name one)
    countries = lexicons.foreign_countries()
    verbs = tuple(lexicons.words("org_investor_verbs.txt")) + tuple(lexicons.words("org_investor_site_verbs.txt"))
    toks = ctx.tokens
    for i, c in enumerate(toks):
        if c.word not in countries:
            continue
        j, end, proper = i + 1, c.end, False
        while j < len(toks) and toks[j].pos.startswith(("n", "m")) and all(CJK.match(ch) for ch in toks[j].word) \
                and toks[j].end - c.end <= ORG_RULES.foreign_trade_chars:
            proper = proper or toks[j].pos in ("nrt", "nr") or not freq.get(toks[j].word)
            end = toks[j].end
            j += 1
            if end < len(text) and (text[end] in _AFTER_FOREIGN_COMPANY or text.startswith(("分别", *verbs), end)):
                break
        if end - c.end < 2 or not proper or end < len(text) and not (
                text[end] in _AFTER_FOREIGN_COMPANY or text.startswith(("分别", *verbs), end)):
            continue
        clause_end = min((k for k in (text.find(p, end) for p in ",;。") if k >= 0), default=len(text))
        if not any(text.find(v, end, clause_end) >= 0 for v in verbs) or ctx.taken(c.start, end, (ORG,)) \
                or any(o.local_start <= c.start and end <= o.local_end for o in found):
            continue
        out.append(ctx.mention(ORG, c.start, end, source="foreign_company", composite=True))
    return out


_ROUND = re.compile(r"[一两][轮代批波]")
# a capacity in tonnes ("百万吨", "千万吨", "30万吨"): what a plant or base of the trade makes, no trade name
_CAPACITY = re.compile(r"(?:\d+|[十百千万亿])[万亿]?吨")


# two or more compass words run together and a part's word ("东西部", "中西部", "东中西部"): regions of the
# country named at once
_SEVERAL_REGIONS = re.compile(r"[东南西北中]{2,4}部")


def _past_site_divisions(ctx: SentenceContext, start: int, a: int) -> int:
    """Where a brand's name starts past the prefectures and counties written before it, the site of the
    company's plant, not part of its name ("益阳信维科技攻克…" → 信维科技, "长沙宁乡圣钘科技新一代锂电池" →
    圣钘科技): each a division below a province's level that is neither the report's own area nor one
    holding it, and the brand after them a brand of its own (`_brand_stem`) or one rare noun. A province's name stays
    (吉林梅花, 青海时代: the registered form 行政区划 + 字号), and so does the report's own county or city
    (黔江卷烟厂 in 黔江's report). `start` otherwise."""
    text, own = ctx.text, ctx.doc.own
    k = start
    while (m := place_lexicon_pattern().match(text, k)) is not None and m.end() < a and token_ends_at(ctx, m.end()):
        site = lexicons.find_division(m.group(), own.province)
        if site is None or site.level == "province" or own.division is not None and (
                site.code == own.division.code or _contains(site, own.division)):
            break
        k = m.end()
    return k if k > start and a - k >= 2 and (_brand_stem(ctx, k, a) or _rare_noun(ctx, k, a)) else start


def _rare_noun(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] one noun jieba does not know as a common word ("信维"/n, guessed): a trade name
    once a division before it is its site?"""
    word = ctx.token_starting_at(a)
    return word is not None and word.end == b and word.pos.startswith(("n", "j")) and word.pos != "ns" \
        and word_freq(word.word) < COMPANY_OPENING.rare_word_freq


def _brand_stem(ctx: SentenceContext, a: int, b: int, trade_end: int | None = None) -> bool:
    """Is text[a:b], before a trade, a brand: a proper name, or two or three single characters
    jieba cut apart that make no word it knows ("盘珂实业", "隆通管业"; not "生物医药")? Given where the
    trade ends (`trade_end`), also two or three characters jieba's HMM put together as one word of no
    dictionary ("安某|矿业": two common characters the strict test reads as no name), where the trade
    starts no works' kind after it ("某草|科技|中心项目": the works' kind, 科技中心; session 64): the genre
    writes a company it brings in by its trade name and its trade, and a word jieba knows not at all
    stands there as a name."""
    stem = ctx.text[a:b]
    if _ROUND.search(stem):
        return False  # "新一轮科技革命", "新一代信息技术": a round or generation, no brand
    if _FIRM_COUNT.search(stem) or _CAPACITY.search(stem):
        return False  # "恒联2家钢铁子公司", "百万吨化工新材料基地": a count of firms or a capacity before the trade, no brand
    if _SEVERAL_REGIONS.fullmatch(stem):
        return False  # "东西部|科技合作", "东中西部": several of the country's parts, the field's scope, no brand
        # (one part may be: 西部矿业, 北方重工)
    if is_proper(stem):
        return True
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not (2 <= len(stem) <= 3 and all(CJK.match(c) for c in stem) and stem not in tokenizer_tags().tokenizer.FREQ
            and not any(t.pos.startswith(("v", "m", "p", "c", "u", "d")) for t in toks)):
        return False
    if all(len(t.word) == 1 for t in toks):
        return True
    return (trade_end is not None and len(toks) == 1 and toks[0].word == stem
            and not ctx.text.startswith(works_heads(), trade_end))


def _org_start(ctx: SentenceContext, a: int, through_heads: bool = False, group: bool = False) -> int:
    """Where the name before a head at `a` begins: the shared walk, carried on through the trades
    that jieba reads as verbs ("农业担保公司", "行政审批局")."""
    most = ORG_RULES.name_walk_chars
    start = name_start(ctx, a, max_chars=most, max_tokens=ORG_RULES.name_walk_tokens, strict=False, organization=True,
                       through_heads=through_heads)
    start = _seat_opening(ctx, start, a, ORG_RULES.name_walk_tokens, a)
    trades = lexicons.word_set("org_trades.txt") | (lexicons.word_set("org_group_trades.txt") if group else frozenset())
    while True:
        before = ctx.token_ending_at(start)
        if before is None or before.word not in trades or a - before.start > most:
            return _after_lead_words(ctx, start, a)
        front = name_start(ctx, before.start, max_chars=most - (a - before.start), max_tokens=ORG_RULES.trade_walk_tokens,
                           strict=False, organization=True, through_heads=through_heads)
        front = _seat_opening(ctx, front, before.start, ORG_RULES.trade_walk_tokens, a)
        if front == before.start:
            return start  # nothing names the trade: it is the verb before the name ("规范发展传统小贷公司")
        start = front


def _seat_opening(ctx: SentenceContext, start: int, end: int, tokens: int, head: int) -> int:
    """Where a name begins that a walk left from `end` ended on its count of `tokens`, when a place
    stands right before: at that place, a registered name's seat ("由三亚|凤凰/岛/国际/邮轮|发展|有限公司":
    jieba cuts the island's name in two, and the walk's tokens end before 三亚), within the walk's
    characters from the name's `head`."""
    seat = ctx.token_ending_at(start)
    walked = sum(1 for t in ctx.tokens if start <= t.start < end)
    if seat is None or seat.pos != "ns" or walked < tokens or head - seat.start > ORG_RULES.name_walk_chars:
        return start
    return seat.start


def _conjunction_after_a_body(text: str, at: int, bodies: dict[str, str]) -> bool:
    """Does the division name at `at` open with a conjunction that joins it to the body named right
    before ("市政府和县委", "市委五届六次全会和县委…")? Then the name is the conjunction plus the next
    body, not a county named 和县 (rare: the conjunction has to be one of a division's first
    characters, checked by the caller's match)."""
    if at == 0 or text[at] not in "和与及":
        return False
    return any(text.endswith(form, 0, at) for form in bodies) or text.endswith("全会", 0, at)


def _after_lead_words(ctx: SentenceContext, start: int, a: int) -> int:
    """A name's start past the verbs that open its clause ("助推人民医院" → 人民医院)."""
    lead = lexicons.word_set("org_lead_words.txt")
    manner = lexicons.word_set("obs_manner_adverbs.txt")
    for t in ctx.tokens:
        if t.start == start and t.end <= a and t.word in lead:
            start = t.end
        elif t.start == start and t.word in manner and _lead_word_at(ctx, t.end, a):
            start = t.end  # "全力|服务|东风公司": an adverb of effort, then the lead word (stripped next)
        elif t.start == start and t.end < a and _verb_and_level(t):
            start = t.end - 1  # "建成区实验小学": jieba's 建成区 (built-up area) holds the verb and the level
        elif t.start == start and t.end < a and _resultative_complement(ctx, t):
            start = t.end  # "建|好|某某研究院", "整改|好|中央环保督察组": the verb and its 好 before the name
    return start + _conjunction_glued_to_a_level(ctx, start, a) + _preposition_glued_to_a_name(ctx, start, a)


def _resultative_complement(ctx: SentenceContext, t) -> bool:
    """Is token `t` the complement 好 closing a verb ("建好", "整改好", "落实好": jieba cuts 建|好 and
    tags 好 an adjective), or a verb of one character that such a 好 follows? No name opens with it."""
    if t.word == "好":
        return t.pos.startswith("a")
    after = ctx.token_starting_at(t.end)
    return len(t.word) == 1 and t.pos.startswith("v") and after is not None and after.word == "好"


def _lead_word_at(ctx: SentenceContext, at: int, a: int) -> bool:
    """Does a lead word of org_lead_words.txt stand as a token at `at`, ending before the head at `a`?"""
    t = ctx.token_starting_at(at)
    return t is not None and t.end < a and t.word in lexicons.word_set("org_lead_words.txt")


# prepositions that open no company's name but that jieba glues to an unknown trade name after them
# (暨: "集中开工暨某某…项目开工仪式", "and" of an event's title; joining_words.tsv)
_GLUED_PREPOSITIONS = lexicons.roles("joining_words.tsv")["glued"]


def _preposition_glued_to_a_name(ctx: SentenceContext, start: int, a: int) -> int:
    """1 where the name opens with a preposition that jieba glued to a trade name it does not know
    ("P由宽衍集团投资建设" cut 由宽衍/nr|集团: the company is 宽衍集团, which "由" makes the builder),
    else 0. Only a word no dictionary knows, with two characters or more of the name left before the
    head (以海/f 乳/n 集团: "以海乳集团…为导向" names 海乳集团)."""
    t = ctx.token_starting_at(start)
    if t is None or t.end > a or len(t.word) < 2 or a - start - 1 < 2 or t.word[0] not in _GLUED_PREPOSITIONS \
            or word_freq(t.word):
        return 0
    return 1


def _conjunction_glued_to_a_level(ctx: SentenceContext, start: int, a: int) -> int:
    """1 where the name opens with a conjunction that jieba glued to a level into a far county's name
    ("迁建和县医院": 和 + 县医院, not 和县 of 安徽 in a 河北 report), else 0."""
    t = ctx.token_starting_at(start)
    if t is None or t.end > a or t.word[0] not in "和与及" or lexicons.find_division(t.word, None) is None:
        return 0
    return int(lexicons.find_division(t.word, ctx.doc.own.province) is None)


def _verb_and_level(t) -> bool:
    """A token of a clause verb and a level character ("建成区"), which opens a body's name."""
    return t.word[-1:] in lexicons.LEVEL_CHARS and t.word[:-1] in triggers()


# a count of firms inside a stem ("2家", "5家"), or of any list's items before their kind ("长白山、三江、
# 吉光3个省实验室", "长春、白山2个城市国家公立医院"): what follows is their kind, no name
_FIRM_COUNT = re.compile(r"\d+[家个]")
# a count of schools or hospitals inside a stem, by their measure 所 (or 家 after an indefinite
# numeral): "两所", "多所", "3所", "几家"; not an ordinal (第三所), nor 所 opening a word (所属, 所在)
_SCHOOL_COUNT = re.compile(r"(?:\d+|(?<![第\d一二三四五六七八九十])[一二两三四五六七八九十几数多]{1,3})[余多]?所(?![属在有谓以需])"
                           r"|(?<![第\d一二三四五六七八九十])[两几数多]家")


def _registered_party(ctx: SentenceContext, start: int, b: int) -> bool:
    """Is text[start:b] a registered name (a legal form closes it) that the text marks as a firm's:
    the second party after a body and 与 ("某县人民政府与东方集团有限公司签约"), or after the rank
    that describes it ("中国500强企业东方集团有限公司"), even when its trade is a common word?"""
    text = ctx.text
    registered = lexicons.roles("org_legal_forms.txt")["registered"]
    if not (text[start:b].endswith(registered) or text.startswith(registered, b)):
        return False
    if start > 1 and text[start - 1] in "与和同" and _body_ends_at(ctx, start - 1):
        return True
    return any(r.end() == start for r in _rank_pattern().finditer(text, max(0, start - 12), start))


@functools.lru_cache(maxsize=1)
def _party_determiners() -> tuple[str, ...]:
    """Words that point back to, count or describe firms ("上述", "部分", "省内", "龙头"): a stem opening
    with one names no party of a signing (`org_party_determiners.txt`)."""
    return lexicons.longest_first(lexicons.word_set("org_party_determiners.txt"))


def _body_ends_at(ctx: SentenceContext, b: int) -> bool:
    """Does an organization already found end at `b`? Before "与" it is the first of two parties, not
    the parent of a company's name ("由某县人民政府与某集团有限公司签约")."""
    return any(m.type == ORG and m.local_end == b for m in ctx.found)


def _holds_a_body(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is an organization already found inside text[a:b] ("中国科学院" in its institute's name)?"""
    return any(m.type == ORG and ctx.span(a, b).contains(m.span) for m in ctx.found)


def _parent_end(ctx: SentenceContext, start: int, a: int, branch: bool) -> int | None:
    """The end of the parent body inside a unit's name ("恒丰银行" in 恒丰银行黔江支行,
    "重庆市农业担保公司" in …第三分公司), when the parent names one body itself; a unit in another
    place ("国家人工智能学院深圳河套学院") presupposes its parent, another unit does not."""
    for m in reversed(list(_org_suffix_pattern().finditer(ctx.text, start, a))):
        head = m.group("suffix")
        if not head or len(head) < 2 or not token_ends_at(ctx, m.end()) or m.start() <= start \
                or _generic_org_stem(ctx.text[start:m.start()]):
            continue
        if branch and _names_one(ctx, start, m.start(), head) or place_lexicon_pattern().match(ctx.text, m.end()):
            return m.end()
    return None


def _branch_of_named_parent(ctx: SentenceContext, start: int, a: int, suffix: str) -> bool:
    """Is the head a branch (org_sub_units.txt) whose stem holds its named parent before a place
    ("龙江银行大庆分行": a bank named after a region, then the branch's city)? The stem is places and a
    kind word only in letters: the parent's name makes it one body's branch."""
    return _sub_units().get(suffix, False) and _parent_end(ctx, start, a, True) is not None


def _in_dictionary_word(ctx: SentenceContext, a: int) -> bool:
    """Is position `a` inside a word of jieba's dictionary (not one its HMM put together)?"""
    freq = tokenizer_tags().tokenizer.FREQ
    return any(t.start < a < t.end and freq.get(t.word) for t in ctx.tokens)


def _longer_than_found(ctx: SentenceContext, a: int, b: int) -> bool:
    """The span holds every organization found over it: a longer name ("恒丰银行黔江支行")
    that the overlap step keeps instead of the shorter ones."""
    span = ctx.span(a, b)
    over = [m for m in ctx.found if m.type == ORG and m.span.overlaps(span)]
    return all(span.contains(m.span) and len(m.span) < len(span) for m in over)


# a list item: Chinese characters, Latin letters, digits and the "·" that joins parts of a name
_ITEM_CHAR = rf"(?:{CJK.pattern}|[A-Za-z0-9·])"
_ENUM_BEFORE_DENG = Guarded("等", rf"((?:{_ITEM_CHAR}{{2,10}}、)*{_ITEM_CHAR}{{2,10}})",
                            tail=rf"等(?:\d+家)?{CJK.pattern}{{0,6}}?(?:{alternation_pattern(lexicons.words('org_company_kinds.txt'))})")


# parts of speech of a word before a listed trade that opens no trade name: numbers, measures, time
# and place words, prepositions, conjunctions, particles, pronouns, punctuation
_NOT_TRADE_NAME_POS = ("m", "q", "t", "f", "s", "p", "c", "u", "r", "x", "ns")


def cut_trade_name_start(ctx: SentenceContext, a: int, b: int, lo: int) -> int:
    """Where a listed company's name text[a:b] starts when the walk to its start stopped short of
    its trade name, leaving its trade word alone or with one character ("立新/d 制药" → 制药,
    "又/d 新/a 电子" → 新电子, "富士/n 特/d 铝业" → 铝业, "再/d 兴/v 实业"): jieba tags the trade
    name (字号, 企业名称登记管理规定: two or more characters) as an adverb or cuts it into pieces, and
    the walk stops there. The name takes the words right before it, back to two or three characters
    before the trade, within the list item (from `lo`), where none is a trigger, a number, a time or
    place word or a function word, nor a word of two or more characters that is a verb or a common
    word ("发展制药", "传统制药": a sector; a lone character jieba cut off is a piece of the name),
    and the whole is no word jieba knows. Otherwise `a` as it was."""
    text = ctx.text
    trade = max((w for w in _listed_trades_closing(text[b - 1]) if text.endswith(w, a, b)), key=len, default="")
    name_end = b - len(trade)
    if not trade or name_end - a >= 2:
        return a
    i = bisect.bisect_left(ctx.token_starts, a) - 1
    start = a
    while i >= 0 and name_end - start < 2:
        t = ctx.tokens[i]
        if (t.start < lo or t.end != start or not CJK.match(t.word[0]) or t.word in triggers()
                or t.pos.startswith(_NOT_TRADE_NAME_POS) or len(t.word) > 1 and (
                    t.pos.startswith("v") or word_freq(t.word) > ORG_RULES.cut_trade_name_max_freq)):
            return a
        start = t.start
        i -= 1
    name = text[start:name_end]
    if not 2 <= len(name) <= ORG_RULES.cut_trade_name_chars or name in lexicons.word_set("org_modifiers.txt") \
            or word_freq(text[start:b]) > 0:
        return a
    return start


@functools.lru_cache(maxsize=None)
def _listed_trades_closing(last: str) -> tuple[str, ...]:
    """The trade words a company's registered name ends in after its trade name (org_company_trades.txt,
    brand_heads.txt) that end in the character `last`."""
    return tuple(w for w in company_trades() if w.endswith(last))



@functools.lru_cache(maxsize=1)
def _sector_words() -> frozenset[str]:
    """The industries and trades a sector's name is made of (industries.txt, org_company_trades.txt,
    brand_heads.txt)."""
    return trade_words()


def sector_takes_last_character(text: str, b: int) -> bool:
    """Does an industry or trade word of three or more characters start at the last character of the
    name ending at `b` ("环新|材料": 新材料, "环新|能源": 新能源)? Then a two-character name is one
    character and an industry's first, no trade name."""
    at = b - 1
    return at >= 0 and any(text.startswith(w, at) for w in words_opening(_long_sector_words(), text, at))


@functools.lru_cache(maxsize=1)
def _long_sector_words() -> tuple[str, ...]:
    """The sector words of three characters or more, as a tuple `words_opening` indexes by first
    character: `sector_takes_last_character` tries those opening with the character there, not all."""
    return tuple(sorted(w for w in _sector_words() if len(w) >= 3))


@functools.lru_cache(maxsize=4096)
def names_a_sector(item: str) -> bool:
    """Is a list item a sector, not a company: industry and trade words alone, after at most a
    modifier ("生物医药" = 生物 + 医药, "新型电子" = 新型 + 电子, "新能源"), as in "推动新型电子、
    生物医药等企业": the list names the companies' industries, not their names. A trade name makes
    a company ("华润医药", "隆腾新材料")."""
    rest = next((item[len(w):] for w in sorted(lexicons.word_set("org_modifiers.txt"), key=len, reverse=True)
                 if item.startswith(w) and len(item) > len(w)), item)
    words = _sector_words()
    covered = [True] + [False] * len(rest)  # covered[i]: rest[:i] is a run of sector words
    for i in range(1, len(rest) + 1):
        covered[i] = any(covered[j] and rest[j:i] in words for j in range(max(0, i - 6), i))
    return covered[-1]


@component("enumerated_orgs", reads=(ORG,), assigns=(ORG,), needs=_ENUM_BEFORE_DENG.needs)
def extract_enumerated_orgs(ctx: SentenceContext) -> list[Mention]:
    """"新诚服饰、花神丝绸、联宝维美地毯等企业": the items of a list of companies."""
    out = []
    for m in _ENUM_BEFORE_DENG.finditer(ctx.text):
        items = list_items(ctx, m, max_chars=ORG_RULES.list_item_chars, max_tokens=ORG_RULES.list_item_tokens)
        if sum(1 for a, b in items if place_lexicon_pattern().fullmatch(ctx.text[a:b])) >= 2:
            continue  # "长三角、珠三角、京津冀等发达地区企业": a list of regions, whose companies are meant
            # (two places: one company may bear a town's name, "茅台、五粮液等企业")
        if sum(1 for a, b in items if names_a_sector(ctx.text[a:b])) >= 2:
            continue  # "推动新型电子、生物医药等企业": a list of sectors, whose companies are meant
        for a, b in _split_at_conjunctions(ctx, items):
            a = cut_trade_name_start(ctx, a, b, max(m.start(1), clause_start(ctx.text, a, "、")))
            urban = next((w for w in URBAN_AREAS if ctx.text.startswith(w, a) and token_ends_at(ctx, a + len(w))), None)
            if urban and b - a - len(urban) >= 2:
                a += len(urban)  # "主城区华德牧业机械": where the company is, not its name
            item = ctx.text[a:b]
            if b - a < 2 or ctx.taken(a, b, (ORG,)) and not _longer_than_found(ctx, a, b) or re.search(r"\d", item) \
                    or not (is_proper(item) or _proper_word_in(item)) or _generic_org_stem(item) or names_a_sector(item) \
                    or _names_an_activity(ctx, a, b):
                continue  # "日产500吨熟料生产线" is a plant's capacity, not a company
            out.append(ctx.mention(ORG, a, b, source="enumeration"))
    return out + _numbered_funds(ctx)


def _split_at_conjunctions(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list of companies, an item that joins two names by a conjunction (_JOINING, a
    word of its own jieba tags a preposition or conjunction) read as the two: "海乳与蒙西煤矿等企业" →
    海乳, 蒙西煤矿 (each side two characters or more; "和记黄埔" holds no such word)."""
    out = []
    for a, b in items:
        joint = next((t for t in ctx.tokens if a + 2 <= t.start and t.end <= b - 2 and t.word in _JOINING
                      and t.pos.startswith(("p", "c"))), None)
        out.extend([(a, joint.start), (joint.end, b)] if joint is not None else [(a, b)])
    return out


# the tags of common words (nouns, verbs, verbal nouns, adjectives, adverbs): no proper name among them
_COMMON_WORD_POS = frozenset({"n", "v", "vn", "a", "ad", "an", "d"})


def _names_an_activity(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the list item text[a:b] a business activity, not a company: two words or more, all common
    words (a conjunction between them), the last a verb or verbal noun ("吸引卫星研发制造、火箭总装测试、
    卫星数据应用等企业": 火箭/n 总装/n 测试/vn; "采取减税、退税或抵免税等多种方式": 退税/v 或/c 抵/v
    免税/v)? A trade name holds a proper or unknown word ("黔晟国资": 黔/j, "天河超算": 天河/ns)."""
    words = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    return (len(words) >= 2 and words[0].start == a and words[-1].end == b and words[-1].pos in ("v", "vn")
            and all(t.pos in _COMMON_WORD_POS or t.pos == "c" and t is not words[0] for t in words))


# a fund's name: a trade name and its number ("某川一号", 私募投资基金 named as products are); a list of
# them closing with 等, how many (只) and a fund's kind ("组建某川一号、某润一号等5只产业投资基金")
_FUND_NAME = r"[\u4e00-\u9fff]{2,4}?[一二三四五六七八九十\d]{1,3}号"
_FUND_LIST = re.compile(rf"((?:{_FUND_NAME}、)*{_FUND_NAME})等(?:\d+只)?[\u4e00-\u9fff]{{0,6}}?基金")


def _numbered_funds(ctx: SentenceContext) -> list[Mention]:
    """The funds listed by their names before 等 and a fund's kind ("某川一号、某润一号等5只产业投资基金"):
    each a body of its own; the name before its number is a proper name (no common word: "乡村振兴")."""
    out = []
    for m in _FUND_LIST.finditer(ctx.text):
        items = _list_items(m)
        a, b = items[0]
        verb = ctx.token_starting_at(a)
        if verb is not None and verb.pos.startswith("v") and verb.end < b:
            items[0] = (verb.end, b)  # "组建|某川一号": the verb that sets the funds up opens no name
        for a, b in items:
            stem = re.match(r"[\u4e00-\u9fff]+?(?=[一二三四五六七八九十\d]+号$)", ctx.text[a:b])
            if stem is not None and is_proper(stem.group()) and not ctx.taken(a, b, (ORG,)):
                out.append(ctx.mention(ORG, a, b, source="enumeration"))
    return out


@functools.lru_cache(maxsize=1)
def _company_pattern() -> re.Pattern[str]:
    return re.compile(alternation_pattern(_known_company_forms()))


@functools.lru_cache(maxsize=1)
def _known_company_forms() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.synonyms("companies.txt"))


def _joint_venture_end(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where a joint venture ends whose parents' known short names run together from `a`, the first
    ending at `b` ("一汽|丰田"), or, where the longest known form there ends inside a word, a shorter
    one whose partner's name that form cuts into ("上汽通用汽车": 上汽|通用汽车, not 上汽通用|汽车);
    None where no known company follows, on a word's start, ending a name."""
    text = ctx.text
    if text.endswith(group_forms(), a, b):
        return None  # "中国某某集团|某某汽车": a group's full name before its subsidiary, no joint venture
    partner = _company_pattern().match(text, b)
    if partner and token_starts_at(ctx, b) and name_ends_at(ctx, partner.end()):
        return partner.end()
    if b >= len(text) or token_ends_at(ctx, b):
        return None
    for form in words_opening(_known_company_forms(), text, a):
        c = a + len(form)
        if c >= b or not text.startswith(form, a) or not token_starts_at(ctx, c):
            continue
        partner = _company_pattern().match(text, c)
        if partner and partner.end() > b and name_ends_at(ctx, partner.end()):
            return partner.end()
    return None


def _common_word_parent_before(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where a group's short name that is a common word (companies_opening_works.txt: 东风) starts,
    right before the known company at text[a:b] and on a word's start, the two ending on a word's end
    and a plant of theirs after them ("东风|本田|三厂": project_invested's `plant_after_company`); None
    where none stands there (before any other works the word is part of its name: "东风中石化加油站")."""
    text = ctx.text
    form = next((w for w in _groups_opening_works() if text.endswith(w, 0, a)), None)
    if form is None or not token_starts_at(ctx, a - len(form)) or not token_starts_at(ctx, a) \
            or plant_after_company().match(text, b) is None:
        return None
    return a - len(form) if name_ends_at(ctx, b) else None


def _unit_end(ctx: SentenceContext, b: int) -> int:
    """The end of a unit of a known company whose short name ends at `b`, named by the company and
    its number ("中建|五局": _numbered_unit) or a store by the place it stands in (`_store_end`); else 0."""
    unit = _numbered_unit().match(ctx.text, b)
    if unit and name_ends_at(ctx, unit.end()):
        return unit.end()
    return _store_end(ctx, b)


def _store_end(ctx: SentenceContext, b: int) -> int:
    """The end of a store named by a known company's short name ending at `b`, the place it stands in
    and a store's head (org_store_heads.txt: "居然之家|海拉尔|店", "某某超市|黔江|分店"), where the head
    ends a word; else 0."""
    place = place_lexicon_pattern().match(ctx.text, b)
    if place is None:
        return 0
    head = next((w for w in lexicons.longest_first(lexicons.word_set("org_store_heads.txt")) if ctx.text.startswith(w, place.end())), None)
    if head is None or not token_starts_at(ctx, place.end()) or not name_ends_at(ctx, place.end() + len(head)):
        return 0
    return place.end() + len(head)


def _cloud_brand_end(text: str, b: int) -> int:
    """The end of a business named by a known company's short name ending at `b` and a brand word
    (org_company_brands.tsv `brand`: 云), where it opens none of the words of role `not` (云南,
    云计算…); else 0."""
    words = lexicons.roles("org_company_brands.tsv")
    brand = next((w for w in words["brand"] if text.startswith(w, b)), None)
    if brand is None or text.startswith(words["not"], b):
        return 0
    return b + len(brand)


# money right after a known short name: the words before it say whose money or what for ("国投资金": the
# state's investment), not a company that acts
_MONEY_AFTER = ("资金",)


def _runs_into_a_word(ctx: SentenceContext, b: int) -> bool:
    """Do the tokens either side of `b` make one dictionary word together ("移动|互联网")?"""
    freq = tokenizer_tags().tokenizer.FREQ
    last = ctx.token_ending_at(b)
    after = ctx.token_starting_at(b)
    return last is not None and after is not None and bool(freq.get(last.word + after.word))


def _short_name_inside_a_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """A known company's short name that only opens a longer word or name: "中国电子" in "中国电子商务", "中国移动"
    in "中国移动互联网" (移动 belongs to 移动互联网), "海尔" in "松根海尔汗区" (part of a foreign division's name),
    "国投" in "争取国投资金" (the state's investment funds, 国家投资资金: `_MONEY_AFTER`)."""
    text = ctx.text
    if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b) and not guessed_word_across(ctx.tokens, b):
        return True
    return _runs_into_a_word(ctx, b) or _opens_a_division_name(ctx, a, b) or text.startswith(_MONEY_AFTER, b)


def _short_form_opens_another_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a known company's short form only (an alias of companies.txt, not its canonical
    name: 海康 of 海康威视, 恒瑞 of 恒瑞医药) right before a company's trade word (company_trade_ends:
    智联, 新材料), directly or past one character jieba leaves alone ("恒瑞|达|新材料"), the trade
    ending a name? Such a name is another company's ("海康智联", "恒瑞达新材料"), not the maker's: the
    short forms were added for the maker alone and opening its works ("中芯|数模…", "海康|机器人": a
    `known` brand head read by `_own_trade_end`)."""
    text = ctx.text
    form = text[a:b]
    if lexicons.synonyms("companies.txt").get(form, form) == form or _own_trade_end(ctx, a, b):
        return False
    for c in (b, b + 1):
        if c > b and not (c <= len(text) and CJK.match(text[b]) and token_starts_at(ctx, b) and token_ends_at(ctx, c)):
            continue
        trade = next((w for w in company_trade_ends() if text.startswith(w, c)), None)
        if trade is not None and token_starts_at(ctx, c) and name_ends_at(ctx, c + len(trade)):
            return True
    return False


def _unit_and_its_group(ctx: SentenceContext, a: int, end: int, b: int) -> list[Mention]:
    """A group's unit or subsidiary named with the group's short name inside (中建五局, 中核汇能): the unit, and
    the group named within it (rule 8)."""
    return [ctx.mention(ORG, a, end, source="company", composite=True), ctx.mention(ORG, a, b, source="company")]


@component("companies", reads=(ORG,), assigns=(ORG,))
def extract_companies(ctx: SentenceContext) -> list[Mention]:
    """Enterprises known by name without a legal form ("中石油", "巴斯夫", "华润"), as whole
    words; one followed by its trade names that company too ("华润微电子" and 华润)."""
    out = []
    text = ctx.text
    joint_end = 0
    for m in _company_pattern().finditer(text):
        a, b = m.span()
        if a < joint_end:
            continue  # the second parent of a joint venture read whole below
        if a > 0 and CJK.match(text[a - 1]) and not token_starts_at(ctx, a):
            continue  # "中建" inside "集中建设"
        if ctx.taken(a, b, (ORG,)):
            continue
        lead = _common_word_parent_before(ctx, a, b)
        if lead is not None:
            # "东风本田三厂": a group whose short name is a common word (companies_opening_works.txt) right
            # before a known company and their plant names their joint venture (东风本田), as two known names do below
            out.append(ctx.mention(ORG, lead, b, source="company_joint_venture"))
            continue
        joint = _joint_venture_end(ctx, a, b)
        if joint is not None:
            # "一汽丰田销售总部": two groups' short names run together name their joint venture, one
            # company (一汽丰田), not the two parents
            out.append(ctx.mention(ORG, a, joint, source="company_joint_venture"))
            joint_end = joint
            continue
        subsidiary = _bracketed_subsidiary_end(ctx, b) or coined_subsidiary_end(ctx, b)
        if subsidiary:
            # "中汽新能总部": a group's short name and a coinage in no dictionary name its subsidiary;
            # "国家电投(广西)新能源": so do its short name and a province in brackets (not the group too)
            out.append(ctx.mention(ORG, a, subsidiary, source="company_subsidiary"))
            continue
        unit = _unit_end(ctx, b)
        if unit:  # "中建五局", "居然之家海拉尔店" hold 中建, 居然之家
            out.extend(_unit_and_its_group(ctx, a, unit, b))
            continue
        if _short_name_inside_a_word(ctx, a, b) or _short_form_opens_another_trade_name(ctx, a, b):
            continue  # "海康智联", "恒瑞|达|新材料": a maker's short form opening another company's trade name
        group_end = _group_form_end(ctx, b)
        if group_end:
            # "中交集团", "苏宁控股", "华润控股集团有限公司" (the longest form), "中交集团西南区域总部": the
            # group's or holding company's fuller name is the company, its short name inside it no second body
            out.append(ctx.mention(ORG, _registered_place_start(ctx, a, group_end), group_end, source="company"))
            continue
        body = _dictionary_body_end(ctx, a, b)
        if body:  # "中核汇能"/nt: a subsidiary the dictionary names, which holds its group's short name (中核), as
            # a numbered unit does (中铁十二局, above); a group's fuller form (一汽集团) is read above
            out.extend(_unit_and_its_group(ctx, a, body, b))
            continue
        cloud = _cloud_brand_end(text, b)
        if cloud:
            # "某某云贵安数据中心": the company's cloud business, a company of its own that holds it
            out.append(ctx.mention(ORG, a, cloud, source="company", composite=True))
        trade = _own_trade_end(ctx, a, b)
        if trade:
            out.append(ctx.mention(ORG, a, trade, source="company", composite=True))
        out.append(ctx.mention(ORG, a, b, source="company"))
    return out + _foreign_companies_by_country(ctx, out)


@functools.lru_cache(maxsize=1)
def _university_pattern() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("org_universities.txt")))


@component("known_universities", reads=(ORG,), assigns=(ORG,), needs=("大学", "学院", "研究院"))  # each name of the list holds one
def extract_known_universities(ctx: SentenceContext) -> list[Mention]:
    """Universities and national academies by their full names (org_universities.txt: "东南大学",
    "西北工业大学", "空军军医大学"), whose region or service word opening the name the suffix rule
    reads as no name's start; as whole words, not part of a longer one ("山东大学|生")."""
    out = []
    text = ctx.text
    for m in _university_pattern().finditer(text):
        a, b = m.span()
        if a > 0 and CJK.match(text[a - 1]) and not token_starts_at(ctx, a):
            continue
        if not name_ends_at(ctx, b) or ctx.taken(a, b, (ORG,)):
            continue
        if text.startswith(lexicons.words("org_university_dependents.txt"), b):
            continue  # "某某大学附属某某医院": the hospital's name, read whole by the suffix rule
        out.append(ctx.mention(ORG, a, b, source="university"))
    return out


def _own_trade_end(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a trade word right after a known company's short name text[a:b] ends, the two naming
    the company's business of that trade ("华润|微电子"); 0 where none follows, where the short name
    ends in a trade of its own already ("某科技|电子项目": the second trade is the works' product), or
    where the trade opens a sector of its product (org_trade_sectors.txt: "某某|新能源汽车项目")."""
    if ctx.text.endswith(company_trade_ends(), a, b):
        return 0
    trade = _brand_pattern(after_known=True).match(ctx.text, b)
    if trade is None or not name_ends_at(ctx, trade.end()) or ctx.text.startswith(lexicons.words("org_trade_sectors.txt"), b):
        return 0
    return trade.end()


def _registered_place_start(ctx: SentenceContext, a: int, e: int) -> int:
    """Where a known company's registered name (text[a:e], closing with a company's legal form,
    "华友钴业股份有限公司") starts when the division it is registered in stands right before it
    (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式): "浙江华友钴业股份有限公司" is one
    name, not a place and a company; `a` where no division's name ends there on a word's start."""
    if not ctx.text.endswith("公司", 0, e):
        return a
    divisions = lexicons.divisions_by_name()
    return next((a - k for k in range(min(a, 7), 1, -1)
                 if ctx.text[a - k:a] in divisions and token_starts_at(ctx, a - k)), a)


@functools.lru_cache(maxsize=1)
def _slot_company_pattern() -> re.Pattern[str]:
    """An opener of org_slot_openers.txt, a stem of two to four characters, a company's trade word
    (`company_trades`, those marked known too) and any group form, then a cue of participation.txt
    that makes the company a party to works (agent, partner or signed: 投资建设, 合作建设, 签订…)
    or the clause's end (only after a word that brings it in: `_brought_in_alone`)."""
    cues = lexicons.roles("participation.txt")
    after = [w for role in ("agent", "partner", "signed") for w in cues.get(role, ())]
    return re.compile(rf"({lexicons.alternation('org_slot_openers.txt')})"
                      rf"([\u4e00-\u9fff]{{2,4}}?(?:{alternation_pattern(company_trades())})(?:{alternation_pattern(group_forms())})?)"
                      rf"(?={alternation_pattern(after)}|([,;。]))")


def _brought_in_alone(m: re.Match) -> bool:
    """May the slot stand: a cue follows the company, or its clause ends right after it (the third
    group) and the opener brings it in ("成功引进某某科技集团,…": participation.txt `introduce`)?
    "与", "由" before a company at its clause's end make no party without a verb after."""
    return m.group(3) is None or m.group(1) in lexicons.roles("participation.txt").get("introduce", ())


@component("slot_companies", reads=(ORG,), assigns=(ORG,), needs=tuple(lexicons.words("org_slot_openers.txt")))
def extract_slot_companies(ctx: SentenceContext) -> list[Mention]:
    """Companies by their short name, a brand and its trade without a legal form, where the sentence
    brings them in or partners them on works ("引进某蓝能科投资建设…", "与某逸石化合作建设…",
    "由某虹控股承建"): the stem must be a rare word or words jieba does not know (no common word,
    "与传统能源合作"), no place, kind of business or generic stem."""
    out = []
    for m in _slot_company_pattern().finditer(ctx.text):
        a, b = m.span(2)
        if _brought_in_alone(m) and _slot_name(ctx, a, b):
            out.append(ctx.mention(ORG, a, b, source="slot_company"))
    return out


def _slot_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], in a slot where a company stands, a brand and its trade: a rare word or words
    jieba does not know (no common word, "与传统能源合作"), no place (but before a trade a division's
    short name opens: org_company_trades.txt `place`, "某省交建"), kind of business or generic stem?"""
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    trades = company_trade_ends()  # (longest first, made once a process)
    if not token_starts_at(ctx, a) or ctx.taken(a, b, (ORG,)):
        return False
    stem = next(text[a:k] for k in range(a + 2, b) if text.startswith(trades, k))
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= a + len(stem)]
    proper = _proper_stem_of_registered_trade(text, a + len(stem), toks)
    if not proper and ((freq.get(stem) or 0) >= ORG_RULES.common_word_freq or any(
            (freq.get(t.word) or 0) >= ORG_RULES.common_word_freq for t in toks if len(t.word) >= 2)):
        return False  # "与传统能源…", "由市场物流…": a common word, no brand
    if any(t.pos.startswith(("m", "p", "c", "u", "d", "r", "q", "v")) for t in toks if len(t.word) >= 2):
        return False
    return not (not proper and (place_lexicon_pattern().match(stem) or stem.startswith(lexicons.words("genre_not_trade_initials.txt")))
                or _generic_org_stem(stem) or opens_with_business_kind(stem))  # "与本地能源…", "由冷链物流…"


@functools.lru_cache(maxsize=1)
def _builder_subject_pattern() -> re.Pattern[str]:
    """A company opening its clause (past a lead word of org_lead_words.txt) as the subject of the
    works named after it: a stem of two to four characters, a company's trade word and any group form,
    then, past the site it builds at ("在我县", "在某某工业园"), a verb of org_builder_verbs.txt and 的
    ("某省交建承建的…公路", "某晟新能在我县投资建设的…项目"), or a verb of investing, signing or
    settling alone (org_investing_subject_verbs.txt: "某康智能科技投资10亿元建设…")."""
    return re.compile(rf"(?:^|(?<=[,;。:]))(?:{lexicons.alternation('org_lead_words.txt')})?"
                      rf"([\u4e00-\u9fff]{{2,4}}?(?:{alternation_pattern(company_trades())})(?:{alternation_pattern(group_forms())})?)"
                      rf"(?=(?:在[^,;。]{{1,{ORG_RULES.builder_site_chars}}}?)?(?:(?:{lexicons.alternation('org_builder_verbs.txt')})(的)"
                      rf"|(?:{lexicons.alternation('org_investor_modals.txt')})?(?:{lexicons.alternation('org_investing_subject_verbs.txt')})))")


@component("builder_subjects", reads=(ORG,), assigns=(ORG,),
           needs=tuple(lexicons.words("org_builder_verbs.txt") + lexicons.words("org_investing_subject_verbs.txt")))
def extract_builder_subjects(ctx: SentenceContext) -> list[Mention]:
    """Companies by their short name, without a legal form, that open their clause as who builds
    or invests in the works named after ("某省路桥承建的…一级公路建成通车", "某某化工在某某工业园
    投资建设的…项目试生产"): the slot of extract_slot_companies at the clause's start."""
    out = []
    # before 承建的, 投资建设的 the slot is a builder's; before a bare verb of investing or settling
    # (and in a list) a sector may stand there too ("高端装备投资增长"), so the trade name is read strictly
    spans = {m.span(1): m.group(2) is None for m in _builder_subject_pattern().finditer(ctx.text)}
    spans.update((item, True) for m in _listed_subjects_pattern().finditer(ctx.text) for item in _list_items(m))
    for (a, b), strict in sorted(spans.items()):
        first = next((t.word for t in ctx.tokens if t.start == a), "")
        if len(first) > 1 and first in lexicons.word_set("place_compound_kinds.txt"):
            continue  # "城区水务承建的…": an area's common word (城区, 城市) and a trade name the sector there
        if _slot_name(ctx, a, b) and (not strict or _rare_trade_name_words(ctx, a, b)):
            out.append(ctx.mention(ORG, a, b, source="builder_subject"))
    return out


@functools.lru_cache(maxsize=1)
def _province_short_names() -> tuple[str, ...]:
    """The provinces' short names (四川, 内蒙古), longest first."""
    return lexicons.longest_first({d.short for d in lexicons.divisions().values() if d.level == "province" and d.short})


@functools.lru_cache(maxsize=1)
def _province_trade_name_pattern() -> re.Pattern[str]:
    """A province's short name (四川, 内蒙古) opening its clause (past a lead word of org_lead_words.txt),
    two characters of a trade name, then what makes the company the clause's subject: a builder's verb
    of participation.txt `agent` ("…建成P", "…投资建设P") or the scope and rank of its own works
    (rel_owned_works.txt: "…全省首个P")."""
    provinces = _province_short_names()
    owned = lexicons.roles("rel_owned_works.txt")
    after = [*lexicons.roles("participation.txt").get("agent", ()), *(s + r for s in owned.get("scope", ()) for r in owned.get("rank", ()))]
    return re.compile(rf"(?:^|(?<=[,;。:、]))(?:{lexicons.alternation('org_lead_words.txt')})?"
                      rf"((?:{alternation_pattern(provinces)})[\u4e00-\u9fff]{{2}})(?={alternation_pattern(after)})")


@component("province_trade_names", reads=(ORG,), assigns=(ORG,), needs=_province_short_names())  # its pattern's name opens with one
def extract_province_trade_names(ctx: SentenceContext) -> list[Mention]:
    """Companies named by their province and a trade name alone (企业名称登记管理规定: 行政区划 + 字号),
    as the subject of the works after them ("四川能投全省首个天然气储气调峰项目开工建设", "四川裕能建成
    全球最大的…生产基地"): the trade name is no word jieba knows commonly (not "四川加快建设"), no place,
    time or function word, and ends on a word's end where the verb or the works begin."""
    out = []
    for m in _province_trade_name_pattern().finditer(ctx.text):
        a, b = m.span(1)
        if not token_starts_at(ctx, a) or not token_ends_at(ctx, b) or ctx.taken(a, b, (ORG,)):
            continue
        if _coined_trade_name(ctx, b - 2, b):
            out.append(ctx.mention(ORG, a, b, source="province_trade_name"))
    return out


def _coined_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] (two characters) a coined trade name: one word jieba knows rarely
    (ORG_RULES.investor_subject_max_freq) and tags as no place, verb, adverb or time, or two characters
    it cut apart, in no dictionary as a pair and neither a function word ("裕|能", "能|投")?"""
    freq = tokenizer_tags().tokenizer.FREQ
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not toks or toks[0].start != a or toks[-1].end != b:
        return False
    if len(toks) == 1:
        t = toks[0]
        return (freq.get(t.word) or 0) < ORG_RULES.investor_subject_max_freq and not t.pos.startswith(_NOT_COMPANY_POS + ("j",))
    return freq.get(ctx.text[a:b]) is None and not any(
        t.pos.startswith(("d", "p", "c", "u", "r", "m", "q", "f", "t", "x")) or t.word in lexicons.word_set("org_not_name_characters.txt")
        for t in toks)


def _rare_trade_name_words(ctx: SentenceContext, a: int, b: int) -> bool:
    """Are the words of the trade name before the trade in text[a:b] a name's: each of two characters or
    more a proper noun jieba tags (nr, nz, ns, j) or a word it knows rarely (ORG_RULES.investor_subject_max_freq),
    and none an industry or product ("光伏发电", "稀土新材料", "高端装备": a sector, no company)?"""
    text = ctx.text
    trades = company_trade_ends()
    k = next((k for k in range(a + 2, b) if text.startswith(trades, k)), b)
    products = lexicons.word_set("org_trade_products.txt") | set(_industry_words())
    for t in (t for t in ctx.tokens if a <= t.start and t.end <= k and len(t.word) >= 2):
        if t.word in products or not _proper_or_rare(t, ("nr", "nz", "ns", "j"), ORG_RULES.investor_subject_max_freq):
            return False
    return True


def _proper_or_rare(t: Token, proper_tags: tuple[str, ...], max_freq: int) -> bool:
    """Can the word stand in a coined trade name (字号): a proper noun jieba tags (one of `proper_tags`)
    or a word its dictionary holds rarely (below `max_freq`)? A common word there names a sector
    ("高端装备", "发展制药")."""
    return t.pos in proper_tags or word_freq(t.word) < max_freq


@functools.lru_cache(maxsize=1)
def _listed_subjects_pattern() -> re.Pattern[str]:
    """Companies by their short names listed with 、 opening their clause (past a lead word or the
    partner's 与, 同) before a verb of investing, signing or settling (org_investing_subject_verbs.txt):
    "某星科技、某康智联落户…", "与某康智联、某星科技签约": each item a stem and a company's trade."""
    item = rf"[\u4e00-\u9fff]{{2,4}}?(?:{alternation_pattern(company_trades())})(?:{alternation_pattern(group_forms())})?"
    return re.compile(rf"(?:^|(?<=[,;。:]))(?:{lexicons.alternation('org_lead_words.txt')}|与|同)?"
                      rf"((?:{item}、)+{item})(?=(?:{lexicons.alternation('org_investor_modals.txt')})?"
                      rf"(?:{lexicons.alternation('org_investing_subject_verbs.txt')}))")


def _list_items(m: re.Match) -> list[tuple[int, int]]:
    """The spans of the 、-separated items of the list in group 1 of `m`."""
    spans, at = [], m.start(1)
    for part in m.group(1).split("、"):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    return spans


@functools.lru_cache(maxsize=1)
def _cut_trade_pattern() -> re.Pattern[str]:
    """A company's trade (`company_trades`, less the words brand_heads.txt gives only after a known
    company: 环境 of "某江水环境提升工程" names what the works improve) and what makes the clause speak
    of the company or its works right after it: a phase, the works on its plant (org_works_after_company.txt:
    技改, 扩建) and 项目 or 工程, each optional, then a list's or clause's mark, 等, or a verb (checked by the rule)."""
    works = lexicons.alternation("org_works_after_company.txt")
    only_known = {w for w, mark in lexicons.mapping("brand_heads.txt").items() if mark == "known"}
    trades = company_trades() - (only_known - lexicons.word_set("org_company_trades.txt"))
    return re.compile(rf"({alternation_pattern(lexicons.longest_first(trades))})"
                      rf"(?:[一二三四五六七八九十\d]+期)?(?:{works})?(?:项目|工程)?")


_CUT_TRADE_NAME_BEFORE = "、,;:。"
# the parts of speech a piece of a cut trade name may not have (a number, time or function word; a
# morpheme jieba could not place, g: "浯|江水")
_NOT_TRADE_PIECE_POS = ("m", "q", "t", "f", "s", "p", "c", "u", "r", "x", "g")


@component("cut_trade_names", reads=(ORG,), assigns=(ORG,), needs=tuple(company_trades()))
def extract_cut_trade_names(ctx: SentenceContext) -> list[Mention]:
    """Companies by a three-character trade name jieba does not know and cuts into a word and a
    single character, before their trade ("恒瑞|达|新材料二期建成投产", "富士|特|铝业技改项目",
    "瑞丰|源|新材料项目落户"): the name walks stop at the single character (read as a verb or an
    adverb), so no other rule reads the company (企业名称登记管理规定: 字号 + 行业; a 字号 has two
    characters or more). The name opens its clause or list item (past a lead word), the trade is
    followed by the company's works (a phase, 技改, 项目) and a verb, a mark or 等, and the name is no
    word jieba knows, no place and opens with no time or scope word."""
    out = []
    text = ctx.text
    for m in _cut_trade_pattern().finditer(text):
        k, e = m.span(1)
        after = m.end()
        if not token_starts_at(ctx, k) or not name_ends_at(ctx, e) or not _company_works_end(ctx, after):
            continue
        start = _cut_trade_name_start(ctx, k)
        if start is not None and not ctx.taken(start, e, (ORG,)):
            out.append(ctx.mention(ORG, start, e, source="cut_trade_name"))
    return out


def _company_works_end(ctx: SentenceContext, at: int) -> bool:
    """Does the clause go on at `at` as it does after a company or its works: a mark, 等, a verb or a
    project's stage (stages.txt: "建成投产", which jieba tags as an abbreviation)?"""
    if at >= len(ctx.text) or ctx.text[at] in _CUT_TRADE_NAME_BEFORE or ctx.text[at] == "等":
        return True
    t = ctx.token_starting_at(at)
    return t is not None and (t.pos.startswith("v") or ctx.text.startswith(lexicons.words("stages.txt"), at))


def _cut_trade_name_start(ctx: SentenceContext, k: int) -> int | None:
    """Where a three-character trade name ending at `k` starts when jieba cut it into a two-character
    word that names nothing common (a proper noun, or a word it knows rarely) and a single character
    (either order), or three single characters; it opens its clause or list item, past a lead word
    (org_lead_words.txt). None where no such name stands there."""
    text = ctx.text
    i = bisect.bisect_left(ctx.token_starts, k) - 1
    pieces = []
    while i >= 0 and sum(len(t.word) for t in pieces) < 3:
        pieces.insert(0, ctx.tokens[i])
        i -= 1
    start = pieces[0].start if pieces else k
    name = text[start:k]
    if len(name) != 3 or not all(CJK.match(c) for c in name) or not any(len(t.word) == 1 for t in pieces):
        return None
    freq = tokenizer_tags().tokenizer.FREQ
    for t in pieces:
        if t.pos.startswith(_NOT_TRADE_PIECE_POS) or t.word in triggers():
            return None
        if len(t.word) > 1 and (place_lexicon_pattern().fullmatch(t.word)
                                or not _proper_or_rare(t, ("nr", "nz", "j"), ORG_RULES.cut_trade_name_max_freq)):
            return None  # "高端|新材料", "发展|制药": a common word before the trade, a sector; a place's name, "城区"
        if len(t.word) == 1 and t.word in lexicons.LEVEL_CHARS:
            return None  # "县|城区|物流": a division's level, where the works are, no trade name
        if len(t.word) > 1 and t.pos.startswith("v") and word_freq(t.word):
            return None  # "关停|小|钢铁": a verb the dictionary knows and the size of the plants it acts on
    if freq.get(name) or name.startswith(not_trade_initials()) or place_lexicon_pattern().fullmatch(name):
        return None
    before = text[start - 1] if start > 0 else ""
    lead = ctx.token_ending_at(start)
    if not (before == "" or before in _CUT_TRADE_NAME_BEFORE
            or lead is not None and lead.word in lexicons.word_set("org_lead_words.txt")):
        return None
    return start


def _proper_stem_of_registered_trade(text: str, k: int, toks: list) -> bool:
    """Is the slot's stem one word jieba tags as a proper name (nr, ns, nz: "光明", "阳光"), however
    common, before a trade marked `place` in org_company_trades.txt (乳业, 药业, 矿业: the registered
    form that names a company after a division's name alone, "太原药业")? In the slot of a company
    brought in or partnered on works, such a name and trade are a company's short name ("引进光明乳业
    投资建设…"); a common noun there makes a sector ("与传统化工…": 传统/n)."""
    trade = next((w for w in lexicons.words("org_company_trades.txt") if text.startswith(w, k)), None)
    return (trade is not None and lexicons.mapping("org_company_trades.txt").get(trade) == "place"
            and len(toks) == 1 and toks[0].pos in ("nr", "ns", "nz"))


def name_ends_at(ctx: SentenceContext, e: int) -> bool:
    """Does a name end at `e`: the sentence's end, a word's end, or no Chinese character after it
    ("中交集团|西南", not "中交|集团化")?"""
    return e == len(ctx.text) or token_ends_at(ctx, e) or not CJK.match(ctx.text[e])


def _group_form_end(ctx: SentenceContext, b: int) -> int:
    """Where the longest group's or holding company's form (`group_forms`: 集团, 控股, 控股集团有限公司…)
    ends that follows a known company's short name at `b` and ends a word ("中交|集团", not
    "中交|集团化改革"); 0 if none."""
    text = ctx.text
    for form in group_forms():  # longest first
        e = b + len(form)
        if text.startswith(form, b) and name_ends_at(ctx, e):
            return e
    return 0


def coined_subsidiary_end(ctx: SentenceContext, b: int) -> int:
    """Where a subsidiary's name ends when a group's short name ending at `b` is followed by a
    two-character word jieba's dictionary does not hold as a word (frequency none or 0: "中汽|新能")
    and then the subsidiary's head office or an industry ("中汽新能总部"); 0 where not."""
    tok = ctx.token_starting_at(b)
    if tok is None or len(tok.word) != 2 or not all(CJK.match(c) for c in tok.word):
        return 0
    if _proper_before_its_site(ctx, tok):
        return tok.end  # "某汽|昌河|景德镇|基地": the subsidiary's name, then the city of its plant
    if trade_end := _trade_after_subsidiary_word(ctx, tok):
        return trade_end  # "某车|时代|电气": the subsidiary's word and its trade
    if tok.pos.startswith(("ns", "nr", "m", "v")) or word_freq(tok.word) or not token_starts_at(ctx, tok.end):
        return 0
    after = ctx.text[_past_attribute(ctx, tok.end):]  # "某能|龙源|大型|储能电站": a size before the industry
    return tok.end if after.startswith(lexicons.words("org_subsidiary_heads.txt")) or after.startswith(_industry_words()) else 0


def _past_attribute(ctx: SentenceContext, at: int) -> int:
    """Past a word of two characters or more that jieba tags an attribute (区别词, b: 大型, 新型) at `at`, the
    works' size or kind before its industry; `at` where none stands there."""
    tok = ctx.token_starting_at(at)
    return tok.end if tok is not None and tok.pos == "b" and len(tok.word) >= 2 else at


def _dictionary_body_end(ctx: SentenceContext, a: int, b: int) -> int:
    """Where a body ends whose name jieba's dictionary holds as one word of an organization (nt) that opens
    with a group's short name text[a:b] and goes on past it ("中核汇能"/nt: the group's subsidiary, the group
    named inside its name) by a word of two characters or more (not "中核系": the group's family of companies, a collective);
    0 where no such word holds the short name."""
    tok = ctx.token_starting_at(a)
    return tok.end if tok is not None and tok.pos == "nt" and tok.end >= b + 2 and all_cjk(tok.word) else 0


def _trade_after_subsidiary_word(ctx: SentenceContext, tok) -> int:
    """Where a company's trade word (`company_trades`: 电气, 啤酒) ends that follows `tok`, a noun of
    two characters right after a group's short name, when more of a works' name follows the trade
    ("某车|时代|电气|功率半导体产业基地", "某润|雪花|啤酒|吉林工厂": 集团简称 + 字号 + 行业, the group's
    subsidiary names the works); 0 where not. The word may be a common one: the group before it and
    the trade after it vouch for the name. No place or person's name (the site: "博鳌"/nr), verb or number,
    nor a word after the group's whole form ("某茂集团|博鳌|文旅"): a subsidiary follows the short name."""
    text = ctx.text
    if not tok.pos.startswith(("n", "j")) or tok.pos.startswith(("ns", "nr")) or place_lexicon_pattern().fullmatch(tok.word) \
            or text.endswith(group_forms(), 0, tok.start) \
            or tok.word in _industry_words() or text.startswith(lexicons.words("org_trade_sectors.txt"), tok.end) \
            or ctx.taken(tok.start, tok.end, (PLACE,)):
        return 0  # "某茂集团|博鳌|文旅项目": after the group's whole form, a town (nr to jieba) is the works' site
    trade = next((w for w in words_opening(company_trade_ends(), text, tok.end) if text.startswith(w, tok.end)), None)
    e = tok.end + len(trade) if trade else 0
    if not e or not token_ends_at(ctx, e) or not all(CJK.match(c) for c in text[e:e + 2]) or len(text) < e + 2:
        return 0
    return 0 if names_a_sector(text[tok.start:e]) else e  # "某电|高端装备制造": the works' industry, no subsidiary


def _proper_before_its_site(ctx: SentenceContext, tok) -> bool:
    """Is `tok`, right after a group's short name, a rare proper word (ns, nr, nz; below
    ORG_RULES.works_company_max_freq) that no division bears, followed by a division's name and more of
    a works' name ("北汽|昌河|景德镇|基地": the group's subsidiary 北汽昌河 and its plant's city)?"""
    coined = tok.pos == "n" and not word_freq(tok.word)  # "某能|长源/n|随州|电厂": a coinage jieba holds not at all
    if not (tok.pos.startswith(("ns", "nr", "nz")) or coined) or word_freq(tok.word) >= ORG_RULES.works_company_max_freq \
            or place_lexicon_pattern().fullmatch(tok.word):
        return False
    site = place_lexicon_pattern().match(ctx.text, tok.end)
    return site is not None and token_ends_at(ctx, site.end()) and sum(1 for c in ctx.text[site.end():site.end() + 2] if CJK.match(c)) == 2


@functools.lru_cache(maxsize=1)
def _bracketed_subsidiary() -> re.Pattern[str]:
    """After a known company's short name: any trade words, a division's name in brackets, then trade
    words, a legal form or 公司 ("(广西)新能源", "新能源(四川)公司", "(甘肃)能源开发有限公司")."""
    # longest first: the repetition takes a whole trade ("新能源", not its prefix 新能 and a stray 源)
    trades = "|".join(map(re.escape, lexicons.longest_first(trade_words() | {"开发"})))
    forms = alternation_pattern(set(_legal_forms()) | {"公司"})
    return re.compile(rf"(?:{trades})*\(([\u4e00-\u9fff]{{2,8}})\)(?:(?:{trades})+(?:{forms})?|(?:{forms}))")


def _bracketed_subsidiary_end(ctx: SentenceContext, b: int) -> int:
    """Where a known company's subsidiary registered in a province or city ends, its division's name in
    brackets after the group's short name at `b` (企业名称登记管理规定: a branch's place may be
    bracketed after the trade name), or a form of org_legal_forms.txt `bracketed` before the legal form
    (the group's own registered name: "中国铁建(集团)股份有限公司"); 0 where the brackets hold neither or
    nothing follows them that a company's name ends with."""
    m = _bracketed_subsidiary().match(ctx.text, b)
    if m is None or not name_ends_at(ctx, m.end()):
        return 0
    # a form in brackets only right before the legal form ("中国铁建(集团)股份有限公司", not "(集团)新能源")
    form = m.group(1) in _bracketed_forms() and ctx.text.startswith(_legal_forms(), m.end(1) + 1)
    if m.group(1) not in lexicons.divisions_by_name() and not form:
        return 0
    return m.end()


@functools.lru_cache(maxsize=1)
def _numbered_unit() -> re.Pattern[str]:
    """An ordinal, or one of China's great regions (org_regional_units.txt), and a unit's head after a
    group's short name ("五局" in 中建五局, "二航局", "华东院" in 中国电建华东院)."""
    return re.compile(rf"(?:[一二三四五六七八九十]{{1,3}}|{lexicons.alternation('org_regional_units.txt')})"
                      rf"(?:{lexicons.alternation('org_numbered_units.txt')})")


def _opens_a_division_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the word at a..b glued inside a division's name: a rare word before it and a short
    rare word ending in a level character after it ("松根/海尔/汗区")?"""
    freq = tokenizer_tags().tokenizer.FREQ
    nxt = ctx.token_starting_at(b)
    prev = ctx.token_ending_at(a)
    return (nxt is not None and len(nxt.word) <= 2 and nxt.word[-1] in lexicons.LEVEL_CHARS
            and (freq.get(nxt.word) or 0) < ORG_RULES.common_word_freq
            and prev is not None and CJK.match(prev.word[0]) and (freq.get(prev.word) or 0) < ORG_RULES.common_word_freq)


@functools.lru_cache(maxsize=1)
def _industry_words() -> tuple[str, ...]:
    words = set(lexicons.words("industries.txt")) | set(lexicons.words("brand_heads.txt"))
    return lexicons.longest_first(words)


@functools.lru_cache(maxsize=1)
def _product_industries() -> frozenset[str]:
    """Industries no company's name ends with, only a works' ("建昊光伏", "华能风电": the company 建昊
    and its solar works): those of industries.txt that end no word of org_company_trades.txt or brand_heads.txt
    (材料 ends 新材料: "隆腾新|材料" as jieba cuts it is a company's name)."""
    trades = company_trades()
    return frozenset(w for w in lexicons.word_set("industries.txt") if not any(t.endswith(w) for t in trades))


@functools.lru_cache(maxsize=1)
def _trade_products() -> tuple[str, ...]:
    """Products and industries an industry word may qualify (org_trade_products.txt, the industries), longest first."""
    words = lexicons.word_set("org_trade_products.txt") | set(_industry_words()) | set(lexicons.words("org_company_trades.txt"))
    return lexicons.longest_first(words)


def names_laundered_goods(name: str) -> bool:
    """Does `name` open with what a laundry washes (org_laundered_goods.txt: "布草洗涤二期" names the
    linen washed, no company, though jieba reads 布草 as a person's name)?"""
    return name.startswith(lexicons.words("org_laundered_goods.txt"))


def names_what_works_make(name: str, opening: bool = False) -> bool:
    """Is `name` what a works make or carry, no company's trade name: made only of characters of chemical
    elements, raw materials and chemicals and of the words compounding them, two or more of them
    (org_material_characters.txt: "碳化硅", "煤制", "镍钴"), or a word of technology
    (org_technology_words.txt: "双千兆", "量子", "中试")? With `opening`: does it open with either
    ("煤制芳烃")?"""
    chars = lexicons.characters("org_material_characters.txt")
    run = next((i for i, c in enumerate(name) if c not in chars), len(name))
    if run >= 2 and (opening or run == len(name)):
        return True
    technologies = lexicons.word_set("org_technology_words.txt")
    return name in technologies or opening and name.startswith(tuple(technologies))


def _cut_before_material(text: str, a: int, b: int, end: int, rest: str) -> tuple[int, str, str]:
    """The end of the trade name text[a:b] before the material its works make (_before_material_tail), the
    rest of the works' name after it and the name: past a cut, the rest is the material and what follows
    ("巨化|硅氟新材料" in a list: "硅氟新材料", the works' product, no industry of the company's name, which
    would then run to the works' end); `b` and `rest` unchanged where nothing is cut."""
    cut = _before_material_tail(text, a, b)
    return (b, rest, text[a:b]) if cut == b else (cut, text[cut:end], text[a:cut])


def _before_material_tail(text: str, a: int, b: int) -> int:
    """Where the trade name text[a:b] ends before the material its works make, when the words close with
    two or more characters of elements and chemicals (org_material_characters.txt) past a compounding
    word (化, 制) and two characters or more of name stand before them ("某化|硅氟新材料项目", "某盛|碳化硅晶体"
    → 某化, 某盛); b when they do not ("中海油": one character, "中石化": 化 alone)."""
    chars = lexicons.characters("org_material_characters.txt")
    k = b
    while k > a and text[k - 1] in chars:
        k -= 1
    while k < b and text[k] in "化制":
        k += 1  # a compounding word opens no material: "巨化|硅氟", the name keeps its 化
    return k if b - k >= 2 and k - a >= 2 else b


@functools.lru_cache(maxsize=1)
def _count_opening() -> re.Pattern[str]:
    """A count (figures, or Chinese numerals up to 十: not 百, 千, 万, which open trade names, 万家惠) and a
    classifier of org_count_classifiers.txt at a name's start, after a word of novelty (新) maybe."""
    classifiers = lexicons.characters("org_count_classifiers.txt")
    return re.compile(rf"新?(?:\d+|[一二两三四五六七八九十]+)[{classifiers}]")


@functools.lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """A count and its classifier (`_count_opening`) right before a name (searched to the name's start)."""
    return re.compile(_count_opening().pattern + "$")


_COUNT_REACH = 8  # characters before a name a count and its classifier may take ("新101所")


def opens_with_a_count(name: str) -> bool:
    """Does `name` open with a count and its classifier ("五所普通中小学新建扩建" → 五所, "新一轮郑州航空港区
    …规划" → 新一轮, "新一代煤电")? Then it counts schools, rounds or generations, and names no company
    (ANNOTATION: counted sets are no entities)."""
    return _count_opening().match(name) is not None


def names_a_business_kind(stem: str) -> bool:
    """Is the word before an industry a kind of business ("冷链物流", "仓储物流", "现代农业科技"), which
    makes a sector, not a company's trade name (org_business_kinds.txt)?"""
    return stem in lexicons.word_set("org_business_kinds.txt")


def opens_with_business_kind(stem: str) -> bool:
    """Does `stem` open with a kind of business (org_business_kinds.txt) before what else a works'
    name goes on with ("铜基|新" of 铜基新材料产业园, where the industry 新材料 took the 新)?"""
    return stem.startswith(tuple(lexicons.words("org_business_kinds.txt")))


def qualifies_a_product(text: str, a: int, b: int) -> bool:
    """Does text[a:b], an industry word of a works' name, qualify a product or industry that goes on
    after it ("美利信新能源|汽车结构件", "闻泰光电|智能制造产业园")? Then it is part of the product the
    works makes, not of the company's name before it (美利信, 闻泰). A trade in …业 or …工 is the
    registered form of a company's name and stays in it ("隆通管业装备制造", "宏达精工机器人": 精工,
    重工, 化工 name the company as 管业 and 矿业 do), and so do 科技 and 时代 (org_trades_before_products.txt:
    "中网科技|云计算": no product is 科技's). So does one that opens a longer industry only works are
    named by (`_product_industries`):
    "佐某|装备制造" is 佐某's works of 装备制造, no company 佐某装备."""
    if text.startswith("级", b):
        return True  # "中硅高科电子级多晶硅": 电子级 (electronic-grade) is the product's grade, no trade of the company
    return text[b - 1] not in "业工" and text[a:b] not in lexicons.word_set("org_trades_before_products.txt") \
        and (text.startswith(_trade_products(), b) or _opens_a_works_industry(text, a, b))


def _opens_a_works_industry(text: str, a: int, b: int) -> bool:
    return any(len(w) > b - a and text.startswith(w, a) for w in _product_industries())


@component("companies_in_works", reads=(PLACE, PROJECT, ORG), assigns=(ORG,), after=("projects",),
           needs_types=(PROJECT,))  # each of its three steps reads the projects' names only
def extract_companies_in_works(ctx: SentenceContext) -> list[Mention]:
    """The company a works is named after (ANNOTATION rule 8): a trade name at the head of a
    project's name, after any place, followed by its industry or a phase ("咸和航天机械零部件项目"
    → 咸和, "吉之汇国际农贸物流城" → 吉之汇, "麦福劳二期扩建" → 麦福劳). A place or a facility
    after the word ("官坝公园", "良岗风电场") makes it a place's name, not a company's."""
    out = _companies_opening(ctx, [m for m in ctx.found if m.type == PROJECT])
    out += _companies_before_sites(ctx, out)
    out += _plants_of_their_place(ctx, out)
    return out + _works_companies_of_list_mates(ctx, out)


# the parts of speech jieba's HMM may guess for a word its dictionary holds not at all that still opens a
# works' name as its company's trade name: a noun, place or adjective ("任泽乐通/a金属材料"), and an adverb
# its guess reads into a coined name ("某际得/d高端新材料")
_UNKNOWN_NAME_POS = ("n", "ns", "a", "d")
# the source of the zones a sentence builds (kg.extract.genre.extract_zones_built)
_ZONE_BUILT_SOURCE = "genre_zone_built"
# the sources of the works that the list and investment rules find after companies_in_works has run
_LATE_WORKS = ("invested", "kind_list")


@component("companies_in_late_works", reads=(PLACE, PROJECT, ORG), assigns=(ORG,), after=("companies_in_works",),
           needs=("元的", "等"), needs_types=(PROJECT,))
def extract_companies_in_late_works(ctx: SentenceContext) -> list[Mention]:
    """The company a works is named after, as companies_in_works finds it, in the works found after it
    ran: by the sum invested in them ("投资1500万元的恒泉油脂厂" → 恒泉) or as a list of a kind of works."""
    return _companies_opening(ctx, [m for m in ctx.found if m.type == PROJECT and m.attrs.get("source") in _LATE_WORKS])


def _companies_opening(ctx: SentenceContext, projects: list[Mention]) -> list[Mention]:
    """The companies that open the names of `projects`, after any place (extract_companies_in_works)."""
    out = []
    freq = tokenizer_tags().tokenizer.FREQ
    places = [m for m in ctx.found if m.type == PLACE]
    for p in projects:
        if p.attrs.get("source") == _ZONE_BUILT_SOURCE:
            continue  # "北川羌城旅游区": a zone named by its place and its own name, no company's works
        if built_by_body_at_site(ctx, p.local_start):
            continue  # "某某公司在某市建设鲲鹏软件小镇": its builder named before it, no company opens its name
        if p.text.endswith(region_heads()):
            continue  # "哈大齐绥新能源产业带": a corridor opens with the places it joins, no company
        a, end = p.span.bounds
        group = _group_opening(ctx, a, end)
        if group is not None:  # "吉利新能源汽车电池": a group whose short name is a common word
            out.append(group)
            continue
        guessed = _guessed_place_trade_name(ctx, places, a, end)
        if guessed is not None:  # "美克|家居|智能制造基地": jieba guessed the trade name a place
            out.append(guessed)
            continue
        for place in places:  # "深汕比亚迪二期": the place before the company
            if place.local_start == a and place.local_end < end:
                a = place.local_end
        group = _group_opening(ctx, a, end)
        if group is not None:  # "厦门中联智慧产业城"
            out.append(group)
            continue
        company = _company_before_bracketed_place(ctx, a, end, places) or _direction_trade_company(ctx, a, end)
        if company is not None:  # "京东(宿迁)智能物流园", "南方水泥优化升级"
            out.append(company)
            continue
        after_place = a != p.local_start
        toks = [t for t in ctx.tokens if a <= t.start and t.end <= end]
        run = []
        for t in toks:
            if t.word in _output_words():
                break  # "浙江某某年产…": the rate closes the trade name
            if not run and t.word in _industry_words():
                break  # "红枫谷康养中心": a trade (jieba's "康养"/nr) opens no trade name, the works names no company
            known = freq.get(t.word)
            # "清河中航上大高温合金": after the place, a company's abbreviation (简称, j) opens its name
            rare_proper = (t.pos in ("nr", "nz", "nrt", "nt") or after_place and t.pos == "j" and t.word not in _industry_words()) \
                and (known or 0) < ORG_RULES.works_company_max_freq
            # a word jieba knows not at all is a name whatever part of speech its HMM guesses ("任泽乐通/a金属材料")
            if len(t.word) >= 2 and CJK.match(t.word[0]) and (rare_proper or not known and t.pos in _UNKNOWN_NAME_POS):
                run.append(t)
            else:
                break
        if not run:
            run = _split_trade_name(ctx, toks, a) or _common_word_trade_name(ctx, toks, a, end, after_place)
        company = _works_company(ctx, p, a, run) or _works_company_before_product(ctx, p, a, run)
        if company is None:  # "爱|旭光|伏电池", "江|钨硬质合金": jieba's cut hides the trade name
            company = _works_company(ctx, p, a, _trade_name_by_characters(ctx, a, p.local_end))
        if company is None and after_place:  # "东营富海等重大项目": the company alone after its plant's division
            company = _bare_item_trade_name(ctx, p, a, end)
        if company is not None:
            out.append(company)
    return out


# the parts of speech of a run's last word that may be the product of the works, not part of the trade
# name: a common noun or another proper noun jieba guesses for a rare product ("调味剂"/nz, "汽摩配"/nz)
_PRODUCT_AFTER_TRADE_POS = ("n", "nz")


def _works_company_before_product(ctx: SentenceContext, p: Mention, a: int, run: list) -> Mention | None:
    """The company named by `run` less its last word, where the whole run names none: that word is the
    product the plant makes, rare enough for the run to take it ("某亚斯|调味剂" in a list of plants,
    "某翔|汽摩配|产业园"), and the trade name before it is the company (_works_company's tests then read
    the product as the rest of the works' name)."""
    if len(run) < 2 or run[-1].pos not in _PRODUCT_AFTER_TRADE_POS:
        return None
    return _works_company(ctx, p, a, run[:-1])


# the rest of a list of companies' works after an item: any next items, then 等 and the kind of 项目
_LISTED_WORKS_CLOSER = re.compile(r"(?:[、，,和与及][^。；;，,]*?)?等[^。；;，,、]*?项目")


def _bare_item_trade_name(ctx: SentenceContext, p: Mention, a: int, end: int) -> Mention | None:
    """The company that names alone an item of a list of works after the division of its plant
    ("布局东明石化、东营富海等重大项目" → 富海, "某某杭氧、某某熔盐技改等一批转型项目" → 杭氧): the item (a
    works found by its list, source enumeration) is a prefecture or county of China and two or
    three characters jieba knows rarely or not at all, nothing of the works' name after them, the list
    closed by 等…项目 (a list of 工程 is public works: "东山花海等工程"); no works head, no facility's,
    housing estate's or place's last character (org_not_trade_finals.txt, org_residence_finals.txt:
    "兴安壹品宅" is a housing estate; place_name_endings.txt) and no body or place found there."""
    text = ctx.text
    name = text[a:end]
    if p.attrs.get("source") != "enumeration" or not 2 <= len(name) <= 3 or not all_cjk(name):
        return None
    sites = lexicons.divisions_by_name().get(text[p.local_start:a], ())
    if not sites or sites[0].level == "province" or not _LISTED_WORKS_CLOSER.match(text, end):
        # "海河金茂府", "郁江新里": a river's, no division's, a housing estate's name; a province's name opens
        # the company's own ("湖北恒新", "吉林梅花": the gold keeps it whole, as _past_site_divisions does)
        return None
    finals = "".join(lexicons.characters(f) for f in ("org_not_trade_finals.txt", "org_residence_finals.txt",
                                                       "place_name_endings.txt"))
    if word_freq(name) >= ORG_RULES.bare_item_trade_name_max_freq or name[-1] in finals \
            or place_lexicon_pattern().fullmatch(name) or any(project_head_pattern().finditer(name)) \
            or ctx.taken(a, end, (ORG, PLACE)):
        return None
    return ctx.mention(ORG, a, end, source="works_company_listed_alone")


def _guessed_place_trade_name(ctx: SentenceContext, places: list[Mention], a: int, end: int) -> Mention | None:
    """The company whose trade name opens a works' name at `a` where a place was found: a word jieba's
    dictionary holds not at all (its tag ns a guess) and no division bears, then a company's trade
    (company_trades(): 家居, 药业) ending on a word's end, the works' name going on after it ("美克|家居|智能制造基地" → 美克家居: 字号 + 行业, the registered form of a company's name)."""
    place = next((pl for pl in places if pl.local_start == a and pl.local_end < end), None)
    if place is None or word_freq(place.text) or place_lexicon_pattern().fullmatch(place.text) \
            or not all(CJK.match(c) for c in place.text):
        return None
    b = place.local_end
    trade = max((w for w in company_trades() if ctx.text.startswith(w, b)), key=len, default="")
    e = b + len(trade)
    if not trade or not token_ends_at(ctx, e) or sum(1 for c in ctx.text[e:end] if CJK.match(c)) < 2 or ctx.found_at(a, e, ORG):
        return None
    return ctx.mention(ORG, a, e, source="works_company")


_BRACKETED_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）]")


def _company_before_bracketed_place(ctx: SentenceContext, a: int, end: int, places: list[Mention]) -> Mention | None:
    """The company whose short name opens a works' name before the place of its local company in
    brackets ("京东(宿迁)智能物流园", "某某(清新)产业园": the company's works at that place, the genre's
    way of naming a company's branch plant): a rare name of characters, no place, region or works,
    where the brackets hold a place found and the works' name goes on after them."""
    text = ctx.text
    limits = ORG_RULES
    for b in range(a + 2, min(a + limits.bracketed_place_company_max_chars, end) + 1):
        bracket = _BRACKETED_PLACE.match(text, b)
        if bracket is not None:
            break
    else:
        return None
    if bracket.end() >= end or not _bracketed_place(bracket.group(1), bracket.start(1), places):
        return None  # "长江新城(新区)": no place in the brackets; "某某(一期)": a phase
    name = text[a:b]
    if not all(CJK.match(c) for c in name) or word_freq(name) >= limits.works_company_max_freq:
        return None  # "西部(成都)科学城", "西南(泸州)…": a region's common word, no trade name
    first = ctx.token_starting_at(a)
    if first is None or first.pos[:1] in ("d", "p", "v", "c", "u", "r"):
        return None  # "…项目将对某玻(福建)…": an adverb or a preposition opens a clause, no name
    if any(m.type == ORG and m.text.startswith(name) for m in ctx.found):
        return None  # "某亚人造板集团有限公司…签订某亚(崇左)…项目": the company is named in full already
    if _bilateral_name(name):
        return None  # "中德(某市)高端装备产业园", "中白(明斯克)工业园": two countries' cooperation park
    if place_lexicon_pattern().fullmatch(name) or name[-1] in lexicons.characters("place_name_endings.txt") \
            or any(m.type in (ORG, PLACE) and m.local_start < b and a < m.local_end <= bracket.start() for m in ctx.found) \
            or any(project_head_pattern().finditer(name)) or names_a_business_kind(name):
        return None  # "泉州(南安)…", "中欧班列(西安)": a place, a works; a company found already
    return ctx.mention(ORG, a, b, source="works_company")


def _direction_trade_company(ctx: SentenceContext, a: int, end: int) -> Mention | None:
    """The company whose short name is a compass word and its trade at a works' head, the works' name
    going on after them ("南方水泥优化升级" → 南方水泥, "北方重工大型铸锻件改造" → 北方重工): jieba reads
    the compass word as a direction, so no proper word opens the run of _companies_opening; the trade
    (company_trades(): 水泥, 重工) right after it, ending on a word boundary, makes the two a name
    (org_direction_trade_openers.txt)."""
    text = ctx.text
    direction = next((w for w in lexicons.words("org_direction_trade_openers.txt") if text.startswith(w, a)), None)
    if direction is None or a not in ctx.token_start_set:
        return None
    b = a + len(direction)
    trade = max((w for w in company_trades() if text.startswith(w, b)), key=len, default="")
    e = b + len(trade)
    if not trade or not token_ends_at(ctx, e) or sum(1 for c in text[e:end] if CJK.match(c)) < 2 or ctx.taken(a, e, (ORG,)):
        return None
    return ctx.mention(ORG, a, e, source="works_company")


def names_places_by_initials(name: str) -> bool:
    """Is `name` made of provinces' one-character forms (place_abbreviations.txt: "浙赣" of 浙江 and 江西)
    or of China's and a partner country's ("中俄蒙": _bilateral_name)? The works it opens join those places
    ("浙赣粤运河", "中俄蒙国际汽车产业园"); it is no company's trade name."""
    return all(c in lexicons.characters("place_abbreviations.txt") for c in name) or _bilateral_name(name)


def _bilateral_name(name: str) -> bool:
    """Is `name` China's 中 and a foreign country's or region's one-character forms, in either order
    ("中德", "中马", "中白", "俄中", "中俄蒙": org_bilateral_partner_initials.txt), the name of the
    countries' cooperation park or zone rather than a company's trade name?"""
    partners = lexicons.characters("org_bilateral_partner_initials.txt")
    return 2 <= len(name) <= 3 and "中" in name and name.count("中") == 1 \
        and all(c == "中" or c in partners for c in name)


@functools.lru_cache(maxsize=1)
def _division_initial_pairs() -> frozenset[str]:
    """The first characters of a prefecture's short name and of one of its counties' ("榆横" of
    榆林市 and its 横山区; GB/T 2260, divisions.tsv): how a report shortens a zone shared by the two."""
    divisions = lexicons.divisions()
    out = set()
    for d in divisions.values():
        parent = divisions.get(d.parent)
        if parent is not None and parent.level == "prefecture" and (parent.short or parent.name) and (d.short or d.name):
            out.add((parent.short or parent.name)[0] + (d.short or d.name)[0])
    return frozenset(out)


def _zone_of_place_forms(name: str) -> bool:
    """Is the two-character `name` made of places' one-character forms, no trade name: a province's
    form and a direction ("宁东", "苏北": a part of the province), or the first characters of a city
    and one of its counties ("榆横": a zone the two share)? Not the opening of a company the lexicon knows
    (京东 of 京东集团)."""
    if len(name) != 2 or any(form.startswith(name) for form in lexicons.synonyms("companies.txt")):
        return False
    return name[0] in lexicons.characters("place_abbreviations.txt") and name[1] in "东西南北" \
        or name in _division_initial_pairs()


def _bracketed_place(words: str, at: int, places: list[Mention]) -> bool:
    """Do the brackets' `words` at `at` name a place: one found, or a division's name (place lexicon)
    whole or without its level ("清新" of 清新区, "德保" of 德保县)?"""
    return any(pl.local_start == at and pl.local_end == at + len(words) for pl in places) \
        or any(place_lexicon_pattern().fullmatch(words + level) for level in ("", "市", "县", "区"))


@functools.lru_cache(maxsize=1)
def _groups_opening_works() -> tuple[str, ...]:
    """Groups' short names that are common words, longest first (companies_opening_works.txt)."""
    return lexicons.words("companies_opening_works.txt")


def _group_opening(ctx: SentenceContext, a: int, end: int) -> Mention | None:
    """The group whose short name, a common word (companies_opening_works.txt), opens the works'
    name at text[a:end] before more of it, on jieba's word boundaries ("三一|智联|重卡", "中联|智慧|
    产业城"); not a facility's head right after it ("远大路" is a road), nor a verb or adjective
    (the word is then part of another name or phrase: "三一发达"), nor a name found already, nor a known
    company right after it ("东风中石化加油站": that company's works, the word part of its name)."""
    text = ctx.text
    form = next((w for w in _groups_opening_works() if text.startswith(w, a)), None)
    if form is None or _company_pattern().match(text, a + len(form)):
        return None
    b = a + len(form)
    nxt = ctx.token_starting_at(b)
    if numbered_street_end(ctx, b) is not None:
        return None  # "远大三路": a numbered street named after the word, no group's works
    if nxt is not None and nxt.word in lexicons.word_set("genre_place_final_chars.txt"):
        return None  # "某利河综合整治": a river's, a mountain's or a road's name the word opens
    if (a not in ctx.token_start_set or nxt is None or nxt.pos == "phead" or nxt.pos.startswith(("v", "a", "d")) or end - b < 2
            or not all(CJK.match(c) for c in text[b:b + 2]) or ctx.taken(a, b, (ORG,))):
        return None
    return ctx.mention(ORG, a, b, source="works_group")


def site_before_power_works(text: str, b: int) -> bool:
    """Does a power-generation works (org_site_power_works.txt) follow at `b`, so that the word
    between the place opening a works' name and `b` is the works' site ("理塘索绒光伏发电": 索绒),
    no company?"""
    return text.startswith(lexicons.words("org_site_power_works.txt"), b)


@functools.lru_cache(maxsize=1)
def _output_words() -> frozenset[str]:
    return lexicons.word_set("project_output_words.txt")


# a block's number after the area an oil or gas field is named by ("渤中19-6", "垦利6-1"): a field, no company
_FIELD_BLOCK = re.compile(r"\d+-\d+")


def _works_company(ctx: SentenceContext, p: Mention, a: int, run: list) -> Mention | None:
    """The company named by `run`, the words at text[a:] after any place that opens the works `p`,
    where an industry, a phase, an output rate and its figure or (after a place or in a list of plants)
    a product follows them."""
    text = ctx.text
    end = p.local_end
    after_place = a != p.local_start
    run, trade_end = _run_to_company_form(ctx, run, a, end)
    if not run or run[0].start != a or len(run) > ORG_RULES.works_company_max_words:
        return None
    if a > 0 and (text[a - 1].isdigit() or text[a - 1] in lexicons.characters("org_capacity_units.txt")):
        return None  # "10万吨大麦芽二期": after a capacity comes the product, not the company
    b = run[-1].end if trade_end is None else trade_end  # "鼎江|高科": the company trade is part of the short name
    if sector_takes_last_character(text, b):
        if b - a == 2:
            return None  # "环新材料产业园", "环新能源汽车…": the industry (新材料, 新能源) took the name's last character
        b -= 1  # "华锐新|材料…" as jieba cuts it: the trade name is 华锐, 新材料 its industry
    if _company_pattern().match(text, b):
        return None  # "丹凤棣花携程农庄": a known company after the word names the works; the word is its site
    rest = text[b:end]
    if rest.startswith("国际") and run[-1].pos != "ns":
        rest = rest[2:]  # "吉之汇国际农贸物流城"
    if after_place and site_before_power_works(text, b) or _FIELD_BLOCK.match(rest):
        return None  # "理塘索绒光伏发电": the power works' site after the county; "渤中19-6凝析气田": a field's area, block
    phase = PHASE.match(rest)
    # after the sum invested only a name jieba knows not at all: a known word there is the crop or kind ("香椿大棚")
    invested = _invested_in(ctx, p.local_start) and not any(word_freq(t.word) for t in run)
    plant = after_place or _listed_plant(ctx, b, end) or invested
    if not (rest.startswith(_industry_words()) or phase or _described_industry(rest) or plant and _product_at(ctx, b, end)
            or _developer_works(run, rest) or _made_at_rate(rest, plant) or trade_end is not None
            or (_listed_plant(ctx, b, end) or p.attrs.get("source") == "enumeration") and _site_to_end(ctx, b, end)):
        return None
    if not phase and any(t.start == b and t.pos == "phead" for t in ctx.tokens):
        return None  # "良岗风电场": a facility of a place; a phase is no facility ("蒙拓牧机二期")
    b, rest, name = _cut_before_material(text, a, b, end, rest)  # "巨化|硅氟新材料项目": ends before the material made
    if phase and any(h.end() == len(name) for h in project_head_pattern().finditer(name)):
        return None  # "米芾商业广场二期": the phase of a facility (a mall, a plant), no company's
    if phase and (rest.endswith("工程") or len(name) == 2 and name[-1] in lexicons.characters("org_phase_works_finals.txt")):
        return None  # "天保二期工程", "景电二期提质增效工程", "丰电三期": a public works' or a plant's phase
    if name in lexicons.roles("rel_owned_works.txt").get("rank", ()):
        return None  # "某市首单数据资产证券化项目": a rank claimed for the works (首单, 首个), no company
    if name in lexicons.word_set("org_works_condition_words.txt") or name in lexicons.word_set("ethnic_groups.txt") \
            or names_laundered_goods(name) or names_what_works_make(name):  # "碳化硅三期", "煤制芳烃": the material the works make
        return None  # "沙河口区老旧小区改造": the state of what is renewed; "某县某族生态家园": a people; no trade name
    if name.startswith(lexicons.words("org_city_nicknames.txt")):
        return None  # "渝州新材料产业园": a city's old name (别称) says where the works is, no trade name
    if names_places_by_initials(name):
        return None  # "中俄蒙国际汽车产业园": countries' and provinces' one-character forms
    if phase and _zone_of_place_forms(name):
        return None  # "宁东二期", "榆横二期": a zone named by places' one-character forms, before its phase
    if name.endswith(_zone_name_ends()):
        return None  # "中央商务区二期" (中央商务区/nt to jieba): a zone's phase, the zone a place (ANNOTATION rule 3)
    if name[-1] in lexicons.characters("place_name_endings.txt") or place_lexicon_pattern().fullmatch(name) \
            or ctx.taken(a, b, (ORG, PLACE)) or names_a_business_kind(name):
        return None
    b = cut_before_plant_product(text, a, _with_group_form(ctx, _company_name_end(ctx, b, end, rest, after_place or trade_end is not None), end), end)
    if after_place and _home_opens_name(ctx, p.local_start, a, rest):
        a = p.local_start  # "北京协和原料药" in a Hebei report: the company is named with its home city
    return ctx.mention(ORG, a, b, source="works_company")


def _with_group_form(ctx: SentenceContext, b: int, end: int) -> int:
    """Where the company's name ending at `b` ends with the group's form written after it (集团, 控股:
    "某算科技集团西藏数据中心"), more of the works' name following; `b` where none is written."""
    group = _group_form_end(ctx, b)
    return group if group and sum(1 for c in ctx.text[group:end] if CJK.match(c)) >= 2 else b


def _company_name_end(ctx: SentenceContext, b: int, end: int, rest: str, named: bool) -> int:
    """Where the company's name at a works' head ends, its trade name ending at `b` and `rest` the
    works' name after it: past the industry or trade word that is part of the company's name; `named`:
    a place opens the works or the name holds its trade already ("兴江高科|精密光学镜片")."""
    text = ctx.text
    trade = _brand_pattern(after_known=True).match(text, b, end)
    if plant_product_alone(rest):
        return b  # "某盼|食品", "某某|轮胎三期": the works is the company's plant for that product
    if industry := _company_industry(rest):  # "华岚新材料": a trade name and its industry alone; "恒信精密二期": before a phase
        return end if industry == rest else b + len(industry)
    if field := _field_trade_before_product(text, b, end):  # "芯光|半导体|芯片": the company's field, its product after
        return b + len(field)
    if trade and trade.end() < end and token_ends_at(ctx, trade.end()) and not qualifies_a_product(text, trade.start(), trade.end()) \
            and not text.startswith(works_heads(), trade.end()):  # "蒙草|科技中心项目": the trade and a head, the works' kind
        return trade.end()  # "康达源医药智能物流仓库": the company's trade (医药, 制药, 实业) is part of its name
    if not named:  # "泰鸿新材料彩涂板项目"; after a place the product's ("天津中沙新材料聚碳酸酯")
        return b + _trade_before_product(ctx, b, end)
    return b


def cut_before_plant_product(text: str, a: int, b: int, end: int) -> int:
    """Where the company named by text[a:b], at the head of a works ending at `end`, ends when its name
    closes with a kind of product and only a phase or nothing follows to the works' end ("某雁铜箔二期…",
    "某某轮胎三期", a list's bare item "某某岩棉"): before the product, at the trade name of two
    characters or more (plant_product_alone); `b` otherwise."""
    for word in lexicons.words("org_plant_product_kinds.txt"):
        if text.endswith(word, a, b) and b - len(word) - a >= 2 and plant_product_alone(text[b - len(word):end]):
            return b - len(word)
    return b


def plant_product_alone(rest: str) -> bool:
    """Is `rest`, what follows a trade name at a works' head to the works' end, a kind of product
    alone or with its phase (org_plant_product_kinds.txt: "食品", "轮胎三期", "铜箔二期首条生产线")? The
    works is then the company's plant for that product, and the company the trade name before it."""
    word = next((w for w in lexicons.words("org_plant_product_kinds.txt") if rest.startswith(w)), "")
    return bool(word) and (word == rest or PHASE.match(rest, len(word)) is not None)


def _field_trade_before_product(text: str, b: int, end: int) -> str:
    """The field word (org_field_trades.txt: 半导体, 光子, 机器人) right after a trade name at `b` where the
    works' name goes on after it with what the plant makes ("仕佳|光子|通信芯片", "芯光|半导体|芯片"): part of
    the company's registered short name (仕佳光子, 芯光半导体), not of the product; "" where none or where
    nothing of the name follows it."""
    field = next((w for w in lexicons.words("org_field_trades.txt") if text.startswith(w, b)), "")
    e = b + len(field)
    return field if field and e < end and CJK.match(text[e]) and not PHASE.match(text, e) else ""


def _trade_before_product(ctx: SentenceContext, b: int, end: int) -> int:
    """The length of the word right after a trade name at `b` that is part of the company's name: an
    industry word (industries.txt) before a figure ("晶合|集成电路|12英寸晶圆制造基地"), a company trade
    (company_trades()) before a product noun ("泰鸿|新材料|彩涂板项目"): the works are named by the
    company and what they make. 0 where a works' head or a phase follows the word ("海螺|新材料|产业园":
    the park's sector), the word qualifies the product after it ("奇瑞|新能源|汽车产业园":
    qualifies_a_product), an activity (a verbal noun) or a facility follows it ("某腾|果蔬|批发市场": a
    market of the trade, the works itself), or an industry no company is named by stands before a
    product ("金晶|大豆|多糖": the product's material)."""
    text = ctx.text
    word = max((w for w in (*company_trades(), *_industry_words()) if text.startswith(w, b)), key=len, default="")
    e = b + len(word)
    if not word or e >= end or not token_ends_at(ctx, e) or qualifies_a_product(text, b, e) or PHASE.match(text, e):
        return 0
    if text[e].isdigit():
        return len(word)
    if word not in company_trades():
        return 0
    after = ctx.token_starting_at(e)
    product = after is not None and after.pos in ("n", "nz") and after.end < end
    return len(word) if product and not text.endswith(works_heads(), e, after.end) else 0


def _company_industry(rest: str) -> str:
    """The industry word (industries.txt, brand_heads.txt) that is part of the company's name when
    `rest`, what follows a works' trade name, is that word alone ("华岚|新材料") or the word and a phase
    ("精密|二期", "新材料|三期"): nothing names a product there, so the industry is the company's
    (恒信精密), not the works'; not an industry only works are named by ("大唐风电二期": 大唐's wind
    power, `_product_industries`); "" otherwise."""
    return next((w for w in _industry_words() if rest.startswith(w) and (w == rest or PHASE.fullmatch(rest, len(w)))
                 and w not in _product_industries()), "")


def trade_before_capacity(rest: str) -> str:
    """The company trade (company_trades(): 农牧, 铝业, 微电子) that `rest`, what follows a trade name at
    a works' head, opens with right before a figure, the works' capacity ("华正|农牧100万头生猪",
    "希望|铝业80万吨电解铝"): the works' product comes after its capacity, so the trade before it is
    the company's; "" otherwise."""
    trade = max((w for w in company_trades() if rest.startswith(w)), key=len, default="")
    return trade if trade and rest[len(trade):len(trade) + 1].isdigit() and trade not in _product_industries() else ""


def _run_to_company_form(ctx: SentenceContext, run: list, a: int, end: int) -> tuple[list, int | None]:
    """`run` and the end of the company's short name by its form (_trade_named_end), or None: the first
    word alone when a company-form trade after it closes the name ("鼎江|高科|高纯…")."""
    if not run or run[0].start != a:
        return run, None
    if len(run) > 1 and run[1].word in _company_form_trades():
        trade_end = _trade_named_end(ctx, run[:1], run[0].end, end)
    else:
        trade_end = _trade_named_end(ctx, run, run[-1].end, end)
    return (run[:1], trade_end) if trade_end is not None else (run, None)


@functools.lru_cache(maxsize=1)
def _company_form_trades() -> frozenset[str]:
    """The company trades that name no product of a works (高科, 化学, 精工): company_trades() less
    the industries (新能源, 装备, 新材料: "科恒新能源装备产业园" is 科恒's works of that industry)."""
    return company_trades() - frozenset(_industry_words())


def _trade_named_end(ctx: SentenceContext, run: list, b: int, end: int) -> int | None:
    """Where a company's short name ends when the one rare word `run` at a works' head, with the company
    trade (company_trades(): 高科, 化学) that ends it or the word after it, names the company by its form
    ("鼎江高科" cut 鼎江|高科 or kept whole), a product of at least PROJECT_LIMITS.company_works_min
    Chinese characters following before the works' head ("…高纯电子化学品项目"); None otherwise. Two
    characters or more of a trade name stand before the trade, and they must be rare (_rare_trade_stem)."""
    if len(run) != 1:
        return None
    word = run[0].word
    forms = _company_form_trades()
    trade = max((w for w in forms if word.endswith(w)), key=len, default="")
    start = run[0].start
    if trade and len(word) - len(trade) >= 2:
        name_end, stem_end = b, start + len(word) - len(trade)  # the stem inside the token: cut alone
    else:
        nxt = ctx.token_starting_at(b)
        if nxt is None or nxt.word not in forms or len(word) < 2:
            return None
        name_end, stem_end = nxt.end, run[0].end  # the stem is the sentence's token
    if not _rare_trade_stem(ctx, start, stem_end, cut_alone=stem_end != run[0].end):
        return None
    head = max((h.start() for h in project_head_pattern().finditer(ctx.text, name_end, end) if h.end() == end), default=None)
    if head is None or sum(1 for c in ctx.text[name_end:head] if CJK.match(c)) < PROJECT_LIMITS.company_works_min:
        return None
    return name_end


def _rare_trade_stem(ctx: SentenceContext, start: int, a: int, cut_alone: bool) -> bool:
    """Is the stem text[start:a], the word before a company-form trade, rare enough to be a trade name:
    a proper name (is_proper: 鼎江) or a rare proper word (_rare_proper_word, as the group trade rule
    asks: 五江/ns, two common characters); no common word (石油 of "石油化学循环经济产业园", 精细) and no
    kind of business or industry (names_a_business_kind, industries: 冷链 of "冷链储运智能物流中心")?"""
    stem = ctx.text[start:a]
    if names_a_business_kind(stem) or stem in _industry_words():
        return False
    return is_proper(stem) or _rare_proper_word(ctx, start, a, cut_alone)


def _developer_works(run: list, rest: str) -> bool:
    """Is the rest of the works' name the head of a developer's works (org_developer_works.txt,
    "产业新城", "健康城") after one proper word jieba tags as a name ("宏达产业新城"), the developer's?"""
    return len(run) == 1 and run[0].pos in ("nz", "nr", "nt") and rest in lexicons.words("org_developer_works.txt")


def _invested_in(ctx: SentenceContext, a: int) -> bool:
    """Does the sum invested stand right before the works at a ("1亿元的东特传动减速机项目")? A works
    named with what was invested in it is a company's plant, named by its company and its product."""
    return ctx.text.endswith(("亿元的", "万元的", "美元的"), 0, a)


def _trade_name_by_characters(ctx: SentenceContext, a: int, end: int, vouched: bool = False) -> list:
    """The trade name at a works' head read by characters, not by jieba's words: the shortest 2-4
    characters before an industry word ("爱旭光伏电池" cut 爱|旭光|伏, "江钨硬质合金…" cut 江|钨,
    "中核宸宇源网荷储"). Only a string jieba's dictionary does not know, whole or in part, is a name:
    a known word there is a descriptor ("分布式光伏", "渔光互补光伏", "高端装备"), an industry word
    the product ("光伏储能"). When the works' list-mate opens with a company (`vouched`), a common word
    may stand inside the name ("中沄通达储能柜", 通达 659; "赤阳春建材", 阳春 71) as long as the name is
    no common word as a whole and jieba's cut ends with it: list-mates share their grammar. A phase
    right after the characters closes the name as an industry word does, where jieba's cut ends before
    it ("巨|正源|一期", "某省|万|橡|二期项目": a one-character word split off the trade name)."""
    text = ctx.text
    freq = tokenizer_tags().tokenizer.FREQ
    limits = TRADE_NAME_CHARACTERS
    for b in range(a + limits.min_chars, min(a + limits.max_chars, end - 1) + 1):
        if not CJK.match(text[b - 1]):
            return []
        industry = _described_industry(text[b:end])
        if not industry:
            if PHASE.match(text, b) and token_ends_at(ctx, b) and _phase_trade_name(ctx, a, b):
                industry = ""  # "巨正源一期": the phase follows the trade name
            else:
                continue
        if industry and not token_ends_at(ctx, b + len(industry)):
            return []  # "马仁建|工业功能区": a word runs across the industry word's end (建工 is no word of the sentence)
        name = text[a:b]
        words = [name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)]
        common = [w for w in words if (freq.get(w) or 0) > limits.word_max_freq]
        if any(w in _industry_words() for w in words) or common and not (vouched and _vouched_name(ctx, name, a, b)):
            return []
        if _verbs_alone(ctx, a, b):
            return []  # "做|实|绿色石化科创中心": a verb and its result (做实, 抓实) open the clause, no trade name
        return [Token(name, "nz", a, b)]
    return []


def _verbs_alone(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] made of single characters jieba reads as verbs, each on its own ("做|实", "抓|实"): a
    verb and its result opening the report's clause, the way it says what to do with the works after it?"""
    pieces = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    return sum(len(t.word) for t in pieces) == b - a and all(len(t.word) == 1 and t.pos.startswith("v") for t in pieces)


def _phase_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """May text[a:b], before a phase, be a trade name read by characters? Only characters of words
    (no line's number: "9号线一期"), and no verb opening it (a works' description: "引洮二期")."""
    first = ctx.token_starting_at(a)
    return all(CJK.match(c) for c in ctx.text[a:b]) and not (first is not None and first.pos.startswith("v"))


def _vouched_name(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """May `name`, holding a common word, still be a trade name where a list-mate vouches for it? Not
    when it is a common word whole ("时代", "高端"), when jieba runs a word across its end, or when a
    word of how the works is built or what it is opens it ("智慧", "新建", "年产")."""
    freq = tokenizer_tags().tokenizer.FREQ
    return ((freq.get(name) or 0) <= TRADE_NAME_CHARACTERS.word_max_freq and token_ends_at(ctx, b)
            and not name.startswith(_works_openers()))


@functools.lru_cache(maxsize=1)
def _works_openers() -> tuple[str, ...]:
    """Words that open a works' name as its kind or make, no company's (org_works_descriptors.txt,
    org_works_kind_openers.txt, org_modifiers.txt)."""
    return tuple(lexicons.words("org_works_descriptors.txt")) + tuple(lexicons.words("org_works_kind_openers.txt")) \
        + tuple(lexicons.words("org_modifiers.txt"))


def _described_industry(rest: str) -> str:
    """The industry word `rest` opens with, after a word of how the works is built if one comes first
    ("集中式储能", "智慧农业"): the two as one string, or "" when no industry word opens it."""
    descriptors = lexicons.words("org_works_descriptors.txt")  # longest first
    descriptor = next((w for w in descriptors if rest.startswith(w)), "") if rest.startswith(descriptors) else ""
    industries = _industry_words()  # longest first; the tuple test first, in C, as most works open with neither
    if not rest.startswith(industries, len(descriptor)):
        # "泓逸|智能制造": an industry word that opens with a descriptor's characters (智能制造, 智能 a
        # descriptor) is the industry whole, no descriptor before another industry
        whole = next((w for w in industries if rest.startswith(w)), "") if descriptor and rest.startswith(industries) else ""
        return whole if len(whole) > len(descriptor) else ""
    return descriptor + next(w for w in industries if rest.startswith(w, len(descriptor)))



def _companies_before_sites(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The companies that open a works' name before the city of its site (_company_before_site),
    where no place opens the works and no company was found at its head already; and the plant of
    that company or of one found before at the works' head, named by its city (_site_plant_end)."""
    places = [m for m in ctx.found if m.type == PLACE]
    opened = {m.local_start for m in found}
    known = [m for m in ctx.found if m.type == ORG]
    out = []
    for p in (m for m in ctx.found if m.type == PROJECT):
        a, end = p.span.bounds
        if a in opened:
            continue
        company = next((m for m in known if m.local_start == a and m.local_end < end), None) \
            or _company_before_site(ctx, [t for t in ctx.tokens if a <= t.start and t.end <= end], end)
        # a place opening the works refutes the company, unless it runs past the company and its city:
        # then it is the works misread as a park ("某某科技某市工业园")
        if company is None or any(pl.local_start == a and pl.local_end <= company.local_end + 2 for pl in places):
            continue
        if company not in known:
            out.append(company)
        plant = _site_plant_end(ctx, company.local_end, end)
        if plant:
            # "大唐|抚州|电厂|第二台机组": the group's plant at the city runs the unit built, a body of its own
            out.append(ctx.mention(ORG, a, plant, source="works_company_plant", composite=True))
    return out


def _plants_of_their_place(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The existing plant or public institution named by its place and its head (org_site_plant_heads.txt,
    org_site_institution_heads.txt) that opens the name of works renewing or enlarging it ("某市电厂三期",
    "某某铝厂技改扩能项目", "某区社会福利中心二期": a phase or a word of org_plant_works_after.txt after it):
    an organization named inside the works (ANNOTATION rules 2, 8)."""
    text = ctx.text
    plants, institutions = lexicons.words("org_site_plant_heads.txt"), lexicons.words("org_site_institution_heads.txt")
    out = []
    for p in (m for m in ctx.found if m.type == PROJECT):
        site_end = _institution_site_end(text, p.local_start)
        heads = plants + institutions if site_end is not None else ()
        head = max((w for w in heads if text.startswith(w, site_end)), key=len, default="")
        if not head:
            continue
        a, e = p.local_start, site_end + len(head)
        rest = text[e:p.local_end]
        # a public institution's new site or building ("某区文体中心新馆", "市妇幼保健中心新院区") says it exists too
        new_site = head in institutions and rest.startswith(_INSTITUTION_SITE_PARTS)
        if not (PHASE.match(rest) or rest.startswith(lexicons.words("org_plant_works_after.txt")) or new_site) \
                or not token_ends_at(ctx, e):
            continue
        if not ctx.found_at(a, e, ORG) and not any(o.local_start == a and o.local_end == e for o in found + out):
            out.append(ctx.mention(ORG, a, e, source="works_place_plant"))
    return out


# the new sites and buildings of an institution (project_institution_buildings.txt) that say it exists,
# not a hospital or a new district it opens (医院, 新区: "某市体育中心医院" is another body)
_INSTITUTION_SITE_PARTS = tuple(w for w in lexicons.words("project_institution_buildings.txt") if w not in ("医院", "新区", "新区医院"))
# the own-level words a report writes before an institution instead of its place ("市体育中心二期")
_OWN_LEVELS = re.compile("|".join(sorted(lexicons.words("org_department_levels.txt"), key=len, reverse=True)))


def _institution_site_end(text: str, a: int) -> int | None:
    """Where the place naming a plant or public institution opening a works' name at `a` ends: a place
    of the place lexicon ("某市体育中心二期"), or the own-level word standing for the report's own area
    ("市体育中心二期", "自治区文化艺术中心二期"); None if neither opens it."""
    site = place_lexicon_pattern().match(text, a) or _OWN_LEVELS.match(text, a)
    return site.end() if site is not None else None


# what may close a works named by the plant alone: the plant itself still to be built
_PLANT_ONLY_WORKS = ("", "项目", "工程")


def _site_plant_end(ctx: SentenceContext, b: int, end: int) -> int:
    """Where the company's plant ends when the company ending at `b` is followed by its city and a
    plant's head (org_site_plant_heads.txt) and the works' name (ending at `end`) goes on after it
    ("大唐|抚州|电厂|第二台机组": the plant 大唐抚州电厂 runs the unit built), not by 项目 or 工程 alone; 0 where not."""
    site = place_lexicon_pattern().match(ctx.text, b)
    if site is None:
        return 0
    head = max((w for w in lexicons.words("org_site_plant_heads.txt") if ctx.text.startswith(w, site.end())), key=len, default="")
    e = site.end() + len(head)
    # only its unit, phase or expansion after it: "某某郑州电厂项目" is the plant still to be built, a works
    if not head or ctx.text[e:end] in _PLANT_ONLY_WORKS or not token_ends_at(ctx, e):
        return 0
    return e


def _company_before_site(ctx: SentenceContext, toks: list, end: int) -> Mention | None:
    """A company's site named by the company, then the city it stands in, then the facility
    ("圆通菏泽智创园", "上汽宁德基地", "格力电器(赣州)智能制造基地"): a rare word, with the company's
    trade if one follows it, right before a division's name that the works' name goes on after, is
    the company. A common word there is a slogan's ("智慧菏泽"), a place word the area's own."""
    if not toks or not 2 <= len(toks[0].word) <= ORG_RULES.brand_walk_chars or not CJK.match(toks[0].word[0]):
        return None
    first = toks[0]
    # an industry ("储能电池肇庆项目": 储能 and its trade) is the works' product, a sector's short form
    # ("科创广西先行试验区": org_sector_short_forms.txt) its field, no trade name
    if word_freq(first.word) >= ORG_RULES.works_company_max_freq \
            or first.word in _industry_words() or first.word in lexicons.word_set("org_sector_short_forms.txt"):
        return None
    text = ctx.text
    a, b = first.start, first.end
    trade = max((w for w in words_opening(_trade_words(), text, b) if text.startswith(w, b)), key=len, default="")
    traded = bool(trade) and token_ends_at(ctx, b + len(trade))
    if first.pos.startswith(_NOT_COMPANY_POS) and not _name_tagged_as_place_or_quality(first, traded):
        return None
    if traded:
        b += len(trade)  # "迈瑞医疗武汉基地": the company's trade stays in its name
    at = b + 1 if text[b:b + 1] in "(（" else b
    site = place_lexicon_pattern().match(text, at)
    if site is None or site.end() >= end or not token_ends_at(ctx, site.end()):
        return None
    if text.startswith(_ROUTE_SECTION, site.end()):
        return None  # "外环线某区段改造工程": the section of a route in that district, no company's site
    if site.group() in lexicons.word_set("place_common_word_short_forms.txt"):
        return None  # "隆里古城保护修缮工程": a common word (古城, an old town) that is also a division's short form
    if site.group() in lexicons.word_set("world.txt") or site.group() in lexicons.named_regions():
        return None  # "某某亚洲论坛国际会议中心": a continent or a foreign city names the forum, no city a plant stands in;
        # "沈大哈长产业科技创新带": two city pairs' initials join in a corridor, no company before a region
    name = text[a:b]
    if name[-1] in lexicons.characters("place_name_endings.txt") or place_lexicon_pattern().fullmatch(name) \
            or _bilateral_name(name) \
            or any(m.type in (ORG, PLACE) and m.span.overlaps(ctx.span(a, b)) and not _holds_the_works(m, a, site.end()) for m in ctx.found):
        return None  # (… "中芬如皋生态园": two countries' cooperation park before its site, no company's)
    return ctx.mention(ORG, a, b, source="works_company_before_site")


def _holds_the_works(m: Mention, a: int, site_end: int) -> bool:
    """Is `m` a place found over the company's whole works' name, the company at `a` and the city
    ending at `site_end` inside it ("某某科技某市工业园" read as a park): it names the works, not the
    company's name, which it does not refute."""
    return m.type == PLACE and m.local_start <= a and m.local_end > site_end


# after a district's name, the word of a route's section in it ("某某线某区段", "某某路某镇段")
_ROUTE_SECTION = "段"


# parts of speech of a word that opens no company's name: verbs, adverbs, numbers, place and time words
_NOT_COMPANY_POS = ("v", "d", "p", "c", "m", "u", "f", "x", "t", "ns", "r", "q", "a")


def _name_tagged_as_place_or_quality(first, traded: bool) -> bool:
    """Is `first`, a rare word opening a works' name before its site, a trade name that jieba tags as a
    place (ns) though no division bears it ("京东") or before the company's trade ("福田汽车"), or as an
    adjective (a) before the company's trade ("豪迈科技")? Before a city and the works these are the company, as a rare proper
    word is (_company_before_site); a division's name is still refused there."""
    if first.pos == "ns" and _pairs_china_with_a_partner(first.word):
        return False  # "中德(沈阳)…产业园", "中白(明斯克)工业园": the two countries of a bilateral park
    return first.pos == "ns" and (traded or not place_lexicon_pattern().fullmatch(first.word)) or first.pos == "a" and traded


@functools.lru_cache(maxsize=1)
def _partner_initials() -> frozenset[str]:
    """The characters that stand for a partner country or region after 中 (中德, 中欧, 中白, 中马): the
    first character of every country's name (countries.txt) and the abbreviations of regions
    (genre_partner_abbreviations.txt)."""
    return frozenset(w[0] for w in lexicons.words("countries.txt")) | lexicons.word_set("genre_partner_abbreviations.txt")


def _pairs_china_with_a_partner(word: str) -> bool:
    """Is `word` 中 and one partner's initial, the pair that names a bilateral park or zone?"""
    return len(word) == 2 and word[0] == "中" and word[1] in _partner_initials()


# parts of speech a character jieba cut off alone has when it is a word of the sentence, no half of a name
_NOT_NAME_HALF = ("v", "d", "p", "c", "m", "u", "f", "x", "t")


def _split_trade_name(ctx: SentenceContext, toks: list, a: int) -> list:
    """A two-character trade name jieba cut into two single characters at the works' head, in no
    dictionary as a pair ("大同锡纯半导体芯片材料" → 锡|纯, "闻喜晶尊水晶玻璃" → 晶|尊, "其龙新材料二期"):
    the pair as one word, for the test that an industry, a product or a phase follows it."""
    if len(toks) < 3 or toks[0].start != a or len(toks[0].word) != 1 or len(toks[1].word) != 1:
        return []
    pair = ctx.text[a:a + 2]
    if (not all(CJK.match(c) for c in pair) or tokenizer_tags().tokenizer.FREQ.get(pair) is not None
            or any(t.pos.startswith(_NOT_NAME_HALF) for t in toks[:2])):
        return []
    return [Token(pair, "nz", a, a + 2)]


def _common_word_trade_name(ctx: SentenceContext, toks: list, a: int, end: int, after_place: bool = False) -> list:
    """A four-character trade name made of a common noun and a word no dictionary knows, before an
    industry at the works' head ("时代思康新材料" cut 时代|思康|新|材料): the unknown half shows the pair
    is a name (企业名称登记管理规定: 字号 of two or more characters), not a descriptor of the works
    ("智慧农业", "高端装备"): both words, for the test that an industry follows them, or after a place
    opening the works a product ("三明永安华信锂电新能源材料": the county, the company, its plant's product)."""
    if len(toks) < 3 or toks[0].start != a:
        return []
    first, second = toks[0], toks[1]
    freq = tokenizer_tags().tokenizer.FREQ
    if (len(first.word) != 2 or len(second.word) != 2 or first.pos != "n" or not all(CJK.match(c) for c in first.word + second.word)
            or freq.get(second.word) is not None or second.pos not in ("nr", "nz", "n")
            or first.word in _industry_words() or first.word.startswith(_works_openers())
            or not (after_place or _described_industry(ctx.text[second.end:end]))):
        return []
    return [first, second]


def _province_elsewhere(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a province or prefecture of another province than the report's? A plant of
    the report's area is not named after a far city; a company's name is ("北京协和")."""
    own = ctx.doc.own.province
    division = lexicons.find_division(ctx.text[a:b], own)
    return bool(own) and division is not None and division.level != "county" and division.code[:2] != own


def _made_at_rate(rest: str, plant: bool) -> bool:
    """Does the rest of the works' name, past the trade name, go on with an output rate and its figure ("江苏沃锐
    年产500万平方米…"), or, for a plant (after a place, in a list of plants), with its capacity and product
    ("青海辉源20万吨绿色高性能铝板带箔", "吉林梅花60万吨赖氨酸")? Then the works are that company's plant."""
    return output_rate().match(rest) is not None or plant and opens_with_capacity(rest, 0, len(rest))


def _home_opens_name(ctx: SentenceContext, a: int, b: int, rest: str) -> bool:
    """Is text[a:b], the place before a works' trade name, the company's home, part of its name: a province
    elsewhere ("北京协和原料药" in a Hebei report), or a province before a plant's capacity ("青海辉源20万吨…")
    — not before an output rate, where the trade name alone is the company ("江苏沃锐年产…": 沃锐)?"""
    return _province_elsewhere(ctx, a, b) or _province_named(ctx, a, b) and not output_rate().match(rest)


def _province_named(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], the place opening a works' name before its company's trade name, a province (its
    short form or full name: "青海辉源20万吨…", "吉林梅花60万吨赖氨酸")? A company registered at the
    province's level bears its name (企业名称登记管理规定: 行政区划 + 字号), and a plant is named after its
    city or county, not its province: the province is the company's, not the works' site."""
    division = lexicons.find_division(ctx.text[a:b], ctx.doc.own.province)
    return division is not None and division.level == "province"


def _site_to_end(ctx: SentenceContext, b: int, end: int) -> bool:
    """Is text[b:end], after the trade name to the works' end, a place found there ("天楹辽源", "某电榆树":
    a company and the city of its plant, how a list of works closed by 等…项目 names each by its investor
    and its site)?"""
    return b < end and ctx.found_at(b, end, PLACE)


def _product_at(ctx: SentenceContext, b: int, end: int) -> bool:
    """Does a product, a common noun jieba knows, follow the trade name to the works' end
    ("内丘建滔醋酸", "沙河闽都紧固件", "广宗科盛软包装": a county, a company and what its plant makes)?
    A facility there makes the name a place's ("沙河湿地公园", "平顶山盐穴储气库"); 项目 names none, nor
    does the phase closing it ("某可丰复合肥二期" in a list of plants: the plant's second phase)."""
    phase = PHASE_AT_END.search(ctx.text, b, end)
    if phase is not None and phase.start() > b:
        end = phase.start()
    first = ctx.token_starting_at(b)
    if first is not None and first.pos == "b" and len(first.word) >= 2:
        first = ctx.token_starting_at(first.end)  # "吉孚力多孔碳": the product after its attribute (区别词)
        if first is None or first.pos != "n":
            return False
    return (first is not None and first.pos in ("n", "nz", "vn") and (len(first.word) >= 2 or first.start > b)
            and bool(word_freq(first.word))
            and first.word[-1] not in lexicons.word_set("org_not_trade_finals.txt")
            and not any(b <= t.start and t.end <= end and t.pos == "phead" and t.word != "项目" for t in ctx.tokens))


def _works_companies_of_list_mates(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """In a list of works named by their companies, a word right before an industry is a company
    too, common word or not, when a list-mate opens with a company ("推进华电高端装备制造、远大装配式
    建筑等…项目" → 远大, yixian-2019): the list-mates share their grammar."""
    text = ctx.text
    projects = sorted((m for m in ctx.found if m.type == PROJECT), key=lambda m: m.local_start)
    opened = {o.local_start for o in [*found, *ctx.found] if o.type == ORG}
    out = []
    for p in projects:
        mates = [q for q in projects if q is not p and q.local_start in opened
                 and (q.local_end + 1 == p.local_start or p.local_end + 1 == q.local_start)
                 and text[min(p.local_end, q.local_end)] == "、"]
        if not mates or p.local_start in opened or ctx.token_starting_at(p.local_start) is None:
            continue
        company = _list_mate_company(ctx, p)
        out += [company] if company else []
    return out


def _list_mate_company(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The company opening the works `p`, a list-mate of a company's works: a word of two characters
    before an industry or the company's base, or a trade name read by characters."""
    text = ctx.text
    first = ctx.token_starting_at(p.local_start)
    if len(first.word) != 2 or not CJK.match(first.word[0]):
        # "麦福劳二期扩建、赤阳春建材生产线": the trade name read by characters, its common word vouched for
        return _works_company(ctx, p, p.local_start, _trade_name_by_characters(ctx, p.local_start, p.local_end, vouched=True))
    a, b = first.start, first.end
    if first.pos.startswith(("v", "d", "p", "c", "m", "q", "t", "f", "r", "u")) or not _mate_works_after_trade_name(ctx, first, p.local_end) \
            or _FIELD_BLOCK.match(text, b):
        return None  # _FIELD_BLOCK: "渤中19-6凝析气田", a field named by its area and block, no company
    if place_lexicon_pattern().fullmatch(first.word) and not _county_elsewhere_only(ctx, first.word) \
            or ctx.taken(a, b, (ORG, PLACE)) or names_a_business_kind(first.word) or first.word.startswith(_works_openers()):
        return None  # "新型储能电站" beside a company's works: a kind of works, no company
    trade = _brand_pattern().match(text, b)
    known = _brand_pattern(after_known=True).match(text, b)
    if known and plant_after_company().match(text, known.end()):
        b = known.end()  # "某龙汽车第三工厂": a company's numbered plant right after its whole name
    elif trade and trade.end() < p.local_end and token_ends_at(ctx, trade.end()) and not qualifies_a_product(text, trade.start(), trade.end()):
        b = trade.end()  # "隆通管业装备制造": the company's name holds its trade
    elif text[b + 1:b + 2] == "业" and b + 2 < p.local_end and token_ends_at(ctx, b + 2) and _coined_trade_name_before_product(ctx, first, p.local_end):
        b += 2  # "某本农业某河番茄谷": a trade in …业 is the registered form of the company's name (qualifies_a_product)
    if text.startswith(tuple(lexicons.words("rel_institution_heads.txt")), b):
        return None  # "某某科技大学新校区": the name goes on to a school's head, no company's trade name
    return ctx.mention(ORG, a, b, source="works_company_list_mate")


def _mate_works_after_trade_name(ctx: SentenceContext, first, end: int) -> bool:
    """Does what follows the word `first` at a listed works' head, up to its end at `end`, name that
    company's works: an industry ("远大|装配式建筑"), a word of how the works is built that is a works
    of its own ("阳光|农光互补": the company's agri-solar plant, org_works_descriptors.txt), or the
    company's base alone ("捷普|基地": org_company_site_heads.txt)? Before the last two the word must
    be a name: one jieba tags as a person's, an institution's or another proper name, or knows not
    at all ("滩涂|渔光互补" is the site, "光伏|农光互补" the kind; "育苗|基地" what the base does). Or
    the word is a coinage no dictionary holds before its plant's product, process or phase
    (`_coined_trade_name_before_product`: "某通|预焙阳极二期")."""
    rest = ctx.text[first.end:end]
    if rest.startswith(_industry_words()) or _described_industry(rest):
        return True
    unknown = tokenizer_tags().tokenizer.FREQ.get(first.word) is None
    named = (unknown or first.pos in ("nr", "nz", "nt", "nrt")) and first.word not in _industry_words()
    return named and rest in lexicons.word_set("org_works_descriptors.txt") \
        or unknown and (rest in lexicons.word_set("org_company_site_heads.txt") or _product_before_site(ctx, first.end, end)) \
        or _coined_trade_name_before_product(ctx, first, end)


def _coined_trade_name_before_product(ctx: SentenceContext, first: Token, end: int) -> bool:
    """Is `first`, at a listed works' head, a coined word (字号: no dictionary holds it) and what follows
    it, up to the works' end at `end`, the product, process or phase of its plant ("某乐|酸洗", "某通|预焙
    阳极二期")? A list-mate opened by a company vouches that the list names its works by their companies
    (_works_companies_of_list_mates). Not where the rest is one coined word alone ("某瑞|协创": the rest of a
    company's whole name, which is the works itself) or one other name (a place's or a person's: "某锦|阿美",
    two partners' names joined), nor before a company found ("某汕|比亚迪二期": the coined word is the
    site's short form, the company after it builds), nor a park or scenic area the word names ("某岩|文化
    公园二期": project_whole_site_heads.txt, a site named so, no plant), nor a building or school it names
    (works_heads: "某润|商厦") unless a trade in …业 follows the word."""
    if word_freq(first.word) and not _county_elsewhere_only(ctx, first.word) or end - first.end < 2:
        return False
    if any(o.type == ORG and o.local_start == first.end for o in ctx.found):
        return False
    phase = PHASE_AT_END.search(ctx.text, first.end, end)
    stem = ctx.text[first.end:phase.start() if phase else end]
    if stem.endswith(tuple(lexicons.words("project_whole_site_heads.txt"))):
        return False
    if stem.endswith(works_heads()) and stem[1:2] != "业":
        return False  # "某润|商厦", "某林|实验初中": a building or school the word names; but "某本|农业…番茄谷": the trade vouches
    rest = [t for t in ctx.tokens if first.end <= t.start and t.end <= end]
    return bool(rest) and not (len(rest) == 1 and (not word_freq(rest[0].word) or rest[0].pos in ("ns", "nr", "nt")))


def _county_elsewhere_only(ctx: SentenceContext, word: str) -> bool:
    """Is `word` the short name of counties of other provinces only, no region's and none of the
    report's province (find_division reads it as no place there), and no common word? Opening a works beside a company's
    works in a list, it is a company's trade name, as a coined word is ("某某印刷二期、武山砂石骨料等…项目"
    in a Hebei report: 武山县 is in Gansu; "宝丰…煤制烯烃" in Ningxia: 宝丰县 is in Henan), not the site."""
    own = ctx.doc.own.province
    counties = lexicons.divisions_by_name().get(word, ())
    if word_freq(word) >= ORG_RULES.works_company_max_freq:
        return False  # "东方", "长安": a common word as well, the works' kind or style ("东方发电"), no trade name
    return bool(own) and bool(counties) and word not in lexicons.named_regions() \
        and all(d.level == "county" and d.code[:2] != own for d in counties) and lexicons.find_division(word, own) is None


def _product_before_site(ctx: SentenceContext, a: int, end: int) -> bool:
    """Is text[a:end] what a company's base makes and the base's head (org_company_site_heads.txt):
    common nouns jieba knows, no place or body, then 基地 ("魏桥|轻量化基地": the company's base for
    light-weight parts)?"""
    site = next((h for h in sorted(lexicons.words("org_company_site_heads.txt"), key=len, reverse=True)
                 if ctx.text.endswith(h, a, end)), None)
    if site is None or end - len(site) - a < 2:
        return False
    product = [t for t in ctx.tokens if a <= t.start and t.end <= end - len(site)]
    freq = tokenizer_tags().tokenizer.FREQ
    return bool(product) and product[0].start == a and product[-1].end == end - len(site) and all(
        t.pos in ("n", "vn", "nz") and freq.get(t.word) for t in product)


@functools.lru_cache(maxsize=1)
def _body_events() -> Alternatives:
    """Events only a body or company undergoes: what stands before them is its name
    ("招银金投、信银金投开业运营", "国际红树林中心落户深圳", "…研究所挂牌成立")."""
    events = alternation_pattern(lexicons.words("org_body_events.txt"))  # longest first: 挂牌成立 before 挂牌
    return Alternatives(rf"正式(?:{events})", rf"(?:{events})")  # (?:正式)?(?:…), searched apart: same matches


_LIST_BEFORE = re.compile(rf"((?:{_ITEM_CHAR}{{2,20}}、)*{_ITEM_CHAR}{{2,20}})$")
# Heads that name an institution only as the subject of such an event ("中心" is as often a building).
_EVENT_HEADS = ("中心",)


@component("event_subjects", reads=(ORG,), assigns=(ORG,), needs=lexicons.words("org_body_events.txt"))
def extract_event_subjects(ctx: SentenceContext) -> list[Mention]:
    """Institutions and companies named as the subject of an event only a body undergoes:
    "国际红树林中心落户深圳", "招银金投、信银金投开业运营", "新诚服饰、花神丝绸重组复产"."""
    out = []
    text = ctx.text
    for ev in _body_events().finditer(text):
        if ev.start() == 0 or not token_starts_at(ctx, ev.start()):
            continue
        m = _LIST_BEFORE.search(text, 0, ev.start())
        if m is None:
            continue
        pos = m.start(1)
        items = m.group(1).split("、")
        for n, item in enumerate(items):
            a, b = pos, pos + len(item)
            pos = b + 1
            starts = [a] if n else [max(a, _org_start(ctx, b))]
            if (branch := _branch_start(ctx, b)) is not None and branch >= a:
                starts = [branch]  # "长三角国家技术创新中心合肥中心揭牌": the branch named whole
            if n == 0 and (a == 0 or text[a - 1] in PUNCT) and _plain_noun_phrase(ctx, a, b):
                starts.append(a)  # a clause's subject, verbs of its field and all ("…技术转移转化中心")
            for a in sorted(set(starts), reverse=True):
                if not ctx.taken(a, b, (ORG,)) and b - a >= ORG_RULES.subject_min and _event_subject(ctx, a, b):
                    # a plaque hung on it (揭牌, 挂牌): a body, no works (kg.resolve.not_works)
                    out.append(ctx.mention(ORG, a, b, source="event_subject", plaque=ev.group().startswith(("挂牌", "揭牌"))))
                    break
    return out


def _plain_noun_phrase(ctx: SentenceContext, a: int, b: int) -> bool:
    """No function word, trigger verb or punctuation inside text[a:b]."""
    return all(t.pos not in STOP_POS and t.word not in triggers() and not any(c in PUNCT for c in t.word)
               for t in ctx.tokens if a <= t.start and t.end <= b)


def _event_subject(ctx: SentenceContext, a: int, b: int) -> bool:
    text = ctx.text
    head = next((h for h in _EVENT_HEADS + lexicons.words("org_suffixes.txt") if text.endswith(h, a, b)), None)
    if head is not None:
        return b - len(head) > a and not _generic_org_stem(text[a:b - len(head)]) and _names_one(ctx, a, b - len(head), head)
    trade = next((t for t in lexicons.words("brand_heads.txt") if text.endswith(t, a, b)), None)
    if trade is None or b - len(trade) - a < 2:
        return False
    stem = text[a:b - len(trade)]
    return not _generic_org_stem(stem) and not place_lexicon_pattern().fullmatch(stem) and token_starts_at(ctx, a)


@functools.lru_cache(maxsize=1)
def _centre() -> re.Pattern[str]:
    """"中心" as a head, not in a place's or school's word ("中心城区", "中心校")."""
    return re.compile(rf"中心(?!{CJK.pattern}?[{lexicons.characters('org_centre_compounds.txt')}])")


@component("institution_centres", reads=(ORG,), assigns=(ORG,), needs=("中心",))
def extract_institution_centres(ctx: SentenceContext) -> list[Mention]:
    """Centres that are institutions, not buildings: one run by a body named in it ("12338妇联维权
    服务中心", "深交所科技成果与知识产权交易中心") or a national centre of a place ("国家超算深圳
    中心", "大湾区国家技术创新中心"). Other centres are facilities, left to the project rules."""
    out = []
    text = ctx.text
    for m in _centre().finditer(text):
        a, b = m.span()
        if a == 0 or (b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b)):
            continue
        branch = _branch_start(ctx, b)
        if branch is not None:
            if not ctx.taken(branch, b, (ORG,)) or _longer_than_found(ctx, branch, b):
                out.append(ctx.mention(ORG, branch, b, source="centre", composite=True))
            continue  # "长三角国家技术创新中心合肥中心": a branch of a national centre, named whole
        serving = _serving_centre_start(ctx, a, b)
        if serving is not None and text[serving - 1:serving] not in ("与", "和"):
            # "生态环境权益交易中心", "先进技术成果西部转化中心": an institution by its function
            b = _bracketed_seat_end(text, b)
            if not ctx.taken(serving, b, (ORG,)) or _longer_than_found(ctx, serving, b):
                out.append(ctx.mention(ORG, serving, b, source="centre", composite=True))
            continue
        start = _past_dashed_partner(text, _org_start(ctx, a))
        if start > 1 and text[start - 1] in "与和" and not _holds_a_body(ctx, start, a):
            left = _org_start(ctx, start - 1)
            if _holds_a_body(ctx, left, start - 1):
                start = left  # "深交所科技成果与知识产权交易中心"
        nation = text.rfind("国家", max(0, a - ORG_RULES.national_reach), start)
        if nation >= 0 and _plain_noun_phrase(ctx, nation, a):
            start = nation  # "国家超算深圳中心": the national designation opens the name
        stem = text[start:a]
        if len(stem) < ORG_RULES.centre_stem_min or _generic_org_stem(stem) \
                or ctx.taken(start, b, (ORG,)) and not _longer_than_found(ctx, start, b):
            continue
        # a national centre is named "国家…中心" with its place; "…数据中心" is a facility's kind
        national = "国家" in stem and place_lexicon_pattern().search(stem) and token_starts_at(ctx, a)
        # a phase after a centre named by a company's: a facility built in phases ("某某云某市数据中心二期"),
        # no institution (a national centre is one, its phases its works: "国家超算某市中心二期")
        if national or _holds_a_body(ctx, start, a) and not PHASE.match(text, b) and not opens_with_a_company(ctx, start, a):
            out.append(ctx.mention(ORG, start, b, source="centre", composite=True))
    return out


def _bracketed_seat_end(text: str, b: int) -> int:
    """Where a centre's name ends that a bracket right after it holding a place or region only closes:
    the seat of one of a network's centres ("高校区域技术转移转化中心(福建)", "…(成渝地区)"); else `b`."""
    close = text.find(")", b, b + ORG_RULES.bracketed_seat_chars) if text[b:b + 1] == "(" else -1
    return close + 1 if close > b + 1 and place_lexicon_pattern().fullmatch(text[b + 1:close]) else b


# a national centre named by its function and then its region ("国家技术转移中部中心"), up to 中心
_NATIONAL_FUNCTION_CENTRE = re.compile(r"国家([\u4e00-\u9fff]{2,6}?)[\u4e00-\u9fff]{2}$")


def _serving_centre_start(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where a centre ending at b that is an institution by its function opens: the words before 中心
    at `a` end in functions of org_institution_centre_functions.txt ("…权益|交易|中心", "…西部|转化|中心",
    "…区域技术|转移|转化|中心"), and the name walked from them (`_org_start`) holds words of its own
    before them, no bare function nor a kind ("服务中心", "乡镇综合…"); no phase after it (a facility's).
    None where not."""
    text = ctx.text
    functions = lexicons.words("org_institution_centre_functions.txt")
    f0 = a
    while (ending := next((f for f in functions if text.endswith(f, 0, f0)), None)) is not None:
        f0 -= len(ending)
    if f0 == a:
        # "国家技术转移中部中心": a national transfer centre, its region after the function
        national = _NATIONAL_FUNCTION_CENTRE.search(text, max(0, a - ORG_RULES.national_reach), a)
        return national.start() if national is not None and any(f in national.group(1) for f in functions) \
            and token_starts_at(ctx, national.start()) and not PHASE.match(text, b) else None
    if PHASE.match(text, b):
        return None
    start = _org_start(ctx, f0)
    while (first := ctx.token_starting_at(start)) is not None and first.end < f0 \
            and (first.pos.startswith("v") or len(first.word) == 1 and first.pos == "a"):
        start = first.end  # "建/v 好/a 高校区域技术转移转化中心": the verb building it opens no name
    stem = text[start:f0]
    if len(stem) < 2 or _generic_org_stem(stem) or not token_starts_at(ctx, start):
        return None
    return start


def opens_with_a_company(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a known company (companies.txt, brands) open text[a:b], a centre's stem ("某某通讯西安|研发中心",
    "某某汽车新能源|研发中心", "中国邮政绵阳邮件处理|中心")? A company's centre is its facility, a works
    (ANNOTATION rule 7), not a body run apart; the company is the body."""
    return any(m.type == ORG and m.local_start == a and m.local_end <= b and m.attrs.get("source") in ("company", "brand")
               and not _SHARED_BY_A_LIST.match(ctx.text, m.local_end) for m in ctx.found)


# "A、B、C三大运营商数据中心": a count after the company makes the centre the listed companies' together,
# named by their kind; left to the rules of lists (a works of several companies, ANNOTATION rule 8)
_SHARED_BY_A_LIST = re.compile(r"[一二三四五六七八九十两0-9]+[大家个]")


@functools.lru_cache(maxsize=1)
def works_heads() -> tuple[str, ...]:
    """Words that end a works', facility's or route's name: a list item ending in one is a works, not a company."""
    return tuple(lexicons.words("project_heads.txt") + lexicons.words("facility_heads.txt")
                 + lexicons.words("built_facility_heads.txt") + lexicons.words("place_street_heads.txt")
                 + lexicons.words("place_route_heads.txt") + lexicons.words("org_not_company_finals.txt"))


@functools.lru_cache(maxsize=1)
def _works_list_end() -> re.Pattern[str]:
    """The close of a list of works: 等, a count or 一批, and 项目 a few characters on ("等新能源项目19个")."""
    return re.compile(rf"等[^,;。、“”]{{0,{LISTED_WORKS_COMPANY.closing_chars}}}项目")


@component("companies_listed_as_works", reads=(PLACE, PROJECT, ORG), assigns=(ORG,), after=("genre_listed_companies",),
           needs=("等",))
def extract_companies_listed_as_works(ctx: SentenceContext) -> list[Mention]:
    """A list of works ("国碳纳米、恒一锂能等新能源项目19个", "中储粮、东方发电、隆腾新材料等18个续建项目")
    whose items are short bare names, no works' head at their end: each such item is the company the
    works is called by (ANNOTATION: Organization, alt Project). The project rules made it a works;
    the company is named too; so is a bare name beside a company known by name (`_bare_works_mate`). Lists of developments or public works ("等一批房地产项目") name none."""
    text = ctx.text
    spans = set()  # an item can stand before two closes ("甲、乙等项目…等项目"): named once
    for end in _works_list_end().finditer(text):
        if any(w in end.group() for w in lexicons.words("org_not_company_lists.txt")):
            continue
        for p in ctx.found:
            if p.type == PROJECT and _listed_before(text, p.local_end, end.start()) and _bare_company_name(ctx, p):
                spans.add((p.local_start, p.local_end))
    for o in ctx.found:  # "推动京东方、惠科等重大产业项目": a known company's list-mate, no works found for either
        if o.type == ORG and o.attrs.get("source") == "company":
            spans.update((a, b) for a, b in _items_beside(ctx, o.local_start, o.local_end) if _bare_works_mate(ctx, a, b))
    # "某发岩棉等项目": the item is the company's plant for its product, the company the trade name; so
    # is "某和锆钛", the plant named by the material it makes (_before_material_tail)
    return [ctx.mention(ORG, a, cut_before_plant_product(text, a, _before_material_tail(text, a, b), b),
                        source="company_listed_as_works") for a, b in sorted(spans)]


def _bare_company_name(ctx: SentenceContext, works: Mention) -> bool:
    """Is the works' name a company's name alone: short, all Chinese, no works' head at its end, no
    industry opening it ("汽车零部件"), no place, kind or body?"""
    a, b = works.span.bounds
    name = ctx.text[a:b]
    return (2 <= len(name) <= LISTED_WORKS_COMPANY.max_chars and all(CJK.match(c) for c in name)
            and not name.endswith(works_heads()) and not name.startswith(_industry_words())
            and not name.startswith(lexicons.words("org_works_kind_openers.txt"))
            and not any(t.pos == "phead" for t in ctx.tokens if a <= t.start and t.end <= b)
            and not place_lexicon_pattern().fullmatch(name) and not _generic_org_stem(name)
            and not names_what_works_make(name, opening=True)  # "煤制芳烃": the material the works make
            and not opens_with_a_count(name)  # "新一代煤电": a generation of a kind, no company
            and not transfer_works_pattern().fullmatch(name)  # "西气东输", "甘电入浙", "引汉济渭": a transfer works
            and not ctx.taken(a, b, (ORG, PLACE)) and not _ends_in_a_product(ctx, a, b)
            and not _common_words_item(ctx, a, b))


def _common_words_item(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the list item text[a:b] a sector or kinds of things, no coined trade name: its first word a
    common word jieba knows as no proper noun and no trade after it ("风光|核氢": wind and solar, nuclear,
    hydrogen; a word of praise before a trade is a trade name: "鼎盛|石化"), or its last a verb of two
    characters or more ("卫星|制造", manufacturing)? A trade name is rare or proper ("国碳|纳米", "东方|发电",
    "隆腾新|材料")."""
    first, last = ctx.token_starting_at(a), ctx.token_ending_at(b)
    common_first = first is not None and first.end < b and len(first.word) >= 2 \
        and not _proper_or_rare(first, ("nr", "nz", "ns", "j"), ORG_RULES.investor_subject_max_freq) \
        and not ctx.text.endswith(_trade_words(), a, b)
    verb_last = last is not None and last.start > a and len(last.word) >= 2 and last.pos == "v"
    return common_first or verb_last


@functools.lru_cache(maxsize=1)
def _trade_words() -> tuple[str, ...]:
    """Industries and trades a company's registered name may end in ("新材料", "矿业", "发电";
    kg.text.company_names.trade_words), as a tuple for `words_opening`."""
    return tuple(sorted(trade_words()))


def _ends_in_a_product(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] end in a common noun that is no trade, i.e. a product or a thing after the trade
    name ("华统生猪", "万商经典"): the works is the company's plant, named after it, not its name?"""
    last = ctx.token_ending_at(b)
    return (last is not None and last.start >= a and last.pos == "n" and not ctx.text.endswith(_trade_words(), a, b)
            and word_freq(last.word) >= LISTED_WORKS_COMPANY.product_min_freq)


def _listed_plant(ctx: SentenceContext, b: int, end: int) -> bool:
    """Is text[b:end] what a plant in a works list makes, after its company's trade name: no works'
    head ("天润商厦") and no 国际 of a development's name ("尚品国际") at its end?"""
    text = ctx.text
    return not text.startswith("国际", b) and not text.endswith(works_heads(), b, end) and _in_works_list(ctx, end)


def _in_works_list(ctx: SentenceContext, b: int) -> bool:
    """Does a works ending at b stand in a list of works closed by 等…项目 ("华统生猪、永康五金…等一批项目")?
    Its items are named by their companies, so a rare word and a product is a company and its plant."""
    if "等" not in ctx.text[b:]:
        return False
    close = _works_list_end().search(ctx.text, b)
    return close is not None and _listed_before(ctx.text, b, close.start())


# marks that end a list: what stands before one is in another clause ("投产甲、乙;开工丙、丁等项目")
_LIST_BREAKS = re.compile("[,。;；:：]")


def _listed_before(text: str, b: int, close: int) -> bool:
    """Does an item ending at b stand in the list closed at `close` (only list items, 、-joined, between)?"""
    return b == close or (b < close and text[b] == "、" and _LIST_BREAKS.search(text, b, close) is None)


# ---------------------------------------------------------------- institutes being co-built

@functools.lru_cache(maxsize=1)
def _co_building() -> re.Pattern[str]:
    """A co-building verb (org_co_building_verbs.txt), then 的 maybe: what follows is what is built."""
    verbs = lexicons.longest_first(lexicons.words("org_co_building_verbs.txt"))
    return re.compile(rf"(?:{alternation_pattern(verbs)})的?")


# a preposition whose partners come before a co-building verb ("与A大学共建"): right before the verb, with no
# partner between, the verb qualifies a noun ("与共建国家高校合作", 共建“一带一路”国家), builds nothing
_CO_BUILT_PREPOSITIONS = "与同跟"


@functools.lru_cache(maxsize=1)
def _co_built_kinds() -> frozenset[str]:
    """The words a stem of only which names a kind of institute, no one institute: the category words of
    projects (generic_projects.txt: 省级, 重点…) and of institutes (org_co_built_kind_words.txt: 产业技术…)."""
    return lexicons.word_set("generic_projects.txt") | lexicons.word_set("org_co_built_kind_words.txt")


# the joiners of the list of what is co-built ("共建A研究院、B实验室", "联合打造的A及B")
_CO_BUILT_JOINERS = "、及和"
# what a bare institute's name holds besides characters: its quotes and the joiner of two fields
_CO_BUILT_NAME_MARKS = "“”+"


@component("co_built_institutes", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("genre_relocated_facilities",),
           needs=lexicons.words("org_co_building_verbs.txt"))
def extract_co_built_institutes(ctx: SentenceContext) -> list[Mention]:
    """An institute the clause co-builds ("与A大学、B医院共建X研究院", "与A大学联合打造的X实验室、Y
    研究中心", "签署共建X研究院战略合作框架协议") is a works being built: a project (ANNOTATION rule 2, alt
    type Organization), which the bodies co-building it take part in (kg.extract.attributes, partner
    cue). Each item of the list right after a verb of org_co_building_verbs.txt that is an organization
    named with an institute's head (org_co_built_heads.txt), or, where none was found, the words from
    the verb to such a head, a proper stem before it ("共建脑机接口研究院"; not a kind alone, "共建技术
    研究院"); a medical centre of org_co_built_medical_heads.txt may have a short stem, its scope or field
    ("合作共建区域医疗中心"), but not be a national programme alone (org_co_built_medical_programmes.txt).
    The list ends at the first item that is neither, or at a mark."""
    text, out = ctx.text, []
    heads = tuple(lexicons.words("org_co_built_heads.txt"))
    # an organization named with a hospital's or a centre's head there is built too (org_co_built_body_heads.txt)
    body_heads = heads + tuple(lexicons.words("org_co_built_body_heads.txt"))
    generic = _co_built_kinds()
    founding = lexicons.word_set("org_co_built_stem_breaks.txt")
    medical = tuple(lexicons.words("org_co_built_medical_heads.txt"))
    programmes = lexicons.word_set("org_co_built_medical_programmes.txt")
    organized = lexicons.word_set("project_body_founding_verbs.txt")
    for m in _co_building().finditer(text):
        if m.start() and text[m.start() - 1] in _CO_BUILT_PREPOSITIONS or m.group().removesuffix("的") in organized:
            continue  # "与共建国家高校…": the verb right after 与 qualifies the partners (共建“一带一路”国家);
            # "组建省产业技术研究院": a body set up is organized, not built (project_body_founding_verbs.txt)
        # a body founded ("组建某某政务服务中心": a verb of founding, org_co_built_stem_breaks.txt) is no works
        built = heads if m.group().removesuffix("的") in founding else body_heads
        pos = m.end()
        while pos < len(text):
            a = pos + 1 if text[pos] == "“" else pos
            # the longest body named there ("共建某某大学某市研究院": the institute, not the university opening it)
            org = max((o for o in ctx.found if o.type == ORG and o.local_start in (pos, a)),
                      key=lambda o: o.local_end - o.local_start, default=None)
            works = next((p for p in ctx.found if p.type == PROJECT and p.local_start in (pos, a)), None)
            if org is not None:
                end = org.local_end
                # a works found inside its name does not stop it ("…共建的某某高新区研究院": the zone is a part)
                if org.text.endswith(built) and (works is None or works.local_end < end):
                    out.append(ctx.mention(PROJECT, org.local_start, end, source="co_built_institute", co_built=True))
            elif works is not None:
                end = works.local_end
            else:
                end = _bare_institute_end(ctx, pos, heads, generic)
                if end is None and built is body_heads:  # "合作共建区域医疗中心": a medical centre, its scope or field
                    end = _bare_institute_end(ctx, pos, medical, frozenset(), ORG_RULES.co_built_medical_stem_min)
                    if end is not None and text[pos:end] in programmes:
                        end = None  # "合作建设国家区域医疗中心": the national programme joined, no one centre
                if end is not None:
                    out.append(ctx.mention(PROJECT, pos, end, source="co_built_institute", co_built=True))
                else:  # an item named by its kind ("交叉科学中心及…"): the list goes on after it
                    end = _next_joiner(text, pos)
                    if end is None:
                        break
            if end >= len(text) or text[end] not in _CO_BUILT_JOINERS:
                break
            pos = end + 1
    return out


def _counted(c: str) -> bool:
    """Is `c` a figure or a numeral, which opens or follows a count of a kind ("组建四大…中心", "组建…
    创新中心8家"), not an institute's name?"""
    return bool(c) and (c.isdigit() or c in CN_NUMERALS)


def _next_joiner(text: str, pos: int) -> int | None:
    """Where the list item from `pos` ends at a joiner, only name characters before it, within
    ORG_RULES.co_built_name_max characters; None where a mark or anything else comes first."""
    for i in range(pos, min(len(text), pos + ORG_RULES.co_built_name_max)):
        c = text[i]
        if c in _CO_BUILT_JOINERS and i > pos:
            return i
        if not (CJK.match(c) or c.isalnum() or c in _CO_BUILT_NAME_MARKS):
            return None
    return None


def _bare_institute_end(ctx: SentenceContext, pos: int, heads: tuple[str, ...], generic: frozenset[str],
                        stem_min: int = ORG_RULES.co_built_stem_min) -> int | None:
    """Where an institute named from `pos` ends: at the first head of `heads` within
    ORG_RULES.co_built_name_max characters, only name characters before it, a token ending there, a
    stem of `stem_min` characters or more that is no kind alone (is_generic over
    _co_built_kinds: "省级重点实验室", "产业技术研究院") and no count ("一批研究院"), no verb of founding
    inside (org_co_built_stem_breaks.txt: "…高校成立联合研究中心" is a clause), and nothing found inside but
    places and organizations."""
    text = ctx.text
    breaks = lexicons.word_set("org_co_built_stem_breaks.txt")
    window = text[pos:pos + ORG_RULES.co_built_name_max]
    for i in range(1, len(window) + 1):
        c = window[i - 1]
        if not (CJK.match(c) or c.isalnum() or c in _CO_BUILT_NAME_MARKS):
            return None
        head = next((h for h in heads if window[:i].endswith(h)), None)
        if head is None:
            continue
        b = pos + i
        stem = window[:i - len(head)].replace("“", "").replace("”", "")
        first = ctx.token_starting_at(pos)
        if (len(stem) < stem_min or is_generic(stem, generic) or not token_ends_at(ctx, b)
                or _counted(stem[:1]) or _counted(text[b:b + 1])
                or first is None or first.pos.startswith(("m", "q", "r", "v", "d", "p", "c"))
                or any(x.type not in (PLACE, ORG) and x.local_start < b and pos < x.local_end for x in ctx.found)
                or any(t.word in breaks for t in ctx.tokens if pos <= t.start and t.end <= b)):
            return None
        return b
    return None


# ---------------------------------------------------------------- a university by its short form

# the head a university's full name ends with, and the character its short form ends with in its place
# ("四川大学" → "川大", "电子科技大学" → "电子科大", "西安交通大学" → "西安交大")
_UNIVERSITY = "大学"
_UNIVERSITY_SHORT_END = "大"
# the parts of speech of a dictionary word that may be a short form (abbreviation, organization, place,
# other proper name): "北大"/j, "山大"/ns; not "重大"/a, "加大"/v
_SHORT_FORM_TAGS = ("j", "nt", "ns", "nz")


@functools.lru_cache(maxsize=1)
def _standard_body_forms() -> frozenset[str]:
    """Every name and alias of a standard body (org_bodies.txt), with and without its level: 人大, 政协,
    市人大… The people's congress is 人大 in nearly every report, so such a form is no university's."""
    bodies = lexicons.org_bodies()
    rows = {form.replace("{L}", "") for row in lexicons.rows("org_bodies.txt") for form in row}
    return frozenset(bodies) | frozenset(bodies.values()) | rows


def university_short_form_fits(short: str, full: str) -> bool:
    """Does `short` ("川大", "西安交大", "电子科大", "川农大") abbreviate the university `full` ("…大学")? Its
    characters open the name's parts: the place that opens the name (a dictionary place word, "四川",
    "西安") by its first characters or by its one-character form (place_abbreviations.txt: 川 for 四川),
    then the rest of the name by its first character and more in order, each at most
    ORG_RULES.short_form_gap characters after the one before, the last that far before 大学; or, without
    the place, the rest alone (交大 for 西安交通大学). Where the
    name holds more than its place, the short form opens that too (川大 is 四川大学's, not 四川农业大学's,
    whose is 川农大); no standard body's name (人大 is the congress, never 中国人民大学)."""
    if (not short.endswith(_UNIVERSITY_SHORT_END) or not full.endswith(_UNIVERSITY) or len(short) < 2
            or short in _standard_body_forms()):
        return False
    s, core = short[:-1], full[:-len(_UNIVERSITY)]
    if not core:
        return False
    tags = tokenizer_tags().word_tag_tab
    place = next((core[:n] for n in range(min(len(core), ORG_RULES.short_form_max), 1, -1)
                  if tags.get(core[:n]) == "ns"), "")
    if not place:
        return _opens_in_order(s, core)
    rest = core[len(place):]
    splits = [k for k in range(1, len(place) + 1) if s.startswith(place[:k])]
    if s[0] in place[1:] and s[0] in lexicons.word_set("place_abbreviations.txt"):
        splits.append(1)
    if rest:
        splits.append(0)  # the place left out, the rest opened: 交大 once 西安交大 is named
    return any(_opens_in_order(s[k:], rest) for k in splits)


def _opens_in_order(s: str, name: str) -> bool:
    """Does `s` open `name` (its first character) and stand in it in order, each character at most
    ORG_RULES.short_form_gap after the one before and the last that far before the name's end? An empty
    `s` fits only an empty name."""
    if not s or not name:
        return not s and not name
    if s[0] != name[0]:
        return False
    at = 0
    for c in s[1:]:
        nxt = name.find(c, at + 1)
        if nxt < 0 or nxt - at - 1 > ORG_RULES.short_form_gap:
            return False
        at = nxt
    return len(name) - 1 - at <= ORG_RULES.short_form_gap


# what stands between two names of a report's text: no university's name holds one
_NAME_BREAKS = re.compile(r"[^\s,，。;；、与和及同的在]+")


@functools.lru_cache(maxsize=4)
def _university_names(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The full names "…大学" the report's sentences may hold: from each token start of the run of name
    characters before a 大学, within ORG_RULES.short_form_max × (ORG_RULES.short_form_gap + 1) characters."""
    longest = ORG_RULES.short_form_max * (ORG_RULES.short_form_gap + 1)
    names: list[str] = []
    for run in _NAME_BREAKS.findall("\n".join(sentences)):
        at = run.find(_UNIVERSITY)
        while at > 0:
            before = run[max(0, at - longest):at]
            start = 0
            for word in tokenizer_tags().tokenizer.cut(before, HMM=False):
                names.append(before[start:] + _UNIVERSITY)
                start += len(word)
            at = run.find(_UNIVERSITY, at + 1)
    return tuple(sorted(set(names)))


def _closing_short_ends(text: str) -> Iterator[int]:
    """Where 大 stands in `text` but not as 大学's first character: where a short form may end."""
    i = text.find(_UNIVERSITY_SHORT_END)
    while i >= 0:
        if not text.startswith(_UNIVERSITY, i):
            yield i
        i = text.find(_UNIVERSITY_SHORT_END, i + 1)


@component("university_short_forms", reads=(ORG,), assigns=(ORG,), after=("projects",), needs=(_UNIVERSITY_SHORT_END,))
def extract_university_short_forms(ctx: SentenceContext) -> list[Mention]:
    """A university by its short form, where the report names it in full too ("携手川大、电子科大…"
    with 四川大学 and 电子科技大学 in the report; "山大龙山校区" with 山东大学): the characters
    before a closing 大 (not 大学's, not a word 大 opens, 大力) open the parts of a full name "…大学"
    of the report (university_short_form_fits: 川大 ← 四川大学, not ← 四川农业大学; never a standard
    body's name, 人大). The longest such run of whole words that opens with a name's word (no
    verb, preposition, adverb: "与山大" is 山大) and is no common word of another kind ("重大"/a,
    "加大"/v). kg.resolve.entities makes it an alias of the full name."""
    text, out = ctx.text, []
    universities = None  # the report's full names, read once a short form is a candidate
    tags = tokenizer_tags().word_tag_tab
    for i in _closing_short_ends(text):
        tok = ctx.token_reaching(i + 1)
        if tok is None or tok.end != i + 1:
            continue  # "大力", "大道": 大 opens a word
        for a in range(max(0, i - ORG_RULES.short_form_max + 1), i):
            short = text[a:i + 1]
            first = ctx.token_starting_at(a)
            if (first is None or first.pos in STOP_POS or first.pos.startswith(("v", "m", "q"))
                    or not all_cjk(short)
                    or tags.get(short, _SHORT_FORM_TAGS[0]) not in _SHORT_FORM_TAGS
                    or ctx.taken(a, i + 1, (ORG,))):
                continue
            if universities is None:
                universities = _university_names(tuple(s.text for s in ctx.doc.sentences))
            if any(university_short_form_fits(short, n) for n in universities):
                out.append(ctx.mention(ORG, a, i + 1, source="university_short_form", short_form=True))
                break
    return out


@component("university_hospital_short_forms", reads=(ORG,), assigns=(ORG,), after=("university_short_forms",),
           needs=tuple(lexicons.words("org_university_hospital_heads.txt")))
def extract_university_hospital_short_forms(ctx: SentenceContext) -> list[Mention]:
    """A university hospital by its short form: the university's (two characters closing with 大, a word
    jieba tags a short form or place or knows not at all, and rarely: not 加大/v, 重大/a) and a hospital's
    head of org_university_hospital_heads.txt ("某大附院", "某大二院"), each on jieba's word ends, whether
    or not the report names the university in full (the hospital is an organization of its own: ANNOTATION
    "hospitals"), so that the works it names take it as their party ("某大附院某某医疗中心")."""
    text, out = ctx.text, []
    tags, freq = tokenizer_tags().word_tag_tab, tokenizer_tags().tokenizer.FREQ
    for head in lexicons.words("org_university_hospital_heads.txt"):
        for at in occurrences(text, head, 2):
            a, b = at - 2, at + len(head)
            short = text[a:at]
            if (short.endswith(_UNIVERSITY_SHORT_END) and all_cjk(short) and token_starts_at(ctx, a) and token_ends_at(ctx, at)
                    and token_ends_at(ctx, b) and tags.get(short, _SHORT_FORM_TAGS[0]) in _SHORT_FORM_TAGS
                    and (freq.get(short) or 0) < ORG_RULES.works_company_max_freq and not ctx.reaches_out_of(a, b, (ORG,))
                    and not any(m.local_start <= a and b <= m.local_end for m in out)):
                out.append(ctx.mention(ORG, a, b, source="university_hospital_short_form"))
    return out


# A numbered school by its short form: its number and 中 (middle school) or 小 (primary school), or its
# number and 中学/小学 ("七中", "十九中", "四小", "三十中学"), which no head of org_suffixes.txt ends.
# Not 中 or 小 opening another word ("一中心", "四中全会", "滨海一中关村", "一小时", "三小区").
_SCHOOL_SHORT_FORM = re.compile(r"[一二三四五六七八九十]{1,3}(?:中学|小学|中(?![心全央关队级型])|小(?![时区型微]))")
# what may follow a short form 中/小 that ends the name: a list's or clause's break, a branch's head
_SCHOOL_SHORT_AFTER = re.compile(r"$|[、，,。；;：:和与及）)]|分校|新校区|校区")
# a plenary session of a Party congress: "十九届二中、三中、四中全会" names no school
_PLENUM_AFTER = re.compile(r"(?:[、和及]?[一二三四五六七八九十]{1,3}中)*全[会會]")
# the item of such a list right before ("三中四中五中全会", "三中、四中"): another session, no place
_PLENUM_BEFORE = re.compile(r"[一二三四五六七八九十]中[、和及]?$")
# the marks after which a bare short form opens its clause ("，一中教育教学综合楼…投入使用")
_CLAUSE_MARKS = ",，;；:：(（"


@functools.lru_cache(maxsize=1)
def _school_part_after() -> re.Pattern[str]:
    """After a bare short form, within its clause: a school's part or building closing the words
    that follow ("新校区", "教育教学综合楼", "家属楼"; org_school_parts.txt)."""
    parts = alternation_pattern(lexicons.words("org_school_parts.txt"))
    return re.compile(rf"[^、，,。；;：:和及与\s]{{0,8}}?(?:{parts})")


def _bare_school_ends(ctx: SentenceContext, b: int) -> bool:
    """Does a bare short form (no place, level or name word before it) ending at `b` name a school
    by what follows it: the clause's or list's break, a verb ("六十九中竣工", "一中扩建"), or the
    school's part or building ("一中新校区", "十二中教学楼"); not a programme's label going on to
    a sector or a kind of works ("五小水利工程", "十小民生工程", "三小场所", "一中多点格局")?"""
    text = ctx.text
    if _SCHOOL_SHORT_AFTER.match(text, b):
        return True
    t = ctx.token_starting_at(b)
    if t is not None and (t.pos.startswith("v") and t.pos != "vn" or t.word in lexicons.word_set("text_works_verbs.txt")
                          or t.word in triggers()):
        return True
    return bool(_school_part_after().match(text, b))


@component("numbered_schools", reads=(ORG, PLACE, PROJECT), assigns=(ORG,), after=("projects",), needs=("中", "小"))
def extract_numbered_schools(ctx: SentenceContext) -> list[Mention]:
    """A county's or city's numbered school by its short form, an organization (ANNOTATION's
    schools; rule 8 where it opens a works' name): "沈阳七中", "长安六中、长安十小", "县四小如期投入
    使用", "实验三中" (org_school_name_words.txt), "建成投用十九中", "三十中学通过…验收",
    "一中教育教学综合楼" (一中). The number opens the name after a place found right before it (which
    the name keeps), a level character (县一中), a school's name word, a verb, or the clause's start;
    never after 第, a numeral or 届 (a Party congress's plenary sessions, 十九届三中全会), nor where
    the list of short forms goes on to 全会; and 中/小 end the name (a break, a branch's head or
    a word's end: not 一中心, 三小时, 三中全会). A short form that opens a branch found as a works and as
    the only organization there ("三中分校、桃李中学等项目": `_school_branch_found`) is the school running it."""
    text, out = ctx.text, []
    names = lexicons.words("org_school_name_words.txt")
    for m in _SCHOOL_SHORT_FORM.finditer(text):
        a, b = m.span()
        if a > 0 and (text[a - 1] in "第届屆" or text[a - 1] in CN_NUMERALS or text[a - 1].isdigit()):
            continue
        listed = a > 0 and text[a - 1] in LIST_JOINERS and any(o.local_end == a - 1 for o in out)
        if _PLENUM_AFTER.match(text, b) or not listed and _PLENUM_BEFORE.search(text, max(0, a - 3), a):
            continue
        branch = _school_branch_found(ctx, a, b)
        if branch is not None:  # "三中分校" built: the branch, and the school that runs it named inside
            branch.attrs["composite"] = True
            out.append(ctx.mention(ORG, a, b, source="numbered_school"))
            continue
        if m.group().endswith(("中学", "小学")):
            if b < len(text) and not token_ends_at(ctx, b):
                continue
        elif not _SCHOOL_SHORT_AFTER.match(text, b) and not token_ends_at(ctx, b):
            continue  # "一中心", "十小时": the number opens another word
        place = next((p.local_start for p in ctx.found if p.type == PLACE and p.local_end == a and p.local_start < a), None)
        if place is None and (t := ctx.token_ending_at(a)) is not None and t.pos == "ns" and len(t.word) > 1:
            place = t.start  # "长安六中": a place word jieba knows, found as a place or not
        if place is not None:
            start = place  # "沈阳七中": the city's school, named with it
        elif (w := next((w for w in names if text.endswith(w, 0, a)), None)) is not None:
            start = a - len(w)  # "实验三中"
        elif a > 0 and text[a - 1] in lexicons.LEVEL_CHARS \
                and (ctx.token_at(a - 1, a) is not None or ctx.token_at(a - 1, b) is not None):
            start = a - 1  # "县四小", "市一中"; "县一中", one word of jieba's
        elif listed:
            start = a  # "二中、三中、四中教学楼", "城区七小、八小": the list of schools goes on
        else:
            before = ctx.token_ending_at(a)
            if not (a == 0 or text[a - 1] in _CLAUSE_MARKS or before is not None and before.pos.startswith("v")):
                continue  # "、三中": a list item of nothing named above (a plenary session's)
            if not _bare_school_ends(ctx, b):
                continue  # "实施五小水利工程", "形成一中多点格局": a programme's label
            start = a
        if ctx.taken(start, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, start, b, source="numbered_school"))
    return out


# a branch campus named right after its parent school's short form ("三中分校", "七中西校", "一中东校区"); not
# the school's own new campus ("一中新校区": the gold links no parent to a 新校区)
_SCHOOL_BRANCH_HEAD = re.compile(r"分校|[东南西北]校区?")


def _school_branch_found(ctx: SentenceContext, a: int, b: int) -> Mention | None:
    """The organization found as a numbered school's branch campus that the sentence builds: text[a:b]
    the school's short form, the branch's head right after it, and the whole name ("三中分校", "一中东校区")
    found both as the only organization over the short form and as a works ("重点实施桃李中学、三中分校、
    …等项目"). The parent school is an organization named inside the branch's name (ANNOTATION rule 8)
    that runs it, as the parent of "某某中学某区分校" is (kg.extract.nested_names.
    extract_branch_parent_institutions). None where the branch is no works of the sentence ("实施桃李中学、
    三中分校、第五中学扩建工程": schools whose extension is the works) or another organization holds the short form."""
    head = _SCHOOL_BRANCH_HEAD.match(ctx.text, b)
    if head is None or not ctx.found_at(a, head.end(), PROJECT):
        return None
    over = [m for m in ctx.found if m.type == ORG and m.local_start < b and a < m.local_end]
    if len(over) == 1 and over[0].local_start == a and over[0].local_end == head.end():
        return over[0]
    return None


# The rules that carve a company's name out of the start of a works' name (ANNOTATION rule 8),
# as their mentions' `source`; not the lexicons' companies, groups and brands, which are known bodies.
_CARVED_SOURCES = frozenset({
    "works_company", "works_company_before_site", "works_company_list_mate", "works_company_listed_alone",
    "genre_company_opening_works",
    "genre_abbreviated_company", "genre_trade_name", "genre_trade_name_project", "genre_trade_name_before_capacity",
    "genre_cut_trade_name", "genre_works_company", "company_listed_as_works"})


@functools.lru_cache(maxsize=1)
def _route_pair_head() -> re.Pattern[str]:
    """After a pair of short forms: a route's or a crossing's head, after any water it crosses or
    runs along ("长江隧道", "珠江大桥", "沿江高铁")."""
    heads = lexicons.words("place_route_heads.txt") + lexicons.words("org_route_pair_heads.txt")
    return re.compile(rf"(?:沿江|沿海|[\u4e00-\u9fff]?[江河])?(?:{alternation_pattern(heads)})")


@functools.lru_cache(maxsize=1)
def _place_short_forms() -> frozenset[str]:
    """The one-character forms of places a route's name opens with: a province's
    (place_abbreviations.txt) and the first character of a prefecture's or a county's name (the
    division tables: 杭 of 杭州, 昆 of 昆明)."""
    return frozenset(lexicons.characters("place_abbreviations.txt")) | frozenset(
        d.name[0] for d in lexicons.divisions().values() if d.level in ("prefecture", "county"))


def _names_a_route(name: str, after: str) -> bool:
    """Is `name`, carved from the start of a works' name with `after` following it, the short forms
    of a route's or a crossing's two ends before its head ("沪昆高铁", "甲乙高速公路", "甲乙长江隧道",
    "甲乙航道"), the first a place's one-character form (_place_short_forms: not "国电"; the other end
    may be a pass or a town, 旧 of 旧关 in "太旧高速"), and the works no body's own siding
    (org_siding_words.txt: "晋控铁路专用线" is 晋控's); or two provinces' forms before a bare 线 ("京沪|线")?"""
    if not 2 <= len(name) <= 3 or not all(CJK.match(c) for c in name):
        return False
    if (head := _route_pair_head().match(after)) is not None:
        return name[0] in _place_short_forms() and not after.startswith(lexicons.words("org_siding_words.txt"), head.end())
    return after.startswith("线") and all(c in lexicons.characters("place_abbreviations.txt") for c in name)


def carved_non_bodies(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The organizations that rules carved out of the start of a works' name in this sentence where
    they name no body (issues 9, 10): the short forms of a route's ends before its head ("沪杭" of
    沪杭沿江高铁), a sector's grade word ("高端" of 高端装备产业园, org_grade_words.txt) and a round or
    generation ("新一轮" of 新一轮找矿行动, "新一代" of 新一代煤电: `opens_with_a_count`, 轮 and 代 among its classifiers),
    and the site of works named by their site alone ("白龙" of 白龙核电一期, "大吉" of 大吉煤层气田:
    org_site_named_works.txt). A real company's name inside a works' name (红星美凯龙 in its 商贸综合体项目) is none of these."""
    works = [p for p in found if p.type == PROJECT]
    out = []
    for m in found:
        if m.type != ORG or m.attrs.get("source") not in _CARVED_SOURCES:
            continue
        a, b = m.local_start, m.local_end
        holder = next((p for p in works if p.local_start <= a and b < p.local_end), None)
        if holder is None:
            continue
        if m.text.startswith(lexicons.words("org_grade_words.txt")) \
                or _names_a_route(m.text, ctx.text[b:holder.local_end]) or opens_with_a_count(m.text) \
                or ctx.text.startswith(lexicons.words("org_site_named_works.txt"), b) \
                or _verb_phrase(m.text) or _produce_theme_or_district(m.text) or _district_of_the_report(ctx, m.text) \
                or _market_own_name(ctx.text[b:holder.local_end]) \
                or (_industry_of_its_park(m.text, ctx.text[b:holder.local_end]) and not _trade_name_of_a_company(ctx, m, found)):
            out.append(m)
    return out


def _market_own_name(after: str) -> bool:
    """Does the works' name after a carved name go on with a market's head (org_market_heads.txt), after
    at most a few characters of goods traded and before any works word ("某某农贸市场项目", "某某果蔬批发市场")?
    The carved name is the market's own name, no company's."""
    after = without_trailing(after, lexicons.roles("participation.txt").get("venue_works", ()))
    head = next((h for h in lexicons.words("org_market_heads.txt") if after.endswith(h)), "")
    return bool(head) and len(after) - len(head) <= ORG_RULES.market_goods_chars


def _industry_of_its_park(name: str, after: str) -> bool:
    """Does the carved `name` close with an industry or product word (_trade_products) and the works'
    name go on, past more such words, with the head of a park of that industry (org_trade_zone_heads.txt:
    "某谷化工|产业园", "某某新材料|产业园一期", "某某食品|工业园二期", "某某科技|产业园")? The words before
    the park's head name what the park makes, as in the brand rule's "某某化工园区": no company's
    name, which the report writes with its own form elsewhere ("某某集团在某区建设的某某新材料产业园")."""
    products = _trade_products()
    if not name.endswith(products):
        return False
    while (word := next((w for w in products if after.startswith(w)), None)) is not None:
        after = after[len(word):]
    return after.startswith(lexicons.words("org_trade_zone_heads.txt"))


def _trade_name_of_a_company(ctx: SentenceContext, m: Mention, found: list[Mention]) -> bool:
    """Does the carved `m` ("某某化工" before 产业园) read as a company's registered form, a trade name and
    one industry word ("宽衍|化工", "华诚|新材料"), though a park's head follows? Not where nothing is before
    the industry, a chain of industry words follows the stem ("禾丰|智能电网科技": the park's sector), the
    stem is a place (found, or in the division tables: "龙门|石化"), a common word or no proper name by
    jieba's strict test ("轨道交通|装备"), opened by a verb, number or time, or where the sentence writes
    the company in its own form ("岚海集团在青禾镇建设的岚海新材料产业园": 岚海集团 builds the park)."""
    products, stem, words = _trade_products(), m.text, 0
    while (word := next((w for w in products if stem.endswith(w) and len(w) < len(stem)), None)) is not None:
        stem, words = stem[:-len(word)], words + 1
    if words != 1 or len(stem) < 2 or not all(CJK.match(c) for c in stem):
        return False
    a = m.local_start
    b = a + len(stem)
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not toks or toks[0].pos.startswith(("v", "m", "t", "q", "d", "p", "c")) or word_freq(stem) >= ORG_RULES.common_word_freq:
        return False
    if ctx.taken(a, b, (PLACE,)) or place_lexicon_pattern().fullmatch(stem) is not None:
        return False
    if any(o is not m and o.type == ORG and o.text.startswith(stem) and o.text != m.text for o in found):
        return False
    # a proper name by jieba's strict test ("宽衍"), or a word jieba does not know cut into nouns ("澄屿");
    # a rare common word is no trade name ("轨道交通|装备产业园": the park's sector)
    return is_proper(stem, strict=True) or (not word_freq(stem) and all(t.pos.startswith(("n", "j")) for t in toks))


_DISTRICT_KINDS = ("新区", "区", "县")


def _district_of_the_report(ctx: SentenceContext, name: str) -> bool:
    """Does the report write the carved `name` with a district's or a county's kind after it
    ("某滨区" elsewhere, "某滨科技城" here), the kind closing a word of its sentence there (not
    "某唐|区域总部")? Then it is that area's name (one the place lexicon may not know yet: a district
    made after it was written), not a company's trade name."""
    if len(name) < 2:
        return False
    written = tuple(name + kind for kind in _DISTRICT_KINDS)
    if not any(w in ctx.doc.sentences_joined for w in written):
        return False  # written in no sentence: most carved names, told by one search of the report, not three a sentence
    for sentence in ctx.doc.sentences:
        ends = [at + len(w) for w in written for at in occurrences(sentence.text, w)]
        if ends and not _word_ends(ctx, sentence).isdisjoint(ends):
            return True
    return False


def _word_ends(ctx: SentenceContext, sentence: Sentence) -> frozenset[int]:
    """Where the words of `sentence` end: the tokens the context holds for its own sentence, else
    the sentence's words as the pipeline cuts them."""
    if sentence.index == ctx.sentence.index:
        return ctx.token_end_set
    return frozenset(t.end for t in segment_tokens(sentence.text))


def _produce_theme_or_district(name: str) -> bool:
    """Is the carved `name` a common noun of produce or a facility's theme (org_produce_and_themes.txt:
    "小龙虾" of 某某小龙虾产业基地, "奥林匹克" of 某市奥林匹克体育中心), alone or with a product class
    after it ("酱香酒"), or a district's name ("某某区" of 某某区动力电池材料产业园: a district the place
    lexicon may not know yet)? None of them is a company's trade name (字号)."""
    produce = lexicons.words("org_produce_and_themes.txt")
    return name in produce or name.startswith(produce) and len(name) - len(next(w for w in produce if name.startswith(w))) <= 1 \
        or len(name) >= 3 and "区" in name[2:] or _national_common_noun(name)


_NATION = "国家"


def _national_common_noun(name: str) -> bool:
    """Is the carved `name` 国家 and common words ("国家大数据" of 国家大数据(某省)综合试验区): a
    national designation of the works, no company (a national company's name is known: companies.txt)?"""
    return name.startswith(_NATION) and len(name) > len(_NATION) + 1 and not is_proper(name[len(_NATION):])


_VERB_TAGS = ("v", "vd", "vi")


_PROPER_TAGS = ("nr", "ns", "nt", "nz", "j")


def _verb_phrase(name: str) -> bool:
    """Is the carved `name` a verb phrase by jieba's tags, no body's name: words of two characters or
    more (a dictionary word of four read as its two halves, "积极|开展") of which the last is a verb and
    none a proper name ("定向|筹集", "积极|开展" carved from a works' name that opens with the clause's
    verb), or that ends with a works' stage word (stages.txt: "全线通车", the clause's predicate)? A trade
    name is a proper or a made-up word, or ends with its product or trade."""
    if any(name.endswith(w) and len(w) >= 2 for w in lexicons.words("stages.txt")):
        return True
    pos = tokenizer_tags()
    words = [(w.word, w.flag) for w in pos.cut(name)]
    if len(words) == 1 and len(name) == 4:
        halves = (name[:2], name[2:])
        freq, tags = pos.tokenizer.FREQ, pos.word_tag_tab
        if all(freq.get(h) for h in halves):
            words = [(h, tags.get(h, "")) for h in halves]
    return len(words) > 1 and all(len(w) >= 2 for w, _ in words) and words[-1][1] in _VERB_TAGS \
        and not any(f.startswith(_PROPER_TAGS) for _, f in words)


def works_in_company_names(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The works that a project rule read inside a company's name that goes on past it with only its
    legal form ("某石化某某油建工程公司": 工程 heads no works there, the company is the engineering
    company): no works."""
    orgs = [m for m in found if m.type == ORG]
    return [p for p in found if p.type == PROJECT and any(
        o.local_start <= p.local_start and p.local_end < o.local_end and o.text[p.local_end - o.local_start:] in _company_forms()
        for o in orgs)]


@functools.lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    """What closes a company's name after its trade: 公司 and the legal forms (org_legal_forms.txt)."""
    return frozenset({"公司", *_legal_forms(), *lexicons.roles("org_legal_forms.txt")["short_name"]})


def drop_carved_non_bodies(mentions: list[Mention], not_bodies: list[Mention]) -> list[Mention]:
    """`mentions` less `not_bodies` (carved_non_bodies of each sentence) and the organizations carved
    elsewhere in the report under the same name, or under the short forms that open a route's name
    the report writes with its head: the same route where the report writes its short form alone
    ("甲乙高速公路改扩建工程…甲乙改扩建"). Only names of a route's ends are such (_names_a_route: the
    first character a place's one-character form, the works no body's own siding), so a company's own
    siding ("国电铁路专用线") does not unmake the company elsewhere ("国电(宿迁)热电联产项目")."""
    carved = {m.text for m in mentions if m.type == ORG and m.attrs.get("source") in _CARVED_SOURCES}
    if not carved:
        return mentions
    names = {m.text for m in not_bodies}
    names |= {n for p in mentions if p.type == PROJECT for n in carved
              if n not in names and p.text.startswith(n) and _names_a_route(n, p.text[len(n):])}
    if not names:
        return mentions
    return [m for m in mentions if not (m.type == ORG and m.text in names and m.attrs.get("source") in _CARVED_SOURCES)]


# ---------------------------------------------------------------- a group's short name opening its subsidiary's

def groups_in_subsidiary_names(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The short names of known companies (component `companies`) a sentence kept only inside the name
    of a longer company they open, a subsidiary registered under its own legal form (org_legal_forms.txt:
    "某网某县供电公司", "某铁二十局集团有限公司"; a report filter): the sentence speaks of the subsidiary, not
    of the group (the design pools' gold, u62-u67). Not inside a branch (org_branch_heads.txt: "某移动某州
    分公司", "某丰银行某县支行"), a plant or a unit named by its trade ("某能某湖电厂", "某润微电子"): the gold
    names the group there. groups_kept_alone_elsewhere keeps one the report names alone elsewhere."""
    orgs = [m for m in found if m.type == ORG]
    forms = tuple({w for ws in lexicons.roles("org_legal_forms.txt").values() for w in ws})
    branches = tuple(lexicons.words("org_branch_heads.txt"))
    # a subsidiary registered under its own legal form ("…有限公司", "…集团"), not a branch of the group
    # ("某移动某州分公司", "某丰银行某县支行": the gold names the group there)
    subsidiaries = [k for k in orgs if k.text.endswith(forms) and not k.text.endswith(branches)]
    return [m for m in orgs if m.attrs.get("source") == "company"
            and any(k.local_start == m.local_start and k.local_end > m.local_end for k in subsidiaries)]


def groups_kept_alone_elsewhere(mentions: list[Mention], picked: list[Mention]) -> list[Mention]:
    """`mentions` less those of `picked` (groups_in_subsidiary_names of each sentence) whose name the
    report writes nowhere else as an organization of its own."""
    gone = {id(m) for m in picked}
    alone = {m.text for m in mentions if m.type == ORG and id(m) not in gone}
    return [m for m in mentions if id(m) not in gone or m.text in alone]


# ---------------------------------------------------------------- a university's campus

@component("university_campuses", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("campus_places",),
           needs=lexicons.roles("org_campus_heads.txt")["campus"])
def extract_university_campuses(ctx: SentenceContext) -> list[Mention]:
    """A university's campus named after the area it stands in ("某某大学某某校区", "某某学院某某校区"): a
    university or college found (org_campus_heads.txt `owner`), the area's place right after it (as
    campus_places reads it) and the campus head (`campus`): the campus is a body of its own (ANNOTATION
    rule 2; the pools' gold names "某某大学某某校区" that stands alone as an organization); not where the campus
    opens the name of works found ("推进某某学院某某校区建设", "某某大学某某校区二期": the university's works,
    which it takes part in, the pools' gold naming no campus there)."""
    heads = lexicons.roles("org_campus_heads.txt")
    out = []
    for o in ctx.found:
        if o.type != ORG or not o.text.endswith(heads["owner"]):
            continue
        area = next((p for p in ctx.found if p.type == PLACE and p.local_start == o.local_end), None)
        if area is None or not ctx.text.startswith(heads["campus"], area.local_end):
            continue
        end = area.local_end + len(next(h for h in heads["campus"] if ctx.text.startswith(h, area.local_end)))
        if any(p.type == PROJECT and p.local_start < end and end <= p.local_end and p.local_start <= area.local_start
               for p in ctx.found):
            continue  # "推进某某学院某某校区建设", "某某大学某某校区二期", "…某某校区扩建工程": the university's works
        if not any(x.type == ORG and x.local_start <= o.local_start and end <= x.local_end for x in ctx.found):
            # composite: the university's own name inside it stays (ANNOTATION rule 8), as in its hospital's
            out.append(ctx.mention(ORG, o.local_start, end, source="university_campus", composite=True))
    return out


def bodies_of_lower_levels(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The bodies and institutions named by the county level alone ("县医院", "县中医院", "县域高中",
    "省、市、县政府部门") in a report above the counties (a province's, a city's, the State Council's):
    they name every county's, a kind ("1500所县医院", "90%的县医院达到三级医院服务能力水平"), not one body;
    in a county's own report "县医院" is its own hospital (yixian-2019)."""
    if not _above_the_counties(ctx.doc):
        return []
    return [m for m in found if m.type == ORG and m.text.startswith("县")]


def _above_the_counties(doc: Document) -> bool:
    """Is the report a province's or a city's, or the State Council's (no area of its own, and no level
    in its title: "2011年国务院政府工作报告", "2004年政府工作报告", not "某市人民政府工作报告")?"""
    division = doc.own.division
    if division is not None:
        return division.level in ("province", "prefecture")
    return doc.area is None and not any(c in lexicons.LEVEL_CHARS for c in doc.title) and not _speaks_for_a_county(doc)


# the mayor's opening words in a county's report ("现在,我代表县人民政府向大会作工作报告")
_COUNTY_GOVERNMENT_SPEAKING = re.compile(r"代表县(?:人民)?政府")
# the report's opening sentences, where its speaker names the government reporting
_OPENING_SENTENCES = 6


def _speaks_for_a_county(doc: Document) -> bool:
    """Does an untitled report open with the county government speaking ("我代表县人民政府…": an excerpt of a
    county's report whose title and area were cut off)? Its "县委", "县人大" are its own bodies."""
    return any(_COUNTY_GOVERNMENT_SPEAKING.search(s.text) for s in doc.sentences[:_OPENING_SENTENCES])
