"""Sports teams and performing troupes the report praises for what they won, as organizations: a name
ending in a team's or troupe's head (org_team_heads.txt: 足球队, 冰壶队, 女足, 合唱团…) that opens its
clause, right before a verb of winning (org_team_feat_verbs.txt: 冲超, 夺得, 勇夺, 获…), in quotes maybe:
"琼中女足“冲超”成功", "青海冰壶队夺得中国冰壶联赛男子组冠军", "长春大众卓越女足勇夺2025中国足协杯（女子）冠军",
"沈阳文旅青年合唱团获群星奖", "某某龙足球队冲超成功". A club or troupe is a named body (ANNOTATION:
Organization). The head alone, or after one character ("女足首夺全国女甲联赛冠军": the province's team, no
name), names none."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, Mention, SentenceContext, token_starts_at
from kg.extract.projects import covered_by
from kg.extract.registry import component

# the marks a team's name follows where it opens its clause
_OPENERS = "，。；：、,;:"
# the longest name read, in characters
_LONGEST = 16


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(lexicons.longest_first(lexicons.words("org_team_heads.txt")))
    verbs = "|".join(lexicons.longest_first(lexicons.words("org_team_feat_verbs.txt")))
    return re.compile(rf"(?:^|(?<=[{_OPENERS}]))([^{_OPENERS}“”（）()]{{2,{_LONGEST}}}?(?:{heads}))“?(?:{verbs})")


@component("team_feats", reads=(ORG,), assigns=(ORG,), needs=tuple(lexicons.words("org_team_heads.txt")))
def extract_team_feats(ctx: SentenceContext) -> list[Mention]:
    """The teams and troupes named as the subject of a verb of winning at their clause's start."""
    spans = [m.span(1) for m in _pattern().finditer(ctx.text) if _names_a_team(ctx, *m.span(1))]
    return [ctx.mention(ORG, a, b, source="team_feat") for a, b in spans if not covered_by(ctx, a, b, ORG)]


def _names_a_team(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] a team's own name: two characters or more before its head, on a word's start, no
    count, verb, adverb or preposition opening it, no figure in it?"""
    name = ctx.text[a:b]
    head = next(h for h in lexicons.longest_first(lexicons.words("org_team_heads.txt")) if name.endswith(h))
    first = ctx.token_starting_at(a)
    if len(name) - len(head) < 2 or first is None or not token_starts_at(ctx, a) \
            or first.pos[:1] in ("m", "d", "p", "c", "u", "r", "q", "v"):
        return False
    return not re.search(r"[0-9０-９]", name)
