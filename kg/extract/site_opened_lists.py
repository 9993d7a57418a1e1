"""A site opening a list of the works built or settled in it: "某某景区甲、乙、丙等工程全部竣工", "某某园区
甲公司纺织、乙三期等项目完成主体工程", "某某湾甲动力电池、乙储能设备等项目落地建设". The rules read the site and the
first item as one name (false positive and miss at once); the site says where every item is (ANNOTATION:
the shortest span that names the thing completely; locatedIn, where the sentence puts it), so the first
item's own name starts after it.

The site is a place found opening the name (maybe with a site's head right after it, "某山|景区"; a bay
only so: "湾" of genre_list_opening_site_heads.txt) or a span ending with a head of that list (景区, 园区,
集聚区, 新市镇…) with at least two characters before the head, no organization found from its start across its end. It
opens its clause and the first item is followed by 、. What is left after the site is a name of its own:
three characters or more, not only category words ("基础设施": is_generic), no site's head in it, not an
upgrading action (the site's own works: "某某景区提升改造"); so "某某水库除险加固工程" and "某某景区基础设施"
(a place and a generic head: no complete name without it) keep their site.
The long name is kept beside its item (`composite`, registry.drop_nested: component
`site_opened_names_marked`, after every rule finding places and works) and dropped once the report is read
(report filter `site_opened_names`)."""
from __future__ import annotations

import functools

from kg import lexicons
from kg.extract.base import ORG, PLACE, PROJECT, Mention, SentenceContext
from kg.extract.projects import is_generic
from kg.extract.registry import component
from kg.text.lookup import occurrences

_HEADS = "genre_list_opening_site_heads.txt"
_SOURCE = "site-opened-list"
# where a clause opens: the site stands first in it
_CLAUSE_MARKS = "，,。；;：:！？\n"
# the fewest characters of a site's stem before its head, and of the item's own name after the site
_STEM_CHARS, _ITEM_CHARS = 2, 3
# the verbs of building new written between a site and the works it gets (`_built_at_site`)
_BUILD_VERBS = ("新建", "扩建", "续建")


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return lexicons.words(_HEADS)


@component("site_opened_list_works", reads=(PLACE, ORG, PROJECT), assigns=(PLACE, PROJECT),
           needs=("、", *_BUILD_VERBS), needs_types=(PROJECT,))
def extract_site_opened_list_works(ctx: SentenceContext) -> list[Mention]:
    """The first item of a list, after the site opening it, or the works built new at a site (`_built_at_site`),
    and the site as a place where none is found."""
    out: list[Mention] = []
    text = ctx.text
    for m in [m for m in ctx.found if m.type == PROJECT]:
        a, b = m.local_start, m.local_end
        listed = text.startswith("、", b) and not (a and text[a - 1] not in _CLAUSE_MARKS)
        site_end = _site_end(ctx, a, b) if listed else None
        item_start = site_end
        if site_end is None:
            site_end, item_start = _built_at_site(ctx, a, b)
        if site_end is None or any(o.type == ORG and o.local_start == a and site_end < o.local_end for o in ctx.found):
            continue  # an organization read from the name's start across the site's end ("某湾时代|…"): a firm
            # the site may only name, so where the site ends is unsure
        out.append(ctx.mention(PROJECT, item_start, b, source=_SOURCE))
        if not ctx.found_at(a, site_end, PLACE):
            out.append(ctx.mention(PLACE, a, site_end, source=_SOURCE))
    return out


def _built_at_site(ctx: SentenceContext, a: int, b: int) -> tuple[int | None, int | None]:
    """(where the site ends, where the works' name starts) in a name text[a:b] holding a site's head (two
    characters or more, a stem of two before it) and a verb of building new right after it ("某某新市镇新建某
    公园", "某某园区新建污水处理厂"): a verb is no part of a name, so the works is what it builds, at the
    site; the works' name three characters or more, not only category words. (None, None) if none."""
    text = ctx.text
    for h in (h for h in _heads() if len(h) > 1):
        for i in occurrences(text, h, a + _STEM_CHARS, b):
            verb = next((v for v in _BUILD_VERBS if text.startswith(v, i + len(h))), None)
            if verb and _names_itself(text[i + len(h) + len(verb):b]):
                return i + len(h), i + len(h) + len(verb)
    return None, None


