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
# ASCII punctuation (after NFKC) and CJK marks; "." "%" "+" "·" stay inside names ("PM2.5", "黔江·北京智库")
_PUNCT = set("!\"#$&'()*,/:;<=>?@[\\]^_`{|}~-—、。“”‘’《》【】「」『』…")
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


def _is_boundary(tok: Token, strict: bool = True) -> bool:
    """A token that cannot be inside a name: punctuation, a trigger verb, a function word. With
    strict=False (project names, which hold verbs: "防洪治理", "维修保护") only triggers stop."""
    word = tok.word
    if not strict and word in lexicons.word_set("name_verbs.txt"):
        return False
    if word in _triggers() or any(c in _PUNCT for c in word):
        return True
    if len(word) > 2 and (word[:2] in _triggers() or word[-2:] in _triggers()) and tok.pos in ("v", "vn", "l", "i", "d"):
        return True  # an unknown compound of a trigger ("深入开展")
    if tok.pos in _STOP_POS:
        return True
    if tok.pos in ("v", "vd", "vi") and len(word) > 1:
        return strict or word not in lexicons.word_set("name_verbs.txt")
    return False


def name_start(ctx: SentenceContext, end: int, max_chars: int = 14, max_tokens: int = 6,
               through_heads: bool = False, strict: bool = True) -> int:
    """Walk left from `end` over name-like tokens; return where the name begins."""
    toks = ctx.tokens
    i = len(toks) - 1
    while i >= 0 and toks[i].start >= end:
        i -= 1
    start = end
    if i >= 0 and toks[i].end > end:
        # the head begins inside a token ("中信集团"): that token's front is part of the name
        if _is_boundary(toks[i], strict) and not toks[i].pos in ("nhead", "phead"):
            return end
        start = toks[i].start
        i -= 1
    used = 0
    while i >= 0:
        t = toks[i]
        # a works name may run over a route's 至 ("秀山至黔江220千伏输变电复线工程")
        route = t.word == "至" and not strict and i > 0 and toks[i - 1].pos != "v" and start < end
        if (not route and _is_boundary(t, strict)) or end - t.start > max_chars or used >= max_tokens:
            break
        if (through_heads and t.word in lexicons.word_set("generic_orgs.txt") and t.word not in lexicons.word_set("org_suffixes.txt")
                and not toks[i + 1].word.startswith("第")):
            break  # "商业银行" before "恒丰银行黔江支行" is a description, not the parent
        if not through_heads and _is_head(t) and not (i + 1 < len(toks) and toks[i + 1].pos == "ns"):
            if not (i + 1 < len(toks) and toks[i + 1].word.startswith("第")):
                break  # another name's head; only a branch ("恒丰银行黔江支行", "…公司第三分公司") runs through one
        start = t.start
        used += 1
        i -= 1
    return start


@functools.lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    return tuple(w for w in lexicons.words("org_suffixes.txt") + lexicons.words("project_heads.txt") if len(w) > 1)


def _is_head(tok: Token) -> bool:
    return tok.pos in ("nhead", "phead") or (len(tok.word) > 2 and tok.word.endswith(_head_words()))


@functools.lru_cache(maxsize=4096)
def is_proper(stem: str, strict: bool = False) -> bool:
    """Does `stem` hold a proper name? True when some part of it is not a common word: an unknown
    or rare word ("阿蓬", "京宏源", "神龟"), a proper noun ("金溪"/ns) or a rare character ("濯").
    Common words and characters ("绿色矿", "精品", "城美", "最美") name nothing by themselves."""
    if len(stem) < 2:
        return False
    pos = tokenizer_tags()
    freq = pos.tokenizer.FREQ
    for pair in pos.cut(stem, HMM=True):
        w, tag = pair.word, pair.flag
        if not _CJK.match(w[0]):
            if w.isascii() and w.isalpha() and len(w) > 1:
                return True
            continue
        f = freq.get(w) or 0
        if len(w) == 1:
            if f < 300:
                return True
            continue
        if w not in freq:
            # an unknown word the HMM put together: a name when it has a rare character
            # ("阿蓬", "京宏源"), not when it is two common ones side by side ("城美")
            if len(w) >= 3 or min(freq.get(c) or 0 for c in w) < 1500:
                return True
            continue
        if (f < 100 and not strict) or (tag in ("ns", "nr", "nrt", "nz", "nrfg", "j") and f < 1000):
            return True
    return False


def tokenizer_tags():
    from .segment import tokenizer

    return tokenizer()


# ---------------------------------------------------------------- places

@functools.lru_cache(maxsize=1)
def _place_lexicon_pattern() -> re.Pattern[str]:
    names = set(lexicons.divisions_by_name())
    names |= set(lexicons.words("regions.txt")) | set(lexicons.words("countries.txt"))
    names -= lexicons.word_set("not_names.txt")
    names = {n for n in names if len(n) >= 2}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))


def own_division(doc: Document):
    """The report's own division (黔江区 for "重庆市黔江区"), or None."""
    if not doc.area:
        return None
    parts = split_area(doc.area)
    return lexicons.find_division(parts[-1], None) if parts else None


def own_towns(doc: Document) -> dict[str, tuple[str, str]]:
    """Names of the towns of the report's own area → (full name, county code): full names for
    every county under it, short forms ("濯水" for 濯水镇) only for a county's own report, where
    they are unambiguous."""
    d = own_division(doc)
    if d is None:
        return {}
    return _towns_of(d.code, d.level)


