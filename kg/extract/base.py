"""Shared pieces of the extraction rules: mentions, the sentence context, and how a name's
boundaries and proper-ness are judged."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from kg import lexicons
from kg.config import NAME_LIMITS
from kg.text.document import Document, Sentence
from kg.text.quantities import Quantity
from kg.model import INDICATOR, OBSERVATION, ORG, PLACE, PROJECT, Mention, Span
from kg.text.names import CJK, CJK_CHARS, NATURAL_SUFFIXES, URBAN_AREAS, is_proper, split_area
from kg.text.lookup import Alternatives, WordTrie, alternation_pattern, words_closing
from kg.text.segment import Token

# The words jieba cuts a registered legal form into ("股份/有限公司"); a head before one is a trade.
STOP_POS = {"uj", "ul", "uz", "uv", "ud", "ug", "u", "p", "c", "r", "rr", "rz", "d", "ad", "y", "e", "o", "k"}
# ASCII punctuation (after NFKC) and CJK marks; "." "%" "+" "·" stay inside names ("PM2.5", "黔江·北京智库")
# parts of speech of a first word that opens no name of a thing (a reservoir's, a company's): a verb,
# adverb, preposition, conjunction, number, measure, pronoun, particle, place word, time or adjective
# ("已建水库", "该公司", "三家", "全部")
NOT_NAME_OPENING_POS = ("v", "d", "p", "c", "m", "q", "r", "u", "t", "f", "a")
PUNCT = set("!\"#$&'()*,/:;<=>?@[\\]^_`{|}~-—、。“”‘’《》【】「」『』…")
# bullets and caption marks ("▲南湖公园改造效果图", "•某某艺术小镇"): never part of a name
PUNCT |= set("▲△▼▽●○■□◆◇★☆►▶•※")
QUOTES = "“”\"'‘’「」『』《》"
# the mark and the words that join a list's items ("甲、乙和丙", "A及B", "A与B"): one character each
LIST_JOINERS = "、和及与"


class _once:
    """functools.cached_property without its lock (Python 3.11's takes an RLock at every first
    read; 3.12 dropped it): the value is computed at the first read and kept in the instance's
    __dict__, which later reads find before this descriptor. A sentence's context is read by one
    thread; each is made once a sentence and ~4 of these are read on each (~13,000 a pass)."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass
class SentenceContext:
    doc: Document
    sentence: Sentence
    tokens: list[Token]
    quantities: list[Quantity]
    found: list[Mention]

    @_once
    def text(self) -> str:  # read ~100 times a sentence: an attribute once read (a sentence's text never changes)
        return self.sentence.text

    def mention(self, type_: str, a: int, b: int, **attrs) -> Mention:
        s = self.sentence
        return Mention(type_, clean_name(s.text[a:b]), s.at(a, b), s.index, attrs)

    def span(self, a: int, b: int) -> Span:
        """The span of text[a:b] of this sentence."""
        return self.sentence.at(a, b)

    @_once
    def token_starts(self) -> list[int]:
        """Where each token starts, in order: an index for lookups by offset (tokens do not change)."""
        return [t.start for t in self.tokens]

    @_once
    def token_start_set(self) -> frozenset[int]:
        return frozenset(self.token_starts)

    @_once
    def token_end_set(self) -> frozenset[int]:
        return frozenset(t.end for t in self.tokens)

    @_once
    def tokens_by_start(self) -> dict[int, Token]:
        """Each token by where it starts (the first, were two to start at one offset): rules ask
        for the token at an offset many times a sentence; a look-up, not a walk over the tokens."""
        return {t.start: t for t in reversed(self.tokens)}

    @_once
    def tokens_by_end(self) -> dict[int, Token]:
        return {t.end: t for t in reversed(self.tokens)}

    def token_starting_at(self, a: int) -> Token | None:
        """The token that starts at `a`: next((t for t in ctx.tokens if t.start == a), None)."""
        return self.tokens_by_start.get(a)

    def token_ending_at(self, b: int) -> Token | None:
        """The token that ends at `b`: next((t for t in ctx.tokens if t.end == b), None)."""
        return self.tokens_by_end.get(b)

    def token_at(self, a: int, b: int) -> Token | None:
        """The token that is text[a:b] exactly, or None."""
        t = self.tokens_by_start.get(a)
        return t if t is not None and t.end == b else None

    def token_reaching(self, b: int) -> Token | None:
        """The token that starts before `b` and ends at or after it (the one holding text[b - 1]):
        next((t for t in ctx.tokens if t.start < b <= t.end), None), by bisection. Tokens cover
        the sentence back to back (kg.text.segment.tokens), so the last one starting before `b`
        reaches it unless `b` is past the text."""
        i = bisect.bisect_left(self.token_starts, b) - 1
        if i < 0:
            return None
        t = self.tokens[i]
        return t if t.end >= b else None

    def taken(self, a: int, b: int, types: tuple[str, ...] | None = None) -> bool:
        span = self.sentence.at(a, b)
        start, end = span.start, span.end  # m.span.overlaps(span), inline: rules ask this ~50,000 times a pass
        if types is None:
            return any(m.span.start < end and start < m.span.end for m in self.found)
        return any(m.type in types and m.span.start < end and start < m.span.end for m in self.found)

    def reaches_out_of(self, a: int, b: int, types: tuple[str, ...] | None = None) -> bool:
        """Does a mention found (of one of `types`) overlap text[a:b] without lying inside it: one over it,
        or across one of its edges?"""
        return any((types is None or m.type in types) and m.local_start < b and a < m.local_end
                   and not (a <= m.local_start and m.local_end <= b) for m in self.found)

    def found_at(self, a: int, b: int, type_: str) -> bool:
        """Is a mention of type `type_` found at exactly text[a:b]?"""
        return any(m.type == type_ and m.local_start == a and m.local_end == b for m in self.found)

    def end_of_found_opening(self, at: int, types: tuple[str, ...] = (PLACE,), upto: int | None = None,
                             accept=None) -> int:
        """Where the longest mention of one of `types` found opening at `at` ends (at most at `upto`, and
        only those `accept` takes); `at` where none does: the place (or body) a name opens with, which
        the rules read past to the name's own part ("汉沽|营城", "某某区|某某片区")."""
        return max((m.local_end for m in self.found if m.type in types and m.local_start == at
                    and (upto is None or m.local_end <= upto) and (accept is None or accept(m))), default=at)


