"""Attributes of the mentions found, read from their sentence, for resolution to read (kg.resolve
reads mentions and their attributes, never a sentence's text):

- a project's investment and its stage (签约 → 前期 → 开工 → 在建 → 主体完工 → 建成 → 投用);
- the relation cues of a clause: the place or organization it opens with, the place a sentence is
  about, the projects a place is where and those an organization takes part in, by the cue words
  around them (kg.resolve.relations turns these into relations);
- the place an observation's clause is about.

These components run after every component that finds mentions (last in PIPELINE_ORDER), set the
attributes they declare (`sets=`) on the mentions they are shown, and find none.

The stage word is the one nearest the name in its clause (`kg/lexicons/stages.txt`), read after
the whole coordinated list the name stands in ("罗家堡水库、瓦窑堡水库加快建设": both 在建), so
every item of a list shares its verb.
"""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import CARRIED_SUBJECT, PROJECT_ATTRIBUTE_LIMITS, RELATIONS, SETTLED_WORKS
from kg.extract.base import LIST_JOINERS, SentenceContext, made_of_words
from kg.extract.places import ITEM_NUMBER, course_runs
from kg.extract.places import inside_book_title  # one test of 《…》 for places and works
from kg.extract.projects import destination_service
from kg.extract.registry import component, drop_nested
from kg.model import OBSERVATION, ORG, PLACE, PROJECT, RELATION_CLAUSE_MARKS, Mention, outermost
from kg.text.names import CJK_CHARS, WORKS_WORD

# "总投资3.2亿元": the investment a project's sentence gives it
INVESTMENT = re.compile(r"总投资(\d+(?:\.\d+)?)(亿元|万元)")
# what may close a list before its verb: "…等11个新建项目", "…等重点工程", "…项目"
LIST_TAIL = re.compile(r"^(?:等(?:\d+|[一二三四五六七八九十两几]+)?[个项座条所家批]?)?(?:[^\s,;。、]{0,4}?(?:项目|工程))?")
# what may close a list of works before the verb that settles it in a place: "…等项目", "…等工程", "…等"
WORKS_TAIL = re.compile(rf"^(?:等[^\s,;。、]{{0,{SETTLED_WORKS.tail_chars}}}?(?:项目|工程)|等|项目|工程)?")
# a parenthesis, as a works' name may be followed by one ("…高速公路(霍邱至皖豫省界段)")
PARENTHESIS = re.compile(r"[((][^()()]{1,20}[))]")
# the marks that end the clause a stage word is looked for in, after the list and before it
# (before it, a list's 、 ends the clause too: the words before the list's first item are its own)
AFTER_MARKS, BEFORE_MARKS = ",;。", ",;。、"


@component("project_investment", reads=(PROJECT,), sets=("investment",), needs=("总投资",))
def set_project_investment(ctx: SentenceContext) -> list[Mention]:
    """investment = (amount, unit) of the "总投资…" phrase right before or after the project's name
    (the last one, when two are near)."""
    gap = PROJECT_ATTRIBUTE_LIMITS.investment_gap
    found = list(INVESTMENT.finditer(ctx.text))
    for m in ctx.found:
        near = [i for i in found if abs(i.end() - m.local_start) <= gap or abs(i.start() - m.local_end) <= gap]
        if near:
            m.attrs["investment"] = (near[-1].group(1), near[-1].group(2))
    return []


@functools.lru_cache(maxsize=1)
def _designation_obtaining_verbs() -> tuple[str, ...]:
    return tuple(lexicons.words("project_designation_obtaining_verbs.txt"))


@component("obtained_designations", reads=(PROJECT,), sets=("obtained_designation",),
           needs=_designation_obtaining_verbs())
def set_obtained_designations(ctx: SentenceContext) -> list[Mention]:
    """obtained_designation = the verb (project_designation_obtaining_verbs.txt: 入选, 获批, 获评) right
    before a project's name: "成功入选某省…示范基地", "获批…协同研究基地" name a title the area obtained,
    no works (kg.resolve.not_works drops them)."""
    verbs = _designation_obtaining_verbs()
    for m in ctx.found:
        if m.type == PROJECT and (verb := next((v for v in verbs if ctx.text.endswith(v, 0, m.local_start)), None)):
            m.attrs["obtained_designation"] = verb
    return []


@component("titled_projects", reads=(PROJECT,), sets=("in_title",), needs=("《",))
def set_titled_projects(ctx: SentenceContext) -> list[Mention]:
    """in_title = True on a project named inside a document's 《…》 title ("完成《某县某某经济区发展规划》
    编制", "《中华人民共和国某某自由贸易港法》"): the plan's or law's name, no works the sentence builds
    (kg.resolve.not_works drops them, as places.py reads no place there)."""
    for m in ctx.found:
        if m.type == PROJECT and inside_book_title(ctx, m.local_start, m.local_end):
            m.attrs["in_title"] = True
    return []


@functools.lru_cache(maxsize=1)
def _stage_words() -> tuple[dict[str, str], tuple[str, ...]]:
    stages = lexicons.mapping("stages.txt")
    return stages, tuple(sorted(stages, key=len, reverse=True))


@component("project_stage", reads=(PROJECT,), sets=("stage",), needs=_stage_words()[1])
def set_project_stage(ctx: SentenceContext) -> list[Mention]:
    """stage = what the stage word nearest the project's list says (`kg/lexicons/stages.txt`)."""
    stages, words = _stage_words()
    limits = PROJECT_ATTRIBUTE_LIMITS
    s, text = ctx.sentence, ctx.text
    ms = sorted(ctx.found, key=lambda m: (m.start, -m.end))
    outer = outermost(ms)
    found = []  # all read before any is set: a list is found by comparing mentions, attributes included
    for m in ms:
        first, last = _list_around(text, m, outer)
        after = text[last.local_end:s.clause_at(last.local_end, AFTER_MARKS)[1]]
        after = after[LIST_TAIL.match(after).end():][:limits.stage_after]
        before = text[s.clause_at(first.local_start, BEFORE_MARKS)[0]:first.local_start][-limits.stage_before:]
        found.append(next((stages[w] for w in words if w in after or w in before), None))
    for m, stage in zip(ms, found):
        if stage is not None:
            m.attrs["stage"] = stage
    return []


def _list_around(text: str, m: Mention, outer: list[Mention]) -> tuple[Mention, Mention]:
    """The first and last project of the coordinated list `m` stands in (`outer`: the projects of
    the sentence inside no other, in order)."""
    if m not in outer:
        return m, m
    joiners = lexicons.word_set("resolve_list_joiners.txt")
    k = outer.index(m)
    a = b = k
    while a > 0 and text[outer[a - 1].local_end:outer[a].local_start] in joiners:
        a -= 1
    while b + 1 < len(outer) and text[outer[b].local_end:outer[b + 1].local_start] in joiners:
        b += 1
    return outer[a], outer[b]


# ---------------------------------------------------------------- relation cues of a clause

LIST_MARK = "、"  # between the items of a list of works
# what may open a clause before a list of partners ("与中信集团、华润集团合作开发建设…")
PARTNER_PREPOSITIONS = ("与", "同", "和", "携手", "联合")


def _clause_items(ctx: SentenceContext):
    """(ca, cb, the mentions of clause ca..cb inside no other) for each clause of the sentence with
    text, clauses ending at RELATION_CLAUSE_MARKS; none in a sentence without a project, where no
    cue relates anything."""
    if not any(m.type == PROJECT for m in ctx.found):
        return
    # not a name a site opens whose item was read after it (kg.extract.site_opened_lists drops it)
    kept = [m for m in ctx.found if m.type != PROJECT or not m.attrs.get("site_opened")]
    outer = outermost(sorted(kept, key=lambda m: (m.start, -m.end)))
    for ca, cb in ctx.sentence.clauses_with_text(RELATION_CLAUSE_MARKS):
        yield ca, cb, [i for i in outer if ca <= i.local_start and i.local_end <= cb]


@component("clause_subjects", reads=(PLACE, ORG, PROJECT), sets=("opens_clause", "topic", "zone", "in_focus", "assists"),
           needs_types=(PROJECT,))  # _clause_items: no clause is read in a sentence without a project
def set_clause_subjects(ctx: SentenceContext) -> list[Mention]:
    """What the clauses of a sentence are about, for kg.resolve.relations to place their projects:
    opens_clause on the place or organization a clause opens with (after a lead word of
    `kg/lexicons/location.txt` such as 其中); topic on a place opening the sentence as its subject,
    a verb of its own after it ("狼牙山景区围绕5A景区目标,加快…"), not a place the clause lists
    projects of or builds ("海拉尔东山组团建设全面开工"); assists on a place opening a clause that only
    helps with works others lead ("X区将配合完成A高速、B高铁等重大工程": location.txt `assist`), which
    then is neither the clause's nor the sentence's subject; zone on the place the first clause builds
    as a whole ("加快两河圣山旅游景区建设"; not one it rebuilds, "全面启动三角地商圈改造"); in_focus on the projects
    of a later clause opening with a focus word ("重点抓好P1、P2项目的实施"), or, after an area's zone,
    with a target word ("确保P1、P2投入运营": location.txt `ensure`) or with the works themselves, right
    after the area's clause or a target clause ("加快X产业园建设,汽配城、4S店项目投入运营"); a park found
    both as works and as a place (kg.extract.places `_parks_built_with_their_works`) is the zone."""
    loc = lexicons.roles("location.txt")
    text = ctx.text
    leads = (*loc.get("lead", ()), *loc.get("time", ()))
    first = 0  # the sentence's first clause, after one that only says when or in which respect ("今年,晋源区要…")
    area = False  # the first clause builds an area as a whole (`zone`): its target clauses list its works
    run = False  # the clauses since the area's are its own or its targets: one its works open goes on
    clauses = list(_clause_items(ctx))
    opening = _opening_clause(clauses)
    for n, (ca, cb, in_clause) in enumerate(clauses):
        if n == first and _says_when(text[ca:cb], loc, in_clause):
            first = n + 1
            continue
        projects = [i for i in in_clause if i.type == PROJECT]
        opener = _clause_opener(text, ca, in_clause, leads)
        if opener is not None and opener.type == PLACE and _paired_places(text, opener, in_clause, loc):
            opener = None  # "在X、Y分别建设A、B": X is where A is, not the whole clause's subject
        if opener is not None:
            opener.attrs["opens_clause"] = True
            # "X区将配合完成A、B等重大工程": others' works, neither the clause's nor the sentence's in X
            assists = opener.type == PLACE and _assists(text, opener.local_end, cb, in_clause, loc)
            if assists:
                opener.attrs["assists"] = True
            # a verb of its own, or a slogan in quotes that says what it does ("金河工业园区“腾笼换鸟”促转型")
            acts = text[opener.local_end:cb].startswith((*loc.get("subject", ()), "“"))
            if n == first and opener.type == PLACE and not assists:
                if acts and not _listed_after(text, opener, projects):
                    opener.attrs["topic"] = True
                elif not projects and _batch_listed(text, text[opener.local_end:cb], clauses[n + 1:], loc):
                    opener.attrs["topic"] = True  # "X县12个重点项目集中开工,包括A、B、C": the batch is X's
        zone = _zone(text, cb, in_clause, ctx.found, loc) if n == opening else None
        if zone is not None:
            zone.attrs["zone"] = True
            area = run = _names_area(zone.text, text[zone.local_end:cb], loc)
        if n > opening and text[ca:cb].startswith((*loc.get("focus", ()), *(loc.get("ensure", ()) if area else ()))):
            for p in projects:
                p.attrs["in_focus"] = True
            run = area
        elif n > opening and run and projects and projects[0].local_start == ca:
            # "加快X产业园建设,汽配城、4S店项目投入运营": a clause the area's works open, right after
            # the area's clause or a target clause, goes on with the area's works
            for p in projects:
                p.attrs["in_focus"] = True
        elif n > opening:
            run = False  # a clause of another kind ends that run
    return []


