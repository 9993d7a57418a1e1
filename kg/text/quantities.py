"""Numbers with units, found by pattern before any segmenting (jieba splits "23.4%").

A quantity is a number (or a ratio "55:45", also "55∶45" and "55︰45", which reading makes "∶";
or a range "3-5") followed by a unit from the unit lexicon, with what stands right around it: a
bound (以上, 以内, 超, 余 …) and whether it modifies a noun ("350公里的"), which makes it an
attribute rather than a stated value.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import lexicons
from kg.text.lookup import alternation_pattern

_NUMBER = r"\d+(?:\.\d+)?"


@functools.lru_cache(maxsize=None)
def quantity_words(role: str) -> tuple[str, ...]:
    """The words of one role in quantity_words.tsv, in file order: min_before ("不低于"), min_after
    ("以上"), max_after ("以内"), max_before ("不超过"), approx_after ("左右": like 近 and 约 before a
    number, no bound), capacity_before ("年产"), not_tenths (the character after 成 in "成为"),
    per_after (what a value is reckoned per after a slash: "12万元/亩"), money_mark_after (after a bare magnitude, a mark passed that is a sum of money: "10亿大关",
    "千亿台阶", whose 台 is no unit), acronym_before (a measure's Latin abbreviation a figure may
    follow with no space: "GDP152.27亿元"), level_after (after 的, how high a level stands, no noun
    the value describes: "3.5%的较低水平"), ratio_measure (a ratio written as a bare decimal: "收入比")."""
    return lexicons.words_of_kind("quantity_words.tsv", role)


@functools.lru_cache(maxsize=1)
def money_marks() -> str:
    """The marks a sum of money passes (quantity_words.tsv, money_mark_after: "大关", "台阶") as a regex
    alternation: after a magnitude they are no unit ("千亿台阶": 台 is no count of machines)."""
    return "|".join(map(re.escape, quantity_words("money_mark_after")))


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
    units = alternation_pattern(lexicons.words("units.txt"))
    return re.compile(
        rf"(?P<num>{_NUMBER})(?:(?P<sep>[-~—至到])(?P<high>{_NUMBER}))?"
        rf"(?P<ratio>[:\u2236]\d+(?:\.\d+)?(?:[:\u2236]\d+(?:\.\d+)?)*)?"
        rf"(?P<more>[余多])?(?P<mag>万亿|亿|万|千|百)?(?P<more2>[余多])?"
        rf"(?:(?!{money_marks()})(?P<unit>{units}))?(?P<alt>{_ALTERNATIVES})?(?P<per>/(?:[日年月天]|{_per_units()}))?"
    )


@functools.lru_cache(maxsize=1)
def _per_units() -> str:
    """What a value is reckoned per after a slash (quantity_words.tsv, per_after: "12万元/亩"), as a
    regex alternation, longest first."""
    return "|".join(map(re.escape, sorted(quantity_words("per_after"), key=len, reverse=True)))


# "155.4万套(间)", "100条(个)", "2813.8万辆(艘、架、列)次": units with their alternatives in
# brackets are one unit as written
_ALTERNATIVES = r"\([\u4e00-\u9fff](?:、[\u4e00-\u9fff])*\)次?"
# "每人每月2375元" is a monthly rate, 元/人/月 (a yearly one, "每人每年420元", is quoted in 元:
# the year is the period already); "每千人6.6批次" is one of 批次/千人
_PER_BEFORE = re.compile(r"每人每([月日天])$|每([千万百]?人)$")
_ROUND_VALUES = {"百": "100", "千": "1000"}
# "分别达1409万、1305万人次": a figure with only its magnitude takes the unit of the next one
_SHARED_UNIT_GAP = ("、", "和", "及")
_POINT_UNITS = lexicons.words("obs_point_units.txt")


@functools.lru_cache(maxsize=1)
def _round_pattern() -> re.Pattern[str]:
    """"超百亿美元", "近千吨", "超千万人次": a round figure in words, taken only after a word of
    degree, so that "百县千镇" or "千家万户" are not read as figures."""
    units = alternation_pattern(lexicons.words("units.txt"))
    marks = money_marks()
    return re.compile(rf"(?<=[超近逾约达过破上])(?P<num>[百千])(?:(?P<mag>万亿|亿|万)?(?!{marks})(?P<unit>{units})"
                      rf"(?![\u4e00-\u9fff]{{0,1}}[县镇村户家])|(?P<bare>万亿|亿)(?=(?:{marks})|[,;。、]|$))")


@functools.lru_cache(maxsize=1)
def _magnitude_alone_pattern() -> re.Pattern[str]:
    """"进出口总额突破万亿元", "海铁联运班列突破万列", "海洋生产总值突破万亿,": a magnitude of ten
    thousand or a trillion written with no figure before it, after a word of degree, is one of that
    magnitude. A bare 万 is taken only after 超, 近, 逾, 破 ("上万支", "达万高铁" are no figures), and a
    grade ("万亿级规模") is none."""
    units = alternation_pattern(lexicons.words("units.txt"))
    marks = money_marks()
    return re.compile(rf"(?:(?<=[超近逾约达过破上])(?P<mag>万亿)|(?<=[超近逾破])(?P<mag2>万))(?!{marks})(?P<unit>{units})(?!级)"
                      rf"|(?<=[超近逾过破上])(?P<bare>万亿)(?=[,;。、]|$)")


_TENTHS_IN_WORDS = {"两": "2", **{c: str(i) for i, c in enumerate("一二三四五六七八九", 1)}}


@functools.lru_cache(maxsize=1)
def _tenths_in_words_pattern() -> re.Pattern[str]:
    """"财政支出近八成投向民生领域", "八成以上财政资金用于民生", "提升四成": tenths written in words,
    after a word of degree, share or change, or opening a clause with a bound after it (not 成为,
    成效: quantity_words.tsv, not_tenths)."""
    not_tenths = "".join(map(re.escape, quantity_words("not_tenths")))
    digits = "".join(_TENTHS_IN_WORDS)
    return re.compile(rf"(?:(?<=[超近逾约达占到至升加长降减少过在国])(?P<num>[{digits}])成(?![{not_tenths}])"
                      rf"|(?<![^,;:、])(?P<num2>[{digits}])成(?=以上|以下|左右))")


# "形成3小时经济圈", "3小时高速公路圈": a circle named by the time it takes to cross
_TIME_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,5}圈")
# "用好240小时过境免签政策", "用好“240小时过境免签”政策": a policy named by the stay it allows
_TIME_POLICY = re.compile(r"[\u4e00-\u9fff]{1,6}”?政策")
# "巩固提升6.3万农村人口饮水安全": a bare magnitude before a population counts people
_POPULATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}人口")


@functools.lru_cache(maxsize=1)
def _people_noun() -> re.Pattern[str]:
    """"新增40.8万青年留渝来渝": a group of people right after a bare magnitude, which counts them."""
    return re.compile(alternation_pattern(lexicons.words("obs_people_nouns.txt")))


_CJK = re.compile(r"[\u4e00-\u9fff]")
# what may stand between a clause's opening and a count that opens it ("近20万各民族家庭参与")
@functools.lru_cache(maxsize=1)
def _count_opens_clause() -> re.Pattern[str]:
    openers = alternation_pattern(lexicons.words("count_clause_openers.txt"))
    return re.compile(rf"(?:^|[,;:、。])(?:{openers})?$")


@functools.lru_cache(maxsize=1)
def _count_opener_reach() -> int:
    """How far before a figure its clause's opening can be: the longest opener and its mark."""
    return max(map(len, lexicons.words("count_clause_openers.txt")), default=0) + 1


