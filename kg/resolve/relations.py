"""Relations read from the sentence that states them: where a project is (`locatedIn`, project →
place) and who builds, invests in, operates, signs for or cooperates on it (`participatesIn`,
organization → project). Never from co-occurrence alone, and the report's own area is the place of
a project only where the text names it.

Rules for the genre; their cue words are data (`kg/lexicons/location.txt`, `participation.txt`):

locatedIn
- *name*: a place named inside the project's name, each end of a route included ("秀山至黔江220千伏
  输变电复线工程", "武陵山机场" with 武陵山 an alias of 武陵山区) — any name of a place of this
  report, longest first; a street that is only a place + 路/大街 is named after it, not in it
  (unless the place is the report's own area). A landmark named after a place ("…海拉尔纪念园二期
  工程", "正阳火车站…货场") puts the work in that place too, but not a town's own name (阿蓬江镇)
  nor a place beside it ("白洋淀上游"); "旧城改造" names a kind of work, not a place.
- *adjacent*: a place right before the project's name ("投用正阳桐坪综合农贸市场").
- *clause*: a place opening a clause, followed by the projects it lists ("濯水景区毕兹卡水乐园、
  旅游电商中心投用").
- *topic*: a place opening a sentence as its subject ("狼牙山景区围绕5A景区目标,加快新索道、
  立体停车场等项目建设"): the projects of the sentence, until a clause opens with another subject.
  Only where a verb of the subject follows it (location.txt `subject`): not a place the clause
  builds ("海拉尔东山组团建设全面开工,…") nor one that qualifies a noun ("两河圣山旅游景区基础设施…").
- *zone*: "加快X景区建设,重点抓好P1、P2…": the works of a clause opening with a focus word, after
  a clause that builds a place as a whole.
- *built in*: "在X建设/实施/打造…": the projects after it in the clause.
- *settled*: "P落户X", "P位于X": the project right before the verb.

participatesIn
- *name*: an organization named inside the project's name ("黔江卷烟厂易地技改", "华润雪花啤酒
  迁建项目").
- *cue*: "X投资建设P", "X承建P", "与X合作开发建设P", "引进X…项目", "P由X承建", "X…P签约", across
  the lists of one clause.

Each relation keeps the mention it was read from (the project's, or the organization's for a cue),
so its `pol:Statement` points at the sentence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import lexicons
from kg.text.document import Document
from kg.model import ORG, PLACE, PROJECT, Mention
from kg.text.names import is_proper
from kg.text.segment import tokens

CLAUSE_END = ",;:。!?"
PARTNER_PREPOSITIONS = ("与", "同", "和", "携手", "联合")
ROUTE_MARKS = "至到—-"  # between the two ends of a route ("秀山至黔江…公路")


@functools.lru_cache(maxsize=None)
def cues(name: str) -> dict[str, tuple[str, ...]]:
    """A cue lexicon (word<TAB>role) as role → words, longest first."""
    out: dict[str, set[str]] = {}
    for row in lexicons.rows(name):
        if len(row) > 1:
            out.setdefault(row[1], set()).add(row[0])
    return {role: tuple(sorted(ws, key=lambda w: (-len(w), w))) for role, ws in out.items()}


@dataclass
class Found:
    """One relation as read: kind, subject key, object key, the mention it came from."""
    kind: str
    subject: str
    object: str
    mention: Mention


@dataclass
class _Item:
    mention: Mention
    key: str
    start: int  # offsets in the sentence
    end: int

    @property
    def type(self) -> str:
        return self.mention.type


def find_relations(doc: Document, mentions: list[Mention], by_mention: dict[int, str], entities: dict,
                   own_area: str | None) -> list[Found]:
    """locatedIn and participatesIn of one report, in sentence order, each pair once."""
    names = _NameIndex(entities)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if id(m) in by_mention and m.type in (PLACE, ORG, PROJECT):
            by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Found] = []
    seen: set[tuple[str, str, str]] = set()
    for sid, ms in sorted(by_sentence.items()):
        s = doc.sentences[sid]
        items = sorted((_Item(m, by_mention[id(m)], m.start - s.start, m.end - s.start) for m in ms),
                       key=lambda i: (i.start, -i.end))
        for f in _sentence_relations(s.text, items, names, own_area):
            a, b = entities[f.subject], entities[f.object]
            if {a.name, *a.aliases} & {b.name, *b.aliases}:
                continue  # one name read both ways (a scenic area being built) is no relation
            if (f.kind, f.subject, f.object) not in seen:
                seen.add((f.kind, f.subject, f.object))
                out.append(f)
    return out


class _NameIndex:
    """Every name and alias of this report's places and organizations → the entity's key; a place
    also by its name without a generic suffix ("芭拉胡" of 芭拉胡景区, "金溪" of 金溪镇) when what is
    left is a proper name."""

    def __init__(self, entities: dict):
        self.by_type: dict[str, dict[str, str]] = {PLACE: {}, ORG: {}}
        suffixes = cues("location.txt").get("suffix", ())
        for type_, index in self.by_type.items():
            ents = sorted((e for e in entities.values() if e.type == type_), key=lambda e: e.key)
            for e in ents:  # a name before an alias of another entity
                index.setdefault(e.name, e.key)
            for e in ents:
                for a in sorted(e.aliases):
                    index.setdefault(a, e.key)
            if type_ == PLACE:
                for e in ents:
                    for n in sorted({e.name, *e.aliases}):
                        for stem in (n[:-len(x)] for x in suffixes if n.endswith(x)):
                            if len(stem) >= 2 and is_proper(stem):
                                index.setdefault(stem, e.key)
            for n in [n for n in index if len(n) < 2]:
                del index[n]
        self.longest_first = {t: sorted(index, key=lambda n: (-len(n), n)) for t, index in self.by_type.items()}

    def inside(self, type_: str, name: str) -> list[tuple[int, str, str]]:
        """The names of entities of `type_` inside `name` (not `name` itself) on word boundaries,
        longest first and not overlapping, in order: (offset in `name`, name found, key)."""
        index = self.by_type[type_]
        toks = tokens(name)
        starts, ends = {t.start for t in toks} | {0}, {t.end for t in toks} | {len(name)}
        for k, ch in enumerate(name):  # "蓬东至马喇" cut as 蓬/东至/马喇: 至 and 、 still part names
            if ch in ROUTE_MARKS or ch == "、":
                starts.add(k + 1)
                ends.add(k)
        hits: list[tuple[int, int, str]] = []
        for n in self.longest_first[type_]:
            if n == name or n not in name:
                continue
            for m in re.finditer(re.escape(n), name):
                a, b = m.start(), m.end()
                if a in starts and b in ends and not any(a < y and x < b for x, y, _ in hits):
                    hits.append((a, b, n))
        return [(a, n, index[n]) for a, _, n in sorted(hits)]



def _sentence_relations(text: str, items: list[_Item], names: _NameIndex, own_area: str | None):
    loc = cues("location.txt")
    projects = [i for i in items if i.type == PROJECT]
    outer = [i for i in items if not any(o is not i and o.start <= i.start and i.end <= o.end
                                         and (o.start, o.end) != (i.start, i.end) for o in items)]
    for p in projects:
        nested = [i for i in items if p.start <= i.start and i.end <= p.end and (i.start, i.end) != (p.start, p.end)]
        yield from _name_relations(p, nested, names, own_area)
    clauses = _clauses(text)
    topic: _Item | None = None
    zone: _Item | None = None
    for n, (ca, cb) in enumerate(clauses):
        in_clause = [i for i in outer if ca <= i.start and i.end <= cb]
        clause_projects = [i for i in in_clause if i.type == PROJECT]
        opener = _clause_opener(text, ca, in_clause, loc.get("lead", ()))
        if opener is not None and opener.type == PLACE and opener.key != own_area:
            # the clause's subject: the projects it lists or goes on to build
            for p in clause_projects:
                if p.start >= opener.end:
                    yield Found("locatedIn", p.key, opener.key, p.mention)
            # and the sentence's subject, when a verb of its own follows it ("狼牙山景区围绕…目标,
            # 加快…"); not a place the clause builds or a noun it qualifies ("两河圣山旅游景区基础设施
            # 日益完善,…", "海拉尔东山组团建设全面开工,…")
            acts = text[opener.end:cb].startswith(loc.get("subject", ()))
            if n == 0 and not _listed_after(text, opener, clause_projects) and acts:
                topic = opener
        elif opener is not None and n > 0:
            topic = None  # a new subject
        if topic is not None and n > 0:
            for p in clause_projects:
                yield Found("locatedIn", p.key, topic.key, p.mention)
        if n == 0:
            zone = _zone_built(text, cb, in_clause, own_area, loc.get("build", ()))
        elif zone is not None and text[ca:cb].startswith(loc.get("focus", ())):
            # "加快两河圣山旅游景区建设,重点抓好P1、P2项目的实施": the works in focus are the zone's
            for p in clause_projects:
                yield Found("locatedIn", p.key, zone.key, p.mention)
        for pl in (i for i in in_clause if i.type == PLACE):
            # a place right before a project's name
            nxt = next((p for p in clause_projects if p.start == pl.end), None)
            if nxt is not None and (opener is None or pl is not opener):
                yield Found("locatedIn", nxt.key, pl.key, nxt.mention)
            # "启迪科技城落户黔江", "P位于X": the project right before the verb
            prev = next((p for p in reversed(clause_projects) if p.end <= pl.start), None)
            if prev is not None and text[prev.end:pl.start] in loc.get("settle", ()):
                yield Found("locatedIn", prev.key, pl.key, prev.mention)
            # "在X建设…": the projects after it in the clause
            if pl.start > 0 and text[pl.start - 1] == "在":
                rest = text[pl.end:cb]
                if any(rest.startswith(w) or w in rest[:8] for w in loc.get("build", ())):
                    for p in clause_projects:
                        if p.start >= pl.end:
                            yield Found("locatedIn", p.key, pl.key, p.mention)
        yield from _cue_relations(text, ca, cb, in_clause, clause_projects)


def _name_relations(p: _Item, nested: list[_Item], names: _NameIndex, own_area: str | None):
    """A place or organization named inside the project's name: by any name of it, or where the
    extractor found one inside the name."""
    name = p.mention.text
    cue = cues("location.txt")
    titles = cue.get("title", ())
    places = names.inside(PLACE, name)
    places += [(i.start - p.start, i.mention.text, i.key) for i in nested if i.type == PLACE]
    spans = {(a, a + len(n)) for a, n, _ in places}
    for a, n, key in sorted(set(places)):
        b = a + len(n)
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
            continue  # 阿蓬江 inside 阿蓬江镇 inside the name: the longer place is meant
        if n in titles or n in cue.get("generic", ()):
            continue  # "…中国特色社会主义先行示范区": a title; "旧城改造": a part of any city
        if name[b:] in cue.get("street", ()) and key != own_area:
            continue  # 呼伦大街 is named after 呼伦, not in it (a street named after the report's own area is in it)
        if b == len(name) and a > 0 and name[a - 1] not in ROUTE_MARKS:
            continue  # the name ends with another name (哈萨尔大街 is not in 萨尔大街): not a place it is in
        yield Found("locatedIn", p.key, key, p.mention)
        # a landmark named after the place it stands in ("…海拉尔纪念园二期工程", "正阳火车站…货场"):
        # the work is there too; not where the longer name is only the place's own (阿蓬江 + 镇)
        for ia, inner, ikey in names.inside(PLACE, n):
            rest = n[ia + len(inner):]
            if ikey == key or inner in titles or ia == 0 and rest in cue.get("suffix", ()):
                continue
            if not rest.startswith(cue.get("beside", ())):  # 白洋淀上游 is not in 白洋淀
                yield Found("locatedIn", p.key, ikey, p.mention)
    bodies = lexicons.org_bodies()
    for _, n, key in names.inside(ORG, name):
        if n not in bodies:  # "中央桥" is no work of 中央
            yield Found("participatesIn", key, p.key, p.mention)


def _clauses(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for k, ch in enumerate(text):
        if ch in CLAUSE_END:
            if k > a:
                out.append((a, k))
            a = k + 1
    if a < len(text):
        out.append((a, len(text)))
    return out


def _clause_opener(text: str, ca: int, in_clause: list[_Item], leads: tuple[str, ...]) -> _Item | None:
    """The place or organization a clause opens with (after a lead word such as 其中)."""
    if not in_clause:
        return None
    first = in_clause[0]
    if first.type not in (PLACE, ORG):
        return None
    lead = text[ca:first.start]
    return first if lead == "" or lead in leads else None


def _zone_built(text: str, cb: int, in_clause: list[_Item], own_area: str | None,
                builds: tuple[str, ...]) -> _Item | None:
    """The place a clause builds as a whole, closing it ("加快两河圣山旅游景区建设"), when the
    clause names no project."""
    if any(i.type == PROJECT for i in in_clause):
        return None
    places = [i for i in in_clause if i.type == PLACE]
    if not places or places[-1].key == own_area:
        return None
    rest = text[places[-1].end:cb]
    # the place may be found without its generic end ("两河圣山" + "旅游景区建设")
    heads = ("",) + cues("location.txt").get("suffix", ())
    return places[-1] if any(rest.startswith(h) and rest[len(h):] in builds for h in heads) else None


def _listed_after(text: str, head: _Item, projects: list[_Item]) -> list[_Item]:
    """The projects listed right after `head` ("濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统")."""
    out: list[_Item] = []
    pos = head.end
    for p in projects:
        if p.start < pos:
            continue
        gap = text[pos:p.start]
        if gap == "" and not out or out and gap in lexicons.word_set("resolve_list_joiners.txt"):
            out.append(p)
            pos = p.end
        else:
            break
    return out


def _cue_relations(text: str, ca: int, cb: int, in_clause: list[_Item], projects: list[_Item]):
    """An organization that builds, invests in, operates, signs for or cooperates on the projects of
    its clause, by the cue words of participation.txt."""
    part = cues("participation.txt")
    orgs = [i for i in in_clause if i.type == ORG]
    for o in orgs:
        before = text[ca:o.start]
        # the organization may stand in a list: "与中信集团、华润集团合作…" reads from the list's start
        list_start = o.start
        for other in reversed([x for x in orgs if x.end <= o.start]):
            if text[other.end:list_start] in lexicons.word_set("resolve_list_joiners.txt"):
                list_start = other.start
        lead = text[ca:list_start]
        after_items = [p for p in projects if p.start >= o.end]
        before_items = [p for p in projects if p.end <= o.start]
        upto = after_items[0].start if after_items else cb
        between = text[o.end:upto]
        if any(w in between.lstrip("的")[:4] for w in part.get("frame", ())) or before.endswith("在"):
            continue  # "在市委领导下建成…"
        verb = any(w in between for w in part.get("agent", ()) + part.get("partner", ()))
        # the organization's own verb comes right after it ("X投资建设P", "X在黔江建设P"), not at the
        # end of a longer phrase ("区委召开会议研究建设P")
        acts = any(0 <= between.find(w) <= 5 for w in part.get("agent", ())) and len(between) <= 12
        if after_items and verb and (lead.endswith(PARTNER_PREPOSITIONS) or acts):
            targets = after_items
        elif after_items and any(lead.endswith(w) for w in part.get("introduce", ())):
            targets = after_items
        elif before_items and any(lead.endswith(w) for w in part.get("by", ())) and verb:
            targets = before_items
        elif projects and any(w in text[max([p.end for p in projects] + [o.end]):cb][:6] for w in part.get("signed", ())):
            targets = projects
        else:
            continue
        for p in targets:
            yield Found("participatesIn", o.key, p.key, o.mention)