# what clean_name drops (str.isspace and re's \s are the same test)
_NOT_IN_NAMES = re.compile(rf"[{re.escape(QUOTES)}\s]")


def made_of_words(text: str, words: tuple[str, ...]) -> bool:
    """Is `text` only words of `words`, one after another (each time the first that opens what is
    left, in the order given: pass the longest first where one word opens another)?"""
    while text:
        word = next((w for w in words if text.startswith(w)), None)
        if word is None:
            return False
        text = text[len(word):]
    return True


def clean_name(span: str) -> str:
    if _NOT_IN_NAMES.search(span) is None:
        return span  # most names: nothing to drop, no walk over their characters
    return "".join(c for c in span if c not in QUOTES and not c.isspace())



# ---------------------------------------------------------------- shared boundary rules

@functools.lru_cache(maxsize=1)
def triggers() -> frozenset[str]:
    return lexicons.word_set("triggers.txt")


# Verbs that live in works names but never in an organization's ("中医院迁建和县医院…").
_WORKS_VERBS = lexicons.word_set("text_works_verbs.txt")


def is_boundary(tok: Token, strict: bool = True, organization: bool = False) -> bool:
    """A token that cannot be inside a name: punctuation, a trigger verb, a function word. With
    strict=False (project names, which hold verbs: "防洪治理", "维修保护") only triggers stop."""
    return _word_is_boundary(tok.word, tok.pos, strict, organization)


@functools.lru_cache(maxsize=1 << 16)
def _word_is_boundary(word: str, pos: str, strict: bool, organization: bool) -> bool:
    """is_boundary of a word and its tag: the name walks ask it of the same few thousand words
    again and again (~15,000 times over the samples and Hailar), and it depends on nothing else."""
    if not strict and word in lexicons.word_set("name_verbs.txt") and not (organization and word in _WORKS_VERBS):
        return False
    if word in triggers() or any(c in PUNCT for c in word):
        return True
    if (not strict and len(word) > 2 and word[-2:] in lexicons.word_set("name_verbs.txt")
            and word[:-2] not in triggers() and pos in ("l", "i")):
        return False  # a set phrase closed by a verb of names ("秸秆综合利用项目", "X水库综合利用项目")
    if len(word) > 2 and (word[:2] in triggers() or word[-2:] in triggers()) and pos in ("v", "vn", "l", "i", "d"):
        return True  # an unknown compound of a trigger ("深入开展")
    if len(word) >= 4 and word[:2] in triggers() and word[2:] in triggers():
        return True  # two triggers in one word, whatever jieba tags it ("充分利用")
    if pos in STOP_POS:
        return True
    if pos in ("v", "vd", "vi") and len(word) > 1:
        return strict or word not in lexicons.word_set("name_verbs.txt")
    return False


