"""Figures written in Chinese numerals, read as the Arabic figures the rules know (issue 9).

Older reports and press copies of a report (a news agency's wire, a Hong Kong or Taiwan paper) write
"增长百分之十四点五", "二〇〇四年" / "二00四年", "一千二百亿元", "提高零点五个百分点". `normalize`
rewrites these spans as "增长14.5%", "2004年", "1200亿元", "提高0.5个百分点" (each new character
keeps an original offset, so provenance still points at the numeral as written), and every later
stage — quantities, observations, the report's year — reads them as it reads Arabic figures.

Only a numeral that states a figure is rewritten: after 百分之 / 千分之, before 个百分点, a year of
four digits (一九…, 二〇…), and a number with a unit of units.txt that has a structure (十, 百, 千, a
decimal point) or a magnitude (万, 亿) after it. A numeral up to 十 before a noun is a name or an ordinal
("三农", "两会", "四个全面", "十个全覆盖", "三年行动"), a numeral after 第 an ordinal ("第十一个五年"); a plan's
name ("十三五") or a congress ("十六大", "十届") has no unit after it: none is rewritten.
"""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import DOCUMENT_LIMITS

_DIGITS = {"零": 0, "〇": 0, "○": 0, "0": 0, "O": 0, "o": 0,
           "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENS = {"十": 10, "百": 100, "千": 1000}
_DIGIT = "零〇○0一二两三四五六七八九"
_NUMERAL = f"[{_DIGIT}十百千万亿]"
# a year written digit by digit: 一九九八, 二〇〇四, 二00四, 二○二六
_YEAR = re.compile(r"(?<![0-9零〇○一二两三四五六七八九十百千万亿点第])"
                   r"(?:一九[零〇○0一二三四五六七八九]{2}|二[零〇○0O][零〇○0一二三四五六七八九O]{2})"
                   r"(?![0-9零〇○一二两三四五六七八九十百千万亿点])")
_PERCENT = re.compile(rf"(?P<mark>百分之|千分之)(?P<num>{_NUMERAL}+(?:点[{_DIGIT}]+)?)")
# a figure before a unit: integer part (with 万 and 亿 inside it), a decimal, a magnitude kept as
# written ("十二点三四万亿元" is 12.34万亿元, "一千二百亿元" 1200亿元), 多 / 余 ("三千四百多亿美元")
_FIGURE = re.compile(rf"(?<![第{_DIGIT}十百千万亿点0-9.])(?P<num>[{_DIGIT}十]{_NUMERAL}*(?:点[{_DIGIT}]+)?)"
                     rf"(?P<more>[多余])?(?P<mag>万亿|亿|万)?")


@functools.lru_cache(maxsize=1)
def _units() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("units.txt"), key=len, reverse=True))


def integer_value(s: str) -> int | None:
    """"二千零一十五" → 2015, "一万六千零一六" → 16016, "十八" → 18; None if `s` is no integer numeral.
    Digits written one after another ("一六", "二〇〇四") are read as a digit string."""
    total = section = num = 0
    seen = False
    for ch in s:
        if ch in _DIGITS:
            num = num * 10 + _DIGITS[ch]
            seen = True
        elif ch in _TENS:
            section += (num if seen else 1) * _TENS[ch]
            num, seen = 0, False
        elif ch == "万":
            total += (section + num) * 10_000
            section = num = 0
            seen = False
        elif ch == "亿":
            total = (total + section + num) * 100_000_000
            section = num = 0
            seen = False
        else:
            return None
    return total + section + num


def numeral_value(s: str) -> str | None:
    """A numeral with an optional decimal ("十四点五" → "14.5", "零点五" → "0.5") as an Arabic figure."""
    whole, _, decimals = s.partition("点")
    value = integer_value(whole) if whole else None
    if value is None or any(c not in _DIGITS for c in decimals):
        return None
    return f"{value}.{''.join(str(_DIGITS[c]) for c in decimals)}" if decimals else str(value)


# digits run together ("一二三次产业", "九五") are a list or a name; in a figure only 零 runs into a
# digit ("二千零一十五")
_DIGIT_RUN = re.compile(r"[一二两三四五六七八九][零〇○0一二两三四五六七八九]")


# after 个 a numeral names a goal ("三个一亿人"), after 届 it numbers a session
# a session's number: "某届五次、六次全会", "第十三次会议" (after 第 no figure is read at all)
_SESSION = re.compile(rf"次[^,，。;；]{{0,{DOCUMENT_LIMITS.numeral_session_chars}}}?(?:全会|全体会议|会议)")


