"""Names inside names (ANNOTATION rule 8): the place or company a found works' or organization's
name holds, which the rules that find names on their own did not find. These components read what
the sentence's other components found (ctx.found) and add the nested name by the grammar of the
enclosing one."""
from __future__ import annotations

import re

from kg import lexicons
from kg.config import NESTED_NAMES
from kg.extract.base import (CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, place_lexicon_pattern, token_ends_at)
from kg.extract.registry import component
from kg.extract.places import COMPANY_HEADS, head_in_a_set_phrase, abbreviated_route
from kg.text.names import NATURAL_SUFFIXES, is_proper
from kg.text.segment import word_freq


def _feature_name_end(ctx: SentenceContext, a: int, end: int) -> int | None:
    """The end of a natural feature's name that jieba cut in two at `a` ("南|秦河", "东|龙山",
    "沿|岗河"): one character, then a word the dictionary reads as a place (ns) ending in a
    feature's head (河, 山, 湖…). A longer first word is a word of its own ("国际|陆海")."""
    first = ctx.token_starting_at(a)
    if first is None or len(first.word) != 1 or not CJK.match(first.word):
        return None
    t = ctx.token_starting_at(first.end)
    if (t is None or t.pos != "ns" or t.word[-1] not in NATURAL_SUFFIXES
            or len(t.word) > NESTED_NAMES.feature_word_max or not all(CJK.match(c) for c in t.word)):
        return None
    return t.end if t.end < end else None


@component("nested_feature_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,),
           after=("word_toponyms", "projects"), needs=tuple(NATURAL_SUFFIXES))
def extract_nested_feature_places(ctx: SentenceContext) -> list[Mention]:
    """A river's, lake's or hill's name that opens a found works' or organization's name, cut in
    pieces by jieba ("南秦河生态公园" → 南秦河, "东龙山公园" → 东龙山, "沿岗河防洪治理四期" →
    沿岗河): a place (ANNOTATION rule 8). A name jieba kept whole is word_toponyms' to judge."""
    out = []
    for m in ctx.found:
        if m.type not in (PROJECT, ORG):
            continue
        # at the name's own start only: after a place that opens it, a lone character is that
        # place's head written short ("武湖街|滨湖苑二期"), not a feature's first character
        a = m.local_start
        b = _feature_name_end(ctx, a, m.local_end)
        if b is not None and not _taken_but_for_its_word(ctx, a, b) and not abbreviated_route(ctx, a, b) \
                and not head_in_a_set_phrase(ctx.text, b - 1, b) \
                and not (b - a == 3 and ctx.text.startswith(lexicons.words("place_initials_route_kinds.txt"), b)):
            # (three characters before 高铁, 城际: its ends' one-character forms, "昆玉河高铁", no river)
            out.append(ctx.mention(PLACE, a, b, source="nested-feature"))
    return out