@functools.lru_cache(maxsize=64)
def _towns_of(code: str, level: str) -> dict[str, tuple[str, str]]:
    counties = [code] if level == "county" else [
        c.code for c in lexicons.divisions().values() if c.level == "county" and
        (c.parent == code or (level == "province" and c.code[:2] == code[:2]))]
    freq = tokenizer_tags().tokenizer.FREQ
    out: dict[str, tuple[str, str]] = {}
    for county in counties:
        for town in lexicons.towns(county):
            out.setdefault(town, (town, county))
            short = lexicons.town_short(town)
            # a short form that is a common word ("白马", "新华") would be read everywhere
            # nor one ending like a river or mountain ("阿蓬江" is the river the town is named after)
            if level == "county" and short and (freq.get(short) or 0) < 1000 and short[-1] not in _NATURAL_SUFFIXES:
                out.setdefault(short, (town, county))
    return out


@functools.lru_cache(maxsize=64)
def _town_pattern(code: str, level: str) -> re.Pattern[str] | None:
    names = sorted(_towns_of(code, level), key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def extract_town_places(ctx: SentenceContext) -> list[Mention]:
    """The towns of the report's own area, by full name or, in a county's report, short form."""
    d = own_division(ctx.doc)
    if d is None:
        return []
    pattern = _town_pattern(d.code, d.level)
    if pattern is None:
        return []
    out = []
    text = ctx.text
    for m in pattern.finditer(text):
        a, b = m.span()
        if ctx.taken(a, b, (PLACE,)):
            continue
        full = _towns_of(d.code, d.level)[m.group()][0]
        if m.group() != full and not (_aligned(ctx, a, b) or _token_ends_at(ctx, b) and text[b:b + 1] in "至和、,;。"):
            continue  # a short form inside another word
        if ctx.taken(a, b, (ORG,)) and not _org_is_branch(ctx, a, b):
            continue
        if m.group() != full and text[b:b + 1] and text[b] in _NATURAL_SUFFIXES:
            continue  # "黑溪河" would be a river named after the town
        if m.group() != full and _names_a_facility(text, b):
            continue  # "易州酒店", "良岗风电场": the town's name opens a facility's name
        out.append(ctx.mention(PLACE, a, b, source="town"))
    return out


def _names_a_facility(text: str, b: int) -> bool:
    """Does the word run on from b into a project's head ("酒店", "养生谷"), with no figure
    ("110千伏…") or route ("至") between?"""
    rest = re.match(r"[\u3400-\u9fff]{1,6}", text[b:])
    if not rest or rest.group().startswith(("至", "和", "与", "及")):
        return False
    head = _project_head_pattern().search(rest.group())
    return head is not None and head.end() == len(rest.group()) or head is not None and head.start() == 0


def own_province(doc: Document) -> str | None:
    """The two-digit code of the report's province, from its area ("重庆市黔江区" → "50")."""
    if not doc.area:
        return None
    for name in split_area(doc.area):
        d = lexicons.find_division(name, None)
        if d is not None:
            return d.code[:2]
    return None


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


def _token_ends_at(ctx: SentenceContext, b: int) -> bool:
    return any(t.end == b for t in ctx.tokens)


def _aligned(ctx: SentenceContext, a: int, b: int) -> bool:
    starts = {t.start for t in ctx.tokens}
    ends = {t.end for t in ctx.tokens}
    return a in starts and b in ends


def extract_lexicon_places(ctx: SentenceContext) -> list[Mention]:
    """Divisions, regions and countries named in the lexicons."""
    out = []
    names = lexicons.divisions_by_name()
    province = own_province(ctx.doc)
    text = ctx.text
    for m in _place_lexicon_pattern().finditer(text):
        a, b = m.span()
        name = m.group()
        if name not in lexicons.named_regions():
            if lexicons.find_division(name, province) is None:
                continue  # a county's short form far from home: likely a homonym
            if not _aligned(ctx, a, b) and (len(name) <= 3 or not _token_ends_at(ctx, b)):
                continue  # "兴县" inside "振兴县域", "和县" after a conjunction: not a word here
        if name == "中国" and b < len(text) and _CJK.match(text[b]):
            continue  # "中国" opening a title or slogan ("中国最美休闲度假胜地") is not the country
        if ctx.taken(a, b, (ORG,)) and not _org_is_branch(ctx, a, b):
            continue  # a place word inside an organization's name ("北京智库")
        if out and name in _URBAN_AREAS and out[-1].end == ctx.sentence.start + a:
            # "重庆主城": a city's own urban area is one place
            prev = out.pop()
            out.append(ctx.mention(PLACE, prev.start - ctx.sentence.start, b, source="lexicon"))
            continue
        nxt = text[b:b + 1]
        if nxt and nxt in _NATURAL_SUFFIXES and name in names:
            continue  # "黔江河" is a river: the suffix rule takes it
        out.append(ctx.mention(PLACE, a, b, source="lexicon"))
    return out


_URBAN_AREAS = ("新城", "老城", "主城", "主城区", "老城区", "新城区", "旧城")


def _org_is_branch(ctx: SentenceContext, a: int, b: int) -> bool:
    """A place that opens an organization's name or marks its branch (黔江海关, 恒丰银行黔江支行)
    is still the place."""
    base = ctx.sentence.start
    for m in ctx.found:
        if m.type == ORG and m.start <= base + a and base + b <= m.end:
            return m.start == base + a or ctx.text[b:b + 2] in ("支行", "分行", "分公司")
    return False


_NATURAL_SUFFIXES = "江河溪湖海峡湾山岭峰坝坪沟洞淀泊"
_SETTLEMENT_SUFFIXES = ("镇", "乡", "村", "街道", "社区", "居委会")


@functools.lru_cache(maxsize=1)
def _place_suffix_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in lexicons.words("place_suffixes.txt")))