@functools.lru_cache(maxsize=1)
def _counters() -> frozenset[str]:
    """The counters of things and items (obs_work_counters.txt, obs_item_counters.txt): a figure in one
    before a company's form counts companies ("十五家公司"), no name."""
    return lexicons.word_set("obs_work_counters.txt") | lexicons.word_set("obs_item_counters.txt")


@functools.lru_cache(maxsize=1)
def _company_forms() -> tuple[str, ...]:
    """The forms that close a company's name (`org_legal_forms.txt`): a figure and its unit right
    before one are part of the name ("某某八十八岁集团", "七星公司")."""
    roles = lexicons.roles("org_legal_forms.txt")
    return tuple(sorted({w for r in ("registered", "short_name", "alias") for w in roles.get(r, ())},
                        key=len, reverse=True))


def _is_figure(num: str, mag: str | None, rest: str, before: str) -> bool:
    """A numeral up to 十 is a name or an ordinal ("三农", "四个全面", "十个全覆盖") unless a magnitude
    ("五万亿元") or 个百分点 ("提高三个百分点") follows it; nor is a session's number ("某届五次全会",
    "五次、六次全会") or a quoted name ("“一亿人”")."""
    if _DIGIT_RUN.search(num.partition("点")[0]) or before and before in "届个“‘":
        return False  # "一二三次产业", "某届五次", "三个一亿人", "“一亿人”"
    if num[0] in "零〇○" and "点" not in num:
        return False  # "某某汽零二期": no integer opens with 零 (a trade's 零, 零部件, before a phase); "零点五" is one
    if _SESSION.match(rest):
        return False
    return bool(mag) or len(num) > 1 or rest.startswith("个百分点")


def _rewrites(text: str) -> list[tuple[int, int, str]]:
    """The spans of `text` to rewrite and what to write instead, in order, not overlapping."""
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, new: str) -> None:
        if not any(x < b and a < y for x, y in taken):
            out.append((a, b, new))
            taken.append((a, b))

    for m in _PERCENT.finditer(text):
        value = numeral_value(m.group("num"))
        if value is not None:
            add(m.start(), m.end(), value + ("%" if m.group("mark") == "百分之" else "‰"))
    for m in _YEAR.finditer(text):
        add(m.start(), m.end(), "".join(str(_DIGITS[c]) for c in m.group()))
    for m in _FIGURE.finditer(text):
        num, mag = m.group("num"), m.group("mag")
        split = not mag  # "八百六十万人", "五万亿元", "一万多人": the magnitude closing the integer
        if split:
            mag = re.search(r"[万亿]*$", num).group() or None
            num = num[:len(num) - len(mag or "")]
        end = m.end()
        rest = text[end:end + DOCUMENT_LIMITS.numeral_session_chars + 5]  # 次, the window, 全体会议
        if not num or not _is_figure(num, mag, rest, text[m.start() - 1:m.start()]):
            continue
        unit = "个百分点" if rest.startswith("个百分点") else next((u for u in _units() if rest.startswith(u)), None)
        if unit is None or unit not in _counters() and rest.startswith(_company_forms(), len(unit)):
            continue  # no unit, or a name: "某某八十八岁集团" (not a count of companies: "组建十五家公司")
        value = numeral_value(num)
        if value is not None:
            more, mag = m.group("more") or "", mag or ""
            add(m.start(), end, value + (mag + more if split else more + mag))
    return sorted(out)


def arabic_figures(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """`chars` with the figures written in Chinese numerals rewritten in Arabic ones; each new
    character keeps the original offset of the numeral's first character, the last one that of
    its last (so a span maps back to the whole numeral as written)."""
    text = "".join(chars)
    if not any(c in text for c in "〇○零一二两三四五六七八九十"):
        return chars, offsets
    spans = _rewrites(text)
    if not spans:
        return chars, offsets
    new_c: list[str] = []
    new_o: list[int] = []
    at = 0
    for a, b, new in spans:
        new_c.extend(chars[at:a])
        new_o.extend(offsets[at:a])
        new_c.extend(new)
        new_o.extend([offsets[a]] * (len(new) - 1) + [offsets[b - 1]])
        at = b
    new_c.extend(chars[at:])
    new_o.extend(offsets[at:])
    return new_c, new_o
