"""Works named after the sum invested in them, or after the organization that builds them: "总投资N亿元的X", "投资N万元的X" — the sum describes
one works, whose name runs from 的 to the clause's next mark or predicate ("投资1500万元的恒泉油脂厂,",
"总投资5.5亿元的牧原集团永济分公司生猪养殖及饲料厂建设项目", "总投资30亿元的启迪科技城落户挂牌").
A name ending in a works head or 项目 is a works wherever it stands; a bare name (a plant called by
its owner's trade: "投资320万元的德源果蔬。") only in a list of such sums in a sentence about projects.
"X投资建设的P", "X投资建设P项目": the works an organization named right before builds ("华润集团投资建设的海上风电项目");
"P由X承建": the works named before its builder; "与X签订P建设协议": the works an agreement is for.
"X三厂", "X第二工厂": a company's numbered or new plant, named after it."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.config import INVESTED_WORKS as LIMITS
from kg.extract.base import LIST_JOINERS, ORG, PLACE, PROJECT, Mention, SentenceContext, project_head_pattern
from kg.extract.projects import is_generic, names_a_kind_of_project
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern, clause_start
from kg.text.names import CJK, CJK_CHARS, phase_pattern

# the sum: "总投资", "计划投资", "投资约", a number and its unit, a bound, then 的
_SUM = re.compile(r"投资(?:约|超|近|达|超过)?\d+(?:\.\d+)?[万亿]?美?元(?:以上|左右|多)?的")
# a counted set opens the name: "9个项目", "十大项目", "“双十大”项目" (not a city: "大连")
_COUNTED_SET = re.compile(r"\d|[“\"]?双?(?:[一二三四五六七八九十两几百千]+[个项批座家]|[三四五六七八九十百千]+大(?![连庆理同]))")
# a further sum of a list of sums that share the first one's 投资 ("投资50亿元的X项目、3.5亿美元的Y项目、
# 1亿元的Z项目"): each describes one more works
_LISTED_SUM = re.compile(r"、(?:约|超|近)?\d+(?:\.\d+)?[万亿]?美?元(?:以上|左右|多)?的")


@functools.lru_cache(maxsize=1)
def _name_end() -> re.Pattern[str]:
    ends = alternation_pattern(lexicons.words("project_invested_name_ends.txt"))
    return re.compile(rf"[^{CJK_CHARS}A-Za-z0-9“”()·-]|{ends}")


@component("project_invested_works", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("projects",), needs=("元的",))
def extract_invested_works(ctx: SentenceContext) -> list[Mention]:
    """The works a sum invested describes ("总投资N亿元的X")."""
    out = []
    sums = list(_SUM.finditer(ctx.text))
    if sums:
        sums += [m for m in _LISTED_SUM.finditer(ctx.text, sums[0].end())]
    for m in sums:
        a, b = _name_after(ctx, m.end(), listed=m.re is _LISTED_SUM)
        if b - a < LIMITS.name_min or b - a > LIMITS.name_max:
            continue
        name = ctx.text[a:b]
        if _COUNTED_SET.match(name) or is_generic(name, lexicons.word_set("generic_projects.txt")):
            continue  # a counted set ("9个项目", "“双十大”项目"), a kind ("重大项目")
        if _ends_in_works(name):
            out.append(ctx.mention(PROJECT, a, b, source="invested"))
        elif len(sums) > 1 and ctx.text[b:b + 1] in "，。；,;" and not ctx.taken(a, b, (ORG, PROJECT)) and "项目" in ctx.text:
            out.append(ctx.mention(PROJECT, a, b, source="invested"))  # one of a list of sums and their works
    return out


@functools.lru_cache(maxsize=1)
def _counted_part_unit() -> re.Pattern[str]:
    """The units of a plant counted or the first of them, closing a name ("…抽水蓄能电站首台机组",
    "…电厂2台百万千瓦机组", "…项目首条生产线": project_part_unit_heads.txt): a milestone of the works named
    before them, which stays the project (as the head rule reads them); a unit named by its number
    ("某某电厂2号机组") is one works and is not matched."""
    heads = alternation_pattern(lexicons.words("project_part_unit_heads.txt"))
    return re.compile(rf"(?:首[台批条]|[\d一二两三四五六七八九十]+[台条批])[{CJK_CHARS}\d.]{{0,8}}?(?:{heads})$")


def _past_counted_units(ctx: SentenceContext, a: int, b: int) -> int:
    """Where the name at text[a:b] ends without its counted units (`_counted_part_unit`), where a works'
    name stands before them; else `b`."""
    units = _counted_part_unit().search(ctx.text, a, b)
    return units.start() if units is not None and _ends_in_works(ctx.text[a:units.start()]) else b


def _name_after(ctx: SentenceContext, a: int, listed: bool = False) -> tuple[int, int]:
    """Where the works' name after 的 at `a` ends: the next mark or predicate; a name holding 项目
    before its end starts after it ("历史上最大单体项目抽水蓄能电站": a description, then the name).
    After a listed sum the label 项目 closes the item ("、1亿元的东特传动减速机项目正抓紧对接")."""
    end = _name_end().search(ctx.text, a)
    b = end.start() if end is not None else len(ctx.text)
    label = ctx.text.find("项目", a, b)
    if listed:
        return a, (label + 2 if label >= 0 else b)
    b = _past_counted_units(ctx, a, b)
    inner = ctx.text.rfind("项目", a, b - 2)
    return (inner + 2 if inner >= 0 else a), b


def _ends_in_works(name: str) -> bool:
    if name.endswith(("项目", "工程")):
        return True
    return any(h.end() == len(name) and h.start() > 0 for h in project_head_pattern().finditer(name))


@functools.lru_cache(maxsize=1)
def _built_by() -> re.Pattern[str]:
    """"X投资建设的", "X、Y等央企投资建设的": the builder's verb (project_built_by_verbs.txt) and 的,
    after the organization (or a list closed by 等 and a word for its kind: 央企, 企业, 公司)."""
    verbs = alternation_pattern(lexicons.words("project_built_by_verbs.txt"))
    # "X与Y合作的P项目", "X与Y合作研制的P项目": a partner's verb that builds only before 的
    of_verbs = alternation_pattern(lexicons.words("project_built_by_verbs_before_of.txt"))
    return re.compile(rf"(?:(?:等|{_FIRM_COUNT})[{CJK_CHARS}]{{0,4}}?)?(?:{_IN_OUR_AREA})?(?:共同|联合)?"
                      rf"(?:(?:{verbs})(?P<of>的)?|(?:{of_verbs})(?P<of_only>的))")


# "A、B、C三家企业投资建设的P": the list's count closes it as 等 does
_FIRM_COUNT = r"[一二两三四五六七八九十几\d]+家"


# "X在我县投资建设P", "X落户我县建设P", "X与我市合作建设P": the report's own area between the builder and its
# verb (no place of its own)
_IN_OUR_AREA = r"(?:在|落户|与)(?:我|本)[省市州盟县区旗镇乡]"
# "X在Y镇建设P": a place found between the builder and its verb, after 在
_AT_PLACE = "在"


def _past_place(ctx: SentenceContext, at: int) -> int:
    """Where the builder's verb may start after an organization ending at `at`: past "在" and the site
    found right after it ("牧原集团在河口镇建设…"), or a site of a few characters that ends as a place's
    name does (genre_place_final_chars.txt: "在高新区建设…", "在工业园投资建设…") right before the builder's
    verb (project_built_by_verbs.txt); past "与" and a place found right after it, the partner the works
    are built with ("某集团与某市合作建设的P"); else `at`."""
    if ctx.text.startswith(_AT_PLACE, at):
        end = _past_sites(ctx, at + len(_AT_PLACE))
        if end is not None:
            return end
        site = _site_before_verb().match(ctx.text, at + len(_AT_PLACE))
        if site is not None:
            return site.end(1)
    elif ctx.text.startswith(_WITH_PLACE, at):
        end = _past_sites(ctx, at + len(_WITH_PLACE), kinds=(PLACE,))
        if end is not None:
            return end
    return at


# "X与某市合作建设的P": a place the builder builds the works with (a partner's preposition before it)
_WITH_PLACE = "与"


def _past_sites(ctx: SentenceContext, at: int, kinds: tuple[str, ...] = (PLACE, PROJECT)) -> int | None:
    """The end of the site found at `at`: the longest place (or zone found as works) starting there, and
    each one written right after it or after 、 — a division then its zone ("在某市某某经济开发区建设的P"),
    a county then its district ("在某市某区投资建设的P"), sites listed ("在甲县、乙县建设的P"); None
    where no site is found at `at`."""
    end = None
    while (site := max((m for m in ctx.found if m.type in kinds and m.local_start == at),
                       key=lambda m: m.local_end, default=None)) is not None:
        end = site.local_end
        at = end + ctx.text.startswith("、", end)
    return end


@functools.lru_cache(maxsize=1)
def _site_before_verb() -> re.Pattern[str]:
    """A site of two to LIMITS.site_chars characters ending in a place's last character, then the builder's verb."""
    finals = "".join(lexicons.words("genre_place_final_chars.txt"))
    verbs = alternation_pattern(lexicons.words("project_built_by_verbs.txt"))
    return re.compile(rf"([{CJK_CHARS}]{{1,{LIMITS.site_chars - 1}}}[{finals}])(?={verbs})")


def _ends_in_built_works(name: str) -> bool:
    """Does a name end in a works head, or in the head of a facility an organization is said to build
    (org_built_works_heads.txt, built_facility_heads.txt), with words of its own before it? A head of
    three characters or more names one facility alone ("X投资建设的加氢站")."""
    if _ends_in_works(name):
        return True
    heads = lexicons.words("org_built_works_heads.txt") + lexicons.words("built_facility_heads.txt")
    return any(name.endswith(h) and (len(name) > len(h) or len(h) >= _WHOLE_NAME_HEAD) for h in heads)


def _names_a_kind(name: str) -> bool:
    """Is `name`, without its label (项目, 工程), a kind of works (generic_projects.txt: "重点项目"), no one works?"""
    return is_generic(name[:-2] if name.endswith(("项目", "工程")) else name, lexicons.word_set("generic_projects.txt"))


# the phase of a works right after its label ("某某养殖项目一期"): part of the name, as a head's phase is
_PHASE_AFTER_LABEL = re.compile(phase_pattern(ordinal=True, digits=False, most=1))
# a head this long is a facility's whole name after its builder ("加氢站", "风电场"); a shorter one is not ("中心")
_WHOLE_NAME_HEAD = 3


# what closes a works named after the builder's verb without 的 or a label ("…建设LNG接收站。")
_CLAUSE_END = "，。；、,;"


@component("project_built_by_org", reads=(ORG, PROJECT, PLACE), assigns=(PROJECT,), after=("project_invested_works",),
           needs_types=(ORG,))
def extract_works_built_by_org(ctx: SentenceContext) -> list[Mention]:
    """The works an organization builds, named after "X投资建设的" ("华润集团投资建设的海上风电项目",
    "中国电建、中国能建等央企投资建设的县域风电项目"): the sentence says who builds that works, so
    it is one (ANNOTATION rule 7) even with a name of common words; the name runs from 的 to the
    clause's next mark or predicate and ends in 项目, 工程, a works head or the head of a facility an
    organization builds (org_built_works_heads.txt, built_facility_heads.txt). Without 的 the name is
    closed by its label or by the clause's end ("引进X投资建设精细化工基地。"); a place may stand between the
    builder and its verb after 在 ("X在Y镇建设P"), or after 与 as the partner ("X与Y市合作建设的P"). Not a
    counted set ("3个项目"), nor a bare kind ("项目")."""
    return _works_after_verbs(ctx, [_past_place(ctx, o.local_end) for o in ctx.found if o.type == ORG], label_only=False)


@component("project_built_at_site", reads=(ORG, PROJECT, PLACE), assigns=(PROJECT,), after=("project_built_by_org",),
           needs=(_AT_PLACE,))
def extract_works_built_at_site(ctx: SentenceContext) -> list[Mention]:
    """The works built at a site found after 在, whoever builds them ("引进某某科技有限公司在某市建设风机装备
    制造项目", "某某控股在某县建设的某某利用项目投产": a builder the rules do not find as a body): the
    builder's verb right after the site (its places one after another or listed, _past_sites), then a name
    closed by its label 项目 — the sentence builds that works at that site. Tested as project_built_by_org's
    names are; not a kind ("在某县建设重点项目")."""
    return _works_after_verbs(ctx, [end for i in _sites_opened(ctx) if (end := _past_sites(ctx, i + len(_AT_PLACE))) is not None],
                              label_only=True)


def _works_after_verbs(ctx: SentenceContext, starts: list[int], label_only: bool) -> list[Mention]:
    """The works named after the builder's verb at each of `starts` (project_built_by_org's test); with
    `label_only`, only a name closed by 项目."""
    out = []
    for at in starts:
        m = _built_by().match(ctx.text, at)
        if m is None:
            continue
        a = m.end()
        of = m.group("of") or m.group("of_only")
        if of is None and ctx.text.startswith(_ASPECT_PARTICLES, a):
            continue  # "X承建了多个重点工程": the verb is the clause's predicate, what follows a count of works
        end = _name_end().search(ctx.text, a)
        closed = end.start() if end is not None else len(ctx.text)
        b = _before_size(ctx.text, a, closed)
        label = re.search(r"项目|工程", ctx.text[a:b])
        if label is not None:
            b = a + label.end()  # "县域风电项目全部并网发电": the name ends with its label
            phase = _PHASE_AFTER_LABEL.match(ctx.text, b)
            b = phase.end() if phase is not None else b  # "…养殖项目一期投产": and its phase as written
        elif of is None and not (closed == len(ctx.text) or ctx.text[closed] in _CLAUSE_END):
            continue  # "X投资建设P" without 的 nor a label: only a name the clause closes is that works
        elif of is None and ctx.text[a:b].endswith(lexicons.words("org_co_built_heads.txt")):
            continue  # "与X大学共建Y研究中心": an institute co-built, read by co_built_institutes (kind stems are none)
        name = ctx.text[a:b]
        if not (LIMITS.name_min <= b - a <= LIMITS.name_max) or _COUNTED_SET.match(name) or not _ends_in_built_works(name):
            continue
        if label is None and is_generic(name, lexicons.word_set("generic_projects.txt")):
            continue
        if of is None and is_generic(name[:-2], lexicons.word_set("generic_projects.txt")):
            continue  # "X投资建设重点项目": a kind, not a works
        if label_only and (label is None or label.group() != _LABEL):
            continue
        if ctx.taken(a, b, (ORG, PROJECT)) or any(x.local_start == a and x.local_end == b for x in out):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="built_by"))
    return out


# the label that closes a works named after a site's verb alone ("在某县建设某某项目")
_LABEL = "项目"


def _sites_opened(ctx: SentenceContext) -> list[int]:
    """Where "在" opens a site found right after it (a place, or a zone found as works)."""
    starts = {m.local_start for m in ctx.found if m.type in (PLACE, PROJECT)}
    return sorted(i - 1 for i in starts if i > 0 and ctx.text[i - 1] == _AT_PLACE)


def _before_size(text: str, a: int, b: int) -> int:
    """Where the works' name ends when its size closes the clause after it ("与X合作建设某某种植基地5万亩":
    the figure and its unit, genre_size_units.txt, measure the works and are no part of its name); else `b`."""
    size = _TRAILING_SIZE().search(text, a, b)
    return size.start() if size is not None and size.start() > a else b


@functools.lru_cache(maxsize=1)
def _TRAILING_SIZE() -> re.Pattern[str]:
    return re.compile(rf"\d+(?:\.\d+)?[万千百]?(?:{lexicons.alternation('genre_size_units.txt')})$")


# aspect particles after a verb: it is the clause's predicate ("承建了…"), no builder's verb before a name
_ASPECT_PARTICLES = ("了", "过")
# "由A、B联合体承建", "由A和B共同承建": more builders after the first, then a word for their consortium
_CONSORTIUM = re.compile(r"(?:联合体|等(?:企业|单位|公司))?")
# what closes the clause before a works' name (the name opens its clause: "其中,P项目总投资…")
_CLAUSE_MARKS = "，。；：,;:！？!?\n"
# what opens the works' name before 由: the clause's start or a mark, or 的 ("新建的体育中心由X运营")
_BEFORE_WORKS = _CLAUSE_MARKS + "的"


def _builders_end(ctx: SentenceContext, o: Mention) -> int:
    """Where a list of builders that opens with `o` ends ("中铁十局、中铁四局联合体"): past each organization
    joined to the one before by a mark of LIST_JOINERS, and a word for their consortium."""
    end = o.local_end
    while end < len(ctx.text) and ctx.text[end] in LIST_JOINERS:
        nxt = next((m for m in ctx.found if m.type == ORG and m.local_start == end + 1), None)
        if nxt is None:
            break
        end = nxt.local_end
    return _CONSORTIUM.match(ctx.text, end).end()


@component("project_built_by_org_after", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("project_built_by_org",),
           needs=("由",), needs_types=(ORG,))
def extract_works_before_builder(ctx: SentenceContext) -> list[Mention]:
    """The works named before "由X承建", "由X负责运营", "由X集团投资建设" ("滨江大桥由某局承建", "垃圾焚烧发电厂由
    某环境负责运营管理"): the clause says who builds or runs that works, so it is one (ANNOTATION rule 7)
    even with a name of common words; the name runs from the clause's start (or 的) to 由 and ends in a
    works head or the head of a facility an organization builds (org_built_works_heads.txt). The verb is
    one of project_built_by_verbs.txt, after the builder or a list of builders. Not an anaphora ("该项目由"),
    a counted set, nor a bare kind ("项目由")."""
    out = []
    text = ctx.text
    leads = lexicons.word_set("project_anaphora_leads.txt")
    for o in (m for m in ctx.found if m.type == ORG):
        at = o.local_start - 1
        if at < 1 or text[at] != "由":
            continue
        if _built_by().match(text, _builders_end(ctx, o)) is None:
            continue
        a = clause_start(text, at, _BEFORE_WORKS)
        name = text[a:at]
        if not (LIMITS.name_min <= at - a <= LIMITS.name_max) or _COUNTED_SET.match(name) \
                or name.startswith(tuple(leads)) or not _ends_in_built_works(name):
            continue
        if _names_a_kind(name):
            continue
        if any(x.local_start < a < x.local_end or x.local_start < at < x.local_end for x in ctx.found) \
                or ctx.taken(a, at, (ORG, PROJECT)):
            continue
        out.append(ctx.mention(PROJECT, a, at, source="built_by_after"))
    return out


@functools.lru_cache(maxsize=1)
def _signed_for() -> re.Pattern[str]:
    """"签订P建设协议", "签署P合作框架协议": the works an agreement is signed for, between the verb and the
    agreement's kind (genre_agreement_kinds.txt)."""
    kinds = alternation_pattern(lexicons.words("genre_agreement_kinds.txt"))
    return re.compile(rf"(?:签订|签署)(?P<works>[{CJK_CHARS}A-Za-z0-9]{{2,24}}?)(?:{kinds})协议")


@component("project_signed_for", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("project_built_by_org_after",),
           needs=("协议",), needs_types=(ORG,))
def extract_works_signed_for(ctx: SentenceContext) -> list[Mention]:
    """The works an organization signs an agreement for ("与某集团签订轨道交通装备产业园合作框架协议", "与某电
    签署风光储一体化项目投资协议"): the clause names the party and that works, so it is one (ANNOTATION rule
    7) even with a name of common words; the name runs from 签订/签署 to the agreement's kind and ends in a
    works head, the head of a facility an organization builds (org_built_works_heads.txt) or 项目. An
    organization is named before the verb in the clause; not a counted set nor a bare kind ("重点项目")."""
    out = []
    for m in _signed_for().finditer(ctx.text):
        a, b = m.span("works")
        opened = clause_start(ctx.text, m.start(), _CLAUSE_MARKS)
        if not any(o.type == ORG and opened <= o.local_start and o.local_end <= m.start() for o in ctx.found):
            continue
        name = m.group("works")
        if _COUNTED_SET.match(name) or not _ends_in_built_works(name) \
                or _names_a_kind(name):
            continue
        if ctx.taken(a, b, (ORG, PROJECT)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="signed_for"))
    return out


