"""Zones a report applies for, which are no entities (ANNOTATION rule 11: "a designation named only by
its type, one applied for (争创国家…示范区) ... not entities").

A report that asks the state for a zone names it by its official name before the zone exists ("积极争取
设立中国(某某)自由贸易试验区", "争取中国(某某)自由贸易试验区获批", "某某自由贸易试验区申建工作扎实推进",
"争取某某片区纳入…自由贸易试验区"): the zone is neither a place where anything is nor works being built.
The words of applying (zone_applying_words.txt) stand right before the zone, or right after it, or
open the clause that puts the zone into a larger one (纳入, 进入)."""
from __future__ import annotations

import re

from kg import lexicons
from kg.lexicons import zone_heads
from kg.extract.base import PLACE, PROJECT, Mention, SentenceContext

# what closes a clause: the words of applying that open one reach no zone past it
_CLAUSE_END = re.compile(r"[，,；;。！？：:]")
# the verbs that put an area applied for into a larger zone ("争取某某片区纳入某某自由贸易试验区")
_JOINING = ("纳入", "进入", "列入")


def zones_applied_for(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The zones (places and projects named with a zone's head) that the sentence applies for: a word of
    applying right before or right after the zone, or a word of seeking before it and one of granting
    after it, or before the clause's area that a joining verb puts into the zone."""
    words = lexicons.roles("zone_applying_words.txt")
    out = []
    for m in found:
        if m.type not in (PLACE, PROJECT) or not m.text.endswith(zone_heads.heads_of_zones_applied_for()):
            continue
        text, a, b = ctx.text, m.local_start, m.local_end
        sought = text.endswith(words["sought"], 0, a) and text.startswith(words["granted"], b)
        if sought or text.endswith(words["before"], 0, a) or text.startswith(words["after"], b) \
                or _joined_to(text, a, words["before"] + words["sought"]):
            out.append(m)
    return out


def _joined_to(text: str, a: int, applying: tuple[str, ...]) -> bool:
    """Does a joining verb stand right before `a`, in a clause a word of applying opens ("争取某某片区
    纳入|某某自由贸易试验区")?"""
    if not text.endswith(_JOINING, 0, a):
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, a)), default=0)
    return any(text.find(w, start, a) >= 0 for w in applying)
