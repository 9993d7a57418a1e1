"""The grammar of a company's registered name, written once: 行政区划 + 字号 + 行业 + 组织形式
(企业名称登记管理规定: place, trade name, industry, legal form), "湖南康泰源生物科技有限公司".

Two readings use it:
- `company_trade_name`: a whole company's name that closes with its legal form → its place and
  trade name (aliases of short names, kg.resolve.entities; works named by a trade name,
  `trade_names`);
- `registered_trade_name_at`: inside a works' name, a trade name and an industry after a place
  ("广东瑞澄新能源…"): the place is the company's registration (kg.resolve.relations).

The industry words both read are `company_trades()` (org_company_trades.txt, brand_heads.txt) and
one addition each, which differ on purpose:
- `trade_words()` adds industries.txt: after a trade name in a name known to be a company's (it
  closes with a legal form), any industry may follow ("…新能源汽车有限公司");
- `registered_industries()` adds only rel_registered_trades.txt: inside a works' name, where the
  rule removes a province's link, industries.txt would also take a product the works make after a
  company's trade name ("江西某达多晶硅项目" in a city of 江西: the works are in the province too);
  with it the 663 older pool excerpts lose one such right link (measured in session 22).
"""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import COMPANY_OPENING
from kg.text.names import CJK, CJK_CHARS, is_proper
from kg.text.segment import tokenizer, tokens, word_freq

_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")


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
    split = place_and_rest(name)
    if split is None:
        return None
    form, place, rest = split
    divisions = lexicons.divisions_by_name()
    trade = next((rest[:k] for k in _trade_starts(rest) if k >= 2 and len(rest) - k >= 2 and is_proper(rest[:k])
                  and _trade_words_only(rest[k:])), None)
    if trade is None and "集团" in form and is_proper(rest):
        trade = rest
    if trade is None or trade in divisions or _place_word(trade):
        return None
    return place, trade


def place_and_rest(name: str) -> tuple[str, str, str] | None:
    """(legal form, place, the rest) of a company's or group's name that closes with a legal form
    (`legal_form`): the longest division's name that opens what is before the form, leaving at least
    two characters after it, and what lies between; None without a legal form."""
    form = legal_form(name)
    if form is None:
        return None
    stem = name[:-len(form)]
    divisions = lexicons.divisions_by_name()
    place = next((stem[:k] for k in range(len(stem) - 2, 1, -1) if stem[:k] in divisions), "")
    return form, place, stem[len(place):]


def trade_names(orgs: list[tuple[str, str]], bare_min: int = 2) -> dict[str, str]:
    """The trade name of each organization's name that closes with a legal form, with and without its
    place (`company_trade_name`; without it, where it has at least `bare_min` characters) → the
    organization's key, where no other organization of `orgs`, (name, key) pairs, has it."""
    found: dict[str, set[str]] = {}
    for name, key in orgs:
        split = company_trade_name(name)
        if split is not None:
            place, trade = split
            for short in {trade if len(trade) >= bare_min else name, place + trade if place else name} - {name}:
                found.setdefault(short, set()).add(key)
    return {short: next(iter(keys)) for short, keys in found.items() if len(keys) == 1}


def registered_trade_name_at(name: str, b: int, lengths: tuple[int, ...], not_trade_names) -> bool:
    """Do a trade name (字号) and an industry follow position `b` of `name` (a works' name), where a
    place closes: a trade name of one of `lengths` characters ending where a word of the name starts,
    then an industry of `registered_industries()` (not 建工 across "扩建工程"); the trade name is no name
    of `not_trade_names` (the places), Chinese characters only, opening with no time or scope word
    (genre_not_trade_initials.txt) and no word jieba knows often ("瑞澄", not "高端" or "现代")."""
    starts = {t.start for t in tokens(name)}
    for k in lengths:
        trade = name[b:b + k]
        if (len(trade) == k and b + k in starts and name.startswith(registered_industries(), b + k)
                and _plain_trade_name(trade, not_trade_names)):
            return True
    return False


def trade_name_closing(name: str, b: int, lengths: tuple[int, ...], not_trade_names) -> bool:
    """Is what follows position `b` of `name`, where a place closes, a trade name alone that ends the
    name (a company called by its place and 字号, "安徽佑顺", listed as its works), of one of `lengths`
    characters and as plain as `registered_trade_name_at` asks?"""
    return len(name) - b in lengths and _plain_trade_name(name[b:], not_trade_names)


def _plain_trade_name(trade: str, not_trade_names) -> bool:
    """A trade name that is no name of `not_trade_names` (the places), of Chinese characters only,
    opening with no time or scope word (genre_not_trade_initials.txt) and no word jieba knows often."""
    return (trade not in not_trade_names and all(CJK.match(c) for c in trade)
            and not trade.startswith(not_trade_initials())
            and word_freq(trade) < COMPANY_OPENING.rare_word_freq)


