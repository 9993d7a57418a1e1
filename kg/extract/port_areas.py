"""The port area or operating area a works' name opens with ("某某港区三期", "某港某某作业区三期",
"某某港区25万吨级原油码头"), as a place.

A port is divided into areas named after the place each lies at (place_port_area_heads.txt: 港区;
place_port_part_heads.txt: 作业区), and a works built there is named after its area. The area is
where the works is, a place of its own inside the works' name (ANNOTATION rules 8 and 11), even
where the tagger reads its name as common words ("仙人|岛|港区"), which the rules that find port
areas standing alone leave out: inside a works' name the area's place is its first words, or the
words right after the port that opens the name ("某某港|西港区")."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.config import PLACE_RULES
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext
from kg.extract.registry import component
from kg.text.names import CJK


@functools.lru_cache(maxsize=1)
def _area_heads() -> tuple[str, ...]:
    """The heads of a port's areas and of their operating areas (港区, 作业区), longest first."""
    return lexicons.longest_first(set(lexicons.words("place_port_area_heads.txt"))
                                  | {"作业区"} & set(lexicons.words("place_port_part_heads.txt")))


@component("port_areas_opening_works", reads=(PLACE, ORG, PROJECT), assigns=(PLACE,), needs=_area_heads())
def extract_port_areas_opening_works(ctx: SentenceContext) -> list[Mention]:
    """The port area a works found opens its name with, the works' name going on after it (a phase, a
    capacity, a facility): from the works' start, or from the end of the port found right before it."""
    out = []
    for w in ctx.found:
        if w.type != PROJECT:
            continue
        span = _area_in_works(ctx, w)
        if span is not None and not any(p.type == PLACE and p.local_start <= span[0] and span[1] <= p.local_end
                                        for p in ctx.found):
            # composite: a place found in the area's name stays one of its own ("某某湾|港区", rule 8)
            out.append(ctx.mention(PLACE, *span, source="port_area_in_works", composite=True))
    return out


def _area_in_works(ctx: SentenceContext, w: Mention) -> tuple[int, int] | None:
    """The bounds of the port area that opens the works `w` ("某某港区|三期"), else None: its place's
    name, of Chinese characters and no kind of port area (place_port_area_kinds.txt: 深水, 综合), two to
    four characters from the works' start, or one to four right after the port that opens it; and no
    division's name ("某某区" written 某某港区: the works are in the division, ANNOTATION rule 8)."""
    text = ctx.text
    for head in _area_heads():
        h = text.find(head, w.local_start, w.local_end)
        if h < 0 or h + len(head) >= w.local_end:
            continue
        a = _after_port(ctx, w, h)
        shortest = 1 if a > w.local_start else 2
        name = text[a:h]
        if shortest <= len(name) <= PLACE_RULES.port_area_name_chars and all(CJK.match(c) for c in name) \
                and not name.endswith(tuple(lexicons.words("place_port_area_kinds.txt"))) \
                and not (head in lexicons.words("place_port_area_heads.txt") and lexicons.divisions_by_name().get(name)):
            # an area named after a division is the division's (kg.extract.places ports_before_their_parts)
            return a, h + len(head)
    return None


def _after_port(ctx: SentenceContext, w: Mention, h: int) -> int:
    """Where the area's name begins inside the works `w`: right after a port that opens the name, a
    place found ending in 港 or a place found and 港 ("某某港|西港区", "某某|港|某某港区"), or after the
    port's company ("某某港集团|某某港区"), else at the works' start; past a conjunction or preposition
    the works' name was found with ("和|某某港区一期工程")."""
    inside = [m for m in ctx.found if w.local_start <= m.local_start and m.local_end < h]
    ends = [p.local_end for p in inside if p.type == PLACE]
    ports = [e for e in ends if ctx.text[e - 1] == "港"] + [e + 1 for e in ends if ctx.text[e] == "港" and e + 1 < h]
    a = max(ports + [m.local_end for m in inside if m.type == ORG], default=w.local_start)
    first = ctx.token_starting_at(a)
    return first.end if first is not None and first.pos in ("c", "p") and first.end < h else a