def _opening_clause(clauses: list) -> int:
    """The index of the clause that may build the sentence's zone: the first that names anything,
    the clauses before it only its frame ("一是按照自治区级物流园区标准,科学制定发展规划,加速推进X物流
    园区建设,年内完成…"); 0 where none names anything."""
    return next((n for n, (_, _, in_clause) in enumerate(clauses) if in_clause), 0)


def _assists(text: str, at: int, cb: int, in_clause: list[Mention], loc: dict[str, tuple[str, ...]]) -> bool:
    """Does the clause after a place opening it (ending at `at`; the clause ends at `cb`) go on, past the
    words that make the place its subject (location.txt `subject`: 将, 全力, 积极…) and a site after 在
    (`_past_site`: "X市在Y县援建的P"), with a verb of assisting (location.txt `assist`: 配合, 协助, 援建)?
    The place then helps with works that others lead, routes and lines through many counties ("X区将配合
    完成A高速、B高铁等重大工程"), or builds works as aid in another place ("X市援建的P", "X市在Y县援建的P":
    对口援建, the site after 在 holds them): the text does not put them in it."""
    subject = sorted(loc.get("subject", ()), key=len, reverse=True)
    while True:
        word = next((w for w in subject if text.startswith(w, at, cb)), None)
        if word is None:
            at = _past_site(text, at, in_clause)
            return text.startswith(loc.get("assist", ()), at, cb)
        at += len(word)


_BATCH = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十百千]+)(?:个|项|批)")


def _batch_listed(text: str, rest: str, later: list, loc: dict[str, tuple[str, ...]]) -> bool:
    """Does the clause after a place opening the sentence count a batch of its works, with no works
    named in it ("X县12个重点项目集中开工", "X镇3个项目完成竣工验收"), and a later clause list them
    after a word of location.txt `include` ("包括A、B、C"), no works named between? The place is
    where the listed works are, as the subject of the sentence."""
    count = _BATCH.search(rest)
    if count is None or not rest[count.end():].endswith(loc.get("batch", ())):
        return False
    for ca, cb, in_clause in later:
        if text[ca:cb].startswith(loc.get("include", ())):
            return True
        if any(m.type == PROJECT for m in in_clause):
            return False
    return False


def _paired_places(text: str, head: Mention, in_clause: list[Mention], loc: dict[str, tuple[str, ...]]) -> bool:
    """Does a list of places that `head` opens go on to a word of location.txt `respective` ("在X、Y
    分别建设A、B")? Then each place is where its own work is (`_respectively`)."""
    places = [i for i in in_clause if i.type == PLACE]
    last = _list_end(text, head, places)
    return last is not head and text.startswith(loc.get("respective", ()), last.local_end)


def _zone(text: str, cb: int, in_clause: list[Mention], found: list[Mention],
          loc: dict[str, tuple[str, ...]]) -> Mention | None:
    """The place the first clause (ending at `cb`) builds as a whole, no other works in it: after
    its name, the clause closes by building it ("加快两河圣山旅游景区建设"); also where that building is
    itself found as the clause's only works, closing the clause, the place opening its name
    ("加快某某产业园建设"). Not a place the clause rebuilds ("全面启动三角地商圈改造"), whose building it
    says goes on ("X产业园项目扎实推进") or that opens ("X产业园正式运营"): `_builds_whole`."""
    places = [i for i in in_clause if i.type == PLACE]
    # a park found both as works and as a place ("加快推进X物流园区建设,确保…"): the place (rule 3)
    projects = [i for i in in_clause if i.type == PROJECT and not any(pl.span == i.span for pl in places)]
    if places and not projects:
        if _later_list_item(text, places[-1], places):
            return None  # "甲湖、乙寺、丙村景区提档升级": sites listed, each rebuilt, none the clause's zone
        return places[-1] if _builds_whole(text[places[-1].local_end:cb], loc) else None
    if places or len(projects) != 1:
        return None
    work = projects[0]
    if work.local_end != cb:
        return None  # the works closes the clause
    inner = next((m for m in found if m.type == PLACE and m.local_start == work.local_start
                  and work.span.contains(m.span) and m.local_end < work.local_end), None)
    return inner if inner is not None and _builds_whole(text[inner.local_end:cb], loc) else None


def _later_list_item(text: str, place: Mention, places: list[Mention]) -> bool:
    """Is `place` a later item of a list of places, a list word right before it that closes another
    place found ("甲湖、乙寺、丙村景区")?"""
    a = place.local_start
    return a > 0 and text[a - 1] in LIST_JOINERS and any(p.local_end == a - 1 for p in places)



def _names_area(name: str, rest: str, loc: dict[str, tuple[str, ...]]) -> bool:
    """Is the zone a first clause builds an area (a park, a scenic area, a business quarter: its
    name, or the generic end after it, ends with a location.txt `area` head: "两河圣山旅游景区建设"), whose
    works the target clauses after it (`ensure`: "确保A、B投入运营") name, not a division, a town or
    a street, whose clause may go on to works anywhere ("完成西出口路建设,确保东外环路按期开工")?"""
    heads = loc.get("area", ())
    return name.endswith(heads) or any(rest.startswith(h) and h.endswith(heads) for h in loc.get("suffix", ()))


_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年")  # a year opening a sentence ("2023年,海原县计划…")


def _says_when(s: str, loc: dict[str, tuple[str, ...]], in_clause: list[Mention]) -> bool:
    """Is clause `s` only a time word of location.txt or a year ("今年", "2023年"), or a frame that
    says in which respect, no works in it ("在打造“实力呼兰”上")?"""
    if s in loc.get("time", ()) or _YEAR_OPENING.fullmatch(s) is not None:
        return True
    return (s.startswith("在") and s.endswith(loc.get("frame", ()))
            and not any(m.type == PROJECT for m in in_clause))


def _clause_opener(text: str, ca: int, in_clause: list[Mention], leads: tuple[str, ...]) -> Mention | None:
    """The place or organization a clause opens with (after a lead word such as 其中); of a name
    found both as works and as a place ("金河工业园区“腾笼换鸟”促转型,…": a park, ANNOTATION rule 3),
    the place."""
    first = next((i for i in in_clause if i.span == in_clause[0].span and i.type in (PLACE, ORG)), None)
    if first is None or _works_list_item(text, first, in_clause) or _opens_unfound_body(text, first, in_clause):
        return None
    before = text[ca:first.local_start]
    return first if before in ("", *leads) or _YEAR_OPENING.fullmatch(before) \
        or _supported_subject(text, before, first, in_clause) else None


def _supported_subject(text: str, before: str, first: Mention, in_clause: list[Mention]) -> bool:
    """Is the place opening a clause after a word that supports it (location.txt `support`: 支持) the
    subject of the building that follows it ("支持包头打造精品钢材基地", "支持淮安、常州打造P"): the
    place, or the list of places it opens, right before a verb of rel_subject_verbs.txt? The works the
    place builds are there, as after a lead word."""
    if first.type != PLACE or before not in lexicons.roles("location.txt").get("support", ()):
        return False
    at = first.local_end
    while at < len(text) and text[at] in LIST_JOINERS:
        nxt = next((i for i in in_clause if i.type == PLACE and i.local_start == at + 1), None)
        if nxt is None:
            return False
        at = nxt.local_end
    return text.startswith(lexicons.words("rel_subject_verbs.txt"), at)


def _opens_unfound_body(text: str, head: Mention, in_clause: list[Mention]) -> bool:
    """Is the place opening a clause the first word of the name of a body the extractor did not find, the
    clause's subject ("某省某某米业在A市投资建设P", "某省某工与某某公司合作建设的P"): name characters, no
    mark and no name found among them, run from it to a preposition of location.txt `body_close` (在, 与)
    with a place or an organization found right after it? Not the words that make a place the subject
    or say when ("某县将在…", "某县今年在…": location.txt `subject`, `time`). The place then says where
    the body comes from, not where the clause's works are (ANNOTATION rule 8 reads a place in a works'
    name, not in a body's)."""
    if head.type != PLACE:
        return False
    loc = lexicons.roles("location.txt")
    m = _BODY_CLOSE.match(text, head.local_end)
    if m is None or made_of_words(m.group(1), lexicons.longest_first((*loc.get("subject", ()), *loc.get("time", ())))):
        return False
    return not any(head.local_end <= i.local_start < m.end(1) for i in in_clause) and any(
        i.local_start == m.end() and i.type in (PLACE, ORG) for i in in_clause)


# a name's other characters after a place opening it, then the preposition its body stands before
_BODY_CLOSE = re.compile(rf"([{CJK_CHARS}]{{1,{RELATIONS.unfound_body_chars}}}?)(?:{'|'.join(lexicons.roles('location.txt').get('body_close', ()))})")


