"""Works listed by their kind: the items of "A、B等[一批|N个…]KIND" where KIND is a kind of works
(水电站, 高速公路, 公园, 酒店…: `project_list_kinds.txt`) and the clause builds, opens or runs them.
Each item names one works of that kind without its head ("龙潭、黑石峡等大型水电站投产发电",
"成南扩容、九绵等高速公路通车运行"). Lists labelled 项目, 工程, 设施 or 平台 are read in projects.py."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import WORKS_BY_KIND as LIMITS
from kg.extract.base import CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, list_items, name_start
from kg.extract.genre import CAPACITY_UNITS, names_capacity_owner
from kg.extract.projects import is_generic
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern, clause_start
from kg.text.names import CJK_CHARS


# a count or 一批 between 等 and a list's kind or label ("等一批", "等30个"; 件 counts water works in the
# south-west's reports: "…等6件小型病险水库除险加固工程")
_COUNT = r"(?:\d+[余多]?[个条座项家处件]|[一二三四五六七八九十两]+[个条座项家处件]|一批)?"


@functools.lru_cache(maxsize=1)
def _kind_list_pattern() -> re.Pattern[str]:
    item = rf"[{CJK_CHARS}A-Za-z0-9“”()]{{2,{LIMITS.item_chars}}}"
    # a count or 一批 (_COUNT) and a few qualifying words between 等 and the kind ("等一批高品质酒店")
    # a route list's length after its count ("等5条312公里高速公路", "等9条、268公里高速公路")
    units = alternation_pattern(lexicons.words("project_list_length_units.txt"))
    length = rf"(?:(?<=[个条座项处])、?\d+(?:\.\d+)?[余多]?(?:{units}))?"
    kinds = alternation_pattern(lexicons.words("project_list_kinds.txt"))
    kind = rf"(?:(?![、和及等])[{CJK_CHARS}]){{0,{LIMITS.kind_qualifier_chars}}}?(?:{kinds})"
    # without 等, a list of two items or more closed by its count ("甲乙、丙丁两条高速公路")
    counted = r"(?:\d+|[一二三四五六七八九十两]+)[个条座项处件]"
    return re.compile(rf"((?:{item}[、及])*{item})等{_COUNT}{length}{kind}|((?:{item}、)+{item}){counted}{length}{kind}")


@functools.lru_cache(maxsize=1)
def _kind_words() -> re.Pattern[str]:
    """Any of the kinds a list's label ends in (project_list_kinds.txt): the pre-filter of the
    pattern above, which backtracks through every 、 of a sentence without one (~13× the cost)."""
    return re.compile(alternation_pattern(lexicons.words("project_list_kinds.txt")))


@component("project_kind_lists", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("projects", "companies_listed_as_works"), needs=("等", "、"))
def extract_kind_lists(ctx: SentenceContext) -> list[Mention]:
    """The items of a list of works labelled by their kind, in a clause that builds or runs them."""
    if _kind_words().search(ctx.text) is None:
        return []  # every list the pattern matches ends in a kind: without one, its search is only slow
    out = []
    last_end = -2
    for m in _kind_list_pattern().finditer(ctx.text):
        group = 1 if m.group(1) else 2
        items = list_items(ctx, m, group, seps="、及", **LIMITS.first_item.limits)
        if m.start(group) == last_end + 1 and ctx.text[last_end] == "、":
            # "…等4个215公里高速公路、G2XX甲乙至丙丁等一批干线公路": a list right after another's kind
            # begins after the 、 that joins them
            items[0] = (m.start(group), items[0][1])
        last_end = m.end()
        items[0] = (_route_start(ctx, *_over_upgrade_head(ctx, m, group, *items[0])), items[0][1])
        items = _split_joined(ctx, items)
        if not _clause_builds(ctx, items[0][0], m.end()):
            continue
        for a, b in items:
            if a > 0 and ctx.text[a - 1] in _ROUTE_JOINTS:
                continue  # "…甲县乙镇至丙村等一批干线公路": the walk stopped at the joint, the item is half a route
            if _names_one_works(ctx, a, b):
                out.append(ctx.mention(PROJECT, a, b, source="kind_list"))
    return out


_ROUTE_JOINTS = "至"


def _over_upgrade_head(ctx: SentenceContext, m: re.Match, group: int, a: int, b: int) -> tuple[int, int]:
    """The first item of the list when the walk back stopped at its own last word, a works word the
    segmenter tags as a head ("推进成南扩容、九绵等高速公路", "京港澳和沪昆扩容、张官等17条高速公路": 扩容, 扩能):
    the walk again, over heads, to the verb or mark before the item; else the item as walked."""
    if a < b or b - m.start(group) < 3:
        return a, b
    a = name_start(ctx, b, **LIMITS.first_item.limits, through_heads=True, strict=False)
    joint = ctx.token_starting_at(a - 1) if a >= 1 else None
    if joint is not None and joint.word == "和" and m.group().endswith(_route_kinds()):
        # "京港澳和沪昆扩容、张官等17条高速公路": two routes joined by 和, each by its ends' first characters
        before = name_start(ctx, a - 1, **LIMITS.first_item.limits)
        low, high = LIMITS.route_abbreviation_chars
        if low <= a - 1 - before <= high and re.fullmatch(f"[{CJK_CHARS}]+", ctx.text[before:a - 1]):
            a = before
    return a, b


def _route_start(ctx: SentenceContext, a: int, b: int) -> int:
    """A first item named by a route's two ends begins at the first end ("宜州至河池、六寨至河池等两条
    高速公路": the walk back stops at 至): the place before 至 joins it, not a verb or a count."""
    if a < 3 or ctx.text[a - 1] != "至":
        return a
    start = name_start(ctx, a - 1, **LIMITS.first_item.limits)
    return start if 2 <= a - 1 - start <= 4 and re.fullmatch(f"[{CJK_CHARS}]+", ctx.text[start:a - 1]) else a


