"""Designated zones a build verb builds (genre_zones_built_by_verb.txt), named from the verb or from the
list mark before them to their head: "深化建设丝路电商合作先行区、…", "升级打造新安江—千岛湖生态环境共同保护合作区",
"加快建设中蒙二连浩特—扎门乌德经济合作区", "推进RCEP示范项目集聚区、…建设". The name's walk in
kg.extract.projects stops at the verbs of a zone's field ("合作", "统筹发展", "共同保护"); here the build verb
right before the list says where the names open. A zone is one undertaking only when its name says which
(ANNOTATION rule 11): a place found in it (not 中国 of a slogan, "美丽中国先行区"), the
countries it joins ("中非", "中蒙"), a Latin acronym ("RCEP") or a dash between two named ends."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import CJK_CHARS, ORG, PLACE, PROJECT, URBAN_AREAS, Mention, SentenceContext
from kg.extract.projects import abbreviated_places
from kg.extract.registry import component

_FILE = "genre_zones_built_by_verb.txt"
# the longest name of a zone read after the verb or list mark
_NAME_MAX = 22
# places that name no zone of their own inside a slogan ("美丽中国先行区", ANNOTATION rule 1)
_SLOGAN_PLACES = frozenset({"中国", "全国"})
_PARTNERS = f"[{''.join(lexicons.words('genre_partner_abbreviations.txt'))}]"


@functools.lru_cache(maxsize=1)
def _zone_list() -> re.Pattern[str]:
    """A build verb, then a 、-list of items, the last ending in a zone's head and closing the clause."""
    roles = lexicons.roles(_FILE)
    verbs = "|".join(map(re.escape, roles["verb"] + roles["closed"]))
    heads = "|".join(map(re.escape, roles["head"]))
    item = rf"[{CJK_CHARS}A-Za-z0-9（）()“”·—\-]{{2,{_NAME_MAX}}}?"
    return re.compile(rf"(?:{verbs})((?:{item}[、和及])*{item}(?:{heads}))(?=建设|[，。；、,;]|$)")


@component("verb_built_zones", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,),
           after=("genre_zones_built", "genre_zones_built_after_verb"), needs=lexicons.roles(_FILE)["head"])
def extract_verb_built_zones(ctx: SentenceContext) -> list[Mention]:
    """Each item of the list a build verb opens that ends in a zone's head and says which zone it is, where
    no project found overlaps it; a verb of the "closed" role builds only where 建设 closes the list."""
    roles, text, out = lexicons.roles(_FILE), ctx.text, []
    for m in _zone_list().finditer(text):
        verb = text[m.start():m.start(1)]
        if verb in roles["closed"] and not text.startswith("建设", m.end(1)):
            continue
        for a, b in _items(text, m.start(1), m.end(1), roles["head"]):
            if _says_which(ctx, a, b) and not ctx.taken(a, b, (PROJECT,)):
                out.append(ctx.mention(PROJECT, a, b, source="verb_built_zone"))
    return out


