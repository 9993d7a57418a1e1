"""Rules for classes of names the genre uses everywhere, found by reading the misses of a report no
other rule was tuned on (hailar-2015, a development set; none of its names is in a lexicon):
facilities listed as built, opened or worked on, works named by trade name and capacity, zones being
built; trade names opening a works' name, brands counted by their dealers, an autonomous division's
bodies by level, facilities managed as institutions; city quarters, named areas (wetlands, water
sources, clusters, historic sites), listed villages and compounds, a subdistrict by its office.
From hailar-2013 (the second development report): facilities named with the works of moving them
and the institutions moved, a zone the report supports as a place, works named by a place and a size
in a list called projects, names listed as companies or hotels (list-mates share their type), foreign
divisions written after their country, a works whose preparation (前期工作) is spoken of, facilities
listed by their kind ("…、碧海云天等酒店投入运营"), a trade name right before a works capacity, one
named facility whose building a clause pushes, the works on a site with its 工程, a body with an
organization head opening a works name.

Each component finds one class of names; its words live in lexicon files (the genre_*.txt files,
built_facility_heads.txt, list_predicates.txt, city_quarters.txt, place_area_heads.txt,
village_kinds.txt, autonomous_bodies.txt, relocation_works.txt, institution_kinds.txt, and the zone and
area heads of place_zone_heads.txt, place_quarter_heads.txt, text_urban_areas.txt), its numbers
in kg.config.GENRE_LIMITS."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from kg import lexicons
from kg.config import COMPANY_OPENING, COMPANY_WORKS, GENRE_LIMITS as LIMITS
from kg.extract.registry import component
from kg.extract.base import (
    CJK,
    LIST_JOINERS,
    core_of_any_city,
    ORG,
    PLACE,
    PROJECT,
    Mention,
    SentenceContext,
    is_boundary,
    is_proper,
    list_items,
    name_start,
    owned_heads,
    place_lexicon_pattern,
    project_head_pattern,
    region_heads,
    token_ends_at,
    token_starts_at,
    tokenizer_tags,
    weak_heads,
)
from kg.extract.organizations import (
    coined_subsidiary_end,
    cut_before_plant_product,
    cut_trade_name_start,
    names_a_business_kind,
    names_places_by_initials,
    names_laundered_goods,
    names_what_works_make,
    name_ends_at,
    names_a_sector,
    opens_with_business_kind,
    qualifies_a_product,
    sector_takes_last_character,
    site_before_power_works,
    trade_before_capacity,
)
from kg.extract.built_sites import zone_heads_built_in
from kg.extract.place_lists import ITEM_MARK, a_listed_name, actions, listed_spans, past_list_openers, place_kinds
from kg.extract.place_bounds import division_opening
from kg.extract.places import (foreign_division_end, holds_a_common_phrase_word, hub_traffic_follows, ranks_among_quarters,
                               zones_listed_before)
from kg.extract.projects import (SUB_AREA_AFTER, lists_kinds, built_by_body_at_site, built_in_clause, content_verb, content_verb_before, covered_by,
                                 division_in_full, is_generic, named_after_divisions, names_no_single_route, over_capacity, trim_openers)
from kg.text.company_names import company_trade_ends, product_words, trade_words
from kg.text.lookup import Guarded, alternation_pattern, clause_start, guarded, required_literals, words_closing, words_opening
from kg.text.names import (CJK_CHARS, CN_NUMERALS, PHASE, PHASE_AT_END, URBAN_AREAS, transfer_works_pattern, water_source_use_ending,
                           without_phase)
from kg.text.quantities import quantity_words
from kg.text.segment import word_freq

_ITEM = rf"[{CJK_CHARS}A-Za-z0-9]{{2,18}}"
# "…等项目", "…等8家4S店", "…项目的": what may stand between a list and its predicate
_LIST_TAIL = re.compile(rf"(?:等(?:[0-9一二三四五六七八九十]+[个项处座家所])?[{CJK_CHARS}A-Za-z0-9]{{0,4}}?)?(?:项目|设施)?的?"
                        rf"(?:{lexicons.alternation('genre_predicate_times.txt')})?"
                        rf"(?:{lexicons.alternation('genre_predicate_adverbs.txt')}|{lexicons.alternation('genre_list_pace_verbs.txt')})?$")
_COMPLETION_OPENERS = lexicons.words("genre_completion_openers.txt")
_WORKS_PREDICATES = lexicons.word_set("genre_works_predicates.txt")
_COUNTED = re.compile(r"\d+(?:\.\d+)?[个项条座所家处万]|[一二三四五六七八九十两]+[个项条座所家处]")
# a park or zone that opens the clause before the works in it ("中俄蒙国际物流园区中网科技云计算…")
_PARK_OPENER = re.compile(rf"^([{CJK_CHARS}]{{2,12}}(?:{lexicons.alternation('genre_park_openers.txt')}))(?=[{CJK_CHARS}]{{3}})")
_INVESTMENT = re.compile(r"^(?:总?投资)?\d+(?:\.\d+)?[万亿]元的?")


@functools.lru_cache(maxsize=1)
def _predicate_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("list_predicates.txt"))


@functools.lru_cache(maxsize=1)
def _list_before() -> re.Pattern[str]:
    return re.compile(rf"((?:{_ITEM}、)*{_ITEM})$")


# the run of item characters and 、 closing a text, read on the text reversed: where a list ending there
# can begin at the earliest
_LIST_RUN_REVERSED = re.compile(rf"[{CJK_CHARS}A-Za-z0-9、]*")


def _facility_head(item: str) -> str | None:
    heads = lexicons.words("built_facility_heads.txt")
    for head in words_closing(heads, item):  # longest first
        if item.endswith(head):
            return head
    return None


def _plain(ctx: SentenceContext, a: int, b: int) -> bool:
    """No function word, trigger verb or punctuation inside text[a:b] (name verbs allowed)."""
    return not any(a <= t.start and t.end <= b and is_boundary(t, strict=False) and t.pos not in ("nhead", "phead")
                   and not content_verb(t) for t in ctx.tokens if t.start > a)


def _first_item_start(ctx: SentenceContext, a: int, b: int) -> int:
    """The first item of a list starts where a name ending at b would, past an investment phrase."""
    start = max(a, name_start(ctx, b, **LIMITS.list_item.limits, through_heads=True, strict=False))
    # the walk stops at a verb inside the name ("落地签证服务中心", "工业品采购中心"): go on over such
    # verbs and the nouns before them, up to punctuation, a clause opener or a function word
    while start > a:
        before = ctx.token_ending_at(start)
        if before is None or not content_verb(before):
            break
        start = max(a, name_start(ctx, before.start, **LIMITS.list_item.limits, through_heads=True, strict=False))
    openers = lexicons.words("project_openers.txt")
    lead = next((w for w in words_opening(openers, ctx.text, start) if ctx.text.startswith(w, start) and start + len(w) < b - 2), None)
    if lead:
        start += len(lead)  # "新建图书馆": the verb is not the facility's name
    inv = _INVESTMENT.match(ctx.text[start:b])
    return start + inv.end() if inv else start


# verbs that open a clause listing works ("确保…", "启动…", "重点抓好…")
_LIST_OPENERS = lexicons.words("genre_list_openers.txt")
# what a list's first item may open with and the name starts after: a list opener, or 了 after its verb
_LIST_LEADS = tuple(_LIST_OPENERS) + ("了",)


def _listed_items(ctx: SentenceContext, end: int) -> list[tuple[int, int]]:
    """The items of the 、-list ending at `end`."""
    text = ctx.text
    lo = max(0, end - LIMITS.list_lookback)
    if "\n" not in text[lo:end]:
        # the list holds only item characters and 、: it starts inside the run of them that ends at `end`,
        # and a search from the run's start finds the same, leftmost, list without trying every earlier
        # start (each ran over a run of its own to a mark and failed: ~1% of extraction). (A newline
        # would let $ match before it: the whole window is searched then.)
        lo = end - _LIST_RUN_REVERSED.match(text[lo:end][::-1]).end()
    m = _list_before().search(text, lo, end)
    return _split_list(ctx, m.start(1), m.group(1)) if m else []


def _split_list(ctx: SentenceContext, pos: int, items: str) -> list[tuple[int, int]]:
    """The spans of the 、-separated items starting at `pos` (an item "A和B" is two when both end in a
    facility head); the first item starts where a name would, past the verbs that open the clause
    ("启动实施…", "实施了…"), and is dropped when the walk stopped inside it, at a verb of its name."""
    text = ctx.text
    spans = []
    for n, item in enumerate(items.split("、")):
        a, b = pos, pos + len(item)
        pos = b + 1
        if n == 0:
            a = _first_item_start(ctx, a, b)
            while (lead := next((w for w in words_opening(_LIST_LEADS, text, a) if text.startswith(w, a) and a + len(w) < b), None)):
                a += len(lead)
            if content_verb_before(ctx, a):  # the walk stopped inside a name
                continue  # "落地签证服务中心": the walk stopped inside the name, at a verb of it
        elif (inv := _INVESTMENT.match(text[a:b])) and a + inv.end() < b - 1:
            a += inv.end()  # "投资836万元的建新养老院、550万元呼伦社区文体馆": each item's own investment
        parts = text[a:b].split("和")
        if len(parts) > 1 and all(len(p) >= 3 and _facility_head(p) for p in parts):
            for p in parts:
                spans.append((a, a + len(p)))
                a += len(p) + 1
        else:
            spans.append((a, b))
    return spans


# predicates that follow a list only as "…项目建设", "…项目的实施"
# ("…项目前期": the preparation of the projects listed, "推进甲乙、丙丁项目前期")
_PREPARED = "前期"
_CALLED_ONLY = ("建设", "实施", _PREPARED)


@functools.lru_cache(maxsize=1)
def _area_heads() -> tuple[str, ...]:
    """Heads of zones, parks and a city's quarters and new areas (place_zone_heads.txt: 园区, 开发区, 高新区;
    place_quarter_heads.txt: 新区, 片区; text_urban_areas.txt: 新城, 老城区)."""
    return tuple(lexicons.words("place_zone_heads.txt") + lexicons.words("place_quarter_heads.txt")
                 + lexicons.words("text_urban_areas.txt"))


def _names_an_area(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a place found or a zone or area by its head ("城东片区", "东湖新城", "高新区")? Before
    "…项目前期" it is where the projects prepared are (ANNOTATION rule 11), no works."""
    return ctx.text[a:b].endswith(_area_heads()) or ctx.found_at(a, b, PLACE)


def _a_kind(item: str, head: str) -> bool:
    """A facility named by its head alone or with a type modifier ("幼儿园", "标准化幼儿园", "新超市")."""
    stem = item[: len(item) - len(head)]
    return len(stem) < 2 or stem[-1] in lexicons.word_set("project_kind_suffixes.txt")


