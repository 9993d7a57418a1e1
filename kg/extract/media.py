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


def _masthead_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b], a line alone, a paper's name: it opens with a place or a proper name (a word
    tagged ns/nr/nt/nz: "浙江日报", "建湖日报", "今晚报"; not "全市经济运行日报", a document's title)
    and its head is no body's report (org_media_report_kinds.txt: "政务简报")?"""
    if ctx.text[a:b].endswith(lexicons.words("org_media_report_kinds.txt")):
        return False
    first = ctx.tokens_by_start.get(a)
    return (first is not None and first.pos in ("ns", "nr", "nt", "nz")) or place_lexicon_pattern().match(ctx.text, a) is not None


def _masthead_named(m: re.Match) -> bool:
    """Is the line's outlet a masthead's: a newspaper's or station's full head, or any head with an
    edition or a date after it?"""
    return m.end(1) < m.end() or m.group(1).endswith(lexicons.words("org_media_masthead_heads.txt"))


def _name_start(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the outlet's name in a..b starts: at a word's start (jieba's tokens), past the function
    words before it ("据人民网讯", "各新闻网记者": org_media_not_name_starts.txt and the tokens tagged
    p or c); None where a..b starts inside a word or holds no name past them."""
    by_start = ctx.tokens_by_start
    while a < b:
        t = by_start.get(a)
        if t is None:
            return None
        if t.pos not in ("p", "c") and t.word not in lexicons.words("org_media_not_name_starts.txt"):
            return a
        a = t.end
    return None


@functools.lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicons.alternation('org_media_heads.txt')})$")


def _kind(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] name a kind of medium, no outlet: a paper's kind ("市委机关报", "省级党报"), a
    site's kind alone ("新闻网"), a qualifier before a kind ("主流新闻网": its first word tagged b)?
    (org_media_kinds.txt)"""
    name = ctx.text[a:b]
    kinds = lexicons.mapping("org_media_kinds.txt")
    if any(name.endswith(k) if how == "end" else name == k for k, how in kinds.items()):
        return True
    first = ctx.tokens_by_start.get(a)
    return first is not None and first.pos == "b"


def _free(ctx: SentenceContext, a: int, b: int, head: int) -> bool:
    """No organization found over a..b (ctx.taken's test) but one inside it that ends right before
    its head or with it: "中国日报" read in "中国日报网", "经济日报" in "甘肃经济日报" give way; a body
    that ends elsewhere inside keeps it, no outlet read over it."""
    if not ctx.taken(a, b, (ORG,)):
        return True
    span, at_head = ctx.span(a, b), ctx.span(a, head).end
    return all(span.start <= m.span.start and m.span.end in (at_head, span.end) and m.span != span
               for m in ctx.found if m.type == ORG and m.span.start < span.end and span.start < m.span.end)


@component("media_outlets", reads=(PLACE, ORG), assigns=(ORG,),
           needs=("日电", "讯", "来源", "记者") + lexicons.words("org_media_heads.txt"))  # a masthead holds a head
def extract_media_outlets(ctx: SentenceContext) -> list[Mention]:
    out: list[Mention] = []
    text = ctx.text

    def add(a: int, b: int, source: str, masthead: bool = False) -> None:
        start = _name_start(ctx, a, b)
        if start is None:
            return
        head = _head().search(text, start + MEDIA_NAMES.min_stem, b)  # "今晚|报": the stem first
        if head is None or _kind(ctx, start, b):
            return
        if masthead and not _masthead_name(ctx, start, b):
            return
        if _free(ctx, start, b, head.start()) and not any(o.local_start < b and start < o.local_end for o in out):
            out.append(ctx.mention(ORG, start, b, source=source))

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
            # a photo's credit before it at the sentence's start, its blanks dropped ("王某 摄 中新网记者…"
            # read "王某摄中新网"); a credit in brackets, "(王某 摄)中新网记者", is not read (no opening mark before)
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
        add(*m.span(1), "media_masthead", masthead=m.re is alone)
    return out
