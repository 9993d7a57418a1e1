"""The works of an institution named by the institution and the building or part being built
("县人民医院外科大楼", "县图书馆新馆", "县职业技术学校新校区", "县疾控中心P2实验室"): ANNOTATION rule 2
(the works is a project apart from the institution) and rule 8 (the institution is named inside
it). The parts live in project_institution_buildings.txt, the numbers in kg.config.PROJECT_LIMITS."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import PROJECT_LIMITS as LIMITS
from kg.extract.base import CJK, ORG, PLACE, PROJECT, Mention, SentenceContext, name_start, token_ends_at
from kg.extract.projects import BRACKETED_PART, builds_something_else, built_in_clause, is_generic, trim_openers
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern
from kg.text.names import CJK_CHARS


@functools.lru_cache(maxsize=1)
def _part_after() -> re.Pattern[str]:
    """A qualifier of at most PROJECT_LIMITS.institution_part_qualifier characters (no conjunction or
    mark), then a building or part of an institution's site (project_institution_buildings.txt)."""
    parts = alternation_pattern(lexicons.words("project_institution_buildings.txt"))
    return re.compile(rf"(?:(?![和与及])[{CJK_CHARS}A-Za-z0-9]){{0,{LIMITS.institution_part_qualifier}}}?(?:{parts})")


@functools.lru_cache(maxsize=None)
def _qualified_part(k: int) -> re.Pattern[str]:
    """A qualifier of exactly `k` characters (no conjunction or mark), then a building or part of an
    institution's site (project_institution_buildings.txt)."""
    parts = alternation_pattern(lexicons.words("project_institution_buildings.txt"))
    return re.compile(rf"(?:(?![和与及])[{CJK_CHARS}A-Za-z0-9]){{{k}}}(?:{parts})")


def _part_end(ctx: SentenceContext, at: int) -> int | None:
    """The end of the longest qualifier and part after `at` that ends a word or the name: a part that
    cuts a word is no end ("某某医院京西院区": not 京 + 西院, but 京西 + 院区), and of two that end words the
    longer holds the other ("某某医院南院区": 南院 and 区 to jieba, the site is 南 + 院区)."""
    text = ctx.text
    ends = [m.end() for k in range(LIMITS.institution_part_qualifier + 1)
            if (m := _qualified_part(k).match(text, at)) is not None
            and (token_ends_at(ctx, m.end()) or m.end() >= len(text) or not CJK.match(text[m.end()]))]
    return max(ends, default=None)


@component("institution_buildings", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=tuple(lexicons.words("project_institution_buildings.txt")))
def extract_institution_buildings(ctx: SentenceContext) -> list[Mention]:
    """An organization found, not a company, followed by the building or part of its site that the
    clause builds, opens or runs ("县中医院康复大楼建设", "县图书馆新馆对外开放") is that works."""
    out = []
    text = ctx.text
    for o in ctx.found:
        if o.type != ORG or o.text.endswith(("公司", "集团")):
            continue
        b = _part_end(ctx, o.local_end)
        if b is None:
            continue
        while (more := _part_after().match(text, b)) is not None and token_ends_at(ctx, more.end()):
            b = more.end()  # a building of the new site ("州医院新院区门诊楼"): the works is the whole
        if (bracket := BRACKETED_PART.match(text, b)) is not None:
            b = bracket.end()  # "某某医院某某院区(新城院区)": the site's other name in brackets is part of it
        a = o.local_start
        if _taken_but_by_a_part(ctx, a, b) or not built_in_clause(ctx, a, b) or builds_something_else(ctx, a, b):
            continue  # (the builder of other works: "支持某某研究院某某分院建设国家重点实验室")
        out.append(ctx.mention(PROJECT, a, b, source="institution_building"))
    return out


_NEW_SITE_PARTS = tuple(lexicons.words("project_new_site_parts.txt"))


@component("new_site_works", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("institution_buildings",),
           needs=_NEW_SITE_PARTS)