# "P项目总投资N亿元": the works' sum right after its name, the name opening its clause
_SUM_AFTER_NAME = re.compile(r"项目(?:计划)?总投资(?:约|超|近|达|超过)?\d")
# a count anywhere in the name makes it a counted set ("全区47个重点产业项目", "此次10个重点项目")
_COUNT_INSIDE = re.compile(r"\d+[余多]?[个项批家]|[一二三四五六七八九十两几百千]+[个项批]")


@component("project_named_before_sum", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("project_signed_for",),
           needs=("项目总投资", "项目计划总投资"))
def extract_works_named_before_sum(ctx: SentenceContext) -> list[Mention]:
    """The works whose clause opens with its name and goes on with its sum ("其中,某省农科院某市
    食品研究院项目总投资13亿元", "某企公司“60·80”项目总投资42亿元,…", "某汽车全新车型技改项目总投资
    约50亿元"): the name runs from the clause's start to 项目 right before 总投资. Not an anaphora
    ("该项目总投资…", project_anaphora_leads.txt), a counted set ("此次10个重点项目"), a kind ("重点
    项目"), nor a name holding a predicate of project_invested_name_ends.txt ("引进…资源在津落地项目":
    a clause, not a name). A name is a noun phrase: no 的 ("由某局承建的体育中心项目"), no clause verb
    opening it ("引进…项目"), no kind by the head rule's test ("招商引资项目", "年度续建项目"); an
    anaphora's lead is a word ("该项目"), not a name's first character ("全椒…", "本溪…"); a count is a
    figure and a count word ("47个"), not a name's figure ("5G…"). Where a works was found inside the
    clause head already, that one stands."""
    out = []
    text = ctx.text
    leads = lexicons.word_set("project_anaphora_leads.txt")
    for m in _SUM_AFTER_NAME.finditer(text):
        b = m.start() + 2
        a = clause_start(text, m.start(), _CLAUSE_MARKS)
        name = text[a:b]
        # a stem of a few characters at least before 项目 ("引进项目总投资4亿元,增长…": a measure)
        if not (LIMITS.before_sum_stem_min + 2 <= b - a <= LIMITS.name_max) or not name[0].isalnum():
            continue
        if (_COUNTED_SET.match(name) and not name[0].isdigit()) or _COUNT_INSIDE.search(name) \
                or _name_end().search(name) is not None \
                or is_generic(name[:-2], lexicons.word_set("generic_projects.txt")):
            continue
        # not across a name found already that starts before the clause or ends inside 项目, nor over a works found inside
        if any(x.local_start < a < x.local_end or x.local_start < b < x.local_end
               or x.type == PROJECT and a <= x.local_start and x.local_end <= b for x in ctx.found):
            continue
        if not _names_one_works(ctx, a, b, leads):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="named_before_sum"))
    return out