def _site_end(ctx: SentenceContext, a: int, b: int) -> int | None:
    """Where the site opening the name text[a:b] ends, when what follows it is a name of its own (the
    earliest such end: "某山|景区" is one site, the head read after the place found)."""
    text, heads = ctx.text, _heads()
    places = [m.local_end for m in ctx.found if m.type == PLACE and m.local_start == a and m.local_end < b]
    ends = [e for e in places if text[a:e].endswith(heads)]
    ends += [e + len(h) for e in places for h in heads if text.startswith(h, e)]
    # a head read in the name, not a found place's: two characters or more ("湾" ends a bay found only)
    ends += [i + len(h) for h in heads if len(h) > 1 for i in occurrences(text, h, a + _STEM_CHARS, b)]
    for end in sorted(set(ends)):
        item = text[end:b]
        if _names_itself(item) and not any(h in item for h in heads if len(h) > 1) and not item.startswith(_upgrading_actions()):
            return end
    return None


def _names_itself(item: str) -> bool:
    """Is what follows a site a works' name of its own: three characters or more, not only category words
    ("基础设施": is_generic)?"""
    return len(item) >= _ITEM_CHARS and not is_generic(item, lexicons.word_set("generic_projects.txt"))


@functools.lru_cache(maxsize=1)
def _upgrading_actions() -> tuple[str, ...]:
    """The actions of upgrading a site (project_upgraded_site_kinds.tsv `action`): "某某景区提升改造" is the
    site's own works, named by it (kg.extract.upgraded_site_lists)."""
    return lexicons.longest_first(lexicons.words_of_kind("project_upgraded_site_kinds.tsv", "action"))


# (no needs_types: `composite` is heritage_site_places' too, set where no works is found)
@component("site_opened_names_marked", reads=(PLACE, PROJECT), sets=("composite", "site_opened", "first_listed_works"),
           needs=("、", *_BUILD_VERBS))
def mark_site_opened_names(ctx: SentenceContext) -> list[Mention]:
    """The names whose item `extract_site_opened_list_works` read after their site: kept beside the item
    (`composite`: drop_nested keeps what is inside) and marked `site_opened` for the report filter
    `site_opened_names`; and the site before the item, marked `first_listed_works` with the item's span for
    kg.resolve.relations (`_site_opened_list_relations`)."""
    items = [m for m in ctx.found if m.type == PROJECT and m.attrs.get("source") == _SOURCE]
    for m in ctx.found:
        if m.type == PROJECT and any(i.local_end == m.local_end and i.local_start > m.local_start for i in items):
            m.attrs["composite"] = m.attrs["site_opened"] = True
        else:  # the site: its item right after it, or after a verb of building new
            item = next((i for i in items if m.type == PLACE and (i.local_start == m.local_end
                         or ctx.text[m.local_end:i.local_start] in _BUILD_VERBS)), None)
            if item is not None:
                m.attrs["first_listed_works"] = item.span
    return []


def site_opened_names(ctx: SentenceContext, kept: list[Mention]) -> list[Mention]:
    """The names a site opens whose item was read after it (`extract_site_opened_list_works`), and the works
    other rules found inside them ("南山中心" of "南山中心商贸集聚区某苑", kept by `composite`): dropped."""
    names = [m for m in kept if m.type == PROJECT and m.attrs.get("site_opened")]
    return names + [m for m in kept if m.type == PROJECT and m.attrs.get("source") != _SOURCE
                    and any(n is not m and n.span.contains(m.span) for n in names)]