@functools.lru_cache(maxsize=1)
def _stem_limits() -> dict[str, int]:
    return {w: int(n) for w, n in lexicons.mapping("place_suffixes.txt").items()}


def extract_suffix_places(ctx: SentenceContext) -> list[Mention]:
    """Towns, villages, rivers, mountains and scenic areas by their heads (金溪镇, 阿蓬江, 神龟峡):
    the name before the head must hold a proper name, not just common words ("绿色矿山")."""
    out = []
    not_names = lexicons.word_set("not_names.txt")
    text = ctx.text
    base = ctx.sentence.start
    known = [m for m in ctx.found if m.type == PLACE]
    for m in _place_suffix_pattern().finditer(text):
        a, b = m.span()
        suffix = m.group()
        if b < len(text) and not _token_ends_at(ctx, b) and text[b] not in "和、,;。与及":
            if not (suffix in _NATURAL_SUFFIXES and _CJK.match(text[b:b + 1] or "a")):
                continue
            if text[b] in "堤岸道段区体":
                continue  # a part of the feature ("河堤", "山区") follows: not the feature's name
        if suffix in _NATURAL_SUFFIXES and _project_head_pattern().match(text, b):
            continue  # "武陵山机场" names the airport, not the mountain
        # a known place right before the head names it: 黔江 + 河, 阿蓬江 + 镇
        before = next((k for k in known if k.end == base + a), None)
        if before is not None:
            start = before.start - base
        else:
            limit = _stem_limits().get(suffix) or 4
            start = name_start(ctx, a, max_chars=limit, max_tokens=3)
            if start == a and a > 0:
                # the head is glued to its name inside one token ("南沟河", "神龟峡")
                tok = next((t for t in ctx.tokens if t.start < a < t.end or (t.start < a and t.end == b)), None)
                if tok is not None:
                    start = tok.start
        limit = _stem_limits().get(suffix) or (3 if len(suffix) == 1 and suffix not in "镇乡村" else 5)
        if a - start > limit:
            # too long for a toponym: keep the tail that starts on a word boundary, if any
            starts = [t.start for t in ctx.tokens if a - limit <= t.start < a]
            if not starts:
                continue
            start = min(starts)
        stem = text[start:a]
        name = text[start:b]
        if not stem or not all(_CJK.match(c) for c in stem) or len(stem) < 2:
            continue
        if name in not_names or stem in not_names:
            continue
        if before is None and not is_proper(stem):
            continue
        if any(k.start < base + start < k.end for k in known):
            continue  # "哈克镇滨河": the stem begins inside another place
        if ctx.taken(start, b, (ORG,)) or any(k.start <= base + start and base + b <= k.end for k in known):
            continue
        if suffix == "村" and stem[-1] in "农乡镇城中":
            continue
        if any(k.start < base + b <= k.end for k in known):
            continue  # the head is inside or ends a known name ("美丽黔江", "重庆市黔江区")
        # a monitoring section or other composite name holds a place of its own ("黔江河舟白渡断面")
        out.append(ctx.mention(PLACE, start, b, source="suffix", composite=suffix in _stem_limits()))
    return out


_ROUTE = re.compile(r"(?:(?!至)[\u3400-\u9fff]){2,6}(?:至(?:(?!至)[\u3400-\u9fff]){2,6}){1,3}")


def extract_route_places(ctx: SentenceContext) -> list[Mention]:
    """The ends and stops of a route are places: "正阳至蓬东二级公路", "青杠至太极",
    "阳光花园至官坝公园至马石角道路改造". The first end starts where the name starts; the last
    ends where a project head or the clause begins."""
    out = []
    text = ctx.text
    heads = _project_head_pattern()
    for m in _ROUTE.finditer(text):
        parts = m.group().split("至")
        pos = m.start()
        for n, part in enumerate(parts):
            a, b = pos, pos + len(part)
            pos = b + 1
            if n == 0:
                a = max(a, name_start(ctx, b, max_chars=6, max_tokens=3))
            if n == len(parts) - 1:
                h = heads.search(text, a, min(len(text), a + 14))
                road = re.search(r"道路|公路|大道|段", text[a:b])
                ends = [x for x in (h.start() if h and h.start() <= b + 4 else None,
                                    a + road.start() if road else None) if x is not None]
                if not ends and b < len(text) and text[b] not in ",、;。和":
                    continue  # no route: "提高至", "截至"
                if ends:
                    b = min(ends)
                    # "黔江220千伏…": the place ends where a figure begins
                    dm = re.search(r"\d", text[a:b])
                    if dm:
                        b = a + dm.start()
            if b - a < 2 or b - a > 5 or ctx.taken(a, b, (PLACE,)) or ctx.taken(a, b, (ORG,)):
                continue
            if text[a:b] in lexicons.word_set("not_names.txt") or not all(_CJK.match(c) for c in text[a:b]):
                continue
            out.append(ctx.mention(PLACE, a, b, source="route"))
    return out


