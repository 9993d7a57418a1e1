"""Companies known by what a clause says of them: the names that open a clause before a verb said
only of a company ("伊瓦特在纳斯达克上市", "欧科亿成为全县首家税收过亿元工业企业", "恒天嘉华、
神雾科技入选全省智能制造试点示范"). A trade name alone has no legal form and is in no lexicon;
the predicate is what makes it a company."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import HONOURED_COMPANIES as LIMITS
from kg.extract.base import (CJK, NOT_NAME_OPENING_POS, ORG, PLACE, PROJECT, Mention, SentenceContext, is_proper,
                             place_lexicon_pattern, tokenizer_tags)
from kg.extract.registry import component
from kg.text.company_names import trade_words
from kg.text.segment import word_freq

# what ends a clause: its subject starts after one of these
_CLAUSE_MARKS = ",，。;；:：!！?？"
# "在纳斯达克上市", "成功上市": what may stand between the names and the listing verb
_BEFORE_LISTING = re.compile(r"(?:成功|正式|顺利)?(?:在[^,，。;；]{2,10})?$")


@functools.lru_cache(maxsize=1)
def _industries() -> frozenset[str]:
    """Industry and trade words, which open no company's trade name."""
    return trade_words() | lexicons.word_set("org_business_kinds.txt")


@functools.lru_cache(maxsize=1)
def _predicates() -> dict[str, str]:
    return lexicons.mapping("org_company_predicates.txt")


@functools.lru_cache(maxsize=1)
def _verbs_longest_first() -> tuple[str, ...]:
    return lexicons.longest_first(_predicates())


@component("honoured_companies", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs=tuple(lexicons.mapping("org_company_predicates.txt")))
def extract_honoured_companies(ctx: SentenceContext) -> list[Mention]:
    """The names, joined by 、 or 和, that open a clause before a company's predicate."""
    out = []
    text = ctx.text
    for verb in _verbs_longest_first():
        pos = text.find(verb)
        while pos >= 0:
            out.extend(_subjects(ctx, pos, verb, out))
            pos = text.find(verb, pos + len(verb))
    return out


def _subjects(ctx: SentenceContext, v: int, verb: str, found: list[Mention]) -> list[Mention]:
    """The companies opening the clause of the verb at `v`, or none when a subject is no trade name."""
    text = ctx.text
    start, stop = ctx.sentence.clause_at(v, _CLAUSE_MARKS)
    end = v
    if _predicates()[verb] == "listing":
        end = start + _BEFORE_LISTING.search(text, start, v).start() - start
    else:
        obj = text[v + len(verb):min(stop, v + len(verb) + LIMITS.max_object_chars)]
        if not any(w in obj for w in lexicons.words("org_company_honours.txt")):
            return []
    items = _items(text, start, end)
    if not items or not all(_trade_name(ctx, a, b) for a, b in items):
        return []
    return [ctx.mention(ORG, a, b, source="honoured_company") for a, b in items
            if not any(m.local_start == a and m.local_end == b for m in found)]


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names joined by 、 or 和 in text[start:end]."""
    spans, a = [], start
    for i in range(start, end + 1):
        if i == end or text[i] in "、和":
            spans.append((a, i))
            a = i + 1
    return spans


def _trade_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a company's trade name: a proper or unknown word of a few characters, no place,
    no common word ("企业", "园区", "我县"), nothing found already as a place or works?"""
    # Not genre._trade_name, which tests the trade name opening a works' name (before its industries,
    # with genre's stop lists); this one tests a whole subject of a few characters aligned on tokens.
    name = ctx.text[a:b]
    if not (LIMITS.min_name_chars <= len(name) <= LIMITS.max_name_chars) or not all(CJK.match(c) for c in name):
        return False
    if a not in ctx.token_start_set or b not in ctx.token_end_set or ctx.taken(a, b, (PLACE, PROJECT)):
        return False
    if word_freq(name) >= LIMITS.common_word_freq or name[-1] in lexicons.LEVEL_CHARS:
        return False  # "园区", "我县", "九龙镇": a common word or a division
    if place_lexicon_pattern().match(name) is not None or name.endswith(("企业", "项目", "园区", "集群")):
        return False
    first = ctx.token_starting_at(a)
    if first is None or first.word in _industries():
        return False  # "新能源汽车成为…产业集群": an industry, no company
    if len(first.word) >= 2 and word_freq(first.word) >= LIMITS.common_word_freq:
        return False  # "企业海外上市": a common word opens the subject, no trade name
    if first.end == b and name in tokenizer_tags().tokenizer.FREQ and not first.pos.startswith(("nr", "nz", "nt", "j")):
        return False  # "生物医药": a common noun of the dictionary, however rare
    if is_proper(name):
        return True
    # a word jieba does not know, opened by a name-like piece ("欧科/ns 亿", "神雾/n 科技"), not a
    # pronoun, number, measure or adverb ("该公司", "三家", "全部"). places._unknown_noun_stem asks
    # nearly this, but also takes a stem jieba stores only as the opening of a longer word (frequency
    # 0) as unknown; a subject here must be absent from the dictionary altogether.
    return name not in tokenizer_tags().tokenizer.FREQ and not first.pos.startswith(NOT_NAME_OPENING_POS)