def is_route_to(word: str) -> bool:
    """Is the token a route's "to": 至 alone, or 至 glued to the next end's first character (route_to_words.txt)?"""
    return word == "至" or word in lexicons.word_set("route_to_words.txt")


def _route_end_word(toks: list, i: int, strict: bool) -> bool:
    """Is toks[i] a route's second end that jieba read as a verb ("上河至下岗公路": 下岗), right after a
    route's 至 that follows a name (not a verb's "to": "提升至")? Not a trigger or a mark."""
    t = toks[i]
    return (not strict and i > 1 and toks[i - 1].word == "至" and toks[i - 2].pos != "v" and t.pos.startswith("v")
            and len(t.word) == 2 and t.word not in triggers() and not any(c in PUNCT for c in t.word))


@functools.lru_cache(maxsize=1)
def _registered_form_words() -> frozenset[str]:
    """The words of a legal form a name walk runs through after a works head (org_legal_forms.txt)."""
    return frozenset(lexicons.roles("org_legal_forms.txt")["word"])


@functools.lru_cache(maxsize=1)
def _trade_or_field_after_words() -> frozenset[str]:
    """The words after a works head that make it part of a name: a legal form (the company's trade) or
    a college's kind (its field; org_field_college_kinds.txt)."""
    return _registered_form_words() | lexicons.word_set("org_field_college_kinds.txt")


def name_start(ctx: SentenceContext, end: int, max_chars: int = NAME_LIMITS.max_chars,
               max_tokens: int = NAME_LIMITS.max_tokens, through_heads: bool = False, strict: bool = True,
               organization: bool = False) -> int:
    """Walk left from `end` over name-like tokens; return where the name begins."""
    toks = ctx.tokens
    i = bisect.bisect_left(ctx.token_starts, end) - 1  # the last token starting before `end`
    start = end
    if i >= 0 and toks[i].end > end:
        # the head begins inside a token ("中信集团"): that token's front is part of the name
        if is_boundary(toks[i], strict, organization) and toks[i].pos not in ("nhead", "phead"):
            return end
        start = toks[i].start
        i -= 1
    used = 0
    while i >= 0:
        t = toks[i]
        # a works name may run over a route's 至 ("秀山至黔江220千伏输变电复线工程"), also where jieba glued
        # it to the next end ("李庄至上坝公路": 至上/坝) or read that end as a verb ("上河至下岗公路": 下岗)
        route = (is_route_to(t.word) and not strict and i > 0 and toks[i - 1].pos != "v" and start < end
                 or _route_end_word(toks, i, strict))
        if (not route and is_boundary(t, strict, organization)) or end - t.start > max_chars or used >= max_tokens:
            break
        if (through_heads and t.word in lexicons.word_set("generic_orgs.txt") and t.word not in lexicons.word_set("org_suffixes.txt")
                and not toks[i + 1].word.startswith("第") and not _kind_word_after_name(toks, i, end, strict, organization)):
            break  # "商业银行" before "恒丰银行黔江支行" is a description, not the parent
        if (not through_heads and is_head(t) and not (i + 1 < len(toks) and toks[i + 1].pos == "ns")
                and not (organization and i + 1 < len(toks) and toks[i + 1].word in _trade_or_field_after_words()
                         and is_works_head(t))):
            # a works head right before a registered legal form is the company's trade
            # ("华建建设工程有限公司", "蜀通路桥工程有限公司"), and before a college's kind its field
            # ("安徽工程大学", "四川工程职业技术学院"), not another name's head
            if not (i + 1 < len(toks) and toks[i + 1].word.startswith("第")):
                break  # another name's head; only a branch ("恒丰银行黔江支行", "…公司第三分公司") runs through one
        start = t.start
        used += 1
        i -= 1
    return _town_cut_at(ctx, start) if start < end else start