def extract_new_site_works(ctx: SentenceContext) -> list[Mention]:
    """A body or a facility found (an organization, a company too, or works by their head) right
    before its new hall, building, site or plant (project_new_site_parts.txt) that the clause builds,
    opens or runs ("某区政务服务中心新大厅建成投用", "某某制药新厂区建成投产") is that works, named whole."""
    out = []
    text = ctx.text
    for o in ctx.found:
        part = next((w for w in _NEW_SITE_PARTS if text.startswith(w, o.local_end)), None) if o.type in (ORG, PROJECT) else None
        if part is None:
            continue
        a, b = o.local_start, o.local_end + len(part)
        if (b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b)) or not built_in_clause(ctx, a, b):
            continue
        if not any(m.local_start == a and m.local_end == b for m in out):
            out.append(ctx.mention(PROJECT, a, b, source="new_site"))
    return out


def _taken_but_by_a_part(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is text[a:b] taken by a works found before, but for one that names the institution and only
    the first of the parts it runs on to ("州医院新院区" of "州医院新院区门诊楼": the longer works
    holds it and is kept in its stead)?"""
    return any(m.type == PROJECT and m.local_start < b and a < m.local_end
               and not (m.local_start == a and m.local_end < b) for m in ctx.found)


@functools.lru_cache(maxsize=1)
def _new_institution_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs before an institution built anew (project_new_institution_verbs.txt), and those
    that open the frame "…X建设" around it, each closing on the text before the name."""
    rows = lexicons.rows("project_new_institution_verbs.txt")
    before = alternation_pattern(r[0] for r in rows if not r[1:])
    frame = alternation_pattern(r[0] for r in rows if r[1:] == ("frame",))
    return re.compile(rf"(?:{before})$"), re.compile(rf"(?:{frame})$")


@functools.lru_cache(maxsize=2)
def _new_institution_stages_after(research: bool = False) -> re.Pattern[str]:
    """The stages right after a new institution's name, to a mark or the sentence's end
    (project_new_institution_verbs.txt, role "after"); after a research institution's
    (project_new_research_heads.txt), not those that only open it (third column "opened")."""
    after = alternation_pattern(r[0] for r in lexicons.rows("project_new_institution_verbs.txt")
                                if r[1:2] == ("after",) and not (research and r[2:] == ("opened",)))
    return re.compile(rf"(?:{after})(?=[,，;；。、]|$)")


@functools.lru_cache(maxsize=1)
def _new_institution_heads() -> tuple[str, ...]:
    """Heads of the schools, hospitals, venues and research institutions a clause may build anew
    (project_institution_heads.txt, project_new_venue_heads.txt, project_new_care_heads.txt,
    project_new_research_heads.txt)."""
    return tuple(lexicons.words("project_institution_heads.txt") + lexicons.words("project_new_venue_heads.txt")
                 + lexicons.words("project_new_care_heads.txt") + lexicons.words("project_new_research_heads.txt"))


def _research_institution(name: str) -> bool:
    """Is `name` a research institution's (project_new_research_heads.txt), no school's or venue's?"""
    return (name.endswith(tuple(lexicons.words("project_new_research_heads.txt")))
            and not name.endswith(tuple(lexicons.words("project_institution_heads.txt"))))


def _list_start(ctx: SentenceContext, a: int, heads: tuple[str, ...]) -> int:
    """The start of the 、- or 和-list whose item starts at `a`: back over institutions found before it
    ("新建宁都县第三中学、城南小学") and over works the rules found ("建成某市图书馆新馆、某某美术馆",
    "开工建设某大学长安校区二期、某大学附属学校"), which share the verb that opens the list."""
    text = ctx.text
    while a > 0 and text[a - 1] in "、和":
        item = next((p for p in ctx.found if p.local_end == a - 1 and (
            p.type == PROJECT or p.type == ORG and p.text.endswith(heads))), None)
        if item is None:
            break
        a = item.local_start
    return a


def _list_end(ctx: SentenceContext, b: int, heads: tuple[str, ...]) -> int:
    """The end of the 、- or 和-list whose item ends at `b`: on over the institutions and works found
    after it ("某市第八中学、某某街道第二幼儿园建成招生", "推进某县实验学校、某某学院学生公寓二期建设"), which
    share the stage or the frame that closes the list, as `_list_start` reads the verb that opens it."""
    text = ctx.text
    while b < len(text) and text[b] in "、和":
        ends = [p.local_end for p in ctx.found if p.local_start == b + 1 and (
            p.type == PROJECT or p.type == ORG and p.text.endswith(heads))]
        if not ends:
            break
        b = max(ends)
    return b


@component("institutions_built_anew", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("projects",),
           needs=tuple(r[0] for r in lexicons.rows("project_new_institution_verbs.txt")))
def extract_institutions_built_anew(ctx: SentenceContext) -> list[Mention]:
    """A school or hospital found as an organization (its head in project_institution_heads.txt)
    that the clause builds anew: right after 新建, 开工建设 or 建成, alone or in the 、-list they open
    ("新建宁都县第三中学、城南小学"), or inside "启动…建设" ("启动县第二实验小学建设") is a project too
    (ANNOTATION rule 2: it exists only as construction); so is one a stage only construction reaches
    follows, to a mark ("某新区实验学校建成招生", role "after")."""
    out = []
    text = ctx.text
    heads = _new_institution_heads()
    before, frame = _new_institution_verbs()
    orgs = sorted((o for o in ctx.found if o.type == ORG), key=lambda o: o.local_start)
    for o in orgs:
        if not o.text.endswith(heads) or ctx.taken(o.local_start, o.local_end, (PROJECT,)):
            continue
        if any(p.local_start == o.local_start and p.local_end > o.local_end for p in orgs):
            continue  # "新建中国科学院某某研究院": the parent body opening its institute's name (学院 in 科学院)
        a = _list_start(ctx, o.local_start, heads)
        b = _list_end(ctx, o.local_end, heads)
        if (before.search(text, 0, a) or frame.search(text, 0, a) and text.startswith("建设", b)
                or _new_institution_stages_after(_research_institution(o.text)).match(text, b)):
            out.append(ctx.mention(PROJECT, o.local_start, o.local_end, source="institution_built_anew"))
    return out


@functools.lru_cache(maxsize=1)
def _renovated_institution() -> re.Pattern[str]:
    """An institution's kind (org_renovated_institution_heads.txt), any others of the 、-list it opens
    ("某市文化中心、某市规划展览馆改造"), then (完成) a verb that rebuilds it (location.txt, `rebuild`),
    or a phase and a word that renews or enlarges what exists (org_plant_works_after.txt: "某某博物院
    二期改扩建工程", "某某博物院迁建")."""
    heads = alternation_pattern(lexicons.words("org_renovated_institution_heads.txt"))
    rebuild = alternation_pattern(lexicons.roles("location.txt")["rebuild"])
    renew = alternation_pattern(lexicons.words("org_plant_works_after.txt"))
    return re.compile(rf"(?:{heads})(?=(?:、[{CJK_CHARS}]{{2,12}}?(?:{heads}))*"
                      rf"(?:(?:完成)?(?:{rebuild})|{_PHASE_BEFORE_RENEWAL}(?:{renew})))")


# a phase between an institution and the works that renew it ("某某博物院二期改扩建工程")
_PHASE_BEFORE_RENEWAL = r"(?:[一二三四五六七八九十\d]{1,2}期)?"


@component("renovated_institutions", reads=(PLACE, ORG, PROJECT), assigns=(ORG,), after=("projects",),
           needs=tuple(lexicons.roles("location.txt")["rebuild"]) + tuple(lexicons.words("org_plant_works_after.txt")))
def extract_renovated_institutions(ctx: SentenceContext) -> list[Mention]:
    """A public institution named by its place, a word or two and its kind, that the clause renovates
    ("推进长春市文化中心、长春市规划展览馆改造", "良渚博物院改造提升完成", "某某博物院改扩建工程"): it exists, so it is a body
    (ANNOTATION rule 2), however often other clauses build such halls as works."""
    out = []
    for m in _renovated_institution().finditer(ctx.text):
        a = _renovated_name_start(ctx, m.start(), m.end())
        if a is not None and not ctx.taken(a, m.end(), (ORG,)):
            out.append(ctx.mention(ORG, a, m.end(), source="renovated_institution"))
    return out


def _renovated_name_start(ctx: SentenceContext, head: int, b: int) -> int | None:
    """Where the name of the institution whose kind is text[head:b] starts: at the place found before
    the kind, at most PROJECT_LIMITS.institution_part_qualifier characters away ("长春市|规划|展览馆"),
    else at the works found over it, so close ("良渚博物院改造提升": the place unfound); None for none."""
    text = ctx.text
    near = LIMITS.institution_part_qualifier
    starts = [p.local_start for p in ctx.found if p.type == PLACE and 0 <= head - p.local_end <= near
              and all(CJK.match(c) for c in text[p.local_end:head])]
    starts += [p.local_start for p in ctx.found if p.type == PROJECT and 2 <= head - p.local_start <= near
               and p.local_end >= b and all(CJK.match(c) for c in text[p.local_start:head])]
    return min(starts, default=None)


@functools.lru_cache(maxsize=1)
def _research_facility_head() -> re.Pattern[str]:
    """A head of a research facility or data store (project_research_facility_heads.txt)."""
    return re.compile(alternation_pattern(lexicons.longest_first(lexicons.words("project_research_facility_heads.txt"))))


@component("research_facilities_built", reads=(PLACE, ORG, PROJECT), assigns=(PROJECT,), after=("institutions_built_anew",),
           needs=tuple(lexicons.words("project_research_facility_heads.txt")))
def extract_research_facilities_built(ctx: SentenceContext) -> list[Mention]:
    """A research facility or data store named by a few words and its head (project_research_facility_heads.txt)
    that the clause builds ("加快建设广西海洋实验室、甘蔗生物育种实验室", "推进材料综合研究设施、原子级制造试验设施
    建设", "推进杭州语料库建设"): a works, named from the list mark, the joint or the verb before it
    (`_research_name_start`), past scope words that open it ("建设全省文化遗产资源数据库" → 文化遗产资源数据库).
    Not a name of category words only ("全国重点实验室", "省实验室": generic_projects.txt,
    project_research_class_words.txt), one counted ("筹建一批省实验室"), one of a body that builds other
    works, nor one inside a works found; a works found inside its name gives way to it
    ("陆海通道工程全寿命安全实验室")."""
    text = ctx.text
    generic = lexicons.word_set("generic_projects.txt") | lexicons.word_set("project_research_class_words.txt")
    out = []
    for m in _research_facility_head().finditer(text):
        b = m.end()
        if b < len(text) and CJK.match(text[b]) and not token_ends_at(ctx, b):
            continue  # the head inside a longer word
        a = _research_name_start(ctx, m.start())
        if a is None:
            continue
        a = trim_openers(ctx, a, m.start())
        stem = text[a:m.start()]
        if (len(stem) < 2 or is_generic(stem, generic) or text[:a].endswith(tuple(lexicons.words("project_kind_quantifiers.txt")))
                or _COUNTED.search(stem)):
            continue  # a kind ("省实验室"), a kind counted ("一批省实验室", "甲、乙、丙3个省实验室")
        if ctx.found_at(a, b, ORG):
            continue  # a body found there exists ("支持之江实验室…建设", "推动省产业技术研究院…参与"): one built anew
            # is institutions_built_anew's
        if any(x.type == PROJECT and x.local_start < b and a < x.local_end and not (a <= x.local_start and x.local_end <= m.start())
               for x in ctx.found):
            continue  # a works found over it or across it
        if not built_in_clause(ctx, a, b) or builds_something_else(ctx, a, b):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="research_facility_built"))
    return out


_NAME_MARKS = "、，,；;。：:（）()“”"
# a count in a name: a set of facilities counted, no one
_COUNTED = re.compile(r"\d+[个家所座项]")


def _research_name_start(ctx: SentenceContext, head: int) -> int | None:
    """Where the name of the research facility whose head begins at `head` begins: after the list mark,
    joint (和, 及, 与) or verb that opens the list (a build word or a verb of the plan's frame:
    build_words.txt, project_research_frame_verbs.txt), at most PROJECT_LIMITS.research_facility
    characters away; None where no such boundary is found so near."""
    text = ctx.text
    verbs = lexicons.word_set("build_words.txt") | lexicons.word_set("project_research_frame_verbs.txt")
    for t in reversed([t for t in ctx.tokens if t.end <= head]):
        if head - t.end > LIMITS.research_facility.max_chars:
            return None
        if t.word in _NAME_MARKS or t.word in ("和", "及", "与") or t.pos.startswith("v") and (
                t.word in verbs or t.word.endswith(tuple(lexicons.words("project_research_frame_verbs.txt")))):
            return t.end
    return 0 if head <= LIMITS.research_facility.max_chars else None
