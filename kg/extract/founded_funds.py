"""Funds a report sets up by name, as organizations (ANNOTATION: research and public institutions,
the bodies a report names): "设立国家融资担保基金", "组建现代服务业创新发展基金", "推动设立国家人工智能产业
投资基金、上海产业转型升级二期基金", "国家已设立400亿元新兴产业创业投资引导基金", "成功落地国家科创协同
发展母基金、国家创业投资S基金", "未来产业发展基金设立".

A fund set up (org_fund_founding_verbs.txt) right before its name, past its size in 亿元, or as the
subject of the verb, is one body. Its name is one of its own where it holds at least three words
before 基金, its scope or field, its purpose and its kind (国家|融资|担保, 现代服务业|创新|发展,
上海|产业|转型|升级|二期); a fund named by its kind or one field alone ("设立并购基金", "设立城市更新基金",
"设立产业扶贫基金", "设立专项基金") is a kind of fund, no named body. The list's next items ("、X基金")
are read the same way."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, Mention, SentenceContext, token_ends_at, token_starts_at
from kg.extract.registry import component
from kg.text.names import CJK

# the least number of words a fund's stem holds where it names one fund (scope or field, purpose, kind)
_NAME_WORDS = 3
# the characters of a fund's name: Chinese characters, Latin letters (国家创业投资S基金) and brackets
_NAME = r"[\u4e00-\u9fffA-Za-z（）()]{2,20}?基金"
# what may follow a fund's name: a list mark, a conjunction, a clause's end, the founding verb
_AFTER = "、，。；,;和及"
# the parts of speech that open no fund's name: a particle, preposition, conjunction, adverb, verb, pronoun
_NOT_OPENING = ("u", "p", "c", "d", "r")
# a level before a fund's field ("市级文化艺术基金"): no word of the fund's own name
_LEVELS = ("省级", "市级", "县级", "区级", "国家级")
# the fund's size between the verb and its name ("设立400亿元…", "设立10亿元的…")
_SIZE = r"(?:\d+(?:\.\d+)?(?:万|亿)?元的?)?"


@functools.lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(lexicons.longest_first(lexicons.words("org_fund_founding_verbs.txt")))


@functools.lru_cache(maxsize=1)
def _after_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:{_verbs()}){_SIZE}({_NAME})(?!会)")


@functools.lru_cache(maxsize=1)
def _before_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[，。；,;])({_NAME})(?:正式|成功)?(?:{_verbs()})")


@component("founded_funds", reads=(ORG,), assigns=(ORG,), needs=("基金",))
def extract_founded_funds(ctx: SentenceContext) -> list[Mention]:
    """The funds set up by name in the sentence, each read once, the list's next items with them."""
    spans: set[tuple[int, int]] = set()
    for pattern in (_after_verb(), _before_verb()):
        for m in pattern.finditer(ctx.text):
            a, b = m.span(1)
            while a is not None and _names_one_fund(ctx, a, b):
                spans.add((a, b))
                a, b = _next_listed_fund(ctx.text, b)
    return [ctx.mention(ORG, a, b, source="founded_fund") for a, b in sorted(spans)
            if not ctx.taken(a, b, (ORG,))]


def _names_one_fund(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], a name ending in 基金, one fund's own name: from a word's start to a word's end,
    ending the name (a list mark, conjunction or clause's end after it), its stem of at least
    _NAME_WORDS words (counting the word that holds 基金: "引导基金", "母基金") and no kind of fund
    (generic_orgs.txt)?"""
    text = ctx.text
    if b < len(text) and text[b] not in _AFTER and not re.match(rf"(?:正式|成功)?(?:{_verbs()})", text[b:]):
        return False
    if not token_starts_at(ctx, a) or text[a:b] in lexicons.word_set("generic_orgs.txt"):
        return False
    words = [t for t in ctx.tokens if a <= t.start < b - 2]  # "引导|基金" or "引导基金": the kind's last word
    if not words or words[0].pos[:1] in _NOT_OPENING:
        return False  # "设立的政府性基金": a particle opens no name
    counted = [t for t in words if t.word not in _LEVELS]  # "市级|文化艺术基金": a level is no word of the name
    return len(counted) >= _NAME_WORDS and token_ends_at(ctx, b)


def _next_listed_fund(text: str, b: int) -> tuple[int | None, int]:
    """The bounds of the fund listed right after the one ending at `b` ("…母基金、国家创业投资S基金"), or
    (None, b) where the list does not go on with one."""
    if not text.startswith("、", b):
        return None, b
    m = re.compile(_NAME).match(text, b + 1)
    if m is None or not CJK.match(text[b + 1]) and not text[b + 1].isalpha():
        return None, b
    return m.start(), m.end()
