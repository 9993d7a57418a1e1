"""Facts about names that every stage may ask: is a stem a proper name, how an area's name splits
into divisions, the words for a town's urban quarters."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PROPER_NAME
from kg.text.segment import tokenizer

# The Chinese characters (CJK Unified Ideographs and Extension A), written once: CJK_CHARS goes
# inside a regex character class ("[{CJK_CHARS}]"), CJK matches one such character.
CJK_CHARS = "\u3400-\u9fff"
CJK = re.compile(f"[{CJK_CHARS}]")
_CJK_ONLY = re.compile(f"[{CJK_CHARS}]*")


def all_cjk(text: str) -> bool:
    """Is every character of `text` a Chinese character (True for "", as `all` is)? One match in C
    for `all(CJK.match(c) for c in text)`."""
    return _CJK_ONLY.fullmatch(text) is not None

# the Chinese numerals of one to ten: ranks ("一、二类"), phases ("一、二期"), parts and sessions ("第十四届")
CN_NUMERALS = "一二三四五六七八九十"
# the number of an urban rail line as a list of lines sharing 号线 writes it ("7" of "7、8号线一期",
# "S1", "6号", "二"): kg.extract.projects names each listed line by it, and it is that line's alias,
# but no name on its own (kg.corpus.history: 7号线一期 and 7号线二期 both have the alias "7")
LINE_NUMERAL = rf"(?:[A-Z]?\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})"
LINE_NUMBER = re.compile(rf"{LINE_NUMERAL}号?")

# in the file's order: a rule takes the first that fits
URBAN_AREAS = tuple(row[0] for row in lexicons.rows("text_urban_areas.txt"))

WORKS_WORD = "项目"  # a works name's optional last word (ANNOTATION rule 10: "殡仪馆新建项目" is "殡仪馆新建")

# ---- the phase grammar: a works' phase as the reports write it, one table for every rule that reads one.
# A phase is a number then 期 ("二期", "十二期", "12期"), maybe with the ordinal mark before it ("第三期");
# a first phase may be written 首期 too; 工程 or 项目 may close a works' name after its phase.
PHASE_NUMERALS = CN_NUMERALS  # "一期" … "十期", and their runs ("十二期")
PHASE_DIGITS = "0-9"  # "3期", "12期" (the text is NFKC: full-width digits are ASCII by then)
PHASE_ORDINAL = "第"  # "第三期"
PHASE_WORD = "期"
UNNUMBERED_FIRST_PHASE = "首期"  # a first phase written without its number
FIRST_PHASES = ("一期", UNNUMBERED_FIRST_PHASE)
WORKS_CLOSINGS = ("工程", "项目")  # the words that may close a works' name after its phase ("某某公园二期工程")
WORKS_CLOSING = f"(?:{'|'.join(WORKS_CLOSINGS)})"  # one of them, as a regex


def phase_pattern(*, ordinal: bool = False, digits: bool = True, later: bool = False, most: int | None = None,
                  first_word: bool = False, closing: bool = False) -> str:
    """The regex (a string, to be compiled or put inside another) of a phase of the table above: `ordinal`,
    第 may open it; `digits`, Arabic digits may number it ("3期"); `later`, only a phase after the first
    (二…十: "二期", not "一期"); `most`, at most that many numerals or digits ("二期", "十二期" for 2);
    `first_word`, 首期 too; `closing`, then an optional 工程 or 项目. The anchoring is the caller's (`match`,
    `fullmatch`, `search` with "$"): the named patterns below are those the rules use."""
    numerals = PHASE_NUMERALS[1:] if later else PHASE_NUMERALS
    repeat = "+" if most is None else "" if most == 1 else f"{{1,{most}}}"
    number = f"[{numerals}{PHASE_DIGITS if digits else ''}]{repeat}"
    phase = f"{PHASE_ORDINAL + '?' if ordinal else ''}{number}{PHASE_WORD}"
    if first_word:
        phase = f"(?:{phase}|{UNNUMBERED_FIRST_PHASE})"
    return phase + (WORKS_CLOSING + "?" if closing else "")


# a numbered phase ("二期", "12期"), the 第 form too ("第三期": after a name, the name is the works')
PHASE = re.compile(phase_pattern())
ORDINAL_PHASE = re.compile(phase_pattern(ordinal=True))
# the phase that ends a text, one numeral or digit ("…公园二期" → 二期; "十二期" ends in 二期)
PHASE_AT_END = re.compile(phase_pattern(most=1) + "$")
# a site's phase in a works' name, in words, first phase or later ("二期", "第十二期", "首期"), and a later one
# maybe closed by 工程 or 项目 ("某某公园二期工程")
SITE_PHASE = re.compile(phase_pattern(ordinal=True, digits=False, most=2, first_word=True))
LATER_SITE_PHASE = re.compile(phase_pattern(ordinal=True, digits=False, most=2, later=True, closing=True))

# a works' phase and the 工程 or 项目 that may close its name ("某某工业园二期项目", "某某工程一期"): the tail
# after a name that is still the same works
PHASE_TAIL = re.compile(f"(?:{phase_pattern()})?{WORKS_CLOSING}?")


def without_trailing(text: str, words: tuple[str, ...]) -> str:
    """`text` without the words of `words` that end it, one after another, each time the first of
    `words` it ends with ("某某农贸市场项目工程" → "某某农贸市场"; give `words` longest first where one
    ends another)."""
    while (word := next((w for w in words if w and text.endswith(w)), None)) is not None:
        text = text[:-len(word)]
    return text


def without_phase(name: str) -> str:
    """A works' name without the phase and 项目 or 工程 that may close it ("某某工业园二期项目" → 某某工业园)."""
    return _TRAILING_PHASE.sub("", name)