def list_items(ctx: SentenceContext, m: re.Match, group: int = 1, **walk) -> list[tuple[int, int]]:
    """The spans of the 、-separated items of a list matched by `m`; the first item starts where
    a name starting there would (the regex may have taken a verb before it)."""
    spans = []
    pos = m.start(group)
    for n, item in enumerate(m.group(group).split("、")):
        a, b = pos, pos + len(item)
        pos = b + 1
        if n == 0:
            a = max(a, name_start(ctx, b, **walk))
        spans.append((a, b))
    return spans


_AREA_LIST = re.compile(r"((?:[\u3400-\u9fff]{2,6}、)+[\u3400-\u9fff]{2,6})(?:两|三|四|五|六|七|八|九|十)大?(?:片区|组团|板块|街区)")


def extract_listed_areas(ctx: SentenceContext) -> list[Mention]:
    """"行政中心、机场路两大片区": the items of a counted list of areas are places."""
    out = []
    for m in _AREA_LIST.finditer(ctx.text):
        for a, b in list_items(ctx, m, max_chars=6, max_tokens=3):
            if b - a >= 2 and not ctx.taken(a, b, (PLACE, ORG)):
                out.append(ctx.mention(PLACE, a, b, source="area-list"))
    return out


def extract_coordinated_places(ctx: SentenceContext) -> list[Mention]:
    """"濯水和新城110千伏输变电工程": a proper name joined by 和/、 to a place that opens a project
    name is a place too."""
    out = []
    text = ctx.text
    base = ctx.sentence.start
    for p in [m for m in ctx.found if m.type == PLACE]:
        a = p.start - base
        if a < 3 or text[a - 1] not in "和、":
            continue
        if not any(q.type == PROJECT and q.start == p.start for q in ctx.found):
            continue
        b = a - 1
        start = name_start(ctx, b, max_chars=4, max_tokens=2)
        stem = text[start:b]
        if 2 <= len(stem) <= 4 and is_proper(stem) and not ctx.taken(start, b, (PLACE, ORG)):
            out.append(ctx.mention(PLACE, start, b, source="coordination"))
    return out


# ---------------------------------------------------------------- organizations

def _own_level(doc: Document) -> str:
    return doc.area[-1] if doc.area and doc.area[-1] in lexicons.LEVEL_CHARS else "市"


@functools.lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    forms = sorted(lexicons.org_bodies(), key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in forms))


_BODY_PEOPLE = ("官兵", "干部", "职工", "代表", "委员", "干警", "部队")


def extract_bodies(ctx: SentenceContext) -> list[Mention]:
    """Standard Party, state and mass bodies (市委, 区政协, 党中央, 工商联)."""
    out = []
    text = ctx.text
    for m in _body_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and not _token_ends_at(ctx, b) and text[b] not in "、,和与及的" and text[b:b + 2] not in _BODY_PEOPLE:
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


@functools.lru_cache(maxsize=1)
def _generic_org_words() -> tuple[str, ...]:
    return tuple(sorted(lexicons.word_set("generic_orgs.txt") | {"商业", "首家", "一家", "多家"}, key=len, reverse=True))


def _generic_org_stem(stem: str) -> bool:
    """A stem of only places, level words and type modifiers ("山东日照优质", "传统小贷") makes a
    kind of organization, not a named one. A stem of only a place ("黔江" in 黔江海关) is a name."""
    rest = stem
    had_modifier = False
    changed = True
    while rest and changed:
        changed = False
        m = _place_lexicon_pattern().match(rest)
        if m:
            rest = rest[m.end():]
            changed = True
            continue
        if rest[0] in "省市区县乡镇村":
            rest = rest[1:]
            changed = True
            continue
        for w in _generic_org_words():
            if rest.startswith(w):
                rest = rest[len(w):]
                had_modifier = changed = True
                break
    return not rest and had_modifier


# Heads of a unit inside another institution: the walk to the name's start runs through the
# parent's head ("启迪科技大学数字学院", "重庆市农业担保公司第三分公司").
_SUB_UNITS = ("学院", "分公司", "支行", "分行", "分院", "研究院", "附属医院")


def extract_suffix_orgs(ctx: SentenceContext) -> list[Mention]:
    """Companies, banks, hospitals, schools, departments by their heads."""
    out = []
    generic = lexicons.word_set("generic_orgs.txt")
    text = ctx.text
    for m in _org_suffix_pattern().finditer(text):
        a, b = m.span()
        if m.group("dept"):
            if a > 0 and _CJK.match(text[a - 1]) and not _token_starts_at(ctx, a):
                continue
            if m.group() in lexicons.org_bodies() or ctx.taken(a, b, (ORG,)):
                continue
            if not _token_ends_at(ctx, b) or (b - a > 2 and any(t.start < b - 1 and t.end == b for t in ctx.tokens)
                                              and text[b - 2:b] not in lexicons.word_set("org_suffixes.txt")
                                              and text[b - 3:b] not in lexicons.word_set("org_suffixes.txt")):
                continue  # "县域经济格局": the head is the end of a word
            out.append(ctx.mention(ORG, a, b, source="department"))
            continue
        if b < len(text) and not _token_ends_at(ctx, b) and _CJK.match(text[b]):
            continue  # the head runs on into another word
        suffix = m.group()
        if len(suffix) == 1 and not _aligned(ctx, a, b):
            continue  # 局, 所 inside a word ("布局", "场所") are no heads
        start = name_start(ctx, a, max_chars=12, max_tokens=5, strict=False,
                           through_heads=suffix in _SUB_UNITS)
        name = text[start:b]
        stem = text[start:a]
        if name in generic or len(name) < 2 or (len(suffix) == 1 and len(stem) < 2):
            continue
        if stem and stem[-1].isdigit():
            continue  # "卫生室8所": a count, not a name
        if not stem and name not in lexicons.word_set("standalone_orgs.txt"):
            continue  # a bare head ("支行") names no one body
        if stem and _generic_org_stem(stem):
            continue
        stem_tokens = [t for t in ctx.tokens if start <= t.start and t.end <= a]
        if len(stem_tokens) == 1 and stem_tokens[0].pos in ("v", "vn", "vd"):
            continue  # a verb and its object ("处置银行"), not a name
        if re.match(r"^\d", name) or ctx.taken(start, b, (ORG,)) and not _longer_than_found(ctx, start, b):
            continue
        out.append(ctx.mention(ORG, start, b, source="suffix"))
    out.extend(_brand_orgs(ctx))
    return out