def _taken_but_for_its_word(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is a..b taken by a place or organization other than the feature's word alone, which another
    rule took without its first character ("东|龙山公园": 龙山, the dictionary's word, is no name of
    its own there; the longer 东龙山 holds it and replaces it)? Not where that character is a verb or
    a preposition before the place ("环|洞庭湖湖南水系连通工程")."""
    span = ctx.span(a, b)
    first = ctx.token_starting_at(a)
    replaces = first is not None and not first.pos.startswith(("v", "p"))
    return any(k.type in (PLACE, ORG) and k.span.overlaps(span)
               and not (replaces and k.type == PLACE and k.local_start == a + 1 and k.local_end == b)
               for k in ctx.found)


# what may stand between a scenic area's own name and its kind: its grade or level ("狼牙山5A景区",
# "西山国家森林公园"), no part of the name
_GRADE = re.compile(rf"(?:[0-9]A级?|{lexicons.alternation('place_area_levels.txt')})$")


def _scenic_core_end(ctx: SentenceContext, m: Mention) -> int | None:
    """The end of the proper name a found scenic area opens with ("德夯" of 德夯风景名胜区, "芭拉胡"
    of 芭拉胡景区, "清西陵" of 清西陵景区), or None: the name before the area's kind and grade, of
    two to four characters, ending where a word ends, a proper name (is_proper, strict), none of its
    words a verb or a verbal noun ("红色旅游景区", "休闲度假区": a kind of area, no name)."""
    text = ctx.text
    name = text[m.local_start:m.local_end]
    kind = next((k for k in lexicons.words("place_designation_kinds.txt") if name.endswith(k)), None)
    if kind is None:
        return None
    stem = name[:-len(kind)]
    stem = stem[:len(stem) - len(g.group())] if (g := _GRADE.search(stem)) is not None else stem
    end = m.local_start + len(stem)
    if not NESTED_NAMES.scenic_core_min <= len(stem) <= NESTED_NAMES.scenic_core_max or not all(CJK.match(c) for c in stem):
        return None
    if not token_ends_at(ctx, end) or not is_proper(stem, strict=True):
        return None
    if any(p.type == PLACE and p.local_start == m.local_start and p.local_end < end for p in ctx.found):
        return None  # "合川三江国家湿地公园": a county before the name, no place "合川三江"
    words = [t for t in ctx.tokens if m.local_start <= t.start and t.end <= end]
    if any(t.pos.startswith("v") for t in words) or stem in lexicons.word_set("not_names.txt") \
            or stem in lexicons.word_set("place_waterfront_words.txt"):
        return None  # "滨江森林公园": a park by the river, named after no place 滨江
    return end


@component("scenic_area_cores", reads=(PLACE, PROJECT), assigns=(PLACE,),
           after=("suffix_places", "projects", "zone_places"), needs=lexicons.words("place_designation_kinds.txt"))
def extract_scenic_area_cores(ctx: SentenceContext) -> list[Mention]:
    """The place a found scenic area, resort or park is named after ("完成《德夯风景名胜区总体规划》修编"
    → 德夯; "芭拉胡景区", "清西陵景区"): a place of its own (ANNOTATION rule 8; the samples'
    gold names every such core: 神龟峡, 濯水, 清西陵, 狼牙山, 易水湖, 三塘盖), also where jieba does not
    read it as a place and no toponym head ends it."""
    out = []
    for m in ctx.found:
        if m.type not in (PLACE, PROJECT):
            continue
        end = _scenic_core_end(ctx, m)
        if end is None or ctx.found_at(m.local_start, end, PLACE) or any(o.local_start == m.local_start for o in out):
            continue
        out.append(ctx.mention(PLACE, m.local_start, end, source="scenic-core"))
    return out


def _inside_one_common_word(ctx: SentenceContext, name: str, a: int, b: int) -> bool:
    """Is the division's short form at a..b the start of one longer word jieba's dictionary knows
    well ("新华社" holds 新华, a short form of 新华区), rather than glued to a body's word
    ("锦州/市政府")? A full name ("北京市委") is always the division."""
    if name in lexicons.divisions_by_name() and any(d.name == name for d in lexicons.divisions_by_name()[name]):
        return False
    tok = ctx.token_starting_at(a)
    return tok is not None and tok.end > b and word_freq(tok.word) > NESTED_NAMES.common_word_freq


# conjunctions that join two bodies' names ("地委和县委", "县人大及县政协")
_CONJUNCTIONS = lexicons.roles("joining_words.tsv")["and"]


def _conjunction_before_a_level(ctx: SentenceContext, name: str, a: int) -> bool:
    """Is the division's name at `a` a conjunction glued to a level's one character ("和县" in
    "省委、地委和县委", "常委会和县政协"): a body of that level joined to the word before, not the
    county of that name? Only where a word runs on into it (not the report's own division)."""
    if len(name) != 2 or name[0] not in _CONJUNCTIONS or name[1] not in lexicons.LEVEL_CHARS:
        return False
    own = ctx.doc.own.division
    return a > 0 and CJK.match(ctx.text[a - 1]) is not None and (own is None or own.name != name)


@component("places_opening_bodies", reads=(PLACE, ORG), assigns=(PLACE,), after=("lexicon_places",),
           needs_types=(ORG,))  # the places opening a body found
def extract_places_opening_bodies(ctx: SentenceContext) -> list[Mention]:
    """The divisions a standard body's name opens with ("中共锦州市委", "锦州市政府" → 锦州市;
    "张掖市甘州区第十九届人民代表大会" → 张掖市, 甘州区): places (ANNOTATION rule 8; the samples'
    and dev sets' gold name the division of every such body). Jieba glues the division to the
    body's word (锦州/市政府), so the lexicon rule, which wants a word of its own, leaves it. A
    company's full name gives its city or its registered division the same way (_places_in_company)."""
    out = []
    text = ctx.text
    for m in ctx.found:
        if m.type != ORG:
            continue
        if m.attrs.get("source") != "body":
            out.extend(p for p in _places_in_company(ctx, m) if not any(o.local_start == p.local_start for o in out))
            continue
        if text.startswith(lexicons.words("place_city_named_bodies.txt"), m.local_start):
            continue  # "上海合作组织": an international body named after its founding city, no place
        a = m.local_start + (2 if text.startswith("中共", m.local_start) else 0)
        while (p := place_lexicon_pattern().match(text, a)) is not None and p.end() < m.local_end:
            if lexicons.find_division(p.group(), ctx.doc.own.province) is None:
                break  # a region or a far county's short form: no division this body is of
            if _conjunction_before_a_level(ctx, p.group(), a):
                break  # "地委和县委": 和 joins two bodies, no county 和县
            if _inside_one_common_word(ctx, p.group(), a, p.end()):
                break  # "新华社": the news agency, one word of the dictionary, not 新华区's body
            if not ctx.taken(a, p.end(), (PLACE,)) and not any(o.local_start == a for o in out):
                out.append(ctx.mention(PLACE, a, p.end(), source="body-place"))
            a = p.end()
    return out


_REGISTERED_PLACE = re.compile(r"\(([\u4e00-\u9fff]{2,4})\)")


def _places_in_company(ctx: SentenceContext, m: Mention) -> list[Mention]:
    """The city or province a company's name opens with ("某省某某集团", "某市某某集团" → 某省, 某市;
    the full names of groups say where they come from) and the division its name puts in brackets
    ("某某能源(某县)公司": where it is registered): places named inside the name (ANNOTATION rule 8,
    as 北京 in 黔江·北京智库 in the samples' gold). A county opening a company's name is no more
    than a trade name's first word ("长安汽车"), and a province's is the enterprise's registered
    title ("某省某某集团智能工厂": the design pools' gold takes no province written only there, u62-u79
    102 of 107), so only a city's name counts there."""
    text, out = ctx.text, []
    if not m.text.endswith(COMPANY_HEADS):
        return []  # a university's or an institute's name holds its city as a title does ("某市理工大学")
    p = place_lexicon_pattern().match(text, m.local_start)
    if p is not None and p.end() < m.local_end and token_ends_at(ctx, p.end()):
        division = lexicons.find_division(p.group(), ctx.doc.own.province)
        if division is not None and division.level == "prefecture":
            out.append((m.local_start, p.end()))
    for b in _REGISTERED_PLACE.finditer(text, m.local_start, m.local_end):
        if lexicons.find_division(b.group(1), ctx.doc.own.province) is not None:
            out.append((b.start(1), b.end(1)))
    return [ctx.mention(PLACE, a, e, source="company-place") for a, e in out if not ctx.taken(a, e, (PLACE,))]


@component("branch_parent_institutions", reads=(ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs=lexicons.roles("org_branch_parents.txt")["branch"])
def extract_branch_parent_institutions(ctx: SentenceContext) -> list[Mention]:
    """The school, museum or library whose branch a found name names: the parent's name, a division's
    name (place lexicon), then a branch's head ("某某附中某区学校二期" → 某某附中, "某某中学某县分校" →
    某某中学; org_branch_parents.txt). The parent is an organization named inside the name (ANNOTATION
    rule 8) and runs its branch. An organization holding it is marked `composite`, so the parent
    found inside it is kept beside it (as kg.extract.organizations marks a hospital's site)."""
    out = []
    for m in ctx.found:
        b = _branch_parent_end(ctx.text, m.local_start, m.local_end) if m.type in (ORG, PROJECT) else None
        if b is None:
            continue
        if m.type == ORG:
            m.attrs["composite"] = True
        a = m.local_start
        if not ctx.found_at(a, b, ORG) and not any(o.local_start == a and o.local_end == b for o in out):
            out.append(ctx.mention(ORG, a, b, source="branch-parent"))
    return out


def _branch_parent_end(text: str, a: int, end: int) -> int | None:
    """Where the parent institution's name ends inside the name at text[a:end]: at least
    NESTED_NAMES.branch_parent_min_chars characters ending in a `parent` head of org_branch_parents.txt,
    then a division's name and a `branch` head inside the name; None if it names no branch."""
    part = lexicons.roles("org_branch_parents.txt")
    for b in range(a + NESTED_NAMES.branch_parent_min_chars, end):
        place = place_lexicon_pattern().match(text, b)
        if (place is not None and text[a:b].endswith(part["parent"]) and all(CJK.match(c) for c in text[a:b])
                and text.startswith(part["branch"], place.end()) and place.end() < end):
            return b
    return None


def _heritage_site_span(ctx: SentenceContext, m: Mention) -> tuple[int, int] | None:
    """The span of the place an excavated site's park or museum is named after ("大汶口" of
    大汶口国家考古遗址公园, "哈克" of 哈克文化遗址公园, not 哈克文化), or None: the name before the
    kind (place_heritage_park_kinds.txt), its grade (国家) and the site's city or culture
    (place_heritage_stem_tails.txt), of two to four characters ending where a word ends, a proper name."""
    kind = next((k for k in _heritage_kinds() if m.text.endswith(k)), None)
    if kind is None:
        return None
    stem = m.text[:-len(kind)]
    stem = stem[:len(stem) - len(g.group())] if (g := _GRADE.search(stem)) is not None else stem
    tail = next((t for t in lexicons.words("place_heritage_stem_tails.txt") if stem.endswith(t)), "")
    stem = stem[:len(stem) - len(tail)]
    a, b = m.local_start, m.local_start + len(stem)
    if not NESTED_NAMES.scenic_core_min <= len(stem) <= NESTED_NAMES.scenic_core_max or not all(CJK.match(c) for c in stem):
        return None
    # the site's city or culture after the name ends it, though a listed site's whole name is one word
    # ("良渚古城遗址", place_scenic_sites.txt); a name no dictionary holds ("双墩", "宝墩": jieba's guess of two
    # common characters) is the site's own before its kind, a common word ("工业", "矿山") is not
    if not (tail or token_ends_at(ctx, b)) or stem in lexicons.word_set("not_names.txt"):
        return None
    if not is_proper(stem) and not _unknown_word(stem):
        return None
    return a, b


def _unknown_word(stem: str) -> bool:
    """Is `stem` a word neither jieba's dictionary nor our lexicons hold (its characters joined by
    the HMM alone)?"""
    return word_freq(stem) == 0 and all(word_freq(stem[:i]) == 0 or i == 1 for i in range(1, len(stem) + 1))


def _heritage_kinds() -> tuple[str, ...]:
    """Parks and museums at an excavated site (place_heritage_park_kinds.txt), longest first."""
    return tuple(sorted(lexicons.words("place_heritage_park_kinds.txt"), key=len, reverse=True))


@component("heritage_site_places", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), sets=("composite",),
           needs=lexicons.words("place_heritage_park_kinds.txt"))
def extract_heritage_site_places(ctx: SentenceContext) -> list[Mention]:
    """The place a park or museum at an excavated site is named after ("大汶口国家考古遗址公园挂牌" →
    大汶口; "陶寺国家考古遗址公园正式挂牌" → 陶寺): a place of its own (ANNOTATION rule 8), kept inside the park
    where the park is found as a place too (marked `composite`, registry.drop_nested), so that the
    relations link the works to its site."""
    out: list[Mention] = []
    for m in [m for m in ctx.found if m.type in (PROJECT, ORG)]:
        span = _heritage_site_span(ctx, m)
        if span is None or (not ctx.text.startswith(tuple(lexicons.words("place_heritage_stem_tails.txt")), span[1])
                            and any(p.type == PLACE and p.local_start == span[0] and span[1] < p.local_end < m.local_end
                                    for p in ctx.found)):
            continue  # "大河村遗址博物馆": the site found as a place of its own (大河村遗址) is what it is named after,
            # but not the ancient city of 良渚 (良渚古城遗址公园 → 良渚, though 良渚古城遗址 is a listed site)
        for p in ctx.found:
            if p.type == PLACE and p.local_start == m.local_start and span[1] < p.local_end <= m.local_end:
                p.attrs["composite"] = True
        if not ctx.found_at(*span, PLACE) and not any(o.local_start == span[0] for o in out):
            out.append(ctx.mention(PLACE, *span, source="heritage-site"))
    return out