def _kind_word_after_name(toks: list, i: int, end: int, strict: bool, organization: bool) -> bool:
    """Is toks[i], a word of a kind (generic_orgs.txt: 配套, 民营), right before the head at `end` and
    after a name-like word ("潍柴国际配套产业园": the park of the company's suppliers)? It then qualifies
    the head inside one name; alone after a verb ("推进配套产业园建设") it still opens a kind."""
    if i == 0 or toks[i].end != end and not is_head(toks[i + 1]):
        return False
    before = toks[i - 1]
    if is_head(before):
        return False  # "京港澳高速配套连接线": the works' name ends before 配套, the kind of the next works
    return (not is_boundary(before, strict, organization) and before.word not in lexicons.word_set("generic_orgs.txt")
            and before.word not in lexicons.word_set("generic_projects.txt") and len(before.word) > 1)


_TOWN_ENDS = ("镇", "乡")


def _town_cut_at(ctx: SentenceContext, start: int) -> int:
    """Where a name opens when jieba cut one of the report's own towns (kg.text.area: towns.tsv) across
    its start ("太/d 石镇/ns 卫生院", "新添/v 镇/n 中心幼儿园"): at the town's first character, on a word's
    start; else `start`. The town's full name (with 镇 or 乡) must run past `start`."""
    towns = ctx.doc.own.towns
    text = ctx.text
    if not towns or start == 0:
        return start
    after = text[start:start + 3]
    if start < len(text) and "镇" not in after and "乡" not in after:
        return start  # a town running past `start` ends within its next three characters (the walk below)
    for back in range(1, 4):
        j = start - back
        if j < 0:
            break
        for size in range(back + 1, back + 4):
            town = text[j:j + size]
            if town.endswith(_TOWN_ENDS) and town in towns and token_starts_at(ctx, j):
                return j
    return start


@functools.lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    return tuple(w for w in lexicons.words("org_suffixes.txt") + lexicons.words("project_heads.txt") if len(w) > 1)


def is_head(tok: Token) -> bool:
    return tok.pos in ("nhead", "phead") or (len(tok.word) > 2 and _ends_in_head_word(tok.word))


@functools.lru_cache(maxsize=1)
def _works_head_words() -> tuple[str, ...]:
    return tuple(w for w in lexicons.words("project_heads.txt") if len(w) > 1)


def is_works_head(tok: Token) -> bool:
    """A works head ("工程", "水利工程"), not an organization's ("集团"): before a registered legal
    form it is the company's trade."""
    return tok.pos == "phead" or (tok.pos != "nhead" and tok.word.endswith(_works_head_words()))


def _ends_in_head_word(word: str) -> bool:
    """Does `word` end in a word of org_suffixes.txt or project_heads.txt? Only the few heads that
    end in its last character are tried (words_closing), not the ~300."""
    for head in words_closing(_head_words(), word):
        if word.endswith(head):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def tokenizer_tags():
    from kg.text.segment import tokenizer

    return tokenizer()


# ---------------------------------------------------------------- places

@functools.lru_cache(maxsize=1)
def place_lexicon_pattern() -> WordTrie:
    """The places of the lexicons (divisions, regions, landforms, countries, world places) of two
    characters or more, as a trie: the same matches as a regex alternation of them, longest first,
    at a fraction of its cost (thousands of names)."""
    names = set(lexicons.divisions_by_name())
    names |= lexicons.named_regions()
    names -= lexicons.word_set("not_names.txt")
    return WordTrie(n for n in names if len(n) >= 2)


def token_ends_at(ctx: SentenceContext, b: int) -> bool:
    return b in ctx.token_end_set


def aligned(ctx: SentenceContext, a: int, b: int) -> bool:
    return a in ctx.token_start_set and b in ctx.token_end_set


def list_items(ctx: SentenceContext, m: re.Match, group: int = 1, seps: str = "、", **walk) -> list[tuple[int, int]]:
    """The spans of the items of a list matched by `m`, separated by any of `seps` (one character
    each); the first item starts where a name starting there would (the regex may have taken a verb
    before it)."""
    spans = []
    pos = m.start(group)
    for n, item in enumerate(re.split(f"[{re.escape(seps)}]", m.group(group))):
        a, b = pos, pos + len(item)
        pos = b + 1
        if n == 0:
            a = max(a, name_start(ctx, b, **walk))
        spans.append((a, b))
    return spans