@functools.lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(w) for w in lexicons.words("brand_heads.txt"))
    return re.compile(rf"({heads})")


def _brand_orgs(ctx: SentenceContext) -> list[Mention]:
    """Companies named by a brand and their trade ("科瑞南海制药", "京宏源铝业", "新诚服饰"):
    the brand must be a proper name, not a common word ("生物医药")."""
    out = []
    text = ctx.text
    for m in _brand_pattern().finditer(text):
        a, b = m.span()
        if b < len(text) and _CJK.match(text[b]) and not _token_ends_at(ctx, b):
            continue
        start = name_start(ctx, a, max_chars=4, max_tokens=3)
        stem = text[start:a]
        if not 2 <= len(stem) <= 4 or not is_proper(stem) or _generic_org_stem(stem):
            continue
        if _place_lexicon_pattern().fullmatch(stem) or ctx.taken(start, b, (ORG,)):
            continue
        out.append(ctx.mention(ORG, start, b, source="brand"))
    return out


def _longer_than_found(ctx: SentenceContext, a: int, b: int) -> bool:
    """The span holds every organization found over it: a longer name ("恒丰银行黔江支行")
    that the overlap step keeps instead of the shorter ones."""
    base = ctx.sentence.start
    over = [m for m in ctx.found if m.type == ORG and m.start < base + b and base + a < m.end]
    return all(base + a <= m.start and m.end <= base + b and (m.end - m.start) < b - a for m in over)


def _token_starts_at(ctx: SentenceContext, a: int) -> bool:
    return any(t.start == a for t in ctx.tokens)


_ENUM_BEFORE_DENG = re.compile(r"((?:[\u3400-\u9fffA-Za-z0-9·]{2,10}、)+[\u3400-\u9fffA-Za-z0-9·]{2,10})等(?:\d+家)?(?:龙头)?(?:企业|公司|品牌|项目)")


def extract_enumerated_orgs(ctx: SentenceContext) -> list[Mention]:
    """"新诚服饰、花神丝绸、联宝维美地毯等企业": the items of a list of companies."""
    out = []
    for m in _ENUM_BEFORE_DENG.finditer(ctx.text):
        if not m.group(0).endswith(("企业", "公司")):
            continue
        for a, b in list_items(ctx, m, max_chars=10, max_tokens=4):
            item = ctx.text[a:b]
            if b - a < 2 or ctx.taken(a, b) or re.search(r"\d", item) or not is_proper(item):
                continue  # "日产500吨熟料生产线" is a plant's capacity, not a company
            out.append(ctx.mention(ORG, a, b, source="enumeration"))
    return out


# ---------------------------------------------------------------- projects

@functools.lru_cache(maxsize=1)
def _project_head_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(s) for s in lexicons.words("project_heads.txt"))
    return re.compile(rf"(?:[\u3400-\u9fff]{{2,4}}至[\u3400-\u9fff]{{2,4}}段)|(?:{heads})")


@functools.lru_cache(maxsize=1)
def _weak_heads() -> frozenset[str]:
    return frozenset(w for w, flag in lexicons.mapping("project_heads.txt").items() if flag == "weak")


_BUILD_WORDS = ("建设", "建成", "开工", "完工", "竣工", "新建", "迁建", "改扩建", "扩建", "投用", "启动", "推进",
                "实施", "加快", "签约", "落户", "开通", "完成", "规划", "谋划", "打造", "争取", "运行", "达产", "改造")