def _works_list_item(text: str, head: Mention, in_clause: list[Mention]) -> bool:
    """Is the place or organization opening a clause an item of a list of works, the next item a
    works' name ("德远电子工业园、广达铝业二期等项目顺利推进", "马头山风电、平煤神马…光伏发电项目"): a
    works named after it or by it, not the subject of the works listed after it? So too where the
    name of the item it opens was not found whole: the text up to the next works ends with the list
    mark 、 after no other name found ("马头山风电、平煤神马…", "哈萨尔和东升路两个市民广场、伊敏河沿河公园
    等工程进展顺利"); not a 和 between names after the place, which still heads them ("中心城区人民
    南路和南城墙街等主干道…改造")."""
    joiners = lexicons.word_set("resolve_list_joiners.txt")
    nxt = next((i for i in in_clause if i.type == PROJECT and i.local_start >= head.local_end), None)
    if nxt is None:
        return False
    gap = text[head.local_end:nxt.local_start]
    if gap in joiners:
        return True
    before = nxt.local_start - 1  # where the item before the next works ends
    return gap.endswith(LIST_MARK) and not any(i.local_end == before for i in in_clause)


def _builds_whole(rest: str, loc: dict[str, tuple[str, ...]]) -> bool:
    """Does the clause close, after a place, by building it ("…景区建设": location.txt `build`) or its
    works as a whole ("做好新城区内的水、电、路等配套基础设施建设")? The place may be found without its
    generic end ("两河圣山" + "旅游景区建设"). Not a clause that rebuilds it ("加快三角地核心商圈改造",
    `rebuild`), says its building goes on ("X产业园项目扎实推进", `progress`) or that it opens ("X产业园
    正式运营"): the works the next clauses open ("确保华融二期、天润商厦等项目投入运营", "彼得国际酒店、
    国际皮草城投入使用") are not put in it, as the gold of hailar-2012 to hailar-2016 has it."""
    if rest.startswith(loc.get("of", ())) and rest.endswith(loc.get("build", ())):
        return True
    return any(rest.startswith(h) and rest[len(h):].lstrip(_CLOSING_QUOTES) in loc.get("build", ())
               for h in ("", WORKS_WORD, *loc.get("suffix", ())))


_CLOSING_QUOTES = "”’」』\"'"  # a works' name quoted ("“某某工程”在…"): the quote closes it


def _listed_after(text: str, head: Mention, projects: list[Mention]) -> list[Mention]:
    """The projects listed right after `head` ("濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统")."""
    first = next((p for p in projects if p.local_start >= head.local_end), None)
    return _listed_from(text, first, projects) if first is not None and first.local_start == head.local_end else []


@component("location_cues", reads=(PLACE, ORG, PROJECT), sets=("locates", "locates_list", "list_after", "site_locates"),
           after=("clause_subjects",), needs_types=(PROJECT,))  # it locates projects only
def set_location_cues(ctx: SentenceContext) -> list[Mention]:
    """locates = the spans of the projects a place is where, by the words around it in its clause
    (`_located`) or as the scope of the clauses after it (`_scoped`); kg.resolve makes them
    locatedIn relations. list_after = on the first works of a list, the spans of the works listed
    after it: kg.resolve places them in an area whose name opens the first works' name
    ("某某新区甲乙城际、甲乙高速等…项目开工建设"). site_locates = the same as locates, on each of the
    places written one inside the next after 在 that a works' name was found over (`_site_read_as_works`)."""
    outer = outermost(sorted(ctx.found, key=lambda m: (m.start, -m.end)))
    loc = lexicons.roles("location.txt")
    for ca, cb, in_clause in _clause_items(ctx):
        projects = [i for i in in_clause if i.type == PROJECT]
        for site, run in _sites_read_as_works(ctx.text, in_clause, ctx.found):
            if _builds_after(ctx.text[site.local_end:cb], loc):
                nxt = next((x.local_start for x in in_clause if x.local_start > site.local_end
                            and ctx.text[x.local_start - 1] == _AT), cb)
                after = tuple(p.span for p in projects if site.local_end <= p.local_start < nxt)
                if after:
                    for pl in run:
                        pl.attrs["site_locates"] = after
        for first in (p for p in projects if _list_start(ctx.text, p, projects) is p):
            listed = _listed_from(ctx.text, first, projects)[1:]
            if listed:
                first.attrs["list_after"] = tuple(p.span for p in listed)
        places = [i for i in in_clause if i.type == PLACE]
        # the items a list of what settles may hold: works and the institutions set up beside them
        works = outermost([i for i in in_clause if i.type in (PROJECT, ORG)])
        for pl in places:
            located = _located(ctx.text, cb, pl, places, projects, works) + _scoped(ctx, ca, cb, pl, outer)
            if located:
                pl.attrs["locates"] = tuple(dict.fromkeys(p.span for p in located))
            listed = _listed_adjacent(ctx.text, pl, projects)
            if listed:
                pl.attrs["locates_list"] = tuple(p.span for p in listed)
    return []


@component("route_course", reads=(PLACE, ORG, PROJECT), sets=("course_of", "course_follows"),
           after=("location_cues",), needs=lexicons.words("place_route_course_words.txt"))
def set_route_course(ctx: SentenceContext) -> list[Mention]:
    """course_of = on each place of a route's course ("芜黄高速全长116公里,起于芜湖市繁昌县,经繁昌、
    南陵…,终点在黄山区": kg.extract.places `course_runs`), the span of the route it describes: the
    last route before the course's first word (a name ending with a route's kind,
    project_route_kinds.txt, or a section's 段 or 线). course_follows = where the sentence opens
    with the course ("北起A县…,途经B、C,止于D县"), naming no route: the route is the previous
    sentence's (kg.resolve reads it)."""
    runs = course_runs(ctx)
    if not runs:
        return []
    first = runs[0][0]
    before = [m for m in outermost(sorted(ctx.found, key=lambda m: (m.start, -m.end))) if m.local_end <= first]
    route = next((m for m in reversed(before) if m.type == PROJECT and m.text.endswith(lexicons.route_name_ends())), None)
    at = {m.span.bounds: m for m in ctx.found if m.type == PLACE}
    for _, spans in runs:
        for span in spans:
            pl = at.get(span)
            if pl is None:
                continue
            if route is not None:
                pl.attrs["course_of"] = route.span
            elif not before:
                pl.attrs["course_follows"] = True
    return []


@component("shared_route_starts", reads=(PLACE, PROJECT), sets=("starts_routes",), after=("route_course",),
           needs=("至",), needs_types=(PROJECT,))
def set_shared_route_starts(ctx: SentenceContext) -> list[Mention]:
    """starts_routes = on the place opening a route named by its ends ("海拉尔至俄罗斯赤塔"), the spans of
    the services listed right after it named by their destination alone ("、蒙古国乌兰巴托定期航线",
    "海拉尔至乌兰乌德、伊尔库茨克国际航线": kg.extract.projects `destination_service`): they run from the
    same start, an end of theirs (ANNOTATION: each end of a route); kg.resolve makes them locatedIn."""
    text = ctx.text
    projects = [m for m in ctx.found if m.type == PROJECT]
    for route in projects:
        cut = route.text.find("至")
        if cut < 2 or route.text.count("至") != 1:
            continue
        start = max((p for p in ctx.found if p.type == PLACE and p.local_start == route.local_start
                     and p.local_end <= route.local_start + cut), key=lambda p: p.local_end, default=None)
        shared, end = [], route.local_end
        while start is not None and text[end:end + 1] == "、":
            nxt = next((p for p in projects if p.local_start == end + 1 and destination_service(p.text)), None)
            if nxt is None:
                break
            shared.append(nxt.span)
            end = nxt.local_end
        if shared:
            start.attrs["starts_routes"] = tuple(shared)
    return []


def _listed_adjacent(text: str, pl: Mention, projects: list[Mention]) -> list[Mention]:
    """The works listed after the one a place stands right before ("主城区呼伦大街、建华路、石油专用线
    等12条道路": 建华路 and 石油专用线 are in 主城区 too); kg.resolve reads them for any place but the
    report's own area, which a report names before its first works without meaning the whole list."""
    nxt = next((p for p in projects if p.local_start == pl.local_end), None)
    if nxt is None or pl.attrs.get("opens_clause"):
        return []
    return _listed_from(text, nxt, projects)[1:]


def _located(text: str, cb: int, pl: Mention, places: list[Mention], projects: list[Mention],
             works: list[Mention] = ()) -> list[Mention]:
    """The projects of a clause ending at `cb` that place `pl` is where, in the order the cues are
    read (`places`: the places of the clause, for a list of them after 在; `works`: its outermost
    projects and organizations, the items a list of what settles there may hold)."""
    loc = lexicons.roles("location.txt")
    out = []
    # a place right before a project's name ("投用正阳桐坪综合农贸市场"), not the clause's subject
    nxt = _works_right_after(text, pl, places, projects)
    if nxt is not None and not pl.attrs.get("opens_clause"):
        out.append(nxt)
    # a place, then a word of belonging, then a list of works ("经济开发区内的A、B项目")
    of = next((w for w in loc.get("of", ()) if text.startswith(w, pl.local_end)), None)
    first = next((p for p in projects if of and p.local_start == pl.local_end + len(of)), None)
    if first is not None:
        out.extend(_listed_from(text, first, projects))
    # "启迪科技城落户黔江", "P位于X": the project right before the verb; "P在X开工建设"
    # ("A、B等项目入驻X": each item of the list)
    prev = next((p for p in reversed(projects) if p.local_end <= pl.local_start), None)
    gap, rest = (_between(text, prev.local_end, pl.local_start) if prev else ""), text[pl.local_end:cb]
    # places written one inside the next are one place ("P选址在某某市某某镇", "P在某某区某某镇开工建设"):
    # the words before the first and after the last
    run_first, run_last = _glued_run(text, pl, places)
    if prev is not None and prev.local_end <= run_first.local_start:
        gap, rest = _between(text, prev.local_end, run_first.local_start), text[run_last.local_end:cb]
    # "P位于该县X镇和Y乡境内": the settle word, a deictic of the report's own area, then a list of
    # places (each one holds part of the works)
    listed = _list_start(text, pl, places) if prev is not None else pl
    settled = False
    if prev is not None and listed is not pl and prev.local_end <= listed.local_start:
        head = _between(text, prev.local_end, listed.local_start)
        if _settled_here(head):
            gap, settled = head, True
    if prev is not None and (settled or _settled_here(gap) or gap == "在" and _stage_follows(rest, loc)):
        # "A基地、B研究院、C中心落户X": an institution set up is an item of the list too
        items = projects + [w for w in works if w.type == ORG]
        first = _list_start(text, prev, sorted(items, key=lambda m: (m.local_start, -m.local_end)))
        out.extend(p for p in projects if first.local_start <= p.local_start and p.local_end <= prev.local_end)
    out.extend(_put_in_listed_places(text, cb, pl, places, projects, loc))
    # "s20长丰至固始高速公路(霍邱至皖豫省界段)", "郑州新火车站(小李庄站)": the section or station
    # a parenthesis right after the works' name gives
    sectioned = _sectioned(text, pl, projects)
    if sectioned is not None:
        out.append(sectioned)
    # "在X建设…", "在X、Y建设…", "在X设立…" (`set_up`, right after): the projects after it (after the list of places) in the clause;
    # places written one inside the next are one place ("在关桥乡瓦窑村建设…": the town and its village)
    first_place = _list_start(text, pl, places, glued=True)
    last_place = _list_end(text, pl, places, glued=True)
    if first_place.local_start > 0 and text[first_place.local_start - 1] == "在":
        rest = text[last_place.local_end:cb]
        if _builds_after(rest, loc):
            after = [p for p in projects if last_place.local_end <= p.local_start < _next_site(text, last_place, places)]
            paired = _respectively(text, rest, pl, first_place, places, after, loc)
            out.extend(after if paired is None else paired)
    out.extend(_supported_to_build(text, first_place, last_place, projects, loc))
    if pl.text not in lexicons.foreign_countries():  # "与某国合作建设P": a country is a partner abroad, not the site
        out.extend(_co_built_with(text, cb, first_place, last_place, projects, works, loc))
    return out