def _names_one_works(ctx: SentenceContext, a: int, b: int, leads: frozenset[str]) -> bool:
    """Is text[a:b] (ending in 项目) a works' name, a noun phrase: not opened by an anaphora's word
    (project_anaphora_leads.txt: "该项目", "上述项目") nor a word it opens ("其中", "此次", "各类"); a place is
    a word of its own, so "全椒…", "本溪…" open names; nor by a
    clause verb (triggers.txt, project_openers.txt: "引进…项目"), no 的 in it ("位于高新区的…项目": a clause
    before the name), and no kind by the head rule's test ("招商引资项目", "新入库项目", "民间投资项目"),
    nor kind words and the works on plants of org_works_after_company.txt ("工业技改项目")."""
    first = next((t for t in ctx.tokens if t.start >= a), None)
    if first is None or first.start >= b or "的" in ctx.text[a:b]:
        return False
    if first.word.startswith(tuple(leads)) and not (first.word not in leads and (first.pos.startswith("ns") or any(
            m.type in (PLACE, ORG) and m.local_start == a for m in ctx.found))):
        return False  # the lead or a word it opens ("其中", "此次", "各类", "全年", "本地"), not a place ("全椒", "本溪")
    if first.pos.startswith("v") and (first.word in lexicons.word_set("triggers.txt")
                                      or first.word in lexicons.word_set("project_openers.txt")):
        return False
    return not names_a_kind_of_project(ctx, a, b)