def _split_joined(ctx: SentenceContext, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items joined by 和 inside one of the list's items ("南山花园和山阳隆元基曼斯") are two, when
    each side is a name of two characters or more (和 opening a word, "和平", is not a joint)."""
    out = []
    for a, b in items:
        joint = ctx.text.find("和", a, b)
        if joint - a >= 2 and b - joint > 2 and ctx.token_starting_at(joint) is not None and ctx.token_starting_at(joint).word == "和":
            out += [(a, joint), (joint + 1, b)]
        else:
            out.append((a, b))
    return out


def _clause_builds(ctx: SentenceContext, a: int, b: int, window: int = LIMITS.stage_after_chars) -> bool:
    """Does the clause build, open or run the works listed at text[a:b]? A stage word soon after the
    kind, within `window` characters ("等世界级水电站投产发电", "等一批公园和滨水设施建成开放"), or, where the kind closes the
    clause or is joined to another kind, one before the list ("改造完成G207、…等15条国省道。"); not where the kind goes on to what
    is done to them ("加快…等酒店星级创评工作")."""
    text = ctx.text
    stages = lexicons.words("project_list_stage_words.txt")
    end = ctx.sentence.clause_at(b, "，。；,;")[1]
    if any(w in text[b:min(end, b + window)] for w in stages):
        return True
    if text[b:end].strip("项目工程建设") != "" and not text.startswith(("和", "及", "以及", "、"), b):
        return False  # the kind goes on to what is done to them; a second kind may follow ("…设施和15个…平台",
        # "…等3条高速公路、甲乙至丙丁等一批干线公路建设")
    start = clause_start(text, a, "，。；,;：:")
    while start >= 2 and text[start - 1] in "，," and text[:start - 1].endswith(lexicons.words("project_list_kinds.txt")) \
            and not any(w in text[start:a] for w in stages):
        # "加快邵永、…等6条高铁，京港澳和沪昆扩容、张官等17条高速公路": a list of works of one kind after a comma
        # that closes another list's kind is the same verb's second object; the verb stands before the first
        a, start = start - 1, clause_start(text, start - 1, "，。；,;：:")
    return any(w in text[start:a] for w in stages)



def _found_or_a_kind(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the listed item text[a:b] a works found already, a generic word (generic_projects.txt) or a
    kind of works (project_not_works_kinds.txt: "国道、省道等公路", road classes listed), no name of its own?"""
    item = ctx.text[a:b]
    return _works_found_over(ctx, a, b) or is_generic(item, lexicons.word_set("generic_projects.txt")) \
        or item in lexicons.word_set("project_not_works_kinds.txt")


def _works_found_over(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a works found over text[a:b] or across its bounds? One found inside the item, opening it, is a
    piece of the item's name that a head in it gave ("防城港30万吨级、北海20万吨级等航道": 防城港 by 港), which the
    item's works replaces."""
    return any(m.type == PROJECT and m.local_start < b and a < m.local_end
               and not (m.local_start == a and m.local_end < b) for m in ctx.found)


def _names_one_works(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a name (not category words, an amount, an aim, a project found already)?"""
    item = ctx.text[a:b]
    if b - a < 2 or not (CJK.search(item) or re.search(r"[A-Za-z0-9]", item)):
        return False
    if _found_or_a_kind(ctx, a, b):
        return False
    return "的" not in item and re.search(r"\d+[个条座项家处件]", item) is None


@functools.lru_cache(maxsize=1)
def _shared_heads() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("project_shared_head_kinds.txt"), key=len, reverse=True))


@component("project_shared_head_lists", reads=(PLACE, ORG, PROJECT), assigns=(PLACE, PROJECT), after=("project_kind_lists",), needs=("、",),
           needs_types=(PROJECT,))  # a list before a works found
def extract_shared_head_lists(ctx: SentenceContext) -> list[Mention]:
    """A list of short names sharing the head of a works found at its last item ("甲乙、丙丁水电站投产
    发电", "甲乙、丙丁、戊己水库续建"), in a clause that builds or runs them: the works as the text writes
    them, from the first item to the head ("甲乙、丙丁水电站"), the gold's form for names sharing one head
    ("三台书院、草圭堂维修保护工程", "汕头、湛江临港经济区"); the last item's works stays one of its own.
    No short name alone is a works: an item is a place (ANNOTATION rule 8) where the last item's short
    name is one (the items of one list are names of one sort: "青石、白马、黄岭水库")."""
    text = ctx.text
    lo, hi = LIMITS.shared_item_chars
    out = []
    for m in [m for m in ctx.found if m.type == PROJECT]:
        a, b = m.local_start, m.local_end
        if a < 1 or text[a - 1] not in "、和":
            continue
        head = next((h for h in _shared_heads() if text.find(h, a + lo, min(b, a + hi + len(h))) >= 0), None)
        last = _last_item(text, a, b, head, lo, hi) if head else None
        if last is None:
            continue
        items, end = [], a - 1
        while True:  # the items before the last, right to left: each between two 、 (the last may follow 和), the first where a name starts
            prev = text.rfind("、", 0, end)
            clause = clause_start(text, end, "，。；,;：:")
            first = prev < clause
            start = max(clause, name_start(ctx, end, **LIMITS.first_item.limits)) if first else prev + 1
            if not first and "的" in text[start:end]:  # "…占比最高、总投资近2000亿元的甲乙、丙丁基地": the 、 before
                start, first = text.rfind("的", start, end) + 1, True  # is the description's; the list opens after 的
            if items and _works_ends_at(ctx, clause, end):
                break  # a works of its own before the list ("甲乙二期、丙丁、戊己水库新建"): the list begins after it
            if not lo <= end - start <= hi or not re.fullmatch(f"[{CJK_CHARS}]+", text[start:end]):
                items = []  # an item too long for a short name: a list of other words ("城区道路改造、甲乙、丙丁水库")
                break
            items.append((start, end))
            if first:
                break
            end = prev
        if not items or (text[a - 1] == "和" and len(items) < 2):
            continue  # two names joined by 和 are read in projects.py (coordination)
        if not (_label_then_stage(ctx, items[-1][0], last, head) if text.startswith("等", last)
                else _clause_builds(ctx, items[-1][0], last) or last != b and _clause_builds(ctx, items[-1][0], b)):
            continue  # a list closed by 等 is built as its label is: the stage window of the head would reach into the label
        if not all(_is_item_name(ctx, s, e) for s, e in items):
            continue
        start = items[-1][0]
        if any(x.type == PROJECT and x.local_start <= start and x.local_end >= b for x in [*ctx.found, *out]):
            continue  # the whole list is a works found already ("南阳、信阳、周口机场改扩建")
        out.append(ctx.mention(PROJECT, start, b, source="shared_head_list", composite=True))
        if not ctx.found_at(a, last - len(head), PLACE):  # the last item's short name
            continue
        for s, e in items:
            if not ctx.taken(s, e, (PLACE, ORG)) and not any(x.local_start == s and x.local_end == e for x in out):
                out.append(ctx.mention(PLACE, s, e, source="shared_head_list"))
    return out


def _label_then_stage(ctx: SentenceContext, a: int, b: int, head: str) -> bool:
    """Is the list at text[a:b] closed by 等 and a label of works of its kind — a count and a kind
    ("等30个在建大中型工程", "等一批断头路、瓶颈路") or the head's kind ("等中型水库") — and does the clause
    build them: a stage word as the label's predicate, right after it ("…等12处中型工程抓紧实施",
    "…高速等一批断头路、瓶颈路建设加快"), not one further on that belongs to another noun ("等中型水库的
    防汛调度运用方案全面实施", "等违法建设项目全部清理"); or, where the label closes the clause, one before
    the list (_clause_builds, with the label's window)."""
    m = _label_pattern(head).match(ctx.text, b)
    return m is not None and _clause_builds(ctx, a, m.end(), window=LIMITS.label_stage_chars)


@functools.lru_cache(maxsize=16)
def _label_pattern(head: str) -> re.Pattern[str]:
    """等, a count or none, and one label or more joined by 、 or 和, each a few qualifying words and a
    kind: the list's head, a kind of project_list_kinds.txt or a word of project_list_label_kinds.txt."""
    kinds = alternation_pattern(lexicons.longest_first([head, *lexicons.words("project_list_kinds.txt"),
                                                        *lexicons.words("project_list_label_kinds.txt")]))
    label = rf"(?:(?![、和及等的])[{CJK_CHARS}]){{0,{LIMITS.kind_qualifier_chars}}}(?:{kinds})"
    return re.compile(rf"等{_COUNT}{label}(?:[、和]{label})*")


def _works_ends_at(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does a works found already end at `b` (a 、), inside the clause beginning at `a`, with a head or
    phase of its own ("甲乙二期", "甲乙机场三期"; not a place named by a head, "甲乙庙"): a list sharing
    a head may follow it."""
    return any(m.type == PROJECT and a <= m.local_start and m.local_end == b and not ctx.found_at(m.local_start, b, PLACE)
               for m in ctx.found)


def _last_item(text: str, a: int, b: int, head: str, lo: int, hi: int) -> int | None:
    """Where the head shared by the list ends, when the works at text[a:b] is a short name and that
    head (and perhaps a stage of its works: "丙丁水库续建" is no part of the name) — else None."""
    at = text.find(head, a + lo, min(b, a + hi + len(head)))
    if at < 0 or not lo <= at - a <= hi:
        return None
    return at + len(head)


def _is_item_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a short name of its own: a place or body found there ("西岭"), or a name that is no
    kind, part or phase ("二期", "城东"), nor a works found already?"""
    item = ctx.text[a:b]
    if ctx.found_at(a, b, PLACE) and ctx.found_at(a, b, PROJECT) and not any(h in item for h in _shared_heads()):
        return True  # a place named by a head of its own ("甲乙庙"), read as a works too, is the list's item;
        # not a works of the list's kind ("甲乙机场、丙丁机场": each carries its head)
    if _found_or_a_kind(ctx, a, b):
        return False
    word = ctx.token_at(a, b)
    if word is not None and word.pos in ("v", "vn", "vd", "vi"):
        return False  # "…全面投产、乙丙水电站": the item is the last clause's predicate, no name
    return ctx.found_at(a, b, PLACE) or ctx.found_at(a, b, ORG) or _PART_OR_PHASE.search(item) is None


# a part or phase of works named before ("二期", "东段", "新线"), no name of its own: an ending that
# names one, or an opening numeral, side or age (project_list_part_openings.txt)
_PART_OR_PHASE = re.compile(rf"[期段线号]$|^[{lexicons.characters('project_list_part_openings.txt')}]")


@functools.lru_cache(maxsize=1)
def _capacity_list_pattern() -> re.Pattern[str]:
    """"A300万吨、B90万吨、C150万吨KIND": two items or more, each an owner's name and a capacity, the
    last followed by the kind of plant they all are (project_capacity_list_kinds.txt)."""
    lo, hi = LIMITS.capacity_owner_chars
    item = rf"[{CJK_CHARS}]{{{lo},{hi}}}\d+(?:\.\d+)?万?(?:{CAPACITY_UNITS})"
    kinds = alternation_pattern(lexicons.words("project_capacity_list_kinds.txt"))
    return re.compile(rf"((?:{item}、)+{item})(?:{kinds})")


@functools.lru_cache(maxsize=1)
def _capacity_kinds() -> re.Pattern[str]:
    """Any kind of plant a capacity list ends in (project_capacity_list_kinds.txt): the pre-filter
    of the pattern above (~10× the cost where no kind is named)."""
    return re.compile(alternation_pattern(lexicons.words("project_capacity_list_kinds.txt")))


# the units of genre_capacity_works (genre_capacity_units.txt: 吨, 千瓦, MW…), one list for both rules
_CAPACITY = re.compile(rf"\d+(?:\.\d+)?万?(?:{CAPACITY_UNITS})$")


def _names_a_mode(owner: str) -> bool:
    """Does `owner`, before a capacity, name a mode of building (a word ending in 式: "集中式",
    "分布式"; project_capacity_modes.txt: "户用", "整县") rather than the plant's owner?"""
    return owner.endswith(("式", *lexicons.words("project_capacity_modes.txt")))


@component("project_capacity_lists", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("project_shared_head_lists",),
           needs=("、", "万"))
def extract_capacity_lists(ctx: SentenceContext) -> list[Mention]:
    """The plants of a list sized by their capacity that share a kind written once after the last
    ("加快甲煤业300万吨、乙能源90万吨、丙丁150万吨矿井建设": 甲煤业300万吨, 乙能源90万吨 and
    丙丁150万吨矿井 are three works), in a clause that builds them. Each item is named as written;
    an item found already (genre_capacity_works) is kept as found."""
    text = ctx.text
    if _capacity_kinds().search(text) is None:
        return []  # every list the pattern matches ends in a kind: without one, its search is only slow
    lo, hi = LIMITS.capacity_owner_chars
    out = []
    for m in _capacity_list_pattern().finditer(text):
        bounds, start = [], m.start(1)
        for piece in text[m.start(1):m.end(1)].split("、"):
            bounds.append((start, start + len(piece)))
            start += len(piece) + 1
        cap = _CAPACITY.search(text, 0, bounds[0][1])
        first = max(bounds[0][0], name_start(ctx, cap.start(), **LIMITS.first_item.limits))
        bounds[0] = (first, bounds[0][1])
        bounds[-1] = (bounds[-1][0], m.end())
        clause = clause_start(text, first, "，。；,;：:")
        if not _clause_builds(ctx, first, m.end()) or any(w in text[clause:cap.start()] for w in lexicons.words("project_output_words.txt")):
            continue  # no verb builds them, or an output rate opens a list of products ("年产甲2万吨、乙3万吨…")
        owners = [(a, b, _CAPACITY.search(text, 0, b if (a, b) != bounds[-1] else m.end(1)).start()) for a, b in bounds]
        if not any(names_capacity_owner(ctx, a, owner_end) for a, _, owner_end in owners):
            continue  # no owner is a proper name by genre_capacity_works' test: modes or kinds ("集中式300万千瓦、分布式…")
        for a, b, owner_end in owners:
            owner = text[a:owner_end]
            if not lo <= len(owner) <= hi or owner.endswith(tuple(lexicons.words("genre_capacity_totals.txt"))):
                continue  # no owner's name, or an area's total ("新增产能300万吨")
            if _names_a_mode(owner):
                continue  # a mode of building, no owner ("集中式300万千瓦、华能90万千瓦光伏项目")
            if not names_capacity_owner(ctx, a, owner_end, proper="" if a != owners[0][0] else "loose") or ctx.taken(a, b, (PROJECT,)):
                continue  # no word opens it, the first no rare word, an output rate ("年产…"), a place's target, or a works found already
            out.append(ctx.mention(PROJECT, a, b, source="capacity_list"))
    return out


@component("project_listed_place_works", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("project_capacity_lists",),
           needs_types=(PROJECT,))  # a works found at the list's last place
def extract_listed_place_works(ctx: SentenceContext) -> list[Mention]:
    """Places listed bare right before a works found whose name opens with the last of them and goes
    on with what is done there or built at it ("甲湖、乙湖水环境治理工程", "甲山和乙峡景区游客接待中心",
    "甲江、乙江、丙河沿岸截污工程"): one works named with every place, as written, from the first place
    (the gold's "三台书院、草圭堂维修保护工程", "神龟峡和水车坪景区游客接待中心"); the last item's
    works stays one of its own. Only places that are no division nor town (those have works each of
    their own: "周市镇、陆家镇农村环境综合整治", read in projects.py), nor places a service runs to
    ("重庆、成都航线": project_destination_heads.txt)."""
    out = []
    for m in [m for m in ctx.found if m.type == PROJECT]:
        first = _listed_places_start(ctx, m.local_start, m.local_end)
        if first is None or not _shared_works_words(ctx, m):
            continue
        if any(x.type == PROJECT and x.local_start <= first and x.local_end >= m.local_end for x in [*ctx.found, *out]):
            continue  # the whole list is a works found already
        out.append(ctx.mention(PROJECT, first, m.local_end, source="listed_place_works", composite=True))
    return out


def _listed_places_start(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the list of places before the works at text[a:b] begins, when the works' name opens with a
    place found (no division nor town) and every item before it, after 、 (the last may follow 和), is
    such a place as a whole, the first item right after no other list mark; else None."""
    text = ctx.text
    if a < 1 or text[a - 1] not in "、和" or _opening_site_end(ctx, a, b) is None:
        return None
    kind = _kind_of_site_before(ctx, a)
    at, items = a, []
    while at > 0 and text[at - 1] in ("、和" if not items else "、"):
        item = max((p for p in ctx.found if p.local_end == at - 1 and (
            p.type == PLACE and _bare_site(p.text) or kind is not None and _site_of_kind(p, kind))),
                   key=lambda p: p.local_end - p.local_start, default=None)
        if item is None:
            break  # an item that is no place found: a list of works or of other words
        at = item.local_start
        items.append(item)
    if not items or at > 0 and text[at - 1] in "、和" and not (len(items) == 1 and text[a - 1] == "和"):
        return None  # a longer list of other items: the places' works is one item of it, unless two places
        # are joined by 和 inside it ("…基础设施、甲峡和乙坪景区游客接待中心")
    first = at
    return first


def _shared_works_words(ctx: SentenceContext, works: Mention) -> bool:
    """Is what follows the place opening the works' name (the longest place found there) a few words of
    what is done at it, ending in an action or 工程 (project_listed_place_works_ends.txt: "周边环境整治",
    "沿岸截污工程"), no facility or zone of its own ("甲工业园区食品产业园", "甲中学地震遗址保护工程")?"""
    a, b = works.local_start, works.local_end
    opening = _opening_site_end(ctx, a, b) or b
    rest = ctx.text[opening:b].removesuffix("项目")
    return 0 < len(rest) <= LIMITS.listed_place_works_chars and rest.endswith(
        tuple(lexicons.words("project_listed_place_works_ends.txt")))


def _place_opening(ctx: SentenceContext, a: int, b: int) -> int | None:
    """The end of the longest bare site found as a place that opens the works at text[a:b], or None."""
    return max((p.local_end for p in ctx.found
                if p.type == PLACE and p.local_start == a and p.local_end < b and _bare_site(p.text)), default=None)


def _opening_site_end(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the site opening the works at text[a:b] ends: a bare site found as a place there, or else a
    name of the same kind as the site listed right before the works ("甲港、乙港水质综合治理工程",
    "甲水某段、乙水某段防洪治理工程": the kind, the site's last character, written again closes the
    name, which the walk for works may have read as a works of its own); None where neither."""
    opening = _place_opening(ctx, a, b)
    if opening is not None:
        return opening
    kind = _kind_of_site_before(ctx, a)
    if kind is None:
        return None
    lo, hi = LIMITS.listed_site_chars
    e = ctx.text.find(kind, a + lo - 1, min(b - 1, a + hi))
    return e + 1 if e >= 0 and all(CJK.match(c) for c in ctx.text[a:e + 1]) else None


def _kind_of_site_before(ctx: SentenceContext, a: int) -> str | None:
    """The last character of the site listed right before `a` (after 、), when that item is a bare site
    found as a place or a works read from a site's name alone, ending in a natural site's kind
    (project_listed_site_kinds.txt: 港, 江, 湖, 山, 段)."""
    if a < 2 or ctx.text[a - 1] != "、":
        return None
    item = max((p for p in ctx.found if p.type in (PLACE, PROJECT) and p.local_end == a - 1),
               key=lambda p: p.local_end - p.local_start, default=None)
    if item is None or not _site_like(item.text):
        return None
    return item.text[-1]


def _site_like(name: str) -> bool:
    """Is `name` a bare site's name of a few characters ending in a natural site's kind?"""
    lo, hi = LIMITS.listed_site_chars
    return lo <= len(name) <= hi and all(CJK.match(c) for c in name) and _bare_site(name) and name[-1] in _site_kinds()


def _site_of_kind(m: Mention, kind: str) -> bool:
    """Is the found mention `m` a bare site (a place, or a works read from the name alone) of that kind?"""
    return m.type in (PLACE, PROJECT) and m.text.endswith(kind) and _site_like(m.text)


@functools.lru_cache(maxsize=1)
def _site_kinds() -> frozenset[str]:
    return lexicons.word_set("project_listed_site_kinds.txt")


def _bare_site(name: str) -> bool:
    """Is the place named `name` a site of its own (a water, hill, scenic spot), no division (by any name
    of the division tables) nor a town written with its kind ("某某镇")?"""
    return name not in lexicons.divisions_by_name() and not lexicons.town_short(name) and len(name) >= 2


@functools.lru_cache(maxsize=1)
def _route_kinds() -> tuple[str, ...]:
    """The kinds of road and rail a route's name ends in (project_route_kinds.txt), longest first."""
    return lexicons.longest_first(lexicons.words("project_route_kinds.txt"))


@component("project_route_abbreviation_lists", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,),
           after=("project_capacity_lists",), needs=("、",), needs_types=(PROJECT,))  # a route found at the list's end
def extract_route_abbreviation_lists(ctx: SentenceContext) -> list[Mention]:
    """Routes listed before a railway or road found whose name is the first characters of its ends and
    its kind ("今年建成雄商、济滨高铁", "积极推动莱临、德商、日照至五莲、聊邯长铁路纳规"): each item before it is
    one route of that kind, named as the text names it, without the kind (雄商; 日照至五莲), as the items of
    "甲乙、丙丁等N条高铁" are (project_kind_lists). Every item must be such a name or a route by its two
    ends ("日照至五莲"), no place or body found (a list of places sharing a head, "南阳、信阳、周口机场",
    is read in project_shared_head_lists); the last item's works stays one of its own."""
    text = ctx.text
    out = []
    for m in [m for m in ctx.found if m.type == PROJECT]:
        a = m.local_start
        if a < 1 or text[a - 1] != "、":
            continue
        kind = next((k for k in _route_kinds() if m.text.endswith(k)), None)
        if kind is None or not _abbreviated_route(ctx, a, m.local_end - len(kind)):
            continue
        items, end = [], a - 1
        while True:  # the items before the last, right to left, each between two 、, the first where a name starts
            prev = text.rfind("、", 0, end)
            clause = clause_start(text, end, "，。；,;：:")
            first = prev < clause
            if not first and not _listed_route(ctx, prev + 1, end):
                first = True  # "2027年、2028年分别建成津潍、潍宿高铁": a 、 of other words before the list's first item
            start = max(clause, prev + 1, name_start(ctx, end, **LIMITS.first_item.limits)) if first else prev + 1
            items.append((start, end))
            if first:
                break
            end = prev
        if all(_listed_route(ctx, s, e) for s, e in items):
            out += [ctx.mention(PROJECT, s, e, source="route_abbreviation_list") for s, e in reversed(items)
                    if not ctx.taken(s, e, (PROJECT,))]
    return out


def _listed_route(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a route named by its ends' first characters or by its two ends?"""
    return _abbreviated_route(ctx, a, b) or _route_by_its_ends(ctx, a, b)


def _abbreviated_route(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a route named by the first characters of its ends ("济滨", "聊邯长", "长四辽通"): two
    to four characters, no place, body or division's name?"""
    item = ctx.text[a:b]
    lo, hi = LIMITS.route_abbreviation_chars
    return (lo <= b - a <= hi and re.fullmatch(f"[{CJK_CHARS}]+", item) is not None
            and not ctx.taken(a, b, (PLACE, ORG)) and item not in lexicons.divisions_by_name())


def _route_by_its_ends(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a route named by its two ends, joined by 至 ("日照至五莲")?"""
    lo, hi = LIMITS.route_abbreviation_chars
    return re.fullmatch(rf"[{CJK_CHARS}]{{{lo},{hi}}}至[{CJK_CHARS}]{{{lo},{hi}}}", ctx.text[a:b]) is not None


@functools.lru_cache(maxsize=1)
def _staged_list_pattern() -> re.Pattern[str]:
    """A 、-list of two items or more, 等 (a count), an adverb of sequence and a stage that closes it
    (project_list_closing_stages.txt), no kind between: "空客二线、甲乙宇航电源等投产增效"."""
    item = rf"[{CJK_CHARS}A-Za-z0-9·]{{2,{LIMITS.staged_item_chars}}}"
    stages = alternation_pattern(lexicons.longest_first(lexicons.words("project_list_closing_stages.txt")))
    return re.compile(rf"((?:{item}、)+{item})等{_COUNT}(?:相继|陆续|先后)?(?:{stages})")


@component("project_staged_lists", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,),
           after=("project_route_abbreviation_lists",), needs=("等",))
def extract_staged_lists(ctx: SentenceContext) -> list[Mention]:
    """The items of a 、-list that a stage closes right after its 等 ("泰达MSD、海光MALL、…等焕新亮相",
    "甲热电、乙管道三线某段等投运"): each a works being built, opened or put into production, where it is a
    name (not words of a kind, a count, a works found already: `_names_one_works`) and no body or place
    found whole ("…、通用机床研究院等投运": the institute is the body the golds type)."""
    out = []
    for m in _staged_list_pattern().finditer(ctx.text):
        for a, b in list_items(ctx, m, 1, seps="、", **LIMITS.staged_first_item.limits):
            if _names_one_works(ctx, a, b) and not ctx.found_at(a, b, ORG) and not ctx.found_at(a, b, PLACE):
                out.append(ctx.mention(PROJECT, a, b, source="staged_list"))
    return out
