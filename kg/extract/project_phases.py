"""Project rules for the phase a report names after the word 项目: "恒一锂能项目一期4个月时间建成投产"
(devtext xinhua-2022), "军民融合雷达产业园项目一期", "森工集团棚户区改造项目一期工程" (hailar). The
works is that phase, named as written (ANNOTATION Project rule 10: 项目 is optional inside the name);
the head rules stop at 项目, so the phase is added here to the project they found."""
from __future__ import annotations

import re

from kg.extract.base import PROJECT, Mention, SentenceContext
from kg.extract.registry import component

# "一期", "二期工程", "3期项目": a phase right after 项目, with the works word that may follow it
_PHASE_AFTER = re.compile(r"(?:第?[一二三四五六七八九十]|\d)期(?:工程|项目)?")


@component("project_phase_after_head", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=("项目",))
def extract_phase_after_head(ctx: SentenceContext) -> list[Mention]:
    """A project found ending in 项目 and followed by its phase is the phase's works: the name runs
    over the phase (the shorter mention is then dropped as nested in it)."""
    out = []
    text = ctx.text
    if "期" not in text:
        return out
    for p in ctx.found:
        b = p.local_end
        if p.type != PROJECT or not text.endswith("项目", 0, b):
            continue
        phase = _PHASE_AFTER.match(text, b)
        if phase is not None and not _named_whole(ctx, p.local_start, phase.end()):
            out.append(ctx.mention(PROJECT, p.local_start, phase.end(), source="phase after head"))
    return out


def _named_whole(ctx: SentenceContext, a: int, b: int) -> bool:
    """Has a project been found over text[a:b] already ("…项目一期工程" by its head 工程)?"""
    return any(m.type == PROJECT and m.local_start <= a and b <= m.local_end for m in ctx.found)