# after a company: an ordinal (第二, 三) or 新, then a plant's head (project_company_plant_heads.txt)
@functools.lru_cache(maxsize=1)
def plant_after_company() -> re.Pattern[str]:
    heads = alternation_pattern(lexicons.words("project_company_plant_heads.txt"))
    return re.compile(rf"(?:第?[一二三四五六七八九十]{{1,2}}|新)(?:{heads})")


@component("project_company_plants", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("project_named_before_sum",),
           needs=("厂",), needs_types=(ORG,))
def extract_company_plants(ctx: SentenceContext) -> list[Mention]:
    """A company's numbered or new plant, right after its name ("东风本田三厂建成投产", "某某第二工厂
    开工"): a works the company builds, named after it (ANNOTATION rule 8), where the plant's name
    ends on a word's end or a mark; not one found already."""
    out = []
    text = ctx.text
    for o in (m for m in ctx.found if m.type == ORG):
        m = plant_after_company().match(text, o.local_end)
        if m is None or not (m.end() == len(text) or m.end() in ctx.token_end_set or not CJK.match(text[m.end()])):
            continue
        if not ctx.taken(o.local_start, m.end(), (PROJECT,)):
            out.append(ctx.mention(PROJECT, o.local_start, m.end(), source="company_plant"))
    return out
