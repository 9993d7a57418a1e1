"""Works named with a list of facilities that share the action written after the last of them
("潞河中学、运河中学改扩建", as ANNOTATION's seed gold names "三台书院、草圭堂维修保护工程": one works
package over every facility listed). Called by kg/extract/projects.py for each works found by its head."""

from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PROJECT_LIMITS as LIMITS
from kg.extract.base import CJK, SentenceContext, name_start


@functools.cache
def _action_at_end() -> re.Pattern:
    """A shared action at the end of a works' name, a phase or a label (工程, 项目) possibly after it
    ("…改扩建", "…综合治理二期", "…提升改造工程"); group 1 is where the action begins."""
    return re.compile(rf"({lexicons.alternation('project_shared_actions.txt')})"
                      rf"(?:[一二三四五六七八九十]期)?(?:工程|项目)?$")


def facilities_sharing_action(ctx: SentenceContext, start: int, b: int) -> int | None:
    """Where the list of facilities begins whose last item opens the works text[start:b] and whose
    action ends it ("潞河中学、运河中学改扩建" → the start of 潞河中学); None when the works ends in no
    shared action (project_shared_actions.txt) or what stands before it is no list of facilities."""
    text = ctx.text
    action = _action_at_end().search(text, start, b)
    if action is None or action.start(1) - start < 2 or start < 3 or text[start - 1] not in "、和":
        return None
    if text[b:b + 1] == "等":
        return None  # "…黄茅峡水库、长潭水库扩建等工程": items of a list 等 labels, each its own works
    facility = text[start:action.start(1)]
    first = None
    while start >= 3 and text[start - 1] in "、和":
        item = _listed_facility(ctx, start - 1, facility)
        if item is None:
            break
        first = start = item
    return first


def _listed_facility(ctx: SentenceContext, end: int, facility: str) -> int | None:
    """Where the facility listed right before `end` (its 、 or 和) begins: a name of the same kind as
    the last facility (`_same_kind`); None otherwise. A place or an organization of another kind is no
    item of the package: "投用骨科医院、党校迁建项目" (the hospital opened, the school relocated)."""
    walk = LIMITS.shared_action_item
    a = name_start(ctx, end, max_chars=walk.max_chars, max_tokens=walk.max_tokens, through_heads=True)
    item = ctx.text[a:end]
    if not 3 <= len(item) <= walk.max_chars or not all(CJK.match(c) and c not in "、和" for c in item):
        return None
    return a if _same_kind(item, facility) else None


def _same_kind(item: str, facility: str) -> bool:
    """Does the listed item end as the last facility does: both in a street's head
    (place_street_heads.txt: "某某路" and 某某大街) or in a river's head that opens the last facility
    ("甲河" and 乙河水环境: place_water_heads.txt)? Other facilities sharing an action ("某中学、某小学
    扩建", "甲机场、乙机场扩建工程") are as often written as one list of works each its own."""
    streets = lexicons.words("place_street_heads.txt")
    if item.endswith(streets) and facility.endswith(streets):
        return True
    return item.endswith(lexicons.words("place_water_heads.txt")) and item[-1] in facility[1:LIMITS.joined_name_chars]