def _works_right_after(text: str, pl: Mention, places: list[Mention], projects: list[Mention]) -> Mention | None:
    """The works whose name starts right after place `pl`, or right after the places written one inside the
    next with it (`_glued_run`: "开工建设某某市某某县某某水库", "某县某镇某某产业园": the city and the county, or
    the county and the town, are one place, as after 在); None where no works' name starts there."""
    ends = (pl.local_end, _glued_run(text, pl, places)[1].local_end)
    return next((p for p in projects if p.local_start in ends), None)


def _builds_after(rest: str, loc: dict[str, tuple[str, ...]]) -> bool:
    """Does `rest`, the clause after a site written after 在, build or set up there: a verb of
    location.txt `build` within RELATIONS.build_window characters ("在X投资建设的P"), or one of `set_up`
    right after it ("在X设立…")?"""
    return any(rest.startswith(w) or w in rest[:RELATIONS.build_window] for w in loc.get("build", ())) \
        or rest.startswith(loc.get("set_up", ()))


def _sites_read_as_works(text: str, in_clause: list[Mention], found: list[Mention]):
    """(site, places) for each works' name found right after 在 that is only places written one inside
    the next, at least two, no character left over ("在某某县某某经济技术开发区建设P", "在某某高新区某某工业园
    投资建设的P": a county and its zone, a zone and its park): the site where the clause builds, not
    works of its own; its places are where the works after it are, as when they are found alone
    (`_located`: "在关桥乡瓦窑村建设…")."""
    for site in (i for i in in_clause if i.type == PROJECT):
        if site.local_start == 0 or text[site.local_start - 1] != _AT:
            continue
        inner = outermost(sorted((m for m in found if m.type == PLACE and site.span.contains(m.span)
                                  and len(m.span) < len(site.span)), key=lambda m: (m.start, -m.end)))
        at, run = site.local_start, []
        for pl in inner:
            if pl.local_start != at:
                break
            run.append(pl)
            at = pl.local_end
        if at == site.local_end and len(run) >= 2:
            yield site, run


def _next_site(text: str, last_place: Mention, places: list[Mention]) -> int:
    """Where the next place after 在 opens, past the places `last_place` closes (the list or run after
    the first 在): the works after it are that place's ("甲集团在A镇建设的P1、乙公司在B镇建设的P2": P2 is in
    B镇, not in A镇; "在A县建设P1、在B县建设P2"); the clause's end where none does."""
    return next((x.local_start for x in places if x.local_start > last_place.local_end
                 and text[x.local_start - 1] == _AT), len(text))


_AT = "在"  # the preposition before a place where works are built


def _glued_run(text: str, pl: Mention, places: list[Mention]) -> tuple[Mention, Mention]:
    """The first and last of the places written back to back with `pl`, no mark between them ("某某区某某镇":
    a town written after its district, one place), `pl` itself for both where none is."""
    first = last = pl
    for other in reversed([x for x in places if x.local_end <= pl.local_start]):
        if other.local_end != first.local_start:
            break
        first = other
    for other in (x for x in places if x.local_start >= pl.local_end):
        if other.local_start != last.local_end:
            break
        last = other
    return first, last


def _co_built_with(text: str, cb: int, first_place: Mention, last_place: Mention, projects: list[Mention],
                   works: list[Mention], loc: dict[str, tuple[str, ...]]) -> list[Mention]:
    """"某某集团与青禾县合作建设的P", "分别与青禾市、澄江市签约共建P" (a list of places after location.txt
    `partner`), "青禾市与某某集团合作建设P" (the places before it, bodies after it): the place a body
    co-builds works with is where they are. The works a word of `co_build` opening what follows the
    partners leads to, within `build_window` characters in the clause: that works alone, not the items
    listed after it, which need not be co-built ("共建的A、B建成运营"); none where the works then settle
    in a place the clause names ("合作建设的P落户某某区"), where the preposition closes a longer word
    ("参与X建设") or no works follow."""
    preps = loc.get("partner", ())
    before = text[:first_place.local_start]
    if before.endswith(preps) and not before.endswith(_LONGER_WITH):
        partners_end = last_place.local_end
    else:
        prep = next((w for w in preps if text.startswith(w, last_place.local_end)), None)
        bodies = [w for w in works if w.type == ORG]
        body = next((o for o in bodies if prep and o.local_start == last_place.local_end + len(prep)), None)
        if body is None:
            return []
        partners_end = _list_end(text, body, bodies).local_end
    rest = text[partners_end:cb]
    if not rest.startswith(loc.get("co_build", ())):
        return []
    first = next((p for p in projects if partners_end < p.local_start <= partners_end + RELATIONS.build_window
                  and p.local_start <= cb), None)
    if first is None or text.startswith(loc.get("settle", ()), first.local_end):
        return []  # "…合作建设的P落户某某区": the works settle where the clause then says
    return [first]


_LONGER_WITH = ("参与", "给与", "赋与")  # words that close with the preposition 与: no partner after them


def _supported_to_build(text: str, first_place: Mention, last_place: Mention, projects: list[Mention],
                        loc: dict[str, tuple[str, ...]]) -> list[Mention]:
    """"支持某某镇建设A、B" (location.txt `supported`): the works listed right after the verb of building that
    follows the places at once are in them; none where no works found follows the verb ("支持X建设国家
    中心城市")."""
    if not text[:first_place.local_start].endswith(loc.get("supported", ())):
        return []
    rest = text[last_place.local_end:]
    verb = next((w for w in loc.get("supported_build", ()) if rest.startswith(w)), None)
    first = next((p for p in projects if verb and p.local_start == last_place.local_end + len(verb)), None)
    return _listed_from(text, first, projects) if first is not None else []


def _put_in_listed_places(text: str, cb: int, pl: Mention, places: list[Mention], projects: list[Mention],
                          loc: dict[str, tuple[str, ...]]) -> list[Mention]:
    """"P在X、Y、Z等市全面实施": the works right before 在 and a list of two places or more, closed by a word
    of location.txt `list_close` (or not) and a build or stage verb, is in each place of the list."""
    first, last = _list_start(text, pl, places), _list_end(text, pl, places)
    if first is last or first.local_start < 1 or text[first.local_start - 1] != "在":
        return []
    prev = next((p for p in reversed(projects) if p.local_end < first.local_start), None)
    if prev is None or _between(text, prev.local_end, first.local_start) != "在":
        return []
    rest = text[last.local_end:cb]
    close = next((w for w in loc.get("list_close", ()) if rest.startswith(w)), "")
    return [prev] if _stage_follows(rest[len(close):], loc) else []


def _between(text: str, a: int, b: int) -> str:
    """The words between a works' name ending at `a` and a place at `b`, past a parenthesis closing
    the name ("P(小李庄站)布局X") and the words that end a works' name."""
    gap = text[a:b].lstrip(_CLOSING_QUOTES)  # "“某某工程”在X开工": the quote closes the name
    gap = gap[_parenthesis_end(gap, 0):]
    return gap[WORKS_TAIL.match(gap).end():]


def _settled_here(gap: str) -> bool:
    """Is `gap` a word of location.txt `settle`, alone or followed by a deictic of the report's own
    division ("位于该县", "落户本区": location.txt `deictic`)?"""
    return gap in _settle_phrases()


@functools.lru_cache(maxsize=1)
def _settle_phrases() -> frozenset[str]:
    loc = lexicons.roles("location.txt")
    settle = loc.get("settle", ())
    return frozenset(settle) | {w + d for w in settle for d in loc.get("deictic", ())}


def _respectively(text: str, rest: str, pl: Mention, first_place: Mention, places: list[Mention],
                  after: list[Mention], loc: dict[str, tuple[str, ...]]) -> list[Mention] | None:
    """"在X、Y分别建设A、B": after a list of places and a word of location.txt `respective`, a list of
    works pairs with the places in order (A in X, B in Y): the one work of place `pl`, none where the
    two lists are not as long (which work is where is not said). None where nothing pairs: no such
    word, one work built in each place ("在X、Y分别建设污水处理厂": each place holds it), or a place
    written inside the next ("关桥乡瓦窑村")."""
    if not rest.startswith(loc.get("respective", ())) or not after:
        return None
    listed = _listed_from(text, first_place, places)
    works = _listed_from(text, after[0], after)
    if len(listed) < 2 or len(works) < 2 or listed[-1] is not _list_end(text, pl, places, glued=True):
        return None
    return [works[listed.index(pl)]] if len(works) == len(listed) and pl in listed else []


def _sectioned(text: str, pl: Mention, projects: list[Mention]) -> Mention | None:
    """The project whose name a parenthesis holding place `pl` follows, when the parenthesis names
    a section or a site of the works (ends with a word of location.txt `section`: 段, 站)."""
    prev = next((p for p in reversed(projects) if p.local_end <= pl.local_start), None)
    end = _parenthesis_end(text, prev.local_end) if prev is not None else 0
    if end <= pl.local_end:
        return None
    return prev if text[prev.local_end + 1:end - 1].endswith(tuple(lexicons.roles("location.txt").get("section", ()))) else None


