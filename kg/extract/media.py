"""News media named where a report's news copy names its source, by the furniture of the press:
the dateline that opens it ("中新网成都2月3日电", "东北网黑河02月06日讯", and without a date,
"湖北日报讯(记者…)", "天山网-新疆日报讯"), its source line ("来源:解放日报"), its byline
("(某某日报记者 张三)", "新甘肃·甘肃日报记者 李四") and the masthead or page line of an e-paper
("浙江日报数字报纸", "滨州日报/2024年/1月/30日/第001版"). The outlet is an organization
(ANNOTATION: a named body); a medium quoted in the text ("人民日报报道") is left to the other rules."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import MEDIA_NAMES
from kg.extract.base import CJK_CHARS, ORG, PLACE, Mention, SentenceContext, place_lexicon_pattern, token_ends_at
from kg.extract.registry import component

# what joins two outlets of one copy ("天山网-新疆日报", "新甘肃·甘肃日报")
_JOIN = r"\-—·"


@functools.lru_cache(maxsize=1)
def _outlet() -> str:
    """An outlet's name: a few characters and a media head (org_media_heads.txt), as short as may be."""
    heads = lexicons.alternation("org_media_heads.txt")
    return rf"([{CJK_CHARS}]{{{MEDIA_NAMES.min_stem},{MEDIA_NAMES.max_stem}}}?(?:{heads}))"


@functools.lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """The outlet (a second one joined to it), then its city if it names one (any name; checked
    against the place lexicon) and the date, then 电/讯; without a date only 讯 ("湖北日报讯")."""
    day = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    return re.compile(rf"^\s*【?{_outlet()}(?:[{_JOIN}]{_outlet()})?([{CJK_CHARS}]{{2,8}}?)?\s*"
                      rf"(?:{day}月{day}日(?:电|讯)|讯)")


@functools.lru_cache(maxsize=1)
def _source_line() -> re.Pattern[str]:
    return re.compile(rf"来源\s*[:：]\s*{_outlet()}")


@functools.lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    """The outlet before 记者 where a byline names it: at the sentence's start or after an opening
    bracket, a colon or a joining mark ("(中国日报网记者 张三)", "采写:某某晚报记者", "新甘肃·甘肃日报记者");
    its newsroom may stand between ("全媒体记者")."""
    return re.compile(rf"(?:^|(?<=[(（【\[:：{_JOIN}]))\s*{_outlet()}(?:全媒体|融媒体)?记者")


@functools.lru_cache(maxsize=1)
def _masthead() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An e-paper's page line ("滨州日报/2024年/1月/30日/第001版", the blanks already dropped), and
    its masthead on a line of its own: the outlet, its edition ("数字报纸") or date, nothing else.
    A masthead alone must end in a newspaper's or station's head, not a bare 报/网 ("工作简报", "交通网")."""
    page = re.compile(rf"^\s*{_outlet()}/\d{{4}}年/\d{{1,2}}月/\d{{1,2}}日/第[A-Z]?\d{{1,4}}版")
    date = r"\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?"
    alone = re.compile(rf"\s*{_outlet()}(?:数字报纸?|电子版|电子报)?(?:{date})?\s*")
    return page, alone


def _masthead_named(m: re.Match) -> bool:
    """Is the line's outlet a masthead's: a newspaper's or station's full head, or any head with an
    edition or a date after it?"""
    return m.end(1) < m.end() or m.group(1).endswith(lexicons.words("org_media_masthead_heads.txt"))


def _free(ctx: SentenceContext, a: int, b: int) -> bool:
    """No organization found over a..b but inside it ("中国日报" read in "中国日报网" gives way)."""
    span = ctx.span(a, b)
    return not any(m.type == ORG and m.span.start < span.end and span.start < m.span.end
                   and not (span.start <= m.span.start and m.span.end <= span.end and m.span != span) for m in ctx.found)


@component("media_outlets", reads=(PLACE, ORG), assigns=(ORG,),
           needs=("日电", "讯", "来源", "记者") + lexicons.words("org_media_heads.txt"))  # a masthead holds a head
def extract_media_outlets(ctx: SentenceContext) -> list[Mention]:
    out: list[Mention] = []
    text = ctx.text

    def add(a: int, b: int, source: str) -> None:
        if _free(ctx, a, b) and not any(o.local_start < b and a < o.local_end for o in out):
            out.append(ctx.mention(ORG, a, b, source=source))

    m = _dateline().match(text)
    if m is not None and (m.group(3) is None or place_lexicon_pattern().fullmatch(m.group(3))):
        for g in (1, 2):
            if m.group(g) is not None:
                add(*m.span(g), "media_dateline")
    for m in _source_line().finditer(text):
        # the title block's lines run together in one sentence ("来源:解放日报上海市市长龚正"): the name ends where a word does
        if token_ends_at(ctx, m.end(1)):
            add(*m.span(1), "media_source_line")
    if "记者" in text:
        for m in _byline().finditer(text):
            a, b = m.span(1)
            # a photo's credit before it, its blank dropped ("(王某 摄)中新网记者…" read "王某摄中新网")
            credit = text.rfind("摄", a, b)
            if credit >= 0 and not re.fullmatch(_outlet(), text[credit + 1:b]):
                continue
            add(max(a, credit + 1), b, "media_byline")
    page, alone = _masthead()
    m = page.match(text)
    if m is None and ctx.sentence.index < MEDIA_NAMES.masthead_sentences:
        m = alone.fullmatch(text)
        if m is not None and not _masthead_named(m):
            m = None
    if m is not None:
        add(*m.span(1), "media_masthead")
    return out
