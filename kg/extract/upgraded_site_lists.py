"""Parks, scenic areas and old towns listed as the subject of their upgrading ("甲景区、乙古城完成提档
升级"): each a works of its own name (ANNOTATION rule 3: a site the
sentence develops is a project, alt type Place).

A single site followed by an upgrading action names its works by the whole ("某某湖景区提升改造",
kg.resolve.entities._works_named_by_their_site), and a list the action follows as one noun phrase
names one works ("完成甲公园、乙公园提升改造", kg.extract.street_works place_list_works). Where a
word of finishing stands between the list and the action, the sites are the clause's subject and
each is developed: each site found as a place is also a works of its name
(the place stays). A division written in full right before a site ("某某县甲景区") stays out of the
name and says where the works is. Not where the word of finishing follows the action ("甲公园、乙公园
改造提升完成"), which the pools' gold reads either way. The sites' endings, the actions and the words
of finishing are project_upgraded_site_kinds.tsv's."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import PLACE, PROJECT, Mention, SentenceContext
from kg.extract.projects import division_in_full
from kg.extract.registry import component

_TABLE = "project_upgraded_site_kinds.tsv"
_JOINERS = ("、", "和", "及")


@functools.lru_cache(maxsize=1)
def site_kinds() -> tuple[str, ...]:
    """The endings of parks, scenic areas and old towns (the table's rows of no kind)."""
    return lexicons.longest_first(lexicons.words_of_kind(_TABLE))


@functools.lru_cache(maxsize=1)
def _subject_close() -> re.Pattern:
    """A word of finishing and the action right after the list."""
    alt = lambda kind: "|".join(map(re.escape, lexicons.longest_first(lexicons.words_of_kind(_TABLE, kind))))
    return re.compile(f"(?:{alt('before_action')})(?:{alt('action')})")


def sites_are_subject(text: str, items: list[tuple[int, int]], end: int) -> bool:
    """Are the listed `items` (two or more) all sites of the table, the last ending where the list ends,
    and is the list closed at `end` by a word of finishing and the action (`_subject_close`)?"""
    return len(items) >= 2 and all(text[x:y].endswith(site_kinds()) for x, y in items) \
        and _subject_close().match(text, end) is not None


@component("upgraded_site_lists", reads=(PLACE, PROJECT), assigns=(PROJECT,), needs=site_kinds())
def extract_upgraded_site_lists(ctx: SentenceContext) -> list[Mention]:
    """Each site of a list of two or more that a word of finishing and an upgrading action close."""
    text = ctx.text
    sites: dict[int, int] = {}  # the longest site found at each start
    for m in ctx.found:
        if m.type != PLACE or division_in_full(m.text) and not m.text.endswith(site_kinds()):
            continue  # (a division, not an old town: "某某古镇" reads as a town by its kind)
        # a site found, or a place found and a site's ending right after it ("青松湖|公园": the park
        # named after the lake, which no rule found whole before the action)
        kind = next((k for k in site_kinds() if text.startswith(k, m.local_end)), "")
        if kind or m.text.endswith(site_kinds()) and m.text not in site_kinds():  # (not a town named 古城)
            sites[m.local_start] = max(m.local_end + len(kind), sites.get(m.local_start, 0))
    divisions = {m.local_end for m in ctx.found if m.type == PLACE and division_in_full(m.text)
                 and not m.text.endswith(site_kinds())}
    out: list[Mention] = []
    done: set[int] = set()
    for a in sorted(sites):
        if a in done:
            continue
        run = [(a, sites[a])]
        while (j := next((run[-1][1] + len(w) for w in _JOINERS if text.startswith(w, run[-1][1])), None)) is not None:
            # the next site, or a division written in full and the site right after it ("某某县甲景区")
            nxt = j if j in sites else next((d for d in sites if d > j and d in divisions
                                             and any(p.local_start == j and p.local_end == d for p in ctx.found)), None)
            if nxt is None:
                break
            run.append((nxt, sites[nxt]))
        done.update(s for s, _ in run)
        if sites_are_subject(text, run, run[-1][1]):
            out.extend(ctx.mention(PROJECT, s, e, source="upgraded_site_list") for s, e in run)
    return out
