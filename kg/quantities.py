"""Numbers with units, found by pattern before any segmenting (jieba splits "23.4%").

A quantity is a number (or a ratio "55:45", or a range "3-5") followed by a unit from the unit
lexicon, with what stands right around it: a bound (以上, 以内, 超, 余 …) and whether it modifies
a noun ("350公里的"), which makes it an attribute rather than a stated value.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicons

_NUMBER = r"\d+(?:\.\d+)?"
MIN_BEFORE = ("不低于", "不少于", "至少", "突破", "超过", "超")
MIN_AFTER = ("以上",)
MAX_AFTER = ("以内", "以下")
MAX_BEFORE = ("不超过", "不高于", "低于")
APPROX_AFTER = ("左右",)  # like 近 and 约 before a number: no bound
CAPACITY_BEFORE = ("年产", "日产", "年处理", "日处理", "时速", "装机", "年吞吐", "总长", "全长")


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets in the sentence, number through unit (and bound words after it)
    end: int
    value: str  # "7", "0.88", "55:45"
    unit: str
    bound: str | None
    high: str | None = None  # the upper value of a range "3-5家"
    modifier: bool = False  # followed by 的: describes a noun ("时速350公里的")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in lexicons.words("units.txt"))
    return re.compile(
        rf"(?P<num>{_NUMBER})(?:(?P<sep>[-~—至到])(?P<high>{_NUMBER}))?"
        rf"(?P<ratio>:\d+(?::\d+)*)?"
        rf"(?P<more>[余多])?(?P<mag>万亿|亿|万|千|百)?(?P<more2>[余多])?"
        rf"(?P<unit>{units})?"
    )


def find_quantities(sentence: str) -> list[Quantity]:
    out = []
    for m in _pattern().finditer(sentence):
        a = m.start("num")
        if a > 0 and (sentence[a - 1].isdigit() or sentence[a - 1] in ".[第" or sentence[a - 1].isascii() and sentence[a - 1].isalpha()):
            continue  # inside a longer token: PM2.5, a footnote [3], an ordinal 第3
        if m.group("ratio"):
            # "粮经比55:45": one value, the ratio itself, in the unit 比.
            out.append(Quantity(a, m.end("ratio"), m.group("num") + m.group("ratio"), "比", None))
            continue
        unit = (m.group("mag") or "") + (m.group("unit") or "")
        if not m.group("unit"):
            continue  # a bare number is a year, an ordinal or a code, not a stated value
        if sentence[m.end():m.end() + 1] == "年" or (m.group("unit") in ("个", "项", "条", "大", "批") and sentence[m.end():m.end() + 1] in "”\""):
            continue
        end = m.end()
        bound = None
        if m.group("more") or m.group("more2"):
            bound = "min"
        rest = sentence[end:]
        for words, kind in ((MIN_AFTER, "min"), (MAX_AFTER, "max"), (APPROX_AFTER, "none")):
            w = next((w for w in words if rest.startswith(w)), None)
            if w:
                end += len(w)
                bound = None if kind == "none" else kind
                break
        before = sentence[max(0, a - 4):a]
        if bound is None:
            if any(before.endswith(w) for w in MAX_BEFORE):
                bound = "max"
            elif any(before.endswith(w) for w in MIN_BEFORE):
                bound = "min"
        # "时速350公里的", "年产40万吨无碱玻纤项目": a capacity that describes a noun
        modifier = sentence[end:end + 1] == "的" or any(before.endswith(w) for w in CAPACITY_BEFORE)
        out.append(Quantity(a, end, m.group("num"), unit, bound, m.group("high"), modifier))
    return _join_ranges(sentence, out)


def _join_ranges(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """"增长6%-6.5%", "3万人至5万人": a range written with the unit on both ends is one range."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (prev is not None and prev.high is None and q.unit == prev.unit and q.start == prev.end + 1
                and sentence[prev.end] in "-~—至到" and prev.bound is None):
            out[-1] = Quantity(prev.start, q.end, prev.value, prev.unit, q.bound, q.value, q.modifier)
            continue
        out.append(q)
    return out

