"""The state's key laboratories named by their field, as organizations: the nouns right before a key
laboratory's head (org_key_lab_heads.txt: 全国重点实验室) after a clause's mark or a verb
("建强白云鄂博稀土全国重点实验室", "陆相页岩油全国重点实验室助力…"). A laboratory is a research body
(ANNOTATION: Organization). The head after a count, verb, adverb, particle or a one-character scope
("5个全国重点实验室", "优化重组全国重点实验室", "马池口等全国重点实验室", "在晋全国重点实验室") names the
kind, no laboratory."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, Mention, SentenceContext
from kg.extract.registry import component

# the marks a field's name may follow
_OPENERS = "，。；：、,;:“”（）()"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(lexicons.longest_first(lexicons.words("org_key_lab_heads.txt"))))


@component("key_labs", reads=(ORG,), assigns=(ORG,), needs=tuple(lexicons.words("org_key_lab_heads.txt")))
def extract_key_labs(ctx: SentenceContext) -> list[Mention]:
    """The key laboratories named by the nouns of their field before the head."""
    orgs = [o for o in ctx.found if o.type == ORG]
    found = []
    for m in _pattern().finditer(ctx.text):
        a = _field_start(ctx, m.start())
        if a is not None and not any(o.local_start <= a and m.end() <= o.local_end for o in orgs):
            found.append(ctx.mention(ORG, a, m.end(), source="key_lab"))
    return found


def _field_start(ctx: SentenceContext, h: int) -> int | None:
    """Where the field's name before the head at `h` starts: the nouns (jieba's n, ns, nz) that end at
    `h`, back to a clause's mark or a verb, two characters or more of them, and a first word of another
    tag right after the clause's mark; None when another word (a count, a particle) or nothing stands there."""
    a = h
    while a > 0 and ctx.text[a - 1] not in _OPENERS:
        tok = ctx.token_ending_at(a)
        if tok is None or tok.pos[:1] != "n" and tok.pos != "ng":
            if tok is not None and tok.pos[:1] in "abdj" and (tok.start == 0 or ctx.text[tok.start - 1] in _OPENERS):
                a = tok.start  # "陆相|页岩油": a word of the field jieba tags otherwise, at the clause's start
            break
        a = tok.start
    if h - a < 2:
        return None
    before = ctx.token_ending_at(a)
    return a if a == 0 or ctx.text[a - 1] in _OPENERS or before is not None and before.pos[:1] == "v" else None