_TRAILING_PHASE = re.compile(PHASE_TAIL.pattern + "$")


@functools.lru_cache(maxsize=1)
def _water_source_use() -> re.Pattern[str]:
    water, reach, use = ("|".join(map(re.escape, lexicons.longest_first(lexicons.words_of_kind("place_water_source_uses.tsv", k))))
                         for k in ("water", "reach", "use"))
    return re.compile(f"(?:{water})(?:{reach})?(?:{use})$")


def water_source_use_ending(text: str, end: int) -> bool:
    """Does text[:end] end with a water's head (maybe its reach) and the words of a drinking-water
    source ("某某湖饮用水源地", "某某水库水源地", "某某江上游水源地"; place_water_source_uses.tsv)? The
    water is the place; the source after it is its use, no area of its own."""
    return _water_source_use().search(text, max(0, end - _WATER_SOURCE_USE_SPAN), end) is not None


# the longest water's head, reach and use words together ("水库" "上游" "饮用水水源地")
_WATER_SOURCE_USE_SPAN = 12


# one string of the heads of natural features' names ("江", "山"), for `c in` tests and regex classes
NATURAL_SUFFIXES = lexicons.characters("text_natural_suffixes.txt")


def is_landform_noun(word: str) -> bool:
    """Is `word` a landform's common noun, a natural head alone ("山", "湖") or a word of
    place_landform_word_heads.txt ("高原", "沙漠", "山区")? jieba tags some of them ns; alone they
    name no place."""
    return (len(word) == 1 and word in NATURAL_SUFFIXES) or word in lexicons.word_set("place_landform_word_heads.txt")


# jieba's tags of proper nouns: places, persons, other proper names, abbreviations
_PROPER_TAGS = ("ns", "nr", "nrt", "nz", "nrfg", "j")


@functools.lru_cache(maxsize=16384)
def scenic_area_stem(name: str) -> str | None:
    """The place a scenic area's name is named after (place_scenic_heads.txt: "某某山风景区" → 某某山):
    its stem, when that is a proper name (two characters or more, no digit, no generic word of
    not_names.txt)."""
    head = next((h for h in lexicons.words("place_scenic_heads.txt") if name.endswith(h)), None)
    stem = name[: -len(head)] if head else ""
    if len(stem) < 2 or any(c.isdigit() for c in stem) or stem in lexicons.word_set("not_names.txt"):
        return None
    return stem


