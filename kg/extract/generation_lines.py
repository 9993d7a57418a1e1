"""Display-panel plants named by their company, the generation of their glass and the product
("京东方10.5代线", "京东方第6代AMOLED(柔性)生产线项目", "东旭光电6代TFT-LCD玻璃基板项目",
"维信诺第6代柔性显示屏项目"): one works, named by all of it (ANNOTATION: a capacity that is part of how
the report names a project stays; rule 8, the company inside it). The head rules cut such a name at
the figure or at the hyphen of TFT-LCD ("6代AMOLED(柔性)生产线", "LCD玻璃基板"); the line's own words
are in genre_generation_line_heads.txt."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import GENRE_LIMITS as LIMITS
from kg.extract.base import ORG, PROJECT, Mention, SentenceContext, is_proper, name_start
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern
from kg.text.names import CJK_CHARS
from kg.text.segment import word_freq

_PRODUCT_CHARS = 16  # the product between the generation and the line's head ("AMOLED(柔性)", "超高清新型显示器件")
_TRADE_CHARS = 6  # a company's trade name before the generation ("东旭光电")
# what follows the name: a list mark or the clause's end, the list's 等, or a stage of the works
_AFTER = r"[、,，。;；:：]|等|$"


@functools.lru_cache(maxsize=1)
def _line_pattern() -> re.Pattern[str]:
    """The generation (第6代, 8.5代), the product and the line's head, up to what may follow a works' name."""
    heads = alternation_pattern(lexicons.words("genre_generation_line_heads.txt"))
    stages = alternation_pattern(lexicons.words("project_sentence_build_words.txt"))
    product = rf"[{CJK_CHARS}A-Za-z0-9()\-]{{0,{_PRODUCT_CHARS}}}?"
    return re.compile(rf"(第?\d+(?:\.\d+)?代){product}(?:{heads})(?:项目)?(?={_AFTER}|{stages}|满产|尽快)")


@component("generation_lines", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("projects",), needs=("代",))
def extract_generation_lines(ctx: SentenceContext) -> list[Mention]:
    """A company's trade name (an organization found, or a proper name of a few characters, with a
    place in brackets after it: "友达光电(昆山)"), the generation and the product up to the line's head."""
    out = []
    text = ctx.text
    for m in _line_pattern().finditer(text):
        a = _trade_start(ctx, m.start())
        if a is not None:
            out.append(ctx.mention(PROJECT, a, m.end(), source="generation_line"))
    return out


def _trade_start(ctx: SentenceContext, end: int) -> int | None:
    """Where the trade name ending at `end` (past a place in brackets) starts; None where none does."""
    text = ctx.text
    bracket = re.search(rf"\([{CJK_CHARS}]{{2,4}}\)$", text[:end])
    end_of_trade = bracket.start() if bracket else end
    org = next((o.local_start for o in ctx.found if o.type == ORG and o.local_end == end_of_trade), None)
    if org is not None:
        return org
    a = name_start(ctx, end_of_trade, max_chars=_TRADE_CHARS, max_tokens=3)
    trade = text[a:end_of_trade]
    return a if len(trade) >= 2 and (is_proper(trade, strict=True) or _rare(trade)) else None


def _rare(word: str) -> bool:
    """Is the word one jieba's dictionary holds as no common word ("维信诺", which is_proper does not take)?"""
    return word_freq(word) < LIMITS.common_word_freq