def extract_projects(ctx: SentenceContext) -> list[Mention]:
    """Projects by their heads (工程, 项目, 铁路, 水库 …) with a name before them."""
    out = []
    generic = lexicons.word_set("generic_projects.txt")
    text = ctx.text
    spans: list[tuple[int, int]] = []
    pattern = _project_head_pattern()
    for m in pattern.finditer(text):
        a, b = m.span()
        # extend over following heads ("…水库枢纽工程" is one name; "…改扩建工程")
        while True:
            n = pattern.search(text, b, min(len(text), b + 4))
            if n and n.start() - b <= 2 and all(_CJK.match(c) for c in text[b:n.start()]) and not _has_boundary(ctx, b, n.start()):
                b = n.end()
            else:
                break
        if spans and spans[-1][1] >= b:
            continue
        if b < len(text) and not _token_ends_at(ctx, b) and _CJK.match(text[b]):
            continue  # the head runs on into another word ("市场化", "项目库")
        start = name_start(ctx, a, max_chars=20, max_tokens=8, through_heads=True, strict=False)
        # numbers that count a set ("88个深度脱贫攻坚项目") are not part of a name
        cm = re.match(r"\d+(?:\.\d+)?[个项批条座所家大]", text[start:a])
        if cm:
            start += cm.end()
        start = _trim_generic_prefix(text, start, a)
        start = _trim_verb_tail(text, start, a)
        if text.startswith("项目", b - 2) and text.startswith("工程", b - 4) and b - 4 > start:
            b -= 2  # "三塘工程项目" names the works "三塘工程"
        # two works joined by 和 ("中医院迁建和县医院医技综合楼"): the name starts after the joint
        for j in range(a - 1, start, -1):
            if text[j] in "和及与、" and _project_head_pattern().search(text, max(start, j - 4), j) is not None \
                    and _project_head_pattern().search(text, max(start, j - 4), j).end() == j:
                start = j + 1
                break
        name = text[start:b]
        stem = text[start:a]
        if not stem and _is_built_facility(ctx, a, b):
            stem = ""  # "污水处理厂建成投运": the facility itself (ANNOTATION rule 7)
        elif len(stem) < 2 or _is_generic(stem, generic) or len(name) < 3:
            continue
        if name.endswith("项目") and _ORG_HEAD.search(name[:-2]):
            b -= 2  # "第三高中项目" names the school being built
            name = text[start:b]
        if any(w in stem for w in _NOT_PROJECT_WORDS) or re.search(r"[一二三四五六七八九十\d]+年", stem):
            continue  # strategies, plans and systems are not undertakings (ANNOTATION)
        head = m.group()
        if head == "项目" and _ends_generic(stem, generic):
            continue  # "青少年竞赛项目", "试点示范项目": a kind of item, not one undertaking
        stem_tokens = [t for t in ctx.tokens if start <= t.start and t.end <= a]
        if len(stem_tokens) == 1 and stem_tokens[0].pos.startswith(("v", "d", "a")) and not is_proper(stem, strict=True):
            continue  # "紧盯项目", "调度项目": a verb and its object
        if stem[:1] in tuple("性类型化式级") or re.match(r"^[一二三四五六七八九十两几多\d]+[个大项批]", stem):
            continue  # a counted set or a slogan ("七大工程", "四个新型建材产业园")
        if re.search(r"\d+[个项批]$", text[max(0, start - 6):start]):
            continue  # a counted set: "88个深度脱贫攻坚项目"
        named_road = head in _ROAD_HEADS and _is_road_name(stem, head)  # "龙西路", "滨河北路"
        if not named_road and head in _weak_heads() and (not _names_something(ctx, start, a) or _is_designation(stem)):
            continue  # "房地产市场", "危房改造": a category, not one undertaking
        if ctx.taken(start, b, (ORG,)) and not any(w in text for w in _BUILD_WORDS):
            continue
        spans.append((start, b))
        out.append(ctx.mention(PROJECT, start, b, source="head"))
        joined = _joined_name(ctx, start)
        if joined is not None:
            # "濯水和新城110千伏输变电工程" names both works at once; the second stays a project
            out.append(ctx.mention(PROJECT, joined, b, source="coordination", composite=True))
    out.extend(_enumerated_projects(ctx))
    return out


_NOT_PROJECT_WORDS = ("战略", "行动", "计划", "体系", "机制", "制度", "政策", "方案")


def _ends_generic(stem: str, generic: frozenset[str]) -> bool:
    return any(stem.endswith(w) and len(w) >= 2 for w in generic)


def _is_designation(stem: str) -> bool:
    """"国家食品安全示范区", "省级…平台": a title the place earns, not a works package."""
    return stem.startswith(("国家", "全国", "省级", "国家级", "中国"))


def _trim_verb_tail(text: str, start: int, a: int) -> int:
    """"打好棚户区…": the first character finishes a verb begun before the span ("打好", "做好")."""
    if start > 0 and start + 1 < a:
        pair = text[start - 1:start + 1]
        tags = tokenizer_tags().word_tag_tab
        if tags.get(pair, "").startswith("v") and pair not in lexicons.word_set("name_verbs.txt"):
            return start + 1
    return start


_ROAD_HEADS = ("路", "街", "大道", "大街")
_ORG_HEAD = re.compile(r"(?:小学|中学|高中|学校|医院|幼儿园|学院)$")


def _is_road_name(stem: str, head: str) -> bool:
    """"龙西路", "北岸中心路": a short stem of no category words, not ending in a common road
    word ("城区道路", "精品线路", "四好农村路")."""
    if not 2 <= len(stem) <= 4 or not all(_CJK.match(c) for c in stem):
        return False
    name = stem + head
    if name.endswith(("道路", "线路", "马路", "思路", "出路", "网路", "公路", "铁路", "水路", "陆路")):
        return False
    if re.match(r"^[一二三四五六七八九十两几\d]", stem):
        return False
    generic = lexicons.word_set("generic_projects.txt")
    if any(w in stem for w in generic if len(w) >= 2):
        return False
    freq = tokenizer_tags().tokenizer.FREQ
    return name not in freq and stem not in freq or is_proper(stem)


def _is_built_facility(ctx: SentenceContext, a: int, b: int) -> bool:
    """A bare facility name ("污水处理厂", "保税仓") that the clause builds, opens or runs."""
    head = ctx.text[a:b]
    if len(head) < 3 or head in lexicons.word_set("generic_projects.txt") or head in _weak_heads():
        return False
    before = re.split(r"[,;。、]", ctx.text[:a])[-1]
    after = re.split(r"[,;。、]", ctx.text[b:])[0]
    stages = lexicons.mapping("stages.txt")
    return before.endswith(("建设", "新建", "建成", "开工", "投用")) or any(after.startswith(w) for w in stages)


