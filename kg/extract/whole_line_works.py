"""A works named as the subject of an event over its whole line ("某某三级航道全线通航", "某某工程西干线
全线贯通", "境内某某沙漠防风阻沙带全线贯通", "全长1.3万公里的某某旅游公路全线贯通"): only one linear works
is opened or joined up 全线 (project_whole_line_events.txt), so the words of the clause before 全线 name
one works whatever its head (ANNOTATION: a specific undertaking built or opened). The name runs from
the clause's start, or a 的 that closes a modifier, less the verbs and adverbs that open the clause
("推进", "加快") and a location word ("境内"); a subject that ends in a verb, a number or a measure
("…工程实现全线贯通", "某某廊道1194公里全线贯通") or opens with a count ("五大河流") names no one works."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import PROJECT, Mention, SentenceContext
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern

_NAME_CHARS = (3, 20)
_SUBJECT_START = re.compile(r"[，,；;。：:、！!？?\s的]")
# tags of the tokens that open a clause before its subject (a verb of urging, an adverb, a place word
# such as 境内, a conjunction; not a direction, 中部 or 西, which opens names) and of those that cannot
# end a works' name (a verb, a number, a measure word)
_OPENING_TAGS = ("v", "d", "s", "c", "p")
_NOT_ENDING_TAGS = ("v", "m", "q", "d", "u", "p")
_COUNT_OPENING = re.compile(r"[\d一二三四五六七八九十两几]+[大个条座项处]")


@functools.lru_cache(maxsize=1)
def _whole_line_event() -> re.Pattern[str]:
    return re.compile(rf"全线(?:{alternation_pattern(lexicons.words('project_whole_line_events.txt'))})")


@component("whole_line_works", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=("全线",))
def extract_whole_line_works(ctx: SentenceContext) -> list[Mention]:
    out = []
    text = ctx.text
    for m in _whole_line_event().finditer(text):
        b = m.start()
        a = _subject_start(ctx, b)
        if a is None or ctx.taken(a, b, (PROJECT,)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="whole_line_works"))
    return out


def _subject_start(ctx: SentenceContext, b: int) -> int | None:
    """Where the works' name before `b` (the 全线 of its event) starts, or None when the clause's words
    before it name no one works."""
    text = ctx.text
    lo, hi = _NAME_CHARS
    a = b
    while a > 0 and not _SUBJECT_START.match(text[a - 1]):
        a -= 1
    last = ctx.token_ending_at(b)
    if last is None or last.pos.startswith(_NOT_ENDING_TAGS):
        return None
    while a < b:
        t = ctx.token_starting_at(a)
        if t is None or not t.pos.startswith(_OPENING_TAGS) or t.end >= b:
            break
        a = t.end
    first = ctx.token_starting_at(a)
    if first is None or first.pos.startswith("m") or _COUNT_OPENING.match(text, a) or not lo <= b - a <= hi:
        return None
    return a