def _parenthesis_end(text: str, at: int) -> int:
    """Where the parenthesis opening at `at` closes (0 if none opens there)."""
    m = PARENTHESIS.match(text, at)
    return m.end() if m else 0


def _stage_follows(rest: str, loc: dict[str, tuple[str, ...]]) -> bool:
    """Does a build or stage verb open `rest`, after an adverb ("P在X开工建设", "P在X顺利投产"), or a step
    of the works' progress (location.txt `progress`: "P在X完成主体施工", "P在X获得国家核准")?"""
    adverb = next((a for a in lexicons.words("genre_predicate_adverbs.txt") if rest.startswith(a)), "")
    return rest[len(adverb):].startswith((*loc.get("build", ()), *loc.get("opened", ()), *loc.get("progress", ()),
                                          *_stage_words()[1]))


def _scoped(ctx: SentenceContext, ca: int, cb: int, pl: Mention, outer: list[Mention]) -> list[Mention]:
    """A place that is a clause of its own, as its scope ("金溪镇:A、B项目开工", "经济开发区内,新建A",
    "在新港村,建成A"), also after the number of a plan's item ("(1)城关镇:建设A、B"): the projects
    after it, up to the end of the sentence's part (`;`, `。`)."""
    text = ctx.text
    loc = lexicons.roles("location.txt")
    lead, tail = text[ca:pl.local_start], text[pl.local_end:cb]
    at = lead.endswith("在") and tail == ""  # "在X," a clause of its own
    lead = lead[:-1] if at else lead
    if lead not in ("", *loc.get("lead", ())) and not ITEM_NUMBER.fullmatch(lead) or cb >= len(text):
        return []
    if not (text[cb] == ":" and tail == "" or text[cb] == "," and (at or tail in loc.get("scope", ()))):
        return []
    if at and text[cb + 1:].startswith(loc.get("event", ())):
        return []  # "在上海,签约项目12个": where the signing or the fair is, not the works
    end = ctx.sentence.clause_at(cb, ";。")[1]
    return [p for p in outer if p.type == PROJECT and cb < p.local_start and p.local_end <= end]


def _list_start(text: str, m: Mention, items: list[Mention], glued: bool = False) -> Mention:
    """The first item of the coordinated list `m` ends ("与中信集团、华润集团…": 中信集团 for 华润集团);
    glued: items written back to back count as listed too ("关桥乡瓦窑村")."""
    joiners = _joiners(glued)
    first = m
    for other in reversed([x for x in items if x.local_end <= m.local_start]):
        if text[other.local_end:first.local_start] not in joiners:
            break
        first = other
    return first


def _joiners(glued: bool) -> frozenset[str]:
    joiners = lexicons.word_set("resolve_list_joiners.txt")
    return joiners | {""} if glued else joiners


def _list_end(text: str, m: Mention, items: list[Mention], glued: bool = False) -> Mention:
    """The last item of the coordinated list `m` opens."""
    return _listed_from(text, m, items, glued)[-1]


def _listed_from(text: str, first: Mention, items: list[Mention], glued: bool = False) -> list[Mention]:
    """`first` and the items of `items` listed after it ("A、B和C"; glued: also "AB")."""
    joiners = _joiners(glued)
    out = [first]
    for p in (p for p in items if p.local_start >= first.local_end):
        if p.local_start < out[-1].local_end:
            continue  # the item before found again by another rule (a university by its list and by its name)
        if text[out[-1].local_end:p.local_start] not in joiners:
            break
        out.append(p)
    return out


@component("participation_cues", reads=(PLACE, ORG, PROJECT), sets=("participates_in",),
           needs_types=(PROJECT,))  # _clause_items: an organization takes part in projects only
def set_participation(ctx: SentenceContext) -> list[Mention]:
    """participates_in = the spans of the projects an organization builds, invests in, operates,
    signs for or cooperates on in its clause, by the cue words of `kg/lexicons/participation.txt`
    ("X投资建设P", "X承建P", "与X合作开发建设P", "引进X…项目", "P由X承建", "X…P签约"); kg.resolve
    makes them participatesIn relations."""
    clauses = list(_clause_items(ctx))
    for n, (ca, cb, in_clause) in enumerate(clauses):
        projects = [i for i in in_clause if i.type == PROJECT]
        # an institute co-built, found both as a body and as the works (kg.extract.organizations.
        # extract_co_built_institutes), is the works here: no party, and no stop to its builders' works
        built = {p.span for p in projects if p.attrs.get("co_built") or _built_right_after_verb(ctx.text, p)}
        orgs = [i for i in in_clause if i.type == ORG and i.span not in built]
        sites = [i for i in in_clause if i.type in (PLACE, PROJECT)]
        for o in orgs:
            targets = _participated(ctx.text, ca, cb, o, orgs, projects, sites)
            if not targets and n + 1 < len(clauses):
                targets = _carried(ctx.text, cb, o, orgs, projects, clauses[n + 1], sites)
            if not targets and not projects:
                targets = _built_by(ctx.text, clauses, n, o, orgs) or _settled_in(ctx.text, clauses, n, o, orgs)
            # a list-mate found both as a body and as works ("与A大学、B学院签订合作协议": B学院 read as works
            # too) is a partner beside it, not its works
            targets = [t for t in targets if t.span == o.span or t.span not in {x.span for x in orgs}]
            # a zone found both as a place and as works, written as the site where the works settle or
            # run ("X与Y合作的P在某某经开区投产", "P落户某某工业园"), is where they are, not works the
            # organization takes part in (ANNOTATION rule 3: located → place)
            targets = [t for t in targets if not _written_as_site(ctx.text, t, sites)]
            if len(targets) > 1:
                targets = _respective_works(ctx.text, o, orgs, targets)
            if len(targets) > 1 and targets[0].local_start == o.local_end:
                targets = _up_to_others_works(o, targets, ctx.found)
            if targets:
                o.attrs["participates_in"] = tuple(p.span for p in targets)
    return []


def _written_as_site(text: str, p: Mention, sites: list[Mention]) -> bool:
    """Is works `p` also found as a place on its own span, right after 在 or a `settle` word of
    location.txt (落户, 位于)? Then the clause names it as a site. Not after a settle word that is an
    organization's own cue (participation.txt `agent`: "X入驻某某产业园", the company moves in and takes
    part)."""
    if not any(s.type == PLACE and s.span == p.span for s in sites):
        return False
    before = text[:p.local_start]
    return before.endswith("在") or before.endswith(_settle_words_of_sites())


@functools.lru_cache(maxsize=1)
def _settle_words_of_sites() -> tuple[str, ...]:
    """The `settle` words of location.txt that are no organization's own cue (participation.txt `agent`)."""
    agent = set(lexicons.roles("participation.txt").get("agent", ()))
    return tuple(w for w in lexicons.roles("location.txt").get("settle", ()) if w not in agent)


def _built_right_after_verb(text: str, p: Mention) -> bool:
    """Does a building verb (build_words.txt, no role: 建设, 新建…, or a co-building verb of
    org_co_building_verbs.txt: 共建, 合作共建…) stand right before the works `p`, or before 的 right before
    it ("与某大学合作建设某某实验学校", "与某大学合作共建的某某研究中心")? A school or centre found there both
    as a body and as the works is the works built (ANNOTATION rule 2), as a co-built institute is: no
    party, and no stop to its builders' works."""
    before = text[:p.local_start].removesuffix("的")
    return before.endswith(_plain_build_verbs()) \
        or before.endswith(tuple(lexicons.words("org_co_building_verbs.txt")))


@functools.lru_cache(maxsize=1)
def _plain_build_verbs() -> tuple[str, ...]:
    """The building verbs of build_words.txt with no role, read once a process, not once a works."""
    return tuple(w for w, *role in lexicons.rows("build_words.txt") if not role)


def _up_to_others_works(o: Mention, targets: list[Mention], found: list[Mention]) -> list[Mention]:
    """The works of organization `o`, whose name opens the first of `targets`, up to a list-mate that
    opens with another organization's name ("沈飞所协同创新研究院、中航机载系统共性技术中心": the second
    is 中航's works, not 沈飞所's; in "博元科技焦油加氢、粗酚精制、酚醛树脂项目" all are 博元科技's)."""
    named = {m.local_start for m in found if m.type == ORG and m is not o}
    return next((targets[:k] for k, p in enumerate(targets) if k and p.local_start in named), targets)


def _respective_works(text: str, o: Mention, orgs: list[Mention], targets: list[Mention]) -> list[Mention]:
    """"与A公司、B公司、C公司分别签订了P、Q、R": a list of organizations, a word of location.txt
    `respective` between it and a list of as many works: each organization takes part in its own work,
    in order, as "在X、Y分别建设A、B" pairs places (_respectively); so with the works first ("P、Q分别由
    A、B投资建设"). Else all `targets`."""
    first = _list_start(text, o, orgs)
    members = _listed_from(text, first, orgs)
    works = _listed_from(text, targets[0], targets)
    if works[-1].local_end <= members[0].local_start:
        gap = text[works[-1].local_end:members[0].local_start]  # the works named first, their builders after
    else:
        gap = text[members[-1].local_end:works[0].local_start]
    if len(members) < 2 or len(works) != len(members) or o not in members \
            or not any(w in gap for w in lexicons.roles("location.txt").get("respective", ())):
        return targets
    return [works[members.index(o)]]