def _items(text: str, a: int, b: int, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """The items of the list text[a:b] that end in a zone's head, split at 、, 和 and 及."""
    cuts = [a] + [i + 1 for i in range(a, b) if text[i] in "、和及"] + [b + 1]
    spans = [(cuts[k], cuts[k + 1] - 1) for k in range(len(cuts) - 1)]
    return [(s, e) for s, e in spans if e - s > 3 and text.endswith(heads, s, e)]


def _says_which(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] name one zone: a place found inside it, the countries it joins at its
    opening or by their one-character short forms ("川渝", "苏浙皖"), a Latin acronym, or a dash between two ends?"""
    text = ctx.text
    if any(w in text[a:b] for w in lexicons.roles(_FILE)["not_inside"]):
        return False  # "威海创建国际康养旅游试验区": a clause of its own, a place applying for a zone
    if any(m.type == PLACE and a <= m.local_start and m.local_end <= b
           and m.text not in URBAN_AREAS and m.text not in _SLOGAN_PLACES for m in ctx.found):
        return True
    stem = text[a:b]
    return (abbreviated_places(ctx, a, b) or re.match(rf"{_PARTNERS}{{2,4}}", stem) is not None or re.search(r"[A-Z]{2,}", stem) is not None
            or re.search(r"[^\W\d_]{2}[—\-][^\W\d_]{2}", stem) is not None)


_BASES = "genre_national_bases_done.txt"


@functools.lru_cache(maxsize=4)
def _headed_name(opening: str, lexicon: str, inside: str = "") -> re.Pattern[str]:
    """A name that opens with `opening`, runs over 2 to 16 characters of its field (CJK and `inside`), and
    ends in a "head" of the cue lexicon: "国家…中试基地" (genre_national_bases_done.txt), "中国—…合作中心"."""
    heads = "|".join(map(re.escape, lexicons.roles(lexicon)["head"]))
    return re.compile(rf"{opening}[{CJK_CHARS}{inside}]{{2,16}}?(?:{heads})")


def _national_base() -> re.Pattern[str]:
    """国家, its field (quoted words and 和 inside), then a national base's or platform's kind."""
    return _headed_name("国家", _BASES, "A-Za-z“”+")


@component("national_bases_done", reads=(PROJECT,), assigns=(PROJECT,), after=("projects",), needs=("国家",))
def extract_national_bases_done(ctx: SentenceContext) -> list[Mention]:
    """A national base or pilot platform (国家 + field + kind) the clause says was completed, landed or
    approved, right before or after its name (genre_national_bases_done.txt): one undertaking, named with
    国家 ("国家人工智能应用中试基地落地苏州", "建成国家优质棉花棉纱基地"), which replaces a shorter works found
    inside it; not a rank, batch or role (国家级, 首批, 国家重要…) nor one counted."""
    roles, text, out = lexicons.roles(_BASES), ctx.text, []
    for m in _national_base().finditer(text):
        a, b = m.span()
        inner = text[a + 2:b]
        if any(w in inner for w in roles["not_inside"]) or re.search(r"\d|个|家", text[max(0, a - 3):a]):
            continue
        before, after = text[:a], text[b:]
        opened = before.endswith(roles["before"]) or before.endswith("、") and _listed_after(before, roles["before"])
        if (opened or after.startswith(roles["after"])) and not ctx.reaches_out_of(a, b, (PROJECT,)):
            out.append(ctx.mention(PROJECT, a, b, source="national_base_done"))
    return out


def _listed_after(before: str, verbs: tuple[str, ...]) -> bool:
    """Does the 、-list that `before` ends in open right after one of the verbs ("建成甲、")?"""
    return re.split(r"[，。；,;：]", before)[-1].startswith(verbs)


_DIVISION_BASES = "genre_division_built_bases.txt"


@functools.lru_cache(maxsize=1)
def _division_base() -> re.Pattern[str]:
    """A clause's opening (a verb of support), its subject of places joined by 、, the verb, then one base or
    two joined by 和 closing the clause."""
    roles = lexicons.roles(_DIVISION_BASES)
    alt = lambda role: "|".join(map(re.escape, roles[role]))  # noqa: E731
    name = rf"[{CJK_CHARS}“”]{{2,16}}?(?:{alt('head')})"
    return re.compile(rf"(?:^|(?<=[，。；,;]))(?:{alt('lead')})?([{CJK_CHARS}、]{{2,20}}?)(?:{alt('verb')})"
                      rf"({name})(?:和({name}))?(?=[，。；,;]|$)")


@component("division_built_bases", reads=(PLACE, PROJECT), assigns=(PROJECT,), after=("national_bases_done",),
           needs=lexicons.roles(_DIVISION_BASES)["verb"])
def extract_division_built_bases(ctx: SentenceContext) -> list[Mention]:
    """Each base or zone a clause gives the places written as its subject to build (genre_division_built_bases.txt:
    "鄂尔多斯打造高铝粉煤灰综合利用基地", "包头、通辽打造高端铝后加工基地"), where every word of the subject is a place
    found and the name holds no word of rank, scope, count or joined kinds; a longer works found over it keeps it."""
    not_inside, out = lexicons.roles(_DIVISION_BASES)["not_inside"], []
    for m in _division_base().finditer(ctx.text):
        if not _all_places(ctx, m.start(1), m.end(1)):
            continue
        for g in (2, 3):
            a, b = m.span(g)
            if a >= 0 and not any(w in ctx.text[a:b] for w in not_inside) and not ctx.reaches_out_of(a, b, (PROJECT,)) \
                    and not ctx.found_at(a, b, PROJECT):
                out.append(ctx.mention(PROJECT, a, b, source="division_built_base"))
    return out


def _all_places(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] places found joined by 、 ("包头、通辽")?"""
    parts, at = ctx.text[a:b].split("、"), a
    for part in parts:
        if not any(m.type == PLACE and m.local_start == at and m.local_end == at + len(part) for m in ctx.found):
            return False
        at += len(part) + 1
    return bool(parts)


@component("partner_opened_works", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("division_built_bases",),
           needs=("中",), needs_types=(PROJECT,))
def extract_partner_opened_works(ctx: SentenceContext) -> list[Mention]:
    """A zone or works found whose name opens with a place, right after China and a partner country by their
    one-character forms (project_partner_country_openers.txt: "中新济南未来产业城", "中蒙二连浩特—扎门乌德经济
    合作区", `_opens_with_place`): the joint undertaking is named with its partners, so the name runs back over them (the shorter
    one found inside gives way); not where a name found already covers the pair."""
    text, out = ctx.text, []
    openers = lexicons.longest_first(lexicons.words("project_partner_country_openers.txt"))
    for m in [m for m in ctx.found if m.type == PROJECT]:
        a = m.local_start
        pair = next((w for w in openers if text.endswith(w, 0, a)), None)
        if pair is None or ctx.taken(a - len(pair), a) or not _opens_with_place(ctx, a, m.local_end):
            continue
        out.append(ctx.mention(PROJECT, a - len(pair), m.local_end, source="partner_opened_works"))
    return out


def _opens_with_place(ctx: SentenceContext, a: int, b: int) -> bool:
    """Does text[a:b] open with a place found or a division's name (its short form included: "二连浩特")?"""
    if any(p.type == PLACE and p.local_start == a and p.local_end < b for p in ctx.found):
        return True
    names = lexicons.divisions_by_name()
    return any(ctx.text[a:a + n] in names for n in range(2, min(6, b - a)))


_JOINT = "genre_joint_centres.txt"


def _joint_centre() -> re.Pattern[str]:
    """中国, a dash, the partner and the field, then a joint centre's or platform's kind."""
    return _headed_name(r"中国[—\-]", _JOINT)


@component("joint_centres_built", reads=(PROJECT,), assigns=(PROJECT,), after=("partner_opened_works",), needs=("中国",))
def extract_joint_centres_built(ctx: SentenceContext) -> list[Mention]:
    """A cooperation centre or platform of China and a partner ("中国—东盟医疗保健合作中心", genre_joint_centres.txt)
    right after a build verb, or in a clause that says later it was approved for building, landed or put to use:
    one undertaking built, where no longer works found overlaps it."""
    roles, text, out = lexicons.roles(_JOINT), ctx.text, []
    for m in _joint_centre().finditer(text):
        a, b = m.span()
        rest = re.split(r"[，。；,;]", text[b:], maxsplit=1)[0]
        if (text[:a].endswith(roles["before"]) or any(w in rest for w in roles["after"])) \
                and not ctx.reaches_out_of(a, b, (PROJECT,)) and not ctx.found_at(a, b, PROJECT):
            out.append(ctx.mention(PROJECT, a, b, source="joint_centre_built"))
    return out
