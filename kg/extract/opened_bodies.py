"""Bodies the report says were unveiled, set up or placed in its area, as organizations: a name ending
in a body's head (org_opened_heads.txt: 中心, 研究院, 实验室, 联盟…) as the subject of an opening verb
(org_opening_verbs.txt: 揭牌, 挂牌, 成立, 落户, 落地, 投入运行) right after it, with 正式/成功 between:
"金砖国家特殊经济区中国合作中心正式揭牌", "上合科技创新合作中心挂牌运行", "国家药械审评检查西南分中心挂牌",
"联合国全球地理信息知识与创新中心落户浙江", "数智北京创新中心投入运行"; so is each item of the list
the verb closes ("中国—中亚减贫合作中心、教育交流合作中心落地新疆"). So is a body named right after a
founding verb (`founding`: 组建, 成立, 设立) that opens its clause, past a first's ordinal ("组建涉外法律
服务联盟", "成立省足球运动管理中心", "设立全国首个某某服务中心"); a head of role `tasked` (指挥部: "地方政府
成立防治非典指挥部") names one body wherever the verb stands. A plaque is hung on a body, not on a
works; a body set up is organized, not built (ANNOTATION: research and public institutions, alliances
and associations are organizations).

The name opens its clause or follows a list mark; a name a verb that brings a body in or a count
opens ("推动某某研究院落地", "5个天府实验室揭牌"), a founding verb with its subject before it ("企业设立
…中心": bodies of a kind) and a centre whose head names a facility (数据中心, 分拣中心) are left out."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, Mention, SentenceContext, token_starts_at
from kg.extract.organizations import opens_with_a_company
from kg.extract.projects import covered_by
from kg.extract.registry import component

# the marks a body's name follows where it opens its clause or a list's item
_OPENERS = "，。；：、,;:"
# the longest name read, in characters
_LONGEST = 30
# words between the name and the verb: the body's headquarters placed ("某某学会总部落户合肥"), a manner
_BETWEEN = r"(?:总部)?(?:正式|成功|相继|先后)?"
# words that open a clause before the name, no part of it: a first's ordinal ("全国首个某某管理局落地运行")
# and an item's count in a run of points ("二是某某合作中心正式运行")
_LEADS = r"(?:(?:全国|全省|全市)?首[个家座]|[一二三四五六七八九十]是)?"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(lexicons.longest_first(lexicons.words_of_kind("org_opened_heads.txt")))
    verbs = "|".join(lexicons.longest_first(lexicons.words_of_kind("org_opening_verbs.txt")))
    return re.compile(rf"(?:^|(?<=[{_OPENERS}])){_LEADS}([^{_OPENERS}]{{2,{_LONGEST}}}?(?:{heads})){_BETWEEN}(?:{verbs})")


@functools.lru_cache(maxsize=1)
def _founding_pattern() -> re.Pattern[str]:
    """A founding verb (org_opening_verbs.txt `founding`) and the body's name after it, up to a clause's
    or a list's mark, a conjunction or 等 ("成立省足球运动管理中心，", "组建涉外法律服务联盟。")."""
    heads = "|".join(lexicons.longest_first(lexicons.words_of_kind("org_opened_heads.txt")))
    verbs = "|".join(lexicons.longest_first(lexicons.words_of_kind("org_opening_verbs.txt", "founding")))
    return re.compile(rf"(?:{verbs})((?:全国|全省|全市)?首[个家座])?([^{_OPENERS}“”]{{2,{_LONGEST}}}?(?:{heads}))(?=[{_OPENERS}和及等]|$)")


@functools.lru_cache(maxsize=1)
def _facility_centres() -> tuple[str, ...]:
    """The heads that name a facility and end in a body's head ("数据中心", "分拣中心"), not the bare head."""
    bodies = set(lexicons.words_of_kind("org_opened_heads.txt"))
    words = set(lexicons.words("facility_heads.txt")) | set(lexicons.words("built_facility_heads.txt"))
    words |= set(lexicons.words_of_kind("org_opened_heads.txt", "facility"))
    return tuple(w for w in words if w not in bodies and w.endswith(tuple(bodies)))


