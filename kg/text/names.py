"""Facts about names that every stage may ask: is a stem a proper name, how an area's name splits
into divisions, the words for a town's urban quarters."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PROPER_NAME
from kg.text.segment import tokenizer, tokens

# The Chinese characters (CJK Unified Ideographs and Extension A), written once: CJK_CHARS goes
# inside a regex character class ("[{CJK_CHARS}]"), CJK matches one such character.
CJK_CHARS = "\u3400-\u9fff"
CJK = re.compile(f"[{CJK_CHARS}]")

# in the file's order: a rule takes the first that fits
URBAN_AREAS = tuple(row[0] for row in lexicons.rows("text_urban_areas.txt"))

# one string of the heads of natural features' names ("江", "山"), for `c in` tests and regex classes
NATURAL_SUFFIXES = lexicons.characters("text_natural_suffixes.txt")


# jieba's tags of proper nouns: places, persons, other proper names, abbreviations
_PROPER_TAGS = ("ns", "nr", "nrt", "nz", "nrfg", "j")


def is_proper(stem: str, strict: bool = False) -> bool:
    """Does `stem` hold a proper name? True when some part of it is not a common word: an unknown
    or rare word ("阿蓬", "京宏源", "神龟"), a proper noun ("金溪"/ns) or a rare character ("濯").
    Common words and characters ("绿色矿", "精品", "城美", "最美") name nothing by themselves."""
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


@functools.lru_cache(maxsize=4096)
def company_trade_name(name: str) -> tuple[str, str] | None:
    """The place and trade name (字号) of a company's or group's name that closes with its legal form
    (`org_legal_forms.txt`, role short_name): after the place that may open it, the shortest run of
    words that is a proper name where a trade word follows it and what follows up to the legal form
    holds no proper name (the trade: "生物科技"), or, for a group, the whole stem: "湖南康泰源生物科技有限公司" → ("湖南", "康泰源"),
    "浙江泓轮机械股份有限公司" → ("浙江", "泓轮"), "沃锐集团" → ("", "沃锐").
    A company's name is 字号 + 行业 + 组织形式 after a place (企业名称登记管理规定), and a report may
    write it by its trade name, with or without the place ("湖南康泰源项目", "泓轮公司"). None where no
    such trade name is found, or it is a place's name or a word tagged a place ("中国")."""
    form = next((w for w in _short_name_forms() if name.endswith(w)), None)
    if form is None:
        return None
    stem = name[:-len(form)]
    divisions = lexicons.divisions_by_name()
    place = next((stem[:k] for k in range(len(stem) - 2, 1, -1) if stem[:k] in divisions), "")
    rest = stem[len(place):]
    trade = next((rest[:k] for k in _trade_starts(rest) if k >= 2 and len(rest) - k >= 2 and is_proper(rest[:k])
                  and _trade_words_only(rest[k:])), None)
    if trade is None and "集团" in form and is_proper(rest):
        trade = rest
    if trade is None or trade in divisions or _place_word(trade):
        return None
    return place, trade


def _trade_starts(rest: str) -> list[int]:
    """Where a trade word (`_trade_words`) starts in `rest`, a company's name after its place: at a
    word's start ("康泰|源|生物科技": 3, not 2), or inside a rare word jieba made of the trade name and
    the trade's first character ("沃锐新|材料": 新材料 at 2), not inside a common word ("天赐|高新|材料")."""
    trades = _trade_words()
    out = []
    for t in tokens(rest):
        word = rest[t.start:t.end]
        for k in range(t.start, t.end):
            if any(rest.startswith(w, k) for w in trades) and (k == t.start or is_proper(word)):
                out.append(k)
    return out


def _trade_words_only(text: str) -> bool:
    """Is `text` made of no place and of trade words (`org_company_trades.txt`, `brand_heads.txt`, `industries.txt`),
    alone or two in one word ("生物科技"), and common words ("电动汽车电池", "智能制造")?"""
    trades = _trade_words()
    return all(p.flag != "ns" and (p.word in trades or not is_proper(p.word)
                                   or any(p.word[:i] in trades and p.word[i:] in trades for i in range(1, len(p.word))))
               for p in tokenizer().cut(text, HMM=True))


@functools.cache
def _trade_words() -> frozenset[str]:
    return (lexicons.word_set("org_company_trades.txt") | lexicons.word_set("brand_heads.txt")
            | lexicons.word_set("industries.txt"))


def _place_word(word: str) -> bool:
    cut = tokenizer().lcut(word, HMM=True)
    return len(cut) == 1 and cut[0].flag == "ns"


@functools.cache
def _short_name_forms() -> tuple[str, ...]:
    return tuple(sorted(lexicons.roles("org_legal_forms.txt")["short_name"], key=lambda w: (-len(w), w)))
