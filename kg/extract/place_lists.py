"""The 、-list of places (rivers, lakes, streets, parks) named before one action done on them all
("完成镜湖、银湖水环境综合治理", "完成中江大道、长江路、九华北路改造"): one way to find its items, one
test of an item's shape, and the lexicons of the actions and of the places' kinds, shared by the rules
that read such lists (kg.extract.genre's genre_place_works and genre_listed_waters,
kg.extract.street_works' street_list_works and place_list_works). Each rule keeps its own openers and
its own test of what an item names."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg import lexicons
from kg.text.lookup import clause_start
from kg.text.names import CJK_CHARS

ITEM_MARK = "、"
# a place listed before the works done on them all: a short name of one run of characters ("永定新河")
LISTED_NAME_CHARS = (2, 6)
_ACTIONS = "genre_place_works_actions.tsv"
_KINDS = "genre_place_works_kinds.tsv"


def listed_spans(text: str, end: int, clause_marks: str, first_item_start: Callable[[int], int],
                 separators: str = ITEM_MARK) -> list[tuple[int, int]]:
    """The spans of the items of the list that ends at `end` and opens its clause (after the last of
    `clause_marks`), split at `separators`; the first item starts at `first_item_start(clause start)`,
    past the verbs that open the clause, which each rule knows."""
    a = first_item_start(clause_start(text, end, clause_marks))
    spans = []
    for part in re.split(f"([{separators}])", text[a:end]):
        if len(part) == 1 and part in separators:
            a += 1
            continue
        spans.append((a, a + len(part)))
        a += len(part)
    return spans


@functools.lru_cache(maxsize=1)
def list_openers() -> tuple[str, ...]:
    """The verbs that open a list (genre_list_openers.txt, genre_build_openers.txt), longest first:
    of places here, of works in kg.extract.listed_works."""
    words = lexicons.words("genre_list_openers.txt") + lexicons.words("genre_build_openers.txt")
    return lexicons.longest_first(words)


def past_list_openers(text: str, a: int, more: tuple[str, ...] = ()) -> int:
    """Where the words at `a` go on past the verbs that open a list (list_openers(), then `more`), one
    after another ("加快推进…", "全面完成…")."""
    openers = list_openers() + more
    while (lead := next((w for w in openers if text.startswith(w, a)), None)) is not None:
        a += len(lead)
    return a


def a_listed_name(name: str, excluded: str = "") -> bool:
    """Has `name` the shape of a listed place's name: LISTED_NAME_CHARS characters of one run, none of
    `excluded` (the words that join or qualify items: "和与及的")?"""
    lo, hi = LISTED_NAME_CHARS
    chars = f"(?![{excluded}])[{CJK_CHARS}]" if excluded else f"[{CJK_CHARS}]"
    return lo <= len(name) <= hi and re.fullmatch(f"(?:{chars})+", name) is not None


@functools.lru_cache(maxsize=None)
def actions(role: str = "") -> tuple[str, ...]:
    """The actions done on places named before them (genre_place_works_actions.tsv), longest first:
    "" those done on one place or a list, "street" those done on a list of streets, "list" those done
    on a list of places only."""
    return lexicons.longest_first(lexicons.words_of_kind(_ACTIONS, role))


@functools.lru_cache(maxsize=None)
def place_kinds(role: str = "") -> tuple[str, ...]:
    """The endings of the places named before an action (genre_place_works_kinds.tsv), longest first:
    "" a place that opens a works, "listed" a place listed, "site" a listed site that is no place,
    "division" a division (a list of them names each one's programme)."""
    return lexicons.longest_first(lexicons.words_of_kind(_KINDS, role))