@functools.cache
def company_trades() -> frozenset[str]:
    """The industry words of companies' names (org_company_trades.txt, brand_heads.txt)."""
    return lexicons.word_set("org_company_trades.txt") | lexicons.word_set("brand_heads.txt")


@functools.lru_cache(maxsize=512)
def trade_name_of_registered(name: str) -> str:
    """The trade name of a company's registered name (`company_trade_name`), or, where that finds no
    proper name (a trade name of common characters, "山玉建材科技有限公司"), the 2-4 characters after
    its place that a trade word (`trade_words`) follows (企业名称登记管理规定: 字号 + 行业 + 组织形式);
    "" for none."""
    parts = company_trade_name(name)
    if parts is not None:
        return parts[1]
    split = place_and_rest(name)
    if split is None:
        return ""
    _, _, rest = split
    divisions = lexicons.divisions_by_name()
    trades = tuple(trade_words())
    k = next((k for k in range(2, min(4, len(rest) - 2) + 1) if rest.startswith(trades, k)), 0)
    return rest[:k] if k and _CJK_RUN.fullmatch(rest[:k]) and rest[:k] not in divisions else ""


@functools.cache
def trade_words() -> frozenset[str]:
    """What may follow a trade name in a company's whole name: `company_trades()` and industries.txt."""
    return company_trades() | lexicons.word_set("industries.txt")


@functools.cache
def product_words() -> frozenset[str]:
    """What a company's plant makes, a trade and no trade name (industries.txt, org_trade_products.txt:
    半导体, 新材料, 乘用车, 光伏, 碳酸锂); not the trades that end a company's own name (org_company_trades.txt:
    "中核汇能" is a company of 中核)."""
    return lexicons.word_set("industries.txt") | lexicons.word_set("org_trade_products.txt")


@functools.cache
def registered_industries() -> tuple[str, ...]:
    """What may follow a trade name in a company's registered name opening a works' name:
    `company_trades()` and rel_registered_trades.txt (why not industries.txt: the module's docstring)."""
    return tuple(sorted(company_trades() | lexicons.word_set("rel_registered_trades.txt")))


@functools.cache
def not_trade_initials() -> tuple[str, ...]:
    """Time and scope words that open no trade name ("新", "全"; genre_not_trade_initials.txt)."""
    return tuple(lexicons.words("genre_not_trade_initials.txt"))


def _trade_starts(rest: str) -> list[int]:
    """Where a trade word (`trade_words`) starts in `rest`, a company's name after its place: at a
    word's start ("康泰|源|生物科技": 3, not 2), or inside a rare word jieba made of the trade name and
    the trade's first character ("沃锐新|材料": 新材料 at 2), not inside a common word ("天赐|高新|材料")."""
    trades = trade_words()
    out = []
    for t in tokens(rest):
        word = rest[t.start:t.end]
        for k in range(t.start, t.end):
            if any(rest.startswith(w, k) for w in trades) and (k == t.start or is_proper(word)):
                out.append(k)
    return out


def _trade_words_only(text: str) -> bool:
    """Is `text` made of no place and of trade words (`trade_words`), alone or two in one word
    ("生物科技"), and common words ("电动汽车电池", "智能制造")?"""
    trades = trade_words()
    return all(p.flag != "ns" and (p.word in trades or not is_proper(p.word)
                                   or any(p.word[:i] in trades and p.word[i:] in trades for i in range(1, len(p.word))))
               for p in tokenizer().cut(text, HMM=True))


def _place_word(word: str) -> bool:
    cut = tokenizer().lcut(word, HMM=True)
    return len(cut) == 1 and cut[0].flag == "ns"


def legal_form(name: str) -> str | None:
    """The legal form (组织形式) that closes a company's or group's name, the longest of
    `org_legal_forms.txt` role short_name ("股份有限公司", not "有限公司"), or None."""
    return next((w for w in _short_name_forms() if name.endswith(w)), None)


@functools.cache
def group_forms() -> tuple[str, ...]:
    """The forms that, right after a known company's short name, make the same company's fuller name,
    longest first: each legal form of `org_legal_forms.txt` role short_name (集团, 集团有限公司,
    股份有限公司…), a holding word (role holding: 控股) alone, and a holding word before each of them
    (控股集团, 控股集团有限公司, 控股集团股份有限公司…), so the longest registered form wins."""
    short = lexicons.roles("org_legal_forms.txt")["short_name"]
    holding = lexicons.roles("org_legal_forms.txt").get("holding", ())
    forms = set(short) | {h + f for h in holding for f in ("", *short)}
    return lexicons.longest_first(forms)


@functools.cache
def company_trade_ends() -> tuple[str, ...]:
    """Industry words that end a company's short name (`company_trades`), longest first."""
    return lexicons.longest_first(company_trades())


@functools.cache
def _short_name_forms() -> tuple[str, ...]:
    return lexicons.longest_first(lexicons.roles("org_legal_forms.txt")["short_name"])