@component("opened_bodies", reads=(ORG,), assigns=(ORG,), needs=tuple(lexicons.words("org_opening_verbs.txt")))
def extract_opened_bodies(ctx: SentenceContext) -> list[Mention]:
    """The bodies named as the subject of an opening verb, and the items of the list it closes; the
    bodies named after a founding verb that opens its clause."""
    spans: set[tuple[int, int]] = set()
    founded: dict[tuple[int, int], str] = {}  # a body's span: the founding verb that sets it up
    for m in _pattern().finditer(ctx.text):
        a, b = m.span(1)
        while _names_a_body(ctx, a, b):
            spans.add((a, b))
            if a < 2 or ctx.text[a - 1] != "、":
                break
            b = a - 1
            a = max(ctx.text.rfind(c, 0, b) for c in _OPENERS) + 1
    orgs = [o for o in ctx.found if o.type == ORG]
    # composite: a body found inside the name stays one of its own ("联合国|全球地理信息知识与创新中心", rule 8)
    for m in _founding_pattern().finditer(ctx.text):
        a, b = m.span(2)  # past a first's ordinal, no part of the name ("设立全国首个|某某服务中心")
        tasked = ctx.text.endswith(lexicons.words_of_kind("org_opened_heads.txt", "tasked"), a, b)
        if (_opens_its_clause(ctx, m.start()) or tasked) and _names_a_body(ctx, a, b):
            spans.add((a, b))
            founded[(a, b)] = ctx.text[m.start():m.start(1) if m.group(1) else a]
    # founded: the verb that sets the body up (kg.resolve.not_works: a body organized is no works)
    return [ctx.mention(ORG, a, b, source="opened_body", composite=any(a <= o.local_start and o.local_end <= b for o in orgs),
                        **({"founded": founded[(a, b)]} if (a, b) in founded else {}))
            for a, b in sorted(spans) if not covered_by(ctx, a, b, ORG)]


def _opens_its_clause(ctx: SentenceContext, v: int) -> bool:
    """Does the verb at `v` open its clause, or follow one verb, adverb or adjective of manner only
    ("，组建…", "争取设立…")? A noun before it is its subject ("有条件的高校设立…", "企业设立…"): bodies of
    a kind those may set up, no one body the report names."""
    if v == 0 or ctx.text[v - 1] in _OPENERS:
        return True
    before = ctx.token_ending_at(v)
    return before is not None and before.pos[:1] in ("v", "d", "a") \
        and (before.start == 0 or ctx.text[before.start - 1] in _OPENERS)


def _names_a_body(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a body's own name: ending in a body's head, no facility's, on a word's start, no
    verb that brings a body in (org_lead_words.txt: 推动, 引进), count, adverb or preposition opening it?"""
    text = ctx.text
    name = text[a:b]
    if not name.endswith(lexicons.words_of_kind("org_opened_heads.txt")) or name.endswith(_facility_centres()):
        return False
    first = ctx.token_starting_at(a)
    if first is None or not token_starts_at(ctx, a) or first.pos[:1] in ("m", "d", "p", "c", "u", "r", "q") \
            or first.word in lexicons.word_set("org_lead_words.txt"):
        return False  # "推动北京大学海南研究院落地", "5个天府实验室揭牌": a body brought in, a count of bodies
    if re.search(r"[0-9０-９][个所家座项批]", name):
        return False  # "国家区域医疗中心和3所省级区域医疗中心投入运行": bodies counted, no one name
    if any(t.word == "的" and a <= t.start and t.end <= b for t in ctx.tokens):
        # "某医院与某医院合作共建的某某医疗中心揭牌": a clause of its own (its builders, its verb and 的)
        # opens the centre, which those build (a works, ANNOTATION rule 7): no body's name
        return False
    if opens_with_a_company(ctx, a, b):
        # "宝马烟台研发中心落地": a known company's centre is its works, the company the body (rule 7)
        return False
    return len(name) > 3 and name not in lexicons.word_set("generic_orgs.txt")