def count_opens_clause(sentence: str, a: int) -> bool:
    """Does the figure starting at `a` open its clause ("…,420万困难群众…", "近20万各民族家庭参与")?
    Searched in the few characters before it (a search from 0 tries every start: quadratic in a long
    sentence); `^` still matches only at the sentence's real start."""
    return _count_opens_clause().search(sentence, max(0, a - _count_opener_reach()), a) is not None


def _noun_counted(sentence: str, a: int, end: int) -> bool:
    """A noun right after a bare magnitude is what it counts, in the unit as written (万, 亿): a group of
    people of employment statistics anywhere ("新增40.8万青年留渝来渝", obs_people_nouns.txt), any
    noun where the count opens its clause and what follows says what they did or got ("420万困难群众基本
    生活得到有效保障", "51万新就业形态人员纳入职业伤害保障"); not the whole people of an area
    (quantity_words.tsv, whole_people_after: "13亿中国人", "7000多万江淮儿女", a rhetorical population
    figure, ANNOTATION's hard case 5). Beneficiaries after a verb ("惠及120余万婴幼儿") are left out:
    the gold names them by the policy, in 万 or in 万人 (tests/real)."""
    if _people_noun().match(sentence, end):
        return True
    if not _CJK.match(sentence, end) or not count_opens_clause(sentence, a):
        return False
    ahead = sentence[end:end + 6]
    return not any(w in ahead for w in quantity_words("whole_people_after"))