def _strong_head_in(item: str) -> bool:
    return any(m.group() not in _weak_heads() for m in _project_head_pattern().finditer(item))


def _joined_name(ctx: SentenceContext, start: int) -> int | None:
    """Where a bare proper name joined by 和/、 to a project name begins ("三台书院、草圭堂…")."""
    text = ctx.text
    if start < 3 or text[start - 1] not in "和、":
        return None
    b = start - 1
    a = name_start(ctx, b, max_chars=6, max_tokens=3)
    item = text[a:b]
    if not 2 <= len(item) <= 6 or _project_head_pattern().search(item) or not (is_proper(item, strict=True) or _place_lexicon_pattern().fullmatch(item)):
        return None
    if a > 0 and text[a - 1] in "、和":
        return None  # a longer list: the head need not be shared
    return a


def _has_boundary(ctx: SentenceContext, a: int, b: int) -> bool:
    return any(_is_boundary(t, strict=False) for t in ctx.tokens if a <= t.start and t.end <= b)


def _trim_generic_prefix(text: str, start: int, a: int) -> int:
    """Scope words that open a span ("全市", "全县") are not part of a name."""
    for w in ("全市", "全区", "全县", "全镇", "全国", "我区", "我县", "我市", "各类", "一批", "一大批"):
        if text.startswith(w, start) and start + len(w) < a:
            return start + len(w)
    return start


def _names_something(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] hold a proper name: a place or organization found there, or a rare word?"""
    base = ctx.sentence.start
    if any(m.type in (PLACE, ORG) and base + a <= m.start and m.end <= base + b and m.text not in _URBAN_AREAS
           for m in ctx.found):
        return True
    # a capacity names a works ("110千伏"), a count does not ("67栋")
    return is_proper(ctx.text[a:b], strict=True) or bool(re.search(r"\d+(?:千伏|万?千瓦|万?吨|米|公里)", ctx.text[a:b]))


_ENUM_PROJECTS = re.compile(r"((?:[\u3400-\u9fffA-Za-z0-9“”]{2,14}、)+[\u3400-\u9fffA-Za-z0-9“”]{2,14})等(?:\d+个)?[\u3400-\u9fff]{0,4}?(?:项目|工程)")


def _enumerated_projects(ctx: SentenceContext) -> list[Mention]:
    """"推进博视长远终端研发、华电高端装备制造、远大装配式建筑等项目": the items of a list of projects."""
    out = []
    for m in _ENUM_PROJECTS.finditer(ctx.text):
        for a, b in list_items(ctx, m, max_chars=14, max_tokens=6, through_heads=True, strict=False):
            item = ctx.text[a:b]
            if b - a < 3 or ctx.taken(a, b, (PROJECT,)) or _is_generic(item, lexicons.word_set("generic_projects.txt")):
                continue
            if "的" in item or not (is_proper(item, strict=True) or _project_head_pattern().search(item)):
                continue  # "产业结构调整", "保障和改善民生": aims, not undertakings
            out.append(ctx.mention(PROJECT, a, b, source="enumeration"))
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

_CLAUSE_BREAK = re.compile(r"[,;:,;:。!?、()]")
_COMPARISON = re.compile(r"(?:比|较|与|同)(?:上年|去年|上一年|前一年|\d{4}年)(?:同期|相比)?$")


@functools.lru_cache(maxsize=1)
def _measure_roles() -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for row in lexicons._lines("measure_words.txt"):
        roles.setdefault(row[0], set()).add(row[1])
    return roles


@functools.lru_cache(maxsize=1)
def _words_with_role(*wanted: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, r in _measure_roles().items() if r & set(wanted)), key=len, reverse=True))


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
    qs = [q for q in ctx.quantities if not q.modifier and not _is_rank(text, q) and not _is_capacity(ctx, q)]
    prev_end = 0
    seen_names: list[str] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        # values joined by 和/、 share one phrase ("分别增长8.8%和10%"); values written side by
        # side ("906户1559人实现稳定脱贫") share the noun after them
        group = [q]
        j = i + 1
        while j < len(qs) and text[group[-1].end:qs[j].start] in ("和", "、", "及", "与", ""):
            group.append(qs[j])
            j += 1
        phrase_start = _clause_start(text, q.start, prev_end)
        phrase = text[phrase_start:q.start]
        indicator, measure, direction = _indicator_and_measure(phrase)
        side_by_side = len(group) > 1 and text[group[0].end:group[1].start] == ""
        if phrase.rstrip().endswith("等") or side_by_side or not phrase.strip() or _names_no_quantity(ctx, indicator, phrase_start):
            indicator = _indicator_after(text, group[-1].end)
        elif indicator.rstrip("了") in _triggers() or indicator in _BARE_VERBS:
            # "新建7个社区服务站": the verb before the count, the noun after it; with no noun
            # after it, the subject of the clause before ("全部财政收入…,完成11.68亿元")
            after = _indicator_after(text, group[-1].end)
            if after:
                indicator = indicator.rstrip("了") + after
            elif not seen_names:
                indicator = _indicator_before(text, phrase_start) or indicator
        if not indicator and seen_names:
            # "完成106亿元,增长9%": the value continues the last indicator; "分别增长11.1%和5%"
            # continues the last two
            names = seen_names[-len(group):]
        elif side_by_side:
            names = [indicator] * len(group)
        else:
            names = _spread(indicator, len(group)) if len(group) > 1 else [indicator]
        if len(names) < len(group):
            names = names + [names[-1]] * (len(group) - len(names))
        for qq, name in zip(group, names):
            if not name or _not_an_indicator(name) or _is_rule_count(phrase, qq):
                continue
            values = [(qq.value, qq.bound)] if not qq.high else [(qq.value, "min"), (qq.high, "max")]
            for value, bound in values:
                attrs = dict(indicator=name, value=value, unit=qq.unit, measure=measure, direction=direction,
                             bound=bound, period=period, status=status)
                out.append(ctx.mention(OBSERVATION, qq.start, qq.end, **attrs))
        seen_names.extend(n for n in names[: len(group)] if n)
        prev_end = group[-1].end
        i = j
    return out


_ISSUING = ("出台", "制定", "印发", "推出", "发布", "落实")


def _is_rule_count(phrase: str, q: Quantity) -> bool:
    """"出台涉企减负30条": the count in a rule's name, not a stated value (ANNOTATION 5)."""
    return q.unit in ("条", "项") and any(w in phrase for w in _ISSUING)


