"""The stage a sentence gives a project (签约 → 前期 → 开工 → 在建 → 主体完工 → 建成 → 投用), for
every mention, with the year it is about: a project's history across a corpus of yearly reports.

The stage word is the one nearest the name in its clause (`kg/lexicons/stages.txt`), read after the
whole coordinated list the name stands in ("罗家堡水库、瓦窑堡水库加快建设": both 在建), so every
item of a list shares its verb. The year is the year of the report's part the sentence is in: the
review part of the 2016 report speaks of 2015, its plan part of 2016.
"""
from __future__ import annotations

import functools
import re
from kg.model import StageRecord

from kg import lexicons
from kg.text.document import Document
from kg.model import PROJECT, Mention
from kg.resolve.relations import LIST_JOINERS
# what may close a list before its verb: "…等11个新建项目", "…等重点工程", "…项目"
_LIST_TAIL = re.compile(r"^(?:等(?:\d+|[一二三四五六七八九十两几]+)?[个项座条所家批]?)?(?:[^\s,;。、]{0,4}?(?:项目|工程))?")


@functools.lru_cache(maxsize=1)
def _stage_words() -> tuple[dict[str, str], tuple[str, ...]]:
    stages = lexicons.mapping("stages.txt")
    return stages, tuple(sorted(stages, key=len, reverse=True))


def mention_stages(doc: Document, mentions: list[Mention]) -> dict[int, str]:
    """id(mention) → the stage its sentence gives it, for the project mentions that have one."""
    stages, words = _stage_words()
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == PROJECT:
            by_sentence.setdefault(m.sentence, []).append(m)
    out: dict[int, str] = {}
    for sid, ms in by_sentence.items():
        s = doc.sentences[sid]
        ms = sorted(ms, key=lambda m: (m.start, -m.end))
        for m in ms:
            first, last = _list_around(s.text, s.start, m, ms)
            clause = re.split(r"[,;。]", s.text[last.end - s.start:])[0]
            clause = clause[_LIST_TAIL.match(clause).end():]
            before = re.split(r"[,;。、]", s.text[:first.start - s.start])[-1]
            for w in words:
                if w in clause[:8] or w in before[-6:]:
                    out[id(m)] = stages[w]
                    break
    return out


def _list_around(text: str, base: int, m: Mention, ms: list[Mention]) -> tuple[Mention, Mention]:
    """The first and last project of the coordinated list `m` stands in."""
    outer = [x for x in ms if not any(y is not x and y.start <= x.start and x.end <= y.end
                                      and (y.start, y.end) != (x.start, x.end) for y in ms)]
    if m not in outer:
        return m, m
    k = outer.index(m)
    a = b = k
    while a > 0 and text[outer[a - 1].end - base:outer[a].start - base] in LIST_JOINERS:
        a -= 1
    while b + 1 < len(outer) and text[outer[b].end - base:outer[b + 1].start - base] in LIST_JOINERS:
        b += 1
    return outer[a], outer[b]


def stage_records(doc: Document, entities: dict, stages_by_mention: dict[int, str]) -> list[StageRecord]:
    """One record per project, stage and year, from the first mention that states it."""
    out: list[StageRecord] = []
    seen: set[tuple[str, str, int | None]] = set()
    for key in sorted(entities):
        e = entities[key]
        if e.type != PROJECT:
            continue
        for m in sorted(e.mentions, key=lambda m: m.start):
            stage = stages_by_mention.get(id(m))
            if stage is None:
                continue
            period = doc.section(doc.sentences[m.sentence].section).year or doc.year
            if (key, stage, period) not in seen:
                seen.add((key, stage, period))
                out.append(StageRecord(key, stage, period, m))
    return out
