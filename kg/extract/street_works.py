"""The works done on a list of streets named together ("完成中江大道、长江路、九华北路改造",
"完成杜甫路、新兴路改造", "完成解放路、迎宾路、凤凰路立面和交通改造"): one works, named by the
list and the action done on them all, as a list of rivers and the treatment done on them is
(kg.extract.genre.extract_place_works); each street is a place the works is in (ANNOTATION rule 8).
A street alone is kg.extract.streets' (a place) or the projects rule's (a street built); the list
must name streets only, each by kg.extract.streets.street_at, and the action must close the clause
or go on to a stage ("…改造完成"): "改造胜利大街、哈萨尔大街" (the verb first) and "胜利大街、西大街
等主干道路的综合改造" (a count of a kind) are other rules'."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg import lexicons
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext, triggers
from kg.extract.place_bounds import division_opening
from kg.extract.place_lists import ITEM_MARK as _ITEM_MARK, a_listed_name, actions, listed_spans, past_list_openers, place_kinds
from kg.extract.registry import component
from kg.extract.streets import street_at
from kg.text.lookup import alternation_pattern
from kg.text.names import CJK_CHARS, all_cjk

_CLAUSE_MARKS = "，,；;。：:！!？?"
_QUALIFIER = 4  # characters of what is worked on, before the action ("立面和交通改造", "景观提升")


@functools.lru_cache(maxsize=1)
def _actions() -> re.Pattern[str]:
    """The action done on the streets (genre_place_works_actions.tsv's "street"), with what is worked on
    before it ("立面和交通"), closing the clause or followed by a stage (project_sentence_build_words.txt)."""
    street_actions = alternation_pattern(actions("street"))
    stages = alternation_pattern(lexicons.words("project_sentence_build_words.txt"))
    part = rf"(?:(?![和及与等的])[{CJK_CHARS}]){{1,{_QUALIFIER}}}"
    return re.compile(rf"(?:{part}和)?(?:{part})??(?:{street_actions})(?:工程|项目)?(?=[{_CLAUSE_MARKS}]|$|{stages})")


def _listed_streets(ctx: SentenceContext, end: int) -> list[tuple[int, int]]:
    """The spans of the 、-list of streets that ends at `end` and opens its clause (past its verbs);
    [] when any item is no street's name or the list has one item."""
    return _listed_items(ctx, end, lambda x, y: street_at(ctx.text, x, y))


def _listed_items(ctx: SentenceContext, end: int, is_item: Callable[[int, int], bool],
                  openers: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans of the 、-list that ends at `end` and opens its clause (past its verbs, those of the
    genre and `openers`); [] when any item is not `is_item` or the list has one item."""
    items = listed_spans(ctx.text, end, _CLAUSE_MARKS, lambda a: past_list_openers(ctx.text, a, openers))
    if len(items) < 2 or not all(is_item(x, y) for x, y in items):
        return []
    return items


@component("street_list_works", reads=(PLACE, PROJECT), assigns=(PLACE, PROJECT), after=("projects",),
           needs=actions("street"))
def extract_street_list_works(ctx: SentenceContext) -> list[Mention]:
    """The list of streets and the action done on them all is one works; each street not found is a place."""
    out: list[Mention] = []
    text = ctx.text
    for b in sorted(_street_ends(text)):
        works = _actions().match(text, b)
        if works is None or text[b:b + 1] in "和及与":
            continue
        items = _listed_streets(ctx, b)
        if not items:
            continue
        out.append(ctx.mention(PROJECT, items[0][0], works.end(), source="street_list_works"))
        out.extend(ctx.mention(PLACE, x, y, source="street_list_works") for x, y in items
                   if not ctx.found_at(x, y, PLACE))
    return out


def _street_ends(text: str) -> set[int]:
    """Where a street's head ends with no list mark after it: the ends of the lists' last items."""
    return {m.end() for m in _street_head_pattern().finditer(text) if text[m.end():m.end() + 1] != _ITEM_MARK}


@functools.lru_cache(maxsize=1)
def _street_head_pattern() -> re.Pattern[str]:
    return re.compile(alternation_pattern(lexicons.words("place_street_heads.txt")))


@functools.lru_cache(maxsize=1)
def _place_actions() -> re.Pattern[str]:
    """The action done on a list of places (genre_place_works_actions.tsv: all roles), with what is
    worked on before it ("水环境", "滨海岸线", "矿山复绿"),
    closing the clause or followed by a stage; not the surroundings of the places ("周边城市更新")."""
    done = alternation_pattern(sorted({*actions(), *actions("street"), *actions("list")}))
    around = alternation_pattern(lexicons.words("genre_listed_place_surroundings.txt")
                                 + lexicons.words("place_reaches.txt"))
    stages = alternation_pattern(lexicons.words("project_sentence_build_words.txt"))
    part = rf"(?!{around})(?:(?![和及与等的])[{CJK_CHARS}]){{1,{_QUALIFIER}}}"
    return re.compile(rf"(?:{part})??(?:{done})(?:工程|项目)?(?=[{_CLAUSE_MARKS}]|$|{stages})")


@functools.lru_cache(maxsize=1)
def _place_kinds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings of listed places and of listed sites that are no places of their own
    (genre_place_works_kinds.tsv's "listed" and "site")."""
    return place_kinds("listed"), place_kinds("site")


def _is_listed_place(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a place listed before the works on them all: a place found there, a street, or a
    short name ending in the kind of a place or a site ("镜湖", "芙蓉溪", "雕塑公园")?"""
    name = ctx.text[a:b]
    if not a_listed_name(name, "和与及的等"):
        return False
    places, sites = _place_kinds()
    if name[:2] in triggers():
        return False  # a verb no opener took ("开展马栏河"): not a name
    return (ctx.found_at(a, b, PLACE) or street_at(ctx.text, a, b)
            or any(name.endswith(k) and len(name) > len(k) for k in places + sites))


@component("place_list_works", reads=(PLACE, PROJECT), assigns=(PLACE, PROJECT), after=("street_list_works",),
           needs=(_ITEM_MARK,))
def extract_place_list_works(ctx: SentenceContext) -> list[Mention]:
    """The works done on a 、-list of places named together is one works named by the list and the
    action, as a list of streets' is ("完成镜湖、银湖水环境综合治理", "实施大沙河、登沙河流域治理",
    "完成雕塑公园、神山公园提升改造": pool u44's wuhu, dalian, mianyang, sanya, binhai, changxing and
    gongyi reports); each item named by a place's kind that no rule found is a place."""
    out: list[Mention] = []
    text = ctx.text
    starts: set[int] = set()
    ends = sorted(_place_item_ends(ctx))
    for b in ends:
        works = _place_actions().match(text, b)
        if works is None or text[b:b + 1] in "、和及与" or _name_runs_on(ctx, b, ends):
            continue
        items = _listed_items(ctx, b, functools.partial(_is_listed_place, ctx), _trigger_openers())
        if not items or items[0][0] in starts or _divisions_only(text, items) or _share_a_head(text, items, b):
            continue
        starts.add(items[0][0])
        # "甲公园、乙公园完成提质改造" (also where the last park's head was read with the action, "乙|公园完成…"):
        # the places finished it, no name (each site is its own works: kg.extract.upgraded_site_lists)
        if not (text.startswith(_finishing_words(), b) or any(w in works.group(0) for w in _finishing_words())):
            out.append(ctx.mention(PROJECT, items[0][0], works.end(), source="place_list_works"))
        for x, y in items:
            if not text[x:y].endswith(_place_kinds()[0]):
                continue
            # an item opening with its county written with its level ("某某县甲河"): the county and
            # the place in it, two places (place_bounds.division_opening)
            k = division_opening(text[x:y])
            pieces = [(x, x + k), (x + k, y)] if k else [(x, y)]
            out.extend(ctx.mention(PLACE, a, b, source="place_list_works", composite=_named_after_a_feature(text[a:b]))
                       for a, b in pieces if not ctx.found_at(a, b, PLACE))
    return out


def _name_runs_on(ctx: SentenceContext, b: int, ends: list[int]) -> bool:
    """Does the last item's name run on past b to a listed kind of two characters or more that the action
    follows ("枇杷山|公园提质改造", "某沟|寺公园改造提升": a place or kind found inside the park's name)? The
    item is then the longer name, read at its own end. Not a kind of one character, which may open the
    action's own words ("某龙河|河道治理", "某西河|某河段综合整治")."""
    kinds = tuple(k for k in _place_kinds()[0] + _place_kinds()[1] if len(k) > 1)
    text = ctx.text
    return any(b < c <= b + _QUALIFIER and all_cjk(text[b:c]) and text.endswith(kinds, b, c)
               and _place_actions().match(text, c) and _listed_items(ctx, c, functools.partial(_is_listed_place, ctx),
                                                                     _trigger_openers()) for c in ends)


def _named_after_a_feature(name: str) -> bool:
    """Is the listed place a park or site named after the feature before its head (place_feature_sites_after.txt:
    "某湖公园", "某河湿地公园")? The feature inside stays a place of its own (ANNOTATION rule 8): the item's
    mention is composite."""
    return name.endswith(tuple(lexicons.words("place_feature_sites_after.txt")))


@functools.lru_cache(maxsize=1)
def _finishing_words() -> tuple[str, ...]:
    """Verbs of finishing (genre_completion_openers.txt: 完成, 全面完成) that may stand between the listed
    places and the action: the places are then the clause's subject, the action what was done at each
    ("某公园、某公园完成提质改造"), and list and action together name no works as written."""
    return tuple(sorted(lexicons.words("genre_completion_openers.txt"), key=len, reverse=True))


def _share_a_head(text: str, items: list[tuple[int, int]], b: int) -> bool:
    """Do the items share the head of a works named by its kind of place ("鹤鸣、青峦水库除险加固"): the
    kind (genre_place_works_kinds.tsv's own, 水库) follows the last item, or ends it while an earlier item
    names no kind? Then the works are named to the head, each its own (the shared-head rule of
    kg.extract.projects), not one works of places named together ("完成镜湖、银湖水环境综合治理" is)."""
    heads, any_kind = place_kinds(), place_kinds() + place_kinds("listed") + place_kinds("site")
    last = text[items[-1][0]:items[-1][1]]
    if text.startswith(heads, b) and not last.endswith(any_kind):
        return True
    return last.endswith(heads) and any(not text[x:y].endswith(any_kind) for x, y in items[:-1])


def _divisions_only(text: str, items: list[tuple[int, int]]) -> bool:
    """Does the list name divisions only (genre_place_works_kinds.tsv's "division")? Then the action is
    each one's."""
    kinds = place_kinds("division")
    return all(text[x:y].endswith(kinds) for x, y in items)


@functools.lru_cache(maxsize=1)
def _trigger_openers() -> tuple[str, ...]:
    """The verbs of two characters that may open the list of places ("开展马栏河、春柳河综合治理")."""
    return tuple(sorted(w for w in triggers() if len(w) == 2))


def _place_item_ends(ctx: SentenceContext) -> set[int]:
    """Where a listed place may end: a place found, or a place's or a site's kind."""
    return {m.local_end for m in ctx.found if m.type == PLACE} | {m.end() for m in _kind_pattern().finditer(ctx.text)}


@functools.lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern[str]:
    places, sites = _place_kinds()
    return re.compile(alternation_pattern(list(places + sites)))


@functools.lru_cache(maxsize=1)
def _site_kind_works() -> re.Pattern[str]:
    """等, a kind of site (genre_listed_site_kinds.txt), then 项目/工程 or an action done on places with
    what is worked on before it, closing the clause or followed by a stage."""
    kinds = alternation_pattern(lexicons.words("genre_listed_site_kinds.txt"))
    done = alternation_pattern(sorted({*actions(), *actions("street"), *actions("list")}))
    stages = alternation_pattern(lexicons.words("project_sentence_build_words.txt"))
    part = rf"(?:(?![和及与等的])[{CJK_CHARS}]){{1,{_QUALIFIER}}}"
    return re.compile(rf"等(?:{kinds})(?:(?:{part})??(?:{done})(?:工程|项目)?(?=[{_CLAUSE_MARKS}]|$|{stages})|工程|项目)")


@component("site_kind_list_works", reads=(PLACE, PROJECT, ORG), assigns=(PLACE, PROJECT), after=("place_list_works",),
           needs=("等",))
def extract_site_kind_list_works(ctx: SentenceContext) -> list[Mention]:
    """Sites listed by their places' bare names before 等 and their kind, and the action done on them all
    ("实施赵口、陆浑、渠村等灌区现代化改造"; gs 2026 "争取后安、公婆泉、钱阳山等煤矿项目核准"): one works
    named by the list, the kind and the action, as a list of places' is (extract_place_list_works);
    each bare name, of a place's shape and taken by no organization, is a place the works is in."""
    out: list[Mention] = []
    text = ctx.text
    for works in _site_kind_works().finditer(text):
        b = works.start()
        items = _listed_items(ctx, b, lambda x, y: a_listed_name(text[x:y], "和与及的等") and y - x <= 3
                              and not ctx.taken(x, y, (ORG,)), _trigger_openers())
        if not items or text[items[0][0]:items[0][0] + 2] in triggers():
            continue
        if works.group().endswith(("项目", "工程")) and works.group()[1:-2] in lexicons.word_set("project_list_kinds.txt"):
            continue  # "争取后安、公婆泉、钱阳山等煤矿项目核准": no action done on them all, each item one works of the kind (project_kind_lists)
        out.append(ctx.mention(PROJECT, items[0][0], works.end(), source="site_kind_list_works"))
        out.extend(ctx.mention(PLACE, x, y, source="site_kind_list_works") for x, y in items if not ctx.found_at(x, y, PLACE))
    return out