_BARE_VERBS = ("重点实施", "实施了", "建成了", "完成了", "新建了")
_CAPACITY_UNITS = ("吨", "千瓦", "千伏", "立方米", "万头", "万只")


def _names_no_quantity(ctx: SentenceContext, indicator: str, phrase_start: int) -> bool:
    """A phrase that is only a place or organization ("主城区21家4S店") names where, not what."""
    base = ctx.sentence.start + phrase_start
    return any(m.type in (PLACE, ORG) and m.text == indicator and m.start >= base for m in ctx.found)


def _is_capacity(ctx: SentenceContext, q: Quantity) -> bool:
    """"大唐700万吨露天矿": a capacity that describes the noun right after it."""
    if not q.unit.endswith(_CAPACITY_UNITS):
        return False
    nxt = next((t for t in ctx.tokens if t.start == q.end), None)
    return nxt is not None and _CJK.match(nxt.word[0]) is not None and not _is_boundary(nxt)


def _is_rank(text: str, q: Quantity) -> bool:
    """"排在全省前5名", "第3名": a rank, not a stated value."""
    before = text[max(0, q.start - 1):q.start]
    return before in ("前", "第") or q.unit in ("名", "位") and "前" in text[max(0, q.start - 3):q.start]


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
    """Split the words before a value into the indicator's name and how the value measures it:
    "预计地区生产总值比上年增长" → ("地区生产总值", "change", "increase")."""
    measure, direction = "level", None
    roles = _measure_roles()
    tail_words = _words_with_role("up", "down", "level", "tail")
    p = phrase
    verb_seen = False
    while p:
        cm = _COMPARISON.search(p)
        if cm:
            p = p[: cm.start()]
            continue
        w = next((w for w in tail_words if p.endswith(w)), None)
        if w is None:
            break
        if not verb_seen and roles[w] & {"up", "down"}:
            measure, direction = "change", "increase" if "up" in roles[w] else "decrease"
            verb_seen = True
        elif "level" in roles[w]:
            verb_seen = True
        p = p[: -len(w)]
    p = _strip_lead(p)
    # a change verb opening the phrase ("新减少贫困人口2692人") measures the change
    front = re.match(r"^新?(减少|下降|降低)", p)
    if not verb_seen and front and len(p) > front.end() + 1:
        measure, direction = "change", "decrease"
        p = p[front.end():]
    return p, measure, direction


def _strip_lead(p: str) -> str:
    lead = _words_with_role("lead")
    while p:
        w = next((w for w in lead if p.startswith(w) and len(p) > len(w)), None)
        if w is None:
            break
        p = p[len(w):]
    return p.strip("的了")


def _indicator_after(text: str, q_end: int) -> str:
    """"88个深度脱贫攻坚项目有序推进": a count before its noun names the indicator after it."""
    m = re.match(r"[“”\"]?([\u3400-\u9fffA-Za-z“”]{2,16})", text[q_end:])
    if not m:
        return ""
    word = clean_name(m.group(1))
    for verb in _triggers():
        k = word.find(verb)
        if k >= 2:
            word = word[:k]
    return _strip_lead(word)


def _indicator_before(text: str, phrase_start: int) -> str:
    """"全部财政收入突破10亿大关,完成11.68亿元": the subject of the clause before names the value."""
    clauses = re.split(r"[,;]", text[:phrase_start].rstrip(",;"))
    if not clauses or not clauses[-1]:
        return ""
    head = re.split(r"\d", clauses[-1])[0]
    indicator, _, _ = _indicator_and_measure(head)
    return indicator if len(indicator) >= 3 and not re.search(r"[、和及]", indicator) else ""


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
    ("lexicon_places", extract_lexicon_places),
    ("town_places", extract_town_places),
    ("projects", extract_projects),
    ("suffix_places", extract_suffix_places),
    ("route_places", extract_route_places),
    ("listed_areas", extract_listed_areas),
    ("coordinated_places", extract_coordinated_places),
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
    """Within one type, a mention inside a longer one of the same type is dropped, but for places
    inside a composite place (names inside names: "黔江河" in "黔江河舟白渡断面")."""
    out = []
    for m in found:
        if m.type != OBSERVATION and any(
            o is not m and o.type == m.type and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            and not o.attrs.get("composite")
            for o in found
        ):
            continue
        out.append(m)
    return out
