"""Stage 3 — document to mentions: rule components that find places, organizations, projects,
indicators and observations in each sentence.

The pipeline is a list of small named components (`PIPELINE`); each reads the sentence, its
tokens and what earlier components found, and returns mentions. Offsets are into Source.text;
`Mention.original_span` maps them to the file.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import lexicons
from .document import Document, Sentence
from .quantities import Quantity, find_quantities
from .segment import Token, tokens

PLACE, ORG, PROJECT, INDICATOR, OBSERVATION = "Place", "Organization", "Project", "Indicator", "Observation"
_CJK = re.compile(r"[\u3400-\u9fff]")
_NAMEISH_POS = {"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "nw", "nhead", "phead", "j", "l", "an", "vn", "b",
                "eng", "m", "q", "x", "f", "s", "ng", "g", "i", "a", "z", "zg", "nind"}
_STOP_POS = {"uj", "ul", "uz", "uv", "ud", "ug", "u", "p", "c", "r", "rr", "rz", "d", "ad", "y", "e", "o", "k"}
_PUNCT = set(",，、;；:：。!?！？“”\"'‘’()（）《》【】[]—-·/")
_QUOTES = "“”\"'‘’「」『』《》"


@dataclass
class Mention:
    type: str
    text: str
    start: int  # offsets into Source.text
    end: int
    sentence: int
    attrs: dict = field(default_factory=dict)


@dataclass
class SentenceContext:
    doc: Document
    sentence: Sentence
    tokens: list[Token]
    quantities: list[Quantity]
    found: list[Mention]

    @property
    def text(self) -> str:
        return self.sentence.text

    def mention(self, type_: str, a: int, b: int, **attrs) -> Mention:
        s = self.sentence
        return Mention(type_, clean_name(s.text[a:b]), s.start + a, s.start + b, s.index, attrs)

    def taken(self, a: int, b: int, types: tuple[str, ...] | None = None) -> bool:
        base = self.sentence.start
        return any(m.start < base + b and base + a < m.end and (types is None or m.type in types) for m in self.found)


def clean_name(span: str) -> str:
    return "".join(c for c in span if c not in _QUOTES and not c.isspace())


# ---------------------------------------------------------------- shared boundary rules

@functools.lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    return lexicons.word_set("triggers.txt")


def _is_boundary(tok: Token) -> bool:
    """A token that cannot be inside a name: punctuation, a trigger verb, a function word."""
    if tok.word in _triggers() or any(c in _PUNCT for c in tok.word):
        return True
    if tok.pos in _STOP_POS:
        return True
    if tok.pos in ("v", "vd", "vi") and len(tok.word) > 1 and tok.word not in ("扶贫", "搬迁", "康养"):
        return True
    return False


def name_start(ctx: SentenceContext, end: int, max_chars: int = 14, max_tokens: int = 6) -> int:
    """Walk left from `end` over name-like tokens; return where the name begins."""
    toks = ctx.tokens
    i = len(toks) - 1
    while i >= 0 and toks[i].start >= end:
        i -= 1
    start = end
    if i >= 0 and toks[i].end > end:
        # the head begins inside a token ("中信集团"): that token's front is part of the name
        if _is_boundary(toks[i]):
            return end
        start = toks[i].start
        i -= 1
    used = 0
    while i >= 0:
        t = toks[i]
        if _is_boundary(t) or end - t.start > max_chars or used >= max_tokens:
            break
        if t.pos in ("nhead", "phead") and not (i + 1 < len(toks) and toks[i + 1].pos == "ns"):
            break  # another name's head; only a branch ("恒丰银行黔江支行") runs through one
        start = t.start
        used += 1
        i -= 1
    return start


def _strip_leading(name: str, a: int, words: tuple[str, ...]) -> int:
    changed = True
    while changed:
        changed = False
        for w in words:
            if name[a - a:].startswith(w):
                pass
    return a


# ---------------------------------------------------------------- places

@functools.lru_cache(maxsize=1)
def _place_lexicon_pattern() -> re.Pattern[str]:
    names = set(lexicons.divisions_by_name())
    names |= set(lexicons.words("regions.txt")) | set(lexicons.words("countries.txt"))
    names -= lexicons.word_set("not_names.txt")
    names = {n for n in names if len(n) >= 2}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))


def _own_province(doc: Document) -> str | None:
    if not doc.area:
        return None
    for name in _split_area(doc.area):
        for d in lexicons.divisions_by_name().get(name, ()):
            return d.code[:2]
    return None


def _split_area(area: str) -> list[str]:
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


def _aligned(ctx: SentenceContext, a: int, b: int) -> bool:
    starts = {t.start for t in ctx.tokens}
    ends = {t.end for t in ctx.tokens}
    return a in starts and b in ends


def extract_lexicon_places(ctx: SentenceContext) -> list[Mention]:
    """Divisions, regions and countries named in the lexicons."""
    out = []
    names = lexicons.divisions_by_name()
    province = _own_province(ctx.doc)
    for m in _place_lexicon_pattern().finditer(ctx.text):
        a, b = m.span()
        name = m.group()
        divs = names.get(name, ())
        short_only = divs and all(d.name != name for d in divs)
        if short_only:
            # A short form ("黔江", "成都") must stand as a word of its own, and a county's short
            # form only counts near home, where a homonym is unlikely.
            if not _aligned(ctx, a, b):
                continue
            if all(d.level == "county" for d in divs) and not any(d.code[:2] == province for d in divs):
                continue
        nxt = ctx.text[b:b + 1]
        if nxt and nxt in "江河溪湖山峡" and name in names:
            continue  # "黔江河" is a river: the suffix rule takes it
        out.append(ctx.mention(PLACE, a, b, source="lexicon"))
    return out


@functools.lru_cache(maxsize=1)
def _place_suffix_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in lexicons.words("place_suffixes.txt")))


def extract_suffix_places(ctx: SentenceContext) -> list[Mention]:
    """Towns, villages, rivers, mountains and scenic areas by their heads (金溪镇, 阿蓬江, 神龟峡)."""
    out = []
    not_names = lexicons.word_set("not_names.txt")
    text = ctx.text
    for m in _place_suffix_pattern().finditer(text):
        a, b = m.span()
        suffix = m.group()
        if b < len(text) and not _aligned(ctx, a, b) and not _token_ends_at(ctx, b):
            continue
        start = name_start(ctx, a, max_chars=6, max_tokens=2)
        name = text[start:b]
        stem = text[start:a]
        if not stem or len(stem) > 5 or not all(_CJK.match(c) for c in stem):
            continue
        if len(suffix) == 1 and suffix not in "镇乡村" and not 2 <= len(stem) <= 3:
            continue
        if suffix == "村" and stem[-1] in "农乡镇城中":
            continue
        if any(p.type == PLACE and p.end == ctx.sentence.start + b for p in ctx.found):
            continue  # the suffix ends a known name ("美丽黔江"): not a new place
        if name in not_names or stem in not_names or ctx.taken(start, b, (ORG, PROJECT)):
            continue
        if any(stem.endswith(w) for w in ("新建", "建设", "改造")):
            continue
        out.append(ctx.mention(PLACE, start, b, source="suffix"))
    return out


def _token_ends_at(ctx: SentenceContext, b: int) -> bool:
    return any(t.end == b for t in ctx.tokens)


_BETWEEN = re.compile(r"([\u3400-\u9fff]{2,4})至([\u3400-\u9fff]{2,4}?)(?=段|二级公路|三级公路|旅游公路|公路|高速|铁路|连接线|道路|航线|输变电|[,、;。和])")


def extract_route_places(ctx: SentenceContext) -> list[Mention]:
    """The two ends of a route ("正阳至蓬东二级公路", "青杠至太极") are places."""
    out = []
    for m in _BETWEEN.finditer(ctx.text):
        for g in (1, 2):
            a, b = m.span(g)
            a = max(a, name_start(ctx, b, max_chars=4, max_tokens=2)) if g == 1 else a
            if b - a >= 2 and not ctx.taken(a, b, (PLACE,)):
                out.append(ctx.mention(PLACE, a, b, source="route"))
    return out


# ---------------------------------------------------------------- organizations

def _own_level(doc: Document) -> str:
    return doc.area[-1] if doc.area and doc.area[-1] in lexicons.LEVEL_CHARS else "市"


@functools.lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    forms = sorted(lexicons.org_bodies(), key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in forms))


def extract_bodies(ctx: SentenceContext) -> list[Mention]:
    """Standard Party, state and mass bodies (市委, 区政协, 党中央, 工商联)."""
    out = []
    text = ctx.text
    for m in _body_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and not _token_ends_at(ctx, b) and text[b] not in "、,和与及的":
            continue
        if a > 0 and text[a - 1] in "全各本我":
            continue
        out.append(ctx.mention(ORG, a, b, source="body"))
    # The report's own government and congress by full name.
    if ctx.doc.area:
        for suffix in ("人民政府", "人民代表大会"):
            for m in re.finditer(re.escape(ctx.doc.area) + r"(第.{1,3}届)?" + suffix, text):
                if not ctx.taken(*m.span(), (ORG,)):
                    out.append(ctx.mention(ORG, m.start(), m.end(), source="body"))
    return out


@functools.lru_cache(maxsize=1)
def _org_suffix_pattern() -> re.Pattern[str]:
    dept = r"[省市区县州](?:[\u3400-\u9fff]{2,6}?)(?:委员会|委|局|厅|办公室|办)"
    suffixes = "|".join(re.escape(s) for s in lexicons.words("org_suffixes.txt"))
    return re.compile(rf"(?P<dept>{dept})(?![\u3400-\u9fff]{{0,1}}[委局厅办])|(?P<suffix>{suffixes})")


def extract_suffix_orgs(ctx: SentenceContext) -> list[Mention]:
    """Companies, banks, hospitals, schools, departments by their heads."""
    out = []
    generic = lexicons.word_set("generic_orgs.txt")
    text = ctx.text
    for m in _org_suffix_pattern().finditer(text):
        a, b = m.span()
        if m.group("dept"):
            name = m.group("dept")
            if not _aligned(ctx, a, a + 1) and not (a == 0 or not _CJK.match(text[a - 1])) and not _token_starts_at(ctx, a):
                continue
            if name in lexicons.org_bodies() or ctx.taken(a, b, (ORG,)):
                continue
            out.append(ctx.mention(ORG, a, b, source="department"))
            continue
        start = name_start(ctx, a, max_chars=12, max_tokens=4)
        name = text[start:b]
        if len(name) < 3 and name not in ("烟厂",):
            if len(name) < 2 or name in generic:
                continue
        if name in generic or text[start:a] in generic or any(name == g for g in generic):
            continue
        if re.match(r"^\d", name) or ctx.taken(start, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, start, b, source="suffix"))
    return out


def _token_starts_at(ctx: SentenceContext, a: int) -> bool:
    return any(t.start == a for t in ctx.tokens)


_ENUM_BEFORE_DENG = re.compile(r"((?:[\u3400-\u9fffA-Za-z0-9·]{2,10}、)+[\u3400-\u9fffA-Za-z0-9·]{2,10})等(?:\d+家)?(?:龙头)?(?:企业|公司|品牌|项目)")


def extract_enumerated_orgs(ctx: SentenceContext) -> list[Mention]:
    """"新诚服饰、花神丝绸、联宝维美地毯等企业": the items of a list of companies."""
    out = []
    for m in _ENUM_BEFORE_DENG.finditer(ctx.text):
        if not m.group(0).endswith(("企业", "公司")):
            continue
        pos = m.start(1)
        items = m.group(1).split("、")
        for n, item in enumerate(items):
            a, b = pos, pos + len(item)
            pos = b + 1
            if n == 0:
                a = max(a, name_start(ctx, b, max_chars=10, max_tokens=4))
            if b - a >= 2 and not ctx.taken(a, b):
                out.append(ctx.mention(ORG, a, b, source="enumeration"))
    return out


# ---------------------------------------------------------------- projects

@functools.lru_cache(maxsize=1)
def _project_head_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(s) for s in lexicons.words("project_heads.txt"))
    return re.compile(rf"(?:[\u3400-\u9fff]{{2,4}}至[\u3400-\u9fff]{{2,4}}段)|(?:{heads})")


_BUILD_WORDS = ("建设", "建成", "开工", "完工", "竣工", "新建", "迁建", "改扩建", "扩建", "投用", "启动", "推进",
                "实施", "加快", "签约", "落户", "开通", "完成", "规划", "谋划", "打造", "争取", "运行", "达产", "改造")


def extract_projects(ctx: SentenceContext) -> list[Mention]:
    """Projects by their heads (工程, 项目, 铁路, 水库 …) with a name before them."""
    out = []
    generic = lexicons.word_set("generic_projects.txt")
    text = ctx.text
    spans: list[tuple[int, int]] = []
    for m in _project_head_pattern().finditer(text):
        a, b = m.span()
        # extend over a following head ("…输变电复线工程", "…改扩建工程", "…示范点")
        while True:
            n = _project_head_pattern().match(text, b)
            if n and n.start() == b:
                b = n.end()
            else:
                break
        if spans and spans[-1][1] >= b:
            continue
        start = name_start(ctx, a, max_chars=20, max_tokens=8)
        # numbers that count a set ("88个深度脱贫攻坚项目") are not part of a name
        cm = re.match(r"\d+(?:\.\d+)?[个项批条座所家大]", text[start:a])
        if cm:
            start += cm.end()
        name = text[start:b]
        stem = text[start:a]
        if not stem or _is_generic(stem, generic):
            continue
        if len(name) < 3:
            continue
        if re.search(r"\d+[个项批]$", text[max(0, start - 6):start]):
            continue  # a counted set: "88个深度脱贫攻坚项目"
        if ctx.taken(start, b, (ORG,)) and not any(w in text for w in _BUILD_WORDS):
            continue
        spans.append((start, b))
        out.append(ctx.mention(PROJECT, start, b, source="head"))
    return out


def _is_generic(stem: str, generic: frozenset[str]) -> bool:
    """A stem made only of category words ("重大", "扶贫", "基础设施") names no undertaking."""
    rest = stem
    changed = True
    while rest and changed:
        changed = False
        for w in sorted(generic, key=len, reverse=True):
            if rest.startswith(w):
                rest = rest[len(w):]
                changed = True
                break
    return not rest


# ---------------------------------------------------------------- indicators and observations

_CHANGE_UP = ("增长", "提高", "增加", "上升", "提升", "增收", "扩大")
_CHANGE_DOWN = ("下降", "减少", "降低", "回落", "缩小", "压减", "削减")
_LEVEL_VERBS = ("提高到", "提升到", "提高至", "提升至", "增加到", "增加至", "下降到", "降至", "降低到", "降低至",
                "减少到", "达到", "达", "为", "完成", "实现", "突破", "超过", "控制在", "保持在", "稳定在", "占", "超")
_LEAD_STRIP = ("预计", "全年", "累计", "力争", "确保", "其中", "全县", "全区", "全市", "全镇", "共", "我区", "我县", "我市",
               "今年", "当年", "年内", "一年来", "分别", "主要", "城乡")
_TAIL_STRIP = ("比上年", "同比", "同口径", "年均", "分别", "继续", "均", "共", "累计", "预计", "总量", "实际", "较上年",
               "比去年", "比2012年", "保持", "持续", "进一步", "稳步", "大幅")
_CLAUSE_BREAK = re.compile(r"[,;:,;:。!?、()]")


def extract_observations(ctx: SentenceContext) -> list[Mention]:
    """Stated values: indicator, value, unit, measure, direction, bound, period, status."""
    out = []
    text = ctx.text
    section = ctx.doc.section(ctx.sentence.section)
    if section.mode == "review":
        status = "actual"
    elif section.mode == "plan":
        status = "target"
    else:
        return out
    period = section.year
    qs = [q for q in ctx.quantities if not q.modifier]
    # "分别" spreads values over the items of a list: the indicator of each value is found once,
    # for the first value after 分别, then split.
    prev_end = 0
    i = 0
    while i < len(qs):
        q = qs[i]
        group = [q]
        j = i + 1
        while j < len(qs) and text[group[-1].end:qs[j].start] in ("和", "、", "及", "与") and qs[j].unit[-1:] == q.unit[-1:]:
            group.append(qs[j])
            j += 1
        phrase_start = _clause_start(text, q.start, prev_end)
        phrase = text[phrase_start:q.start]
        indicator, measure, direction = _indicator_and_measure(phrase)
        if not indicator:
            indicator = _indicator_after(text, q.end)
        names = _spread(indicator, len(group)) if len(group) > 1 else [indicator]
        if len(names) < len(group):
            names = names + [names[-1]] * (len(group) - len(names))
        for k, (qq, name) in enumerate(zip(group, names)):
            if not name or _not_an_indicator(name):
                continue
            bound = qq.bound
            if measure == "change" and q.unit in ("个百分点", "百分点"):
                pass
            values = [(qq.value, bound)]
            if qq.high:
                values = [(qq.value, "min"), (qq.high, "max")]
            for value, bnd in values:
                attrs = dict(indicator=name, value=value, unit=qq.unit, measure=measure, direction=direction,
                             bound=bnd, period=period, status=status)
                out.append(ctx.mention(OBSERVATION, qq.start, qq.end, **attrs))
        prev_end = group[-1].end
        i = j
    return out


def _clause_start(text: str, q_start: int, prev_end: int) -> int:
    start = prev_end
    for m in _CLAUSE_BREAK.finditer(text, prev_end, q_start):
        if m.group() == "、" and not _is_list_comma(text, m.start(), q_start):
            continue
        start = m.end()
    return start


def _is_list_comma(text: str, pos: int, q_start: int) -> bool:
    """A 、 separates clauses unless a 分别 follows it before the value (a list of indicators)."""
    return "分别" not in text[pos:q_start]


def _indicator_and_measure(phrase: str) -> tuple[str, str, str | None]:
    measure, direction = "level", None
    p = phrase
    # the measure verb stands right before the number, possibly after 比上年 etc.
    for verb in sorted(_LEVEL_VERBS + _CHANGE_UP + _CHANGE_DOWN + ("分别",) + MIN_MAX_WORDS, key=len, reverse=True):
        pass
    changed = True
    found_verb = False
    while changed:
        changed = False
        for verb in sorted(_LEVEL_VERBS + _CHANGE_UP + _CHANGE_DOWN + _TAIL_STRIP + MIN_MAX_WORDS, key=len, reverse=True):
            if p.endswith(verb) and len(p) > len(verb):
                if not found_verb and verb in _CHANGE_UP + _CHANGE_DOWN:
                    measure = "change"
                    direction = "increase" if verb in _CHANGE_UP else "decrease"
                    found_verb = True
                elif not found_verb and verb in _LEVEL_VERBS:
                    found_verb = True
                p = p[: -len(verb)]
                changed = True
                break
    # a change verb at the front ("新减少贫困人口2692人") also sets the measure
    for verb in _CHANGE_UP + _CHANGE_DOWN:
        k = p.find(verb)
        if 0 <= k <= 2 and not found_verb and verb in ("减少", "降低", "下降"):
            measure, direction = "change", "decrease"
    p = _strip_lead(p)
    return p, measure, direction


MIN_MAX_WORDS = ("不低于", "不少于", "至少", "不超过", "不高于", "近", "约", "超")


def _strip_lead(p: str) -> str:
    changed = True
    while changed and p:
        changed = False
        for w in sorted(_LEAD_STRIP + tuple(lexicons.words("triggers.txt")), key=len, reverse=True):
            if p.startswith(w) and len(p) > len(w) + 1 and w not in ("新建", "建成", "完成", "实施", "培育", "引进", "整治"):
                if w in ("全面", "积极", "大力", "着力", "持续", "深入", "扎实", "力争", "确保", "争取", "加快", "推进", "推动", "加大",
                         "预计", "全年", "累计", "其中", "全县", "全区", "全市", "共", "我区", "我县", "我市", "今年", "当年", "年内",
                         "一年来", "分别", "主要", "以", "并", "和", "及", "与", "在", "对", "将", "把", "为", "是", "的", "了", "等"):
                    p = p[len(w):]
                    changed = True
                    break
    return p.strip("的了")


def _indicator_after(text: str, q_end: int) -> str:
    """"88个深度脱贫攻坚项目有序推进": a count before its noun names the indicator after it."""
    m = re.match(r"[\u3400-\u9fffA-Za-z0-9.]{2,16}", text[q_end:])
    if not m:
        return ""
    word = m.group()
    for verb in _triggers():
        k = word.find(verb)
        if k >= 2:
            word = word[:k]
    return word


def _spread(indicator: str, n: int) -> list[str]:
    """Split one indicator phrase into n names: "城乡常住居民人均可支配收入" → 城镇…, 农村…;
    "城市道路清扫率、保洁率" → 城市道路清扫率, 城市道路保洁率."""
    if indicator.startswith("城乡") and n == 2:
        rest = indicator[2:]
        return ["城镇" + rest, "农村" + rest]
    items = [x for x in re.split(r"[、和及与]", indicator) if x]
    if len(items) == n:
        first = items[0]
        out = [first]
        for item in items[1:]:
            if len(item) < len(first):
                out.append(first[: len(first) - len(item)] + item if not _shares_head(item, first) else item)
            else:
                out.append(item)
        return out
    return [indicator] * n


def _shares_head(item: str, first: str) -> bool:
    return item[:2] == first[:2]


def _not_an_indicator(name: str) -> bool:
    return len(name) < 2 or bool(re.fullmatch(r"[\d.%]+", name)) or name in lexicons.word_set("not_names.txt")


# ---------------------------------------------------------------- the pipeline

PIPELINE = (
    ("bodies", extract_bodies),
    ("suffix_orgs", extract_suffix_orgs),
    ("enumerated_orgs", extract_enumerated_orgs),
    ("projects", extract_projects),
    ("lexicon_places", extract_lexicon_places),
    ("suffix_places", extract_suffix_places),
    ("route_places", extract_route_places),
    ("observations", extract_observations),
)


def extract_mentions(doc: Document, components=PIPELINE) -> list[Mention]:
    mentions: list[Mention] = []
    for sentence in doc.sentences:
        ctx = SentenceContext(doc, sentence, tokens(sentence.text), find_quantities(sentence.text), [])
        for _name, component in components:
            ctx.found.extend(component(ctx))
        mentions.extend(_resolve_overlaps(ctx.found))
    return mentions


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Within one type, a mention inside a longer one of the same type is dropped, unless a rule
    keeps names inside names (a place inside a project stays: ANNOTATION rule 8)."""
    out = []
    for m in found:
        if m.type != OBSERVATION and any(
            o is not m and o.type == m.type and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in found
        ):
            continue
        out.append(m)
    return out