@functools.lru_cache(maxsize=16384)
def is_proper(stem: str, strict: bool = False) -> bool:
    """Does `stem` hold a proper name? True when some part of it is not a common word: an unknown
    or rare word ("阿蓬", "京宏源", "神龟"), a proper noun ("金溪"/ns) or a rare character ("濯").
    Common words and characters ("绿色矿", "精品", "城美", "最美") name nothing by themselves.
    Remembered by stem (the tokenizer and its dictionary are fixed once loaded): the rules and the
    relations ask it of the same few stems again and again (~5,000 calls, ~1,500 stems, in the
    samples and Hailar; ~120 calls a report in the relations), each a cut of the stem."""
    if len(stem) < 2:
        return False
    pos = tokenizer()
    freq = pos.tokenizer.FREQ
    for pair in pos.cut(stem, HMM=True):
        w, tag = pair.word, pair.flag
        if not CJK.match(w[0]):
            if w.isascii() and w.isalpha() and len(w) > 1:
                return True
            continue
        f = freq.get(w) or 0
        if len(w) == 1:
            if f < PROPER_NAME.rare_char:
                return True
            continue
        if w not in freq:
            # an unknown word the HMM put together: a name when it has a rare character
            # ("阿蓬", "京宏源"), not when it is two common ones side by side ("城美")
            if len(w) >= 3 or min(freq.get(c) or 0 for c in w) < PROPER_NAME.rare_char_in_unknown:
                return True
            continue
        if (f < PROPER_NAME.rare_word and not strict) or (tag in _PROPER_TAGS and f < PROPER_NAME.rare_proper_noun):
            return True
    return False


def split_area(area: str) -> list[str]:
    """"重庆市黔江区" → ["重庆市", "黔江区"] by longest division names from the left."""
    out = []
    pos = 0
    names = lexicons.divisions_by_name()
    while pos < len(area):
        for j in range(len(area), pos, -1):
            if area[pos:j] in names and j - pos >= 2:
                out.append(area[pos:j])
                pos = j
                break
        else:
            return out + [area[pos:]] if area[pos:] else out
    return out


def opens_abbreviated_route(text: str, a: int, b: int) -> bool:
    """Is text[a:b], a short form of a place below a province, the start of a route's name built of
    its ends' one-character forms ("昌吉赣客专": 昌, 吉, 赣 of 南昌, 吉安, 赣州, no 昌吉): two characters,
    the last a province's form (place_abbreviations.txt), one more such form right after it (two or
    more are a route's abbreviation of their own, after a whole place: "西宁青藏铁路"), then a route's
    kind (place_abbreviated_route_kinds.txt)? A province's own name before its route is kept
    ("四川川藏铁路")."""
    forms = lexicons.word_set("place_abbreviations.txt")
    if b - a != 2 or text[b - 1] not in forms:
        return False
    if any(d.level == "province" for d in lexicons.divisions_by_name().get(text[a:b], ())):
        return False
    k = b
    while k < len(text) and k - b < 2 and text[k] in forms:
        k += 1
    # the route's abbreviation is the forms right before its kind: two or more of them after the place
    # name the route's ends by themselves ("西宁青藏铁路", "南京京沪高铁"), and the place before is whole;
    # only one form after it ("昌吉赣客专") needs the place's characters to make up the route's ends
    return k == b + 1 and text.startswith(lexicons.words("place_abbreviated_route_kinds.txt"), k)


@functools.lru_cache(maxsize=1)
def transfer_works_pattern() -> re.Pattern[str]:
    """The names of transfer works: "引" source verb destination (引江济淮, 引黄入冀) or source goods
    verb destination (青电入豫) or direction goods direction verb (南水北调, 西气东输); sources and destinations are one-character
    forms of rivers and provinces (project_transfer_ends.txt, place_abbreviations.txt)."""
    parts = {k: "".join(v.split()) for k, v in lexicons.mapping("project_transfer_words.txt").items()}
    ends = "".join(sorted(lexicons.word_set("project_transfer_ends.txt")
                          | {w for w in lexicons.word_set("place_abbreviations.txt") if len(w) == 1}))
    end, goods, verb, way = f"[{ends}{parts['direction']}]", f"[{parts['goods']}]", f"[{parts['verb']}]", f"[{parts['direction']}]"
    return re.compile(f"引[{ends}]{verb}[{ends}]|{end}{goods}{verb}{end}|{way}{goods}{way}{verb}")
