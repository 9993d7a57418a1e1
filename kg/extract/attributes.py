"""Attributes of the mentions found, read from their sentence: a project's investment and its
stage (签约 → 前期 → 开工 → 在建 → 主体完工 → 建成 → 投用).

These components run after every component that finds mentions (last in PIPELINE_ORDER) and set
attributes on the project mentions of the sentence; resolution only reads them (kg.resolve).

The stage word is the one nearest the name in its clause (`kg/lexicons/stages.txt`), read after
the whole coordinated list the name stands in ("罗家堡水库、瓦窑堡水库加快建设": both 在建), so
every item of a list shares its verb.
"""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PROJECT_ATTRIBUTES
from kg.extract.base import SentenceContext
from kg.extract.registry import component
from kg.model import PROJECT, Mention

# "总投资3.2亿元": the investment a project's sentence gives it
INVESTMENT = re.compile(r"总投资(\d+(?:\.\d+)?)(亿元|万元)")
# what may close a list before its verb: "…等11个新建项目", "…等重点工程", "…项目"
LIST_TAIL = re.compile(r"^(?:等(?:\d+|[一二三四五六七八九十两几]+)?[个项座条所家批]?)?(?:[^\s,;。、]{0,4}?(?:项目|工程))?")
# the marks that end the clause a stage word is looked for in, after the name and before it
# (before it a list's 、 ends it too: "新建A、加快建设B" gives B, not A, its stage)
AFTER_MARKS, BEFORE_MARKS = ",;。", ",;。、"


@component("project_investment", reads=(PROJECT,), sets=("investment",))
def set_project_investment(ctx: SentenceContext) -> list[Mention]:
    """investment = (amount, unit) of the "总投资…" phrase right before or after the project's name
    (the last one, when two are near)."""
    gap = PROJECT_ATTRIBUTES.investment_gap
    found = list(INVESTMENT.finditer(ctx.text))
    for m in ctx.found:
        near = [i for i in found if abs(i.end() - m.local_start) <= gap or abs(i.start() - m.local_end) <= gap]
        if near:
            m.attrs["investment"] = (near[-1].group(1), near[-1].group(2))
    return []


@functools.lru_cache(maxsize=1)
def _stage_words() -> tuple[dict[str, str], tuple[str, ...]]:
    stages = lexicons.mapping("stages.txt")
    return stages, tuple(sorted(stages, key=len, reverse=True))


@component("project_stage", reads=(PROJECT,), sets=("stage",))
def set_project_stage(ctx: SentenceContext) -> list[Mention]:
    """stage = what the stage word nearest the project's list says (`kg/lexicons/stages.txt`)."""
    stages, words = _stage_words()
    limits = PROJECT_ATTRIBUTES
    s, text = ctx.sentence, ctx.text
    ms = sorted(ctx.found, key=lambda m: (m.start, -m.end))
    outer = [x for x in ms if not any(y.span.contains(x.span) and len(y.span) > len(x.span) for y in ms)]
    found = []  # all read before any is set: a list is found by comparing mentions, attributes included
    for m in ms:
        first, last = _list_around(text, m, outer)
        after = text[last.local_end:s.clause_at(last.local_end, AFTER_MARKS)[1]]
        after = after[LIST_TAIL.match(after).end():][:limits.stage_after]
        before = text[s.clause_at(first.local_start, BEFORE_MARKS)[0]:first.local_start][-limits.stage_before:]
        found.append(next((stages[w] for w in words if w in after or w in before), None))
    for m, stage in zip(ms, found):
        if stage is not None:
            m.attrs["stage"] = stage
    return []


def _list_around(text: str, m: Mention, outer: list[Mention]) -> tuple[Mention, Mention]:
    """The first and last project of the coordinated list `m` stands in (`outer`: the projects of
    the sentence inside no other, in order)."""
    if m not in outer:
        return m, m
    joiners = lexicons.word_set("resolve_list_joiners.txt")
    k = outer.index(m)
    a = b = k
    while a > 0 and text[outer[a - 1].local_end:outer[a].local_start] in joiners:
        a -= 1
    while b + 1 < len(outer) and text[outer[b].local_end:outer[b + 1].local_start] in joiners:
        b += 1
    return outer[a], outer[b]