def last_listed(text: str, first: Mention, by_start: dict[int, Mention], joiners) -> Mention:
    """The last of the mentions listed from `first` on: while one of `joiners` (、, 和…) follows the last
    and a mention of `by_start` (mentions by their local start) starts right after it, that one
    ("青禾港、澄江港、岚山港北湾港区建设": 岚山港北湾港区)."""
    last = first
    while (j := next((w for w in joiners if text.startswith(w, last.local_end)), None)) is not None \
            and last.local_end + len(j) in by_start:
        last = by_start[last.local_end + len(j)]
    return last


def core_of_any_city(ctx: SentenceContext, name: str) -> bool:
    """Is `name` a city's core named by its kind alone (opening with a word of place_city_cores.txt:
    "主城区", "中心城区") in the report of a province or an autonomous region (its own area a division
    of level province that is no city: 甘肃省, 内蒙古自治区; not 北京市, 重庆市)? There it is the core of
    any of its cities, a scope, no one place (ANNOTATION Place: not a scope word); a city's or
    district's report names its own by it."""
    d = ctx.doc.own.division
    return d is not None and d.level == "province" and not d.name.endswith("市") \
        and name.startswith(lexicons.words("place_city_cores.txt"))


def token_starts_at(ctx: SentenceContext, a: int) -> bool:
    return a in ctx.token_start_set


# ---------------------------------------------------------------- projects

@functools.lru_cache(maxsize=1)
def project_head_pattern() -> Alternatives:
    heads = alternation_pattern(lexicons.words("project_heads.txt"))
    # a route's ends hold no 的 ("投资4300万元的中央桥至哈萨尔桥段工程": the route starts after it);
    # the route and the heads are searched apart (kg.text.lookup.Alternatives), same matches
    return Alternatives(rf"(?:(?:(?!的)[{CJK_CHARS}]){{2,4}}至[{CJK_CHARS}]{{2,4}}段)", rf"(?:{heads})")


@functools.lru_cache(maxsize=None)
def project_heads_flagged(*flags: str) -> tuple[str, ...]:
    """The heads of project_heads.txt with one of `flags`, in the file's order (a fixed order, whatever the
    hash seed, where a caller takes the first head that matches)."""
    return tuple(w for w, flag in lexicons.mapping("project_heads.txt").items() if flag in flags)


@functools.lru_cache(maxsize=1)
def weak_heads() -> frozenset[str]:
    return frozenset(project_heads_flagged("weak", "owned", "region", "zone"))


def region_heads() -> tuple[str, ...]:
    """Weak heads of a development corridor, belt or circle ("科创大走廊", "创新带", "科创圈"), whose name
    opens with the places, waters or routes it joins, never with a company."""
    return project_heads_flagged("region")


def zone_heads() -> tuple[str, ...]:
    """Weak heads of a designated pilot zone ("试验区", "先导区", "协同区"), whose name must hold a place,
    an organization or places' initials: a field alone names the kind of designation."""
    return project_heads_flagged("zone")


@functools.lru_cache(maxsize=1)
def owned_heads() -> frozenset[str]:
    """Weak heads whose name must hold a place or an organization found ("某某汽车某县工厂"), no rare word
    alone ("全球灯塔工厂": a title)."""
    return frozenset(project_heads_flagged("owned"))


# counts before a water's or feature's head ("两河", "三江"): a count of waters, no name
WATER_COUNTS = "一二三四五六七八九十两几百千万"


def count_or_side_opening(char: str) -> bool:
    """Does a feature's name opening with `char` speak of a count, a side or a size ("两河", "沿河",
    "大山": WATER_COUNTS, place_not_stems.txt) rather than name one feature?"""
    return char in WATER_COUNTS or char in lexicons.characters("place_not_stems.txt")


def count_or_side_water(word: str) -> bool:
    """Is a two-character word a count, a side or a size before a water's head ("两河", "沿河", "大河"),
    which no list beside a known river makes a name? (两河 and 沿河 are also towns and a county
    elsewhere: found as such by their own rules, not by the list.)"""
    return len(word) == 2 and count_or_side_opening(word[0])


# the course beside a water, before its head ("沿河", "滨江", "临湖"): where, not which water; a compass
# side is no such word here, since the dictionary's place words 南湖, 东湖, 西江 are lakes and rivers
WATER_COURSE = "沿滨临"


def count_or_course_water(word: str) -> bool:
    """Is a two-character word jieba tags as a place a count or a course before a water's head ("两河",
    "沿河"), no water a list beside a known river makes a name (沿河 is also a county: found as such
    by the lexicon, not by the list)?"""
    return len(word) == 2 and (word[0] in WATER_COUNTS or word[0] in WATER_COURSE)
