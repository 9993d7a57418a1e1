"""Services counted by their runs, which are no works (lexicon project_counted_services.txt).

A freight train service (班列) is found as a project by its head; where its clause runs it (开行) and
counts its runs after its name ("开行中欧班列108列", "某某班列全年开行52列", "某某班列开行班次达到752班"),
the clause reports traffic, a figure of an indicator, not works built or opened: the mention is dropped,
unless the report names that service elsewhere as found (a clause that opens or runs it with no count,
"合作开行更多某某班列"): there the count is one more mention of the works named there."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import PROJECT, Mention, SentenceContext

_FILE = "project_counted_services.txt"


@functools.lru_cache(maxsize=1)
def _count_of_runs() -> re.Pattern[str]:
    """A number and the measure word of a count of runs (unit): "108列", "752班", "4600列"."""
    units = "|".join(map(re.escape, lexicons.roles(_FILE)["unit"]))
    return re.compile(rf"\d+(?:\.\d+)?万?(?:{units})")


def services_counted_by_runs(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The projects named by a service's head whose clause holds a verb that runs it and, after the name,
    a count of its runs."""
    roles = lexicons.roles(_FILE)
    out = []
    for m in found:
        if m.type != PROJECT or not m.text.endswith(roles["head"]):
            continue
        start, _ = ctx.sentence.clause_at(m.local_start)
        _, end = ctx.sentence.clause_at(m.local_end)
        clause, after = ctx.text[start:end], ctx.text[m.local_end:end]
        if any(v in clause for v in roles["verb"]) and _count_of_runs().search(after):
            out.append(m)
    return out


def drop_services_named_only_counted(mentions: list[Mention], picked: list[Mention]) -> list[Mention]:
    """`mentions` less the services `services_counted_by_runs` picked whose name no other project
    mention of the report ends with (a service the report speaks of only by its runs)."""
    gone = {id(m) for m in picked}
    named = [m.text for m in mentions if m.type == PROJECT and id(m) not in gone]
    dropped = {id(m) for m in picked if not any(n.endswith(m.text) for n in named)}
    return [m for m in mentions if id(m) not in dropped]