def _carried(text: str, cb: int, o: Mention, orgs: list[Mention], projects: list[Mention],
             following: tuple[int, int, list[Mention]], sites: list[Mention] = ()) -> list[Mention]:
    """The projects of the next clause, when the organization's own clause invests or acts with no
    work named and the next clause goes on with no subject of its own, opening with a build verb
    ("远航集团投资25亿元,建设全市首个种养一体化产业链项目", "X团队投资50亿元,倾力打造…P"): the
    organization is that clause's subject too; so is the one the clause signs with or brings in
    (_party_of_next_clause). Not across a clause that names another organization, nor after a clause
    whose verb has an object of its own (_acts_on_its_own_object)."""
    part = lexicons.roles("participation.txt")
    # a list-mate found both as a body and as works ("与A大学、B科学院签订…": B科学院 read as works too) is
    # a partner beside it, no works of its clause
    mates = {x.span for x in orgs}
    if o is not orgs[-1] and _list_end(text, o, orgs) is not orgs[-1] \
            or any(p.local_start >= o.local_end and p.span not in mates for p in projects) or text[cb:cb + 1] != ",":
        return []
    between = text[_past_means(text, o.local_end, cb):cb]
    acts = any(0 <= between.find(w) <= RELATIONS.agent_gap for w in _agent_words(o)) and not _names_its_building(between) \
        or _signs_with_the_area(between)
    if not (acts or _party_of_next_clause(text, o, orgs, text[orgs[-1].local_end:cb])) \
            or _acts_on_its_own_object(text, orgs[-1], cb, sites):
        return []
    na, nb, items = following
    clause = text[_past_site(text, na, items):nb]
    works = [i for i in items if i.type == PROJECT]
    # works that settle by themselves are the organization's where it invests, signs or is brought in,
    # not where it only cooperates ("与X牵手合作，P成功落户": the works may be anyone's)
    settled = _settles_after(text, works, nb) and (acts or _brought_in(text, o, orgs))
    # an institute co-built there, found both as a body and as the works, is the works, no other party
    # ("与X签订合作协议，共建某某研究院")
    if any(i.type == ORG and i.span not in {w.span for w in works} for i in items) or not (any(
            0 <= clause.find(w) <= CARRIED_SUBJECT.verb_gap for w in part.get("carried", ())) or settled):
        return []
    return works


@functools.lru_cache(maxsize=1)
def _own_clause_cues() -> tuple[str, ...]:
    """The cue words an organization's own clause opens with (participation.txt `agent`, `partner`,
    `carried`), longest first: read once a process, not for each organization of each clause."""
    part = lexicons.roles("participation.txt")
    return lexicons.longest_first(part.get("agent", ()) + part.get("partner", ()) + part.get("carried", ()))


def _acts_on_its_own_object(text: str, last: Mention, cb: int, sites: list[Mention]) -> bool:
    """Does the organization's own clause (past it or its list's `last` item, to `cb`) go on past its
    cue words (participation.txt `agent`, `partner`, `carried`) to an object of its own, neither a sum
    (a figure, 元), an agreement (`agreement`: "与X签订战略合作协议"), a site found there ("X入驻某某
    园区") nor works named after the organization ("支持某某集团建设某某海洋馆，建设P": its works go on)?
    One character left is the end of a word the cue was read inside ("X组建成立，在某县建设P"), no object. "支持某某大学、某某学院建设“双一流”学科，开工建设P", "推动A大学与企业共建产学研基地，建设P",
    "推进与某某大学合作办学，建设P": the clause has its own work, and the next one, with no subject
    of its own, is the report's voice again, not the organization's (ANNOTATION: no co-occurrence)."""
    part = lexicons.roles("participation.txt")
    cues = _own_clause_cues()
    at = last.local_end
    window = text[at:cb]
    first = min(((i, w) for w in cues if 0 <= (i := window.find(w)) <= RELATIONS.agent_gap), default=None)
    if first is None:
        return False
    end = at + first[0] + len(first[1])
    while (w := next((w for w in cues if text.startswith(w, end, cb)), None)) is not None:
        end += len(w)
    rest = text[end:cb]
    if len(rest) < 2 or re.search(r"[0-9０-９元]", rest) or rest.endswith(part.get("agreement", ())) \
            or rest.startswith(last.text[:2]):
        return False
    return not any(m.local_start == end for m in sites)


def _names_its_building(between: str) -> bool:
    """Does the organization's clause close with a word of building as a noun, its first builder's word
    (participation.txt `build_noun`: "推进某某大学“双一流”建设，建成P", "推进A、B、某某医院某院区建设，建设P")?
    Then the clause names the organization's construction, what the report's own voice pushes, not the
    organization acting: the next clause's works are not its."""
    nouns = lexicons.roles("participation.txt").get("build_noun", ())
    word = next((w for w in nouns if between.endswith(w)), None)
    if word is None:
        return False
    head = between[:-len(word)]
    return not any(w in head for w in lexicons.roles("participation.txt").get("agent", ()))


def _settles_after(text: str, works: list[Mention], nb: int) -> bool:
    """Does a clause whose subject is its works end by settling or signing them ("…，总投资20亿元的P
    落户县经济开发区", "…，P、Q签约落地": a `settles` or `signed` word of participation.txt within
    RELATIONS.signed_window after the last work)? Then the organization the clause before invests in,
    signs or brings in ("成功签约X，P落户…") takes part in them."""
    if not works:
        return False
    part = lexicons.roles("participation.txt")
    rest = text[works[-1].local_end:nb][:RELATIONS.signed_window]
    return any(w in rest for w in part.get("settles", ()) + part.get("signed", ()))


# a count after the works and a noun of at most RELATIONS.tally_noun characters ("…改造工作面86个",
# "…改造老旧小区三百个"): a number in figures or in Chinese numerals
TALLY_COUNT = re.compile(rf"[\u4e00-\u9fff]{{1,{RELATIONS.tally_noun}}}(?:\d|[一二两三四五六七八九十百千万]+[个座条处家项所公千米])")


def _counted(text: str, works: Mention, cb: int) -> bool:
    """Does a noun and a count follow the works, in their clause ending at `cb` ("X完成煤矿智能化改造工作面
    86个"), or do the works end with what is done (project_works_actions.txt: "某某等企业完成生产线智能化
    改造")? Then what was completed is a tally or a kind of upgrading done, not works the organization
    takes part in: a `tally` word of participation.txt (完成) makes it no party."""
    return (TALLY_COUNT.match(text, works.local_end, cb) is not None
            or works.text.endswith(tuple(lexicons.words("project_works_actions.txt"))))


