"""News media named where a report's news copy names its source: the dateline that opens it
("中新网成都2月3日电", "东北网黑河02月06日讯": outlet, city, date, 电/讯) and its source line
("来源:解放日报"). The outlet is an organization (ANNOTATION: a named body); a medium quoted in the
text ("人民日报报道") is left to the other rules."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import MEDIA_NAMES
from kg.extract.base import CJK_CHARS, ORG, PLACE, Mention, SentenceContext, place_lexicon_pattern, token_ends_at
from kg.extract.registry import component


@functools.lru_cache(maxsize=1)
def _outlet() -> str:
    """An outlet's name: a few characters and a media head (org_media_heads.txt), as short as may be."""
    heads = lexicons.alternation("org_media_heads.txt")
    return rf"([{CJK_CHARS}]{{{MEDIA_NAMES.min_stem},{MEDIA_NAMES.max_stem}}}?(?:{heads}))"


@functools.lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """The outlet, then its city if it names one (any name; checked against the place lexicon) and the date."""
    day = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    return re.compile(rf"^\s*{_outlet()}([{CJK_CHARS}]{{2,8}}?)?\s*{day}月{day}日(?:电|讯)")


@functools.lru_cache(maxsize=1)
def _source_line() -> re.Pattern[str]:
    return re.compile(rf"来源\s*[:：]\s*{_outlet()}")


@component("media_outlets", reads=(PLACE,), assigns=(ORG,), needs=("日电", "日讯", "来源"))
def extract_media_outlets(ctx: SentenceContext) -> list[Mention]:
    out = []
    text = ctx.text
    m = _dateline().match(text)
    if m is not None and (m.group(2) is None or place_lexicon_pattern().fullmatch(m.group(2))) and not ctx.taken(*m.span(1), (ORG,)):
        out.append(ctx.mention(ORG, *m.span(1), source="media_dateline"))
    for m in _source_line().finditer(text):
        # the title block's lines run together in one sentence ("来源:解放日报上海市市长龚正"): the name ends where a word does
        if token_ends_at(ctx, m.end(1)) and not ctx.taken(*m.span(1), (ORG,)):
            out.append(ctx.mention(ORG, *m.span(1), source="media_source_line"))
    return out