def _people_after(sentence: str, m: re.Match[str]) -> str:
    if m.group("mag") in ("万", "亿") and not m.group("unit") and _POPULATION_AFTER.match(sentence, m.end()):
        return "人"
    return ""


def _mark_length(sentence: str, at: int) -> int:
    """How long the mark passed after a sum is ("大关"), part of the figure as written."""
    return next((len(w) for w in quantity_words("money_mark_after") if sentence.startswith(w, at)), 0)


@functools.lru_cache(maxsize=1)
def _ratio_before() -> re.Pattern[str]:
    """A measure that is a ratio written as a bare decimal (quantity_words.tsv, ratio_measure:
    收入比, 倍差), then only the words of its change ("从", "缩小至", "从2.42缩小至"), up to the value."""
    measures = "|".join(map(re.escape, quantity_words("ratio_measure")))
    return re.compile(rf"(?:{measures})(?:[从由]|[从由]?\d+(?:\.\d+)?)?(?:缩小|下降|降低|降|收窄)?(?:至|到|为)?$")


def _ratio_value(sentence: str, m: re.Match[str]) -> str:
    """"城乡居民收入倍差从2.42缩小至2.12", "城乡收入比缩小至2.12": a bare decimal right after a ratio
    measure and the words of its change is that ratio's value, in 倍."""
    if m.group("mag") or "." not in m.group("num"):
        return ""
    return "倍" if _ratio_before().search(sentence, 0, m.start()) else ""


@functools.lru_cache(maxsize=1)
def _years_before() -> re.Pattern[str]:
    """A measure counted in years (quantity_words.tsv, years_measure: 受教育年限), then the rest of its
    clause up to the value."""
    measures = "|".join(map(re.escape, quantity_words("years_measure")))
    return re.compile(rf"(?:{measures})[^,，;；。:：、]*$")


# a figure of years: one or two digits before the point, 年 right after it (not a year "2020年")
_YEARS_FIGURE = re.compile(r"\d{1,2}(?:\.\d+)?")


def _years_value(sentence: str, m: re.Match[str]) -> str:
    """"劳动年龄人口平均受教育年限提高到11.7年", "从2020年的9.6年提升至2025年的10.2年": a figure of years
    with 年 after it, in the clause of a measure counted in years, is that measure's value, in 年."""
    if m.group("mag") or m.group("unit") or not sentence.startswith("年", m.end()) or not _YEARS_FIGURE.fullmatch(m.group("num")):
        return ""
    return "年" if _years_before().search(sentence, 0, m.start()) else ""


def _money_mark(sentence: str, m: re.Match[str]) -> str:
    """"突破10亿大关", "突破千亿大关": a bare magnitude before a mark passed is a sum in 元."""
    bare = m.groupdict().get("bare")
    if bare:
        # "产值突破百亿,": a bare magnitude closing a clause, like "用户3.4亿" (the name tells its unit)
        return bare + "元" if _mark_length(sentence, m.end()) else bare
    if m.group("mag") in ("万亿", "亿") and not m.group("unit") and sentence.startswith(
            quantity_words("money_mark_after"), m.end()):
        return "元"
    return ""


# "实现“6个100%”", "“两个1000亿”": figures that make up a quoted slogan are its name, no values
# (two figures, or a figure joined by +: a single quoted figure "达“3万元”" stays a value)
_SLOGAN = re.compile(r"“(?=[^“”]*(?:\d[^\d“”.]+\d|[一二三四五六七八九十两]个\d|\+))[^“”]{1,14}”")