def _crosses_a_project(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a project found already overlap text[a:b] without either holding the other?"""
    span = ctx.span(a, b)
    return any(m.type == PROJECT and m.span.overlaps(span) and not span.contains(m.span) and not m.span.contains(span)
               for m in ctx.found)


@functools.lru_cache(maxsize=1)
def _length_pattern() -> re.Pattern[str]:
    """A figure and a unit of length (project_list_length_units.txt: 公里, 千米) opening a text."""
    return re.compile(rf"\d+(?:\.\d+)?(?:{lexicons.alternation('project_list_length_units.txt')})")


def _length_opens(item: str) -> bool:
    """Does a listed item open with a length ("405公里高速公路")? Then it states how much of a kind is
    built, and names no works."""
    return _length_pattern().match(item) is not None


_KIND_AFTER_ETC = re.compile(rf"等[{CJK_CHARS}]+")
# a count and a kind (a facility head, a qualifier before it) closing a 、-list without 等, then what
# _LIST_TAIL allows after a list: the items are the kind's named members ("甲乙、丙丁两个地下商城投入使用")
_STREET_SPACES = tuple(lexicons.words("place_street_spaces.txt"))
_COUNTED_TAIL = re.compile(rf"(?<=[{CJK_CHARS}])(?:\d+|[两二三四五六七八九十]+)[个处座家所]([{CJK_CHARS}]{{1,6}}?)"
                           rf"(?:{lexicons.alternation('genre_predicate_adverbs.txt')})?$")


@component("genre_listed_facilities", reads=(PROJECT, ORG), assigns=(PLACE, PROJECT), after=("projects",),
           needs=lexicons.words("list_predicates.txt"))  # the predicates _predicate_pattern finds
def extract_listed_facilities(ctx: SentenceContext) -> list[Mention]:
    """Facilities a clause lists as built or opened are projects: "确保保税仓库、旅游集散中心投入使用",
    "工业品采购中心、五金机电建材城和二手车交易市场等项目开工建设", "启动维多利商城、大润发超市、
    发达广场项目建设" (hailar-2015). An item ends in a facility head (built_facility_heads.txt), or
    the list is called projects ("…等项目"); counted sets ("10条城区道路") and generic words are not."""
    out: list[Mention] = []
    text = ctx.text
    generic = lexicons.word_set("generic_projects.txt")
    for p in _predicate_pattern().finditer(text):
        tail, items, counted_list = _counted_members(ctx, p.start())
        if not counted_list:
            tail = _LIST_TAIL.search(text, max(0, p.start() - LIMITS.tail_lookback), p.start())
            items = _listed_items(ctx, tail.start() if tail else p.start())
        end = tail.start() if tail else p.start()
        called_projects = counted_list or _called_projects(tail.group() if tail else "")
        finished = not (tail and tail.group()) and _completed(ctx, items)  # not "完成沿山路小学等8所风雨馆建设"
        if p.group() in _CALLED_ONLY and not called_projects and not finished:
            continue  # "…建设", "…的实施" make a list projects only when it is called so ("…项目建设")
        if p.group() == _PREPARED and tail and tail.group().startswith("等"):
            continue  # "甲、乙等21个项目前期工作": the enumeration rules name those, with their stage
        if not called_projects and text[max(0, end - 2):end] == "建设":
            continue
        if tail and tail.group().startswith("等") and "设施" in tail.group() and lists_kinds(ctx, items):
            continue  # "完成起步区道路、供电、供水、排水等基础设施建设": kinds of infrastructure, no works named
        out.extend(_company_works_among_works(ctx, items))
        works_done = p.group() in _WORKS_PREDICATES
        by_company = {(a, b) for a, b in items if works_done and _opens_with_company(ctx, a, b)}
        if not called_projects and len(items) > 1 and not all(
                _facility_head(text[a:b]) or works_done and is_proper(text[a:b], strict=True) or (a, b) in by_company
                for a, b in items):
            continue  # a list of things that are not all facilities or names ("供水、供热…管网")
        for a, b in items:
            park = _PARK_OPENER.match(text[a:b])
            if park and called_projects:
                out.append(ctx.mention(PLACE, a, a + park.end(1), source="genre_park_opener"))
                a += park.end(1)
            head = _facility_head(text[a:b])
            sized = _SIZE_BEFORE_HEAD.search(text, a, b - len(head)) if head is not None else None
            if sized is not None:
                a = sized.end()  # "奋斗镇4000平方米保鲜库投入使用": the place and the size describe 保鲜库, no part of its name
            item = text[a:b]
            if len(item) < (2 if counted_list else 3) or is_generic(item, generic) or _COUNTED.search(item) or not _plain(ctx, a, b - len(head or "")):
                continue
            if _length_opens(item):
                continue  # "…等8条、405公里高速公路": a length and a kind, how much is built, no works' name
            if head is None and not ((called_projects or by_company) and is_proper(item, strict=True)) and (a, b) not in by_company:
                continue  # (list-mates of a company's works are named works too: "恒大童世界、…、沧海文化风景区开工建设")
            if head is not None and _a_kind(item, head) and not text[:a].endswith("的") and sized is None:
                continue  # "超市", "教学楼", "标准化幼儿园": a kind, unless described ("23万平方米的建材城完工")
            if _crosses_a_project(ctx, a, b) or named_after_divisions(ctx, a, b):
                continue  # the head rules already cut a name across this one, or began it after its divisions
            if names_no_single_route(text, a, b):
                continue  # "县乡一级公路建成通车": a class of roads, no one works (as for the head rules)
            if text[:a].endswith("等"):
                continue  # "维多利等城市商贸综合体项目前期": the kind the list's items are of, no item
            if p.group() == _PREPARED and _names_an_area(ctx, a, b):
                continue  # "抓好城东片区、高新区项目前期": the areas whose projects are prepared (rule 11)
            out.append(ctx.mention(PROJECT, a, b, source="genre_listed_facility"))
    return out


def _counted_members(ctx: SentenceContext, at: int) -> tuple[re.Match | None, list[tuple[int, int]], bool]:
    """The count and kind closing a 、-list before the predicate at `at`, without 等, and the list's
    items, where the kind is a facility's and the list has two items or more ("甲乙、丙丁两个地下商城投入
    使用": each item a named member of the kind, however short); (None, [], False) for none."""
    tail = _COUNTED_TAIL.search(ctx.text, max(0, at - LIMITS.tail_lookback), at)
    if tail is None or _facility_head(tail.group(1)) is None or tail.group(1).endswith(_STREET_SPACES):
        return None, [], False  # (public spaces counted after the streets that hold them: "东升路两个市民广场")
    items = _listed_items(ctx, tail.start())
    return (tail, items, True) if len(items) >= 2 else (None, [], False)


def _called_projects(tail: str) -> bool:
    """Is a list whose tail (what stands between it and its predicate) is `tail` called projects?"""
    return ("项目" in tail or tail.startswith("等") and "设施" in tail
            # "…、碧海云天等酒店投入运营": the items are of the kind named (hailar-2013)
            # (not "沿山路小学等8所风雨馆": counted halls of the schools listed)
            or _KIND_AFTER_ETC.fullmatch(tail.rstrip("的")) is not None and _facility_head(tail.rstrip("的")) is not None)


def _opens_with_company(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a company found open text[a:b] and a name follow it ("恒大童世界", "碧桂园生态城")?
    A works a list says is being built, named by its company (ANNOTATION rule 8)."""
    return any(m.type == ORG and m.local_start == a and b - m.local_end >= COMPANY_WORKS.min_works_after_company
               and m.attrs.get("source") == "company" for m in ctx.found)


def _found_works(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list that are works found whole."""
    return [(a, b) for a, b in items if any(m.type == PROJECT and m.span.bounds == (a, b) for m in ctx.found)]


def _company_works_among_works(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[Mention]:
    """"…昌九高铁、瑞梅铁路、富士康工业互联智能制造、晶科能源24GW光伏组件等开工建设": in a list
    most of whose items are works found by their heads, an item that opens with a company found
    there and names more after it is that company's works (jiangxi-2023 in /work/devtext)."""
    found = _found_works(ctx, items)
    if len(found) < COMPANY_WORKS.min_found_works or 2 * len(found) < len(items):
        return []
    out = []
    for a, b in items:
        company_end = _company_end_opening_item(ctx, a, b)
        if (company_end is None or (a, b) in found or b - company_end < COMPANY_WORKS.min_works_after_company
                or ctx.taken(a, b, (PROJECT,)) or not _plain(ctx, a, b)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_company_works"))
    return out


# after 等, the words that label the list's kind (its works, bodies or kinds): the enumeration rules read those
# lists (projects._enumerated_projects); a list of company works closed by 等 and a verb names no kind
@functools.lru_cache(maxsize=1)
def _kind_label_after_etc() -> re.Pattern[str]:
    labels = alternation_pattern(lexicons.words("genre_list_kind_labels.txt"))
    return re.compile(rf"[{CJK_CHARS}、“”]{{0,10}}?(?:{labels})")


@component("genre_company_works_before_verb", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("genre_listed_facilities",),
           needs=("等",), needs_types=(ORG,))
def extract_company_works_before_verb(ctx: SentenceContext) -> list[Mention]:
    """Works named by a known company and what it builds there, listed before 等 and the verb of their
    progress with no label of a kind ("中石化某某、燕山石化绿色新材料、某化院等向某港集聚发展", "特变电工智慧
    产业园、…、某某数据工厂等深化布局", "…、恒瑞创新药、某某交易中心等建设"): an item that opens with a company
    the lexicon knows (companies.txt, source `company`) and names more after it is that company's works
    (ANNOTATION rule 8), where two items or more of the list are such works or works found. Not a company
    named whole ("上汽红岩", "国能航运": the item is a body found), nor a list labelled by its kind after 等
    ("…等企业", "…等项目": the enumeration rules)."""
    text = ctx.text
    out: list[Mention] = []
    for etc in re.finditer("等", text):
        at = etc.start()
        after = ctx.token_starting_at(at + 1)
        if after is None or not after.pos.startswith(("v", "d", "p")) or _kind_label_after_etc().match(text, at + 1):
            continue  # "…等企业", "…等一批新车型": a kind follows, or no verb of progress
        items = _listed_items(ctx, at)
        if len(items) < 2:
            continue
        works = [(a, b) for a, b in items if _known_company_works(ctx, a, b)]
        found = _found_works(ctx, items)
        if not works or len(works) + len(found) < COMPANY_WORKS.min_found_works:
            continue
        out.extend(ctx.mention(PROJECT, a, b, source="genre_company_works") for a, b in works)
    return out


def _known_company_works(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a company the lexicon knows open the list item text[a:b], more of a works' name after it
    (COMPANY_WORKS.min_works_after_company), no body found naming the whole item, no project found in it?"""
    if not _opens_with_company(ctx, a, b):
        return False
    if any(m.type == ORG and m.local_start <= a and m.local_end >= b for m in ctx.found):
        return False  # "国能航运": a unit of the group, a body named whole
    return not ctx.taken(a, b, (PROJECT,)) and _plain(ctx, a, b)


def _company_end_opening_item(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the company opening the list item text[a:b] ends: a company found there, or a trade name and
    its trade word by the strict test of _company_opening ("某华科技高性能靶材" → 某华科技); None when none."""
    company = next((m for m in ctx.found if m.type == ORG and m.local_start == a and m.local_end < b), None)
    if company is not None:
        return company.local_end
    bounds = _company_opening(ctx, a, b, strict=True)
    return bounds[1] if bounds is not None and bounds[1] < b else None


def _completed(ctx: SentenceContext, items: list[tuple[int, int]]) -> bool:
    """Does a completion verb open the list ("完成自来水泵站、污水泵站和燃气站建设"), each item
    a facility? Then "…建设" finishes these works, not a field of effort ("加强…建设")."""
    return bool(items) and ctx.text[:items[0][0]].endswith(_COMPLETION_OPENERS) and all(
        _facility_head(ctx.text[a:b]) for a, b in items)


# "大唐700万吨露天矿": a trade name, a capacity, a product or facility; the units are those of every
# works named by its capacity, read also by the lists of such works (project_lists.extract_capacity_lists)
CAPACITY_UNITS = lexicons.alternation("genre_capacity_units.txt")
_COUNT_UNIT = re.compile(rf"(?:{'|'.join(u for u, kind in lexicons.mapping('genre_capacity_units.txt').items() if kind == 'count')})$")
# a plant's capacity inside a works' name, its units sizing output (not the "count" ones): "…电厂2×35万千瓦热电联产"
_PLANT_CAPACITY = re.compile(r"\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)?万?(?:"
                             + "|".join(lexicons.words_of_kind("genre_capacity_units.txt")) + ")")
# a works named by its capacity alone ends at a list mark ("华盛2万千瓦、华能20万千瓦风电成功并网")
# (the product after the capacity is lazy so the name stops before a stage word: "华盛2万千瓦并网";
# the text is NFKC, its commas and semicolons half-width)
_CAPACITY_WORKS = guarded(rf"([{CJK_CHARS}]{{2,4}})(\d+(?:\.\d+)?万?(?:{CAPACITY_UNITS}))((?:[{CJK_CHARS}]{{2,6}}?)??)"
                             rf"(?={lexicons.alternation('genre_capacity_works_after.txt')}"
                             r"|[一二三四五六七八九十]期|[一二三四]季度|[、,，。;；])")


def _output_rate_before(text: str, a: int) -> bool:
    """Does a plant's output rate (project_output_words.txt), with a quantifier of kinds or none
    (genre_output_product_quantifiers.txt), end right before text[a:]? Then the word at `a` is the
    product of an output statement ("年产各类钛白粉50万吨", "年产碳酸锂2万吨"), as the rate before
    the figure makes it a plant's ("某某年产3万吨…"), and no trade name opens a works there."""
    return _OUTPUT_ITEMS_BEFORE.search(text, 0, a) is not None


# the rate, a quantifier, and any products listed with their amounts before this one
# ("年产碳酸锂2万吨、钛白粉…": the second product is listed under the same rate)
_OUTPUT_ITEMS_BEFORE = re.compile(
    rf"(?:{lexicons.alternation('project_output_words.txt')})(?:{lexicons.alternation('genre_output_product_quantifiers.txt')})?"
    rf"(?:[{CJK_CHARS}]{{1,8}}\d+(?:\.\d+)?万?(?:{CAPACITY_UNITS})[、和及])*$")


_PHASE_NUMERALS = CN_NUMERALS
_PHASE_PAIR = re.compile(rf"(?:、[{_PHASE_NUMERALS}])+期")


def names_capacity_owner(ctx: SentenceContext, a: int, end: int, proper: str = "strict") -> bool:
    """Can ctx.text[a:end], right before a capacity, name the owner of a works sized by it ("大唐700万吨
    露天矿", an item of "大土河300万吨、华润联盛90万吨煤矿")? Two characters or more opening on a word,
    a proper name by the strict test (no common words: "集中式300万千瓦", "本地企业300万吨"), no output
    rate's 年/日/月, no place (a place's capacity is a target: "全区100万吨…"). In a list one of whose
    owners passes it, `proper="loose"` asks the first of the others for a rare word only (is_proper's
    loose test: "晋煤太钢", not "企业" cut from "本地企业") and `proper=""` none of the items a list mark opens."""
    name = ctx.text[a:end]
    if len(name) < 2 or a not in ctx.token_start_set or name[:1] in "年日月":
        return False
    if proper and not is_proper(name, strict=proper == "strict") and not _trade_before_figure(ctx.text, a, end):
        return False
    return not (place_lexicon_pattern().fullmatch(name) or ctx.taken(a, end, (PLACE,)))


def _trade_before_figure(text: str, a: int, end: int) -> bool:
    """Does text[a:end], right before a capacity's figure, close with a company trade after a trade name
    of two characters or more (organizations.trade_before_capacity: "希望|铝业80万吨电解铝", "华正|农牧100万头
    生猪")? The trade makes the words a company's name though the trade name is a common word."""
    return any(trade_before_capacity(text[k:end + 1]) == text[k:end] for k in range(a + 2, end - 1))


@component("genre_capacity_works", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("projects",), needs=_CAPACITY_WORKS.needs)
def extract_capacity_works(ctx: SentenceContext) -> list[Mention]:
    """Works named by a trade name and their capacity: "大唐700万吨露天矿完成项目核准",
    "亘富200万吨褐煤提质项目" (hailar-2015); the walk for the name, stopped at a common word, goes back
    over it where a company trade closes it ("希望铝业80万吨电解铝": _trade_before_figure). The name before the capacity must be a rare word or
    an organization, not a place (a place's capacity is a target, "全区100万吨…")."""
    out = []
    text = ctx.text
    for m in _CAPACITY_WORKS.finditer(text):
        a = max(m.start(1), name_start(ctx, m.start(2), **LIMITS.capacity_trade_name.limits))
        a = next((k for k in range(m.start(1), a) if k in ctx.token_start_set and _trade_before_figure(text, k, m.start(2))), a)
        trade_end = m.start(2)
        rate = next((w for w in lexicons.words("project_output_words.txt") if text.endswith(w, a, trade_end)), None)
        if rate is not None:
            # "X年产3万吨…": the rate is no part of the trade name ("园年产"); the name stands before it
            trade_end -= len(rate)
            a = name_start(ctx, trade_end, **LIMITS.capacity_trade_name.limits)
        owner = _company_before_capacity(ctx, trade_end) if rate is None else None
        a = owner if owner is not None else a
        trade = text[a:trade_end]
        if rate is None and _output_rate_before(text, a):
            continue  # "年产各类钛白粉50万吨": the rate, its product, the amount; no works, no trade name
        if trade.endswith(lexicons.words("genre_capacity_totals.txt")):
            continue  # "新增光伏装机5万千瓦": the area's installed total, no works named by its capacity
        if owner is None and not names_capacity_owner(ctx, a, trade_end):
            continue
        if ctx.taken(a, m.end(3), (PROJECT,)):
            continue
        if not m.group(3) and _COUNT_UNIT.search(m.group(2)) and text[m.end():m.end() + 1] in ("", "、", ",", "。", ";"):
            continue  # "建成交付安置房1200套": a count of flats delivered, no works named by its capacity
        end = m.end(3)
        phases = _PHASE_PAIR.match(text, end) if m.group(3)[-1:] in _PHASE_NUMERALS else None
        if phases is not None:
            end = phases.end()  # "某能35GW单晶一、二期": the list of phases closes the name, not its first numeral
        out.append(ctx.mention(PROJECT, a, end, source="genre_capacity_works"))
    return out


@functools.lru_cache(maxsize=1)
def _company_ends() -> tuple[str, ...]:
    """A company's trade (company_trades: 钢铁, 化工) or legal form (org_legal_forms.txt: 集团, 股份)."""
    return company_trade_ends() + lexicons.roles("org_legal_forms.txt")["word"] + lexicons.roles("org_legal_forms.txt")["short_name"]


def _company_before_capacity(ctx: SentenceContext, end: int) -> int | None:
    """Where a company found already by its suffix or the lexicon ("某某钢铁集团", "某某化工股份") ends
    right before a capacity, and a list mark, a clause mark or a verb stands before it, its start: it
    owns the works sized so ("某某集团200万吨煤制油", ANNOTATION rule 8), a company's name of any
    length, whose trade (集团) the strict test of names_capacity_owner reads as a common word."""
    text = ctx.text
    for o in ctx.found:
        if o.type != ORG or o.local_end != end or not o.text.endswith(_company_ends()):
            continue
        before = ctx.token_ending_at(o.local_start) if o.local_start else None
        if o.local_start == 0 or text[o.local_start - 1] in "、，。；：,;:" or before is not None and before.pos.startswith("v"):
            return o.local_start
    return None


_COMMERCE_AFTER = re.compile(rf"(?:国际)?(?:{lexicons.alternation('genre_commerce_heads.txt')})|\d+(?:\.\d+)?万?吨")
# the works verb that ends a known company's works ("华润雪花迁建", "华润雪花啤酒迁址新建", hailar-2013)
_WORKS_VERB_END = re.compile(rf"(?:{lexicons.alternation('relocation_works.txt')}|改扩建|扩建|技改|搬迁)(?:项目)?$")
_PLACE_ENDINGS = lexicons.word_set("genre_place_final_chars.txt")


@component("genre_trade_names_in_works", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects", "companies"),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_trade_names_in_works(ctx: SentenceContext) -> list[Mention]:
    """The company a works is named after (ANNOTATION rule 8), where the name is a trade name
    and what follows is a store, hotel or capacity ("大润发超市" → 大润发, "锦江国际酒店" → 锦江,
    "大唐700万吨露天矿" → 大唐), a group ("森工集团棚户区改造项目" → 森工集团), or a known company
    with its product before a works verb ("华润雪花啤酒迁建" → 华润雪花啤酒) (hailar-2015)."""
    out = []
    orgs = [m for m in ctx.found if m.type == ORG]
    for p in [m for m in ctx.found if m.type == PROJECT]:
        group = _group_opening_works(ctx, p)
        if group is not None:
            out.extend(group)
            continue
        found = (_company_with_product(ctx, p, orgs) or _hotel_brand_opening_works(ctx, p)
                 or _trade_name_before_commerce(ctx, p) or _abbreviated_company_opening_works(ctx, p)
                 or _company_trade_before_capacity(ctx, p))
        if found is not None:
            out.append(found)
    return out


_GROUP_OPENING_NAME = re.compile(rf"[{CJK_CHARS}]{{2,6}}?(?:集团|公司)")


def _group_opening_works(ctx: SentenceContext, p: Mention) -> list[Mention] | None:
    """A group or company opening a works' name is named by its trade, whatever its words
    ("森工集团棚户区改造项目" → 森工集团): the group's mention (none when found already), or None
    when no such group opens the name."""
    a, name = p.local_start, ctx.text[p.local_start:p.local_end]
    group = _GROUP_OPENING_NAME.match(name)
    if not (group and len(name) > group.end() and group.group() not in lexicons.word_set("generic_orgs.txt")
            and not place_lexicon_pattern().fullmatch(group.group()[:-2]) and not ctx.taken(a, a + group.end() - 2, (PLACE,))):
        return None
    if ctx.taken(a, a + group.end(), (ORG,)):
        return []
    return [ctx.mention(ORG, a, a + group.end(), source="genre_works_group")]


def _company_with_product(ctx: SentenceContext, p: Mention, orgs: list[Mention]) -> Mention | None:
    """A known company opening a works' name with its product before a works verb
    ("华润雪花啤酒迁建" → 华润雪花啤酒); not a works moved elsewhere ("易地", "整体")."""
    a, name = p.local_start, ctx.text[p.local_start:p.local_end]
    known = next((o for o in orgs if o.start == p.start and o.end < p.end and o.attrs.get("source") == "company"), None)
    verb = _WORKS_VERB_END.search(name)
    if (known is not None and verb and 0 < verb.start() - (known.local_end - a) <= LIMITS.product_chars
            and not known.text.endswith(lexicons.words("org_suffixes.txt"))
            and not PHASE_AT_END.search(name[:verb.start()])  # "麦福劳二期扩建": a phase, no product
            and not re.match(r"易地|异地|整体|原址", name[known.local_end - a:])
            and not _site_after_company(ctx, known.local_end)):
        return ctx.mention(ORG, a, a + verb.start(), source="genre_works_company")
    return None


def _site_after_company(ctx: SentenceContext, b: int) -> bool:
    """Does a place (found, or a division's name) start right after a known company ending at `b`? Then
    it is the plant's site, the genre naming a company's works by the company, its site and the works
    ("某某集团包头乳业扩建", "某某赤峰工厂扩建"): the company's name ends before it."""
    return place_lexicon_pattern().match(ctx.text, b) is not None \
        or any(p.type == PLACE and p.local_start == b for p in ctx.found)


@functools.lru_cache(maxsize=1)
def _hotel_brand_pattern() -> re.Pattern[str]:
    return re.compile(rf"({lexicons.alternation('org_hotel_brands.txt')})(?:国际)?大?(?:{'|'.join(_HOTELS)})")


def _hotel_brand_opening_works(ctx: SentenceContext, p: Mention) -> Mention | None:
    """A hotel chain's brand opening a hotel's name ("锦江国际酒店" → 锦江, "希尔顿酒店" → 希尔顿), a
    known fact whatever jieba makes of the words (锦江 is also a river and a district)."""
    m = _hotel_brand_pattern().match(ctx.text, p.local_start, p.local_end)
    if m is None or ctx.taken(m.start(1), m.end(1), (ORG,)):
        return None
    return ctx.mention(ORG, m.start(1), m.end(1), source="genre_hotel_brand")


def _trade_name_before_commerce(ctx: SentenceContext, p: Mention) -> Mention | None:
    """A rare word opening a works' name before a store, hotel or capacity ("大润发超市" → 大润发),
    or a trade name jieba cut into pieces ("万家/m 惠/nr 农贸市场" → 万家惠, hailar-2015)."""
    a, end = p.local_start, p.local_end
    first = ctx.token_starting_at(a)
    if first is None or not (2 <= len(first.word) <= 4) or not CJK.match(first.word[0]):
        return None
    if not _COMMERCE_AFTER.match(ctx.text, first.end):
        return _cut_trade_name_before_commerce(ctx, a, end)
    b, word = first.end, first.word
    if b >= end:  # (what follows the word is commerce: tested above)
        return None
    if first.pos.startswith(("v", "m", "t", "q", "a", "d")) or word.startswith(("年", "日", "月")):
        return None  # "年产40万吨": a rate, not a trade name
    if not is_proper(word, strict=True) or _no_trade_name(ctx, word, a, b):
        return None
    return ctx.mention(ORG, a, b, source="genre_trade_name")


def _company_trade_before_capacity(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The company whose trade name and trade open a works named by its capacity, the figure right
    after them ("希望铝业80万吨电解铝" → 希望铝业: _trade_before_figure), though the trade name is a common
    word; none where an organization or a place is found there already."""
    a, text = p.local_start, ctx.text
    figure = next((k for k in range(a + 3, min(p.local_end, a + COMPANY_OPENING.max_stem_chars + 3)) if text[k].isdigit()), None)
    if figure is None or not _trade_before_figure(text, a, figure) or ctx.taken(a, figure, (ORG, PLACE)):
        return None
    return ctx.mention(ORG, a, figure, source="genre_trade_name")


# the country's name before a state group's abbreviation, part of its short name ("中国一拖", "中国重汽")
_STATE_GROUP_LEAD = "中国"


def _abbreviated_company_opening_works(ctx: SentenceContext, p: Mention) -> Mention | None:
    """A company's abbreviation (a two-character word jieba tags j, 简称) opening the name of the
    works it builds ("西航悦海酒店", "西航大元文化城" → 西航, hailar-2015), or a state group's, the
    country's name before it ("中国一拖新型拖拉机智能制造" → 中国一拖, luoyang-2020; "中国重汽济南莱芜
    智能制造基地" → 中国重汽, shandong-2021); not a rate ("年产"), a place's short form ("渝湘高铁" has
    one character) or a common word."""
    a, end = p.local_start, p.local_end
    lead = len(_STATE_GROUP_LEAD) if ctx.text.startswith(_STATE_GROUP_LEAD, a) else 0
    first = ctx.token_starting_at(a + lead)
    if first is None or first.pos != "j" or len(first.word) != 2 or not CJK.match(first.word[0]):
        return None
    b, word = first.end, first.word
    if end - b < LIMITS.min_works_after_abbreviation or not CJK.match(ctx.text[b]) or word.startswith(("年", "日", "月")):
        return None
    if word in lexicons.word_set("not_names.txt") or _no_trade_name(ctx, word, a, b):
        return None
    if names_places_by_initials(word) or word.startswith(lexicons.words("project_along_words.txt")):
        return None  # "浙赣粤运河": two provinces' forms; "环新英湾自贸港新城": around a place, no company
    if word_freq(word) >= LIMITS.common_abbreviation_freq:
        return None  # "中小河流综合治理", "轻纺小园区": a common abbreviation, no company's
    if word in lexicons.word_set("industries.txt") or word in lexicons.word_set("brand_heads.txt") or names_a_business_kind(word) \
            or word in lexicons.word_set("org_industry_abbreviations.txt") or names_what_works_make(word):
        return None  # "光伏治沙项目": an industry's short form, no company's; "仓储物流项目": a kind of business
    if sector_takes_last_character(ctx.text, b):
        return None  # "环新材料产业园": the industry (新材料) took the abbreviation's last character
    # "中汽新能总部": the abbreviation and a coinage after it name the subsidiary, not the group; "首航节能
    # 10万千瓦…电站": the trade before the works' capacity is the company's
    b = coined_subsidiary_end(ctx, b) or b + len(trade_before_capacity(ctx.text[b:end]))
    return ctx.mention(ORG, a, b, source="genre_abbreviated_company")


def _cut_trade_name_before_commerce(ctx: SentenceContext, a: int, end: int) -> Mention | None:
    """A trade name of 3-4 characters that jieba cut into pieces, right before a store or market
    head ("万家惠农贸市场" → 万家惠): every piece a noun-like word (no verb, time, measure, adverb,
    preposition, direction: "新建超市", "两家超市", "中成酒店" stay out), the whole no word jieba knows,
    and a name in it: a rare part, or a lone character jieba tags as a name's ("惠"/nr)."""
    pieces = []
    for t in ctx.tokens:
        if t.start >= a and t.end <= end:
            pieces.append(t)
            if _COMMERCE_AFTER.match(ctx.text, t.end):
                break
    b = pieces[-1].end if pieces else a
    word = ctx.text[a:b]
    if not (3 <= len(word) <= 4 and len(pieces) >= 2 and b < end and _COMMERCE_AFTER.match(ctx.text, b)):
        return None
    if any(not CJK.match(t.word[0]) or t.pos.startswith(_NOT_TRADE_PIECE) and not _bound_last(t, pieces) for t in pieces):
        return None
    if pieces[-1].word in quantity_words("capacity_before"):
        return None  # "富士特铝业年产10万吨…": the rate before the capacity is no piece of a name ("铝业年产")
    named = is_proper(word, strict=True) or any(len(t.word) == 1 and t.pos.startswith(("nr", "ns", "nz")) for t in pieces)
    if word_freq(word) or not named or _no_trade_name(ctx, word, a, b):
        return None
    return ctx.mention(ORG, a, b, source="genre_cut_trade_name")


# the parts of speech no piece of a trade name has
_NOT_TRADE_PIECE = ("v", "t", "q", "d", "p", "c", "u", "f", "a", "r")


def _bound_last(t, pieces: list) -> bool:
    """Is `t` the last piece of a cut trade name and a lone bound verb morpheme (vg), as names of
    hotels end ("百府/悦酒店", hailar-2015), not a verb of its own ("新建")?"""
    return t is pieces[-1] and len(t.word) == 1 and t.pos == "vg"


def _no_trade_name(ctx: SentenceContext, word: str, a: int, b: int) -> bool:
    """Is the word at text[a:b] a common word, a place's name, a name found already or a trade itself
    (an industry or product of industries.txt, org_trade_products.txt: "光伏1.2万千瓦", "碳酸锂…项目"), so no
    company's trade name? (no Organization of tests/real's gold is named by such a word alone)"""
    return _common_or_place(word) or word in product_words() or ctx.taken(a, b, (ORG, PLACE))


def _common_or_place(word: str) -> bool:
    """Is `word` a common word or a place's name (by its last character or the division lexicon)?"""
    return (word_freq(word) >= LIMITS.common_word_freq or word[-1] in _PLACE_ENDINGS
            or place_lexicon_pattern().fullmatch(word) is not None)


# ---------------------------------------------------------------- places

@functools.lru_cache(maxsize=1)
def _quarter_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("city_quarters.txt"))


@component("genre_city_quarters", reads=(PLACE,), assigns=(PLACE,), needs=lexicons.words("city_quarters.txt"))
def extract_city_quarters(ctx: SentenceContext) -> list[Mention]:
    """Quarters of a city named by their kind ("中心城区26公里供水", "旧城区改造", hailar-2015):
    a place where the word stands as its own token; not right after a place found, whose quarter it
    then is ("大港老城区", "临平老城区", "武康老城区": no place of its own in the design reports' gold), nor
    in a province's report a city's core (中心城区), any city's there (base.core_of_any_city)."""
    out = []
    starts = ctx.token_start_set
    text = ctx.text
    for m in _quarter_pattern().finditer(text):
        a, b = m.span()
        if a not in starts or text[a - 1:a] in ("新", "老", "旧") or ctx.taken(a, b, (PLACE,)):
            continue
        prev = ctx.token_ending_at(a)
        if prev is not None and prev.word.endswith("城市"):
            continue  # "列副省级城市中心城区第三": the quarters of a kind of city, a category, no place
        if text[:a].endswith("化"):
            continue  # "建设现代化国际化新城区": the kind a goal describes (X化, an adjective), no quarter named
        if any(k.type == PLACE and k.local_end == a for k in ctx.found):
            continue  # "实施塘沽、汉沽、大港老城区改造提升", "完成临平老城区有机更新": that place's quarter, no name of its own
        if core_of_any_city(ctx, m.group()):
            continue  # "促进中心城区与周边旗县联动发展" (neimenggu 2026): any city's, a scope
        if ranks_among_quarters(ctx, b):
            continue  # "增幅在新城区第一" (a city's new districts as a group): the group ranked in, no quarter
        out.append(ctx.mention(PLACE, a, b, source="genre_city_quarter"))
    return out


@functools.lru_cache(maxsize=1)
def _locating_verbs() -> tuple[str, ...]:
    """The verbs that put something in a place written after them (place_located_words.txt, "before"
    or "both": 落地, 落户, 位于…), the longest first."""
    rows = lexicons.rows("place_located_words.txt")
    return tuple(sorted((r[0] for r in rows if r[1] in ("before", "both")), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _area_head_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("place_area_heads.txt"))


# heads of historic sites, named by an office or a person more than by a rare word ("副都统衙门")
_HISTORIC_HEADS = lexicons.word_set("genre_historic_heads.txt")


# "启动成德公故居修缮工程" (hailar-2013): the works package's 工程 is part of its name (ANNOTATION rule 10)
_SITE_WORKS = re.compile(rf"(?:{lexicons.alternation('genre_site_works.txt')})(?:工程)?")


_STATION_STEM = re.compile(rf"[{CJK_CHARS}]{{2,3}}站$")


def _after_a_build_word(ctx: SentenceContext, a: int) -> bool:
    """Does a word by which a clause builds or makes a facility (build_words.txt: 打造, 建设…) end
    right before `a`?"""
    prev = ctx.token_ending_at(a)
    return prev is not None and prev.word in lexicons.word_set("build_words.txt")


def _place_before_its_level(ctx: SentenceContext, start: int, a: int) -> bool:
    """Is the stem start..a of an area a place found, then the area's level (place_area_levels.txt:
    "西洞庭湖国家级自然保护区": 西洞庭湖, 国家级)? The area is named after that place, however common
    its words ("洞庭湖" is no rare word)."""
    level = next((w for w in lexicons.words("place_area_levels.txt") if ctx.text.endswith(w, start, a)), None)
    return level is not None and a - len(level) - start >= 2 and ctx.found_at(start, a - len(level), PLACE)


def _inner_area_end(text: str, start: int, a: int) -> int | None:
    """Where an area named whole ends inside the stem start..a of another area's head at `a`, when only
    a common word of two characters stands between them ("世界反法西斯战争海拉尔纪念园|抗战|遗址": the
    memorial park is the place, its war sites a kind of site in it), or None."""
    for h in lexicons.words("place_area_heads.txt"):
        e = a - 2
        if text.endswith(h, start, e) and e - len(h) - start >= 2 and not is_proper(text[e:a], strict=True) \
                and CJK.fullmatch(text[e]) and CJK.fullmatch(text[e + 1]):
            return e
    return None


def _past_verb_before_place(ctx: SentenceContext, start: int, a: int) -> int:
    """Where an area's name starts that the walk began at `start`: after the last verb or verbal noun of
    two characters or more it took in where a place name jieba tags ns follows it ("科学/调整/西山/自然
    保护区范围", hailar-2018: the predicate's verb, 西山自然保护区 the area; not a one-character
    preposition-like verb of a set name, "环/巢湖")."""
    toks = [t for t in ctx.tokens if start <= t.start and t.end <= a]
    for i in range(len(toks) - 1, 0, -1):
        if toks[i - 1].pos in ("v", "vn") and len(toks[i - 1].word) >= 2 and toks[i].pos == "ns":
            return toks[i].start
    return start


@component("genre_named_areas", reads=(PLACE, PROJECT), assigns=(PLACE, PROJECT), needs=required_literals(_area_head_pattern()))
def extract_named_areas(ctx: SentenceContext) -> list[Mention]:
    """A proper name before the head of an area, cluster or historic site is one place: "西山湿地",
    "黑羊站水源地" (and its station 黑羊站), "东山组团", "副都统衙门改造", "世界反法西斯战争海拉尔
    纪念园二期工程" (hailar-2015). A stem of common words ("饮用水源地", "支持组团") names nothing."""
    out = []
    text = ctx.text
    not_names = lexicons.word_set("not_names.txt")
    for m in _area_head_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and any(t.start < b < t.end for t in ctx.tokens):
            continue  # the head runs on into another word
        start = name_start(ctx, a, **LIMITS.named_area.limits)
        station = re.search(rf"[{CJK_CHARS}]{{2}}站$", text[max(0, a - 3):a])
        if station and start > a - 3 and text[a - 3] != "、" and (a - 3) in ctx.token_start_set:
            start = a - 3  # "黑羊站水源地": jieba reads the station's 站 as a verb
        if text[start:start + 1] == "好" and start > 0 and CJK.match(text[start - 1]):
            start += 1  # "规划好哈克湿地", "保护好海拉尔河湿地": the verb's 好 glued to the name
        quarter = max((w for w in URBAN_AREAS if text.startswith(w, start)), key=len, default=None)
        if quarter is not None and a - start - len(quarter) >= 2:
            start += len(quarter)  # "新城区海拉尔东山组团": the city's quarter is where the area is, no part of its name
        verb = next((w for w in _locating_verbs() if text.startswith(w, start)), None)
        if verb is not None and a - start - len(verb) >= 2:
            start += len(verb)  # "项目落地某某现代工业组团": jieba reads the verb as a noun, the name is after it
        start = _past_verb_before_place(ctx, start, a)
        inner = _inner_area_end(text, start, a)
        if inner is not None:
            a = b = inner  # "某某纪念园|抗战遗址": a kind of site inside the area named before it
        stem = text[start:a]
        if _COUNTED.search(stem):
            continue  # "三处文化遗址": a counted set
        if _named_area_before_a_kind(stem):
            continue  # "某某纪念园抗战遗址保护工程": the kind of site inside the memorial park, which names the place
        # a station's name ("黑羊站") or an office's ("副都统衙门") names the place whatever its words
        named = bool(station) or (len(stem) >= 3 if m.group() in _HISTORIC_HEADS else is_proper(stem, strict=True)) \
            or _place_before_its_level(ctx, start, a)
        if len(stem) < 2 or re.search(r"\d", stem) or stem in not_names or not named or holds_a_common_phrase_word(stem):
            continue  # (a common phrase: "实施新一轮荆楚大遗址传承发展工程")
        if re.search(r"[个大]$", text[:start]):
            continue
        station = _STATION_STEM.fullmatch(stem)
        # composite: a place inside it ("海拉尔河" in 海拉尔河湿地) stays a place of its own; not where
        # a shorter head ends inside the name, since a place cut there is a piece ("哈克文化遗址" in
        # 哈克文化遗址公园, hailar-2013)
        composite = not any(h != m.group() and h in m.group() for h in lexicons.words("place_area_heads.txt"))
        if water_source_use_ending(text, b):
            continue  # "某某湖饮用水源地": the lake is the place, the source its use (place_water_source_uses.tsv)
        if ctx.found_at(start, b, PROJECT) and _after_a_build_word(ctx, start):
            continue  # "打造X步行街": the sentence builds the named area, a project (ANNOTATION rule 3)
        if not covered_by(ctx, start, b, PLACE) and not any(o.local_start == start and o.local_end == b for o in out):
            # another rule may have the site already ("成德公故居"), or this one by its own head
            out.append(ctx.mention(PLACE, start, b, source="genre_named_area", composite=composite))
            if station:
                out.append(ctx.mention(PLACE, start, a, source="genre_named_area"))
        works = _SITE_WORKS.match(text, b)
        if m.group() in _HISTORIC_HEADS and works and not ctx.taken(start, works.end(), (PROJECT,)):
            # "完成副都统衙门改造和布展工作": the works on a historic site is a project (ANNOTATION rule 2)
            out.append(ctx.mention(PROJECT, start, works.end(), source="genre_site_works"))
    return out


@component("genre_station_localities", reads=(PLACE,), assigns=(PLACE,), needs=("站",))
def extract_station_localities(ctx: SentenceContext) -> list[Mention]:
    """A locality named after a station, opening a facility's name: a proper name jieba tags as a
    name (nr, ns, nz), the station's 站 it reads as a verb, and a works' head right after
    ("黑羊站水厂实现水源切换", "黑羊站水厂扩建项目": the waterworks at 黑羊站, ANNOTATION rule 8), as
    genre_named_areas reads "黑羊站水源地". Not where the name is a place found ("北京站改造": the
    city's railway station)."""
    out = []
    for i, t in enumerate(ctx.tokens[:-2]):
        station, head = ctx.tokens[i + 1], ctx.tokens[i + 2]
        if station.word != "站" or not station.pos.startswith("v") or head.pos != "phead":
            continue
        if t.pos not in ("nr", "ns", "nz") or len(t.word) < 2 or not all(CJK.match(c) for c in t.word):
            continue
        if ctx.taken(t.start, station.end, (PLACE,)):
            continue
        out.append(ctx.mention(PLACE, t.start, station.end, source="genre_station_locality"))
    return out


def _named_area_before_a_kind(stem: str) -> bool:
    """Does the stem before an area's head close with another area's head and one or two common words
    ("世界反法西斯战争海拉尔纪念园|抗战" before 遗址: the war sites inside the memorial park)? The
    first head closes the place's name; what follows is a kind of site inside it, named by no proper
    word. Not a head right before the other ("某某文化遗址公园": 遗址公园 is one head's name)."""
    for h in lexicons.words("place_area_heads.txt"):
        i = stem.rfind(h)
        rest = stem[i + len(h):] if i >= 2 else ""
        if 2 <= len(rest) <= LIMITS.site_kind_chars and not is_proper(rest, strict=True):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _heritage_works_pattern() -> re.Pattern[str]:
    """The works that protect a historic building (genre_heritage_sites.tsv, works), maybe after 等."""
    return re.compile("等?(?:" + alternation_pattern(lexicons.words_of_kind("genre_heritage_sites.tsv", "works")) + ")")


# what closes the item before a historic building's name: a clause's or a list's mark (a joining
# word too: _heritage_item_before)
_HERITAGE_ITEM_STOPS = "，,；;。：:、（(“”\""


@component("genre_heritage_sites", reads=(PLACE, ORG), assigns=(PLACE,),
           needs=lexicons.words_of_kind("genre_heritage_sites.tsv", "works"))
def extract_heritage_sites(ctx: SentenceContext) -> list[Mention]:
    """A historic building named right before the works that protect it, and each one listed by 、
    before it, is a place: "完成某某楼复建、某城门修复", "某某寺、某某壁周边环境整治完成", qianjiang-2019
    "全面完工三台书院、草圭堂维修保护工程" (gold: 三台书院, 草圭堂). Its name ends in a building's head
    (genre_heritage_sites.tsv); one named by its use ("办公楼维修") is none."""
    ends = [w.start() for w in _heritage_works_pattern().finditer(ctx.text)]
    return _sites_listed_before(ctx, ends, _heritage_item_before, "heritage")


def _sites_listed_before(ctx: SentenceContext, ends: list[int], item_before: Callable, source: str) -> list[Mention]:
    """The site whose name `item_before` reads ending at each of `ends`, and each one listed by 、
    before it, as places no place found covers and no organization takes."""
    out: list[Mention] = []
    for end in ends:
        while (item := item_before(ctx, end)) is not None:
            a, b = item
            if not (covered_by(ctx, a, b, PLACE) or ctx.taken(a, b, (ORG,)) or any(m.span.bounds == (a, b) for m in out)):
                out.append(ctx.mention(PLACE, a, b, source=source))
            if a == 0 or ctx.text[a - 1] != "、":
                break
            end = a - 1
    return out


def _heritage_item_before(ctx: SentenceContext, end: int) -> tuple[int, int] | None:
    """The historic building's name that ends at `end`: the characters back to a stop
    (_HERITAGE_ITEM_STOPS) or a joining word, less the verbs opening them ("完成", "全面完工") while three characters
    are left; three to six characters ending in a head, not a building named by its use."""
    text = ctx.text
    a = end
    while a > 0 and CJK.match(text[a - 1]) and text[a - 1] not in _HERITAGE_ITEM_STOPS and end - a < 8:
        a -= 1
    # after a joining word ("道路和某某楼修复": 和 is a word of its own, not the 和 of 阳和楼)
    a = max((t.end for t in ctx.tokens if a <= t.start and t.end <= end and t.pos == "c"), default=a)
    while (t := ctx.token_starting_at(a)) is not None and t.pos.startswith(("v", "d")) and end - t.end >= 3:
        a = t.end
    name = text[a:end]
    heads = lexicons.words_of_kind("genre_heritage_sites.tsv", "head")
    if not 3 <= len(name) <= 6 or not name.endswith(heads) or not token_starts_at(ctx, a):
        return None
    if name.endswith(lexicons.words_of_kind("genre_heritage_sites.tsv", "not")):
        return None
    return a, end


@functools.lru_cache(maxsize=1)
def _surroundings_pattern() -> re.Pattern[str]:
    """The words that put what a clause does around a site named right before them
    (genre_listed_place_surroundings.txt: 周边, 周围)."""
    return re.compile(alternation_pattern(lexicons.words("genre_listed_place_surroundings.txt")))


@functools.lru_cache(maxsize=1)
def _surrounded_site_heads() -> tuple[tuple[str, ...], frozenset[str]]:
    """(the words a public space or a historic site ends in: 广场, 公园 of place_street_spaces.txt, the
    heads of genre_heritage_sites.tsv; the last characters of a toponym: 湖, 街 of place_name_endings.txt,
    and 池, a pond)."""
    words = tuple(lexicons.words("place_street_spaces.txt")) + tuple(lexicons.words_of_kind("genre_heritage_sites.tsv", "head"))
    return words, frozenset(lexicons.characters("place_name_endings.txt")) | {"池"}


@component("genre_surrounded_sites", reads=(PLACE, ORG), assigns=(PLACE,),
           needs=lexicons.words("genre_listed_place_surroundings.txt"))
def extract_surrounded_sites(ctx: SentenceContext) -> list[Mention]:
    """A site named right before 周边 or 周围, and each one listed by 、 before it, is where the
    clause works or builds (around it), a place: "完成某某湖周边环境整治", "某某公园、某某广场周边
    环境整治" (ANNOTATION Place: scenic areas and parks where the text treats them as locations)."""
    ends = [w.start() for w in _surroundings_pattern().finditer(ctx.text)]
    return _sites_listed_before(ctx, ends, _surrounded_site_before, "surrounded-site")


def _surrounded_site_before(ctx: SentenceContext, end: int) -> tuple[int, int] | None:
    """The site's name that ends at `end` (a word's end): a name's words back from it, less the verbs
    opening them, of three to eight Chinese characters ending in a site's word or a toponym's last
    character (`_surrounded_site_heads`), its stem no common word ("城市公园", "景区" name none)."""
    if end not in ctx.token_end_set:
        return None
    words, finals = _surrounded_site_heads()
    text = ctx.text
    head = next((h for h in words if text.endswith(h, 0, end)), text[end - 1:end] if text[end - 1:end] in finals else "")
    # the walk starts before a head word it would stop at ("公园", jieba's phead)
    a = name_start(ctx, end - len(head) if len(head) > 1 else end, max_chars=LIMITS.surrounded_site_chars)
    while (t := ctx.token_starting_at(a)) is not None and t.pos.startswith(("v", "d")) and end - t.end >= 3:
        a = t.end
    a = _past_a_place_before(ctx, a, end - len(head))
    name = text[a:end]
    stem = name[:len(name) - len(head)]
    if not head or not 3 <= len(name) <= LIMITS.surrounded_site_chars or not all(CJK.match(c) for c in name):
        return None
    if _surroundings_pattern().search(name):
        return None  # an item listed before that holds the surroundings itself ("某某池周边绿道")
    if len(stem) < 2 or word_freq(stem) >= LIMITS.surrounded_stem_freq or not token_starts_at(ctx, a):
        return None
    return a, end


def _past_a_place_before(ctx: SentenceContext, a: int, h: int) -> int:
    """Where a site's name starts that the walk began at `a`: after a place found inside it, before the
    head `h`, whose next two characters are no common word ("某镇|某某潭": the town and the lake are two
    places), not where they are one ("某市|人民广场": the city's square, named with the city)."""
    k = max((f.local_end for f in ctx.found if f.type == PLACE and f.local_start >= a and f.local_end < h), default=a)
    return k if k > a and word_freq(ctx.text[k:k + 2]) < LIMITS.surrounded_stem_freq else a


@functools.lru_cache(maxsize=1)
def _district_head_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation("place_district_heads.txt"))


@component("genre_district_areas", reads=(PLACE,), assigns=(PLACE,), needs=lexicons.words("place_district_heads.txt"))
def extract_district_areas(ctx: SentenceContext) -> list[Mention]:
    """The area a shopping district is named after is a place: "大十字智慧商圈提档升级"
    (qianjiang-2019, gold: 大十字), "全面启动三角地商圈改造" (hailar-2014); a stem of common words
    ("传统商圈", "口岸商圈") names none, a place found already ("老城核心商圈") is kept as it is."""
    out = []
    text = ctx.text
    not_names = lexicons.word_set("not_names.txt")
    for m in _district_head_pattern().finditer(text):
        a = m.start()
        start = name_start(ctx, a, **LIMITS.named_area.limits)
        stem = text[start:a]
        if not 2 <= len(stem) <= 4 or re.search(r"\d", stem) or stem in not_names or not is_proper(stem):
            continue
        if _COUNTED_STEM.search(stem):
            continue  # "某某广场三大商圈", "甲、乙两大商圈": a count of the districts listed, no name
        if not ctx.taken(start, a, (PLACE,)) and not covered_by(ctx, start, a, PLACE):
            out.append(ctx.mention(PLACE, start, a, source="genre_district_area"))
    return out


# a count and its measure word or 大 ending the stem ("三大", "两个"): the stem counts the districts
# listed before it, and names none
_COUNTED_STEM = re.compile(rf"[{CN_NUMERALS}两]+[大个类处片]$")


@functools.lru_cache(maxsize=1)
def _county_group_pattern() -> re.Pattern[str]:
    return re.compile(f"[东西南北][二三四五六七八九两](?:{lexicons.alternation('place_group_kinds.txt')})")


@component("genre_county_groups", reads=(PLACE,), assigns=(PLACE,), needs=lexicons.words("place_group_kinds.txt"))
def extract_county_groups(ctx: SentenceContext) -> list[Mention]:
    """A group of divisions named by a direction and their count ("廊坊“北三县”", "通州区与北三县一体化"):
    a place where the name is one word of jieba's, read as a place (ns), not the tail of a longer
    name ("东北三省" is one word of its own, not this shape)."""
    out = []
    for m in _county_group_pattern().finditer(ctx.text):
        a, b = m.span()
        tok = ctx.token_starting_at(a)
        if tok is not None and tok.end == b and tok.pos == "ns" and not ctx.taken(a, b, (PLACE,)):
            out.append(ctx.mention(PLACE, a, b, source="genre_county_group"))
    return out


_VILLAGE = Guarded(("村", "屯", "嘎查"), rf"([{CJK_CHARS}]{{2,3}}?(?:村|屯|嘎查))(?=[、和及与]|等)|(?<=[、和及与])([{CJK_CHARS}]{{2,3}}?(?:村|屯|嘎查))(?=[、和及与，。；]|等|$)")


@component("genre_listed_villages", reads=(PLACE,), assigns=(PLACE,), needs=_VILLAGE.needs)
def extract_listed_villages(ctx: SentenceContext) -> list[Mention]:
    """Villages in a list ("全面完成孙家屯、团结村等7个现代牧场建设任务", hailar-2015): an item of
    two or three characters and a village head, whose stem is not a kind ("贫困村", "行政村")."""
    out = []
    text = ctx.text
    kinds = lexicons.words("village_kinds.txt")
    for m in _VILLAGE.finditer(text):
        g = 1 if m.group(1) else 2
        a, b = m.span(g)
        if g == 1 and (a == 0 or text[a - 1] not in "、和及与"):
            a = max(a, name_start(ctx, b, **LIMITS.listed_village.limits))
        head = 2 if text[a:b].endswith("嘎查") else 1
        stem = text[a:b - head]
        if (len(stem) < 2 or stem.endswith(kinds) or any(c in stem for c in lexicons.LEVEL_CHARS)
                or not all(CJK.match(c) for c in stem) or ctx.taken(a, b, (PLACE,)) or holds_a_common_phrase_word(stem)):
            continue  # (a common phrase: "200个样板村")
        if a not in ctx.token_start_set:
            continue
        out.append(ctx.mention(PLACE, a, b, source="genre_listed_village"))
    return out


def _short_items(ctx: SentenceContext, m: re.Match, max_chars: int, after_park: bool = False) -> list[tuple[int, int]]:
    """The spans of the 、-items of group 1 of `m`, short names; the first starts where a name of
    at most `max_chars` would, or right after a park or centre it is glued to ("汽车园奥迪")."""
    spans = []
    pos = m.start(1)
    for n, item in enumerate(m.group(1).split("、")):
        a, b = pos, pos + len(item)
        pos = b + 1
        if n == 0:
            window = max(0, b - LIMITS.park_window)
            park = re.search(rf"(?:园区|园|中心|城)(?=[{CJK_CHARS}A-Za-z]{{2,6}}$)", ctx.text[window:b]) if after_park else None
            a = max(a, window + park.end()) if park else max(a, name_start(ctx, b, max_chars=max_chars,
                                                                            max_tokens=LIMITS.short_item_tokens))
            a = _over_cut_initial(ctx, a)
        spans.append((a, b))
    return spans


def _over_cut_initial(ctx: SentenceContext, a: int) -> int:
    """"引进中网科技、…": jieba cuts a trade name's first character off as a locative (中/f) right after
    the verb that opens the list; it belongs to the name."""
    i = bisect.bisect_left(ctx.token_starts, a) - 1
    if i >= 1 and ctx.tokens[i].end == a and ctx.tokens[i].pos == "f" and len(ctx.tokens[i].word) == 1 \
            and ctx.tokens[i - 1].pos.startswith("v"):
        return ctx.tokens[i].start
    return a


_COMPOUND_LIST = Guarded("等", rf"((?:[{CJK_CHARS}]{{2,4}}、)*[{CJK_CHARS}]{{2,4}})",
                         tail=rf"等(?:\d+|[一二三四五六七八九十]+)个(?:[{CJK_CHARS}]{{0,4}})(?:小区|社区)")
_WHOLE_VILLAGE = Guarded("整村", rf"((?:[{CJK_CHARS}]{{2,3}}、)*[{CJK_CHARS}]{{2,3}})整村(?:搬迁|改造|移民)")


@component("genre_listed_compounds", reads=(PLACE,), assigns=(PLACE,), needs=_COMPOUND_LIST.needs + _WHOLE_VILLAGE.needs)
def extract_listed_compounds(ctx: SentenceContext) -> list[Mention]:
    """Short names before a shared head are places: residential compounds counted by the list
    ("实施五金、伊敏等77个老旧小区排污管网", "建华等7个小区的节能改造"), communities counted so ("解决
    芳园、天润等8个社区办公用房问题", hailar-2013) and villages moved whole
    ("实施友联、友好整村搬迁工程") (hailar-2015)."""
    out = []
    text = ctx.text
    for pattern in (_COMPOUND_LIST, _WHOLE_VILLAGE):
        for m in pattern.finditer(text):
            for a, b in _short_items(ctx, m, max_chars=LIMITS.compound_chars):
                if b - a < 2 or a not in ctx.token_start_set or ctx.taken(a, b, (PLACE,)):
                    continue
                out.append(ctx.mention(PLACE, a, b, source="genre_listed_compound"))
    return out


_DEALER_LIST = Guarded("等", rf"((?:[{CJK_CHARS}A-Za-z0-9]{{2,6}}、)*[{CJK_CHARS}A-Za-z0-9]{{2,6}})",
                       tail=rf"等(?:\d+|[一二三四五六七八九十]+)家[{CJK_CHARS}]{{0,4}}?(?:{lexicons.alternation('genre_store_kinds.txt')})")


@component("genre_dealer_brands", reads=(PLACE, ORG, PROJECT), assigns=(ORG, PLACE), needs=_DEALER_LIST.needs)
def extract_dealer_brands(ctx: SentenceContext) -> list[Mention]:
    """Brands counted by their dealers or stores are companies: "中俄蒙国际汽车园奥迪、大众等8家4S店
    建成运营" (hailar-2015) → 奥迪, 大众. The first item starts where a name would (after a park)."""
    out = []
    text = ctx.text
    for m in _DEALER_LIST.finditer(text):
        items = _short_items(ctx, m, max_chars=LIMITS.brand_chars, after_park=True)
        park_end = items[0][0] if items else 0
        if items and re.search(r"园区?$", text[:park_end]):
            # "中俄蒙国际汽车园奥迪、…4S店": the park the dealers are in is a place (ANNOTATION rule 3)
            park_start = name_start(ctx, park_end, **LIMITS.dealer_park.limits)
            if park_end - park_start >= LIMITS.min_park_chars and not ctx.taken(park_start, park_end, (PLACE, PROJECT)):
                out.append(ctx.mention(PLACE, park_start, park_end, source="genre_dealer_park"))
        for a, b in items:
            if b - a < 2 or not text[a:b][0].isalnum() or ctx.taken(a, b, (ORG,)) or covered_by(ctx, a, b, PLACE):
                continue
            out.append(ctx.mention(ORG, a, b, source="genre_dealer_brand"))
    return out


# "对城区雨水管网进行全面改造", "完成对胜利三路、学府路和贝尔大街3条主干道路的改造" (hailar-2015); the
# count may be left out where 等 closes the list ("完成对胜利大街、西大街、胜利三路等主干道路的综合改造", hailar-2014)
_WORKS_ON = guarded(rf"对((?:[{CJK_CHARS}A-Za-z0-9]{{2,14}}、)*[{CJK_CHARS}A-Za-z0-9]{{2,14}}?)"
                       rf"(?:(?:等(?:(?:\d+|[一二三四五六七八九十]+)条)?|(?:\d+|[一二三四五六七八九十]+)条)[{CJK_CHARS}]{{0,6}}?"
                       rf"(?:{lexicons.alternation('genre_linear_facilities.txt')})(?:的|进行)|进行)"
                       rf"[{CJK_CHARS}]{{0,4}}?(?:{lexicons.alternation('genre_works_on_actions.txt')})")


# "实施火车站规划三路、滨河路等城区道路工程" (hailar-2015): the listed facilities of a works package
_LISTED_WORKS = guarded(rf"(?:实施|推进|完成|启动|加快)((?:[{CJK_CHARS}A-Za-z0-9]{{2,14}}、)*[{CJK_CHARS}A-Za-z0-9]{{2,14}}?)"
                           rf"等(?:\d+|[一二三四五六七八九十]+)?[条个项座]?[{CJK_CHARS}]{{0,6}}?(?:工程|项目)")


@component("genre_works_on_facilities", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=_WORKS_ON.needs + _LISTED_WORKS.needs)
def extract_works_on_facilities(ctx: SentenceContext) -> list[Mention]:
    """Facilities that "对…进行改造" works on, or that a works package lists ("实施…等城区道路工程"),
    are projects, each item of a list of them: a named road ("学府路"), a network of a named area
    ("城区雨水管网") (hailar-2015)."""
    out = []
    text = ctx.text
    for m in list(_WORKS_ON.finditer(text)) + list(_LISTED_WORKS.finditer(text)):
        for pa, pb in _split_list(ctx, m.start(1), m.group(1)):
            part = text[pa:pb]
            head = _facility_head(part)
            if (len(part) < 3 or head is None or _a_kind(part, head) or _COUNTED.search(part) or not _plain(ctx, pa, pb)
                    or is_generic(part, lexicons.word_set("generic_projects.txt")) or _crosses_a_project(ctx, pa, pb)):
                continue
            out.append(ctx.mention(PROJECT, pa, pb, source="genre_works_on"))
    return out


@functools.lru_cache(maxsize=1)
def _autonomous_body_pattern() -> re.Pattern[str]:
    rows = lexicons.rows("autonomous_bodies.txt")
    levels = sorted((r[1] for r in rows if r[0] == "level"), key=len, reverse=True)
    bodies = sorted((r[1] for r in rows if r[0] == "body"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(levels)})(?:{'|'.join(bodies)})")


@component("genre_autonomous_bodies", reads=(ORG,), assigns=(ORG,), needs=required_literals(_autonomous_body_pattern()))
def extract_autonomous_bodies(ctx: SentenceContext) -> list[Mention]:
    """"自治区党委九届十三次全委会" (hailar-2015), "我代表自治县人民政府": an autonomous division's
    body by its level alone, where no name stands before the level (a verb or preposition may:
    `genre_autonomous_body_before.txt`) ("内蒙古自治区党委" is the full name, left to the body rules)."""
    out = []
    text = ctx.text
    for m in _autonomous_body_pattern().finditer(text):
        a, b = m.span()
        if (a > 0 and CJK.match(text[a - 1]) and text[a - 1] not in "和与及暨"
                and not text.endswith(lexicons.words("genre_autonomous_body_before.txt"), 0, a)):
            continue  # "满族自治县政府": the level ends a longer name; "代表自治县人民政府": it opens one
        if ctx.taken(a, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, a, b, source="genre_autonomous_body"))
    return out


_NOT_OFFICE_AFTER = lexicons.word_set("genre_not_office_after.txt")


@component("genre_subdistrict_offices", reads=(PLACE,), assigns=(PLACE,), needs=("办",))
def extract_subdistrict_offices(ctx: SentenceContext) -> list[Mention]:
    """A subdistrict (街道) of the report's own county by its office's short form: "奋斗镇、建设办建成
    蔬菜大棚700亩" (hailar-2015: 建设办 is 建设街道办事处), where a list, a clause or a name's head
    puts it; "建设办公楼", "办好" are words, not offices."""
    d = ctx.doc.own.division
    if d is None or d.level != "county" or "办" not in ctx.text:
        return []  # (every office's short form ends in 办)
    # longest first, then in character order: the pattern's text is the same in every process (the
    # compiled-pattern cache keeps it by its text)
    stems = lexicons.longest_first(full[:-2] for full, _ in ctx.doc.own.towns.values()
                                   if full.endswith("街道") and len(full) > 3)
    if not stems:
        return []
    out = []
    text = ctx.text
    for m in re.finditer(f"(?:{'|'.join(map(re.escape, stems))})办(?:事处)?", text):
        a, b = m.span()
        if text[b:b + 1] in _NOT_OFFICE_AFTER and not m.group().endswith("事处"):
            continue
        office = b - (3 if m.group().endswith("事处") else 1)  # where 办 begins
        if a not in ctx.token_start_set and not _opener_glued_to_stem(ctx, a, office):
            continue  # the stem is another word's end
        if ctx.taken(a, b, (PLACE,)):
            continue
        out.append(ctx.mention(PLACE, a, b, source="genre_subdistrict_office"))
    return out


def _opener_glued_to_stem(ctx: SentenceContext, a: int, stem_end: int) -> bool:
    """Is the office's stem the end of a word whose beginning is a verb that opens building works
    ("启动建设办蔬菜园区工程": jieba reads 启动建设/办, so 建设 starts no word; genre_build_openers.txt)?
    The stem ends that word, and the office's 办 begins the next."""
    tok = ctx.token_reaching(a + 1)
    return (tok is not None and tok.start < a and tok.end == stem_end
            and ctx.text[tok.start:a] in lexicons.word_set("genre_build_openers.txt"))


# "做好呼伦贝尔大剧院、图书馆、老少宫等公共文化体育设施的管理和运营" (hailar-2015)
_MANAGED = Guarded("等", rf"((?:[{CJK_CHARS}A-Za-z0-9]{{2,12}}、)*[{CJK_CHARS}A-Za-z0-9]{{2,12}})",
                   tail=rf"等[{CJK_CHARS}]{{0,8}}?(?:设施|场馆)的?(?:管理|运营|运行|管护)")


@component("genre_managed_institutions", reads=(ORG,), assigns=(ORG,), needs=_MANAGED.needs)
def extract_managed_institutions(ctx: SentenceContext) -> list[Mention]:
    """Facilities a clause manages and operates are institutions, i.e. organizations (ANNOTATION
    rule 2: an existing theatre, library or hall): each item of the list."""
    out = []
    for m in _MANAGED.finditer(ctx.text):
        for a, b in _split_list(ctx, m.start(1), m.group(1)):
            if b - a < 2 or _COUNTED.search(ctx.text[a:b]) or not _plain(ctx, a, b) or ctx.taken(a, b, (ORG,)):
                continue
            out.append(ctx.mention(ORG, a, b, source="genre_managed_institution"))
    return out


# "继续实施哈克镇滨河新区建设", "重点抓好奋斗镇新镇区建设", "围绕中俄蒙合作先导区建设" (hailar-2015)
# "实施奋斗镇新镇区和哈克镇滨河新区建设" (hailar-2013): zones joined by 和 share the works word
# "协同推进城南新区和飞地产业园区建设" (fengqiu-2025 of pool u39): with a park or works found after
# it, too, the zone shares the works word
# "支持建设…、平潭综合实验区、福州新区、…等" (fujian-2018 of pool u37): an item of a list the works
# word opens
_ZONE_HEADS = f"(?:{alternation_pattern(lexicons.words_of_kind('genre_zones_built.txt'))})"
_ZONE_BUILT_WORDS = lexicons.words_of_kind("genre_zones_built.txt", "after")
# the preposition before a place where works are built ("在西安高新区建设存储芯片二期项目")
_AT_A_PLACE = "在"
_ZONE_BUILT = guarded(rf"{_ZONE_HEADS}(?={'|'.join(_ZONE_BUILT_WORDS)}|[和及与、等])")
# a zone or a park joined to the zone ("推进某某生态区和湿地公园建设"; place_zone_heads.txt: 公园, 园区…)
_JOINED_ZONE = re.compile(rf"[{CJK_CHARS}]{{2,12}}?(?:{_ZONE_HEADS}|{alternation_pattern(lexicons.words('place_zone_heads.txt'))})")
_COUNTRIES_BEFORE = re.compile(f"[{''.join(lexicons.words('genre_partner_abbreviations.txt'))}]{{2,4}}(?:经济合作|合作|开放)?$")


@component("genre_zones_built", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",), needs=_ZONE_BUILT.needs)
def extract_zones_built(ctx: SentenceContext) -> list[Mention]:
    """A new quarter or cooperation zone being built, named by a place in it ("哈克镇滨河新区",
    "奋斗镇新镇区"), by a proper name or a place found by its own name ("城南新区", "雄安新区规划建设")
    or by the countries it joins ("中俄蒙合作先导区"), is a project (ANNOTATION rules 3 and 11: one
    specific zone; a place found before stays, rule 3's other type); a zone named by its type alone
    ("国家级新区") is not."""
    out = []
    text = ctx.text
    for m in _ZONE_BUILT.finditer(text):
        b = m.end()
        glued = next((mm for mm in ctx.found if mm.type == PLACE and mm.local_end == m.start()), None)
        own = next((mm for mm in ctx.found if mm.type == PLACE and mm.local_end == b and mm.local_start < m.start()), None)
        countries = _COUNTRIES_BEFORE.search(text, max(0, m.start() - LIMITS.partner_lookback), m.start())
        start = name_start(ctx, m.start(), **LIMITS.zone_name.limits)
        if glued is not None:
            start = glued.local_start  # "奋斗镇新镇区": the town right before the zone
        elif countries:
            start = countries.start()  # "中俄蒙合作先导区"
        elif own is not None:
            start = own.local_start  # "城南新区": a place found by its own name, a city's quarter
        elif not (any(mm.type == PLACE and mm.local_start == start and mm.local_end <= m.start() for mm in ctx.found)
                  or is_proper(text[start:m.start()], strict=True)):
            continue  # no place nor proper name names the zone ("哈克镇滨河新区", "城南新区" have one)
        if not (text.startswith(_ZONE_BUILT_WORDS, _end_of_listed_items(ctx, b)) or _listed_after_works_word(ctx, start)):
            continue
        start = _past_division_before_scenic_name(ctx, start, m.start(), b)
        if start < m.start() and not ctx.taken(start, b, (PROJECT,)):
            # built: a division's own zone the sentence builds is works in it ("福州新区", ANNOTATION rule 3);
            # not one after 在, where other works are built ("在金州新区建设冷链装备产业园")
            built = {} if text.endswith(_AT_A_PLACE, 0, start) else {"zone_built": True}
            out.append(ctx.mention(PROJECT, start, b, source="genre_zone_built", **built))
    return out


# "建设某某区某某片区、某某区某某片区，推进…", "开工建设某某港区": the works verb right before the zone or
# the 、-list of zones it builds, the list closing the clause
_VERB_ZONE_HEADS = tuple(lexicons.words_of_kind("genre_zones_built.txt", "head_after_verb")) + tuple(
    lexicons.words_of_kind("genre_zones_built.txt"))
# tried longest first for the head an item ends with (one sort, not one per item)
_VERB_ZONE_HEADS_LONGEST = lexicons.longest_first(_VERB_ZONE_HEADS)
_VERB_BEFORE_ZONE = lexicons.words_of_kind("genre_zones_built.txt", "verb_before")
_VERB_ZONE_LIST = re.compile(
    rf"(?:{alternation_pattern(_VERB_BEFORE_ZONE)})"
    rf"((?:[{CJK_CHARS}A-Za-z0-9]{{2,16}}?(?:{alternation_pattern(_VERB_ZONE_HEADS)})[、和及与])*"
    rf"[{CJK_CHARS}A-Za-z0-9]{{2,16}}?(?:{alternation_pattern(_VERB_ZONE_HEADS)}))(?=[，。；,;]|$)")


@component("genre_zones_built_after_verb", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=required_literals(_VERB_ZONE_LIST))
def extract_zones_built_after_verb(ctx: SentenceContext) -> list[Mention]:
    """Quarters and port areas a works verb builds, written right after it and closing the clause
    ("建设某区青禾片区、某区澄江片区，", "开工建设某港青禾港区"), are projects (ANNOTATION rules 3 and 11:
    one specific zone built → Project): each item named by a place found there or a proper name; a
    division written in full before the quarter's own name only says where it is."""
    out = []
    text = ctx.text
    for m in _VERB_ZONE_LIST.finditer(text):
        if m.start() not in ctx.token_start_set:
            continue  # the verb is another word's end
        for a, b in _verb_zone_items(text, m.start(1), m.end(1)):
            if a not in ctx.token_start_set:
                continue
            head = next(h for h in _VERB_ZONE_HEADS_LONGEST if text.endswith(h, a, b))
            name = next((e for e in range(a + 2, b - len(head) - 1) if division_in_full(text[a:e])), a)
            if b - len(head) - name < 2:
                continue
            place = any(mm.type == PLACE and mm.local_start == name and mm.local_end <= b - len(head) for mm in ctx.found)
            if not (place or is_proper(text[name:b - len(head)], strict=True)) or ctx.taken(name, b, (PROJECT,)):
                continue
            out.append(ctx.mention(PROJECT, name, b, source="genre_zone_built_after_verb"))
    return out


def _verb_zone_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the zones of a list from `a` to `b`, split at 、, 和, 及 and 与 after a zone's head."""
    cuts = [a] + [i + 1 for i in range(a, b) if text[i] in "、和及与"
                  and any(text.endswith(h, a, i) for h in _VERB_ZONE_HEADS)] + [b + 1]
    return [(cuts[k], cuts[k + 1] - 1) for k in range(len(cuts) - 1)]


def _past_division_before_scenic_name(ctx: SentenceContext, start: int, a: int, b: int) -> int:
    """Where a scenic or tourist area's name (place_resort_heads.txt) starts after the division written in
    full before it ("石门县|青岩寨景区完成提升改造", "某某镇|某某竹海景区"): the area is named after
    its feature, the division only says where it is (ANNOTATION: modifiers that are not part of the
    name are left out); `start` where the head is of another zone or no name of two characters is left."""
    if not ctx.text[a:b].endswith(_SCENIC_HEADS):
        return start
    return next((e for e in range(start + 2, a - 1) if division_in_full(ctx.text[start:e])), start)


_SCENIC_HEADS = tuple(lexicons.words("place_resort_heads.txt"))


def _end_of_joined_zones(ctx: SentenceContext, b: int) -> int:
    """Where the zones, parks or works joined to the zone ending at `b` by 和, 及 or 与 end: each a place
    or works found there (the longest) or a zone by its head ("奋斗镇新镇区和哈克镇滨河新区建设",
    "城南新区和飞地产业园区建设"); `b` itself when none is joined. A works word there builds them all."""
    text = ctx.text
    while b < len(text) and text[b] in _JOINING:
        ends = [mm.local_end for mm in ctx.found if mm.type in (PLACE, PROJECT) and mm.local_start == b + 1]
        zone = _JOINED_ZONE.match(text, b + 1)
        if zone is not None:
            ends.append(zone.end())
        if not ends:
            return b
        b = max(ends)
    return b


def _end_of_listed_items(ctx: SentenceContext, b: int) -> int:
    """Where the 、-list of named items that the zone ending at `b` opens ends, its last item joined by
    和 or 及 as `_end_of_joined_zones` joins them ("于家堡金融区、响螺湾商务区、天津文化中心滨海分中心加快建设",
    "太湖图影旅游度假区、雉城新区、长兴综合物流园区加快开发"): a works word there builds them all. `b`
    itself when no such list follows."""
    listed = _LISTED_ITEMS.match(ctx.text, b)
    return _end_of_joined_zones(ctx, listed.end()) if listed else _end_of_joined_zones(ctx, b)


# items of a 、-list after a zone: each a name of CJK characters, letters or figures
_LISTED_ITEMS = re.compile(rf"(?:、[{CJK_CHARS}A-Za-z0-9]{{2,16}}?(?=、|[和及与]|{'|'.join(_ZONE_BUILT_WORDS)}))+")


def _listed_after_works_word(ctx: SentenceContext, start: int) -> bool:
    """Is the name starting at `start` a later item of a list that a works word opens, the word
    before the first item ("支持建设21世纪海上丝绸之路核心区、…、福州新区")? Not one closing an item of
    its own ("加快A建设、B新区…": the word is the item's)."""
    text = ctx.text
    if text[start - 1:start] != "、":
        return False
    first = text[clause_start(text, start, _ZONE_LIST_CLAUSE_MARKS):start].split("、")[0]
    at = first.find(_LIST_WORKS_WORD)
    return 0 <= at < len(first) - len(_LIST_WORKS_WORD)


_ZONE_LIST_CLAUSE_MARKS = ",;。:!?"
_LIST_WORKS_WORD = "建设"
_JOINING = "和与及"


@component("genre_works_from_their_place", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs_types=(PROJECT,))  # a project found inside a place (the place is needed too)
def extract_works_from_their_place(ctx: SentenceContext) -> list[Mention]:
    """A works name cut inside a place's name begins with that place: "完成建设办农业示范基地、奋斗镇
    蔬菜基地三期工程" (hailar-2015) → 奋斗镇蔬菜基地三期工程, not 镇蔬菜基地三期工程 (jieba reads 奋斗
    as a verb). The longer name is emitted; the overlap rule drops the cut one."""
    out = []
    places = [m for m in ctx.found if m.type == PLACE]
    for p in [m for m in ctx.found if m.type == PROJECT and "、" not in m.text and not m.attrs.get("composite")]:
        place = next((m for m in places if m.start < p.start < m.end), None)
        if place is not None and p.local_start == place.local_start + 1 and place.text[0] in _JOINING:
            continue  # "…综合体和石门镇乡村振兴示范点": the place took in the conjunction before the works' own name
        if place is not None and not _crosses_a_project(ctx, place.local_start, p.local_end):
            out.append(ctx.mention(PROJECT, place.local_start, p.local_end, source="genre_works_from_place"))
    return out


@functools.lru_cache(maxsize=1)
def _relocation_pattern() -> re.Pattern[str]:
    # the works word ends the name: "城区迁建小学" is a school that was moved, not a works
    # (and the works of building one anew, built_anew_works.txt: "殡仪馆新建项目")
    return re.compile("(?:" + lexicons.alternation("relocation_works.txt") + "|" + lexicons.alternation("built_anew_works.txt")
                      + r")(?=[和及与、，。；,;的]|项目|工程|前期|工作|$)")  # (the text is NFKC: "，" is ",")


def _verbs_listed_after(text: str, m: re.Match[str]) -> bool:
    """Is the works word the first of verbs listed for what follows ("两年来新建、改建、扩建农村寄宿制学校",
    "适度新建、改扩建一批普通高中": 新建 builds the schools named after the verbs, it ends no works' name)?"""
    rest = text[m.end():]
    verbs = lexicons.words("build_words.txt") + lexicons.words("obs_joined_works_verbs.txt")
    return rest.startswith("、") and rest[1:].startswith(verbs)


@component("genre_relocated_facilities", reads=(ORG, PROJECT), assigns=(ORG, PROJECT), needs=required_literals(_relocation_pattern()))
def extract_relocated_facilities(ctx: SentenceContext) -> list[Mention]:
    """A facility named with the works of moving it is a project ("启动火化场搬迁新建和殡仪馆迁址新建
    的前期工作", hailar-2013); the facility moved is an existing institution, an organization, when it
    is of a kind of public institution (institution_kinds.txt; ANNOTATION rule 2)."""
    out = []
    kinds = lexicons.words("institution_kinds.txt")
    for m in _relocation_pattern().finditer(ctx.text):
        start = name_start(ctx, m.start(), **LIMITS.relocated_facility.limits, through_heads=True, strict=False)
        facility = ctx.text[start:m.start()]
        if len(facility) < 2 or _COUNTED.search(facility) or not _plain(ctx, start, m.start()):
            continue
        if is_generic(facility, lexicons.word_set("generic_projects.txt")) or _verbs_listed_after(ctx.text, m):
            continue  # "传统基础设施新建、更新": a kind of facility, no one works
        if not ctx.taken(start, m.end(), (PROJECT,)):
            out.append(ctx.mention(PROJECT, start, m.end(), source="genre_relocated_facility"))
        moved = m.group() not in lexicons.word_set("built_anew_works.txt")  # a facility built anew is no institution there yet
        if moved and any(facility.endswith(k) for k in kinds) and not ctx.taken(start, m.start(), (ORG,)):
            out.append(ctx.mention(ORG, start, m.start(), source="genre_relocated_institution"))
    return out


# "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区" (hailar-2013): a zone the report supports in what
# it does itself; the kinds of zone a specific one is named by (ANNOTATION rule 11)
_SUPPORTED_ZONE = guarded(rf"(?:支持|扶持|服务)([{CJK_CHARS}]{{2,16}}?(?:{lexicons.alternation('genre_supported_zones.txt')}))"
                             rf"(?=({lexicons.alternation('genre_zone_growth_verbs.txt')})([{CJK_CHARS}“]?))")


@component("genre_supported_zones", reads=(PLACE,), assigns=(PLACE,), needs_types=(PLACE,), needs=_SUPPORTED_ZONE.needs)  # a zone a place found opens
def extract_supported_zones(ctx: SentenceContext) -> list[Mention]:
    """A specific zone that the report supports in building itself up is a place, not a works
    (ANNOTATION rule 3: the sentence does not build it): named by a place or a proper name, not by
    its type alone ("支持开发区发展" names none). Where the verb builds the zone itself, closing the
    phrase ("支持横琴粤澳深度合作区建设的政策"), the zone is also a works: `built`."""
    out = []
    for m in _SUPPORTED_ZONE.finditer(ctx.text):
        a, b = m.span(1)
        named = any(p.type == PLACE and p.local_start == a and p.local_end < b for p in ctx.found)
        if named:
            # the verb closes the phrase (a mark or 的 next), not one taking an object ("打造“双百亿”园区")
            built = m.group(3) in ("", "的") and m.group(2) in lexicons.word_set("build_words.txt")
            out.append(ctx.mention(PLACE, a, b, source="genre_supported_zone", built=built))
    return out


# "青山临港产业园产值首次突破120亿元": a zone whose output the clause reports, right after its name;
# "甲经开区实现技工贸总收入1200亿元": the same with the verb first
_ZONE_OUTPUT = re.compile(rf"(?:{lexicons.alternation('genre_zone_output_measures.txt')})(?:首次|首破|再次|同比|分别)?"
                          rf"(?:{lexicons.alternation('genre_zone_output_verbs.txt')})"
                          rf"|(?:{lexicons.alternation('genre_zone_output_verbs_before.txt')})了?"
                          rf"(?:{lexicons.alternation('genre_zone_output_measures.txt')})")


@component("genre_zone_output", reads=(PROJECT, PLACE, ORG), assigns=(PLACE,),
           needs=lexicons.words("genre_zone_output_measures.txt"))
def extract_zone_output(ctx: SentenceContext) -> list[Mention]:
    """A zone whose output the clause reports right after its name ("玉林高新区产值突破100亿元",
    "北流“两湾”产业园产值达到167亿元", "甲经开区实现技工贸总收入1200亿元") is where that output is made: a
    place (ANNOTATION rule 3), which the clause does not build. A zone taken as works loses its works'
    reading (kg.resolve.not_works); one no rule took is named by the words before its head. A place
    its name opens stays a place of its own (composite: rule 8, "龙潭临港产业园" → 龙潭). The zones
    listed right before it share its output's predicate ("甲装备制造产业园、乙县循环经济产业园产值分别增长
    12%、15%", "甲珠宝产业园、乙珠宝小镇产值突破400亿元"): places too."""
    heads = lexicons.words("genre_zone_output_heads.txt")
    spans = {(p.local_start, p.local_end) for p in ctx.found if p.type == PROJECT and p.text.endswith(heads)}
    # a zone no rule took, unless a place is found there already, an organization over it or works
    # whose longer name ends with it ("某某再生|金属循环产业园": the walk stops inside the name)
    spans |= {(a, b) for a, b in _zones_named_before_output(ctx, heads)
              if not ctx.found_at(a, b, PLACE) and not ctx.taken(a, b, (ORG,))
              and not any(p.type == PROJECT and p.local_start < a and p.local_end == b for p in ctx.found)}
    reporting = {(a, b) for a, b in spans if _ZONE_OUTPUT.match(ctx.text, b)}
    # the zones listed before one reporting its output, found as a place or not
    anchors = reporting | {(p.local_start, p.local_end) for p in ctx.found
                           if p.type == PLACE and p.text.endswith(heads) and _ZONE_OUTPUT.match(ctx.text, p.local_end)}
    for a, _ in sorted(anchors):
        reporting |= {(x, y) for x, y in zones_listed_before(ctx, a, heads)
                      if not ctx.found_at(x, y, PLACE) and not ctx.taken(x, y, (ORG,))}
    return [ctx.mention(PLACE, a, b, source="genre_zone_output", composite=True) for a, b in sorted(reporting)]


# "某某科技城落户87个项目", "某某产业园入选首批国家级零碳园区": a zone its clause opens with, reporting what
# it hosts, gathers or is ranked as (genre_zone_hosting_verbs.txt); a hosting verb only before a count or
# the items hosted ("某某中心落户深圳": the body itself lands)
_HOSTED_ITEMS = r"[^,;。:!?]{0,10}?(?:\d|[一二三四五六七八九十百千两几]+[个家项所批]|项目|企业|成果)"
_ZONE_HOSTING = re.compile(
    rf"(?:累计|已|共|成功)?(?:(?:{alternation_pattern(lexicons.words_of_kind('genre_zone_hosting_verbs.txt', 'hosted'))})(?={_HOSTED_ITEMS})"
    rf"|{alternation_pattern(lexicons.words_of_kind('genre_zone_hosting_verbs.txt', 'gathered'))}"
    rf"|{alternation_pattern(lexicons.words_of_kind('genre_zone_hosting_verbs.txt', 'ranked'))})")


@component("genre_zone_hosting", reads=(PROJECT, PLACE, ORG), assigns=(PLACE,), needs_types=(PROJECT,),
           needs=lexicons.words_of_kind("genre_zone_hosting_verbs.txt", "hosted")
           + lexicons.words_of_kind("genre_zone_hosting_verbs.txt", "gathered")
           + lexicons.words_of_kind("genre_zone_hosting_verbs.txt", "ranked"))
def extract_zone_hosting(ctx: SentenceContext) -> list[Mention]:
    """A zone or park found as works (its head one of `zone_heads_built_in`) that opens its clause, the
    clause reporting right after its name what it hosts, gathers or is ranked as ("某某科技城落户87个项目",
    "某某示范区累计推出259项制度创新成果", "某某产业园入选首批国家级零碳园区"), is where those are: a place
    (ANNOTATION rule 3, the main type follows the sentence), which the clause does not build; its works'
    reading is dropped (kg.resolve.not_works). The zones listed right before it share the predicate."""
    heads = zone_heads_built_in()
    text = ctx.text
    spans = set()
    for p in ctx.found:
        if p.type != PROJECT or not p.text.endswith(heads) or not _ZONE_HOSTING.match(text, p.local_end):
            continue
        if any(w in p.text for w in LIST_JOINERS):
            continue  # "长沙和株洲高新区获评…": two places joined before one zone (none stands inside one zone's name)
        listed = {(x, y) for x, y in zones_listed_before(ctx, p.local_start, heads) if ctx.found_at(x, y, PROJECT)}
        # the zone, or the list it closes, opens the clause: its subject, not an object ("支持甲科技城集聚…")
        if clause_start(text, p.local_start, _ZONE_LIST_CLAUSE_MARKS) == min([p.local_start] + [x for x, _ in listed]):
            spans |= {(p.local_start, p.local_end)} | listed
    return [ctx.mention(PLACE, a, b, source="genre_zone_hosting", composite=True)
            for a, b in sorted(spans) if not ctx.found_at(a, b, PLACE)]


@component("genre_hub_traffic", reads=(PROJECT, PLACE), assigns=(PLACE,), needs_types=(PROJECT,),
           needs=lexicons.words_of_kind("place_hub_traffic_words.txt") + lexicons.words_of_kind("place_hub_traffic_words.txt", "route"))
def extract_hub_traffic(ctx: SentenceContext) -> list[Mention]:
    """A hub found as works (an airport, a port, a port area: place_hub_works_heads.txt,
    place_port_area_heads.txt) whose traffic the clause reports right after its name ("某某国际邮轮母港
    接待邮轮60个航次", "某某国际铁路港开行中欧班列", "某某国际机场开通至某市直航": places.hub_traffic_follows)
    is a hub in operation, a place (ANNOTATION rules 3 and 8); the works' reading stays for the
    resolver. A foreign country opening its name is where it lies ("某国|某某港"): the port is named
    after it, the country a place of its own."""
    heads = lexicons.words("place_hub_works_heads.txt") + lexicons.words("place_port_area_heads.txt")
    countries = lexicons.foreign_countries()
    out = []
    for w in ctx.found:
        if w.type != PROJECT or not w.text.endswith(heads) or not hub_traffic_follows(ctx.text, w.local_end):
            continue
        a = ctx.end_of_found_opening(w.local_start, upto=w.local_end - 3, accept=lambda p: p.text in countries)
        if not ctx.found_at(a, w.local_end, PLACE):
            out.append(ctx.mention(PLACE, a, w.local_end, source="genre_hub_traffic", composite=True))
    return out


def _zones_named_before_output(ctx: SentenceContext, heads: tuple[str, ...]) -> set[tuple[int, int]]:
    """Zones no rule took, ending in a zone's head right before their output's words: the name runs
    back from the head as a name's walk takes it, at least two characters ("天河经开区实现…")."""
    out = set()
    text = ctx.text
    for m in _ZONE_OUTPUT.finditer(text):
        # `heads` is a lexicon's words, longest first already (lexicons.words): the first closing is the longest
        head = next((h for h in heads if text.endswith(h, 0, m.start())), None)
        if head is None or not token_ends_at(ctx, m.start()):
            continue
        a = name_start(ctx, m.start() - len(head))
        if _COUNTED_ZONES.match(text, a):
            continue  # "…三大园区实现营业收入": a count of the zones listed before, no name (ANNOTATION rule 11)
        if m.start() - len(head) - a >= 2 and all(CJK.match(c) for c in text[a:m.start()]):
            out.add((a, m.start()))
    return out


_COUNTED_ZONES = re.compile(r"[0-9一二三四五六七八九十两几]+[大个家类]")


# a place's facility measured by its size right before its head ("奋斗镇4000平方米保鲜库投入使用", hailar-2019):
# the size ends the description, the facility's name is its head's word after it (genre_size_units.txt)
_SIZE_BEFORE_HEAD = re.compile(rf"(?<=[{CJK_CHARS}])\d+(?:\.\d+)?万?(?:{lexicons.alternation('genre_size_units.txt')})$")
# "奋斗镇1万亩节水灌溉", "哈克镇7000平方米标准化奶牛养殖" (hailar-2013): a place, a size, the works
_PLACED_SIZE = re.compile(rf"\d+(?:\.\d+)?万?(?:{lexicons.alternation('genre_size_units.txt')})(?=[{CJK_CHARS}]{{2,10}}$)")
_SIZED_LIST = re.compile(rf"((?:[{CJK_CHARS}A-Za-z0-9.]{{2,24}}、)*[{CJK_CHARS}A-Za-z0-9.]{{2,24}})$")
_CALLED_WORKS = guarded(r"等(?:[0-9一二三四五六七八九十]+[个项处])?(?:项目|工程)")


@component("genre_placed_size_works", reads=(PLACE, PROJECT), assigns=(PROJECT,),
           needs_types=(PLACE,), needs=_CALLED_WORKS.needs)  # an item opening with a place found
def extract_placed_size_works(ctx: SentenceContext) -> list[Mention]:
    """Items of a list called projects ("实施奋斗镇1万亩节水灌溉、哈克镇7000平方米标准化奶牛养殖、建设
    办事处1万亩设施农业等项目", hailar-2013) that are named by a place, a size and the works are each
    a project; a size without a place ("12公里热力主管网") names no specific works."""
    out = []
    places = [m for m in ctx.found if m.type == PLACE]
    for m in _CALLED_WORKS.finditer(ctx.text):
        items = _SIZED_LIST.search(ctx.text, max(0, m.start() - LIMITS.list_lookback), m.start())
        pos = items.start(1) if items else m.start()
        for item in items.group(1).split("、") if items else ():
            a, b = pos, pos + len(item)
            pos = b + 1
            # the name starts at the place, past the verb that opens the clause ("实施奋斗镇…")
            place = next((p for p in places if a <= p.local_start and p.local_end < b
                          and _PLACED_SIZE.match(ctx.text, p.local_end, b)), None)
            if place is None or not _plain(ctx, place.local_start, b):
                continue
            a = place.local_start
            if not _crosses_a_project(ctx, a, b):
                out.append(ctx.mention(PROJECT, a, b, source="genre_placed_size_works"))
    return out


# "抓好喜来登、锦江国际等酒店的开工", "鼓励蒙西、银亿等国内知名企业尽快实施项目" (hailar-2013): short
# names listed as kinds of business
_TRADE_LIST = Guarded("等", rf"(?<![{CJK_CHARS}A-Za-z0-9])((?:[{CJK_CHARS}A-Za-z]{{2,14}}、)(?:[{CJK_CHARS}A-Za-z]{{2,8}}、)*"
                         rf"[{CJK_CHARS}A-Za-z]{{2,8}}|[{CJK_CHARS}A-Za-z]{{2,14}})",
                      tail=rf"等(?:\d+[家户]|[一二三四五六七八九十]+[家户])?[{CJK_CHARS}]{{0,6}}?({lexicons.alternation('genre_trade_list_heads.txt')})")
# hotels named by a trade name alone are the companies that run them; other businesses are when a
# list-mate is one already
_HOTELS = ("酒店", "宾馆", "饭店")


@component("genre_listed_trade_names", reads=(PLACE, ORG), assigns=(ORG,), needs=_TRADE_LIST.needs)
def extract_listed_trade_names(ctx: SentenceContext) -> list[Mention]:
    """Names in a list of companies or hotels are organizations (list-mates share their type): in
    "引导扶持三角地商厦、供销大楼、第二百货等企业" one found company makes 供销大楼 and 第二百货
    companies too; in "喜来登、锦江国际等酒店" the trade names are the hotels' companies. An item with
    a facility head ("包商银行培训中心") or a generic word is left to the other rules."""
    out = []
    text = ctx.text
    generic = lexicons.word_set("generic_orgs.txt")
    for m in _TRADE_LIST.finditer(text):
        items = _short_items(ctx, m, max_chars=LIMITS.trade_name_chars)
        if sum(1 for a, b in items if names_a_sector(text[a:b])) >= 2:
            continue  # "推动新型电子、生物医药等企业": the sectors whose companies are meant
        found = [(a, b) for a, b in items if any(o.type == ORG and o.span.bounds == (a, b) for o in ctx.found)]
        if m.group(2) not in _HOTELS and not found and not _one_trade_name(ctx, items) and not _counted_firms(ctx, m, items):
            continue
        for a, b in items:
            a = cut_trade_name_start(ctx, a, b, max(m.start(1), clause_start(text, a, "、")))
            item = text[a:b]
            if (b - a < 2 or (a, b) in found or item in generic or _facility_head(item) or item.endswith(_HOTELS) or names_a_sector(item)
                    or not _plain(ctx, a, b)
                    or covered_by(ctx, a, b, PLACE) or ctx.taken(a, b, (ORG,))):
                continue
            out.append(ctx.mention(ORG, a, b, source="genre_listed_trade_name"))
    return out


def _counted_firms(ctx: SentenceContext, m: re.Match, items: list[tuple[int, int]]) -> bool:
    """"合力叉车、长岭迈腾等4户企业获评…": two or more names counted as firms, one of them a proper
    name and none an industry ("食品、医药等12家企业" counts firms of kinds)."""
    text = ctx.text
    if len(items) < 2 or m.group(2) not in ("企业", "公司") or not re.search(r"\d|[一二三四五六七八九十]", text[m.end(1):m.start(2)]):
        return False
    industries = lexicons.word_set("industries.txt") | lexicons.word_set("brand_heads.txt")
    generic = lexicons.word_set("generic_orgs.txt")
    if any(text[a:b] in industries or text[a:b] in generic or b - a < 3 for a, b in items):
        return False
    return any(is_proper(text[a:b]) for a, b in items)


def _one_trade_name(ctx: SentenceContext, items: list[tuple[int, int]]) -> bool:
    """One name alone before "等…企业/综合体" is a company's when jieba knows it as a rare proper
    noun and it stands after a verb ("推进维多利等城市商贸综合体项目前期", hailar-2013)."""
    if len(items) != 1:
        return False
    a, b = items[0]
    word = ctx.token_at(a, b)
    before = ctx.token_ending_at(a)
    return (word is not None and word.pos in ("nr", "nrt", "nz", "nt") and before is not None and before.pos.startswith("v")
            and word_freq(word.word) < LIMITS.common_word_freq
            and not covered_by(ctx, a, b, PLACE))


# "与蒙古国乌兰巴托市松根海尔汗区正式缔结国际友城关系" (hailar-2013): a district written right after its
# foreign city (the city, kg.extract.places.foreign_division_end, is found by country_city_places)
_FOREIGN_DISTRICT = re.compile(rf"[{CJK_CHARS}]{{2,6}}?区")


@component("genre_foreign_divisions", reads=(PLACE,), assigns=(PLACE,), after=("lexicon_places",),
           needs_types=(PLACE,))  # after a country found
def extract_foreign_divisions(ctx: SentenceContext) -> list[Mention]:
    """The district written right after a foreign city that follows its country: "蒙古国乌兰巴托市
    松根海尔汗区" → 松根海尔汗区 (hailar-2013), ending where a word ends and not a scope word ("全区")."""
    out = []
    countries = lexicons.foreign_countries()
    for c in [m for m in ctx.found if m.type == PLACE and m.text in countries]:
        city = foreign_division_end(ctx, c.local_end)
        m = _FOREIGN_DISTRICT.match(ctx.text, city) if city is not None else None
        if m is not None and m.end() in ctx.token_end_set and m.group()[:1] not in "全各本我该":
            out.append(ctx.mention(PLACE, m.start(), m.end(), source="genre_foreign_division"))
    return out


# "加快空港物流园前期工作", "做好哈克文化遗址公园二期项目前期" (hailar-2013): the preparation of one works
_PREPARATION = Guarded("前期", r"(?:项目)?(?:的)?前期(?:工作)?")


@component("genre_works_in_preparation", reads=(PROJECT,), assigns=(PROJECT,), needs=_PREPARATION.needs)
def extract_works_in_preparation(ctx: SentenceContext) -> list[Mention]:
    """A facility whose preparatory work (前期工作) the clause speaks of is a works being prepared, a
    project: the name before "前期" ends in a facility or project head, or in a phase of one
    ("…公园二期"). A list before it ("…等项目前期工作") is left to the list rules."""
    out = []
    text = ctx.text
    heads = project_head_pattern()
    for m in _PREPARATION.finditer(text):
        end = m.start()
        if end < 3 or text[end - 1] in "、等的" or text[max(0, end - 3):end].startswith("等"):
            continue
        stem_end = end - len(PHASE_AT_END.search(text[:end]).group()) if PHASE_AT_END.search(text[:end]) else end
        a = _first_item_start(ctx, max(0, end - LIMITS.preparation_lookback), end)
        head = _facility_head(text[a:stem_end]) or next((h.group() for h in heads.finditer(text[a:stem_end])
                                                        if h.end() == stem_end - a), None)
        name = text[a:end]
        if re.search(r"等(?:[0-9一二三四五六七八九十]+[个项处座家所])?$", text[:a]):
            continue  # "维多利等城市商贸综合体项目前期": the kind of a list's items
        # a capacity in the name sizes the works, it counts nothing ("某某电厂2×35万千瓦热电联产项目前期")
        if (len(name) < 4 or head is None or _a_kind(text[a:stem_end], head) or _COUNTED.search(_PLANT_CAPACITY.sub("", name))
                or "、" in name or not _plain(ctx, a, end) or _crosses_a_project(ctx, a, end)
                or named_after_divisions(ctx, a, end)):
            continue
        a = over_capacity(ctx, a, stem_end - len(head))  # "洛阳石化1800万吨/年炼油扩能改造项目前期工作": the rate and its owner
        out.append(ctx.mention(PROJECT, a, end, source="genre_works_in_preparation"))
    return out


# "麦多利10万吨大麦芽二期", "东电2×35万千瓦热电联产" (hailar-2013): a trade name right before a capacity
_BEFORE_CAPACITY = re.compile(rf"([{CJK_CHARS}]{{2,4}}?)(?=\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)?万?(?:{CAPACITY_UNITS}))")


_SITE_ENDINGS = lexicons.word_set("genre_site_final_chars.txt") | _PLACE_ENDINGS
_SITED_WORKS = re.compile(lexicons.alternation("genre_sited_works.txt"))


def _words_before_capacity(ctx: SentenceContext):
    """Each project whose name opens with a word right before its capacity, the word standing as
    jieba's whole words ("黄门10万千瓦…", "东电2×35万千瓦…"): (project, match, word, a, b). No verb,
    numeral, time, adverb or other function word opens it; no word of not_names.txt, no industry's
    short form ("淘汰落后煤电机组107.7万千瓦"), no rate ("富士特铝业年产10万吨…": 铝业年产)."""
    for p in [m for m in ctx.found if m.type == PROJECT]:
        a = p.local_start
        m = _BEFORE_CAPACITY.match(ctx.text, a, p.local_end)
        if m is None:
            continue
        word, b = m.group(1), m.end(1)
        first = ctx.token_starting_at(a)
        if (first is None or first.end > b or b not in ctx.token_end_set and b not in ctx.token_start_set
                or first.pos.startswith(("v", "m", "t", "q", "a", "d", "p", "c")) or word in lexicons.word_set("not_names.txt")
                or word.startswith(lexicons.words("org_industry_abbreviations.txt")) or word.endswith(quantity_words("capacity_before"))):
            continue
        yield p, m, word, a, b


@component("genre_sites_before_capacity", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), after=("projects", "genre_capacity_works"),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_sites_before_capacity(ctx: SentenceContext) -> list[Mention]:
    """The site a wind, solar, hydro or storage works is named after, right before its capacity
    ("黄门10万千瓦农光储一体化电站", "大风口5万千瓦风电项目"): a place (ANNOTATION rule 8, the graph
    links the works to it), where the word ends like a small site's name (a pass, gully, flat or
    village: genre_site_final_chars.txt) and the works after the capacity is one that stands on a
    site (genre_sited_works.txt); a company's trade name there ("华能20万千瓦风电") ends otherwise."""
    return [ctx.mention(PLACE, a, b, source="genre_site_before_capacity") for p, m, word, a, b in _words_before_capacity(ctx)
            if word[-1] in _SITE_ENDINGS and _SITED_WORKS.search(ctx.text, m.end(), p.local_end) and not ctx.taken(a, b, (ORG, PLACE))]


_SITE_NAMED_WORKS = re.compile(rf"(?:{lexicons.alternation('genre_sited_works.txt')})[{CJK_CHARS}]{{0,4}}?(?:项目|电站|电场|场)")


@component("genre_site_named_power_works", reads=(PLACE, ORG, PROJECT), assigns=(PLACE, PROJECT), after=("projects",),
           needs=lexicons.words("genre_sited_works.txt"))
def extract_site_named_power_works(ctx: SentenceContext) -> list[Mention]:
    """A wind, solar, hydro or storage works named by its site alone ("大风口风电项目开工建设"): the
    site, a word that ends like a small site's name (genre_site_final_chars.txt) standing as jieba's
    whole words and no common word ("出口光伏项目" is none), is a place, and the site with the works
    is a project (ANNOTATION rule 8: the graph links the works to its site)."""
    out = []
    text = ctx.text
    for m in _SITE_NAMED_WORKS.finditer(text):
        h = m.start()
        for n in (3, 2):
            a = h - n
            word = text[a:h] if a >= 0 else ""
            if (len(word) != n or not re.fullmatch(rf"[{CJK_CHARS}]+", word) or word[-1] not in _SITE_ENDINGS
                    or a not in ctx.token_start_set or ctx.taken(a, h, (ORG, PLACE))
                    or word_freq(word) >= LIMITS.common_word_freq):
                continue
            # jieba may cut the site's last character off into the works' head ("大风|口风|电|项目")
            first = ctx.token_starting_at(a)
            if first is None or first.end > h or first.pos.startswith(("v", "m", "t", "q", "a", "d", "p", "c", "r", "f")):
                continue
            out.append(ctx.mention(PLACE, a, h, source="genre_site_named_power_works"))
            if not ctx.taken(a, m.end(), (PROJECT,)):
                out.append(ctx.mention(PROJECT, a, m.end(), source="genre_site_named_power_works"))
            break
    return out


@component("genre_trade_names_before_capacity", reads=(PLACE, ORG, PROJECT), assigns=(ORG,),
           after=("projects", "genre_capacity_works", "genre_sites_before_capacity"),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_trade_names_before_capacity(ctx: SentenceContext) -> list[Mention]:
    """The company a works is named after where its trade name, however jieba cuts it, opens the
    name right before the capacity (ANNOTATION rule 8): 麦多利, 东电. A place ("大唐哈克5万千瓦…"
    has 哈克, and a site found before, "黄门10万千瓦…电站"), a rate ("年产"), a verb or a common word
    before the capacity names no company."""
    return [ctx.mention(ORG, a, b, source="genre_trade_name_before_capacity") for _, _, word, a, b in _words_before_capacity(ctx)
            if word[:1] not in lexicons.word_set("genre_not_trade_initials.txt") and not _no_trade_name(ctx, word, a, b)]


@component("genre_bracketed_place_works", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_bracketed_place_works(ctx: SentenceContext) -> list[Mention]:
    """A company's works with the place it stands in bracketed between the company and the works
    ("中国移动(辽宁大连)数据中心"): one works from the company to the works' head, so the graph links
    it to the bracketed places (ANNOTATION rule 8) and to the company. The bracket holds places only
    (listed or glued), and a company found ends right before it."""
    out = []
    text = ctx.text
    places = [m for m in ctx.found if m.type == PLACE]
    for p in [m for m in ctx.found if m.type == PROJECT]:
        close = p.local_start - 1
        if close < 3 or text[close] != ")":  # the text is NFKC: full-width brackets are read as these
            continue
        open_ = text.rfind("(", 0, close)
        if open_ < 1 or close - open_ < 3:
            continue
        at = open_ + 1
        while at < close:  # the bracket's text, place by place ("辽宁大连", "辽宁、大连")
            nxt = next((m for m in places if m.local_start == at and m.local_end <= close), None)
            if nxt is None:
                break
            at = nxt.local_end
            if at < close and text[at] == "、":
                at += 1
        if at != close:  # (the bracket holds 2 characters or more: an empty walk never reaches it)
            continue
        org = next((m for m in ctx.found if m.type == ORG and m.local_end == open_), None)
        if org is None:
            continue
        out.append(ctx.mention(PROJECT, org.local_start, p.local_end, source="genre_bracketed_place_works"))
    return out


# a national zone named by the country, a programme (国家 and a few characters) or the partner countries,
# the place it is in bracketed, and its kind: "中国(山东)自由贸易试验区", "国家大数据(贵州)综合试验区",
# "中德(青岛)生态园" (the text is NFKC: full-width brackets are read as these)
_PARTNERS = "".join(lexicons.words("genre_partner_abbreviations.txt"))
# a function may stand between the bracket and the kind: "中国(杭州)跨境电子商务综合试验区"
_BRACKETED_ZONE = guarded(rf"(?:中国|国家[{CJK_CHARS}]{{1,4}}|[{_PARTNERS}]{{2,4}})\(([{CJK_CHARS}]{{2,6}})\)"
                          rf"[{CJK_CHARS}]{{0,{LIMITS.zone_function_chars}}}?"
                          rf"(?:{lexicons.alternation('genre_bracketed_zone_kinds.txt')})")


@component("genre_bracketed_zones", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=_BRACKETED_ZONE.needs)
def extract_bracketed_zones(ctx: SentenceContext) -> list[Mention]:
    """A national zone whose official name brackets the place it is in ("中国(福建)自由贸易试验区",
    "中日韩(烟台)产业园") is one specific zone, a project (ANNOTATION rule 3; its gold's alt type is
    Place); the bracket must hold a place found."""
    out = []
    for m in _BRACKETED_ZONE.finditer(ctx.text):
        a, b = m.span(1)
        if SUB_AREA_AFTER.match(ctx.text, m.end()):
            continue  # "中国(某某)自由贸易试验区某某片区": the zone opens the name of its area, a place (rule 11)
        if any(p.type == PLACE and p.local_start == a and p.local_end == b for p in ctx.found):
            out.append(ctx.mention(PROJECT, m.start(), m.end(), source="genre_bracketed_zones"))
    return out


def _bracketed_zone_part(ctx: SentenceContext, at: int) -> re.Match | None:
    """The part of a zone named right after the zone's name at `at`: a few words and a part's head
    (place_zone_part_heads.txt `part`: "大兴机场片区", "宁波联动创新区", "滨江园区")."""
    heads = lexicons.roles("place_zone_part_heads.txt")["part"]
    return re.compile(rf"[{CJK_CHARS}]{{0,{LIMITS.zone_part_chars}}}?(?:{alternation_pattern(heads)})").match(ctx.text, at)


@component("genre_bracketed_zone_parts", reads=(PLACE,), assigns=(PLACE, PROJECT), after=("projects",),
           needs=_BRACKETED_ZONE.needs)
def extract_bracketed_zone_parts(ctx: SentenceContext) -> list[Mention]:
    """A part of a national zone whose official name brackets its place, named after the zone
    ("中国(河北)自由贸易试验区大兴机场片区", "中国(杭州)跨境电子商务综合试验区滨江园区"): the zone and its
    part are one name, a place (ANNOTATION rules 3 and 11); a project too where words of building
    or developing it follow ("…联动创新区建设": rule 3, built → Project). The bracket holds a place found."""
    out = []
    building = lexicons.words_of_kind("place_zone_building_words.txt", "after") \
        + lexicons.words_of_kind("place_zone_building_words.txt", "developed")
    for m in _BRACKETED_ZONE.finditer(ctx.text):
        part = _bracketed_zone_part(ctx, m.end())
        if part is None or not any(p.type == PLACE and p.span.bounds == m.span(1) for p in ctx.found):
            continue
        out.append(ctx.mention(PLACE, m.start(), part.end(), source="bracketed_zone_part", composite=True))
        if ctx.text.startswith(building, part.end()):
            out.append(ctx.mention(PROJECT, m.start(), part.end(), source="bracketed_zone_part"))
    return out




# "完成海关监管仓库建设", "启动中心城区雨水管网建设", "配合做好西山自然博物馆项目建设" (hailar-2013)
# "高水平规划东山医院、中小学校" (hailar-2013): a facility planned is one too (ANNOTATION rule 7)
_ONE_BUILT = guarded(rf"(?:{lexicons.alternation('genre_build_openers.txt')})([{CJK_CHARS}A-Za-z0-9]{{3,16}}?)(?:项目)?(?:主体)?建设"
                        rf"|规划好?([{CJK_CHARS}A-Za-z0-9]{{3,16}}?)(?=[、,，。;；])")


@component("genre_one_facility_built", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), needs=_ONE_BUILT.needs)
def extract_one_facility_built(ctx: SentenceContext) -> list[Mention]:
    """One facility that a clause opens, pushes or completes the building of is a project (ANNOTATION
    rule 7: the sentence builds that specific facility): the name ends in a facility head and a place,
    body or rare word names it ("完成海关监管仓库建设"; "加快算力中心建设" is a kind)."""
    out = []
    text = ctx.text
    generic = lexicons.word_set("generic_projects.txt")
    for m in _ONE_BUILT.finditer(text):
        a, b = m.span(1) if m.group(1) else m.span(2)
        item = text[a:b]
        head = _facility_head(item)
        named = any(n.type in (PLACE, ORG) and a <= n.local_start and n.local_end <= b - len(head or "") for n in ctx.found)
        if (head is None or not (named or is_proper(item[: len(item) - len(head)], strict=True)) or _a_kind(item, head) or item in generic or _COUNTED.search(item) or re.search(r"[、和及与的]", item)
                or not _plain(ctx, a, b) or _crosses_a_project(ctx, a, b) or ctx.taken(a, b, (PROJECT,))):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_one_facility_built"))
    return out


# "完成大港河治理", "推进东巨野河综合治理", "加快姚庄片区城市更新": a water body or an area named
# and the action done on it in common words, with its works package's 工程 or 项目 if written
_PLACE_WORKS = re.compile(rf"(?:{alternation_pattern(actions())})(?:工程|项目)?")
_PLACE_WORKS_KINDS = place_kinds()
# the water or area of the place the works is done on ("城区水系", "流域"), between its name and the action,
# after the reach of a river if written ("淮河上游源头区干流治理": place_reaches.txt), one or two of them
_PLACE_WORKS_OBJECT = re.compile(rf"(?:{lexicons.alternation('place_reaches.txt')})?"
                                 rf"(?:{lexicons.alternation('genre_place_works_objects.txt')}){{1,2}}")
# a river's stretch through a place, bracketed or not, right after the river's name ("黄河甘肃段河道防洪治理",
# "大运河（天津段）综合治理"): the works is done on that stretch, and its name runs on over it
_RIVER_STRETCH_AFTER = re.compile(rf"[（(]?[{CJK_CHARS}]{{2,3}}段[）)]?")
_BUILD_STAGES = tuple(lexicons.words("project_sentence_build_words.txt"))
_PLACE_WORKS_OPENERS = lexicons.words("genre_build_openers.txt") + _BUILD_STAGES
# what may follow the works' name: the clause ends, a list goes on, or a stage of the works
_PLACE_WORKS_AFTER = re.compile(rf"$|[，。；、,;：:）)]|[和及与等]|(?:{lexicons.alternation('project_sentence_build_words.txt')})")
# the marks that end the clause whose verb builds the works: no colon ("重点推进三项工程:A河治理、…",
# the verb before it governs the works listed after it)
_PLACE_WORKS_CLAUSE_MARKS = ",;。!?"
# the marks that end the clause whose list of places the action is done on
_PLACE_LIST_CLAUSE_MARKS = _PLACE_WORKS_CLAUSE_MARKS + "，：:"


@component("genre_place_works", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",), needs_types=(PLACE,))
def extract_place_works(ctx: SentenceContext) -> list[Mention]:
    """A river, lake, quarter or village named and the action done on it in common words is one
    works when the clause builds or starts it (ANNOTATION rule 7): "完成大港河治理", "推进东巨野河
    综合治理", "加快姚庄片区城市更新", "实施某村人居环境整治". The action must close the name ("大港河
    治理能力" is a capacity), and the clause must open it with a verb of building ("大港河治理成效明显"
    alone reports no works). The water of the place may stand between its name and the action
    ("某县城区水系综合治理", "某湖流域水环境综合治理": genre_place_works_objects.txt), and then the place
    may be a division too."""
    out = []
    text = ctx.text
    places = [m for m in ctx.found if m.type == PLACE]
    for p in places:
        stretch = _RIVER_STRETCH_AFTER.match(text, p.local_end) if p.text.endswith(_LISTED_WATER_HEADS) else None
        water = _PLACE_WORKS_OBJECT.match(text, stretch.end() if stretch else p.local_end) or stretch
        if not (p.text.endswith(_PLACE_WORKS_KINDS) or water):
            continue
        if any(q.local_start <= p.local_start < q.local_end and p.local_end <= q.local_end and q is not p
               and q.local_end - q.local_start > p.local_end - p.local_start for q in places):
            continue  # "登沙河流域", "白洋淀上游流域" found whole: 沙河, 白洋淀 are pieces of its name
        works = _PLACE_WORKS.match(text, water.end() if water else p.local_end)
        if works is None:
            continue
        joined = _PLACE_WORKS.match(text, works.end() + 1) if text[works.end():works.end() + 1] in _JOINING else None
        if joined is not None and joined.group().endswith(("工程", "项目")):
            works = joined  # "清水河综合整治与生态修复工程": two actions of one works package
        if _PLACE_WORKS_AFTER.match(text, works.end()) is None:
            continue
        clause = ctx.sentence.clause_at(p.local_start, _PLACE_WORKS_CLAUSE_MARKS)[0]
        before = text[clause:p.local_start]
        if not any(w in before for w in _PLACE_WORKS_OPENERS) and not text.startswith(_BUILD_STAGES, works.end()):
            continue
        a, b = p.local_start, works.end()
        if _shares_its_kind(ctx, a):
            continue  # "鹤鸣、青峦水库除险加固": the list's works share the head (project_shared_head_lists)
        a = _listed_places_start(ctx, a)
        if text[a - 1:a] == "对" or any(m.type == PROJECT and m.local_start < b and a < m.local_end
                                         and not (a <= m.local_start and m.local_end <= b and m.local_end - m.local_start < b - a)
                                         for m in ctx.found):
            continue  # "对三水河进行…": another rule's; a works found already keeps its name (a piece of it does not)
        out.append(ctx.mention(PROJECT, a, b, source="genre_place_works"))
    return out


def _listed_places_start(ctx: SentenceContext, a: int) -> int:
    """Where the 、-list of places that ends with the place at `a` starts ("镜湖、银湖水环境综合治理",
    "独流减河、蓟运河、永定新河治理"): the action done on them all is one works, named by the list and
    the action (the u44 pool's reports; the last river alone and the action name no works). An item is
    a place found or a name ending in the kind of a water body or area (临春河, 银湖) no rule found."""
    if ctx.text[a - 1:a] != ITEM_MARK:
        return a
    for x, y in reversed(listed_spans(ctx.text, a - 1, _PLACE_LIST_CLAUSE_MARKS, _past_place_works_opener(ctx.text))):
        if not _a_place_listed(ctx, x, y):
            break
        a = x
    return a


# the verbs of building that open a list of places, longest first (sorted once, not at every list)
_PLACE_WORKS_OPENERS_LONGEST = tuple(sorted(_PLACE_WORKS_OPENERS, key=len, reverse=True))


def _past_place_works_opener(text: str) -> Callable[[int], int]:
    """Where a clause at `a` goes on past the longest verb of building that opens it."""
    return lambda a: a + next((len(w) for w in _PLACE_WORKS_OPENERS_LONGEST if text.startswith(w, a)), 0)


def _a_place_listed(ctx: SentenceContext, start: int, end: int) -> bool:
    """Is text[start:end] one name a place found ends, or that ends in the kind of a water body or an
    area (genre_place_works_kinds.tsv)?"""
    item = ctx.text[start:end]
    if not a_listed_name(item, "和与及的"):
        return False
    found = any(m.type == PLACE and m.local_end == end and start <= m.local_start for m in ctx.found)
    return found or item.endswith(_PLACE_WORKS_KINDS)


def _shares_its_kind(ctx: SentenceContext, a: int) -> bool:
    """Does a place that names no kind end right before the list mark before `a` ("鹤鸣、青峦水库")?
    Then the kind after the last item is the list's, which names the works."""
    return ctx.text[a - 1:a] == ITEM_MARK and any(
        m.type == PLACE and m.local_end == a - 1 and not m.text.endswith(_PLACE_WORKS_KINDS) for m in ctx.found)


@functools.lru_cache(maxsize=1)
def _body_opening_name() -> re.Pattern[str]:
    """Two to four characters and an organization's head (org_suffixes.txt) before a works' name goes on:
    made once, not formatted and looked up at every project a pass (~1,000)."""
    suffixes = lexicons.alternation("org_suffixes.txt")
    return re.compile(rf"([{CJK_CHARS}]{{2,4}}?)(?:{suffixes})(?=[{CJK_CHARS}]{{2,}})")


# a word of the dictionary this common names a kind of water ("护城河" 103, "运河"), not one water
_WATER_NAME_MAX_FREQ = 100
# the heads of a water body's name that a list of waters treated together ends its items with
# (genre_place_works_kinds.tsv's first part, its waters: no reservoir, quarter or village)
_LISTED_WATER_HEADS = tuple(k for k in _PLACE_WORKS_KINDS if len(k) == 1 and k in "江河湖溪渠沟涌浜")
# what may stand between the last water listed and the treatment: "等" closing the list, the water
# of them all ("派河等河道综合治理", "登沙河流域治理" is an action of its own)
_BEFORE_TREATMENT = re.compile(rf"(?:等)?(?:{lexicons.alternation('genre_place_works_objects.txt')})?$")


@component("genre_listed_waters", reads=(PLACE, ORG), assigns=(PLACE,), after=("projects",),
           needs=actions())
def extract_listed_waters(ctx: SentenceContext) -> list[Mention]:
    """The waters a clause lists before the treatment done on them all are named places, however
    jieba cuts them (ANNOTATION: rivers, lakes): "实施涪江、安昌江、芙蓉溪水环境综合治理" (安/v 昌江,
    芙蓉/溪水), "实施大沙河、登沙河流域治理", "完成独流减河、蓟运河、永定新河治理" (独流/减河/v).
    Every item must end in a water's head (or be a place found) and be no common word ("内河")."""
    out: list[Mention] = []
    text = ctx.text
    for m in _PLACE_WORKS.finditer(text):
        lead = _BEFORE_TREATMENT.search(text, 0, m.start())
        items = _listed_waters_before(ctx, lead.start() if lead else m.start())
        # an item opening with its county written with its level ("某某县甲河"): the county and the
        # water in it, two places (place_bounds.division_opening)
        items = [span for a, b in items for span in _split_at_division(ctx, a, b)]
        out.extend(ctx.mention(PLACE, a, b, source="listed_waters") for a, b in items
                   if not ctx.found_at(a, b, PLACE) and not ctx.taken(a, b, (ORG,)))
    return out


def _split_at_division(ctx: SentenceContext, a: int, b: int) -> list[tuple[int, int]]:
    k = division_opening(ctx.text[a:b])
    return [(a, a + k), (a + k, b)] if k else [(a, b)]


def _listed_waters_before(ctx: SentenceContext, end: int) -> list[tuple[int, int]]:
    """The spans of the list of waters that ends at `end` and opens its clause past its verb;
    [] when an item is neither a water's name nor a place found."""
    items = listed_spans(ctx.text, end, _PLACE_LIST_CLAUSE_MARKS, functools.partial(_past_water_list_lead, ctx, end),
                         ITEM_MARK + "和及与")
    if not items or not all(_names_a_water(ctx, x, y) for x, y in items):
        return []
    if len(items) < 2 and not ctx.text.startswith("等", end):
        return []  # one water alone is no list: "母亲河生态修复", the set phrase "一江两河综合治理"
    return items


# parts of speech of the words before a list of waters that open no name ("开展", "全面", "加快")
_LEAD_POS = ("v", "vd", "vn", "d", "ad")


def _past_water_list_lead(ctx: SentenceContext, end: int, a: int) -> int:
    """Where the list of waters of the clause at `a` starts: past the last verb of building before `end`
    and the verbs or adverbs after it."""
    text = ctx.text
    opener = max((text.rfind(w, a, end) + len(w) for w in _PLACE_WORKS_OPENERS if text.find(w, a, end) >= 0), default=a)
    while (word := ctx.token_starting_at(opener)) is not None and len(word.word) >= 2 and word.pos in _LEAD_POS:
        opener = word.end  # "开展马栏河、春柳河综合治理": a verb or adverb no opener lists
    return opener


def _names_a_water(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a place found or a water's name: of a listed name's shape (LISTED_NAME_CHARS), ending in a
    water's head, no count in it ("两条河") nor a word of a kind of water ("城市内河", "黑臭河"), and
    not a common word of the dictionary ("护城河"; a rare one, "涪江", is a name)?"""
    item = ctx.text[a:b]
    if ctx.found_at(a, b, PLACE):
        return True
    if not (a_listed_name(item) and item.endswith(_LISTED_WATER_HEADS)) or _COUNTED.search(item):
        return False
    if any(w in item for w in lexicons.words("genre_water_kind_words.txt")):
        return False
    freq = word_freq(item)
    return freq < _WATER_NAME_MAX_FREQ


@component("genre_bodies_opening_works", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_bodies_opening_works(ctx: SentenceContext) -> list[Mention]:
    """A body named with an organization's head that opens a works' name is an organization too
    (ANNOTATION rule 8), whatever jieba makes of its trade name: "包商银行培训中心" → 包商银行
    (hailar-2013, jieba reads 包商 as a verb). A head alone or a kind ("商业银行") is none."""
    out = []
    generic = lexicons.word_set("generic_orgs.txt")
    for p in [m for m in ctx.found if m.type == PROJECT]:
        m = _body_opening_name().match(p.text)
        if m is None or p.text != ctx.text[p.local_start:p.local_end]:
            continue
        a, b = p.local_start, p.local_start + m.end()
        stem, body = m.group(1), ctx.text[a:b]
        rare = word_freq(stem) < LIMITS.common_word_freq  # "包商": no common word
        if (body in generic or stem in generic or not (is_proper(stem) or rare)
                or b not in ctx.token_end_set or ctx.taken(a, b, (ORG, PLACE))):
            continue
        out.append(ctx.mention(ORG, a, b, source="genre_body_opening_works"))
    return out


@functools.lru_cache(maxsize=1)
def _premises_works() -> re.Pattern[str]:
    """An institution's kind (org_works_owning_kinds.txt) after at most GENRE_LIMITS.premises_body_chars
    characters of its name (no list mark or conjunction), then the works on its premises to the end of
    a works' name: renewals (org_plant_works_after.txt, org_premises_works.txt), new sites and
    buildings (project_new_site_parts.txt, project_institution_buildings.txt) and phases, in a row,
    工程 or 项目 after them."""
    kinds = lexicons.alternation("org_works_owning_kinds.txt")
    works = alternation_pattern(sorted({*lexicons.words("org_plant_works_after.txt"), *lexicons.words("org_premises_works.txt"),
                                        *lexicons.words("project_new_site_parts.txt"),
                                        *lexicons.words("project_institution_buildings.txt")}))
    return re.compile(rf"((?:(?![和与及])[{CJK_CHARS}]){{0,{LIMITS.premises_body_chars}}}?(?:{kinds}))"
                      rf"(?:{works}|{PHASE.pattern})+(?:工程|项目)?$")


@component("genre_institutions_opening_works", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs_types=(PROJECT,))  # read in the projects' names
def extract_institutions_opening_works(ctx: SentenceContext) -> list[Mention]:
    """An institution that a works' name opens with, named by a place (or the body it belongs to)
    found at the name's start, a few words and its kind, before the works on its premises that close
    the name ("某市中西医结合医院新院区", "某区慢性病防治院迁建工程", "某市体育馆维修改造工程", "某某大学附属
    第一医院南区"): only an existing institution has a phase, a new site or a move, so it is an
    organization (ANNOTATION rule 2), named inside the works' name (rule 8), whatever its head's walk
    made of the words before its kind ("中西医结合" holds a verb)."""
    out = []
    for p in [m for m in ctx.found if m.type == PROJECT and m.text == ctx.text[m.local_start:m.local_end]]:
        a = p.local_start
        for opener in (o for o in ctx.found if o.type in (PLACE, ORG) and o.local_start == a and o.local_end < p.local_end):
            m = _premises_works().match(ctx.text, opener.local_end, p.local_end)
            if m is None:
                continue
            b = m.end(1)
            if b in ctx.token_end_set and not ctx.taken(a, b, (ORG,)) and not any(o.local_start == a and o.local_end == b for o in out):
                out.append(ctx.mention(ORG, a, b, source="genre_institution_opening_works"))
    return out


@functools.lru_cache(maxsize=1)
def _transfer_before_head() -> re.Pattern[str]:
    """A diversion works named "引" source verb destination (a second verb and destination may follow)
    right before 工程: before the head any single character is a source or a destination, a river's or a
    town's short form ("引某济某工程", "引某入某补某工程"), not what brings in no water (`not_source`)."""
    parts = {k: "".join(v.split()) for k, v in lexicons.mapping("project_transfer_words.txt").items()}
    verb = f"[{parts['verb']}]"
    return re.compile(rf"引[^{parts['not_source']}\W\d](?:{verb}[{CJK_CHARS}]){{1,2}}工程")


@functools.lru_cache(maxsize=1)
def _transfer_head() -> re.Pattern[str]:
    return re.compile(rf"”?(?:{lexicons.alternation('project_transfer_heads.txt')}|第[一二三四五六七八九十]通道)")


_TRANSFER_NOT_AFTER = tuple(lexicons.words("project_transfer_not_after.txt"))
# power sent out of a province named by its one-character form ("疆电外送", "晋电外送"): a works' name
# only before a head of its own ("“疆电外送”第三通道"); bare, it is the flow ("提升晋电外送质效")
_OUTBOUND_POWER = re.compile(rf"[{CJK_CHARS}]电外送")


def _transfer_headed(ctx: SentenceContext, a: int, b: int) -> Mention | None:
    """A transfer works' name (quoted or not) right before a head of its own (project_transfer_heads.txt:
    "推动“吉电入京”特高压输电通道开工建设", "“宁电入湘”工程建成投运", "“疆电外送”第四通道", "南水北调中线工程"):
    one works from the name (its opening quote) to the head's end, unless a project found already
    reaches across that span's edges or holds it."""
    text = ctx.text
    quoted = a > 0 and text[a - 1] == "“"
    head = _transfer_head().match(text, b)
    if head is None or quoted != head.group().startswith("”"):
        return None
    start, end = a - quoted, head.end()
    if ctx.reaches_out_of(start, end, (PROJECT,)) or any(
            p.type == PROJECT and p.local_start <= start and end <= p.local_end for p in ctx.found):
        return None
    quotes = {"quoted": re.sub(r"\s", "", text[start:end])} if quoted else {}  # (the name keeps its inner quotes)
    return ctx.mention(PROJECT, start, end, source="genre_transfer_works", **quotes)


@component("genre_transfer_works", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",),
           needs=required_literals(transfer_works_pattern()))  # (every diversion before 工程 holds 引 too)
def extract_transfer_works(ctx: SentenceContext) -> list[Mention]:
    """Transfer works named by what they carry from where to where ("加快建设引江济淮等十大水利
    工程", "引江济淮的世纪梦想"): a name of four characters on word boundaries; one that opens a
    works found by its head ("青电入豫工程") is part of that works' name. A diversion named before 工程
    (`_transfer_before_head`: "引某济某工程", whose walk from the head stopped at a verb or a place inside
    it: "某某工程") is one works, head and all, where no works found crosses it."""
    out = []
    text = ctx.text
    for m in _transfer_before_head().finditer(text):
        a, b = m.span()
        if a > 0 and a not in ctx.token_start_set or ctx.found_at(a, b, PROJECT) or any(
                p.type == PROJECT and (p.local_start < a < p.local_end or p.local_start < b < p.local_end) for p in ctx.found):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_transfer_works"))
    for m in _OUTBOUND_POWER.finditer(text):  # ("“疆电外送”第四通道": only before a head of its own)
        headed = _transfer_headed(ctx, *m.span())
        out.extend([headed] if headed is not None else [])
    for m in transfer_works_pattern().finditer(text):
        a, b = m.span()
        headed = _transfer_headed(ctx, a, b)
        if headed is not None:
            out.append(headed)
            continue
        if text.startswith(_TRANSFER_NOT_AFTER, b + text.startswith("”", b)):
            continue  # "“西电东送”电量超过…", "南水北调水源涵养区": the flow's measure, a region; no works
        if a > 0 and a not in ctx.token_start_set or b < len(text) and b not in ctx.token_end_set and CJK.match(text[b]):
            continue
        if ctx.taken(a, b, (PROJECT,)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_transfer_works"))
    return out


@functools.lru_cache(maxsize=1)
def _route_label() -> re.Pattern[str]:
    return re.compile(rf"等(?:[0-9一二三四五六七八九十]+条)?(?:{lexicons.alternation('project_route_kinds.txt')})")


_ROUTE_BY_ENDS = re.compile(rf"[{CJK_CHARS}]{{2,6}}至[{CJK_CHARS}]{{2,6}}")


@component("genre_routes_of_a_kind", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=required_literals(_route_label()))
def extract_routes_of_a_kind(ctx: SentenceContext) -> list[Mention]:
    """Routes named by their ends in a list that a route kind labels after 等, in a clause that
    builds them ("建成柳南二高、吴圩机场至隆安、沙井至吴圩等高速公路"): each "A至B" is one works,
    named as written; the first item starts past the clause's verbs."""
    out = []
    text = ctx.text
    for label in _route_label().finditer(text):
        clause, close = ctx.sentence.clause_at(label.start(), ",;。:!?")  # the label holds no mark
        # the build verb before the list or after its label ("加快郑州至洛阳等3条城际铁路建设")
        if not any(w in text[clause:label.start()] or w in text[label.end():close] for w in lexicons.words("build_words.txt")):
            continue
        end = label.start()
        for item_start in _list_item_starts(text, clause, end):
            # a later item may open with its own works verb ("开工周至至乾县、改扩建西安至永寿等高速公路")
            a = _first_item_start(ctx, item_start, end) if item_start == clause else trim_openers(ctx, item_start, end)
            crossed = any(m.type == PROJECT and m.local_start < end and a < m.local_end
                          and not (a <= m.local_start and m.local_end <= end) for m in ctx.found)
            if _ROUTE_BY_ENDS.fullmatch(text, a, end) and not crossed:  # an end may be a facility (吴圩机场至隆安)
                out.append(ctx.mention(PROJECT, a, end, source="genre_routes_of_a_kind"))
            end = item_start - 1
    return out


def _list_item_starts(text: str, clause: int, end: int) -> list[int]:
    """Where each 、-item of a list ending at `end` starts, last first, back to the clause's start."""
    starts = [i + 1 for i in range(end - 1, clause - 1, -1) if text[i] == "、"]
    return starts + [clause]


@functools.lru_cache(maxsize=1)
def _station_after_place() -> re.Pattern[str]:
    directions = "".join(lexicons.words_of_kind("project_station_parts.txt", "direction"))
    hubs = "|".join(lexicons.words_of_kind("project_station_parts.txt", "hub"))
    return re.compile(rf"(?:[{directions}]|(?:{hubs})[{CJK_CHARS}]{{2}})?站")


@component("genre_stations_built", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs_types=(PLACE,))  # a station right after a place found
def extract_stations_built(ctx: SentenceContext) -> list[Mention]:
    """A railway station named by its city, perhaps a direction, or its hub name ("加快建设南宁北站",
    "开工建设南宁枢纽五象站", "北京通州站开通运营": a city before its district's station opens the name), in a
    clause that builds it, or before a stage of its own opening ("某某西站投入使用", "某某北站正式启用":
    place_hub_stages.txt), or in a list of works the clause builds after it ("西十高铁、西安东站和府谷、定边机场
    建成投运", "盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等加快建设": projects.built_in_clause): a works. The
    station ends a word (not "北站点")."""
    out = []
    text = ctx.text
    places = [m for m in ctx.found if m.type == PLACE]
    for place in places:
        station = _station_after_place().match(text, place.local_end)
        if station is None or station.end() not in ctx.token_end_set:
            continue
        a, b = place.local_start, station.end()
        a = next((m.local_start for m in places if m.local_end == a and station.end() - place.local_end == 1), a)
        clause = clause_start(text, a, ",;。:!?")
        built = any(w in text[clause:a] for w in lexicons.words("build_words.txt"))
        if ctx.taken(a, b, (PROJECT,)) or not (built or text.startswith(lexicons.words("place_hub_stages.txt"), b)
                                               or _listed_works_built(ctx, a, b)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_stations_built"))
    return out


def _listed_works_built(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the station at text[a:b] stand as an item of a list of works (a 、 or 和 next to it, the item
    ending at a list's mark: not "苏州北站|综合枢纽") that its clause builds?"""
    text = ctx.text
    if text[b:b + 1] not in ("、", "和", "等", ",", "。", ";", ""):
        return False
    return (text[b:b + 1] in ("、", "和") or a > 0 and text[a - 1] in ("、", "和")) and built_in_clause(ctx, a, b)


@functools.lru_cache(maxsize=1)
def _metro_station_pattern() -> re.Pattern[str]:
    """A metro station "X站" (X two to six characters, no mark nor figure), or a section between two
    such stations "X站至Y站区间" (groups x, y: the stations' names)."""
    name = rf"[{CJK_CHARS}]{{2,6}}?"
    return re.compile(rf"(?P<x>{name})站(?:(?:至|到|—|-|－)(?P<y>{name})站区间)?")


@functools.lru_cache(maxsize=1)
def _facility_station_heads() -> tuple[str, ...]:
    """Heads in 站 that name a kind of facility or office, not one metro station: this rule's own
    list and every 站 head the other lexicons know ("泵站", "消防站", "气象站", "高铁站")."""
    files = ("built_facility_heads.txt", "org_built_works_heads.txt", "org_suffixes.txt", "org_site_plant_heads.txt",
             "place_hub_heads.txt", "genre_sited_works.txt")
    heads = set(lexicons.words_of_kind("project_metro_parts.txt", "not_station"))
    heads.update(w for f in files for w in lexicons.words(f) if w.endswith("站") and w != "站")
    return tuple(sorted(heads, key=len, reverse=True))


# where a station's name may start: after a list's or clause's mark or word, or right after the line
# (phase) it is on ("4号线二期复兴路站"); only the line's words may stand inside the characters matched
_STATION_OPENERS = ("、", ",", ",", ";", ";", "。", ":", ":", "及", "和", "与", "号线", "期")
_LINE_OPENERS = ("号线", "期")
# what may follow a station: the next item, the list's close or the clause's work ("…站主体结构完工")
_STATION_CLOSERS = re.compile(r"[、,,;;。及和与等]|主体|$")


def _metro_clause_progresses(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does the clause around ctx.text[a:b] build or finish it (a build word or a metro works' stage)?"""
    start, close = ctx.sentence.clause_at(a, ",;。:!?")
    words = lexicons.words("build_words.txt") + lexicons.words_of_kind("project_metro_parts.txt", "progress")
    return any(w in ctx.text[start:close] for w in words)


@component("genre_metro_stations", reads=(PLACE, PROJECT), assigns=(PROJECT, PLACE), after=("projects",),
           needs=required_literals(re.compile("站")))
def extract_metro_stations(ctx: SentenceContext) -> list[Mention]:
    """Metro stations and the sections between them, in a sentence on a metro line and a clause that
    builds or finishes them ("凤凰山站、集贤村站等5个地下站点主体结构完工", "凤凰山站至后官湖公园站
    区间正式铺轨"): each a works, named as written; a station's name opens at a list's or clause's
    mark or after its line. The village or park a station is named after ("集贤村站": 集贤村) is a
    place, so the works is located in it (ANNOTATION: each end of a route is a place of it)."""
    text = ctx.text
    if not any(w in text for w in lexicons.words_of_kind("project_metro_parts.txt", "context")):
        return []
    out = []
    for m in _metro_station_pattern().finditer(text):
        a, b = _station_start(text, m.start(), m.end("x")), m.end()
        if a is None or not (m.group("y") or _STATION_CLOSERS.match(text, b)) or b not in ctx.token_end_set:
            continue
        ends = [(a, m.end("x"))] + ([(m.start("y"), m.end("y"))] if m.group("y") else [])
        if any(text[x:y + 1].endswith(_facility_station_heads()) or not _plain(ctx, x, y) for x, y in ends):
            continue
        if ctx.taken(a, b, (PROJECT,)) or not _metro_clause_progresses(ctx, a, b):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="genre_metro_stations"))
        out.extend(ctx.mention(PLACE, x, y, source="genre_metro_stations") for x, y in ends
                   if text[x:y].endswith(tuple(lexicons.words_of_kind("project_metro_parts.txt", "named_after")))
                   and not ctx.found_at(x, y, PLACE))
    return out


def _station_start(text: str, a: int, name_end: int) -> int | None:
    """Where the station's name before `name_end` starts: right after the last opener in
    text[a:name_end] or at `a` when an opener (or the sentence's start) stands before it."""
    best = None
    for opener in _LINE_OPENERS:
        i = text.rfind(opener, a, name_end)
        if i >= 0 and (best is None or i + len(opener) > best):
            best = i + len(opener)
    if best is not None:
        return best if name_end - best >= 2 else None
    return a if a == 0 or text[max(0, a - 2):a].endswith(_STATION_OPENERS) else None


# ---------------------------------------------------------------- companies opening works (QO5)

# after a trade name: a production capacity ("华盛2万千瓦"; a voltage names a grid works by its place,
# "青杠110千伏输变电工程") or the works on its plant ("新天龙技术改造"); a phase may follow a works' name ("华融二期")
# or its output rate and a figure ("恒某液压年产10万台…": project_output_words.txt, the rate after the company's trade)
_WORKS_AFTER_COMPANY = re.compile(rf"\d+(?:\.\d+)?万?(?:{CAPACITY_UNITS})|(?:{lexicons.alternation('org_works_after_company.txt')})"
                                  rf"|(?:{lexicons.alternation('project_output_words.txt')})\d")
# the parts of speech that open no trade name: a verb, number, time, adverb, preposition, conjunction…
_NOT_TRADE_OPENING = ("v", "m", "t", "q", "d", "p", "c", "u", "f", "r")
# jieba's tags of common nouns, adjectives and words of place or kind (not a proper noun's nr, ns, nz): a
# frequent word so tagged opening a company before its site is no trade name
_COMMON_WORD_TAGS = frozenset({"n", "a", "an", "b", "s"})


@component("genre_companies_opening_works", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs_types=(PROJECT,))  # a company opening a project's name
def extract_companies_opening_works(ctx: SentenceContext) -> list[Mention]:
    """The company a works' name opens with (ANNOTATION rule 8, issue 10: the companies that build
    are named in the works' names of a report's project lists): a trade name and its industry word
    ("巴安水务海水淡化" → 巴安水务, "华象科技多种金属复合板" → 华象科技, a division and a trade the
    marked words allow: "抚顺石化乙烯扩能项目" → 抚顺石化), or a trade name right before a capacity,
    phase or the works on its plant ("华大30兆瓦生物质发电" → 华大, "新天龙技术改造" → 新天龙). The
    trade name is a proper name or a word jieba does not know, never a common word, an industry, a
    place (but before a marked trade) or a verb ("风力发电", "光伏发电", "新建厂房" name no company)."""
    out = []
    starts = set()
    for p in sorted((m for m in ctx.found if m.type == PROJECT), key=lambda m: m.span.bounds):
        if p.local_start in starts or p.text != ctx.text[p.local_start:p.local_end]:
            continue
        starts.add(p.local_start)
        if built_by_body_at_site(ctx, p.local_start):
            continue  # "某某集团在某某区建设鞋业智能制造基地": the builder is named before, 鞋业 is its product
        if p.text.endswith(region_heads()):
            continue  # "哈大齐绥新能源产业带", "巴蜀文旅走廊": a corridor opens with the places it joins, no company
        if _route_label().match(ctx.text, p.local_end):
            continue  # "敦牡和四梅集扩能等铁路项目": a route listed by its ends' first characters opens with no company
        found = (_company_opening(ctx, p.local_start, p.local_end) or _company_after_place(ctx, p.local_start, p.local_end)
                 or _company_before_plant_works(ctx, p.local_start, p.local_end))
        if found is not None and names_laundered_goods(ctx.text[found[0]:found[1]]):
            continue  # "布草洗涤二期": the linen a laundry washes, no trade name
        if found is not None and opens_with_business_kind(ctx.text[found[0]:p.local_end]):
            continue  # "湘东冷链物流园": 冷链 opens a kind of business (冷链物流) after the place, no trade name
        if found is not None and ctx.text[found[1]:p.local_end] in lexicons.word_set("facility_heads.txt"):
            continue  # "某某保税物流中心": the bare head after the trade makes one facility's name, no company's works
        if found is not None:  # "某某轮胎三期": the works is the company's tyre plant, the company the trade name
            found = (found[0], cut_before_plant_product(ctx.text, found[0], found[1], p.local_end))
        if found is not None and not any(o.type == ORG and o.span.contains(ctx.span(*found)) for o in ctx.found):
            out.append(ctx.mention(ORG, *found, source="genre_company_opening_works"))
    return out + _companies_opening_listed_works(ctx, out)


def _companies_opening_listed_works(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """A works listed beside a works a company opens ("荣昌制药生物医药产业园、绿叶制药国际医药创新中心")
    opens with a company too where it opens with the same shape: a trade name of two to four
    characters and its trade word, then the works (list-mates share their kind, issue 10): the
    trade name may then be a common word (绿叶), which alone `_trade_name` refuses."""
    works = sorted({p.span.bounds: p for p in ctx.found if p.type == PROJECT}.values(), key=lambda m: m.span.bounds)
    # (a body found over a whole works' name is the institution being built, "广西海洋实验室", no company opening it)
    whole = {p.span.bounds for p in works}
    opened = {o.local_start for o in [*ctx.found, *found] if o.type == ORG and o.span.bounds not in whole}
    out: list[Mention] = []
    for p, q in zip(works, works[1:]):
        if ctx.text[p.local_end:q.local_start] != ITEM_MARK:
            continue
        for mate, other in ((p, q), (q, p)):
            if other.local_start in opened and mate.local_start not in opened:
                span = _listed_trade_name_opening(ctx, mate.local_start, mate.local_end)
                if span is not None and not names_laundered_goods(ctx.text[span[0]:span[1]]):  # "布草洗涤二期"
                    opened.add(span[0])
                    out.append(ctx.mention(ORG, *span, source="genre_company_opening_listed_works"))
    return out


def _listed_trade_name_opening(ctx: SentenceContext, a: int, end: int) -> tuple[int, int] | None:
    """The trade name and trade word a listed works' name opens with ("绿叶制药国际医药创新中心" →
    绿叶制药): a noun of two to four characters, no place, industry or sector, then a trade word, then
    more of the works' name."""
    text = ctx.text
    stem = ctx.token_starting_at(a)
    if stem is None or not 2 <= len(stem.word) <= 4 or not stem.pos.startswith(("n", "j")) or stem.pos == "ns":
        return None
    b = stem.end
    trade = next((w for w in words_opening(company_trade_ends(), text, b) if text.startswith(w, b)), None)
    c = b + len(trade) if trade else b
    if trade is None or c >= end or c not in ctx.token_end_set or ctx.taken(a, c, (PLACE, ORG)):
        return None
    word = stem.word
    if word in _industry_words() or names_a_business_kind(word) or names_a_sector(text[a:c]) \
            or word in lexicons.word_set("generic_orgs.txt") or word in lexicons.word_set("not_names.txt"):
        return None
    return a, c


def _company_opening(ctx: SentenceContext, a: int, end: int, strict: bool = False) -> tuple[int, int] | None:
    """The bounds of the company that text[a:end], a works' name, opens with; None when it opens with none."""
    text = ctx.text
    limits = COMPANY_OPENING
    place_trades = lexicons.mapping("org_company_trades.txt")
    for b in range(a + limits.min_stem_chars, min(a + limits.max_stem_chars, end) + 1):
        if not CJK.match(text[b - 1]):
            return None
        if b not in ctx.token_end_set and not _ordinal_at(text, b):
            glued = _glued_trade_end(ctx, a, b, end)
            if glued is not None:
                return a, glued  # "恒某锂|能项目": jieba glued the trade word's first character to the trade name
            continue  # "惠|科第|8.6|代": jieba glues 第 to the trade name's last character
        if _inside_environment_object(text, b):
            continue  # "某湖水|环境提升工程": 水环境 is one word, no trade name "某湖水"
        if text.startswith(lexicons.words("org_trade_set_phrases.txt"), b):
            continue  # "三角地|时代广场": 时代广场 names the mall, no trade word ends a company there
        trade = next((w for w in words_opening(company_trade_ends(), text, b) if text.startswith(w, b) and b + len(w) <= end), None)
        if trade is not None and (b + len(trade) == end or b + len(trade) in ctx.token_end_set or _ordinal_at(text, b + len(trade))):
            if _trade_name(ctx, a, b, strict):
                # "美利信新能源汽车结构件" → 美利信: an industry word that qualifies the product made is no part of the name
                return (a, b) if qualifies_a_product(text, b, b + len(trade)) else (a, b + len(trade))
            if place_trades.get(trade) == "place" and place_lexicon_pattern().fullmatch(text[a:b]):
                return a, b + len(trade)
            if not strict and _company_before_site_place(ctx, a, b, b + len(trade), end):
                return a, b + len(trade)
        if b < end and (_WORKS_AFTER_COMPANY.match(text, b) or text.startswith(_industry_openers(), b) or _ordinal_at(text, b)
                        or _latin_product_at(text, b)) and _trade_name(ctx, a, b, strict):
            return a, b  # "金兆晶源光伏组件" → 金兆晶源: a trade name before its industry or its line's generation (第8.6代)
    return None


def _glued_trade_end(ctx: SentenceContext, a: int, b: int, end: int) -> int | None:
    """Where a company's name ends whose trade word (company_trade_ends(): 锂能, 光电, 新材料) starts at
    `b` inside a word jieba made up by its HMM of the trade name and the trade's first character(s)
    ("恒某锂|能|项目一期": the word 恒某锂 is in no dictionary), the trade word ending on a word's end
    inside the works' name or at its end: 字号 + 行业, the registered form of a company's name (企业名称登记管理规定)
    as the genre writes its works. The trade name text[a:b] is of Chinese characters, no word jieba knows
    often, opening with no time or scope word and no place; None where any of this fails."""
    text = ctx.text
    glued = next((t for t in ctx.tokens if t.start < b < t.end), None)
    if glued is None or glued.start != a or glued.word in tokenizer_tags().tokenizer.FREQ or glued.pos.startswith(_NOT_TRADE_OPENING):
        return None
    trade = next((w for w in words_opening(company_trade_ends(), text, b)
                  if text.startswith(w, b) and glued.end < b + len(w) <= end and b + len(w) in ctx.token_end_set), None)
    stem = text[a:b]
    if trade is None or not all(CJK.match(c) for c in stem) or word_freq(stem) >= COMPANY_OPENING.rare_word_freq \
            or stem[:1] in lexicons.word_set("genre_not_trade_initials.txt") or _common_or_place(stem) \
            or stem in lexicons.word_set("generic_orgs.txt") or stem in lexicons.word_set("not_names.txt") or ctx.taken(a, b, (PLACE, ORG)):
        return None
    return b + len(trade)


@functools.lru_cache(maxsize=1)
def _latin_product_pattern() -> re.Pattern[str]:
    """A product's or fuel's Latin acronym (org_not_company_acronyms.txt, its lines with no role: LNG,
    OLED, PCB; not a mode of finance or a kind of area, PPP, CBD) as a whole Latin word."""
    products = lexicons.longest_first(lexicons.words_of_kind("org_not_company_acronyms.txt"))
    return re.compile(rf"(?:{alternation_pattern(products)})(?![A-Za-z])")


def _latin_product_at(text: str, b: int) -> bool:
    """Does a product's Latin acronym start at `b`, right after a trade name ("某瀛LNG" → 某瀛, "某某OLED
    模组")? What a plant makes follows the company's name as an industry word does (企业名称登记管理规定:
    字号 + 行业), written in Latin letters."""
    return _latin_product_pattern().match(text, b) is not None


def _company_before_site_place(ctx: SentenceContext, a: int, b: int, c: int, end: int) -> bool:
    """Is text[a:c], a word and its trade word, a company because a place and more of the works' name
    follow it ("某马汽车|郑州|基地", "某某科技|桂林|电子产业园")? A company names its plant or base by
    the place it stands in; a sector does not come before a place ("新能源汽车郑州基地" is the city's
    industry). The trade name may then be a common word (海马) or a place's short form (深科技),
    which `_trade_name` alone refuses; never an industry, sector, generic word, verb or a place."""
    text = ctx.text
    place = place_lexicon_pattern().match(text, c)
    if place is None or place.end() not in ctx.token_end_set or not _site_after_place(text, place.end(), end) \
            or not _in_own_province(ctx, place.group()):
        return False
    stem, toks = text[a:b], [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not toks or toks[0].start != a or toks[0].pos.startswith(_NOT_TRADE_OPENING) or not all(CJK.match(ch) for ch in stem):
        return False
    if toks[0].pos in _COMMON_WORD_TAGS and word_freq(toks[0].word) >= LIMITS.common_word_freq:
        return False  # "绿色科技|某市|产业园": a common noun or adjective opens a kind of business, no trade name (海马/ns is one)
    if any(t.word in _industry_words() or names_a_business_kind(t.word) for t in toks) or names_a_sector(text[a:c]) \
            or stem in lexicons.word_set("generic_orgs.txt") or stem in lexicons.word_set("not_names.txt") \
            or stem[:1] in lexicons.word_set("genre_not_trade_initials.txt") or place_lexicon_pattern().fullmatch(stem):
        return False
    return not ctx.taken(a, c, (ORG,))  # a place jieba guessed ("海马"/ns) is no division: the lexicon's were refused


def _site_after_place(text: str, k: int, end: int) -> bool:
    """Does the works' name text[k:end] after the place close with a company's site head, its phase
    left off (org_place_site_heads.txt, org_company_site_heads.txt, rel_company_site_heads.txt), and
    say more than 项目 or 工程 alone ("某某能源惠民工程" is a programme for the people, 惠民 no site)?"""
    name = text[k:end]
    if without_phase(name) in ("", "项目", "工程") or name in ("项目", "工程"):
        return False
    return name.endswith(_place_site_heads()) or without_phase(name).endswith(_place_site_heads())


def _in_own_province(ctx: SentenceContext, name: str) -> bool:
    """Is the division `name` one of the report's own province (a company's site the report counts),
    or the report's province unknown?"""
    own = ctx.doc.own.province
    division = lexicons.find_division(name, own)
    return not own or division is not None and division.code[:2] == own


@functools.lru_cache(maxsize=1)
def _place_site_heads() -> tuple[str, ...]:
    files = ("org_place_site_heads.txt", "org_company_site_heads.txt", "rel_company_site_heads.txt")
    return lexicons.longest_first({w for f in files for w in lexicons.words(f)})


def _inside_environment_object(text: str, b: int) -> bool:
    """Does `b` fall inside an environment that works improve ("某湖水环境提升工程": 水|环境,
    genre_environment_objects.txt)? The works' name then opens with a place or water and its
    environment: no trade name ends there, nor does a trade word (环境) start there."""
    return any(text.startswith(w, b - k) for w in lexicons.words("genre_environment_objects.txt")
               for k in range(1, len(w)))


# a display panel line's generation written without 第 ("惠科8.6代薄膜晶体管液晶显示器件", "东旭光电6代…玻璃基板")
_GENERATION = re.compile(r"\d+(?:\.\d+)?代")


def _ordinal_at(text: str, i: int) -> bool:
    """Does an ordinal (第 and a figure: "第8.6代", "第6代") or a line's generation ("8.6代") open at
    `i`? It starts the product's description, so a company's trade ends right before it even where
    jieba glued 第 to the trade's last character ("莱宝|高|科第|8.6|代": 莱宝高科)."""
    return text.startswith("第", i) and i + 1 < len(text) and text[i + 1].isdigit() or _GENERATION.match(text, i) is not None


def _company_after_place(ctx: SentenceContext, a: int, end: int) -> tuple[int, int] | None:
    """The trade name after the division a works' name opens with, before an industry ("芮城证道锂电池
    负极材料" → 证道): the company where the place is its site. Jieba cuts such a name into single
    characters; the two or three make a rare word or none jieba knows, with no verb or function word, no
    number ("延安千万吨炼化一体化": the refinery's size) and no material the works make (names_what_works_make)."""
    text = ctx.text
    place = place_lexicon_pattern().match(text, a)
    k = place.end() if place is not None and place.end() < end and place.end() in ctx.token_end_set else None
    if k is None or text.startswith(lexicons.words("place_water_area_heads.txt"), k):
        return None  # "某湖流域水环境综合治理": the lake's basin, no trade name after the place
    industries = _industry_openers()
    for b in range(k + COMPANY_OPENING.min_stem_chars, min(k + COMPANY_OPENING.max_stem_chars - 1, end) + 1):
        if b not in ctx.token_end_set or not text.startswith(industries, b) or site_before_power_works(text, b):
            continue  # "理塘索绒光伏发电": the place's site before a power works, no company
        stem, toks = text[k:b], [t for t in ctx.tokens if k <= t.start and t.end <= b]
        rare = word_freq(stem) < COMPANY_OPENING.rare_word_freq
        if (all(CJK.match(c) for c in stem) and rare and toks and toks[0].start == k
                and not any(t.pos.startswith(_NOT_TRADE_PIECE) and t.pos != "q" or t.pos == "m" or t.word in industries for t in toks)
                and not names_what_works_make(stem)  # "鄂尔多斯制氢装备…": what the works make, no trade name
                and place_lexicon_pattern().fullmatch(stem) is None and not ctx.taken(k, b, (ORG, PLACE))):
            return k, b + len(trade_before_capacity(text[b:end]))  # "榆树华正农牧100万头生猪" → 华正农牧
    return None


# the tags of a product or line of a plant between a trade name and the works on it: common nouns, no
# proper name of a person, place or body (nr, ns, nt) and no verb, number or function word
_PLANT_PRODUCT_TAGS = ("n", "vn", "nz", "j")
# the tags of the characters jieba leaves single in a trade name it does not know ("并盛" cut 并/c 盛/v)
_UNKNOWN_TRADE_PIECE = ("c", "v", "n", "nr", "nz", "j")


def _company_before_plant_works(ctx: SentenceContext, a: int, end: int) -> tuple[int, int] | None:
    """The company a works' name opens with where the product or line of its plant stands between the
    trade name and the works on that plant, which close the name (org_works_after_company.txt, a
    trailing 项目 or 工程 left off): "某信光模块扩产" → 某信, "某迈仕生产线扩建" → 某迈仕, "并盛熔盐技改" →
    并盛 (two characters jieba cuts apart and does not know as a word). The product is common nouns
    (no works head: "某某水库扩建工程" is the reservoir's own works, no company's; no number:
    "某机场三期改扩建"). The trade name passes only the strict tests (`_plant_trade_name`): two common
    nouns side by side are the product's own words ("生猪屠宰车间扩建", "锅炉燃煤设备技改"), no company."""
    text = ctx.text
    stem_end = next((end - len(w) for w in ("项目", "工程") if text.endswith(w, 0, end)), end)
    works = next((w for w in _plant_works() if text.endswith(w, 0, stem_end)), None)
    if works is None:
        return None
    w = stem_end - len(works)
    low, high = COMPANY_OPENING.plant_product_chars
    if w not in ctx.token_end_set:
        return None
    for b in range(a + COMPANY_OPENING.min_stem_chars, min(a + COMPANY_OPENING.max_stem_chars, w - low) + 1):
        if b not in ctx.token_end_set:
            continue
        trade = next((t for t in words_opening(company_trade_ends(), text, b) if text.startswith(t, b)), "")
        c = b + len(trade) if trade and b + len(trade) in ctx.token_end_set else b  # a trade word after the name is the company's
        product = [t for t in ctx.tokens if c <= t.start and t.end <= w]
        if not (low <= w - c <= high) or not product or product[0].start != c \
                or not all(t.pos.startswith(_PLANT_PRODUCT_TAGS) and t.pos not in ("nr", "ns", "nt") or _plant_line(t, w)
                           for t in product) \
                or _product_holds_works_head(text, c, w) or text[c:w] in _industry_words():
            continue
        if ctx.taken(a, b, (PLACE, ORG)) or not _plant_trade_name(ctx, a, b):
            continue
        return a, c
    return None


def _product_holds_works_head(text: str, c: int, w: int) -> bool:
    """Does the product text[c:w] hold a works' head ("某某水库" before 扩建: the reservoir's own works, no
    company's)? A weak head closing it is the plant's own line or unit (`_plant_line`)."""
    m = project_head_pattern().search(text, c, w)
    return m is not None and not (m.end() == w and _is_plant_line(text[m.start():w]))


def _plant_line(token, w: int) -> bool:
    """Is the token, closing the product at `w`, the plant's own line or unit ("某迈仕生产线扩建": 生产线, a weak
    head of project_heads.txt as it also ends a kind, tagged as a head), so the company before it still stands?"""
    return token.end == w and _is_plant_line(token.word)


def _is_plant_line(word: str) -> bool:
    return word in weak_heads() - owned_heads()


def _plant_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], before the product of a plant and the works on it, a trade name by the strict
    tests: a proper name by jieba's strict test ("海信", "德迈仕") or characters jieba cuts one by one
    and does not know ("并盛"), and never two known words of two characters or more side by side
    ("生猪屠宰", "镇区供水": common nouns that say what the plant makes or serves, no company)?"""
    freq = tokenizer_tags().tokenizer.FREQ
    known = [t for t in ctx.tokens if a <= t.start and t.end <= b and len(t.word) >= 2 and freq.get(t.word)]
    if len(known) >= 2:
        return False
    return _trade_name(ctx, a, b, strict=True) or _unknown_trade(ctx, a, b)


def _unknown_trade(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] two or three characters jieba cuts apart into single characters and does not
    know as a word ("并盛" cut 并/c 盛/v): a trade name, where a product and the works on its plant follow."""
    stem = ctx.text[a:b]
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    return (2 <= len(stem) <= 3 and all(CJK.match(ch) for ch in stem) and not word_freq(stem)
            and len(toks) == len(stem) and all(t.pos in _UNKNOWN_TRADE_PIECE for t in toks)
            and stem[:1] not in lexicons.word_set("genre_not_trade_initials.txt") and not _common_or_place(stem))


@functools.lru_cache(maxsize=1)
def _plant_works() -> tuple[str, ...]:
    """The works on a plant (org_works_after_company.txt), longest first."""
    return lexicons.longest_first(lexicons.words("org_works_after_company.txt"))


@functools.lru_cache(maxsize=1)
def _industry_openers() -> tuple[str, ...]:
    """Industries that follow a trade name in a works' name (industries.txt, org_company_trades.txt), longest first."""
    return lexicons.longest_first(_industry_words())


@functools.lru_cache(maxsize=1)
def _industry_words() -> frozenset[str]:
    """The same industries as a set, for membership tests made once per token."""
    return trade_words()


def _trade_name(ctx: SentenceContext, a: int, b: int, strict: bool = False) -> bool:
    """Is text[a:b] a company's trade name: a proper name or a word jieba does not know, opened by
    no verb, number or adverb, and no common word, industry, place or generic word?"""
    # Not honoured_companies._trade_name, which tests a whole subject of an honour (length, divisions,
    # common subjects); this one tests the trade name before a works' industries, with genre's stop lists.
    stem = ctx.text[a:b]
    freq = tokenizer_tags().tokenizer.FREQ
    toks = [t for t in ctx.tokens if a <= t.start and t.end <= b]
    if not toks or toks[0].pos.startswith(_NOT_TRADE_OPENING):
        return False
    industries = _industry_words()
    if stem in lexicons.word_set("not_names.txt") or any(t.word in industries or (freq.get(t.word) or 0) >= LIMITS.common_word_freq
                                                         for t in toks if len(t.word) >= 2):
        return False  # "咸和航天机械", "华电高端装备": the trade name ends before the industries
    if stem.endswith(_industry_openers()) or all(c in lexicons.characters("place_abbreviations.txt") for c in stem):
        return False  # "国际商贸物流城" (one word ending in an industry), "中俄蒙物流园" (countries' short forms)
    if stem[:1] in lexicons.word_set("genre_not_trade_initials.txt") and not (len(toks) > 1 and is_proper(ctx.text[toks[1].start:b], strict=True)):
        return False  # "年产", "全市": a rate, a scope; "新天龙" is 新 and a proper name
    if stem in lexicons.word_set("generic_orgs.txt") or opens_with_business_kind(stem) or _common_or_place(stem) or ctx.taken(a, b, (PLACE,)) \
            or stem[-1] in lexicons.word_set("org_not_trade_finals.txt"):
        return False  # "南宁站改扩建工程": the works on a facility
    if stem in lexicons.word_set("org_works_descriptors.txt") or stem[-1] in lexicons.word_set("org_manner_finals.txt"):
        return False  # "分布式光伏电站", "新型储能电站": the works' make or kind, no company
    if len(stem) == 2 and sector_takes_last_character(ctx.text, b):
        return False  # "环新材料产业园": the industry (新材料) took the name's last character
    if stem.startswith(lexicons.words("org_industry_abbreviations.txt")):
        return False  # "煤电机组107.7万千瓦": an industry's short form opens the works' kind
    if stem.startswith(lexicons.words("org_city_nicknames.txt")):
        return False  # "渝州新材料产业园": a city's old name (别称) says where the works is, no trade name
    if any(o.type == ORG and o.local_start == a and o.local_end < b for o in ctx.found):
        return False  # "华电高端装备": a company found ends inside the stem, before the industries
    if strict:
        return is_proper(stem, strict=True)
    unknown = not freq.get(stem) and all(t.pos.startswith(("n", "j")) for t in toks)
    return unknown or is_proper(stem)


_ENUMERATION = Guarded("等", rf"((?:{_ITEM}、)+{_ITEM})等")


@component("genre_listed_companies", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("genre_companies_opening_works",), needs=_ENUMERATION.needs)
def extract_listed_companies(ctx: SentenceContext) -> list[Mention]:
    """Items of a list that are a company's name whole, a trade name and its industry word
    ("太原药业、远东构件、龙山伟业等技改投资", "辽宁三木、渼瑞石油等12个重大产业项目" → 渼瑞石油):
    the companies whose investment or projects the sentence counts. Out of a works' name the trade
    name must be a proper name by jieba's strict test ("海工装备", "智能网联汽车" are industries). Once an
    item is a company, a list-mate that is a division and a rare word alone is one too (辽宁三木:
    行政区划 + 字号, the registered form of a company's name)."""
    out = []
    for m in _ENUMERATION.finditer(ctx.text):
        items = list_items(ctx, m, **LIMITS.list_item.limits)
        found = [(a, b) for a, b in items if b - a >= 4 and _company_opening(ctx, a, b, strict=True) == (a, b)]
        companies = found + [(a, b) for a, b in items if any(o.type == ORG and o.span.bounds == (a, b) for o in ctx.found)]
        if companies:
            found += [(a, b) for a, b in items if (a, b) not in companies and _division_and_trade_name(ctx, a, b)]
        out.extend(ctx.mention(ORG, a, b, source="genre_listed_company") for a, b in found if not ctx.taken(a, b, (ORG,)))
    return out


def _division_and_trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a division's name and one rare noun after it, nothing more ("辽宁三木")?"""
    place = place_lexicon_pattern().match(ctx.text, a)
    if place is None or b - place.end() != 2:
        return False
    word = ctx.token_starting_at(place.end())
    return (word is not None and word.end == b and word.pos in ("n", "nz", "nr", "nrt") and not _common_or_place(word.word)
            and word_freq(word.word) < COMPANY_OPENING.rare_word_freq
            and word.word not in _industry_words())


@functools.lru_cache(maxsize=1)
def _stage_after_works() -> re.Pattern[str]:
    """What follows "X项目" when the clause states its stage ("投产", "一期开工", "顺利竣工")."""
    stages = alternation_pattern(w for w in lexicons.words("stages.txt") if len(w) >= 2) + "|完成|投产"
    return re.compile(rf"(?:[一二三四五]期)?(?:成功|正式|顺利)?(?:{stages})")


# what may stand before a works called by a trade name alone: the clause's start or 的
_BEFORE_TRADE_NAME = "的、,;。"


def _trade_names_before_works(text: str) -> list[tuple[int, int]]:
    """Spans of the words of two or three characters alone before 项目 and a stage ("合众项目投产",
    "天际项目完成厂房建设"), opening a clause or after 的: each 项目 looked at, no regex over the sentence."""
    spans = []
    pos = text.find("项目")
    while pos >= 0:
        if _stage_after_works().match(text, pos + 2):
            for n in (2, 3):
                a = pos - n
                if a >= 0 and (a == 0 or text[a - 1] in _BEFORE_TRADE_NAME) and all(CJK.match(c) for c in text[a:pos]):
                    spans.append((a, pos))
        pos = text.find("项目", pos + 2)
    return spans


@functools.lru_cache(maxsize=1)
def _not_trade_names() -> frozenset[str]:
    """Words before 项目 that name a kind of works, an industry or nothing, no company's trade name."""
    return (lexicons.word_set("generic_projects.txt") | lexicons.word_set("industries.txt") | frozenset(company_trade_ends())
            | lexicons.word_set("not_names.txt") | lexicons.word_set("generic_orgs.txt"))


@component("genre_trade_name_projects", reads=(PLACE, ORG, PROJECT), assigns=(ORG, PROJECT), after=("genre_listed_companies",), needs=("项目",))
def extract_trade_name_projects(ctx: SentenceContext) -> list[Mention]:
    """A company's works called by its trade name alone and 项目, whose stage the clause states
    ("合众项目投产、天际项目完成厂房建设" → the projects 合众项目, 天际项目 and the companies 合众, 天际):
    the word is one noun or name jieba gives, rarer than a common word, and no category of works
    ("重点项目", "民生项目"), industry, place or verb ("强化项目建设")."""
    out = []
    text = ctx.text
    for a, b in _trade_names_before_works(text):
        word = ctx.token_starting_at(a)
        if (word is None or word.end != b or not word.pos.startswith(("n", "j")) or word.word in _not_trade_names() or _common_or_place(word.word)
                or ctx.taken(a, b, (PLACE,)) or word.word[-1] in lexicons.word_set("org_manner_finals.txt")):
            continue  # "总部型、创新型项目", "示范性项目": a kind or manner (…型, …性, …式), no trade name
        if not ctx.taken(a, b + 2, (PROJECT,)):
            out.append(ctx.mention(PROJECT, a, b + 2, source="genre_trade_name_project"))
        if not ctx.taken(a, b, (ORG,)):
            out.append(ctx.mention(ORG, a, b, source="genre_trade_name_project"))
    return out


# ---------------------------------------------------------------- a company's Latin name opening its works

# a word of Latin letters opening a works' name, no letter, figure or joining mark right before or
# after it ("TFT-LCD", "G15", "5G" are parts of a product's or a route's name)
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9\-·.])[A-Za-z]{3,}(?![A-Za-z0-9\-·.])")


@component("genre_latin_brands_opening_works", reads=(ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs_types=(PROJECT,))
def extract_latin_brands_opening_works(ctx: SentenceContext) -> list[Mention]:
    """The company whose Latin-letter name opens a works' name that closes with the head of a company's
    site (org_latin_brand_works_heads.txt: "ABB工业园", "某某杭州研发中心", "某某全球…研发总部": ANNOTATION
    rule 8, a company's name inside its works'), three letters or more and no acronym of a technology,
    product or mode (org_not_company_acronyms.txt: "LED产业园", "PPP项目")."""
    heads = tuple(lexicons.words("org_latin_brand_works_heads.txt"))
    not_companies = lexicons.word_set("org_not_company_acronyms.txt")
    out = []
    for p in (m for m in ctx.found if m.type == PROJECT):
        latin = _LATIN_WORD.match(ctx.text, p.local_start)
        if latin is None or latin.group() in not_companies or latin.group().upper() in not_companies:
            continue
        works = without_phase(ctx.text[latin.end():p.local_end])
        if not CJK.match(works[:1]) or not works.endswith(heads) or ctx.taken(latin.start(), latin.end(), (ORG,)):
            continue
        out.append(ctx.mention(ORG, latin.start(), latin.end(), source="genre_latin_brand"))
    return out




# ---------------------------------------------------------------- a division's state-owned investor

@functools.lru_cache(maxsize=1)
def _state_investor_name() -> re.Pattern[str]:
    """After a division's name: its sectors (genre_investor_sectors.txt) and an investor's form
    (投资集团, 发展投资集团, 建设投资有限公司…), the whole of a local state-owned investor's name."""
    sectors = lexicons.alternation("genre_investor_sectors.txt")
    return re.compile(rf"(?:{sectors})+(?:发展|开发)?投资(?:控股|发展)?(?:集团有限公司|集团|有限公司|公司)")


@component("genre_state_investors", reads=(PLACE, ORG), assigns=(ORG,), after=("projects",), needs=("投资",))
def extract_state_investors(ctx: SentenceContext) -> list[Mention]:
    """A division's state-owned investment group or company named in full: the division, the sectors
    it invests in and its investor's form ("甘肃省公路航空旅游投资集团", "某市科技城发展投资集团": the
    genre's partners and co-investors, whose sector words other rules take for works or stop at)."""
    out = []
    for place in (m for m in ctx.found if m.type == PLACE and place_lexicon_pattern().fullmatch(m.text)):
        name = _state_investor_name().match(ctx.text, place.local_end)
        if name is None or not name_ends_at(ctx, name.end()) or ctx.taken(place.local_start, name.end(), (ORG,)):
            continue
        out.append(ctx.mention(ORG, place.local_start, name.end(), source="genre_state_investor"))
    return out


@component("genre_works_bracketing_place", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=("(",), needs_types=(PLACE,))
def extract_works_bracketing_place(ctx: SentenceContext) -> list[Mention]:
    """A works named by its kind (genre_bracketed_site_heads.txt) with the place it is in bracketed after
    it, its name from the clause's or list item's start past the verbs that open it ("推进国家数据标注基地
    (成都)和省级数据标注基地建设", "省职教城(清远)初具规模"): one works, name and bracket, which the graph
    links to the bracketed place (ANNOTATION rule 8). The bracket holds one place found and nothing else."""
    out = []
    text = ctx.text
    heads = tuple(lexicons.words("genre_bracketed_site_heads.txt"))
    for m in re.finditer(r"\(([^()]{2,8})\)", text):
        o, c = m.start(), m.end()
        if not any(p.type == PLACE and p.local_start == o + 1 and p.local_end == c - 1 for p in ctx.found):
            continue
        a = past_list_openers(text, clause_start(text, o, _PLACE_LIST_CLAUSE_MARKS + "、和"))
        name = text[a:o]
        if not (name.endswith(heads) and 3 <= len(name) <= 12 and re.fullmatch(f"[{CJK_CHARS}]+", name)) \
                or ctx.taken(a, o, (ORG,)) or ctx.taken(a, c, (PROJECT,)) and not ctx.found_at(a, o, PROJECT):
            continue
        out.append(ctx.mention(PROJECT, a, c, source="genre_works_bracketing_place"))
    return out