def _agents_before(text: str, o: Mention, works: list[Mention], cb: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The `agent` words of participation.txt that make a party to the works after it, and those of
    organization `o` itself (_agent_words); a `tally` word (完成) not where the works are a tally or an
    upgrading ("X完成某某改造工作面86个", "X等企业完成生产线改造": _counted)."""
    part = lexicons.roles("participation.txt")
    agents, own = part.get("agent", ()), _agent_words(o)
    if works and _counted(text, works[-1], cb):
        tally = part.get("tally", ())
        return tuple(w for w in agents if w not in tally), tuple(w for w in own if w not in tally)
    return agents, own


def _agent_words(o: Mention) -> tuple[str, ...]:
    """The `agent` words of participation.txt that make organization `o` a party to the works after it:
    all of them, but a signing word (`signed`: 签约, 签订) not for a standard body (区政府, 县委): it signs
    for the area, with the company that takes part ("X与县政府签约，P落户": X alone; ANNOTATION: the
    government as the report's own voice takes no part)."""
    part = lexicons.roles("participation.txt")
    if o.text not in lexicons.org_bodies():
        return part.get("agent", ())
    return tuple(w for w in part.get("agent", ()) if w not in part.get("signed", ()))


def _signs_with_the_area(between: str) -> bool:
    """Does the organization's own clause, right after it, sign or agree with another party ("X与我县
    签约", "X与我市签订战略合作协议": a partner's preposition, then a partner's cue of participation.txt
    within RELATIONS.agent_gap)? Then the organization is the subject of the next clause too, as an
    investor's is ("X与我县签约,投资20亿元建设P": X invests and builds)."""
    if not between.startswith(PARTNER_PREPOSITIONS):
        return False
    return any(0 <= between.find(w) <= RELATIONS.agent_gap for w in lexicons.roles("participation.txt").get("partner", ()))


def _past_site(text: str, at: int, items: list[Mention]) -> int:
    """Where the next clause's verb may start: past an opening "在" and the site after it, the report's
    own division by a pointer word (location.txt `deictic`: 我县, 本市) or a place found there ("X投资
    30亿元,在我县建设P", "…,在河口镇新建P"): the clause's subject is still the organization; else `at`."""
    if not text.startswith("在", at):
        return at
    site = next((w for w in lexicons.roles("location.txt").get("deictic", ()) if text.startswith(w, at + 1)), None)
    if site is not None:
        return at + 1 + len(site)
    place = next((i for i in items if i.type in (PLACE, PROJECT) and i.local_start == at + 1), None)
    if place is None:
        return at
    # a list of sites ("X、Y在某某港区、某某港区建设P"), or a site written as places one after another, a
    # division then its zone ("X在某某市某某经济开发区建设的P", "X在某某新区某某新城建设P"): past its last item
    while (listed := next((i for i in items if i.type in (PLACE, PROJECT) and i.local_start == place.local_end
                           + text.startswith("、", place.local_end)), None)) is not None:
        place = listed
    return place.local_end


def _past_means(text: str, at: int, cb: int) -> int:
    """Where the organization's verb may start past the means it works by, right after it ("X以PPP模式
    投资建设P", "X通过BOT方式建设运营P": a `means` word of participation.txt, then its kind, `means_kind`,
    within RELATIONS.means_chars and the clause ending at `cb`); else `at`."""
    part = lexicons.roles("participation.txt")
    lead = next((w for w in part.get("means", ()) if text.startswith(w, at)), None)
    if lead is None:
        return at
    start = at + len(lead)
    window = text[start:min(cb, start + RELATIONS.means_chars)]
    ends = [window.find(k) + len(k) for k in part.get("means_kind", ()) if k in window]
    return start + min(ends) if ends else at


def _site_verb(text: str, at: int, cb: int, verbs: tuple[str, ...]) -> int:
    """Where the first of `verbs` stands after the site that "在" at `at` opens, within
    RELATIONS.site_chars characters and the clause (ending at `cb`); else `at`."""
    window = text[at + 1:min(cb, at + 1 + RELATIONS.site_chars + max(map(len, verbs), default=0))]
    found = [i for i in (window.find(w) for w in verbs) if i > 0]
    return at + 1 + min(found) if found else at


def _built_by(text: str, clauses: list, n: int, o: Mention, orgs: list[Mention]) -> list[Mention]:
    """The builder named after the works, in a clause of its own ("P，总投资3亿元，由X负责建设运营",
    "新建P，该项目由X、Y共同投资", "P开工建设，X、Y分别承建"): a clause with no works of its own that
    opens with a `by` word of participation.txt (after a `by_subject` word, "该项目由"), then the
    organization (or its list) and a builder's verb (`agent`) within RELATIONS.agent_gap, or that
    opens with the organization (or its list) and ends with a builder's verb right after it (a
    `by_manner` word or a `respective` one of location.txt between): the organization takes part in the
    works of the nearest clause before it that names some. Not one that only approves or oversees
    ("由市发改委批准建设": an `oversee` word before the verb)."""
    part = lexicons.roles("participation.txt")
    ca, cb, _ = clauses[n]
    first = _list_start(text, o, orgs)
    lead = text[ca:first.local_start]
    each = lexicons.roles("location.txt").get("respective", ())
    members = _listed_from(text, first, orgs)
    tail = text[members[-1].local_end:cb]
    if n and not lead:
        # the builders open the clause, its verb closes it ("P开工建设，X、Y分别承建", "…，X负责建设"):
        # only a `by_manner` word or one of `respective` between them; not a standard body (县政府)
        manner = next((w for w in (*each, *part.get("by_manner", ())) if tail.startswith(w)), "")
        if tail[len(manner):] not in part.get("agent", ()) or o.text in lexicons.org_bodies():
            return []
        respective = manner in each
    elif any(lead == s + e + b for s in ("", *part.get("by_subject", ())) for e in ("", *each)
             for b in part.get("by", ())):
        at = min((i for i in (tail.find(w) for w in part.get("agent", ())) if i >= 0), default=-1)
        if not 0 <= at <= RELATIONS.agent_gap or _oversees(tail[:at]):
            return []
        respective = any(lead.endswith(e + b) for e in each for b in part.get("by", ()))
    else:
        return []
    for _, _, items in reversed(clauses[:n]):
        works = [i for i in items if i.type == PROJECT]
        if not works:
            continue
        if respective and len(works) > 1:
            # "A、B两个项目…，分别由X、Y承建": each its own, in order; else none (one works: all of them
            # build it, "P并网发电，X、Y、Z分别承建")
            return [works[members.index(o)]] if len(works) == len(members) and o in members else []
        return works
    return []


def _settled_in(text: str, clauses: list, n: int, o: Mention, orgs: list[Mention]) -> list[Mention]:
    """The works of the clause right before, when this clause, with no works of its own, only brings
    the organization (or its list) in to settle there ("…建设万亩茶叶加工园，签约X入驻", "…，引进X、Y
    落户"): a `settle_lead` word of participation.txt, the organization, a `settles` word, the clause's end."""
    part = lexicons.roles("participation.txt")
    ca, cb, _ = clauses[n]
    members = _listed_from(text, _list_start(text, o, orgs), orgs)
    if n == 0 or text[ca:members[0].local_start] not in part.get("settle_lead", ()) \
            or text[members[-1].local_end:cb] not in part.get("settles", ()):
        return []
    return [i for i in clauses[n - 1][2] if i.type == PROJECT]


def _oversees(words: str) -> bool:
    """Does `words` hold a word of approving or overseeing (participation.txt `oversee`: 批准, 监管,
    指导)? An organization that only does that takes no part in the works."""
    return any(w in words for w in lexicons.roles("participation.txt").get("oversee", ()))


def _party_of_next_clause(text: str, o: Mention, orgs: list[Mention], after: str) -> bool:
    """Is the organization (or its list, `after` the clause's rest past it) the party of a clause
    that signs or cooperates with it ("与X签订战略合作协议", "同X、Y达成合作协议": a partner's
    preposition before it, a partner's cue of participation.txt right after) or that brings it in
    ("成功引进X", "引进X落户": an `introduce` word right before it, little after)? Then it is who
    builds in the next clause when that clause has no subject of its own ("…，合作建设P", "…，
    投资建设P"), as an investor's clause is ("X投资40亿元,建设P")."""
    part = lexicons.roles("participation.txt")
    first = _list_start(text, o, orgs).local_start
    if text.endswith(PARTNER_PREPOSITIONS, 0, first):
        return any(0 <= after.find(w) <= RELATIONS.agent_gap for w in part.get("partner", ()))
    return _brought_in(text, o, orgs) and len(after) <= CARRIED_SUBJECT.introduced_rest


def _works_bringing_in(text: str, ca: int, cb: int, o: Mention, orgs: list[Mention], before: list[Mention]) -> Mention | None:
    """The works that open the clause and bring in the organization (or its list) that closes it or
    ends before 等, an `introduce` word of participation.txt between, after any `introduce_adverb`
    ("通航智造小镇引进X、Y等企业", "某某智能终端产业园新引进X等配套企业"): the park or town is where the
    companies brought in invest and build, so they take part in it. None where the clause names no
    such works first, where the companies go on to works of their own ("某小镇引进X设立P": P is theirs),
    or where the works are a development zone (place_named_zone_heads.txt: "某某经济开发区新引进X等企业":
    the zone is the place the companies settle in, u44 changxing-2012's gold), or where the list closes
    with universities and institutes (`institutions_listed`: "某某示范区引进A大学某某校区、B研究院等高校院所":
    they settle there to teach and research, no investor building the works)."""
    part = lexicons.roles("participation.txt")
    host = next((p for p in before if p.local_start == ca), None)
    last = _list_end(text, o, orgs).local_end
    if host is None or host.text.endswith(tuple(lexicons.words("place_named_zone_heads.txt"))) \
            or not (last == cb or text.startswith("等", last)) \
            or text.startswith(part.get("institutions_listed", ()), last + 1):
        return None
    gap = text[host.local_end:_list_start(text, o, orgs).local_start]
    gap = next((gap[len(w):] for w in part.get("introduce_adverb", ()) if gap.startswith(w)), gap)
    return host if gap in part.get("introduce", ()) else None


def _brought_in(text: str, o: Mention, orgs: list[Mention]) -> bool:
    """Does an `introduce` word of participation.txt stand right before the organization (or its list):
    "成功引进X", "签约X"?"""
    return text.endswith(lexicons.roles("participation.txt").get("introduce", ()), 0, _list_start(text, o, orgs).local_start)


def _participated(text: str, ca: int, cb: int, o: Mention, orgs: list[Mention],
                  projects: list[Mention], sites: list[Mention] = ()) -> list[Mention]:
    """The projects of clause ca..cb that organization `o` takes part in, by the cue words around it."""
    part, limits = lexicons.roles("participation.txt"), RELATIONS
    before = text[ca:o.local_start]
    # the organization may stand in a list: "与中信集团、华润集团合作…" reads from the list's start
    lead = text[ca:_list_start(text, o, orgs).local_start]
    # its works end where another organization's begin ("X投资的A和Y投资的B"), not its partner's
    # ("X携手Y打造P")
    list_end = _list_end(text, o, orgs).local_end
    own_end, end = _verb_start(text, cb, o, list_end, sites)
    stop = next((x.local_start for x in orgs if x.local_start >= end
                 and text[end:x.local_start] not in PARTNER_PREPOSITIONS), cb)
    # not the site of a list of builders, past its end ("X、Y在某某工业园区投资建设P": P alone), as the site
    # after one builder is past its own end
    after_items = [p for p in projects if p.local_start >= own_end and p.local_end <= stop
                   and not list_end <= p.local_start < end]
    before_items = [p for p in projects if p.local_end <= o.local_start]
    between = text[own_end:after_items[0].local_start if after_items else cb]
    if any(w in between.lstrip("的")[:limits.frame_window] for w in part.get("frame", ())) or before.endswith("在"):
        return []  # "在市委领导下建成…"
    agents, own_agents = _agents_before(text, o, after_items, cb)
    verb = any(w in between for w in agents + part.get("partner", ()))
    # the organization's own verb comes right after it ("X投资建设P", "X在黔江建设P"), not at the
    # end of a longer phrase ("区委召开会议研究建设P"); or its partner does ("X与黔江区共建P")
    # a listed organization acts with its list: the verb (or the partner) is read after the list's last
    # item ("澄江集团、青禾建工等央企投资建设的P": 澄江集团 builds P too; "A、B与某市共建P": A too)
    tail = text[end:after_items[0].local_start if after_items else cb] if end > own_end else between
    # a partner's preposition is also a plain list joiner ("区委与区政府、区人大召开会议研究建设P"): it
    # makes partners only where the co-building cue comes right after the list ("与A、B合作建设P",
    # "X与A、B共建P"), within agent_gap, as an agent's own verb does
    partnered = any(0 <= tail.find(w) <= limits.agent_gap for w in agents + part.get("partner", ()))
    acts = (any(0 <= tail.find(w) <= limits.agent_gap for w in own_agents)
            or ((between if end == own_end else tail).startswith(PARTNER_PREPOSITIONS) and (partnered or end == own_end))
            ) and len(tail) <= limits.agent_reach and not tail.startswith("、")  # "A学校、某市援建的B": A is an item
    if after_items and verb and (acts or partnered and (
            lead.endswith(PARTNER_PREPOSITIONS) or before.endswith(PARTNER_PREPOSITIONS)
            or _partner_listed(text, o, orgs) or _co_builders(text, o, orgs, tail))):
        return after_items
    if after_items and _owns(text, o, after_items[0]):
        return _listed_from(text, after_items[0], after_items)
    if after_items and any(lead.endswith(w) for w in part.get("introduce", ())) and not _list_item(text, end, after_items[0]):
        return after_items
    if not after_items and (host := _works_bringing_in(text, ca, cb, o, orgs, before_items)) is not None:
        return [host]
    # an approver's or overseer's word counts before the building verb only ("P由X投资建设并负责运营监管":
    # X builds; "P由市发改委批准建设": no part)
    acted = min((between.find(w) for w in part.get("agent", ()) if w in between), default=len(between))
    if before_items and any(lead.endswith(w) for w in part.get("by", ())) and verb and not _oversees(between[:acted]):
        return before_items
    last_end = max([p.local_end for p in projects] + [o.local_end])
    if projects and any(w in text[last_end:cb][:limits.signed_window] for w in part.get("signed", ())):
        # a company that is itself an item of the list signed ("光伏玻璃深加工、智能丝网等4个新签约项目
        # 实现当年签约": a company named for its works) signs for its own works, not its neighbours'
        own = [p for p in projects if p.span == o.span]
        # and an organization listed among the works signed ("某某研究院、某某产业基地、某某研发中心签约落地":
        # the institute is one of the items signed, not the party that signs for its list-mates)
        return own or ([] if _listed_among_works(text, o, projects) else projects)
    return []


def _listed_among_works(text: str, o: Mention, projects: list[Mention]) -> bool:
    """Is organization `o` an item of a list of works: a "、" joins its item (its name, and at most
    RELATIONS.listed_item_tail characters after it, "某某集团总部、…") to the next works, or the works
    before it to its name? Then it is named as one of them, not as the party of the others."""
    after = [p for p in projects if p.local_start >= o.local_end]
    before = [p for p in projects if p.local_end <= o.local_start]
    if before and text[before[-1].local_end:o.local_start] == "、":
        return True
    if not after:
        return False
    gap = text[o.local_end:after[0].local_start]
    return gap.endswith("、") and len(gap) - 1 <= RELATIONS.listed_item_tail \
        and not any(c in gap[:-1] for c in "、,;:和与及")


def _verb_start(text: str, cb: int, o: Mention, end: int, sites: list[Mention]) -> tuple[int, int]:
    """Where the verb of organization `o` (and of its list, ending at `end`) may start: past the site
    where it builds, right after it ("X在某某经开区建设P", "X在我县投资建设的P": a zone found as a works
    there is the site, not a works it builds), and past the means it builds by ("X以PPP模式投资建设P",
    "X、Y以PPP模式合作建设P"). Returns (its own end, its list's end), each past those."""
    own_end = o.local_end
    if end != o.local_end:
        # a list of builders, each at its own site ("X、Y分别在某某园区建设P、Q") or at the sites listed
        # ("X、Y在某某港区、某某港区建设P"): past the word of `respective` and the site, as after one organization
        at = _past_respective(text, end)
        return own_end, _past_means(text, _past_site_of(text, at, cb, sites), cb)
    at = _past_respective(text, o.local_end)
    own_end = _past_means(text, _past_site_of(text, at, cb, sites), cb)
    return own_end, own_end


def _past_respective(text: str, at: int) -> int:
    """Past a word of location.txt `respective` (分别, 各自) right at `at` and a 在 after it; else `at`."""
    word = next((w for w in lexicons.roles("location.txt").get("respective", ()) if text.startswith(w, at)), None)
    return at + len(word) if word is not None and text.startswith("在", at + len(word)) else at


def _past_site_of(text: str, at: int, cb: int, sites: list[Mention]) -> int:
    """Past the site where an organization ending at `at` builds (_past_site), or, where no rule found
    it as a place ("X集团在某某化工园区建设P"), up to the builder's verb; else `at`."""
    end = _past_site(text, at, sites)
    if end == at and text.startswith("在", at) or end > at and text.startswith("、", end):
        # a site not found, or a list of sites whose later items were not ("在某港区、某某港区建设P")
        end = _site_verb(text, end, cb, lexicons.roles("participation.txt").get("agent", ()))
    return end


def _partner_listed(text: str, o: Mention, orgs: list[Mention]) -> bool:
    """Is `o` an item of a list that a partner's preposition joins ("顺达集团与江城大学、省化工研究院共建P":
    省化工研究院 as well as 江城大学; "江城大学、临江大学与顺达集团共建P": 江城大学 as well as 临江大学)?
    So when a partner's preposition joins two items of its list; the preposition right before the list
    or right before `o` the caller reads itself, and the caller asks for the co-building cue right
    after the list (a list joined by 与 that only meets, "A与B、C召开会议研究建设P", builds nothing)."""
    members = _listed_from(text, _list_start(text, o, orgs), orgs)
    if o not in members:
        return False
    # an item before the preposition too: the builders listed, then their partner ("A、B与C共建P": A as
    # well as B; A is no list's first item alone, which the caller reads by the preposition right after it)
    return any(text[a.local_end:b.local_start] in PARTNER_PREPOSITIONS for a, b in zip(members, members[1:]))


def _co_builders(text: str, o: Mention, orgs: list[Mention], tail: str) -> bool:
    """Is `o` an item of a list of organizations that a partner's cue of participation.txt follows right
    after its last item ("支持A大学、B研究所共建P", "A集团、B公司合作开发P")? The items are partners of one
    another: each takes part. Not a list of standard bodies (区委、区政府): those frame, they do not build."""
    members = _listed_from(text, _list_start(text, o, orgs), orgs)
    return len(members) > 1 and o in members and o.text not in lexicons.org_bodies() \
        and tail.startswith(lexicons.roles("participation.txt").get("partner", ()))


def _list_item(text: str, end: int, first: Mention) -> bool:
    """Is the organization (or list of them) ending at `end` an item of a list of works, the works
    after it the list's next items, not its own ("引进金盛兰优特钢、佛塑新能源、大统营电子产业集群等
    项目", "引进中船科技海上风电装备制造基地、南山化学高端化工产业园…": a company named for its works)?
    So when the first work after it opens inside it or right after a list joiner."""
    return first.local_start < end or text[end:first.local_start].endswith(
        lexicons.words("resolve_list_joiners.txt"))


def _owns(text: str, o: Mention, first: Mention) -> bool:
    """Is the work right after organization `o` its own: "中信集团的三塘盖度假区", "四川能投全省首个
    天然气储气调峰项目" (the company, then only words of belonging or rank before the work)? Not a
    standard body's (市委, 区政府: those frame, they do not build)."""
    if o.text in lexicons.org_bodies():
        return False
    cue = lexicons.roles("rel_owned_works.txt")
    gap = text[o.local_end:first.local_start]
    gap = gap[:-1] if gap.endswith("的") else gap
    gap = next((gap[len(w):] for w in cue.get("of", ()) if gap.startswith(w)), gap)
    for scope in ("", *cue.get("scope", ())):
        if gap.startswith(scope) and gap[len(scope):] in ("", *cue.get("rank", ())):
            return True
    return False


# ---------------------------------------------------------------- the place an observation is about

# the marks that end the clause whose opening place an observation is about ("其中:濯水镇…")
OBSERVATION_CLAUSE_MARKS = ",;:。"
# what may stand before that place in its clause ("其中,濯水镇…", "全区…", "在新城…")
PLACE_LEADS = ("", "其中", "全", "在")


@component("observation_places", reads=(PLACE, ORG, PROJECT, OBSERVATION), sets=("place",),
           needs_types=(OBSERVATION,))
def set_observation_places(ctx: SentenceContext) -> list[Mention]:
    """place = the name of the place an observation's clause opens with ("新城新增1万余人", "其中,
    濯水镇接待游客…"): the observation is about it, not about the report's own area. Not a place
    inside a company's or works' name ("北京君光伟业等5家企业") nor one of the things counted
    ("建华等7个小区")."""
    if not any(m.type == OBSERVATION for m in ctx.found):
        return []
    kept = drop_nested(ctx.found)  # what the sentence will keep of what was found
    s, text = ctx.sentence, ctx.text
    for m in (x for x in kept if x.type == OBSERVATION):
        clause_start = s.clause_at(m.local_start, OBSERVATION_CLAUSE_MARKS)[0]
        for p in kept:
            if p.type != PLACE or not clause_start <= p.local_start or p.end > m.start:
                continue
            if any(x.type in (ORG, PROJECT) and x.span.contains(p.span) for x in kept):
                continue  # "北京君光伟业等5家企业": the place is part of a company's name
            if text.startswith("等", p.local_end):
                continue  # "建华等7个小区": the place is one of the things counted, not the area
            if text[clause_start:p.local_start] in PLACE_LEADS:
                m.attrs["place"] = p.text
                break
    return []


# ---------------------------------------------------------------- a place written with an area word

@component("area_word_forms", reads=(PLACE,), sets=("area_form",),
           needs=lexicons.words("place_area_word_tails.txt"))
def set_area_word_forms(ctx: SentenceContext) -> list[Mention]:
    """area_form = the place's name with the area word written right after it ("台湾地区", "某某地区":
    place_area_word_tails.txt): the place is the name before the word, and the report's form with
    the word is its alias, as the samples' gold writes 渝东南 with the alias 渝东南地区. Not where the
    name goes on after the word ("某某地区生产总值" reads 地区生产总值, a measure)."""
    tails = lexicons.words("place_area_word_tails.txt")
    for p in ctx.found:
        tail = next((t for t in tails if ctx.text.startswith(t, p.local_end)), None)
        if p.type == PLACE and tail is not None and not p.text.endswith(tail) \
                and not _measure_after(ctx.text, p.local_end + len(tail)):
            p.attrs["area_form"] = p.text + tail
    return []


def _measure_after(text: str, b: int) -> bool:
    """Does a measure's word go on from the area word at `b` ("…地区|生产总值", place_area_word_measures)?"""
    return text.startswith(lexicons.words("place_area_word_measures.txt"), b)


# ---------------------------------------------------------------- a place written after its city

@component("names_after_their_city", reads=(PLACE,), sets=("own_name",), needs_types=(PLACE,))
def set_names_after_their_city(ctx: SentenceContext) -> list[Mention]:
    """own_name = the name a place found goes by once the division written before it is set aside
    ("某州|青禾新区", "某州|白鹭湿地", "某县|宝禾河"): where a division's name opens the place and a place
    found follows it, then a head, or a water's name of three characters or more (_WATER_ENDS), that name
    with its head names the place completely, the shortest span that does
    (ANNOTATION: name), and the division only says where it lies. The form with the division stays its
    alias. Not where a common word follows the division ("某州|东部新城", "某州|高新区", "某州|古城墙":
    no name without the city's), nor where the division's name ends inside a word or a longer name
    opening the place ("某央湖|景区"), nor a remainder that is a division itself, nor a hub
    (place_hub_heads.txt: an airport or a station is named with its city's name, "某州青禾国际机场")."""
    text = ctx.text
    places = [m for m in ctx.found if m.type == PLACE]
    province = ctx.doc.own.province
    for p in places:
        for b in range(p.local_start + _CITY_CHARS[0], min(p.local_start + _CITY_CHARS[1], p.local_end - 2) + 1):
            rest = text[b:p.local_end]
            if len(rest) < 3 or rest.endswith(lexicons.words("place_hub_heads.txt")):
                continue  # "某州青禾国际机场": a hub is named with its city's name (民航局's names)
            if lexicons.find_division(text[p.local_start:b], province) is None \
                    or lexicons.find_division(rest, province) is not None:
                continue
            if any(q.local_start == p.local_start and b < q.local_end < p.local_end for q in places):
                continue  # "某央湖|景区": a longer name opens the place, the division's is only its start
            if ctx.token_starting_at(b) is None:
                continue  # the division's name ends inside a word
            if rest[-1] in _WATER_ENDS or any(q.local_start == b and q.local_end < p.local_end for q in places):
                p.attrs["own_name"] = rest  # a water's name ("某州|澄水河"), or a place's name, then its head
                break
    return []


# the length of a division's name written before a place's: a short form's two characters to a full name's four
_CITY_CHARS = (2, 4)
# the last characters of a water's name (place_water_heads.txt, and a lake's 湖): a water named by three
# characters or more after a division is named whole without it ("某州|宝禾河")
_WATER_ENDS = frozenset(lexicons.characters("place_water_heads.txt")) | {"湖"}

