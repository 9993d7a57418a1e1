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

from kg import lexicons
from kg.extract.base import PLACE, PROJECT, Mention, SentenceContext
from kg.extract.registry import component
from kg.extract.streets import street_at
from kg.text.lookup import alternation_pattern, clause_start
from kg.text.names import CJK_CHARS

_ITEM_MARK = "、"
_CLAUSE_MARKS = "，,；;。：:！!？?"
_QUALIFIER = 4  # characters of what is worked on, before the action ("立面和交通改造", "景观提升")


@functools.lru_cache(maxsize=1)
def _actions() -> re.Pattern[str]:
    """The action done on the streets (genre_street_list_works.txt), with what is worked on before it
    ("立面和交通"), closing the clause or followed by a stage (project_sentence_build_words.txt)."""
    actions = alternation_pattern(lexicons.words("genre_street_list_works.txt"))
    stages = alternation_pattern(lexicons.words("project_sentence_build_words.txt"))
    part = rf"(?:(?![和及与等的])[{CJK_CHARS}]){{1,{_QUALIFIER}}}"
    return re.compile(rf"(?:{part}和)?(?:{part})??(?:{actions})(?:工程|项目)?(?=[{_CLAUSE_MARKS}]|$|{stages})")


@functools.lru_cache(maxsize=1)
def _openers() -> tuple[str, ...]:
    """The verbs that open the list (genre_list_openers.txt, genre_build_openers.txt), longest first."""
    words = lexicons.words("genre_list_openers.txt") + lexicons.words("genre_build_openers.txt")
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _listed_streets(ctx: SentenceContext, end: int) -> list[tuple[int, int]]:
    """The spans of the 、-list of streets that ends at `end` and opens its clause (past its verbs);
    [] when any item is no street's name or the list has one item."""
    text = ctx.text
    a = clause_start(text, end, _CLAUSE_MARKS)
    while (lead := next((w for w in _openers() if text.startswith(w, a)), None)) is not None:
        a += len(lead)
    items = []
    for part in text[a:end].split(_ITEM_MARK):
        items.append((a, a + len(part)))
        a += len(part) + 1
    if len(items) < 2 or not all(street_at(text, x, y) for x, y in items):
        return []
    return items


@component("street_list_works", reads=(PLACE, PROJECT), assigns=(PLACE, PROJECT), after=("projects",),
           needs=tuple(lexicons.words("genre_street_list_works.txt")))
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