# a time of day (hours, minutes, perhaps seconds, two digits each) written after a date or a space
_CLOCK = re.compile(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
_BEFORE_CLOCK = " \u3000\t日号"


# a date written with dashes, slashes or dots up to its day ("2021-07-", "2023/1/")
_DATE_OPENING = re.compile(r"(?:19|20)\d{2}[-/.][01]?\d[-/.]$")


def _glued_clock(sentence: str, a: int, num: str, ratio: str) -> bool:
    """"发布日期:2021-01-2808:58": the day of a date run together with the time of day after it
    (a copy that lost the space between them), no ratio."""
    return (len(num) in (3, 4) and _DATE_OPENING.search(sentence[max(0, a - 8):a]) is not None
            and _CLOCK.fullmatch(num[len(num) - 2:] + ratio) is not None)


def _after_measure_acronym(sentence: str, a: int) -> bool:
    """"实现GDP152.27亿元": the figure follows a measure's Latin abbreviation (quantity_words.tsv,
    acronym_before) written whole, not a letter of a code (PM2.5, G318)."""
    acronym = next((w for w in quantity_words("acronym_before") if sentence.endswith(w, 0, a)), "")
    k = a - len(acronym)
    return bool(acronym) and not (k > 0 and sentence[k - 1].isascii() and sentence[k - 1].isalnum())


def find_quantities(sentence: str) -> list[Quantity]:
    out = []
    slogans = [(m.start(), m.end()) for m in _SLOGAN.finditer(sentence)]
    for m in _pattern().finditer(sentence):
        a = m.start("num")
        if any(x < a < y for x, y in slogans):
            continue
        if a > 0 and (sentence[a - 1].isdigit() or sentence[a - 1] in ".[第" or sentence[a - 1].isascii()
                      and sentence[a - 1].isalpha() and not _after_measure_acronym(sentence, a)):
            continue  # inside a longer token: PM2.5, a footnote [3], an ordinal 第3
        if m.group("ratio") and _CLOCK.fullmatch(m.group("num") + m.group("ratio")) and (
                a == 0 or sentence[a - 1] in _BEFORE_CLOCK):
            continue  # "2017年02月08日 11:31", "2021-07-23 10:19:17": a time of day, no value
        if m.group("ratio") and _glued_clock(sentence, a, m.group("num"), m.group("ratio")):
            continue  # "2021-07-2717:55:11" (the space dropped): a date's day, then a time of day
        if m.group("ratio"):
            # "粮经比55:45": one value, the ratio itself, in the unit 比.
            out.append(Quantity(a, m.end("ratio"), m.group("num") + m.group("ratio"), "比", None))
            continue
        after = sentence[m.end():m.end() + 1]
        # the unit a bare magnitude implies, or a bare number listed before a figure with its unit
        years = _years_value(sentence, m)
        implied = (_money_mark(sentence, m) or _people_after(sentence, m) or _listed_unit(sentence, m)
                   or _ratio_value(sentence, m) or years)
        if not m.group("unit") and not implied:
            # a bare number is a year, an ordinal or a code, not a stated value; a bare magnitude closing
            # a clause or before a mark passed is a count ("参保人数突破5100万", "旅客吞吐量突破200万大关")
            if not (m.group("mag") in ("万", "亿") and (not after or after in ",;。、和及"
                                                        or sentence.startswith(("以上", "以下", "左右"), m.end()) or _mark_length(sentence, m.end())
                                                        or _noun_counted(sentence, a, m.end()))):
                continue
        if not years and _unit_names_no_value(sentence, m, after):
            continue
        unit = (m.group("mag") or "") + (m.group("unit") or implied) + (m.group("alt") or "") + (m.group("per") or "")
        per = _PER_BEFORE.search(sentence, 0, a)
        if per and m.group("unit"):
            unit += "/人/" + per.group(1) if per.group(1) else "/" + per.group(2)
        end = m.end() + (1 if unit.endswith("人") and after == "口" or years else 0)  # "13亿人口的…": 人口 is 人
        end += _mark_length(sentence, end) if implied or not m.group("unit") else 0
        out.append(_bounded(sentence, a, end, m.group("num"), unit, m.group("more") or m.group("more2"), m.group("high")))
    for m in _round_pattern().finditer(sentence):
        if any(q.start <= m.start() < q.end for q in out):
            continue
        unit = (m.group("mag") or "") + (m.group("unit") or _money_mark(sentence, m))
        end = m.end() + (_mark_length(sentence, m.end()) if m.group("bare") else 0)
        out.append(_bounded(sentence, m.start(), end, _ROUND_VALUES[m.group("num")], unit, None, None))
    for m in _magnitude_alone_pattern().finditer(sentence):
        if any(q.start <= m.start() < q.end for q in out):
            continue
        unit = m.group("bare") or (m.group("mag") or m.group("mag2")) + m.group("unit")
        out.append(_bounded(sentence, m.start(), m.end(), "1", unit, None, None))
    for m in _tenths_in_words_pattern().finditer(sentence):
        out.append(_bounded(sentence, m.start(), m.end(), _TENTHS_IN_WORDS[m.group("num") or m.group("num2")], "成", None, None))
    out.sort(key=lambda q: q.start)
    return _join_ranges(sentence, _share_units(sentence, _signed(sentence, out)))


# a minus sign as the copies write it (NFKC has made a full-width one "-")
_MINUS = "-\u2212"


def _signed(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """"同比增长-1.3%", "增速为-2%": a minus sign right after a word of growth (quantity_words.tsv,
    signed_after) belongs to the figure: the value is the number as written, below zero."""
    out = []
    for q in qs:
        a = q.start
        if a > 0 and sentence[a - 1] in _MINUS and sentence.endswith(quantity_words("signed_after"), 0, a - 1):
            q = Quantity(a - 1, q.end, "-" + q.value, q.unit, q.bound, q.high, q.modifier)
        out.append(q)
    return out


# the spans of time counted with 个 ("8个月", "16个季度")
_SPANS_COUNTED = ("月", "季度")


def _unit_names_no_value(sentence: str, m: re.Match, after: str) -> bool:
    """Does the number's unit, with the character after it, make it part of a noun or a span of time
    rather than a stated value?"""
    unit, a = m.group("unit"), m.start("num")
    if after == "年" or (unit in ("个", "项", "条", "大", "批") and after and after in "”\""):
        return True
    if unit == "方" and not m.group("mag"):
        return True  # "22亿方" is gas in cubic metres; a bare "3.0方案" is a name
    if unit == "次" and not m.group("mag") and _CJK.match(sentence, m.end()):
        # "5次调高城乡居民基础养老金标准", "省委、省政府16次调度推进", "4次回信": how often a thing was done,
        # written before the doing, no stated value (ANNOTATION hard case 5: counts of meetings,
        # dispatches or visits); "开展送医上门服务3000次" states the services done
        return True
    if unit == "小时" and (_TIME_CIRCLE.match(sentence, m.end()) or _TIME_POLICY.match(sentence, m.end())):
        return True  # "3小时经济圈", "1小时通勤圈": how far a circle reaches, its name; so a policy's stay
    if unit and after == "级":
        return True  # "20万吨级航道", "500千伏级": a grade of the noun, no stated value
    if unit == "度" and not m.group("mag"):
        return True  # "发电量55亿度" is energy; a bare "35度" is a temperature or an angle
    if unit == "个" and sentence.startswith(_SPANS_COUNTED, m.end()):
        return True  # "连续8个月领跑全省", "连续16个季度高于全国": a span of time, like a year, no stated value
    if unit == "成" and after in quantity_words("not_tenths"):  # 成为 is a word, 占全国9成 tenths
        return True
    if unit == "岁" and re.match(r"(?:及?以[上下])?[\u4e00-\u9fff]", sentence[m.end():]) and not re.match(r"以[上下][,;。、]|以[上下]$", sentence[m.end():]) \
            and not sentence.startswith(quantity_words("age_value_after"), m.end()):
        return True  # "0—6岁儿童", "65岁及以上老年人": an age bracket of a noun, not a value ("76.8岁左右" is one)
    # "24小时在线监控", "7×24小时": round the clock, not a stated value
    return unit == "小时" and (m.group("num") == "24" or a > 0 and sentence[a - 1] in "×*")


# "分别上升3.7、0.2个百分点": figures listed after 分别 with one unit at the end
_RESPECTIVELY_BEFORE = 6


def _listed_unit(sentence: str, m: re.Match) -> str:
    """The unit of a bare number listed after 分别 before a figure with its unit ("二产、三产占比
    分别上升3.7、0.2个百分点"): that figure's, magnitude and all; no unit for anything else (a
    bare number is a year, an ordinal or a code): ""."""
    if m.group("unit") or m.group("mag") or m.group("high") or sentence[m.end():m.end() + 1] not in _SHARED_UNIT_GAP:
        return ""
    if "分别" not in sentence[max(0, m.start() - _RESPECTIVELY_BEFORE):m.start()]:
        return ""
    nxt = _pattern().match(sentence, m.end() + 1)
    if nxt is None or not nxt.group("unit") or nxt.group("ratio") or nxt.group("alt") or nxt.group("per"):
        return ""
    if sentence[nxt.end():nxt.end() + 1] in ("年", "月", "日"):
        return ""
    return (nxt.group("mag") or "") + nxt.group("unit")


def _bounded(sentence: str, a: int, end: int, value: str, unit: str, more: str | None, high: str | None) -> Quantity:
    """The quantity with the bound words around it ("超", "以上", "左右") and whether it modifies a noun."""
    bound = "min" if more else None
    rest = sentence[end:]
    for role, kind in (("min_after", "min"), ("max_after", "max"), ("approx_after", "none")):
        words = quantity_words(role)
        w = next((w for w in words if rest.startswith(w)), None)
        if w:
            end += len(w)
            bound = None if kind == "none" else kind
            break
    before = sentence[max(0, a - 4):a]
    if bound is None:
        # the longest bound word written before wins: "不低于" (min) ends with "低于" (max)
        bound = max(((len(w), kind) for role, kind in (("max_before", "max"), ("min_before", "min"))
                     for w in quantity_words(role) if before.endswith(w)), default=(0, None))[1]
    return Quantity(a, end, value, unit, bound, high,
                    _describes_noun(sentence, before, end) and not _share_of_noun(sentence, before, end, unit))


def _share_of_noun(sentence: str, before: str, end: int, unit: str) -> bool:
    """"96.2%的养老机构开展医养结合", "试点范围扩大到全国80%以上的县": a percentage before 的 is the
    share of the noun after it that the clause speaks of, a stated value; not a top slice ("全球排名
    前1%的学科"), nor a rate before the goal, pace or extent it is, nor a threshold before the count
    above it (quantity_words.tsv, no_share_after: "增长8%左右的目标", "按不低于5%的幅度压减",
    "占比超过10%的有44种")."""
    if unit != "%" or before.endswith("前") or sentence.startswith(tuple("的" + w for w in quantity_words("no_share_after")), end):
        return False
    # "提出8%左右的国内生产总值增长目标": a goal named after 的 is the rate's too
    return not _GOAL_AFTER.match(sentence, end)


_GOAL_AFTER = re.compile(r"的[^,;。、]{0,16}目标(?=[,;。、]|$)")


# what may close a value's clause: a stated total ends there, a capacity describing a noun does not
_CLAUSE_CLOSE = re.compile(r"$|[,，。;；、!！?？]")


def _describes_noun(sentence: str, before: str, end: int) -> bool:
    """"时速350公里的", "年产40万吨无碱玻纤项目": a capacity that describes a noun. A total sized by a
    capacity (genre_capacity_totals.txt) whose value closes its clause describes none: it is the
    area's stated figure ("新增新能源装机100万千瓦。")."""
    if sentence[end:end + 1] == "的":
        # "控制在3.5%的较低水平": the level the value stands at, no noun it describes
        return not sentence.startswith(quantity_words("level_after"), end + 1)
    word = next((w for w in quantity_words("capacity_before") if before.endswith(w)), None)
    if word is None:
        return False
    return word not in lexicons.word_set("genre_capacity_totals.txt") or not _CLAUSE_CLOSE.match(sentence, end)


def _share_units(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """"1409万、1305万人次": a bare magnitude followed by a listed figure in that magnitude's unit
    takes the full unit."""
    out = list(qs)
    for i in range(1, len(out)):
        # "从每人每月209元、280元提高到217元、290元": the rate holds for the figures that follow
        prev, q = out[i - 1], out[i]
        gap = sentence[prev.end:q.start]
        if "/" in prev.unit and prev.unit.split("/")[0] == q.unit and len(gap) <= 4 and not re.search(r"[,;。:]", gap):
            out[i] = Quantity(q.start, q.end, q.value, prev.unit, q.bound, q.high, q.modifier)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        # "分别提高11.7个和9.6个百分点": a bare 个 before a listed figure in points is in points too
        if (q.unit in ("万", "亿", "个") and nxt.unit.startswith(q.unit) and nxt.unit != q.unit
                and (q.unit != "个" or nxt.unit in _POINT_UNITS)
                and sentence[q.end:nxt.start] in _SHARED_UNIT_GAP):
            out[i] = Quantity(q.start, q.end, q.value, nxt.unit, q.bound, q.high, q.modifier)
    return out


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

