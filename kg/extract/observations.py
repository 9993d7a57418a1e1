"""Observation rules: each stated value with its indicator, measure, direction, bound, period
and status, read around the quantities found by pattern."""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace
from typing import Container, Iterator, NamedTuple

from kg import lexicons
from kg.config import OBSERVATION_LIMITS
from kg.text.document import five_year_plan_end, opening_plan_spans, opening_plan_spans_before, opens_plan_span, says_target_met, target_met_words
from kg.text.quantities import Quantity, count_opens_clause, find_quantities, money_marks, quantity_words
from kg.text.segment import guessed_word_across, tokens
from kg.extract.city_areas import counted_areas_end
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern, clause_start, words_closing, words_opening
from kg.text.names import CJK, CJK_CHARS, CN_NUMERALS
from kg.model import RELATION_CLAUSE_MARKS, Document, OwnArea, Section, Sentence
from kg.extract.base import (
    OBSERVATION,
    ORG,
    PLACE,
    LIST_JOINERS,
    PROJECT,
    Mention,
    SentenceContext,
    clean_name,
    is_boundary,
    tokenizer_tags,
    triggers,
)

# ---------------------------------------------------------------- indicators and observations

# a doubled dash opens a bulleted line ("――地区生产总值2112亿元", its line break lost): a break too
# bullets, caption marks and a headline's bar ("•新增铁路里程120公里", "报告丨地区生产总值增长6%")
# end a clause as punctuation does: a name never runs across one
_CLAUSE_BREAK = re.compile(r"[,;:,;:。!?、()•●■◆▲★►▶※丨|]|[—―]{2}")


def _comparison_bases() -> str:
    """The bases a change is measured from that a word names (obs_comparison_bases.txt), as a pattern."""
    return alternation_pattern(lexicons.words("obs_comparison_bases.txt"))


def _base() -> str:
    """A base named by a word (quoted or not) or a year, with 末/底 ("上年末", "“十三五”末", "2015年底"),
    or the whole span a plan period names ("比“十三五”时期", "较“十三五”末期"), as a pattern (`_comparison`,
    `_more_or_less`)."""
    return rf"(?:[“\"]?(?:{_comparison_bases()})[”\"]?(?:[末底]|末期|时期|期间)?|\d{{4}}年[末底]?)"


# the figure of the base year a budget is set against: "比去年预算增加4000亿元" (the State Council
# 2013), "比上年预算数", "比上年执行数" (budget reports)
_BUDGET_FIGURES = "预算数|预算|执行数"


@functools.lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    """"比上年", "较2015年", "比年初", "较“十二五”末": the basis a change is measured from, right
    before its verb, no part of the indicator's name; the value continues the indicator just named
    ("完成投资860亿元,较“十二五”增长57%"). The bases named by a word: obs_comparison_bases.txt."""
    return re.compile(rf"(?:比|较|与|同)(?:{_base()}|[{CJK_CHARS}]{{1,3}}前)(?:同期|相比|{_BUDGET_FIGURES})?$")


@functools.lru_cache(maxsize=1)
def _multiple_base() -> re.Pattern[str]:
    """"是“十二五”时期的1.7倍", "是上年的1.3倍", "为2015年的85%", "是上年同期的98%": the base a value is
    a multiple or a share of (obs_comparison_bases.txt, a plan period with 时期/期间, or a year), all the words before
    the value: no name of its own; the value continues the indicator just named, as the growth after
    it does ("…投资5.2万亿元,是“十一五”时期的2.6倍,年均增长18%"). Not a list's ("分别是…的1.4倍和1.6倍")."""
    return re.compile(rf"(?:是|为)(?:{_base()})(?:时期|期间|同期)?的")


@functools.lru_cache(maxsize=1)
def _more_or_less() -> re.Pattern[str]:
    """"城镇新增就业预期目标比去年多100万人": more or fewer than a base (obs_comparison_bases.txt) or a
    year before is a change, not a level."""
    return re.compile(rf"(?:比|较)(?:{_base()})(?:同期)?(多|少)$")


# "电价每度下降0.34元": the quantity per unit a value is stated in (元/度), no part of the name
_PER_UNIT = re.compile(r"每([度吨人户亩台辆件])$")


@functools.lru_cache(maxsize=1)
def _inner_verb() -> re.Pattern[str]:
    """"烟厂实现产值43.9亿元", "黄骅港完成吞吐量2.7亿吨": a verb inside the phrase between who and
    what is measured (完成投资 is a measure), with the modal before it ("园区可实现产值")."""
    done = alternation_pattern(lexicons.words("obs_done_measures.txt"))
    return re.compile(rf"(?<=[{CJK_CHARS}]{{2}})可?(?:实现|完成(?!{done}))(?=[{CJK_CHARS}]{{2}})")


def _work_done_at_site(p: str) -> str:
    """"某某自然保护区完成湿地修复1.2万亩", "某某港区完成泊位建设3个", "某某治理工程完成河道整治18公里":
    where the words before a value name no measure (no head word), the site, works or body before
    an inner 完成 says where or by whom the work after it was done; the work is what is measured
    (湿地修复); a work that is a verb alone ("某某城中村改造完成拆迁43万平方米") names nothing without
    what it was done to, so there only 完成 goes (城中村改造拆迁). Not before a measure 完成 forms a
    name with (obs_done_measures.txt: 完成投资), nor where what comes before 完成 only says when or
    how (全年, 累计, 全面, 已: no site)."""
    at = p.find("完成")
    site, work = p[:at], p[at + 2:]
    if (at < 2 or _has_head(p) or len(work) < 2 or work.startswith(_done_measures()) or work.endswith("项目")
            or site.endswith(_work_done_adverbs())):
        return p  # "某区完成城市提升项目12个": projects counted are the site's, as its 完成投资 is
    if len(_strip_lead(site)) < 2 or _lead_time().fullmatch(site):
        return p
    words = list(tokenizer_tags().cut(work))
    return site + work if len(words) == 1 and words[0].flag == "v" else work


@functools.lru_cache(maxsize=1)
def _done_measures() -> tuple[str, ...]:
    return tuple(lexicons.words("obs_done_measures.txt"))


@functools.lru_cache(maxsize=1)
def _work_done_adverbs() -> tuple[str, ...]:
    """Words before 完成 that say when, how or with what aim it is done, not where: adverbs of the
    genre, opening leads (力争, 预计) and modals (obs_done_modals.txt)."""
    files = ("obs_trailing_adverbs.txt", "obs_manner_adverbs.txt", "genre_predicate_adverbs.txt",
             "obs_opening_leads.txt", "obs_done_modals.txt")
    return tuple(w for f in files for w in lexicons.words(f))


# a name that only says "the total" continues the indicator just named ("新增10项、总数达到33项")
_TOTALS = ("总数", "总量", "总计", "累计")


@functools.lru_cache(maxsize=1)
def _measure_roles() -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for row in lexicons.rows("measure_words.txt"):
        roles.setdefault(row[0], set()).add(row[1])
    return roles


@functools.lru_cache(maxsize=None)
def _words_with_role(*wanted: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, r in _measure_roles().items() if r & set(wanted)), key=len, reverse=True))


# what a section's mode makes of its values; other sections state none
_STATUS = {"review": "actual", "plan": "target"}
# what joins a count to the value before it ("…建议668件和省政协提案914件")
_COUNT_JOINS = "和及"
# what joins values that share one phrase ("分别增长8.8%和10%", "906户1559人")
_VALUE_JOINS = ("和", "、", "及", "与", "")


@dataclass
class _Run:
    """What the values read so far in a sentence leave for the ones after them."""

    prev_end: int = 0  # where the last group of values ended
    seen_names: list[str] = field(default_factory=list)  # every indicator named so far, in order
    last_after: tuple[str, str] | None = None  # the verb and the noun after the last count
    last_names: list[str] = field(default_factory=list)  # the names of the last run of values listed with 、


@dataclass(frozen=True)
class _Phrase:
    """A group of values and the words before them, from the clause's start."""

    group: list[Quantity]  # the values that share the words
    start: int  # where the words start (sentence-local)
    text: str  # the words, a "from X" starting point left out
    after: str  # the noun right after the last value ("88个深度脱贫攻坚项目" → 深度脱贫攻坚项目), or ""
    respectively: bool = False  # 分别 before the values or right after them ("达到3万元和1万元,分别增长…")


class _How(NamedTuple):
    """How a group's values measure their indicators."""

    measure: str
    direction: str | None
    period: int | None
    status: str
    continues: bool


@component("observations", reads=(PLACE, ORG, PROJECT), assigns=(OBSERVATION,))
def extract_observations(ctx: SentenceContext) -> list[Mention]:
    """Stated values: indicator, value, unit, measure, direction, bound, period, status."""
    if not ctx.quantities:
        return []  # every observation is one of the sentence's quantities (~3 sentences in 4 hold none)
    section = ctx.doc.section(ctx.sentence.section)
    year, mode = _timing(ctx, section)
    mode, status, period = _part_timing(ctx, section, year, mode)
    status, period = _turned_part(ctx, section, year, (status, period))
    if (status is None or period is None) and not _cue_dated(ctx, section) and not _cue_within(ctx, section):
        return []  # a value whose year nothing tells (an excerpt with no year anywhere) is left out
    text = ctx.text
    qs = [q for q in ctx.quantities if not q.modifier and not _is_rank(text, q) and not _is_capacity(ctx, q)
          and not _is_threshold(text, q) and not _is_duration(text, q) and not _is_framed_set(text, q)
          and not _is_one_of(text, q) and not _is_per_base(text, q)]
    # the size of a reference set states no value, but the name after it starts there
    sets = [q.end for q, nxt in zip(qs, qs[1:] + [None]) if _is_reference_set(text, q, nxt)]
    qs = [q for q in qs if q.end not in sets]
    run = _Run()
    out = []
    own = _own_year(ctx) if section.mode == "other" else None
    # a running cue (a heading printed inside the line, "今年力争") outweighs the cue words before it
    cues = _running_cues(ctx.doc.source.text, ctx.doc.year)[0] if own else ()
    at = ctx.span(0, 0).start  # where the sentence starts in the report's text
    if own:
        floor = max((c.end for c in cues if c.end <= at + ctx.quantities[0].start), default=0)
        status, period = _paragraph_timing(ctx, own, floor, (status, period))
    for group in _value_groups(text, qs):
        # no heading decides: the sentence's own words before the value do, unless a running cue
        # of this sentence comes before it ("2021年我市将…,全年预计完成投资约646亿元": a plan)
        status, period = _group_timing(ctx, group, run.prev_end, own, cues, (status, period))
        set_end = max((e for e in sets if run.prev_end <= e <= group[0].start), default=run.prev_end)
        start = _clause_start(text, group[0].start, set_end, len(group))
        # "办理省人大代表议案建议668件和省政协提案914件": a conjunction right after the value before
        # joins the next count to it, no part of its name
        start += start > 0 and start == run.prev_end and text[start:start + 1] in _COUNT_JOINS
        words = _without_value_note(text[start:group[0].start])
        start_point = _START_POINT.search(words)
        # a starting point that writes its year ("由2013年的620亿元") dates itself, cue or none
        written_start = bool(own and start_point and start_point.group("year") and len(group) <= 2)
        if (status is None or period is None) and not written_start:
            run.prev_end = group[-1].end
            continue  # before any running cue, a value no cue word of its own dates
        if start_point and len(group) <= 2:
            out += _start_point_values(ctx, group, words, start_point, run)
        else:
            respectively = "分别" in words or text.startswith(("分别", ",分别"), group[-1].end)
            group = _bound_shared(text, group)
            phrase = _Phrase(group, start, _without_start_point(words), _indicator_after(text, group[-1].end),
                             respectively)
            out += _stated_values(ctx, phrase, *_aimed_timing(ctx, group[0].start, period, status), run)
        run.prev_end = group[-1].end
    # an investment before a name is dated by the cue of its own clause where it has one ("去年开工总投资
    # 30亿元的青山水库项目,今年…": the year before's); in a sentence no part dates (let through by
    # _cue_dated), by the cue before it; else by the sentence's timing
    undated = own is not None and (status is None or period is None)
    dated = (lambda q: _investment_timing(ctx.sentence, q.start, own, (status, period), undated)) if own else None
    return _names_settled(ctx.text, _name_beneficiaries_by_work(ctx, out)) + _investments_before_names(ctx, period, status, dated)


def _part_timing(ctx: SentenceContext, section: Section, year: int | None, mode: str
                 ) -> tuple[str, str | None, int | None]:
    """The mode, status and period a sentence's values take from its part and its own opening: a
    part turned to the span ahead it names, a sentence opening with a span or year ahead, a plan part
    of a five-year plan (its last year), else the part's year."""
    ahead = _part_span_ahead(ctx, section, mode)
    mode = "plan" if ahead or _span_ahead(ctx, mode) else mode
    period = ahead or _opening_period(ctx, mode) or _plan_period(_span_heading(ctx, section), mode, year) or year
    return mode, _STATUS.get(mode), period


def _names_settled(text: str, out: list[Mention]) -> list[Mention]:
    """The names of whole counts, without what opens them and names nothing (a verb of a designation
    obtained, the verbs of law-making before a kind of law)."""
    return _laws_by_kind(_without_done_verbs(text, _growths_named(text, out)))


def _growths_named(text: str, out: list[Mention]) -> list[Mention]:
    """"经济增长预期目标为7%左右", "经济增长预期7%左右": a change of a subject that is no measure by itself
    (obs_growth_subjects.tsv: 经济) whose growth the report writes as the noun of a goal (增长预期, 增长目标)
    is named by that growth (经济增长), also after a verb of policy action that opens it ("中央提出今年
    经济增长…", cut later by _without_done_verbs); where 增长 is the verb ("经济增长5%左右") the name is
    the subject's. Returns `out`."""
    named = lexicons.mapping("obs_growth_subjects.tsv")
    verbs = lexicons.word_set("obs_policy_verbs.txt")
    for m in out:
        name = m.attrs["indicator"]
        subject = next((w for w in named if name.endswith(w) and (name == w or name[: -len(w)] in verbs)), "")
        at = text.rfind(subject, 0, m.local_start) if subject else -1
        goal = tuple(named.get(subject, "")[len(subject):] + w for w in _GOAL_NOUNS)
        if at >= 0 and m.attrs.get("measure") == "change" and text.startswith(goal, at + len(subject)):
            m.attrs["indicator"] = name[: -len(subject)] + named[subject]
            m.attrs.pop("indicator_written", None)
    return out


# the noun of a goal set for a growth ("增长预期目标", "增长预期"): the growth is no verb there; "经济增长目标
# 确定为6%左右" keeps 经济 (tests/test_observations_session_counts.py)
_GOAL_NOUNS = ("预期",)


def _laws_by_kind(out: list[Mention]) -> list[Mention]:
    """"提请省人大常委会审议省级地方性法规46件" → 省级地方性法规, "立改废政府规章18项" → 政府规章,
    "地方性法规提请人大审议" → 地方性法规: a count of local legislation is named by the kind of law
    (obs_law_kinds.tsv kind), without the verbs of law-making and the body before or after it. Returns `out`."""
    roles = lexicons.roles("obs_law_kinds.tsv")
    kinds, verbs = roles["kind"], roles["verb"]
    for m in out:
        name = m.attrs["indicator"]
        kind = next((k for k in kinds if name.startswith(k) and name[len(k):].startswith(verbs)), "")
        cut = max((name.rfind(v) + len(v) for v in verbs if v in name), default=0) if name.endswith(kinds) else 0
        law = kind or name[cut:].lstrip("、")
        if law != name and len(law) >= 2 and law.endswith(kinds):
            m.attrs["indicator"] = law
            m.attrs.pop("indicator_written", None)
    return out


# the scope of a verb of policy action (obs_policy_verbs.txt): before any name but a works verb
_POLICY = "policy"


def _without_done_verbs(text: str, out: list[Mention]) -> list[Mention]:
    """"建成国家级绿色工厂136家" → 国家级绿色工厂, "入选国家领航级智能工厂" → 国家领航级智能工厂: a verb of
    a designation obtained that opens a count's name (obs_designation_verbs.tsv) is no part of it, once
    the name is whole (the verb still carries over to the items listed after it). A stage of works
    ("建成投产", obs_stage_verbs.txt) stays. So does a verb of policy action (obs_policy_verbs.txt:
    "启动城中村改造" → 城中村改造, "打通断头路" → 断头路) before anything but a verb of works or a stage
    ("启动建设…" stays), a purpose ("中央财政安排用于“三农”的资金" stays, obs_purpose_openers.txt) and a
    bare two-character word ("推动项目"). The items listed after a count whose verb is cut, which
    carried that verb without its being written before them, lose it too (_carried_cut). Returns `out`."""
    scopes, opening = _done_verb_scopes()
    kept = lexicons.words("obs_stage_verbs.txt")
    cut: tuple[int, str, int] | None = None  # the sentence, verb and place of the last count whose verb was cut
    for m in out:
        name = m.attrs["indicator"]
        if cut and _carried_cut(text, m, cut):
            _cut_verb(m, cut[1])
            continue
        # the longest verb opening the name (two that open it with one length are one word)
        verb = max((v for v in words_opening(opening, name) if name.startswith(v)), key=len, default="")
        rest = name[len(verb):]
        stays = any(name.startswith(k) and len(k) > len(verb) for k in words_opening(kept, name))
        stays = stays or scopes.get(verb) == _POLICY and rest.startswith(
            (*kept, *lexicons.words("obs_counted_work_verbs.txt"), *lexicons.words("obs_purpose_openers.txt")))
        if verb and len(rest) >= 2 + (scopes[verb] == _POLICY) and not stays and (scopes[verb] in ("any", _POLICY) or _names_designation(rest)):
            _cut_verb(m, verb)
            cut = (m.sentence, verb, m.start)
    return out


def _cut_verb(m: Mention, verb: str) -> None:
    m.attrs["indicator"] = m.attrs["indicator"][len(verb):]
    written = m.attrs.get("indicator_written", "")
    if written.startswith(verb):
        m.attrs["indicator_written"] = written[len(verb):]


def _carried_cut(text: str, m: Mention, cut: tuple[int, str, int]) -> bool:
    """"建成美丽河湖30条、幸福河湖69条": a later item of the sentence whose name opens with the verb cut
    from the count before it, though the text never writes that verb before the item (the list carried
    it over), is named without the verb, as the first count is: where the gold drops the first item's
    verb it drops the carried one too (59 of 59 later items, tests/real)."""
    sentence, verb, start = cut
    name = m.attrs["indicator"]
    return (m.sentence == sentence and m.start > start and name.startswith(verb) and len(name) >= len(verb) + 2
            and name not in text[max(0, start - _CARRIED_REACH):m.start])


# how far before the first count a carried name is looked for, written whole (its name and verb)
_CARRIED_REACH = 40


@functools.lru_cache(maxsize=1)
def _done_verb_scopes() -> tuple[dict[str, str], tuple[str, ...]]:
    """The verbs `_without_done_verbs` cuts, each with its scope (a designation verb's own, else
    `_POLICY`), and the verbs themselves, for `words_opening`: made once, not for every sentence."""
    scopes = {**dict.fromkeys(lexicons.words("obs_policy_verbs.txt"), _POLICY), **lexicons.mapping("obs_designation_verbs.tsv")}
    return scopes, tuple(scopes)


def _names_designation(name: str) -> bool:
    """"国家级区域医疗中心", "乡村振兴示范村": a name that opens with a level or a title (obs_designation_openers.txt)
    or holds 示范 names a designation."""
    return name.startswith(lexicons.words("obs_designation_openers.txt")) or "示范" in name


def _name_beneficiaries_by_work(ctx: SentenceContext, out: list[Mention]) -> list[Mention]:
    """"完成老旧小区改造42个、惠及居民1.1万户": a clause that opens with a verb of reaching people
    (`obs_beneficiary_verbs.txt`) right after a work counts that work's beneficiaries: 老旧小区改造惠及居民,
    not 惠及居民 (nor 居民 where the count comes first, "惠及1.6万户居民"). The work is one counted in
    things done (`obs_work_counters.txt`) that a verb of works names (`_work_of_beneficiaries`), or a
    clause with no value that names a policy carried out or works completed (`_work_clause`). Returns `out`."""
    text = ctx.text
    verbs = lexicons.words("obs_beneficiary_verbs.txt")
    counters = lexicons.word_set("obs_work_counters.txt")
    for i, m in enumerate(out):
        name = m.attrs["indicator"]
        start = max(text.rfind(mark, 0, m.local_start) for mark in _CLAUSE_MARKS_OF_WORK) + 1
        words = text[start:m.local_start]
        verb = next((v for v in verbs if words.startswith(v)), "")
        if not verb or start == 0 or text[start - 1] not in _CLAUSE_MARKS_OF_WORK[:2] or "indicator_written" in m.attrs:
            continue
        people = words[len(verb):] if name == words else name if words[len(verb):] in _BENEFICIARY_BOUNDS else ""
        if not people or people.startswith(verb):
            continue
        before_start = max(text.rfind(mark, 0, start - 1) for mark in _CLAUSE_MARKS_OF_WORK) + 1
        before = [b for b in out[:i] if b.local_start >= before_start]
        if before:  # the work's value is in the clause right before this one
            counted = before[-1].attrs["unit"].removeprefix("万") in counters
            work = _work_of_beneficiaries(before[-1].attrs["indicator"]) if counted else ""
            # "完成某某街道老旧小区改造32个": the place the work was done in is no part of the work
            place = next((p.text for p in ctx.found if p.type == PLACE and before_start <= p.local_start < start
                          and work.startswith(p.text)), "")
            work = work[len(place):] if len(work) - len(place) >= 4 else work
        else:
            work = _work_clause(ctx, before_start, start - 1)
        if work:
            m.attrs["indicator"] = work + verb + people
    return out


_BENEFICIARY_BOUNDS = ("", "超", "近", "约", "逾")  # between the verb and a count written before the people


def _work_clause(ctx: SentenceContext, a: int, b: int) -> str:
    """The work a clause with no value names (`obs_beneficiary_works.tsv`): "实施某某免费教育政策" →
    某某免费教育, "某县某某供水工程全面完成" → 某某供水工程 (a place found opening it left out); "" for any
    other clause."""
    clause = ctx.text[a:b]
    opener = next((w for w in lexicons.words_of_kind("obs_beneficiary_works.tsv", "opener") if clause.startswith(w)), "")
    if opener:
        final = next((w for w in lexicons.words_of_kind("obs_beneficiary_works.tsv", "final") if clause.endswith(w)), "")
        work = clause[len(opener): len(clause) - len(final)]
        return work if len(work) >= 4 and not any(c.isdigit() for c in work) else ""
    verb = next((v for v in _verbs_of_done_works() if clause.endswith(v)), "")
    work = clause[: len(clause) - len(verb)].removesuffix("全面") if verb else ""
    if not work.endswith(tuple(lexicons.words_of_kind("obs_beneficiary_works.tsv", "works"))):
        return ""
    work = work[ctx.end_of_found_opening(a, (PLACE,)) - a:]
    return work if len(work) >= 4 and not any(c.isdigit() for c in work) else ""


_CLAUSE_MARKS_OF_WORK = (",", "、", ";", ":", "。")


@functools.lru_cache(maxsize=1)
def _verbs_of_done_works() -> tuple[str, ...]:
    """The verbs of completion and of a works' stage, longest first ("全面完成", "开工", "建成投用")."""
    return lexicons.longest_first({*lexicons.words("genre_completion_openers.txt"), *lexicons.words("obs_stage_verbs.txt")})


def _work_of_beneficiaries(name: str) -> str:
    """A counted work's name as the work done ("开工改造老旧小区" → 老旧小区改造, "城镇老旧小区改造"
    as it is): its opening verb of completion or stage left out, the verb of works
    (`obs_works_action_heads.txt`) after what it works on; "" where no verb of works heads it."""
    name = name[len(next((o for o in _verbs_of_done_works() if name.startswith(o)), "")):]
    heads = lexicons.words("obs_works_action_heads.txt")
    head = next((h for h in heads if name.startswith(h) and len(name) > len(h) + 1), "")
    name = name[len(head):] + head if head else name
    return name if name.endswith(heads) else ""


def _turned_part(ctx: SentenceContext, section: Section, year: int | None, so_far: tuple[str | None, int | None]
                 ) -> tuple[str | None, int | None]:
    """The timing of a sentence in a review or plan part whose own words speak of the other side
    of the report (obs_part_turning_cues.tsv): the goals closing a review with no heading of their
    own ("今年经济社会发展的主要预期目标是:…", and the sentences after it in the paragraph) are the
    report's own year's targets; the figures a plan part recalls ("去年,全市…", "2017年,全市…" under
    "二、2018年工作安排") are actuals of the year before (or the year written). `year` is the part's."""
    own = ctx.doc.year
    # a sentence an opening period has already turned ("力争到2025年,…" in a review) keeps that timing
    if section.mode not in _STATUS or not own or year is None or so_far[0] != _STATUS[section.mode]:
        return so_far
    first = ctx.quantities[0].start
    turned = _turning_cue(ctx.sentence, first, "opening")
    before = _cue_sentence_before(ctx.doc)[ctx.sentence.index] if turned is None else None
    if turned is None and before is not None and not _last_cue(ctx.sentence, 0, first, _turning_cues()):
        turned = _turning_cue(before, len(before.text), "paragraph")
    turned = turned or _opening_year_turn(ctx.sentence, section.mode, year)
    if turned is None or turned[0] == section.mode:
        return so_far
    mode, at_year = turned
    # a review of the report's own year (given at its end) speaks of it as 今年, and a goal dated
    # before the report's year ("2018年的主要预期目标是…" in its review) is the reviewed year's: no turn
    if mode == "plan" and (year >= own or (at_year and at_year < own)):
        return so_far
    if mode == "plan":
        return "target", at_year if at_year and at_year >= own else own
    return "actual", at_year if at_year and at_year < year else year - 1


@functools.lru_cache(maxsize=1)
def _turning_cues() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in lexicons.rows("obs_part_turning_cues.tsv")}


def _turning_cue(sentence: Sentence, end: int, reach: str) -> tuple[str, int | None] | None:
    """The side and written year of a cue word before `end` that turns a part
    (obs_part_turning_cues.tsv): the last "paragraph" cue, anywhere; else (when `reach` allows it) an
    "opening" cue that opens the sentence, with no cue of the other side after it in the sentence
    ("去年增长7%,今年力争增长8%" speaks of both years): elsewhere 去年 is a comparison or a base
    ("与去年相比", "在去年基础上") and 今年 a review's aside ("为今年发展奠定了基础"). A year written
    before the cue in its clause ("2021年经济社会发展主要预期目标是") is the year it speaks of."""
    text, kinds = sentence.text, _turning_cues()
    # turning words only, past a bare 预计 ("初步统计,全市地区生产总值预计完成4725亿元")
    found = list(_cues(sentence, 0, end, kinds))
    paragraph = [c for c in found if kinds[c.group()][1] == "paragraph"]
    cue = paragraph[-1] if paragraph else (found[0] if found and reach == "opening" else None)
    if cue is None:
        return None
    mode = kinds[cue.group()][0]
    if not paragraph:
        sides = lexicons.mapping("obs_clause_cues.tsv")
        if text[: cue.start()].strip() or any(sides[c.group()] != mode for c in _cues(sentence, cue.end(), len(text))):
            return None
    start, _ = sentence.clause_at(cue.start(), RELATION_CLAUSE_MARKS)
    years = [int(m.group(1)) for m in _CLAUSE_YEAR.finditer(text, start, cue.start())]
    return mode, (years[-1] if years else None)


# "2017年,全市地区生产总值增长6.6%" opening a sentence of a plan part of a later year: a recalled actual
_OPENING_YEAR_TURN = re.compile(r"\s*((?:19|20)\d{2})\s*年,")


def _opening_year_turn(sentence: Sentence, mode: str, year: int) -> tuple[str, int] | None:
    """A plan part's sentence opened by an earlier year, with no plan cue word in it ("2017年,…增长
    6.6%,今年力争…" speaks of both years)."""
    m = _OPENING_YEAR_TURN.match(sentence.text) if mode == "plan" else None
    if m is None or int(m.group(1)) >= year:
        return None
    sides = lexicons.mapping("obs_clause_cues.tsv")
    return None if any(sides[c.group()] == "plan" for c in _cues(sentence, 0, len(sentence.text))) else (
        "review", int(m.group(1)))


def _bound_shared(text: str, group: list[Quantity]) -> list[Quantity]:
    """"两个园区营业收入分别突破300亿元和100亿元": a bound word written once after 分别, before
    the first of the values listed, bounds each of them (the others have no bound word of their
    own: "分别达到20%和45%以上" bounds the last only, as written)."""
    if len(group) < 2 or group[0].bound is None or any(q.bound for q in group[1:]):
        return group
    before = text[:group[0].start]
    role = "min_before" if group[0].bound == "min" else "max_before"
    if not any(before.endswith("分别" + w) for w in quantity_words(role)):
        return group
    # a value with a word of its own after it ("100亿元左右": about, no bound) keeps what it says
    approx = quantity_words("approx_after")
    return [group[0]] + [q if text[:q.end].endswith(approx) else replace(q, bound=group[0].bound)
                         for q in group[1:]]


def _group_timing(ctx: SentenceContext, group: list[Quantity], prev_end: int, own: int | None,
                  cues: tuple, so_far: tuple[str | None, int | None]) -> tuple[str | None, int | None]:
    """The status and period of a group of values in a part no heading dates: the year of a from-to
    pair's end point written right before it ("…到2018年达到了950亿元"), else the last running cue of
    the sentence before it, else the clause's own cue words (`_clause_timing`); `so_far` otherwise."""
    at = ctx.span(0, 0).start
    inside = [c for c in cues if at < c.end <= at + group[0].start]
    # the end point's written year dates its value under a heading too ("科技进步贡献率由2016年的53.1%
    # 提升到2020年的60.4%" in a review of five years heard late in 2021: 2020, not the span's 2021)
    base = own or ctx.doc.year
    end_year = _end_point_year(ctx.text, prev_end, group[0].start) if base else None
    if end_year:
        return ("actual" if end_year < base else "target"), end_year
    if inside:
        return _STATUS.get(inside[-1].mode, so_far[0]), inside[-1].year or so_far[1]
    if own:
        return _clause_timing(ctx.sentence, (prev_end, group[0].start), own, so_far)
    return so_far


def _investment_timing(sentence: Sentence, at: int, own: int, so_far: tuple[str | None, int | None],
                       undated: bool) -> tuple[str | None, int | None]:
    """The status and period of an investment written before a name at `at`: its own clause's cue
    word's where one stands before it, else the cue before it in a sentence no part dates, else the
    sentence's (`so_far`)."""
    start, _ = sentence.clause_at(at, RELATION_CLAUSE_MARKS)
    if _last_cue(sentence, start, at) is not None or undated:
        return _clause_timing(sentence, (0, at), own, so_far)
    return so_far


# a goal aimed at ("围绕2028年产能达到30万辆目标", 围绕 a lead word of measure_words.txt), in the
# value's own clause
_AIMED_YEAR = re.compile(r"围绕\s*((?:19|20)\d{2})\s*年(?![\d月底末])")


# a clause's closing marks (compiled once: tested at each of the ~1,300 values of a pass over the samples and Hailar)
_CLAUSE_MARK = re.compile(r"[,;。:]")


def _aimed_timing(ctx: SentenceContext, at: int, period: int | None, status: str | None
                  ) -> tuple[int | None, str | None]:
    """The period and status of the value at `at`: a goal aimed at in its own clause, of the
    report's own year or later, makes it a target of that year ("2026年,围绕2028年整车产能达到
    50万辆目标": 2028, ANNOTATION 9: a value about a later year takes that year); the clauses after
    keep the sentence's timing ("…,实施项目24个"). Else `period` and `status` as they were."""
    clause = _CLAUSE_MARK.split(ctx.text[:at])[-1]
    m = _AIMED_YEAR.search(clause)
    # only a value inside the goal (between 围绕 and its 目标): one after it ("围绕2027年建成…目标完成
    # 投资300亿元") is done toward the goal in the clause's own time
    year = int(m.group(1)) if m and "目标" not in clause[m.end():] else None
    if m is None and ctx.doc.year:
        year = _later_year_written(clause, ctx.doc.year)
    if year and ctx.doc.year and year >= ctx.doc.year:
        return year, "target"
    return _years_ahead(ctx.text[:at], ctx.doc.year, period, status)


# a span of years ahead that a target of the report's own year is set for, written before it in its
# sentence: "今后五年国家财政新增义务教育经费累计将达2182亿元", "争取用三年时间,解决750万户…",
# "三年安排450亿元支持…" (a clause that opens with the span and a verb of spending)
_YEARS_AHEAD = re.compile(r"(?:今后|未来)(?P<ahead>[两三四五])年|用(?P<use>[两三四五])年(?:左右)?(?:的)?时间"
                          r"|(?:^|(?<=[,;:]))(?P<spend>[两三四五])年(?:内)?(?:安排|投入)")


def _years_ahead(before: str, own: int | None, period: int | None, status: str | None
                 ) -> tuple[int | None, str | None]:
    """A target of the report's own year whose sentence, before it, sets it for a span of years
    ahead (`_YEARS_AHEAD`) is about the span's last year (ANNOTATION 9: 今后五年 in a report of 2006
    → 2010); other values keep `period` and `status`."""
    if status != "target" or not own or period != own:
        return period, status
    spans = list(_YEARS_AHEAD.finditer(before))
    if not spans:
        return period, status
    n = "两三四五".index(spans[-1].group("ahead") or spans[-1].group("use") or spans[-1].group("spend")) + 2
    return own + n - 1, status


# a year written in a value's clause before it ("力争到2026年粮食产量达到50万吨", "计划2025年完成投资…",
# "产量预计2027年达到…"), not one compared with or started from ("比2025年", "从2025年起", "是2020年的")
_WRITTEN_YEAR = re.compile(r"(?<![比较于从由是])((?:19|20)\d{2})\s*年(?:底|末)?(?![\d月以初])")


def _later_year_written(clause: str, own: int) -> int | None:
    """The last year after the report's own written in `clause` (the words of a value's clause before
    it): the value is about that year (ANNOTATION 9), a target whatever the part's mode; not a goal's
    year whose 目标 comes before the value ("完成2027年目标任务的80%": done in the part's own year)."""
    years = [m for m in _WRITTEN_YEAR.finditer(clause) if int(m.group(1)) > own]
    if not years or "目标" in clause[years[-1].end():]:
        return None
    return int(years[-1].group(1))


# "由2013年的620亿元到2018年达到950亿元", "从2015年的…增加到2020年的…": the end of a from-to pair
# that writes its own year, right before its value
_END_POINT_YEAR = re.compile(r"[到至]\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:的|时)?(?:达到了?|达|为|突破)?$")


def _end_point_year(text: str, a: int, b: int) -> int | None:
    """The year the end of a from-to pair writes right before its value, in text[a:b] after a
    value of the same sentence (the start point's): in a copy no heading dates, the end value and
    the rates after it are of that year, not of the year the sentences before spoke of."""
    m = _END_POINT_YEAR.search(text, a, b) if a else None
    return int(m.group(1)) if m else None


def _cue_within(ctx: SentenceContext, section: Section) -> bool:
    """Whether a sentence whose first value no cue dates, in an excerpt whose own year its running
    text tells, dates some of its values itself: a running cue that writes its year before a later
    value ("…从1990年的4200万元提高…,2019年完成投资580亿元"), or a from-to pair that writes its years
    ("生产总值由2013年的620亿元到2018年达到了950亿元,年均增长7.5%"). The values after the cue or the
    end point are dated by it, a starting point by its own year; the others stay left out."""
    if section.mode != "other" or _own_year(ctx) is None:
        return False
    at = ctx.span(0, 0).start
    first, last = at + ctx.quantities[0].start, at + ctx.quantities[-1].start
    cues = _running_cues(ctx.doc.source.text, ctx.doc.year)[0]
    if any(c.year is not None and first < c.end <= last for c in cues):
        return True
    text, qs = ctx.text, ctx.quantities
    return any(_WRITTEN_START.search(text, max(0, q.start - 12), q.start) for q in qs) or any(
        _end_point_year(text, p.end, q.start) for p, q in zip(qs, qs[1:]))


# "由2013年的", "从1990年的": a starting point that writes its year, right before its value
_WRITTEN_START = re.compile(r"[由从]\s*(?:19|20)\d{2}\s*年(?:底|末)?的?$")


def _cue_dated(ctx: SentenceContext, section: Section) -> bool:
    """Whether a sentence that no part dates (the opening of a press copy, before its first running
    cue) holds a clause cue word before its first value, in an excerpt whose own year its running
    text tells ("…省长作政府工作报告时指出,预计某省2022年生产总值增长4.5%左右" over "2023年某省…
    主要预期目标是…"): the cue dates the values after it, as it would after a running cue."""
    if section.mode != "other" or _own_year(ctx) is None:
        return False
    cue = _clause_cue().search(ctx.text, 0, ctx.quantities[0].start)
    return cue is not None and not _spelled_inside(ctx.text, cue.start(), cue.end())


@functools.lru_cache(maxsize=1)
def _clause_cue() -> re.Pattern[str]:
    """A word of obs_clause_cues.tsv (not 今年 before the months so far, obs_so_far_periods.txt or
    _SO_FAR_MONTHS: "今年以来", "今年上半年", "今年1—7月"; not 比去年/较去年: a comparison, no date)."""
    words = lexicons.words("obs_clause_cues.tsv")  # longest first
    so_far = "|".join(map(re.escape, lexicons.words("obs_so_far_periods.txt")))
    return re.compile(rf"(?<![比较同])(?:{'|'.join(map(re.escape, words))})(?!以来)"
                      rf"(?!(?<=今年)(?:{so_far}|{_SO_FAR_MONTHS}))")


@functools.lru_cache(maxsize=1)
def _so_far() -> re.Pattern[str]:
    """今年 and the months so far after it ("今年上半年", "今年1月至7月"); not 今年以来, which
    has long been no cue and left the values after it the timing they had (a page's
    "今年以来,…新开工的重大项目达37个" of the year it was written)."""
    so_far = "|".join(map(re.escape, (w for w in lexicons.words("obs_so_far_periods.txt") if w != "以来")))
    return re.compile(rf"今年(?:{so_far}|{_SO_FAR_MONTHS})")


# "今年1—7月", "今年1月至7月", "今年1-7月份", "今年前7个月", "今年前两个月": months so far, with figures;
# a range is so far only from the year's start (not "今年6月至9月,…计划完成投资120亿元": a plan's months)
_SO_FAR_MONTHS = (rf"(?:0?1|一)\s*月?\s*[—\-~至到]\s*(?:\d{{1,2}}|[{CN_NUMERALS}]{{1,2}})\s*月"
                  rf"|前\s*(?:\d{{1,2}}|[{CN_NUMERALS}两]{{1,2}})\s*个?月")


# a year written in the words before a value, not one compared with ("比2020年", "是2005年的3倍")
_CLAUSE_YEAR = re.compile(r"(?<![比较于从由到至是])((?:19|20)\d{2})\s*年(?![\d月底末以初])")


def _own_year(ctx: SentenceContext) -> int | None:
    """The report's own year; of a copy that does not write it (a press write-up), the latest
    year its running text plans, else the year after the latest it reviews."""
    if ctx.doc.year:
        return ctx.doc.year
    cues, _ = _running_cues(ctx.doc.source.text, None)
    planned = [c.year for c in cues if c.mode == "plan" and c.year]
    reviewed = [c.year for c in cues if c.mode == "review" and c.year]
    return max(planned) if planned else (max(reviewed) + 1 if reviewed else None)


def _paragraph_timing(ctx: SentenceContext, own: int, floor: int, so_far: tuple[str, int | None]
                      ) -> tuple[str, int | None]:
    """The timing the last cue word of the sentences before, in the same paragraph and after the
    last running cue (`floor`), gives ("今年主要预期目标是:…。经济结构…,先进制造业增加值占制造业比重
    达到66%左右"). A cue word that is itself that running cue, or stands before it, gives nothing new:
    "今后五年,…;力争…;居民人均可支配收入年均增长8%" stays a goal of the five years' last year, not
    one of the report's own year that the bare 力争 would give."""
    before = _cue_sentence_before(ctx.doc)[ctx.sentence.index]
    if before is None or before.end <= floor:
        return so_far
    cue = _last_cue(before, 0, len(before.text))
    if cue is not None and before.start + cue.end() <= floor:
        return so_far
    return _clause_timing(before, (0, len(before.text)), own, so_far)


# the document last read and, for each of its sentences, the last sentence before it in its
# paragraph that holds a clause cue word: one pass a report, not a walk back a paragraph a sentence
_CUE_SENTENCES: list = [None, ()]


def _cue_sentence_before(doc: Document) -> tuple[Sentence | None, ...]:
    read, before = _CUE_SENTENCES
    if read is not doc:
        last, paragraph, out = None, None, []
        for sent in doc.sentences:
            if sent.paragraph != paragraph:
                last, paragraph = None, sent.paragraph
            out.append(last)
            if _clause_cue().search(sent.text):
                last = sent
        before = tuple(out)
        _CUE_SENTENCES[:] = [doc, before]
    return before


def _clause_timing(sentence: Sentence, span: tuple[int, int], own: int, so_far: tuple[str, int | None]
                   ) -> tuple[str, int | None]:
    """The status and period of the values after text[a:b] in a part no heading dates: the last
    cue word of obs_clause_cues.tsv there decides ("今年主要预期目标是:" → the report's own year's
    targets; "预计全年地区生产总值…" → the year before's values), with the year written in those
    words when it fits the mode; with no cue word, the status and period the values had so far."""
    text, (a, b) = sentence.text, span
    cue = _last_cue(sentence, a, b)
    # "今年一季度,…计划8.6亿元": the months so far after the last cue date no whole year, and
    # the year the values before had is not theirs either: left out
    if _so_far().search(text, cue.end() if cue else a, b) is not None:
        return so_far[0], None
    if cue is None:
        return _clause_year_ahead(sentence, span, own) or so_far
    mode = lexicons.mapping("obs_clause_cues.tsv")[cue.group()]
    # a year written in the cue's own clause ("2022年某市全市生产总值预计增长", "预计2022年某市…")
    start, end = sentence.clause_at(cue.start(), RELATION_CLAUSE_MARKS)
    years = [int(m.group(1)) for m in _CLAUSE_YEAR.finditer(text, max(a, start), min(end, b))]
    if mode == "review":
        return "actual", next((y for y in reversed(years) if y < own), own - 1)
    return "target", next((y for y in reversed(years) if y >= own), own)


def _last_cue(sentence: Sentence, a: int, b: int, among: Container[str] | None = None) -> re.Match[str] | None:
    """The last cue word of obs_clause_cues.tsv in text[a:b] that dates the values after it (not one
    spelled inside a name, not a target a review says was met), of the words `among` if given."""
    cue = None
    for cue in _cues(sentence, a, b, among):
        pass
    return cue


def _cues(sentence: Sentence, a: int, b: int, among: Container[str] | None = None) -> Iterator[re.Match[str]]:
    """The cue words of obs_clause_cues.tsv in text[a:b] that date the values after them, in order."""
    text = sentence.text
    for found in _clause_cue().finditer(text, a, b):
        if among is not None and found.group() not in among:
            continue
        if not _spelled_inside(text, found.start(), found.end()) and not _target_met(sentence, found):
            yield found


def _target_met(sentence: Sentence, cue: re.Match[str]) -> bool:
    """Whether a 预期目标 cue is the reviewed year's target its own clause says was met, missed or
    compared with ("实现预期目标", "高于预期目标", "低于13%左右的预期目标"): no plan cue."""
    if cue.group() not in target_met_words()[0]:
        return False
    start, _ = sentence.clause_at(cue.start(), RELATION_CLAUSE_MARKS)
    return says_target_met(sentence.text[start:cue.start()])


def _clause_year_ahead(sentence: Sentence, span: tuple[int, int], own: int) -> tuple[str, int] | None:
    """With no cue word, a year of the report's own or later written in the value's own clause
    before it ("各县将2024年生产总值增速定在7%左右" in a piece on the sessions of 2024) makes the value
    a target of that year, unless it names the report or its sessions (_NAMES_A_REPORT); a year
    before is left to what dated the values so far."""
    a, b = span
    if b <= a:
        return None
    start, _ = sentence.clause_at(b - 1, RELATION_CLAUSE_MARKS)
    years = [int(m.group(1)) for m in _CLAUSE_YEAR.finditer(sentence.text, max(a, start), b)
             if not _NAMES_A_REPORT.search(sentence.text, m.end(), b)]
    return ("target", years[-1]) if years and years[-1] >= own else None


# "2023年青川市政府工作报告…生产总值增长6.2%": a year that names the report or its sessions dates no value
_NAMES_A_REPORT = re.compile(lexicons.alternation("text_report_names.txt"))


# "下降(同口径)19.59%", "增长(按可比价计算)6.1%": a note on how the value is counted, right before
# it, is no part of the words that name and measure it
_NOTE_BEFORE_VALUE = re.compile(r"[(（]([^()（）、]{1,12})[)）]$")


# "比上年同期(下同)增长5.3%", "同比(下同)增长", "同比增长(以下简称增长)6%": a note that a basis or
# a word holds for the figures after it, wherever it stands, is no part of the name either
_SAME_BELOW_NOTE = re.compile(r"[(（](?:[^()（）]{0,8}下同|以下简称[^()（）]{1,6})[)）]")


@functools.lru_cache(maxsize=1)
def _per_base() -> re.Pattern[str]:
    """"小麦最低收购价每50公斤提高5到7元", "最低收购价平均每50公斤": the quantity a price or a rate is
    reckoned per (no value of its own: _is_per_base), no part of the name."""
    return re.compile(rf"(?:平均)?每\d+(?:\.\d+)?(?:{alternation_pattern(lexicons.words('units.txt'))})")


def _without_value_note(words: str) -> str:
    """The words before a value without a bracketed note of how it is counted (`obs_value_notes.txt`)
    or the quantity the value is reckoned per (`_per_base`)."""
    words = _per_base().sub("", _SAME_BELOW_NOTE.sub("", words))
    m = _NOTE_BEFORE_VALUE.search(words)
    if m is None or not any(w in m.group(1) for w in lexicons.words("obs_value_notes.txt")):
        return words
    return words[: m.start()]


_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})(?!\d)")


def _timing(ctx: SentenceContext, section: Section) -> tuple[int | None, str]:
    """The year a sentence's values are about and its part's mode. A heading that writes its year
    without 年 ("2024工作回顾") still gives it; text before any part heading (an excerpt, a report
    printed without line breaks) takes the mode of the last review or plan cue in the running text
    before the value ("2018年工作回顾2018年,…", "重点做好9个方面工作:")."""
    if section.mode != "other":
        m = _HEADING_YEAR.search(section.heading) if section.year is None else None
        year = int(m.group(1)) if m else section.year
        if section.mode == "review" and ctx.doc.year and year == ctx.doc.year - 1:
            year = _opening_year(ctx, section) or year
        if section.mode == "review" and year:
            year = _reviewed_span_end(ctx, section, year) or year
        return year, section.mode
    first = ctx.quantities[0].start if ctx.quantities else 0
    at = ctx.span(first, first).start
    cues, mode = _running_cues(ctx.doc.source.text, ctx.doc.year)
    year = {"review": ctx.doc.year - 1, "plan": ctx.doc.year}.get(mode) if ctx.doc.year else None
    for cue in cues:
        if cue.end > at:
            break
        year, mode = cue.year, cue.mode
    return year, mode


# a part heading that reviews the five years beside a year ("一、过去五年发展成就和2021年上半年工作回顾",
# in a report given in the middle of 2021)
_FIVE_YEARS_REVIEWED = re.compile(r"五年|十[一二三四五六七八九]五")
# words that turn a review of the five years back to the heading's own year ("今年以来", "上半年")
_OWN_YEAR_TURNS = ("今年", "上半年")


def _reviewed_span_end(ctx: SentenceContext, section: Section, year: int) -> int | None:
    """The last year of a five-year plan whose span opens a paragraph of a review part that reviews
    the five years and a later year ("“十三五”时期是…的五年。…全县地区生产总值年均增长6.8%" under
    "过去五年发展成就和2021年上半年工作回顾"): the values after it are about the span, its last year
    (ANNOTATION 9), until the text writes the heading's year or turns to this year again."""
    part = ctx.doc.section(section.parent) if section.parent else section
    if not _FIVE_YEARS_REVIEWED.search(part.heading):
        return None
    first = ctx.quantities[0].start if ctx.quantities else 0
    cut = ctx.span(first, first).start
    spans = [(at, end) for at, end in opening_plan_spans_before(ctx.doc.source.text, part.start, cut) if end < year]
    if not spans:
        return None
    at, end = spans[-1]
    after = ctx.doc.source.text[part.start + at:cut]
    return None if str(year) in after or any(w in after for w in _OWN_YEAR_TURNS) else end


def _excerpt_mode(text: str) -> str:
    """"签约省外项目519个,总投资2166.5亿元…": text that no cue dates is a review when it has as
    many words of the past as of the plan (同比, 建成 against 力争, 加快), else a plan."""
    counts = {"review": 0, "plan": 0}
    for word, mode in lexicons.rows("obs_excerpt_marks.tsv"):
        counts[mode] += text.count(word)
    return "review" if counts["review"] >= counts["plan"] else "plan"


# "2019年,是我县…的一年": the year a review part's first sentence opens with
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*年(?:,|是)")


def _opening_year(ctx: SentenceContext, section: Section) -> int | None:
    """A review whose first sentence opens with the report's own year ("2019年,是…" under a title
    "2019年梨树县政府工作报告" given at the turn of the year) reviews that year, not the one before."""
    part = ctx.doc.section(section.parent) if section.parent else section
    line_end = ctx.doc.source.text.find("\n", part.start)
    m = _OPENING_YEAR.match(ctx.doc.source.text, line_end + 1) if line_end >= 0 else None
    return int(m.group(1)) if m and int(m.group(1)) == ctx.doc.year else None


class _Cue(NamedTuple):
    end: int  # where the cue ends in the report's text
    year: int | None
    mode: str


@functools.lru_cache(maxsize=4)
def _running_cues(text: str, own: int | None) -> tuple[tuple[_Cue, ...], str]:
    """The review and plan cues of a report's running text, in order, each with the year it speaks
    of: as written before it; else the year of the cue before it of the same mode; else from the
    report's own year or the part before (a plan follows its review year). A plan dated no later
    than the review before it is that review's goal ("完成2018年目标任务"), no cue. And the mode
    before any cue: of an excerpt that opens inside a part, the one its words tell (once a report)."""
    modes = {row[0]: row[1] for row in lexicons.rows("obs_part_cues.tsv")}
    ahead = _ahead_cues()
    found = list(_part_cue().finditer(text))
    spans = [(at, end) for at, end in opening_plan_spans(text) if own and end < own]
    planned = max((int(_cue_written(m)) for m in found
                   if _cue_written(m) and modes[m.group("cue") or m.group("hcue") or m.group("future")] == "plan"),
                  default=None)
    out: list[_Cue] = []
    reviewed = None
    for m in found:
        while spans and spans[0][0] <= m.start():
            # "“十三五”期间,某区…" in a report given after the plan: a review of its last year
            at, end = spans.pop(0)
            reviewed = end
            out.append(_Cue(at, end, "review"))
        if m.group("oyear") or m.group("wyear"):
            year = int(m.group("oyear") or m.group("wyear"))
            mode = _opened_year_mode(text, m.end(), year, own or planned, reviewed)
            reviewed = year if mode == "review" else reviewed
            out.append(_Cue(m.end(), year, mode))
            continue
        word = m.group("cue") or m.group("hcue") or m.group("alone") or m.group("future")
        mode = modes[word]
        if m.group("alone") and word not in ahead and _overshadowed(text, m, out, mode):
            continue
        if word in ahead:
            start = own or planned
            out.append(_Cue(m.end(), start + ahead[word] if start else None, mode))
            continue  # "今后五年的重点目标": goals for the last year of the five from the report's own
        written = int(_cue_written(m)) if _cue_written(m) else None
        if mode == "plan" and written and reviewed and written <= reviewed:
            continue
        last = out[-1] if out else None
        year = written or (last.year if last and last.mode == mode else None) or _cue_year(mode, own, reviewed)
        reviewed = year if mode == "review" else reviewed
        out.append(_Cue(m.end(), year, mode))
    out += [_Cue(at, end, "review") for at, end in spans]
    opening = _excerpt_mode(text[: out[0].end if out else None]) if own else "other"
    return tuple(out), opening


# the end of a sentence between two cues: a cue after it opens a new reading
_SENTENCE_BREAK = re.compile(r"[。!?！？\n]")


def _overshadowed(text: str, m: re.Match[str], before: list[_Cue], mode: str) -> bool:
    """An undated cue word that is no cue: one a longer word only spells (着力争当, 重点做好了:
    `obs_cue_nonwords.txt`), or one of the other mode after a cue in its own sentence. The first cue
    of a sentence dates it, and a bare word of the other mode later in it is part of what it
    reviews or plans ("2024年,我省…着力做好“十个统筹”,…全年地区生产总值增长4.8%": 2024's actuals,
    not targets); only a new sentence or a year written with the cue changes the reading."""
    if _spelled_inside(text, m.start(), m.end()):
        return True
    last = before[-1] if before else None
    return bool(last and last.mode != mode and last.end <= m.start()
                and not _SENTENCE_BREAK.search(text, last.end, m.start()))


def _spelled_inside(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], a cue word, is part of a longer word of `obs_cue_nonwords.txt`."""
    for word in lexicons.words("obs_cue_nonwords.txt"):
        at = text.find(word, max(0, a - len(word) + 1), b + len(word) - 1)
        if 0 <= at < b and at + len(word) > a:
            return True
    return False


def _cue_written(m: re.Match[str]) -> str | None:
    """The year written with a dated cue, if any."""
    return m.group("hyear") or m.group("year") or m.group("fyear")


def _opened_year_mode(text: str, at: int, year: int, planned: int | None, reviewed: int | None) -> str:
    """A year that opens its clause ("2016年,江苏地区生产总值7.6万亿元", "初步统计,2012年全省…") or
    speaks of a whole year ("五莲县2012年全年实现…") dates what follows: a review of a year before
    the report's own (or the latest planned) year, else its plan; with neither known, a plan of a
    year after the one reviewed before it, the review again of that same year ("2016年,新疆大力实施
    惠民工程" after "2016年新疆预计…"), else what the sentence's words tell."""
    if planned:
        return "review" if year < planned else "plan"
    if reviewed and year >= reviewed:
        return "plan" if year > reviewed else "review"
    end = text.find("。", at)
    return _excerpt_mode(text[at:end if end >= 0 else len(text)])


def _cue_year(mode: str, own: int | None, reviewed: int | None) -> int | None:
    if mode == "review":
        return own - 1 if own else None
    return own or (reviewed + 1 if reviewed else None)


@functools.lru_cache(maxsize=1)
def _part_cue() -> re.Pattern[str]:
    """A dated cue with the year written at most a few words before it, a cue that stands alone,
    or a future word right after the year or 今年 that opens its clause ("2020年,河南将…",
    "今年河南将…": a news copy of a report's plan). The year and its cue share a line: a title's year
    ("某省2025年政府工作报告" above "过去一年,预计…") is the report's own, and the cue on the next
    line dates nothing by it."""
    rows = sorted(lexicons.rows("obs_part_cues.tsv"), key=lambda r: len(r[0]), reverse=True)
    dated = "|".join(re.escape(r[0]) for r in rows if r[2] != "future")
    alone = "|".join(re.escape(r[0]) for r in rows if r[2] in ("alone", "ahead"))
    future = "|".join(re.escape(r[0]) for r in rows if r[2] == "future")
    near = OBSERVATION_LIMITS.part_cue_year_window
    whole = OBSERVATION_LIMITS.whole_year_window
    title = OBSERVATION_LIMITS.title_year_window
    heading = OBSERVATION_LIMITS.heading_cue_year_window
    # a numbered part heading that runs on into its paragraph, the line break lost
    return re.compile(rf"^[一二三四五六七八九十]{{1,2}}[、.]\s*(?P<hyear>(?:19|20)\d{{2}})\s*年[^,。;:!?,;:\d]{{0,{heading}}}?(?P<hcue>{dated})"
                      rf"|(?P<year>(?:19|20)\d{{2}})\s*年[^,。;:!?,;:\d\n]{{0,{near}}}?(?P<cue>{dated})|(?P<alone>{alone})"
                      rf"|(?:(?P<fyear>(?:19|20)\d{{2}})\s*年|今年),?[^,。;:!?,;:\d\n]{{0,{near}}}?(?P<future>{future})"
                      rf"|(?:(?:^|(?<=[。\n,;:,;:了]))\s*(?P<oyear>(?:19|20)\d{{2}})\s*年(?![\d月底末初前后以起至到的—\-~]|[^,。;:!?,;:]{{0,{title}}}?(?:政府工作报告|人民代表大会))"
                      rf"|(?P<wyear>(?:19|20)\d{{2}})\s*年(?=[^,。;:!?,;:\d]{{0,{whole}}}?全年))", re.M)


# "总投资30亿元的启迪科技城", "投资4亿元的福临堡综合管廊": the investment of the thing named after 的
_INVESTMENT_BEFORE = re.compile(r"(总投资|投资)[超近约逾达]?$")
# "总投资超45亿元的西北钛镍等22个产业化项目": named examples and a count of the kind invested in
_EXAMPLES_COUNTED = re.compile(rf"[^,;。:]{{0,{OBSERVATION_LIMITS.noun_after_chars}}}?等\d+[个项家户所座]")


def _investments_before_names(ctx: SentenceContext, period: int | None, status: str | None,
                              dated=None) -> list[Mention]:
    """An investment written as a modifier of a name is that thing's investment (ANNOTATION's
    "总投资30亿元的启迪科技城" → 启迪科技城总投资); the name is the project named right after 的,
    else the kind counted after its named examples, else the noun after 的. `dated(q)`, in a part no
    heading dates, gives a value's (status, period) from its own clause's cue or the cue before it
    (_investment_timing); an investment nothing dates is left out, as every other value."""
    out = []
    invested = None
    for i, q in enumerate(ctx.quantities):
        listed = _listed_after_investment(ctx, i, invested)
        invested = listed or (_INVESTMENT_BEFORE.search(ctx.text[: q.start]) if q.modifier and q.unit.endswith("元") else None)
        thing = _invested_thing(ctx, q.end + 1) if invested and q.modifier else ""
        q_status, q_period = dated(q) if dated and thing else (status, period)
        if q_status is None or q_period is None:
            continue
        if thing and not _not_an_indicator(thing):
            out.append(ctx.mention(OBSERVATION, q.start, q.end, indicator=thing + invested.group(1), value=q.value,
                                   unit=q.unit, measure="level", direction=None, bound=q.bound, period=q_period,
                                   status=q_status, continues=False))
    return out


def _listed_after_investment(ctx: SentenceContext, i: int, invested: re.Match | None) -> re.Match | None:
    """"投资3500万元的A、3800万元的B": a sum in 元 listed right after an investment written before its
    thing (a 、 before it, no other value or clause between) shares that sum's measure word (B投资),
    as the list without 的 does (_listed_investment); None otherwise."""
    q = ctx.quantities[i]
    if invested is None or not q.unit.endswith("元") or ctx.text[q.start - 1:q.start] != "、":
        return None
    between = ctx.text[ctx.quantities[i - 1].end:q.start]
    return invested if not re.search(r"[,;。:\d]", between) else None


def _invested_thing(ctx: SentenceContext, a: int) -> str:
    counted = _EXAMPLES_COUNTED.match(ctx.text, a)
    if counted:  # the examples' count first: the investment is the kind's, even where an example is a project
        return _indicator_after(ctx.text, counted.end(), entered=False)
    project = next((m.text for m in ctx.found if m.type == PROJECT and m.local_start == a), None)
    if project:
        return project
    # (a list item ends at 、: "投资12.4亿元的保障性住房、1.3亿元的…" the next item's sum is its own)
    clause = re.split(r"[,;。、]", ctx.text[a:], maxsplit=1)[0]
    if any(a < q.start < a + len(clause) for q in ctx.quantities):
        return ""  # "投资超5亿元的项目已达4个": a threshold of the kind counted, no one thing's investment
    return _indicator_after(ctx.text, a, entered=False)


# "城乡低保标准分别提高到每人每月520元和每人每年4200元": values joined with the amount per head the
# second is set in share one phrase as well
_PER_HEAD_JOIN = re.compile(r"[和、及与]每[人户]每[年月日天]")


def _value_groups(text: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """Values joined by 和/、 share one phrase ("分别增长8.8%和10%"); values written side by side
    ("906户1559人实现稳定脱贫") share the noun after them."""
    groups: list[list[Quantity]] = []
    for q in qs:
        if groups and (text[groups[-1][-1].end:q.start] in _VALUE_JOINS
                       or _PER_HEAD_JOIN.fullmatch(text, groups[-1][-1].end, q.start)):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _start_point_values(ctx: SentenceContext, group: list[Quantity], phrase: str, start_point: re.Match,
                        run: _Run) -> list[Mention]:
    """"森林覆盖率由2010年的22.5%提高到25.2%": the starting point is a value of its own, actual,
    for the year it refers to (ANNOTATION 9); the value after it continues the indicator named
    before 由/从."""
    subject, _, _ = _indicator_and_measure(phrase[: start_point.start()])
    if not subject and not phrase[: start_point.start()].strip(",，"):
        subject = _subject_of_clause_before(ctx.text, group[0].start - len(phrase), run)
    subject = _share_of(subject, group[0].unit, run.seen_names, phrase[: start_point.start()])
    if not subject or _not_an_indicator(subject):
        return []
    year, mode = _timing(ctx, ctx.doc.section(ctx.sentence.section))
    names = _spread(subject, len(group)) if len(group) > 1 else [subject]
    start_year = _start_year(ctx, start_point.group("year") or _plan_end(start_point.group("plan")), year, mode)
    if start_point.group("last") and year:
        start_year = year - 1  # "由上年…": the year before, even in a review of five years
    change = start_point.group("change")
    direction = ("increase" if "up" in _measure_roles()[change] else "decrease") if change else None
    # "从4个方面回顾了…": 从 before the size of a list opens no starting point (ANNOTATION 5)
    out = [ctx.mention(OBSERVATION, q.start, q.end, indicator=_with_extent(name, q.unit), value=q.value, unit=q.unit,
                       measure="change" if change else "level", direction=direction, bound=q.bound,
                       period=start_year, status="actual", continues=False)
           for q, name in zip(group, names) if not _not_observed(ctx.text, q, name)]
    run.seen_names.extend(names)
    return out


# a clause that names a measure and says how it moved with no value of its own ("财政收入实现翻倍增长,",
# "税收总额连续跨越三个台阶,"): the measure's name runs from the clause's start up to an indicator head
_CLAUSE_BEFORE = re.compile(r"([^,，;；。:：!！?？]+)[,，]$")


def _subject_of_clause_before(text: str, clause_start: int, run: _Run) -> str:
    """"税收收入总额实现翻倍增长,从2006年的19.8亿元增至2011年的48.6亿元": a "from X to Y" clause that
    names nothing before 从/由 measures what the clause before it names, where that clause states no
    value: its opening words up to the last indicator head in them (indicator_heads.txt), or ""."""
    before = _CLAUSE_BEFORE.search(text, 0, clause_start)
    if not before or before.start(1) < run.prev_end or re.search(r"\d", before.group(1)):
        return ""
    clause = before.group(1)
    ends = [clause.find(h) + len(h) for h in _indicator_heads() if h in clause]
    if not ends:
        return ""
    subject, _, _ = _indicator_and_measure(clause[: max(ends)])
    return subject if len(subject) >= 2 else ""


def _without_start_point(phrase: str) -> str:
    """"森林覆盖率由22.5%提高到": the words before a value without the "from X" in them."""
    k = max(phrase.rfind("由"), phrase.rfind("从"))
    return phrase[:k] + _from_point().sub("", phrase[k:]) if k >= 0 else phrase


def _stated_values(ctx: SentenceContext, phrase: _Phrase, period: int | None, status: str, run: _Run) -> list[Mention]:
    """The observations of a group of values: their indicators named from the words around them."""
    group = phrase.group
    counted = all(q.unit.removeprefix("万") in _work_counters() for q in group)
    points = all(q.unit in lexicons.word_set("obs_point_units.txt") for q in group)
    indicator, measure, direction = _indicator_and_measure(phrase.text, counted, points)
    both = _both_items(ctx.text, phrase, indicator)
    if status == "target":  # "争取政府债券资金15亿元以上": in a plan 争取 is the aim, as 力争 is
        indicator = _sought_fund().sub("", indicator)
    rate_level = _is_growth_rate_level(phrase, measure)
    if rate_level:
        measure, direction = "change", "increase"
        if _without_growth_rate(indicator) == "同比":
            indicator = ""  # "…860亿元,同比增幅8%以上": the rate of the indicator just named
        # "会议将今年地区生产总值增长目标定在5.8%": whoever sets the goal before 将 names nothing measured
        indicator = _after_area_will(indicator, any_setter=True) if "将" in indicator else indicator
    indicator = _completed_share(phrase, indicator, measure)
    # before a subject of the last item is glued on; a per-head word after each item says how its
    # change is counted ("…标准、…补贴再次提高,月人均分别提高…": 某某标准, 某某补贴)
    owners = [_without_closing_per_head(o, measure) for o in _owners_listed_before(ctx, phrase, indicator, run)]
    # "906户1559人": values of two units side by side count one event twice; values of one unit with
    # nothing between them are a list whose separator the copy lost ("分别增长3.9%7.1%")
    side_by_side = (len(group) > 1 and ctx.text[group[0].end:group[1].start] == ""
                    and len({q.unit for q in group}) > 1)
    indicator = _after_named_examples(ctx, phrase, _named_indicator(ctx, phrase, indicator, side_by_side, run))
    indicator = _without_listed_place(ctx, _without_own_area(ctx, indicator, phrase), phrase)
    indicator = _without_worked_place(ctx, indicator, phrase, counted)
    indicator = _work_done_at_site(_without_body_subject(ctx, indicator, phrase))
    indicator = _rate_of_last(ctx.text, phrase, _sibling_rate(ctx.text, phrase, indicator, run), run)
    indicator = _of_the_one_project(ctx, phrase, _with_subject_before(ctx, indicator, phrase))
    indicator = _size_class_name(_finer_size_class(phrase, indicator, run), run)
    indicator = _running_total_name(phrase, indicator, run)
    continues = not indicator and bool(run.seen_names)
    indicator = _without_closing_per_head(_per_head_of_clause_before(ctx, phrase, indicator), measure)
    listed = _respective_subjects(ctx.text, phrase, indicator, run)
    if listed:
        indicator, continues = "", True
    elif owners:
        indicator, listed = "", owners  # a name of each item's own: no continuation of the name before
    names = listed or _group_names(phrase, indicator, side_by_side, continues, run)
    if continues and measure == "change":
        names = [_growth_of_share_base(name, q.unit) for q, name in zip(group, names)]
    pairs = [(q, _without_task(_tidy_name(name), q.unit)) for q, name in _value_names(ctx.text, phrase, indicator, names, continues, run)]
    if rate_level:
        pairs = [(q, _without_growth_rate(name)) for q, name in pairs]
    if both and len(pairs) == 1:
        pairs = [(pairs[0][0], _tidy_name(name)) for name in both]
    out = _value_mentions(ctx, pairs, phrase.text, indicator, _How(measure, direction, period, status, continues))
    _remember(run, ctx.text, phrase, [name for _, name in pairs])
    return out


@functools.lru_cache(maxsize=1)
def _both_reach() -> re.Pattern[str]:
    """"存贷款余额双双突破5000亿元", "地区生产总值、金融机构贷款余额均突破2000亿元": one value both items of
    the words before it reach, right before a verb of reaching a level (obs_both_reach_verbs.txt; 均 not
    as in 人均, 年均: a mean)."""
    verbs = alternation_pattern(lexicons.words("obs_both_reach_verbs.txt"))
    return re.compile(rf"(?:双双|(?<![人年平月日户亩])均)(?:{verbs})$")


def _both_items(text: str, phrase: _Phrase, indicator: str) -> list[str]:
    """"金融机构本外币存贷款余额双双突破5000亿元", "铁路、航空客运量双双超过千万人次": 双双 before the verb
    says each of the two items (a list of two, its first item before the 、 that opens the words, or
    a pair of paired_words.txt) reaches the one value: a name for each; [] for anything else."""
    if len(phrase.group) != 1 or not _both_reach().search(phrase.text) or not indicator:
        return []
    if text[phrase.start - 1:phrase.start] == "、":
        first = text[clause_start(text, phrase.start - 1, ",;。:、"):phrase.start - 1]
        indicator = _indicator_and_measure(first + "、" + phrase.text)[0] if first else indicator
    names = _spread(indicator, 2)
    return names if len(set(names)) == 2 and all(len(n) >= 2 for n in names) else []


# "省大中型项目分别完成投资", "地区生产总值(GDP)", "地区生产总值2018年达到…": an adverb of
# respective values, a bracketed abbreviation of the name, a year written after the name are no part
# of the measure's name
_NAME_ADVERB = "分别"
_NAME_ABBREVIATION = re.compile(r"[(（][A-Z][A-Za-z&]{1,5}[)）]")
_NAME_YEAR_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})在?(?:19|20)\d{2}年$")


def _tidy_name(name: str) -> str:
    """A measure's name without what the sentence writes inside it but is no part of it (分别,
    "(GDP)", a year after it): 省大中型项目完成投资, 地区生产总值."""
    if not name:
        return name
    tidy = _NAME_YEAR_AFTER.sub("", _NAME_ABBREVIATION.sub("", name.replace(_NAME_ADVERB, "")))
    tidy = _without_kind_quantifier(_without_inner_time_or_aim(_without_destinations(tidy)))
    tidy = _without_recipients(tidy)
    return tidy if len(tidy) >= 2 else name


@functools.lru_cache(maxsize=1)
def _recipients_then_handing() -> re.Pattern[str]:
    """Whom a thing is handed to (为/向/给 perhaps, and two characters or more) and a verb of
    handing out (obs_handing_verbs.txt) before the thing handed, of three characters or more."""
    verbs = alternation_pattern(lexicons.words("obs_handing_verbs.txt"))
    return re.compile(rf"^[为向给]?[{CJK_CHARS}]{{2,}}?(?:{verbs})(?=[{CJK_CHARS}“”]{{3,}}$)")


def _without_recipients(name: str) -> str:
    """"为困难家庭发放蔬菜价格补贴", "为退役军人提供就业岗位": what is handed out is the measure,
    neither whom it goes to nor the verb (蔬菜价格补贴, 就业岗位); a name that opens with the verb
    ("发放各类补贴": no recipients named) stays as written."""
    if name.startswith(lexicons.words("obs_handing_verbs.txt")):
        return name
    m = _recipients_then_handing().match(name)
    if m is None or name.startswith(_words_with_role("new", "act")):
        return name  # "新增发放创业担保贷款": a verb of new things before the verb, no recipients
    return name[m.end():]


# the sets of units a word of every kind may stand before (besides obs_measured_sets.txt)
_MARKET_BODIES = ("市场主体", "经营主体")


@functools.lru_cache(maxsize=1)
def _destination_list() -> re.Pattern[str]:
    """至 and a list of places before a head of a service run to places (project_destination_heads.txt)."""
    heads = alternation_pattern(lexicons.words("project_destination_heads.txt"))
    return re.compile(rf"(?<=[{CJK_CHARS}]{{2}})至[{CJK_CHARS}]{{2,4}}(?:、[{CJK_CHARS}]{{2,4}})+等?(?={heads}$)")


def _without_destinations(name: str) -> str:
    """"新开通至香港、昆明、厦门航线12条": the places a counted service runs to are no part of the
    name of the count (新开通航线)."""
    return _destination_list().sub("", name) if "至" in name else name


def _without_inner_time_or_aim(name: str) -> str:
    """"机场全年旅客吞吐量", "自贸区片区全年引进企业", "新区累计基础设施投资", "开发区力争新入驻企业":
    a time word (`obs_time_words.txt`), 累计 before a noun or a word of aim (`obs_inner_modals.txt`)
    between who is measured and the measure says when, over what span or that it is a goal, as it
    does opening a clause ("全年接待游客"): no part of the name (机场旅客吞吐量, 开发区新入驻企业).
    累计 before a verb of work done stays: the running total a bulletin reports ("重点项目累计完成
    投资", "企业累计投产")."""
    span = _inner_years().search(name)
    term = span and name[:span.start()].endswith(lexicons.words_of_kind("obs_year_terms.tsv", "before"))
    if span and not term and span.start() >= 2 and len(name) - span.end() in (0, *range(2, len(name))):
        # "非常规天然气五年累计产量", "粮食总产量连续9年稳定在…": how many years, between who is
        # measured and the measure or after it, says over what span, as 全年 does (非常规天然气产量,
        # 粮食总产量)
        name = name[:span.start()] + name[span.end():]
    for word in (*lexicons.words("obs_time_words.txt"), _RUNNING_TOTAL, *lexicons.words("obs_inner_modals.txt")):
        at = name.find(word)
        rest = name[at + len(word):]
        if at >= 2 and len(rest) >= 2 and not (word == _RUNNING_TOTAL and tokens(rest)[0].pos.startswith("v")):
            return name[:at] + rest
    return name


@functools.lru_cache(maxsize=1)
def _inner_years() -> re.Pattern[str]:
    """A count of years inside a name ("连续9年", "五年", "近3年来"), not a count that opens a name of its
    own (obs_year_compounds.txt: "九年义务教育"), one that closes or opens a term (obs_year_terms.tsv:
    学前一年, 三年行动, 一年期), nor the end of a figure (PM2.5年平均浓度)."""
    terms = alternation_pattern((*lexicons.words("obs_year_compounds.txt"), *lexicons.words_of_kind("obs_year_terms.tsv", "after")))
    return re.compile(r"(?<![\d.一二两三四五六七八九十百千])(?:连续|近|过去)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年"
                      rf"(?!{terms})(?:来|以来)?(?:累计)?")


_RUNNING_TOTAL = "累计"


def _without_kind_quantifier(name: str) -> str:
    """"新增各类市场主体" → 新增市场主体: a word of every kind (`obs_kind_quantifiers.txt`) between the
    verb of a count and the set counted, closing the name, is no part of it (opening a name, "各类市场
    主体由160万户增加到…", it is the subject as written)."""
    word = next((w for w in lexicons.words("obs_kind_quantifiers.txt") if w in name), "")
    at = name.find(word) if word else -1
    if at < 2:
        return name
    rest = name[at + len(word):]
    sets = (*lexicons.words("obs_measured_sets.txt"), *_MARKET_BODIES)
    return name[:at] + rest if rest in sets or len(rest) <= 4 and rest.endswith(sets) else name


def _without_task(name: str, unit: str) -> str:
    """"完成烟叶生产任务603万公斤", "完成棚户区改造任务2619户": the work's amount done, named without
    the word of the task it was set as (烟叶生产); not a count of tasks ("改革任务30项")."""
    if not name.endswith("任务") or len(name) < 5 or unit.removeprefix("万") in ("项", "件", "个", "条"):
        return name
    return name[:-2]


def _with_extent(name: str, unit: str) -> str:
    """"城市建成区由48平方公里拓展到60.89平方公里": an area of a town (obs_extent_areas.txt) valued in a
    unit of land area is measured by its extent, named as statistics name it (城市建成区面积)."""
    if unit not in lexicons.word_set("obs_extent_area_units.txt") or not name.endswith(lexicons.words("obs_extent_areas.txt")):
        return name
    return name + "面积"


@functools.lru_cache(maxsize=1)
def _running_total_opening() -> re.Pattern[str]:
    """A clause opened by a word of the total, then at most a verb of making (`obs_total_verbs.txt`)."""
    verbs = alternation_pattern(lexicons.words("obs_total_verbs.txt"))
    return re.compile(rf"^[,、]?({'|'.join(_TOTALS)})(?:{verbs})?")


def _running_total_name(phrase: _Phrase, indicator: str, run: _Run) -> str:
    """"新增规上工业企业28家,累计达到312家", "新建5G基站1200个,累计建成3600个": a clause with no name
    of its own (or only the verb of making) opened by 累计 states the running total of what was just
    counted, named as 总数 names it (规上工业企业, 5G基站); else the name stays."""
    if not run.seen_names or (indicator and indicator not in lexicons.word_set("obs_total_verbs.txt")):
        return indicator
    if any(q.unit.removeprefix("万") not in lexicons.word_set("obs_running_total_counters.txt") for q in phrase.group):
        return indicator
    total = _running_total_opening().match(phrase.text)
    return total.group(1) if total else indicator


_SIZE_CLASS_NAME = re.compile(r"\d+(?:\.\d+)?[万亿]*元(?:以上)?")


# a size class of money opening a set's or a count's name ("亿元以上重点项目", "5000万元以上项目", "百亿元以上")
_SIZE_CLASS_OPENING = re.compile(r"(?:\d+(?:\.\d+)?)?[千百万亿]*元以上")


def _finer_size_class(phrase: _Phrase, indicator: str, run: _Run) -> str:
    """"新签约亿元以上项目186个,其中50亿元以上项目6个": a finer size class of the kind counted just
    before, written out after 其中, is a part of that count and keeps what opened it, a verb of
    signing, bringing in or starting (`obs_size_class_leads.txt`) with the sum it classes by
    ("新招引总投资10亿元以上项目…,其中50亿元以上项目" → 新招引总投资50亿元以上项目); a count with
    no size class of its own, or no such verb, leaves the class alone."""
    if not run.seen_names or not phrase.text.startswith("其中") or not _SIZE_CLASS_OPENING.match(indicator):
        return indicator
    kind = next((k for k in lexicons.words("obs_size_class_kinds.txt") if indicator.endswith(k)), None)
    parent = next((n for n in reversed(run.seen_names) if kind and n.endswith(kind)), "")
    whole = _SIZE_CLASS_OPENING.search(parent)
    # "新签约项目62个,其中亿元以上项目41个": a count of the bare kind opened by the verb alone is the
    # whole the size class is cut from, and the part keeps the verb as well (新签约亿元以上项目)
    bare_part = kind and _SIZE_CLASS_OPENING.match(indicator).end() + len(kind) == len(indicator)
    lead = parent[:whole.start()] if whole else parent[:-len(kind)] if bare_part else ""
    verb = next((v for v in lexicons.words("obs_size_class_leads.txt") if lead.startswith(v)), "")
    if not verb or lead[len(verb):] not in _SIZE_CLASS_SUMS:
        return indicator
    return lead + indicator


# what may stand between the verb and the size class it counts by ("新招引总投资10亿元以上项目")
_SIZE_CLASS_SUMS = ("", "投资", "总投资")


def _size_class_name(indicator: str, run: _Run) -> str:
    """"新签约项目31个,其中10亿元以上5个": a count named by its size class alone counts the kind
    named just before (`obs_size_class_kinds.txt`): 10亿元以上项目; else the name stays."""
    if not run.seen_names or _SIZE_CLASS_NAME.fullmatch(indicator) is None:
        return indicator
    kind = next((k for k in lexicons.words("obs_size_class_kinds.txt") if run.seen_names[-1].endswith(k)), None)
    return f"{indicator.removesuffix('以上')}以上{kind}" if kind else indicator


def _respective_subjects(text: str, phrase: _Phrase, indicator: str, run: _Run) -> list[str]:
    """"地区生产总值、一般公共预算收入迈上新台阶,分别达到4026.6亿元、303.4亿元": values 分别 stated
    with no name, or only a total ("总量分别达到"), are of the list of as many measures the clause
    before opens with; [] when the names seen before already give one for each value."""
    n = len(phrase.group)
    if n < 2 or not phrase.respectively or (indicator and indicator not in _TOTALS):
        return []
    seen = run.seen_names[-n:]
    if len(seen) == n and len(set(seen)) == n:
        return seen if indicator else []  # "进出口总额、实际使用外资分别增长…,总量分别达到…"
    clauses = re.split(r"[,;:。]", text[:phrase.start].rstrip(",;"))
    words = _strip_lead(re.split(r"\d", clauses[-1])[0]) if clauses else ""
    items = [x for x in re.split(r"[、和及与]", words) if x]
    if len(items) != n or not all(_has_head(x) or x in _known_indicators() for x in items[:-1]):
        return []
    last = items[-1]
    # the last item runs on into what the clause says of the list ("…收入迈上新台阶")
    k = next((k for k in range(len(last) - 1, 1, -1) if _has_head(last[:k]) or last[:k] in _known_indicators()), 0)
    return _spread("、".join([*items[:-1], last[:k]]), n) if k else []


def _owners_listed_before(ctx: SentenceContext, phrase: _Phrase, indicator: str, run: _Run) -> list[str]:
    """"甲镇、乙镇加快发展,地区生产总值分别增长8%和7%", "建筑垃圾、餐厨垃圾、农村污水收集能力持续增强,
    收集率分别达到96%、88%、75%": values 分别 stated of one bare measure, right after a clause that lists
    as many items as values and states no value, are each of one item (甲镇地区生产总值, 乙镇…;
    建筑垃圾收集率, …). The last item runs on into what the clause says of the list: it ends where a
    rate's stem starts (…污水|收集能力), else at the first item's head (…集聚区|提质发展), else at the
    clause's predicate; [] otherwise."""
    n, text = len(phrase.group), ctx.text
    if n < 2 or not phrase.respectively or not indicator or run.seen_names or any(c in indicator for c in LIST_JOINERS):
        return []
    if any(indicator.startswith(w) and rural.startswith("农村") for w, (_, rural) in _paired_words().items()):
        return []  # "…制度建设,城乡低保标准分别提高…": 城乡 names the two owners itself (城市…, 农村…)
    if not text.startswith(",", phrase.start - 1):
        return []
    a = _clause_opening(text, phrase.start - 1)
    clause = text[a:phrase.start - 1]
    if re.search(r"\d", clause):
        return []
    items = re.split(f"[{LIST_JOINERS}]", clause)
    if len(items) != n or not all(items):
        return []
    # the verb opening the clause ("推进甲区、乙区…") is no part of the first item
    first = ctx.tokens_by_start.get(a)
    if first and first.pos.startswith(_PREDICATE_TAGS) and first.end - a < len(items[0]):
        items[0] = items[0][first.end - a:]
    last_at = phrase.start - 1 - len(items[-1])
    stem = _bare_measure(indicator)[:-1] if indicator.endswith(_RATE) else ""
    head = items[0][-1:]
    if len(stem) >= 2 and stem in items[-1]:
        items[-1] = items[-1][:items[-1].index(stem)]
    elif head in items[-1][1:]:
        items[-1] = items[-1][:items[-1].index(head, 1) + 1]  # "甲区、乙产业集聚区提质发展": the first's head closes the last
    elif _per_head_lead().fullmatch(indicator) and not _per_head_lead().fullmatch(indicator).group("scope"):
        items[-1] = _before_adverb(ctx, last_at, phrase.start - 1)
    else:
        items[-1] = _clause_subject(ctx, last_at, phrase.start - 1)
    if not all(2 <= len(x) <= OBSERVATION_LIMITS.noun_after_chars for x in items):
        return []
    return [x + indicator for x in items]


def _before_adverb(ctx: SentenceContext, a: int, b: int) -> str:
    """"…和某某保洁员工资再次提高,月人均分别提高…": the measures raised per head are the items
    themselves; the last runs up to the adverb of what the clause says of them (再次, 继续), a noun
    of a verb's form (工资) no end of it; "" with no adverb two characters or more into the clause."""
    k = next((k for k in range(a + 2, b) if (tok := ctx.tokens_by_start.get(k)) and tok.pos.startswith("d")), b)
    return ctx.text[a:k] if k < b else ""


def _clause_opening(text: str, end: int) -> int:
    """Where the clause that closes at `end` opens: right after the mark before it, or 0."""
    return clause_start(text, end, _CLAUSE_OPENING_MARKS)


# the marks a clause of a run of clauses opens after ("…逐年提高,城镇年人均提高600元")
_CLAUSE_OPENING_MARKS = ",;:。"


@functools.lru_cache(maxsize=1)
def _per_head_lead() -> re.Pattern[str]:
    """A per-head word alone (obs_per_head_leads.txt), perhaps after a scope of a paired word
    (paired_words.txt: 城镇, 农村): "城镇年人均"."""
    scopes = {w for pair in _paired_words().values() for w in pair}
    return re.compile(rf"(?P<scope>{alternation_pattern(sorted(scopes))})?"
                      rf"(?:{alternation_pattern(lexicons.words('obs_per_head_leads.txt'))})")


def _per_head_of_clause_before(ctx: SentenceContext, phrase: _Phrase, indicator: str) -> str:
    """"城乡最低生活保障标准逐年提高,城镇年人均提高600元,农村年人均提高200元": a per-head word alone,
    perhaps after a scope word, names the measure the clause before the run of such clauses names
    (_indicator_before), in that scope (城镇最低生活保障标准, 农村最低生活保障标准); with no such
    clause ("城镇年人均提高600元" alone) the per-head words stay the name."""
    lead = _per_head_lead().fullmatch(indicator)
    if not lead:
        return indicator
    text, at = ctx.text, phrase.start
    while at > 0 and text[at - 1] in ",;":
        b = _clause_opening(text, at - 1)
        if not _per_head_lead().fullmatch(_indicator_and_measure(re.split(r"\d", text[b:at - 1])[0])[0]):
            break
        at = b  # "…,城镇年人均提高600元,农村…": another per-head clause; the measure is before it
    subject = _indicator_before(text, at, listed=not lead.group("scope")) if at > 0 and text[at - 1] in ",;" else ""
    if not subject or _per_head_lead().fullmatch(subject):
        return indicator
    b = _clause_opening(text, at - 1)
    end = text.find(subject, b) + len(subject) if subject in text[b:at] else -1
    while end > 0 and (tok := ctx.tokens_by_end.get(end)) and tok.pos.startswith("d") and tok.start - b >= 2:
        subject, end = subject[: len(subject) - (end - tok.start)], tok.start  # "…标准逐年(提高)": an adverb
    scope = lead.group("scope")
    if not scope:
        return subject
    paired = next(((w, pair) for w, pair in _paired_words().items() if w in subject), None)
    if paired:
        own = next(pair for pair in _paired_words().values() if scope in pair)
        return subject.replace(paired[0], paired[1][own.index(scope)], 1)
    return scope + subject


def _without_closing_per_head(indicator: str, measure: str) -> str:
    """"澄江县退休人员养老金人均提高6%", "…保洁员生活补贴人均月增150元": per-head words
    (obs_per_head_leads.txt) closing a measure's name before a change of it say how the change is
    counted, not what is measured. A level keeps them (the amount per head is what is stated), and
    so do per-head words alone or after a scope word ("城镇年人均", _per_head_of_clause_before)."""
    if measure != "change" or _per_head_lead().fullmatch(indicator):
        return indicator
    closing = next((w for w in lexicons.words("obs_per_head_leads.txt") if indicator.endswith(w)), "")  # longest first
    return indicator[: len(indicator) - len(closing)] if closing and len(indicator) - len(closing) >= 3 else indicator


def _without_own_area(ctx: SentenceContext, indicator: str, phrase: _Phrase) -> str:
    """"湛江居民人均可支配收入", "全疆粮食播种面积", "四川铁路运营里程": the report's own area, or a
    whole province ("全疆", "全川", as 全省), opening an indicator says where it is counted: dropped
    before an indicator the lexicon knows, and before any measure (a head word, or a counted set of
    projects or firms) where the area is a word of its own; not another area's ("惠州博罗生产总值"),
    nor a name it starts ("商洛电厂二期总投资", "黄骅港吞吐量": an entity runs on past the area), nor a
    level it names ("扬中市级重点产业项目")."""
    forms = (*_own_area_forms(ctx.doc.own), *_whole_province_words())
    # one test in C first: most indicators open with none of the ~70 forms
    if not indicator.startswith(forms):
        return indicator
    rest = next(indicator[len(f):] for f in forms if indicator.startswith(f))
    # the lead words the area stood before go with it ("某省在固定资产投资增长…的情况下",
    # "广西全区地区生产总值"): what is left of them is the measure
    bare = _strip_lead(rest) if rest[:1] in _AFTER_AREA_LEADS else rest
    if bare != rest and len(bare) >= 2 and (bare in _known_indicators()
                                             or _scope_of_measure(ctx, indicator, bare, phrase)):
        return bare
    if rest in _known_indicators():
        return rest
    return rest if _scope_of_measure(ctx, indicator, rest, phrase) else indicator


def _without_listed_place(ctx: SentenceContext, indicator: str, phrase: _Phrase) -> str:
    """"推进涧西区、西工区、老城区老旧小区改造200个", "奋斗镇、建设办建成蔬菜大棚700亩": the last
    place of a list of places (and the reach of a river after it), glued to the measure the value
    counts for all of them, is no part of its name (老旧小区改造, 建成蔬菜大棚); a place opening the
    sentence's measure alone stays ("惠州博罗生产总值")."""
    at = ctx.text.rfind(indicator, phrase.start, phrase.group[0].start) if indicator else -1
    if at < 1 or ctx.text[at - 1] != "、":
        return indicator
    end = ctx.end_of_found_opening(at, (PLACE,))
    rest = indicator[end - at:]
    # "汉江、丹江沿线污水处理厂20座": the reach of a river after it goes with it (place_reaches.txt)
    rest = rest.removeprefix(next((w for w in lexicons.words("place_reaches.txt") if rest.startswith(w)), ""))
    # "甲、乙、丙三个片区新增企业": the count of the areas listed goes with them (no place of its own)
    rest = rest[counted_areas_end(rest, 0):]
    # "主城区、两河圣山景区和东山组团绿化工程": a place joined to the next is in the name
    joined = rest.startswith(_VALUE_JOINS[:-1])
    if end <= at or len(rest) < OBSERVATION_LIMITS.subject_chars or joined:
        return indicator
    # "西营门街道、李七庄街道完成老旧小区改造42个": the lead words after the places go with them
    bare = _strip_lead(rest)
    return bare if len(bare) >= 2 else rest


def _without_worked_place(ctx: SentenceContext, indicator: str, phrase: _Phrase, counted: bool) -> str:
    """"完成青禾镇老旧小区改造32个", "实施澄江街道棚户区改造2000户": a place named right after the verb
    of completion or of building (`genre_build_openers.txt`), before a work counted in things done
    (`obs_work_counters.txt`) that a verb of works heads (`obs_works_action_heads.txt`), says where
    the work was done, not what: 老旧小区改造. An area measured ("完成某镇老城区改造12万平方米") keeps it."""
    at = ctx.text.find(indicator, phrase.start, phrase.group[0].start) if counted and indicator else -1
    verbs = (*_verbs_of_done_works(), *lexicons.words("genre_build_openers.txt"))
    if at < 1 or not ctx.text[phrase.start:at].endswith(verbs):
        return indicator
    end = ctx.end_of_found_opening(at, (PLACE,))
    rest = indicator[end - at:]
    if (end <= at or len(rest) < 4 or rest[0] in _AREA_NAME_RUNS_ON
            or not rest.endswith(tuple(lexicons.words("obs_works_action_heads.txt")))):
        return indicator
    return rest


def _without_body_subject(ctx: SentenceContext, indicator: str, phrase: _Phrase) -> str:
    """"区审计局完成审计项目86个", "某某银行分行发放扶贫小额信贷2.3亿元", "某某集团实现税利120亿元": an
    organization opening the words before a value is who did or holds what is measured, no part of the
    measure's name (审计项目, 扶贫小额信贷, 税利), nor are the lead words after it (完成, 实现); the name
    stays where nothing of two characters is left after them."""
    if not indicator:
        return indicator
    at = ctx.text.rfind(indicator, phrase.start, phrase.group[0].start)
    if at < 0:
        return indicator
    end = _end_of_found_body(ctx, at)
    if any(m.local_start == at and m.local_end > end for m in ctx.found if m.type in (PLACE, PROJECT)):
        return indicator  # "某某大学科技园引进科技企业": the body opens a place's or works' name
    rest = indicator[end - at:]
    # "市人大代表建议", "县政协委员提案": the body's people (org_body_people.txt) are counted, the body
    # names whose; so where the body's name ends inside a word
    if end <= at or len(rest) < 2 or end not in ctx.token_end_set \
            or rest.startswith(lexicons.words("org_body_people.txt")):
        return indicator
    bare = _funding_verb().sub("", _strip_lead(rest))  # "发放扶贫小额信贷" → 扶贫小额信贷, as opening a clause
    if bare == rest and end - at < _BODY_SUBJECT_CHARS:
        return indicator  # "国务院提请…": a short name before no lead word may be a modifier
    return bare if len(bare) >= 2 else rest


def _end_of_found_body(ctx: SentenceContext, at: int) -> int:
    """Where the organization found opening at `at`, or holding it, ends: a name cut where a place
    inside the body's name was read as the scope ("青禾农村商业银行新增贷款" → 农村商业银行新增贷款)
    opens inside the body's name; `at` where none does."""
    end = ctx.end_of_found_opening(at, (ORG,))
    if end > at:
        return end
    return max((m.local_end for m in ctx.found if m.type == ORG and m.local_start < at < m.local_end), default=at)


# the length from which an organization's name right before a noun is its subject ("某某集团天然气产量")
_BODY_SUBJECT_CHARS = 4


def _with_subject_before(ctx: SentenceContext, indicator: str, phrase: _Phrase) -> str:
    """"粮食连年丰收、总产稳定在740亿斤", "高交会促成1023项…签约，成交额超1700亿元": a bare measure
    (a head word alone: 总产, 成交额; or after a lead that names nothing: 年度投资完成率) is of the subject of the clause right before it, named before
    that clause's verb (粮食总产, 高交会成交额); the name stays where that clause opens with no noun."""
    if _bare_measure(indicator) not in lexicons.word_set("indicator_heads.txt"):
        return indicator
    at = ctx.text.rfind(indicator, phrase.start, phrase.group[0].start)
    before = ctx.text[:at] if at > 0 else ""
    # "地方工业逆势增长,完成产值256亿元": a verb of a level may open the measure's clause
    verb = next((v for v in _words_with_role("level") if before.endswith(v) and len(v) >= 2), "")
    before = before[: len(before) - len(verb)]
    if not before or before[-1] not in _SUBJECT_CLAUSE_ENDS:
        return indicator
    opening = clause_start(before, len(before) - 1, _SUBJECT_CLAUSE_BREAKS)
    subject = _clause_subject(ctx, opening, len(before) - 1)
    # "马铃薯总产量达到25万吨，实现产值2.5亿元": a measure is no subject (the name carried on
    # from a value before is settled later)
    return subject + indicator if subject and not _has_head(subject) else indicator


def _sibling_rate(text: str, phrase: _Phrase, indicator: str, run: _Run) -> str:
    """"12345热线诉求响应率达到100%,解决率达到72.6%、满意率达到80.4%": a bare rate (a rate head
    alone) in the clause right after a value of a rate of a named thing is a rate of the same
    thing (12345热线诉求解决率); else the name stays."""
    if not indicator.endswith(_RATE) or indicator not in lexicons.word_set("indicator_heads.txt") or not run.seen_names:
        return indicator
    last = run.seen_names[-1]
    head = _head_of(last)
    if not head or not head.endswith(_RATE) or len(last) - len(head) < 2 or text[run.prev_end:phrase.start] not in _VALUE_CLAUSE_MARKS:
        return indicator
    return last[: -len(head)] + indicator


def _rate_of_last(text: str, phrase: _Phrase, indicator: str, run: _Run) -> str:
    """"一般公共预算收入…同比下降18.6%,降幅较上半年收窄4个百分点", "全社会固定资产投资增长25.8%,增幅比一季度
    回落17.2个百分点": a bare rate (measure_words.txt, role rate_in_points) changed in points, in the
    clause right after a value of a named measure, is that measure's rate (一般公共预算收入降幅)."""
    if indicator not in _bare_rates() or not run.seen_names or not phrase.group:
        return indicator
    if not all(q.unit in lexicons.word_set("obs_point_units.txt") for q in phrase.group):
        return indicator
    if text[run.prev_end:phrase.start] not in _VALUE_CLAUSE_MARKS:
        return indicator
    last = _without_growth_rate(run.seen_names[-1])
    return last + indicator if len(last) >= 2 and not last.endswith(indicator) else indicator


@functools.lru_cache(maxsize=1)
def _bare_rates() -> frozenset[str]:
    """The rates a measure's change is written with, alone before a change in points (measure_words.txt,
    role rate_in_points: 增速, 增幅, 降幅)."""
    return frozenset(_words_with_role("rate_in_points"))


def _of_the_one_project(ctx: SentenceContext, phrase: _Phrase, indicator: str) -> str:
    """"A项目开工建设,…,当年完成投资60亿元", "加快引汉济渭工程建设,秦岭隧洞…贯通,…,年度完成投资40亿元":
    an investment measure with no subject of its own (obs_project_investment_measures.txt), in a later
    clause of a sentence whose first clause names one project, is that project's (A项目完成投资); the
    works named between are its parts, one named in the value's own clause another subject."""
    if indicator not in lexicons.word_set("obs_project_investment_measures.txt"):
        return indicator
    first = _CLAUSE_MARK.search(ctx.text)
    if first is None or first.end() > phrase.start:
        return indicator
    spans = {(m.local_start, m.local_end) for m in ctx.found if m.type == PROJECT}
    # the whole names, not the shorter candidates inside them ("6代AMOLED…项目" of "京东方第6代…项目")
    whole = {(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)}
    opened = [(a, b) for a, b in whole if b <= first.start()]
    own = any(b > phrase.start and a < phrase.group[-1].end for a, b in whole)
    return ctx.text[opened[0][0]:opened[0][1]] + indicator if len(opened) == 1 and not own else indicator


def _bare_measure(name: str) -> str:
    """A name without the words that may open a bare measure (`obs_bare_measure_leads.txt`):
    "年度投资完成率" → 完成率."""
    lead = next((w for w in lexicons.words("obs_bare_measure_leads.txt") if name.startswith(w)), "")
    return name[len(lead):]


_RATE = "率"
# what stands between a value and the clause after it that goes on about the same thing
_VALUE_CLAUSE_MARKS = (",", "、", "，")
# the marks that close the clause whose subject a bare measure after them is of, and those that open it
_SUBJECT_CLAUSE_ENDS = ",、"
_SUBJECT_CLAUSE_BREAKS = ",;:、。!?"
# jieba's tags of what ends a clause's subject: a verb, an adverb, a set phrase ("连年丰收")
_PREDICATE_TAGS = ("v", "d", "l")


def _clause_subject(ctx: SentenceContext, a: int, b: int) -> str:
    """The nouns opening the clause between a and b, up to its predicate (after a count
    of them, "两届广交会"): "" where the clause opens with a verb or holds none."""
    by_start = ctx.tokens_by_start
    words: list[str] = []
    k = a
    while k < b and k in by_start:
        tok = by_start[k]
        if tok.pos.startswith(_PREDICATE_TAGS):
            break
        if tok.pos.startswith(("m", "q")) and not words:
            k = tok.end  # "两届广交会": the count of the subject is no part of it
            continue
        if not tok.pos.startswith(("n", "j")):
            return ""
        words.append(tok.word)
        k = tok.end
    subject = "".join(words)
    stopped = k < b and k in by_start and by_start[k].pos.startswith(_PREDICATE_TAGS)
    return subject if stopped and len(subject) >= 2 else ""


# the first characters of the lead words that can follow an area's name before a measure: a
# preposition ("在"), a whole-area word ("全区", "全市")
_AFTER_AREA_LEADS = "在全"


def _scope_of_measure(ctx: SentenceContext, indicator: str, rest: str, phrase: _Phrase) -> bool:
    """Whether the area opening `indicator` stands alone before a measure `rest`."""
    if (len(rest) < 4 or rest[0] in _AREA_NAME_RUNS_ON or rest[0] in lexicons.word_set("genre_place_final_chars.txt")
            or not (_has_head(rest) or rest.endswith(_COUNTED_SETS))):
        return False
    at = ctx.text.find(indicator, phrase.start, phrase.group[0].start)
    cut = at + len(indicator) - len(rest)
    return at >= 0 and cut in ctx.token_end_set and not ctx.taken(cut, cut + 1, (PROJECT, ORG, PLACE))


# what, right after an area's name, makes a level or a place of it ("扬中市级", "黄骅港"); so does
# the last character of a place name ("XX镇", "XX湖")
_AREA_NAME_RUNS_ON = "级港"
# counted sets whose count is a measure of the area ("湖南省重点建设项目390个")
_COUNTED_SETS = ("项目", "企业")


def _own_area_forms(own: OwnArea) -> tuple[str, ...]:
    """The names the report's own area goes by, longest first: full, short, as the title spells it;
    for an excerpt with no title, its province's where that is all the places tell ("四川铁路运营里程"
    in a news copy of a province's report)."""
    d = own.division
    if d is None and own.province:
        d = lexicons.divisions().get(own.province + "0000")
    forms = {d.name, d.short, *own.names} if d is not None else set(own.names)
    return tuple(sorted((f for f in forms if len(f) >= 2), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _whole_province_words() -> tuple[str, ...]:
    """全 with a character of a province's short name: "全疆", "全川", "全藏" (as 全省 is said)."""
    shorts = (d.short for d in lexicons.divisions().values() if d.level == "province")
    return tuple(sorted({"全" + c for short in shorts for c in short}))


def _is_growth_rate_level(phrase: _Phrase, measure: str) -> bool:
    """"旅游收入增幅超过20%", "规模以上工业增加值增速达到12%", "产业增速均超过50%": a growth rate
    stated as a level in percent is a change of the indicator it is the rate of; a change of the
    rate itself ("增速回落2个百分点", "增速比上年提高") stays the rate's."""
    return (measure == "level" and _growth_rate_level().search(phrase.text) is not None
            and all(q.unit == "%" and not q.value.startswith("-") for q in phrase.group))


def _without_growth_rate(name: str) -> str:
    rate = next((w for w in _growth_rates() if name.endswith(w)), "")
    return name[: -len(rate)] if rate and len(name) - len(rate) >= 2 else name


@functools.lru_cache(maxsize=1)
def _growth_rates() -> tuple[str, ...]:
    """The rates of growth and the goals set for one (obs_growth_rates.txt: "增速", "增长目标",
    "目标增速"), longest first."""
    return lexicons.longest_first(lexicons.words("obs_growth_rates.txt"))


@functools.lru_cache(maxsize=1)
def _growth_rate_level() -> re.Pattern[str]:
    """A rate of growth, or its goal ("增长目标是"), closing the words before a value (a name may end
    in its bracketed short form: "国内生产总值(GDP)增长目标"), with the verb of a level after it."""
    levels = alternation_pattern(_words_with_role("level"))
    # "增长目标定在", "经济增速定为": 定在/定为 set the goal only after 目标 or 增速 (measure_words.txt);
    # a goal proposed, "增长目标拟定为13%左右"
    return re.compile(rf"(?<=[{CJK_CHARS}A-Za-z)）]{{2}})(?:{'|'.join(_growth_rates())})均?(?:{levels}|(?<=目标|增速)拟?定[在为])?$")


def _completed_share(phrase: _Phrase, indicator: str, measure: str) -> str:
    """"省重点项目投资完成148.47%": a sum of money done in percent is the share of its plan that is
    done, named with 完成 (省重点项目投资完成), not the sum itself."""
    if (measure == "level" and phrase.text.endswith("完成") and all(q.unit == "%" for q in phrase.group)
            and indicator.endswith(lexicons.words("obs_money_heads.txt"))):
        return indicator + "完成"
    return indicator


@functools.lru_cache(maxsize=1)
def _multiple_of_reference() -> re.Pattern[str]:
    """The verb (obs_reference_multiple_verbs.txt) and the reference a multiple is measured against,
    closing the words before it: "是上一个五年的", "相当于2015年的", "提高到当地低保标准的"."""
    verbs = alternation_pattern(lexicons.words("obs_reference_multiple_verbs.txt"))
    return re.compile(rf"(?:{verbs})[^,;。是为]{{1,12}}的$")


def _multiple_subject(phrase: _Phrase, run: _Run) -> str | None:
    """Where the values are multiples of a reference ("特困人员供养标准提高到当地低保标准的1.3倍"), the
    subject they are of, named before the verb; with none ("…8600亿元,是上一个五年的1.6倍") the value
    before's name ("" where there is none either); None where they are no multiples of a reference."""
    reference = _multiple_of_reference().search(phrase.text)
    if not reference or not all(q.unit == "倍" for q in phrase.group):
        return None
    subject = _indicator_and_measure(phrase.text[:reference.start()])[0] if reference.start() else ""
    if not subject and phrase.respectively and len(phrase.group) > 1:
        return None  # "A3.2亿美元、B410亿元,分别是…的1.3倍和1.6倍": one multiple of each value before, not all the last's
    return subject or (run.seen_names[-1] if run.seen_names else "")


def _named_indicator(ctx: SentenceContext, phrase: _Phrase, indicator: str, side_by_side: bool, run: _Run) -> str:
    """The indicator the words before a group of values name, or the noun after the values when
    those words are a list's last noun, a verb, a place, or nothing."""
    words, after = phrase.text, phrase.after
    named = _service_to_recipients(ctx.text, phrase) or _counted_pair(words, after) or _multiple_subject(phrase, run)
    if named is not None:
        return named or indicator
    invested = _listed_investment(ctx, phrase, run) or (after if after and _treasury_sum(ctx, phrase, indicator) else "")
    if invested:
        return invested
    listed = _listed_after(words, run.last_after)
    if listed:
        # "重点建设40个绿美点和6条绿美带": the next count of the list names the noun after it,
        # with the verb of the first
        indicator = listed + after if after else indicator
    if after and indicator in lexicons.word_set("obs_remainder_words.txt"):
        return after  # "剩余4个贫困村", "剩余的1.2万贫困人口": the part left is counted, the noun names it
    if after and indicator and words.rstrip().endswith("的") and not after.endswith("中"):
        # "基地配套的6个子项目": what modifies the noun counted names it with that noun (not a set
        # the clause picks from: "上报市的40个项目中", "纳入省市调度的57个重大项目")
        return after if indicator.startswith(lexicons.words("obs_inclusion_verbs.txt")) else indicator + after
    if after and _names_nothing_alone(indicator):
        return after  # "要全面完成3.4万平方米草坪", "改扩建15个社区党群服务中心": the noun after the count names it
    if after and (indicator in lexicons.word_set("obs_position_words.txt") or _verb_and_scope(indicator)):
        # "沿街163栋楼体的亮化", "解决农村150万人饮水安全问题": where or whom, then what is counted
        return indicator + after
    if after and words.rstrip().endswith(("和", "及", "与")) and not listed:
        return after  # "建成A工程和6个储备中心": the count is of the noun after it, not of A
    if after and words.rstrip().endswith("等"):
        verb = _examples_verb(ctx.text, phrase.start)
        if verb and not after.startswith(verb):
            return verb + after  # "建成投用A、B等340个市级重点项目" → 建成投用市级重点项目
    # "906户1559人实现稳定脱贫": values side by side count the noun after them; with none after
    # them, households and people are counted by the words before ("贫困人口减至2100户4300人",
    # "完成易地扶贫搬迁1200户4800人"), not other values glued to a label ("投资12亿元3万头…项目")
    counted = phrase.group[-1].unit.removeprefix("万") in _COUNTED
    if (words.rstrip().endswith("等") or side_by_side and (after or not indicator or not counted) or not words.strip()
            or (after and indicator[:1] in "全我" and indicator in _words_with_role("lead")  # "其中全市83个重点项目"
                and not ctx.text.startswith(after + "的", phrase.group[-1].end))
            or _names_no_quantity(ctx, indicator, phrase.start)
            or after and _named_right_before(ctx, phrase.group[0].start)):
        return after
    if indicator.rstrip("了") in triggers() or indicator in _BARE_VERBS or indicator in _words_with_role("new"):
        return _named_after_verb(ctx, phrase, indicator, run)
    if _ends_in_verb(ctx, indicator, phrase.start, phrase.group[0].start):
        works = (_invested_works(ctx.text, phrase.group[-1].end) or _works_of_clause_before(ctx.text, phrase.group[0].start)
                 if indicator in _MONEY_VERBS else "")
        return works + indicator if works else _verb_phrase_and_noun(indicator, after)
    verb = _bare_verb(words) if not indicator else ""
    if verb and after and verb.endswith(_words_with_role("act")):
        return after  # "建成A医院4家,完成19家社区健康服务机构建设": the noun after the count, not A
    if not indicator and not run.seen_names:
        # "完成2万亩补充耕地任务": the noun after the count; "全部财政收入突破10亿大关,
        # 完成11.68亿元": the subject of the clause before
        # only after a verb of two characters or more ("完成", "达到"), not after 为 or 使
        before = verb in _words_with_role("level", "act") and len(verb) >= 2 or _after_milestone(ctx.text, phrase.start, verb)
        after = after if verb.endswith(_words_with_role("act")) or before else ""  # "年内实现5家以上企业入驻"
        return after or (_indicator_before(ctx.text, phrase.start) if before else "")
    return indicator


def _service_to_recipients(text: str, phrase: _Phrase) -> str:
    """"为200万名以上中小学生开展心理健康测评", "为6000栋老旧高层建筑安装消防物联感知设备": a count after
    为 (or 免费为) opening its clause is of the recipients of the service the clause names after them with a verb
    that only carries it (obs_recipient_services.txt); the service, without the verb, names the value
    (心理健康测评). Not where 免费 comes right before the verb (the gold keeps both: "免费提供教科书"), nor
    where the clause states a value of its own after the service ("…发放资助金5637.2万元")."""
    if len(phrase.group) != 1 or phrase.text.strip() not in ("为", "免费为"):
        return ""
    clause = _CLAUSE_MARK.split(text[phrase.group[-1].end:], maxsplit=1)[0]
    verbs = alternation_pattern(lexicons.words("obs_recipient_services.txt"))
    m = re.match(rf"(?:以上|余|多)?[{CJK_CHARS}、]{{2,14}}?(?<!免费)(?:{verbs})了?(?P<what>[{CJK_CHARS}A-Za-z“”]{{2,}})$", clause)
    return m.group("what") if m else ""


def _treasury_sum(ctx: SentenceContext, phrase: _Phrase, indicator: str) -> bool:
    """"中央财政新增47亿元专项补助资金", "中央财政安排384亿元救灾款": a treasury (obs_treasury_sums.tsv)
    arranges a sum of the fund named right after it, which names the value; not a fund named by its kind
    alone ("423亿元资金") or followed by its purpose ("30亿元国债资金支持…")."""
    roles = lexicons.roles("obs_treasury_sums.tsv")
    after = phrase.after
    heads = lexicons.words("obs_fund_heads.txt") + roles["head"]
    if indicator not in roles["treasury"] or after in roles["generic"] or after in heads or not after.endswith(heads):
        return False
    end = ctx.text.find(after, phrase.group[-1].end)
    return end >= 0 and not ctx.text.startswith(roles["purpose"], end + len(after))


def _counted_pair(words: str, after: str) -> str | None:
    """The noun after a count where it is a pair counted as one (obs_counted_pairs.tsv: 国家和地区) in a
    clause with no subject of its own ("吸引", "通达全球"), or where the words before the count are that
    pair and 的 ("…国家和地区的584个港口"); else None."""
    roles = lexicons.roles("obs_counted_pairs.tsv")
    bare = words.strip()
    bare = bare[: len(bare) - len(next((w for w in roles["scope"] if bare.endswith(w)), ""))]
    paired = after in roles["pair"] and len(bare) <= 2 or words.strip().removesuffix("的") in roles["pair"]
    return after if after and paired else None


def _names_nothing_alone(words: str) -> bool:
    """"要全面完成3.4万平方米草坪": an adverb of manner alone before a count names nothing; nor does a
    verb of work done alone ("改扩建15个社区党群服务中心", "布局13个绿电产业园区") or a time word
    ("年度36项重点改革任务扎实推进")."""
    return (words in lexicons.word_set("obs_manner_adverbs.txt") or words in _words_with_role("act")
            or words in lexicons.word_set("obs_time_qualifiers.txt"))


def _verb_and_scope(words: str) -> bool:
    """"解决农村": a verb and the population its values are of (obs_listed_scopes.txt), no measure."""
    scope = next((w for w in lexicons.words("obs_listed_scopes.txt") if words.endswith(w)), None)
    return scope is not None and _is_verb_word(words[: len(words) - len(scope)])


def _named_after_verb(ctx: SentenceContext, phrase: _Phrase, indicator: str, run: _Run) -> str:
    """The indicator a verb right before the values names ("新建7个社区服务站"): the verb and the noun
    after the count; with no noun after it, the subject of the clause before ("全部财政收入…,
    完成11.68亿元")."""
    if phrase.after:
        verb = indicator.rstrip("了")
        return phrase.after if verb in _words_with_role("act") or indicator in _BARE_VERBS or _count_first(verb) else verb + phrase.after
    if not run.seen_names:
        return _indicator_before(ctx.text, phrase.start) or indicator
    return indicator


def _count_first(verb: str) -> bool:
    """"新建10家省级概念验证中心", "提质升级1000所中小学校食堂": a verb of building or upgrading
    (obs_count_first_verbs.txt) with the count between it and the noun is no part of the name."""
    return verb in lexicons.word_set("obs_count_first_verbs.txt")


# an example's whole name, from right after its sum to the 等 before the count of its kind
# ("15亿元南方水泥优化升级等32个项目": the verb inside the name is no end of it)
_EXAMPLE_TO_COUNT = re.compile(rf"([{CJK_CHARS}A-Za-z]{{2,{OBSERVATION_LIMITS.noun_after_chars}}}?)等\d+[个项家]")


def _listed_investment(ctx: SentenceContext, phrase: _Phrase, run: _Run) -> str:
    """"投资14亿元A、15亿元B等32个项目开工建设": a sum listed with no words of its own right after
    the noun of a sum named by 投资 is the next thing's investment (B投资), as the first is A's; ""
    where the value is no such item."""
    verb, noun = run.last_after or ("", "")
    at = phrase.start
    if (phrase.text.strip() or verb not in _MONEY_VERBS or not phrase.after or ctx.text[at - 1:at] != "、"
            or not ctx.text.endswith(noun, 0, at - 1)):
        return ""
    example = _EXAMPLE_TO_COUNT.match(ctx.text, phrase.group[-1].end)
    return (example.group(1) if example else phrase.after) + verb


def _after_milestone(text: str, phrase_start: int, verb: str) -> bool:
    """"地区生产总值跨越两个百亿台阶,年均增长7.2%": a change with no name of its own right after a
    clause of marks passed with no figure (obs_milestone_verbs.txt) is the change of that clause's subject."""
    return (verb.endswith(_words_with_role("up", "down"))
            and _milestone_passed().search(text[:phrase_start].rstrip(",;") + ",") is not None)


def _bare_verb(words: str) -> str:
    """The verb before a value with no name of its own, without the time words around it
    ("年内实现", "完成今年") or a word of degree after it ("完成超"), or the cue word that dates it
    ("…跨越两大台阶,预计达到8200亿元", "力争完成": obs_clause_cues.tsv)."""
    verb = re.sub(r"[超近约逾]$", "", words.strip())
    cue = next((w for w in lexicons.words("obs_clause_cues.tsv") if verb.startswith(w) and len(verb) > len(w)), "")
    verb = verb[len(cue):]
    lead_time = _lead_time().match(verb)
    verb = verb[lead_time.end():] if lead_time else verb
    tail_time = next((w for w in lexicons.words("obs_time_words.txt") if verb.endswith(w)), "")
    return verb[: len(verb) - len(tail_time)]


def _examples_verb(text: str, phrase_start: int) -> str:
    """The stage verb that opens the clause of a list of named examples ("建成投用A、B等…"), which
    the count after 等 shares; "" when the clause opens otherwise ("成功引进A、B等20户企业")."""
    start = clause_start(text, phrase_start, ",;。:")
    stages = lexicons.words("obs_stage_verbs.txt")
    # the clause may open with the phrase itself ("新开工A等100件重点水网工程")
    return max((w for w in words_opening(stages, text, start) if text.startswith(w, start)), key=len, default="")


def _after_named_examples(ctx: SentenceContext, phrase: _Phrase, indicator: str) -> str:
    """"签约A产业园、B公司等优势项目45个": projects, organizations or places named as examples
    before 等 are no part of the kind that is counted after it."""
    k = indicator.rfind("等")
    at = ctx.text.rfind(indicator[: k + 1], phrase.start, phrase.group[0].start) if 0 < k < len(indicator) - 1 else -1
    if at >= 0 and ctx.taken(at, at + k, (PROJECT, ORG, PLACE)):
        return indicator[k + 1:]
    if at > 0 and len(phrase.group) == 1 and ctx.text[at - 1] == "、":
        return _listed_examples(ctx.text, at, indicator, k)
    # one example alone opening the phrase (a list's last item with 、 before it is handled above)
    alone = at >= 0 and k >= 2 and ctx.text[at - 1:at] != "、" and "、" not in indicator[:k]
    word = ctx.token_starting_at(at + k) if alone else None
    kind = indicator[k + 1:]
    if word is not None and word.word == "等" and (_names_measured_kind(kind) or _counted_kind(phrase, kind)):
        return kind  # "建材等五大主导产业实现产值300亿元": one example, the kind measured
    return indicator


def _counted_kind(phrase: _Phrase, kind: str) -> bool:
    """"开展“全闽乐购”等促消费活动近万场", "建设水池等调蓄设施": a kind of three characters or more after
    one example, its things counted (no percentage, no money): the kind counted. A short kind ("高校",
    "管网") or a rate of the example ("原油等大宗商品进口增长5.8%") keeps the example."""
    return len(kind) >= 3 and all(q.unit and not q.unit.endswith(("%", "元")) for q in phrase.group)


def _names_measured_kind(kind: str) -> bool:
    """"特色产业规上产值", "五大主导产业产值": a kind named after 等 with a measure of its own."""
    head = _head_of(kind)
    return bool(head) and len(kind) - len(head) >= 2


def _listed_examples(text: str, at: int, indicator: str, k: int) -> str:
    """One value after a list of examples closed by 等 ("A、B、C等特色产业规上产值突破90亿元",
    "A、B、C等投资增长23%"): a kind named after 等 with a measure of its own is the indicator
    (特色产业规上产值), the examples no part of it; a bare measure after 等 (投资) is of the whole
    list, which the 、 before the last example had cut off."""
    kind = indicator[k + 1:]
    if _names_measured_kind(kind):
        return kind
    measured = kind in lexicons.word_set("obs_listed_measures.txt")
    if not measured and kind.endswith(lexicons.words("project_heads.txt")):
        # "打通明珠路、经一路等断头路12条": works named as examples are no part of the kind counted
        return kind if len(kind) >= 2 else indicator
    # "提供心理、法律、维权、调解等个案服务超3000个": a kind that is no measure is named by its
    # examples too, all of them, where each is a word or two (心理, 法律: kinds of it, no named things)
    longest = OBSERVATION_LIMITS.example_chars if measured else OBSERVATION_LIMITS.example_word_chars
    items = _examples_listed(text, at, indicator, longest)
    return _strip_lead("、".join(items)) if items else indicator


def _examples_listed(text: str, at: int, indicator: str, longest: int) -> list[str]:
    """The examples listed with 、 before the last one (`indicator`, from `at`) and it, each at most
    `longest` characters; [] where one is longer or shorter than two."""
    items, end = [indicator], at - 1
    while end > 0 and text[end] == "、":
        start = clause_start(text, end, OBSERVATION_LIMITS.example_breaks)
        item = text[start:end]
        if text[start - 1:start] != "、":
            item = _without_opening_verb(item)  # "提供心理、法律…": the clause's verb
        if not 2 <= len(item) <= longest:
            return []
        items.insert(0, item)
        end = start - 1
    return items


def _without_opening_verb(item: str) -> str:
    """The first example of a list without the verb of the clause it opens with ("提供心理" → 心理)."""
    first = next(iter(tokenizer_tags().cut(item)), None)
    verb = first is not None and first.flag == "v" and len(item) - len(first.word) >= 2
    return item[len(first.word):] if verb else item


@functools.lru_cache(maxsize=1)
def _invested_works_clause() -> re.Pattern[str]:
    """A verb of works (obs_invested_work_verbs.txt), perhaps a count (and what it counts, with 的),
    and the works it does, perhaps quoted, perhaps with a word of their building after them
    (obs_invested_works_finals.txt), closing the clause: "完成了93所学校硬件改善工程", "实施了拆炉并网
    工程"; in a clause of its own right after the sum: ",启动实施某某水厂改扩建工程", ",完成5个村的饮水
    安全工程", ",重点实施“菜篮子”工程建设". Not a set counted after its name (",实施重点商贸流通项目17个":
    the plan stays the area's, test_indicator_names_as_written)."""
    verbs = alternation_pattern(lexicons.words("obs_invested_work_verbs.txt"))
    finals = alternation_pattern(lexicons.words("obs_invested_works_finals.txt"))
    count = rf"\d+[{''.join(_WORKS_COUNTERS)}所栋]"
    return re.compile(rf"(?P<own>,)?(?:{verbs})了?(?:{count}(?:[{CJK_CHARS}]{{1,2}}的)?)?"
                      rf"(?P<works>[{CJK_CHARS}“”]{{2,{OBSERVATION_LIMITS.noun_after_chars}}}?)"
                      rf"(?:{finals})?(?=[,;。]|$)")


def _invested_works(text: str, q_end: int) -> str:
    """"投资8850万元完成了93所学校硬件改善工程", "投资1亿元,启动实施某某水厂改扩建工程": the works a sum
    invested is spent on, named after the verb of the works right after the sum (in its clause, or
    opening the next), when they end with a works' head (project_heads.txt) and are more than a
    category (generic_projects.txt: "实施重点项目32个" names no works of its own); "" for any other
    clause ("投资3700万元,集中改造…": the clause opens with no verb of works)."""
    m = _invested_works_clause().match(text, q_end)
    works = clean_name(m.group("works")) if m else ""
    if "的" in works or not works.endswith(lexicons.words("project_heads.txt")):
        return ""
    head = next(h for h in lexicons.words("project_heads.txt") if works.endswith(h))
    kind = works[: len(works) - len(head)]
    return "" if m.group("own") and (not kind or kind in lexicons.word_set("generic_projects.txt")) else works


@functools.lru_cache(maxsize=1)
def _works_under_way_clause() -> re.Pattern[str]:
    """A clause that is only a verb of works under way (obs_works_under_way_verbs.txt) and the works:
    "继续推进某某改造", "全力建设某某水厂改扩建工程"."""
    verbs = alternation_pattern(lexicons.words("obs_works_under_way_verbs.txt"))
    return re.compile(rf"(?:{verbs})(?P<works>[{CJK_CHARS}]{{2,{OBSERVATION_LIMITS.noun_after_chars}}})")


def _works_of_clause_before(text: str, value_start: int) -> str:
    """"继续推进某某并网改造,年内投资1.6亿元": a sum invested alone in its clause right after a clause
    that is only works under way is spent on those works, when they end with a works' head
    (project_heads.txt) or a works' action (obs_works_action_heads.txt: 改造); "" otherwise."""
    b = _clause_opening(text, value_start)
    if b < 1 or text[b - 1] != ",":
        return ""
    m = _works_under_way_clause().fullmatch(text, _clause_opening(text, b - 1), b - 1)
    works = m.group("works") if m else ""
    heads = lexicons.words("project_heads.txt") + lexicons.words("obs_works_action_heads.txt")
    return works if works.endswith(heads) and not works.startswith(tuple(lexicons.words("generic_projects.txt"))) else ""


def _verb_phrase_and_noun(indicator: str, after: str) -> str:
    """"开发储备超8000个公益性岗位", "推动1万家工业企业技术改造": a verb phrase before the count
    names with the noun after it, unless that noun opens a clause of its own."""
    opens_clause = after.startswith(_words_with_role("act", "level", "up", "down")) or any(
        after.startswith(v) for v in words_opening(lexicons.words("triggers.txt"), after) if len(v) > 1)
    if not after or opens_clause:
        return indicator
    if indicator in _MONEY_VERBS:
        return after + indicator  # "投资8850万元完成了93所学校硬件改善工程"… → …工程投资
    verb = next((w for w in _words_with_role("act") if indicator.startswith(w)), "")
    if verb and indicator == verb or _count_first(indicator):
        return after
    # "统筹实施8000个重大项目": a word of manner before the verb that does the work names nothing
    # either (a qualifier of the kind does: "重点建设40个绿美点")
    done = next((w for w in _words_with_role("act") if indicator.endswith(w) and len(w) >= 2), "")
    manner = indicator[: -len(done)] if done else ""
    return after if len(manner) == 2 and manner not in _words_with_role("compound") else indicator + after


def _group_names(phrase: _Phrase, indicator: str, side_by_side: bool, continues: bool, run: _Run) -> list[str]:
    """One indicator name for each value of the group."""
    group = phrase.group
    if continues:
        # "完成106亿元,增长9%": the value continues the last indicator; "分别增长11.1%和5%"
        # continues the last two
        names = run.seen_names[-len(group):]
    elif side_by_side:
        # "906户1559人实现稳定脱贫": households and people of one event are two counts
        counted = indicator and not indicator.endswith(("人口", "户数", "人数", "户", "人"))
        names = [indicator + _COUNTED.get(q.unit.lstrip("万"), "") if counted else indicator for q in group]
    else:
        names = _spread(indicator, len(group), phrase.respectively or _two_populations(indicator, len(group))) \
            if len(group) > 1 else [indicator]
    if len(names) < len(group):
        names = names + [names[-1]] * (len(group) - len(names))
    return names


def _two_populations(indicator: str, n: int) -> bool:
    """Two values of a name that holds a paired word of two populations (城乡: obs_paired_populations.txt)
    are one for each, 分别 written or not ("城乡居民人均可支配收入年均增长5.4%和9.5%")."""
    return n == 2 and any(w in indicator for w in lexicons.words("obs_paired_populations.txt"))


def _value_names(text: str, phrase: _Phrase, indicator: str, names: list[str], continues: bool,
                 run: _Run) -> list[tuple[Quantity, str]]:
    """Each value with the name of what it measures, shares and continued names made whole."""
    group = phrase.group
    pairs = list(zip(group, names))
    # a per-head word opening the value's clause after a list of measures raised: each by the value
    # (not a name that opens with one: "人均A和B达到…")
    each = _each().search(phrase.text) or (_per_head_lead().match(phrase.text) and not _per_head_lead().match(indicator))
    if len(group) == 1 and not continues and (each or "分别" in phrase.text):
        # "制造业贷款余额、科技贷款余额均增长11.7%": one value for each listed indicator;
        # "议案建议143件、政协提案260件,办结率均为100%": a bare measure of each thing counted
        items = [x for x in re.split(r"[、和及与]", indicator) if x]
        measured = [_subject_of(indicator, n) for n in run.last_names] if len(run.last_names) > 1 else []
        # "城乡居民人均可支配收入均增长7%", "…分别增长7.5%": a paired word names two measures, each at the value
        paired = _spread(indicator, 2) if len(items) == 1 else []
        if len(items) > 1:
            pairs = [(group[0], name) for name in _spread(indicator, len(items))]
        elif len(set(paired)) == 2:
            pairs = [(group[0], name) for name in paired]
        elif measured and all(measured):
            pairs = [(group[0], name) for name in measured]
    elif len(group) == 1 and not continues and "、" in indicator and _each_listed(indicator, phrase):
        # "九年义务教育巩固率、高中阶段毛入学率保持在97%以上", "社会消费品零售总额、固定资产投资增长4%左右":
        # each whole rate or measure listed at the one value (_rates_listed)
        pairs = [(group[0], name) for name in indicator.split("、")]
    elif len(group) == 1 and continues and _each_of_last(phrase, run):
        # "城镇和农村居民人均可支配收入分别达35512元、25689元,分别同比增长7.8%": a change with no name
        # of its own after a run of values holds for each measure of that run
        pairs = [(group[0], name) for name in run.last_names]
    totals = _totals_of(pairs, run.seen_names, continues)
    if totals != pairs:
        return totals  # named whole already
    # "存贷款余额分别为a、b,…,占全省比重c、d": as many shares as measures just named, one each
    each = len(pairs) > 1 and len(run.last_names) == len(pairs)
    pairs = [(q, _share_of(name, q.unit, [run.last_names[i]] if each and name.startswith("占") else run.seen_names,
                           phrase.text)) for i, (q, name) in enumerate(pairs)]
    # "新农合制度保障水平不断提高,参合率达到99.2%" → 新农合参合率: the scheme the clause before names
    return [(q, ("" if continues else _scheme_of_clause_before(name, text, phrase.start))
             or _continued(name, run.seen_names, text, phrase.start, continues, "等" in phrase.text)) for q, name in pairs]


def _each_listed(indicator: str, phrase: _Phrase) -> bool:
    """Whole rates listed (_rates_listed), or whole measures listed before one change in %."""
    items = indicator.split("、")
    return all(map(_whole_rate, items)) or (phrase.group[0].unit == "%" and _indicator_and_measure(phrase.text)[1] == "change"
                                            and all(map(_whole_measure, items)))


def _each_of_last(phrase: _Phrase, run: _Run) -> bool:
    """A value's clause that opens with 分别 or 均 and a verb alone (",分别同比增长7.8%"), right after a
    run of two or more values listed with 、 or a conjunction."""
    return len(run.last_names) > 1 and bool(_EACH_OF_LAST.fullmatch(phrase.text))


_EACH_OF_LAST = re.compile(r"[,，]?(?:分别|均)(?:同比|比上年)?(?:增长|下降|提高|减少|增加)")


# "总里程", "总规模": a total named by its head alone
_BARE_TOTAL = re.compile(rf"总[{CJK_CHARS}]{{1,3}}")


def _totals_of(pairs: list[tuple[Quantity, str]], seen: list[str], continues: bool) -> list[tuple[Quantity, str]]:
    """"新增高速公路1317公里、一级公路2667公里,总里程分别达4246公里和3166公里": a total named by
    its head alone is the total of each of the things just named (高速公路总里程, 一级公路总里程)."""
    names = {name for _, name in pairs}
    name = next(iter(names)) if len(names) == 1 else ""
    if (continues or len(seen) < len(pairs) or name in _TOTALS or not _BARE_TOTAL.fullmatch(name)
            or not _has_head(name)):
        return pairs
    # of a sector's figure, the sector's ("接待游客300万人次,总收入25亿元" → 旅游总收入)
    return [(q, (_sector_of(name, thing) or _without_head(_strip_new(thing))) + name)
            for (q, _), thing in zip(pairs, seen[-len(pairs):])]


def _without_head(name: str) -> str:
    """"规上工业增加值增长6%,总产值增长4.5%": a total after a measure is of the measure's subject
    (规上工业总产值), not of the measure."""
    head = _head_of(name)
    return name[: -len(head)] if head else name


def _value_mentions(ctx: SentenceContext, pairs: list[tuple[Quantity, str]], words: str, indicator: str,
                    how: _How) -> list[Mention]:
    """An observation for each value that states one (a range "3-5家" is two: its bounds)."""
    per = _PER_UNIT.search(indicator)
    out = []
    for q, name in pairs:
        # a kind of village is no indicator name, but its count is where the clause says the
        # villages left the poor list ("320个贫困村全部出列": ANNOTATION 5)
        exited = name == _exited_kind(ctx.text, q.end)
        if not name or (_not_an_indicator(name) and not exited and not _head_count_of_kind(name, q)) \
                or _is_rule_count(words, q, ctx.text) \
                or _not_observed(ctx.text, q, name) \
                or _verb_of_the_count(ctx.text, q, name):
            continue
        values = [(q.value, q.bound)] if not q.high else [(q.value, "min"), (q.high, "max")]
        unit = q.unit + "/" + per.group(1) if per and "/" not in q.unit else q.unit
        if unit in ("万", "亿") and name.endswith("人口"):
            unit += "人"  # "农村贫困人口减少1240万": a number of people
        elif unit in ("万", "亿", "万亿") and name.endswith(lexicons.words("obs_money_heads.txt")):
            unit += "元"  # "宝石机械产值突破百亿": a sum of money
        name = _with_extent(_PER_UNIT.sub("", name) if per else name, unit)
        written = _quoted_as_written(ctx.text, name, q.start)
        quoted = {"indicator_written": written} if written else {}
        for value, bound in values:
            out.append(ctx.mention(OBSERVATION, q.start, q.end, indicator=name, value=value, unit=unit,
                                   measure=how.measure, direction=how.direction, bound=bound, period=how.period,
                                   status=how.status, continues=how.continues, **quoted))
    return out


def _quoted_as_written(text: str, name: str, end: int) -> str | None:
    """"“三公”经费下降12%", "新增专精特新“小巨人”企业8家": the name as the sentence writes it, with its
    quoted part, where the words before the value (the last time before `end`) write it so; quotes
    around the whole name drop (ANNOTATION: only those). None where no quote is written inside it."""
    if len(name) < 2 or "”" not in text:
        return None  # most sentences quote nothing
    if "“" not in name and not any(text[i + 1:i + 2] in name for i in _opening_quotes(text)):
        # a name written with a quote inside holds “ right before one of its characters: where no “ in the
        # sentence stands before one, no part of the name is so written, and no pattern need be compiled
        return None
    # the whole name, else the part a verb carried over to it leaves ("新增…、重点“小巨人”企业9家" →
    # 新增重点“小巨人”企业), written before the value or, for a count before its noun, right after it
    # ("建设1000个农村“水盆子”项目")
    for cut in range(0, max(1, len(name) - 2)):
        written = _written_with_quotes(text, name[cut:], end)
        if written:
            return name[:cut] + written
    return None


def _opening_quotes(text: str) -> list[int]:
    """Where an opening quote “ stands in `text`."""
    return [i for i, c in enumerate(text) if c == "“"]


def _written_with_quotes(text: str, name: str, end: int) -> str | None:
    """`name` as the text writes it with quotes inside it: the last time before `end`, else the
    first time after it; None where it is not so written."""
    pattern = "“?" + "[“”]?".join(map(re.escape, name)) + "”?"
    found = None
    for found in re.finditer(pattern, text[:end]):
        pass
    found = found or re.compile(pattern).search(text, end)
    written = found.group() if found else name
    if written.startswith("“") and written.endswith("”") and written.count("“") == 1:
        written = written[1:-1]  # "“某某指数”": quotes around the whole name
    balanced = written.count("“") == written.count("”") and "“" in written
    return written if balanced and written.index("“") < written.index("”") else None


def _remember(run: _Run, text: str, phrase: _Phrase, names: list[str]) -> None:
    """What this group's names leave for the values after it."""
    named = [n for n in names if n]
    # "地区生产总值年均增长13.7%,高于全国5.9个百分点,是2010年的1.8倍": a gap to a reference area
    # measures nothing, and a value after it continues the indicator named before it
    run.seen_names.extend(n for n in named if not _reference_gap().fullmatch(n))
    # the values of a run joined by 、 or a conjunction ("议案建议143件、政协提案260件", "…668件和政协提案914件")
    joined = phrase.start > 0 and text[phrase.start - 1] in ("、", *_COUNT_JOINS)
    run.last_names = (run.last_names if joined else []) + named
    after = phrase.after
    run.last_after = (names[-1][: -len(after)], after) if after and names and names[-1].endswith(after) else None
    if after and names and names[-1].startswith(after) and names[-1][len(after):] in _MONEY_VERBS:
        run.last_after = (names[-1][len(after):], after)  # "投资14亿元A" → A投资: the verb is 投资


# "由2010年的", "从", "分别从每人每月": the opening of a "from X to Y" figure
@functools.lru_cache(maxsize=1)
def _from_point() -> re.Pattern[str]:
    """"由2010年的22.5%提高到": 由/从 and the starting point after it, up to the verb that reaches
    the value (what a "from X to Y" figure's indicator does not include)."""
    verbs = alternation_pattern(lexicons.words("obs_reach_verbs.txt"))
    return re.compile(rf"^[由从].*?(?={verbs})")


# "由上年下降2.3%转为增长8.5%": a starting point may be the year before and a change
# ("由上年的33.5:21.6:44.9调整为", "由上年末的": 的 and 底/末 after it, as after a written year)
# "由“十五”末的12.8亿元增加到": the end of a plan, a year written as its plan
_START_POINT = re.compile(r"(?:分别)?[由从](?:(?P<year>\d{4})年(?:底|末)?的?|(?P<last>上年|去年|上一年)(?:底|末)?的?"
                          r"|(?P<plan>[“\"]?十[一二三四五六七八九]?五[”\"]?期?末)的?)?(?:每人每[年月日天]|人均(?:每[年月])?)?"
                          r"(?P<change>增长|下降|减少|提高)?$")
# the words that put a figure in a span of years ("五年来", "过去五年", "“十四五”时期")
_SPAN_CUES = re.compile(r"五年|十[一二三四五六七八九]五")
@functools.lru_cache(maxsize=1)
def _ahead_cues() -> dict[str, int]:
    """The part cues of obs_part_cues.tsv that speak of years ahead ("今后五年"), in file order,
    each with how many years ahead its span ends."""
    return {row[0]: int(row[3]) for row in lexicons.rows("obs_part_cues.tsv") if row[2] == "ahead"}


def _plan_period(heading: str, mode: str, year: int | None) -> int | None:
    """A plan part about a five-year plan ("“十五五”时期的主要目标") or the five years ahead
    ("二、今后五年的主要目标") sets targets for its last year; one that opens the span
    ("“十五五”开好局、起好步") sets the report's own year's."""
    if mode != "plan" or opens_plan_span(heading):
        return None
    ahead = next((years for word, years in _ahead_cues().items() if word in heading), None)
    return five_year_plan_end(heading) or (year + ahead if year and ahead else None)


def _span_heading(ctx: SentenceContext, section: Section) -> str:
    """The heading that dates a section's targets: its own, or for a numbered section under a plan
    part of a five-year plan ("二、“十五五”时期总体要求和目标任务" → "（七）美丽山西建设取得重大成效"),
    its part's, whose span its goals share (ANNOTATION 9); not a part's that also names the year's
    work ("“十五五”时期目标任务和2026年工作安排": its sections are that year's)."""
    parent = ctx.doc.section(section.parent) if section.level == 2 and section.parent else None
    if parent is None or five_year_plan_end(section.heading) or _HEADING_YEAR.search(parent.heading):
        return section.heading
    return section.heading if opens_plan_span(parent.heading) else parent.heading


# "2021年,地区生产总值增长7%左右", "“十四五”时期,…年均增长6%", "到2025年,…", "“十五五”期末,…": a
# plan sentence that opens with the year or the span it sets its targets for, after a word of aim or
# estimate or none ("力争到2025年,…")
_OPENING_PERIOD = re.compile(rf"\s*(?:{lexicons.alternation('obs_opening_leads.txt')})?(?:到|至)?(?:"
                             r"(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?(?![\d月])"
                             r"|[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:时期|期间|期末|末))")


_THIS_YEAR = re.compile(r"今年(?!以来)")


def _span_ahead(ctx: SentenceContext, mode: str) -> bool:
    """"“十四五”时期,地区生产总值年均增长5.5%-6%" in a review part of the report of 2021: a
    sentence that opens with a five-year span ending after the report's own year, or with a year
    after it ("到2025年,全县城镇化率达到55%" in the report of 2023), sets its targets (ANNOTATION 9),
    not "“十三五”时期以来," (the years so far)."""
    m = _OPENING_PERIOD.match(ctx.text) if mode == "review" and ctx.doc.year else None
    if m is None or not ctx.text.startswith(",", m.end()):
        return False
    end = int(m.group("year")) if m.group("year") else five_year_plan_end(m.group("plan"))
    return end is not None and end > ctx.doc.year


def _opening_period(ctx: SentenceContext, mode: str) -> int | None:
    """The year a plan sentence's own opening sets its targets for, where it is the report's own
    year or later ("二、“十四五”时期主要目标和2021年工作安排" holds targets of both)."""
    m = _OPENING_PERIOD.match(ctx.text) if mode == "plan" else None
    if not m:
        # "综合考虑…,今年主要预期目标是:" under a heading of the span and the year: the year's own
        first = ctx.quantities[0].start if ctx.quantities else 0
        own = mode == "plan" and (_THIS_YEAR.search(ctx.text, 0, first) or _year_targets_paragraph(ctx))
        return ctx.doc.year if own and ctx.doc.year else None
    year = int(m.group("year")) if m.group("year") else five_year_plan_end(m.group("plan"))
    return year if ctx.doc.year and year >= ctx.doc.year else None


# "今年经济社会发展的主要预期目标是:", "全省经济社会发展的主要预期目标是:": the words that open the
# year's list of targets (a five-year plan's list is its 主要目标 or 主要指标, and names its span)
_YEAR_TARGETS_OPENING = re.compile(r"^[^。;:;:]*预期目标[为是]?[::]")


def _year_targets_paragraph(ctx: SentenceContext) -> bool:
    """Whether the sentence's paragraph opens the year's list of expected targets, which goes on over
    several sentences ("…主要预期目标是:地区生产总值增长5%左右…;城镇调查失业率5.7%左右,城镇新增就业
    18万人以上;") under a heading of the span and the year ("“十五五”时期主要目标和2026年重点工作")."""
    first, sents = ctx.sentence, ctx.doc.sentences
    while first.index > 0 and sents[first.index - 1].paragraph == first.paragraph:
        first = sents[first.index - 1]
    m = _YEAR_TARGETS_OPENING.match(first.text)
    return m is not None and not _SPAN_CUES.search(m.group())


_PLAN_NAMED = re.compile(r"十[一二三四五六七八九]五")
# "根据《中共广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》,…": the opening
# of a plan's draft, which states its goals next
_PLAN_PROPOSAL = re.compile(r"\s*根据[^。;]{0,60}?第[一二三四五六七八九十]+个五年规划的建议")


def _part_span_ahead(ctx: SentenceContext, section: Section, mode: str) -> int | None:
    """The last year of a five-year plan ahead that a review part's heading names for what it plans
    ("二、“十四五”时期发展成就和“十五五”时期主要目标任务", "二、“十五五”时期发展的主要考虑"): the part's
    sentences from the first that opens with that span ("“十五五”时期是…的关键时期") on set its goals
    (ANNOTATION 9); where the heading names no earlier span, all of them do."""
    part = ctx.doc.section(section.parent) if section.level == 2 and section.parent else section
    own = ctx.doc.year
    if mode != "review" or not own or part.mode != "review":
        return None
    ends = [five_year_plan_end(m.group()) or 0 for m in _PLAN_NAMED.finditer(part.heading)]
    # a span ahead starts in the report's year or later: the span a report is in the middle of ("2019年", "一、“十三五”
    # 以来工作回顾") is what it reviews
    ahead = [end for end in ends if end - 4 >= own]
    if not ahead:
        return None
    if len(ahead) == len(ends):
        return max(ahead)
    for sent in reversed(ctx.doc.sentences[: ctx.sentence.index + 1]):
        if sent.section.split(".")[0] != part.id:
            return None
        # the span opens the sentence: its mention ends within its first words ("“十五五”时期是"), or
        # the plan's draft is introduced by the Party committee's proposal for it
        if _PLAN_PROPOSAL.match(sent.text) or any(at <= 10 and end - 4 >= own for at, end in opening_plan_spans(sent.text)):
            return max(ahead)
    return None


def _plan_end(plan: str | None) -> int | None:
    """The last year of a plan written as a start point ("“十五”末": the tenth plan, 2005)."""
    return None if plan is None else five_year_plan_end(plan, tenth=True)


def _start_year(ctx: SentenceContext, written: str | int | None, year: int | None, mode: str) -> int | None:
    """The year a "from" value refers to: as written, else the year before the one spoken of, or
    the year before a span of five when the part has turned to the past five years."""
    if written:
        return int(written)
    if year is None:
        return None
    if mode == "review" and _in_span(ctx):
        return year - 5
    return year - 1


def _in_span(ctx: SentenceContext) -> bool:
    """Whether a sentence of this part, up to this one, has opened a review of several years."""
    part = ctx.sentence.section.split(".")[0]
    # in a part headed by one year ("一、2025年工作回顾") only its own paragraph opens a span ("五年来,…")
    heading = ctx.doc.section(part).heading
    one_year = _HEADING_YEAR.search(heading) is not None and not _SPAN_CUES.search(heading)
    sentences = ctx.doc.sentences
    for sent in reversed(sentences[: ctx.sentence.index + 1]):
        if sent.section.split(".")[0] != part:
            return False
        # ... or a line of one sentence and no figure that stands over the paragraphs after it ("这是经济实力持续
        # 提升的五年。"; not "刚刚过去的一年，是“十四五”收官之年，全市生产总值增长5.4%。")
        if one_year and sent.paragraph != ctx.sentence.paragraph and not _line_over_paragraphs(sentences, sent):
            return False
        if _SPAN_CUES.search(sent.text) and not _PLAN_OPENED.search(sent.text):
            return True
    return False


def _line_over_paragraphs(sentences: list, sent) -> bool:
    """Is the sentence a paragraph of its own with no figure, a line standing over the paragraphs after it?"""
    return not any(other.paragraph == sent.paragraph for other in sentences[max(0, sent.index - 1): sent.index + 2]
                   if other is not sent) and not any(c.isdigit() for c in sent.text)


# "一、十三五实现良好开局": the first year of a plan, no review of its years
_PLAN_OPENED = re.compile(r"十[一二三四五六七八九]五[”\"]?(?:实现|取得)?(?:良好|精彩)?开局")


def _is_rule_count(phrase: str, q: Quantity, text: str = "") -> bool:
    """"出台涉企减负30条": the count in a rule's name, not a stated value (ANNOTATION 5); so is a
    count of 条 closing a quoted name ("“产业10条”") or a list that ends in a kind of rule
    ("新型工业化18条、促进消费10条等政策措施"), with no verb of issuing before it."""
    if q.unit in ("条", "项") and any(w in phrase for w in lexicons.words("obs_issuing_verbs.txt")):
        return True
    return q.unit == "条" and _rule_name_end().match(text, q.end) is not None


@functools.lru_cache(maxsize=1)
def _rule_name_end() -> re.Pattern[str]:
    """A closing quote right after the count, or a list that goes on to 等 and a kind of rule."""
    heads = "|".join(re.escape(w) for w in lexicons.words("obs_rule_heads.txt"))
    limit = OBSERVATION_LIMITS.noun_after_chars
    return re.compile(rf"[”」』\"]|[^,;。:]{{0,{limit}}}?等[^,;。:\d]{{0,8}}?(?:{heads})")


@functools.lru_cache(maxsize=1)
def _not_observed_words() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for row in lexicons.rows("not_observed.txt"):
        table.setdefault(row[1], []).append(row[0])
    return {k: tuple(v) for k, v in table.items()}


def _not_observed(text: str, q: Quantity, name: str) -> bool:
    """"16所高职学校入选…", "重点抓好以下14个方面", "总点击量超610亿次", "实现21个地级以上市全覆盖",
    "选派医护人员849名", "8项主要指标": an honour, the size of a list, a weather event, media reach,
    the places a thing covers, people sent or measures counted, not a stated value (ANNOTATION 5)."""
    words = _not_observed_words()
    clause = _CLAUSE_MARK.split(text[q.end:], maxsplit=1)[0]
    covered = "全覆盖" in clause and clause.startswith(words.get("covered", ()))
    label = any(w in clause[: len(w) + 2] for w in words.get("label", ()))
    # a bare count of times a meeting, visit or campaign was held (召开…会8次), no value (ANNOTATION 5)
    # or a visit or a speech in the clause right after the count ("总书记4次视察我市")
    times = q.unit == "次" and (any(w in name for w in words.get("times", ()))
                               or any(w in clause for w in words.get("times_after", ())))
    before = _CLAUSE_MARK.split(text[: q.start])[-1].replace("派出所", "")
    sent = any(w in before for w in words.get("sent", ()))
    # "8项主要经济指标增速有6项居全市前列", "16个预期性指标": how many of the measures, a list's size (ANNOTATION 5)
    listed = q.unit in ("项", "个") and any(w in clause or w in name for w in words.get("listed", ()))
    # "地区生产总值连跨3个千亿级台阶": how many marks were passed, no value (the level reached is)
    passed = clause.split("、", 1)[0].strip()
    marks = q.unit == "个" and len(passed) <= 6 and passed.endswith(words.get("mark_count", ("\0",)))
    # "应出席代表210人", "1800名人大代表出席会议": who came to a session, no value (ANNOTATION 5)
    near = f"{before}|{name}|{clause}".replace("落实到", "")  # "落实到…人" is no attendance
    attended = q.unit in words.get("attendance_unit", ()) and any(w in near for w in words.get("attendance", ()))
    return (covered or label or times or sent or listed or marks or attended or _AWARDED.search(clause) is not None
            or _honoured(clause, words) or any(w in name for w in words.get("name", ()))
            or name.endswith(words.get("name_end", ("\0",))))


def _honoured(clause: str, words: dict[str, tuple[str, ...]]) -> bool:
    """"16所高职学校入选…": a word of an honour in the clause after a count; not one opening the next
    item of a list ("申报省级重点项目20个、入围12个": the shortlist's own count, not this one's), nor
    one that puts a project on a list of works (`onto_list`: "8个项目入围省重点项目库", like 列入, is
    no honour)."""
    for w in words.get("after", ()):
        k = clause.find(w)
        while k >= 0:
            if clause[k - 1:k] != "、" and not _onto_list(clause[k + len(w):], words):
                return True
            k = clause.find(w, k + 1)
    return False


# what may close the name of a list of works after its list word ("省重点项目库", "重点项目名单"; the
# clause's end or the next item): anything else after it names a designation ("重点项目建设单位")
_LIST_CLOSE = re.compile(r"(?:库|名单|清单|计划)?(?:$|[、和及与并])")


def _onto_list(rest: str, words: dict[str, tuple[str, ...]]) -> bool:
    """Whether the text after an honour word names a list of works the count is put on (`onto_list`
    the head of that name, closing it: "入围省重点项目库", "入选市级重点项目", "入选省级文旅项目库"),
    not a longer honour's name that contains the word ("入选国家重点项目建设单位")."""
    for x in words.get("onto_list", ()):
        k = rest.find(x)
        while k >= 0:
            if _LIST_CLOSE.match(rest, k + len(x)):
                return True
            k = rest.find(x, k + 1)
    return False


# "19项成果获省科学技术奖": the count of what won an award is an honour (ANNOTATION 5); an award's
# money (奖补, 奖励资金) is no honour
_AWARDED = re.compile(r"获[^,;。:\d]{0,12}奖(?![补励金])")

_BARE_VERBS = ("重点实施", "实施了", "建成了", "完成了", "新建了")


# what a count of households or people side by side measures (稳定脱贫户数, 稳定脱贫人口)
_COUNTED = {"户": "户数", "人": "人口"}
# verbs whose object is what the money went to ("投资1.3亿元…工程" is the works' investment)
_MONEY_VERBS = ("投资", "投入")


def _listed_after(phrase: str, last_after: tuple[str, str] | None) -> str | None:
    """The verb of a list of counts whose nouns follow them, when this phrase is only the last
    noun and a conjunction ("…40个绿美点和6条…" → 重点建设); None when it is not."""
    if last_after is None or not last_after[1]:
        return None
    return last_after[0] if phrase.rstrip("和及与、") == last_after[1] and phrase != last_after[1] else None


def _ends_in_verb(ctx: SentenceContext, indicator: str, phrase_start: int, q_start: int) -> bool:
    """Whether the words before a count end in a verb (jieba's tag), so the count is its object."""
    if not indicator:
        return False
    end = ctx.text.rfind(indicator, phrase_start, q_start)
    if end < 0:
        return False
    end += len(indicator)
    last = ctx.token_ending_at(end)
    if last is not None and last.word.endswith(_work_finals()) and indicator[-4:-2] in triggers():
        return True  # "巩固提升6.3万农村人口…": an upgrade closing a verb of work is the work
    return (last is not None and last.pos in ("v", "vn") and last.word not in _words_with_role("up", "down", "level", "tail")
            and indicator not in _words_with_role("lead"))  # "使8000户居民家庭的…": no measure


def _named_right_before(ctx: SentenceContext, q_start: int) -> bool:
    """"胜利三路、学府路和贝尔大街3条主干道路": names listed right before a count of their kind are
    examples of it; the count names the kind after it."""
    return any(m.type in (PLACE, ORG, PROJECT) and m.local_end == q_start for m in ctx.found)


def _names_no_quantity(ctx: SentenceContext, indicator: str, phrase_start: int) -> bool:
    """A phrase that is only a place or organization ("主城区21家4S店") names where, not what."""
    return any(m.type in (PLACE, ORG) and m.text == indicator and m.local_start >= phrase_start for m in ctx.found)


# projects counted and the work they completed ("83个重点项目累计完成投资")
_PROJECTS_DONE = re.compile(r"项目(?:累计|共)?完成")


def _is_reference_set(text: str, q: Quantity, nxt: Quantity | None) -> bool:
    """"74个重点城市细颗粒物年均浓度下降9.1%", "15个主平台落地项目2200个": a count whose noun is
    measured by the next value of the same clause is the size of a reference set (ANNOTATION 5)."""
    if nxt is None or not q.unit.endswith(_SET_COUNTERS):
        return False
    gap = text[q.end:nxt.start]
    if _held_head_count(text, nxt):
        return False  # "建成马术场1个可容纳马200匹": the works are counted, the heads are what they hold
    if _PROJECTS_DONE.search(gap):
        return False  # "192个重点项目完成投资827亿元": the projects are counted as well as measured
    # ("9个中心城市空气质量优良天数比例达到97.4%": 达到 states the value; 到 and 至 else join a span)
    return bool(re.match(rf"[{CJK_CHARS}“”\"]{{2}}", gap)) and not re.search(r"[,;:、和及与至]|(?<!达)到", gap)


# "以现代物流等12个重点产业为突破口": 以 opening the clause, the count, its noun, then 为 and the role
_FRAME_BEFORE = re.compile(r"(?:^|[,;:])以[^,;:。]*$")
_FRAME_AFTER = re.compile(rf"[{CJK_CHARS}“”\"]{{2,12}}?为(?![了止])[{CJK_CHARS}]")


def _is_framed_set(text: str, q: Quantity) -> bool:
    """"以现代物流等12个重点产业为突破口": a set framed by 以…为 is what the clause works through,
    a reference, not a value stated (ANNOTATION 5, the size of a reference set)."""
    return (q.unit.endswith((*_SET_COUNTERS, "项", "条", "大")) and _FRAME_AFTER.match(text, q.end) is not None
            and _FRAME_BEFORE.search(text, 0, q.start) is not None)


# "成为全省5个试点县之一": the count before 之一 in its clause is the size of a set the subject
# belongs to (ANNOTATION 5, a reference set), no value stated of it
_ONE_OF = re.compile(rf"[^,;:。!?,;:、\d]{{1,{OBSERVATION_LIMITS.one_of_chars}}}?之一")


def _is_per_base(text: str, q: Quantity) -> bool:
    """"每50公斤提高5到7元": the quantity right after 每 that a value after it is reckoned per, in
    the same clause."""
    return text.endswith("每", 0, q.start) and re.match(r"[^,;。、]{1,8}?\d", text[q.end:]) is not None


def _is_one_of(text: str, q: Quantity) -> bool:
    """"全省评选的12个示范县之一", "3家…研发基地之一": a count of things the subject is one of."""
    return q.unit.endswith(_one_of_counters()) and _ONE_OF.match(text, q.end) is not None


@functools.lru_cache(maxsize=1)
def _one_of_counters() -> tuple[str, ...]:
    """The counters of things (obs_work_counters.txt) and of items (obs_item_counters.txt) a set is counted in."""
    return (*lexicons.words("obs_work_counters.txt"), *lexicons.words("obs_item_counters.txt"))


def _is_threshold(text: str, q: Quantity) -> bool:
    """"500万元以上固定资产投资增长1.8%", "推进投资5000万元以上产业项目947个", "30户以上自然村": a sum
    or size (obs_size_class_units.txt) with 以上 right before a noun bounds the kind measured; it is
    part of that name, no value."""
    rest = text[q.end:]
    if q.unit.endswith("元") and text[:q.start].endswith(("超", "逾")):
        kind = _SIZE_CLASS_COUNT.match(rest)
        if kind is not None and not any(w in kind.group(1) for w in _words_with_role("up", "down", "level")):
            return True  # "超百亿元项目1个": a size class of the kind counted after it (not "超10亿元,同比增长12%")
    if q.unit.endswith("元") and text[:q.end].endswith("以上") and _SIZE_CLASS_OF_COUNT.match(rest):
        return True  # "其中10亿元以上5个、5亿元以上9个": the size class of the count right after it
    sized = q.unit.endswith("元") or q.unit.endswith(lexicons.words("obs_size_class_units.txt"))
    return (sized and text[:q.end].endswith("以上") and bool(re.match(rf"[{CJK_CHARS}]{{2}}", rest))
            and not rest.startswith(("的", "和", "及", "与") + _words_with_role("up", "down", "level", "tail")))


@functools.lru_cache(maxsize=1)
def _held_heads() -> re.Pattern[str]:
    """A capacity cue (obs_capacity_cues.txt), then at most a short kind, right before a head count
    ("可容纳马200匹", "可供羊3万只")."""
    cues = "|".join(map(re.escape, lexicons.words("obs_capacity_cues.txt")))
    return re.compile(rf"(?:{cues})[{CJK_CHARS}]{{0,3}}$")


def _held_head_count(text: str, q: Quantity) -> bool:
    """"建成马术场1个可容纳马200匹": a head count (obs_head_units.txt) after a capacity cue
    (obs_capacity_cues.txt) is what the works can hold, no herd."""
    return (q.unit.endswith(lexicons.words("obs_head_units.txt"))
            and _held_heads().search(text, 0, q.start) is not None)


def _is_capacity(ctx: SentenceContext, q: Quantity) -> bool:
    """"大唐700万吨露天矿": a capacity that describes the noun right after it; "可容纳马200匹": a
    head count the works can hold."""
    if _held_head_count(ctx.text, q):
        return True
    if not q.unit.endswith(lexicons.words("obs_capacity_units.txt")):
        return False
    nxt = ctx.token_starting_at(q.end)
    if nxt is not None and CJK.match(nxt.word[0]) is not None and not is_boundary(nxt):
        return True
    # "华盛2万千瓦、华能20万千瓦风电": capacities listed before the noun of the last describe it too
    later = next((r for r in ctx.quantities if r.start >= q.end), None)
    return (later is not None and later.unit == q.unit and _LISTED_CAPACITY.fullmatch(ctx.text, q.end, later.start)
            is not None and _is_capacity(ctx, later))


# a short noun, then a count of things ("项目1个", "企业12家"): what a size class counts
_SIZE_CLASS_COUNT = re.compile(rf"([{CJK_CHARS}]{{1,8}}?)\d+[个家项]")
# a count right after a sum with 以上 ("3亿元以上17个"): the sum is the class of the things counted
_SIZE_CLASS_OF_COUNT = re.compile(r"(?:的(?:项目|企业))?\d+[个家项宗]")
_LISTED_CAPACITY = re.compile(rf"、[{CJK_CHARS}]{{1,8}}")


def _is_rank(text: str, q: Quantity) -> bool:
    """"排在全省前5名", "第3名": a rank, not a stated value."""
    before = text[max(0, q.start - 1):q.start]
    if (q.unit == "位" or text.startswith("位次", q.end)) and text[max(0, q.start - 2):q.start] in _rank_moves():
        return True  # "上升1位", "前移2个位次": a move in a ranking
    return (before in ("前", "第") or q.unit in ("名", "位") and "前" in text[max(0, q.start - 3):q.start]
            or _RANK_AMONG.match(text, q.end) is not None)


@functools.lru_cache(maxsize=1)
def _rank_moves() -> frozenset[str]:
    return lexicons.word_set("obs_rank_moves.txt")


# "吞吐量位居全国26个主要港口第13位": the size of the set a rank is among, no value
_RANK_AMONG = re.compile(rf"[{CJK_CHARS}]{{1,8}}第(?:\d+|[一二三四五六七八九十]+)[位名]")  # not "入选第二期"


# "细颗粒物(PM2.5)年均浓度", "新时代文明实践中心(所、站)": a short bracket is part of a name
_SHORT_BRACKET = re.compile(rf"\([^(),;:。]{{1,{OBSERVATION_LIMITS.bracket_chars}}}\)")


def _clause_start(text: str, q_start: int, prev_end: int, values: int = 1) -> int:
    start = prev_end
    inside = [(b.start(), b.end()) for b in _SHORT_BRACKET.finditer(text, prev_end, q_start)]
    for m in _CLAUSE_BREAK.finditer(text, prev_end, q_start):
        if any(a <= m.start() < b for a, b in inside):
            continue
        if m.group() == "、" and (not _is_list_comma(text, m.start(), q_start, values)
                                 or _joins_levels(text, m.start()) or _joins_verbs(text, m.start())
                                 or _joins_numerals(text, m.start()) or values == 1 and _joins_objects(text, m.start(), q_start)
                                 or values == 1 and _shares_one_measure(text, m.start(), q_start)):
            continue
        start = m.end()
    return start


# one string of the one-character level words ("省", "县"), for `c in` tests and regex classes
_LEVELS = lexicons.characters("obs_level_chars.txt")


def _joins_levels(text: str, pos: int) -> bool:
    """"省、市重点项目", "县、乡、村三级": a 、 between single level words is inside a name."""
    return 0 < pos < len(text) - 1 and text[pos - 1] in _LEVELS and text[pos + 1] in _LEVELS


def _joins_numerals(text: str, pos: int) -> bool:
    """"引进某集团二、三级子公司45家", "一、二类": a 、 between two single numerals lists ranks
    inside one name; a numeral alone opens no clause."""
    return (0 < pos < len(text) - 2 and text[pos - 1] in _NUMERALS and text[pos + 1] in _NUMERALS
            and (pos < 2 or text[pos - 2] not in _NUMERALS) and text[pos + 2] not in _NUMERALS)


_NUMERALS = CN_NUMERALS


def _joins_verbs(text: str, pos: int) -> bool:
    """"新建、续建5000万元以上项目", "新建、改扩建中小学和幼儿园50所": a 、 between two verbs of doing
    is inside the name they open (the value counts what both do), not between two clauses."""
    # "新建、改扩建…": a verb of works of three characters after it (text_works_verbs.txt)
    return _is_verb_word(text[max(0, pos - 2):pos]) and (_is_verb_word(text[pos + 1:pos + 3])
                                                         or text[pos + 1:pos + 4] in lexicons.word_set("text_works_verbs.txt"))


def _joins_verb_words(text: str, pos: int) -> bool:
    """"拆除、整改违法建筑", "淘汰、停建、缓建煤电产能": a 、 between two single verbs of two characters
    joins them in the name as one word (拆除整改); before a longer verb, or after a verb that closes
    a phrase of verbs ("新增减税降费、退税缓税缓费", "新建和加密建设、改造提升"), it stays as written
    (ANNOTATION: a name as written)."""
    return (_is_verb_word(text[max(0, pos - 2):pos]) and _is_verb_word(text[pos + 1:pos + 3])
            and not (pos >= 4 and _is_verb_word(text[pos - 4:pos - 2])))


def _is_verb_word(word: str) -> bool:
    """A verb of a clause (triggers.txt) or of work on what follows (_work_verb)."""
    return word in triggers() or _work_verb(word)


# the object listed last before the one value of a list of things built ("幼儿园" of "新建中小学、幼儿园25所")
_LAST_OBJECT = re.compile(rf"[{CJK_CHARS}]{{2,8}}")


def _joins_objects(text: str, pos: int, q_start: int) -> bool:
    """"新建中小学、幼儿园25所", "新建、改造供热、供水、燃气、排污管网279.2公里", "实施公路、村屯、矿区绿化3920亩",
    "培育“独角兽”、“瞪羚”企业360家": a 、 between things one verb of building or doing (a verb of
    works, of the `act` role, 完成) opens, right before the one value that counts them together, is inside the
    name: the items after it are nouns with no verb, and so are those before it back to the one that
    opens its clause with the verb."""
    if not all(_is_bare_object(item) for item in text[pos + 1:q_start].split("、")) or _counts_noun_after(text, q_start):
        return False
    verbs = (*_words_with_role("new"), *lexicons.words("text_works_verbs.txt"), *lexicons.words("obs_counted_work_verbs.txt"),
             *_words_with_role("act"), "完成")
    end = pos
    while True:
        start = clause_start(text, end, ",;。:、")
        item = text[start:end].replace("“", "").replace("”", "")
        noun = item
        # more verbs may follow the first ("新建改扩建中小学"); then only the noun
        while noun.startswith(verbs):
            noun = noun[len(next(v for v in verbs if noun.startswith(v))):]
        if noun != item:
            return 2 <= len(noun) <= 8 and not re.search(r"\d", noun) and not any(t.word in triggers() for t in tokens(noun))
        if text[start - 1:start] != "、" or not _is_bare_object(item):
            return False
        end = start - 1


# a total of the things listed ("绿色铝、硅光伏、新能源电池合计产值增长30.4%"); examples (等), kinds counted
# ("三大先导产业", "三支队伍") and a value of each (双双) in the last item
_TOGETHER = "合计"
_NOT_ONE_SET = re.compile(rf"等|[{CN_NUMERALS}]+[大支类项]|双双")


def _shares_one_measure(text: str, pos: int, q_start: int) -> bool:
    """"交通、能源、水利完成投资5400亿元", "水电、风电、光伏发电量占比43.3%": things listed from a clause's
    opening, none holding a measure's head, before the last, whose measure is named with its one level
    value (or a change of their total, 合计), are one name with it, as written: the level is of them
    together. Not examples or kinds counted (_NOT_ONE_SET), a change ("…产值年均增长超20%": of each),
    nor places or a word cut after a one-character verb (_bare_listed_thing)."""
    items = text[clause_start(text, pos, ",;。:，；：") : pos].split("、")
    rest = text[text.rfind("、", pos, q_start) + 1 : q_start]
    last, measure, _ = _indicator_and_measure(rest)
    if measure != "level" and _TOGETHER not in last or not _has_head(last) or _head_of(last) == last:
        return False
    return not _NOT_ONE_SET.search(rest) and all(_bare_listed_thing(x) for x in items)


def _bare_listed_thing(item: str) -> bool:
    """A thing listed before a shared measure: a bare object (_is_bare_object) with no head of its own,
    no place ("庆阳、酒泉经济总量" is each city's) and not cut after a one-character verb ("本外币存、贷款余额")."""
    if not _is_bare_object(item) or _has_head(item) or any(h in item for h in _indicator_heads()):
        return False
    toks = tokens(item)
    return (lexicons.find_division(item) is None and not any(t.pos == "ns" for t in toks)
            and not (toks[-1].pos.startswith("v") and len(toks[-1].word) == 1))


def _counts_noun_after(text: str, q_start: int) -> bool:
    """"创建A、B2个国家先进制造业集群": a value followed by the noun it counts has the items before it
    as examples of that noun, no list it counts."""
    q = next(iter(find_quantities(text[q_start:q_start + 24])), None)
    return q is not None and q.start == 0 and CJK.match(text, q_start + q.end) is not None


@functools.lru_cache(maxsize=4096)
def _is_bare_object(item: str) -> bool:
    """A thing listed as built: a noun of two to eight characters, its quotes left out, with no verb of
    a clause (triggers.txt) in it ("幼儿园", "排污管网", "“瞪羚”企业"; 供热 is no such verb)."""
    verbs = triggers()
    item = item.replace("“", "").replace("”", "")
    return _LAST_OBJECT.fullmatch(item) is not None and not any(t.word in verbs for t in tokens(item))


@functools.lru_cache(maxsize=4096)
def _work_verb(word: str) -> bool:
    """A verb of two characters that does work on what follows ("拆除", "停建"), as the segmenter tags
    it alone; not a verb of change or level ("增长、下降" list two values)."""
    if len(word) != 2 or word in _words_with_role("up", "down", "level", "tail"):
        return False
    toks = tokens(word)
    return len(toks) == 1 and toks[0].pos == "v"


def _is_list_comma(text: str, pos: int, q_start: int, values: int = 1) -> bool:
    """A 、 separates clauses unless a 分别 or 均 follows it before the value (a list of indicators),
    or as many values follow as names it lists ("城镇、农村居民人均可支配收入达到38381元、15187元")."""
    between = text[pos:q_start]
    return not ("分别" in between or _each().search(between) or between.count("、") < values
                or values == 1 and _rates_listed(text, pos, q_start))


def _rates_listed(text: str, pos: int, q_start: int) -> bool:
    """"九年义务教育巩固率、高中阶段毛入学率保持在97%以上", "孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上":
    whole rates listed with 、 from their clause's opening, each with its head, before one level value in %:
    each rate is at the value (a rate is of each thing, not of them together as a share, 占比, is)."""
    if not text.startswith("%", _value_end(text, q_start)):
        return False
    rest = text[pos + 1:q_start]
    last, measure, _ = _indicator_and_measure(rest)
    items = [_indicator_and_measure(x)[0] for x in text[clause_start(text, pos, ",;。:，；：") : pos].split("、")]
    if measure == "change":
        # "社会消费品零售总额、固定资产投资增长4%左右": whole measures listed, one change of each
        return not _NOT_ONE_SET.search(rest) and _TOGETHER not in rest and all(map(_whole_measure, (*items, last)))
    return measure == "level" and _whole_rate(last) and all(_whole_rate(x) for x in items)


def _whole_measure(item: str) -> bool:
    """A measure named whole: a name with a head of its own after a stem of two characters or more
    (_head_of), no verb of a clause in it."""
    head = _head_of(item)
    return bool(head) and len(item) - len(head) >= 2 and _whole_rate(item[:-len(head)] + _RATE)


def _value_end(text: str, q_start: int) -> int:
    """Where the figure that opens at q_start ends (its digits and magnitude, before its unit)."""
    m = re.match(r"[\d.]+[万亿]?", text[q_start:])
    return q_start + (m.end() if m else 0)


def _whole_rate(item: str) -> bool:
    """A rate named whole: a noun ending in 率 with a stem of two characters or more and no verb of a clause."""
    return len(item) >= 4 and item.endswith(_RATE) and "、" not in item and not any(t.word in triggers() for t in tokens(item))


@functools.lru_cache(maxsize=1)
def _each() -> re.Pattern[str]:
    """"均增长", "均为", "预期增长均为", "均同比下降": the value holds for each indicator listed before
    it (年均, 人均 and 平均 are averages, not "each")."""
    verbs = alternation_pattern(lexicons.words("obs_each_verbs.txt"))
    return re.compile(rf"(?<![年人平])均(?:同比|比上年)?(?:{verbs})?(?:超|近|约)?$|(?<=[{CJK_CHARS}]{{2}})各$")


# "省、市级": a 、 between two level characters (not after an opening bracket's) joins them
_LEVELS_LISTED = re.compile(rf"(?<!\([{_LEVELS}])(?<=[{_LEVELS}])、(?=[{_LEVELS}])")


def _continued(name: str, seen: list[str], text: str, phrase_start: int, continues: bool,
               after_examples: bool = False) -> str:
    """A name that continues the one before it: "总数" is the last indicator's total; an item
    listed after a count of new things keeps the verb ("新获…商标4个、“三品”认证15个" →
    新获三品认证); a bare rate after a rate borrows its stem ("城市道路清扫率达100%、保洁率达96%")."""
    name = clean_name(name)
    if "、" in name:  # both rewrites below touch only a 、 (most names hold none: no regex run)
        name = _LEVELS_LISTED.sub("", name)
        name = re.sub("、", lambda m: "" if _joins_verb_words(m.string, m.start()) else "、", name)  # 新建、续建 → 新建续建
    if not seen or continues or not name:
        return name
    last = seen[-1]
    if name == "人均" and "人均" not in last and not last.endswith(_SHARE_HEADS) and _has_head(last):
        return name + last  # "实现地区生产总值25.2亿元,…,人均达到5.6万元" → 人均地区生产总值
    crop = _crop_of(last) if name in _crop_measures("bare") else ""
    if crop and text[phrase_start - 1:phrase_start] in ",、":
        return crop + name  # "粮食种植面积12万亩,总产6.4万吨" → 粮食总产
    if name in _TOTALS:
        # "GDP增长6%,高于全省0.2个百分点,总量突破3000亿元": the total of the measure, not of the gap
        return _strip_new(next((n for n in reversed(seen) if not _no_share_whole().search(n)), last))
    staged = _staged_set(name, last)
    if staged and text[phrase_start - 1:phrase_start] in ",、":
        return name + staged  # "累计洽谈项目235个,签约落地101个" → 签约落地项目
    sibling = _sibling_stage(name, last)
    if sibling and text[phrase_start - 1:phrase_start] in ",、":
        return sibling  # "城镇保障性住房基本建成470万套、新开工630万套" → 城镇保障性住房新开工
    if name in _words_with_role("new") and not _has_head(last):
        return name + _strip_new(last)  # "高新技术企业达到86家,其中新认定12家" → 新认定高新技术企业
    sibling = _named_after_the_last(name, last) if text[phrase_start - 1:phrase_start] in ",、" else ""
    if sibling:
        return sibling
    counted = next((n for n in reversed(seen) if not _has_head(n)), "")
    if (counted == last and name in lexicons.word_set("obs_pace_measures.txt") and text[phrase_start - 1:phrase_start] in ",、"
            and not text.endswith(counted, 0, phrase_start - 1)
            and not _exact_count_owns_pace(text, phrase_start, counted)):
        # "实施重点项目2800多个,完成投资2400多亿元": the drive's pace, right after its count (not
        # "推进2000个省级重点项目、完成投资…", where the set closes the clause before it)
        return name
    subject = _subject_of(name, counted)
    if subject:
        return subject
    if text[phrase_start - 1:phrase_start] != "、" or after_examples:
        return name  # "…开工建设,A、B等18个续建项目投产达效": the 、 lists examples, not counts
    sets = _listed_sets(text, phrase_start, name)
    if sets:
        return sets
    verb = _with_second_verb(last, next((w for w in _words_with_role("new") if last.startswith(w)), None)
                             or _carried_verb(last))
    if verb and not name.startswith(verb) and not _has_head(name) and not _carried_verb(name):
        return verb + name
    if len(name) <= 3 and _has_head(name) and _has_head(last) and len(last) > len(name) + 1 and last[-1] == name[-1]:
        return last[: len(last) - len(name)] + name
    return name


def _named_after_the_last(name: str, last: str) -> str:
    """A measure listed right after the last indicator (after , or 、) that names it by what they share,
    else ""."""
    overlap = _overlap(last, name)
    # (not a bare 率 of the shared word: "财政赤字…,赤字率" is 赤字率, a measure of its own)
    if overlap and 2 <= len(name) - overlap <= 3 and _has_head(name):
        return last + name[overlap:]  # "安排民生支出47.2亿元,支出占比达73%" → 民生支出占比
    sector = _sector_of(name, last)
    if sector:
        return sector + name  # "接待游客2046.2万人次、综合收入107.4亿元" → 旅游综合收入
    owner = _measured_set_of(last) if name in lexicons.word_set("obs_subject_measures.txt") else ""
    if owner:
        return owner + name  # "规模以上工业企业资产负债率降低2.3个百分点,利润增长3.2%"
    thing = _measured_thing_of(last) if name in lexicons.word_set("obs_sibling_measures.txt") else ""
    return _with_measured_thing(thing, name) if thing else ""  # "林下经济总面积202万亩、产值突破百亿" → 林下经济产值


def _scheme_of_clause_before(name: str, text: str, phrase_start: int) -> str:
    """A bare enrolment measure (obs_scheme_measures.txt) opening its clause, with the social insurance
    scheme it is of before it: the clause before names the scheme, from its opening words up to the
    last head of a scheme's name (obs_scheme_heads.txt): "农村常住人口养老保险工作全面开展,参保人数
    达到8000人" → 农村常住人口养老保险参保人数; "" where the clause before names no scheme or states a
    value of its own."""
    if name not in lexicons.word_set("obs_scheme_measures.txt") or text[phrase_start - 1:phrase_start] != ",":
        return ""
    clause = text[clause_start(text, phrase_start - 1, ",;。:"):phrase_start - 1]
    if re.search(r"\d", clause):
        return ""  # "参加新型农村合作医疗的人口8.14亿,参合率91.5%": the clause measures a thing of its own
    ends = [clause.rfind(h) + len(h) for h in lexicons.words("obs_scheme_heads.txt") if h in clause]
    scheme = _strip_lead(clause[: max(ends)]) if ends else ""
    return scheme + name if len(scheme) >= 3 else ""


@functools.lru_cache(maxsize=None)
def _crop_measures(kind: str) -> frozenset[str]:
    return frozenset(row[1] for row in lexicons.rows("obs_crop_measures.tsv") if row[0] == kind)


def _crop_of(name: str) -> str:
    """"粮食播种面积" → 粮食: the crop a name states a crop measure of, or ""."""
    # longest first, in a fixed order: 粮食总产量 ends in 总产量 (粮食), not 产量 (粮食总)
    head = next((w for w in lexicons.longest_first(_crop_measures("named"))
                 if name.endswith(w) and len(name) - len(w) >= 2), "")
    # "2021年白银产量18吨、产值0.9亿元" → 白银产值: the year the figure is of is no part of the crop
    return re.sub(r"^\d{4}年(?=..)", "", name[: -len(head)]) if head else ""


@functools.lru_cache(maxsize=None)
def _sector_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each sector of obs_sector_measures.tsv: its cue words and the bare measures it names."""
    sectors: dict[str, dict[str, tuple[str, ...]]] = {}
    for sector, kind, word in lexicons.rows("obs_sector_measures.tsv"):
        words = sectors.setdefault(sector, {"cue": (), "bare": ()})
        words[kind] += (word,)
    return sectors


def _sector_of(name: str, last: str) -> str:
    """The sector a bare measure is of, shown by the name stated just before it ("接待游客" →
    旅游 for "综合收入"), or ""."""
    return next((sector for sector, words in _sector_words().items()
                 if name in words["bare"] and any(cue in last for cue in words["cue"])), "")


def _measured_thing_of(name: str) -> str:
    """"林下经济总面积" → 林下经济, "新增长护险参保人数" → 长护险: the thing a measure is of, what
    is left before its head (without a verb of new things), when that is a name of three characters
    or more and no measure itself; "" otherwise."""
    head = _head_of(name)
    thing = _strip_new(name[: len(name) - len(head)]) if head else ""
    thing = thing[:-1] if thing.endswith(("总", "年")) else thing
    # a thing of two characters may be a stem of the measure's own ("装机规模" → 装机: no thing it is of)
    return thing if len(thing) >= 3 and not _has_head(thing) and not re.search(r"\d", thing) else ""


def _with_measured_thing(thing: str, name: str) -> str:
    """The thing and the bare measure of it, the words they share written once ("长护险参保" and
    参保率 → 长护险参保率)."""
    return thing[: len(thing) - _overlap(thing, name)] + name


def _overlap(before: str, after: str) -> int:
    """How many characters (two or more, fewer than either) that `before` ends with `after` opens
    with ("民生支出" and 支出占比: 2); 0 where they share none."""
    return next((k for k in range(min(len(before), len(after)) - 1, 1, -1) if after.startswith(before[-k:])), 0)


def _measured_set_of(name: str) -> str:
    """"规模以上工业企业资产负债率" → 规模以上工业企业: the set of units a measure is of, when the
    name has one before its measure."""
    ends = [name.rfind(w) + len(w) for w in lexicons.words("obs_measured_sets.txt") if w in name]
    k = max(ends, default=0)
    return name[:k] if 2 < k < len(name) else ""


def _listed_sets(text: str, phrase_start: int, name: str) -> str:
    """"其中超亿元企业、项目10个": a bare set word (`obs_measured_sets.txt`) listed after another set
    with no value of its own shares its qualifier, and the one value counts both (超亿元企业、项目);
    "" where the name is no bare set or the item before it is no set."""
    sets = lexicons.words("obs_measured_sets.txt")
    if name not in sets:
        return ""
    item = _strip_lead(text[clause_start(text, phrase_start - 1, ",;。:、"):phrase_start - 1])
    return f"{item}、{name}" if item.endswith(sets) and len(item) > 2 and not re.search(r"\d", item) else ""


def _staged_set(name: str, last: str) -> str:
    """The set a bare stage verb counts (`obs_stage_verbs.txt`: "签约落地101个", "竣工18个") right
    after a count of that set (`obs_measured_sets.txt`: "洽谈项目235个"): the set's word, or ""."""
    if name not in lexicons.word_set("obs_stage_verbs.txt"):
        return ""
    return next((w for w in lexicons.words("obs_measured_sets.txt") if last.endswith(w)), "")


def _sibling_stage(name: str, last: str) -> str:
    """A bare stage verb (`obs_stage_verbs.txt`) right after a count of the same things at another
    stage counts them at this one: the subject of a name that ends in its stage ("自治区重大项目开工
    390个、竣工437个" → 自治区重大项目竣工), or the things a name that opens with its stage counts
    ("新开工安置房1000套、竣工800套" → 竣工安置房); "" otherwise."""
    stages = lexicons.words("obs_stage_verbs.txt")
    if name not in lexicons.word_set("obs_stage_verbs.txt"):
        return ""
    closing = next((w for w in stages if last.endswith(w)), "")  # the longest: 基本建成, not 建成
    if closing and len(last) - len(closing) >= 2:
        return last[: len(last) - len(closing)] + name
    opening = next((w for w in stages if last.startswith(w)), "")
    return name + last[len(opening):] if opening and len(last) - len(opening) >= 2 else ""


# an exact count closing its clause: no bound before it (超, 近), no 多, 余 or 左右 in or after it
_EXACT_COUNT_CLOSING = re.compile(r"(?<![超近约逾\d.])\d+[个项個項]$")


def _exact_count_owns_pace(text: str, phrase_start: int, counted: str) -> bool:
    """"全年共实施重点工业项目28个,完成投资33.9亿元": an exact count of a set named by more than its
    kind (重点工业项目, 亿元以上项目; not "开工项目", a stage and 项目), closed by a comma, owns the
    pace measure right after it (重点工业项目完成投资), as the district and county reports' golds
    write it; a round count ("实施重点项目2800多个", "超2000个", "3600个左右") or one listed with 、
    ("建设亿元以上项目4000个、完成投资…") leaves the drive's pace bare."""
    if text[phrase_start - 1:phrase_start] != "," or not _EXACT_COUNT_CLOSING.search(text, 0, phrase_start - 1):
        return False
    stage = next((w for w in lexicons.words("obs_stage_verbs.txt") if counted.startswith(w)), "")
    return counted[len(stage):] not in _BARE_KINDS


def _subject_of(name: str, last: str) -> str:
    """"列入省市重点项目19项,总投资834.59亿元,项目开工率100%": a bare measure after a count
    of things measures those things (省市重点项目总投资, 省市重点项目开工率)."""
    if not last or _has_head(last) or len(last) < 3:
        return ""
    carried = _carried_verb(last)
    if carried and not last.endswith(lexicons.words("obs_measured_sets.txt")):
        return ""  # "建成仓储库2万平方米,产量…": things done, not a set that is measured
    overlap = _overlap(last, name)
    rest = name[overlap:]
    verb = next((w for w in _words_with_role("act") if rest.startswith(w)), "")
    if verb and rest[len(verb):] in lexicons.word_set("obs_done_measures.txt") and last.endswith(
            lexicons.words("obs_plan_references.txt")):
        return ""  # "年度投资计划17.68亿元,完成投资4.28亿元": the work is not done on the plan
    bare = rest[len(verb):]
    timed = next((w for w in lexicons.words("obs_time_qualifiers.txt") if bare.startswith(w)), "")
    bare = bare[len(timed):]
    if len(bare) < 2:
        return ""  # "安排财政赤字8000亿元,赤字率下降到1.5%": the rate of the shared word is a measure of its own
    # a measure of a set's own ("规上企业184家,实现营收329亿元", "签约亿元以上项目27个、投资规模112亿元")
    owned = not overlap and bare in lexicons.word_set("obs_subject_measures.txt")
    # "全年安排市重点项目500项,…,年度计划投资1500亿元": the set's planned investment is its own
    planned = bool(timed) and bare in lexicons.word_set("obs_plan_references.txt") and _has_head(bare)
    if not owned and not planned and (len(bare) > 3 or not (_has_head(bare) or bare in _indicator_heads())):
        return ""  # "产业投资", "飞行规模": a measure with a qualifier of its own
    of_the_set = (timed or bare.startswith("总") or bare in lexicons.word_set("obs_subject_measures.txt")
                  or verb and bare in lexicons.word_set("obs_done_measures.txt"))  # 总投资, 年产值, 完成投资
    if carried and not of_the_set:
        return ""  # "落地项目48个,到位资金…": a measure of the drive that brought them in, not of the set
    return (_without_size_class(last) if verb and bare in lexicons.word_set("obs_done_measures.txt") else last) + rest


def _without_size_class(counted: str) -> str:
    """"全年实施亿元以上重点项目1200个,完成投资3000亿元": the work done is the kind's (重点项目完成投资),
    the size class only chose which were counted; a set that is only 项目 keeps it (亿元以上项目完成投资)."""
    size = _SIZE_CLASS_OPENING.match(counted)
    rest = counted[size.end():] if size else counted
    return rest if size and rest not in _BARE_KINDS and len(rest) >= 2 else counted


def _carried_verb(name: str) -> str:
    """The verb a name opens with when it names things done ("建成碧道"), which the items listed
    after it share ("建成碧道7960公里、碧带330公里" → 建成碧带)."""
    trigger_words = lexicons.words("triggers.txt")
    verb = next((w for w in words_opening(trigger_words, name) if len(w) >= 2 and name.startswith(w) and len(name) > len(w) + 1), "")
    return "" if not verb or verb in _words_with_role("act", "lead", "compound") else verb


def _with_second_verb(name: str, verb: str) -> str:
    """"新建改造110千伏变电站3座、10千伏线路86公里": two verbs of works joined open the name
    (`obs_joined_works_verbs.txt`), and the items after it share both (新建改造10千伏线路), not the
    first alone."""
    if not verb:
        return verb
    rest = name[len(verb):]
    second = next((w for w in lexicons.words("obs_joined_works_verbs.txt") if rest.startswith(w)), "")
    return verb + second if second and len(rest) > len(second) + 1 else verb


def _strip_new(name: str) -> str:
    verb = next((w for w in _words_with_role("new") if name.startswith(w)), None)
    return name[len(verb):] if verb and len(name) > len(verb) + 1 else name


def _share_of(name: str, unit: str, seen: list[str], words: str = "") -> str:
    """"核电装机规模占全国25.8%" names the share "核电装机规模占全国比重"; "…产量增长39%、占全国9成"
    the share of the indicator just named; so does "在全省占比" (`words`, before the value), the
    share of the province's total."""
    area = _AREA_SHARE.search(words) if unit == "%" and seen and words else None
    if area and name in (*_SHARE_HEADS, area.group(1) + area.group(2)):
        # "总量迈上4千亿元台阶,在全省占比由22.5%提高到23.5%" → 地区生产总值占全省比重
        return _share_base(seen[-1]) + "占" + area.group(1) + "比重"
    if unit in ("%", "成") and name in ("占比", "比重") and seen:
        if seen[-1].endswith(_SHARE_HEADS):
            return seen[-1]  # "占比由22.5%提高到23.5%": the share just named, not a share of it
        return seen[-1] + name  # "其中税收收入97.4亿元,占比达到89.9%" → 税收收入占比
    done = _done_of_plan().search(words) if unit == "%" and seen else None
    if done:
        # "收购烟叶26.2万担,完成下达任务的100.3%": the share of its plan the measure just named did,
        # named as a share of a plan written with 占 is (收购烟叶占下达任务比例)
        return _share_base(seen[-1]) + "占" + done.group(1) + "比例"
    if unit == "%" and name[:1] == "为" and name.endswith(lexicons.words("obs_plan_references.txt")) and seen:
        return _share_base(seen[-1]) + name  # "完成投资107.4亿元,为年度投资计划的26.7%": as written, with what is done
    if unit in ("%", "成") and name.startswith("占") and name.endswith(_SHARE_HEADS) and len(name) > 3 and seen:
        # "研发经费支出4600亿元、占地区生产总值比重达3.39%": a share with no subject of its own is
        # of the measure just named (研发经费支出占地区生产总值比重), when that is a measure's name
        # (not "比十二五末" of a gap, not "出口首破大关" of a milestone: then it stays as written)
        whole = _share_base(seen[-1])
        return whole + name if len(whole) >= 4 and _has_head(whole) and not _no_share_whole().search(whole) else name
    if unit not in ("%", "成") or "占" not in name.replace(_HELD_SHARE, "") or name.endswith(_SHARE_HEADS):
        return name  # "全国市场占有率达到50%": 占 of 占有率, a share named already, is no 占 of a part
    # "完成投资占年计划的137.61%", "占任务的162.4%": the share of a plan or a task done is a rate of
    # completion, named 比例 (完成投资占年计划比例), not a part of a whole (比重)
    share = "比例" if name[name.rfind("占"):].endswith(lexicons.words("obs_plan_references.txt")) else "比重"
    if name.startswith("占"):
        return _share_base(seen[-1]) + name + share if seen and len(name) > 1 else name
    return name + share


@functools.lru_cache(maxsize=1)
def _done_of_plan() -> re.Pattern[str]:
    """"完成年度计划的101.2%", "完成下达任务的100.3%": the words before a value that set it against the
    plan or task (obs_plan_references.txt) it is the share done of, with no measure of their own."""
    plans = alternation_pattern(lexicons.words("obs_plan_references.txt"))
    return re.compile(rf"^[,、]?完成([{CJK_CHARS}]{{0,6}}?(?:{plans}))的$")


@functools.lru_cache(maxsize=1)
def _no_share_whole() -> re.Pattern[str]:
    """A name that states a gap or a milestone (`obs_share_base_stops.txt`), a comparison (比…) or
    a rate rather than the measure a share is of."""
    stops = alternation_pattern(lexicons.words("obs_share_base_stops.txt"))
    return re.compile(rf"^比|{stops}|(?:增速|增幅|增长)$")


def _growth_of_share_base(name: str, unit: str) -> str:
    """"地区生产总值564亿元,占计划的100%,同比下降2%": a growth in percent after the share of a plan
    done (…占计划比例) is the growth of the measure done (地区生产总值), not of the rate of completion."""
    k = name.rfind("占")
    planned = k >= 2 and name.endswith("比例") and name[k:-2].endswith(lexicons.words("obs_plan_references.txt"))
    return name[:k] if unit == "%" and planned else name


def _share_base(last: str) -> str:
    """"PCT国际专利申请量占全市41%,占全省36%": a second share is of the measure the first was
    a share of (PCT国际专利申请量占全省比重), not of that share."""
    k = last.rfind("占")
    return last[:k] if k >= 2 and last.endswith(("比重", "比例", "占比")) else last


# words of degree before a value ("降低利息负担约4000亿元"): no verb that says how it is measured
_DEGREE = ("约", "近", "超", "逾")


# a footnote marker after a name ("一般公共预算收入[1]17.7亿元"): no part of it
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")

# "经济总量在全市各县区中率先突破500亿元", "企业复工率在全省率先达到100%": the area or set the value
# came first in, right before its verb (a whole area, or a set closed by 中)
# (the set holds no 在 of its own: "全县在建项目复工率在各县区中率先…" keeps 在建 in the name)
_FIRST_AMONG = re.compile(rf"在(?:全[国省市区县州旗]|(?:(?!在)[{CJK_CHARS}]){{2,10}}中)率先$")
@functools.lru_cache(maxsize=1)
def _milestone_passed() -> re.Pattern[str]:
    """"地区生产总值跨越两个千亿元台阶,预计达到8200亿元": a clause of marks passed (台阶, 大关 of
    quantity_words.tsv) with no figure of its own, between the name and its value: no part of the name."""
    marks = money_marks()
    verbs = alternation_pattern(lexicons.words("obs_milestone_verbs.txt"))
    return re.compile(rf"(?:{verbs})[^,;。,;\d]{{1,8}}(?:{marks})[,,]?$")


_YEAR_BEFORE_VERB = re.compile(r"(?<![比较于从由到至是])(?:19|20)\d{2}\s*年(?:底|末)?$")
# "生产总值从2015年的39.7亿元增长到2020年61.95亿元": the year of a "from X to Y" figure's end point, after
# the verb's 到/至, says when, no part of the name (the value continues the indicator named before 从)
_YEAR_AFTER_TO = re.compile(r"(?<=[到至])(?:19|20)\d{2}\s*年(?:底|末)?的?$")


@functools.lru_cache(maxsize=1)
def _time_before_verb() -> re.Pattern[str]:
    """"农民的生产补贴资金去年达到…", "财政赤字率一直控制在…", "…水平又提高10%": a word of time or of
    repetition (obs_time_before_verb.txt) after two characters of a name, before its verb; after the verb
    of a "from X to Y" figure ("从2004年人均每月700元提高到现在的1721元"), the time of its end point."""
    return re.compile(rf"(?<=..)(?:{lexicons.alternation('obs_time_before_verb.txt')})的?[,，]?$")


# "工业经济总量成为全区第四个突破2000亿元大关的地区": the rank the value gave the area among others
# with it, right before its verb, no part of the name
_RANKED_AMONG = re.compile(rf"成为(?:全[国省市区县州旗])?(?:第[一二三四五六七八九十\d]{{1,3}}|首)个$")


def _said_before_verb(p: str) -> re.Match[str] | None:
    """Words that close the words before a value's verb and are no part of its name: a basis
    ("比上年"), where the value came first or the rank it gave ("在全省率先", "成为全区第四个"), the year
    said ("地区生产总值预计2025年达到8200亿元": it says when, as the cue word before it does), a
    clause of marks passed with no figure ("跨越两个千亿元台阶,预计达到…"), the amount per head a
    standard is set in ("基础养老金提高到每人每月…", "基本养老金每人每月提高到…", "…标准增加到人均…"), or a
    word of time or repetition ("…资金去年达到", "…水平又提高")."""
    return (_comparison().search(p) or _FIRST_AMONG.search(p, 2) or _RANKED_AMONG.search(p, 2)
            or _YEAR_BEFORE_VERB.search(p, 2) or _YEAR_AFTER_TO.search(p, 2) or _milestone_passed().search(p, 2) or _PER_PERSON_END.search(p, 2)
            or _time_before_verb().search(p))


def _cut_at(p: str, cut: re.Match[str]) -> str:
    """The words before `cut`, without the clause mark a year or a milestone clause leaves."""
    return p[: cut.start()] if cut.re is _comparison() else p[: cut.start()].rstrip(",;、")


# "基础养老金提高到每人每月800元", "基本养老金每人每月提高到376元", "…提高到每月168元": the amount
# per head (and per month or year) a standard is set in, before or after its verb, is no part of its name;
# so is 人均 right after the verb's 到 ("补助标准增加到人均280元"; "城镇年人均提高600元" keeps it)
_PER_PERSON_END = re.compile(r"(?:超|近|约)?(?:每[千万百]?[人户](?:每[年月日天])?|每[年月]|(?<=[到至])人均(?:每[年月])?)$")
# "新增污水处理能力每日3万吨", "供水能力达到每日5万立方米": a rate per day right before the value
# belongs to its unit, not to the measure's name ("市场主体每天新增4.5万户" keeps it: there it says
# how often the flow after it comes, before its verb)
_PER_DAY_BEFORE_VALUE = re.compile(r"(?<=..)每[日天]$")
_COMPARED_REFERENCE_END = re.compile(r"(?<=..)(?:不低于|不少于|不高于|不超过|相当于)..+的?$")
_DECREASE_OPENING = re.compile(r"^新?(减少|下降|降低)")


# a whole area written right after a verb of reach, before a share of its parts ("扩大到全国40%的县")
_WHOLE_AREA_END = re.compile(r"全[国省市区县州盟]$")


def _without_reached_whole_area(p: str, tail_words: tuple[str, ...], roles: dict[str, set[str]]) -> str:
    """"试点范围扩大到全国": a whole area ("全国", "全省") right before the value, after a verb of reach
    ending in 到/至 ("扩大到", "提高到"), is the area the value is a share of, no part of the name:
    dropped (the verb stays for the loop to read)."""
    if not _WHOLE_AREA_END.search(p):
        return p
    q = p[:-2]
    verb = next((v for v in words_closing(tail_words, q) if q.endswith(v)), "")
    return q if verb[-1:] in ("到", "至") and "level" in roles[verb] and len(q) > len(verb) else p


@functools.lru_cache(maxsize=4096)  # a function of the words alone: `_shares_one_measure` asks it of the same words at each 、 of a list (1,908 calls, 1,261 phrases in the samples and Hailar)
def _indicator_and_measure(phrase: str, counted: bool = False, points: bool = False) -> tuple[str, str, str | None]:
    """The indicator's name and how the value measures it, from the words before it ("预计地区生产总值
    比上年增长" → 地区生产总值, change, increase); `counted`: the values count things done; `points`:
    they are in points of a rate (obs_point_units.txt)."""
    measure, direction = "level", None
    if _multiple_base().fullmatch(phrase):
        return "", measure, direction
    roles = _measure_roles()
    tail_words = _words_with_role("up", "down", "level", "tail", "run")
    p = _without_reached_whole_area(_PER_DAY_BEFORE_VALUE.sub("", phrase), tail_words, roles)
    verb_seen = compared = False
    while p:
        more = None if verb_seen else _more_or_less().search(p)
        if more:
            measure, direction = "change", "increase" if more.group(1) == "多" else "decrease"
            verb_seen = True
            p = p[: more.start()]
            continue
        cut = _said_before_verb(p)
        if cut:
            p, compared = _cut_at(p, cut), compared or cut.re is _comparison()
            continue
        w = next((w for w in words_closing(tail_words, p) if p.endswith(w)), None)
        if w is None or _part_of_the_name(w, p, points) or p == w and "run" in roles[w]:
            break  # "、开行4000班次": a run verb alone is the only name the clause has
        if not verb_seen and roles[w] & {"up", "down"} and _names_the_work(p[: -len(w)], w, counted):
            break  # "巩固提升6.3万农村人口饮水安全", "农房风貌提升26.4万户": the work done, counted
        if not verb_seen and roles[w] & {"up", "down"}:
            measure, direction = "change", "increase" if "up" in roles[w] else "decrease"
            verb_seen = True
        elif "level" in roles[w] and w not in _DEGREE:
            verb_seen = True
        measure, direction, compared = _risen(w, p[: -len(w)], p != phrase, measure, direction, roles, compared)
        p = p[: -len(w)]
    if measure == "change" and len(p) == 1 and p in _words_with_role("lead"):
        # "…达到100亿元,又增长5%": an adverb alone before a verb of change names nothing, the value
        # continues the name before it ("又有80万户…得到改造" counts something else: no change)
        p = ""
    p = _without_counting_notes(p)
    p = _PER_PERSON_END.sub("", _strip_lead(_FOOTNOTE_MARK.sub("", _AT_COMPARABLE_PRICES.sub("", p))))
    p = _funding_verb().sub("", _summed_new().sub("", _INNER_MONTHS.sub("", p)))
    p = _purpose_before().sub("", p)  # "发行用于项目建设的专项债券": what it is for is no part of it
    # "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍": the value is set against a
    # reference; the name is what is compared
    p = _COMPARED_REFERENCE_END.sub("", p)
    if _has_head(p):
        p = _inner_verb().sub("", p)
    # a change verb opening the phrase ("新减少贫困人口2692人") measures the change
    front = _DECREASE_OPENING.match(p)
    if not verb_seen and front and len(p) > front.end() + 1:
        measure, direction = "change", "decrease"
        p = p[front.end():]
    held = _verb_measures().get(p)
    if held and not verb_seen:
        # "减贫1186人": a verb that holds what it measures
        p, how = held
        measure, direction = ("level", None) if how == "level" else ("change", "increase" if how == "up" else "decrease")
    return p, measure, direction


def _part_of_the_name(word: str, p: str, points: bool) -> bool:
    """Whether `word`, closing the words `p` before a value, stays in the name where a measure word
    would be cut off it."""
    roles = _measure_roles()[word]
    before = p[: -len(word)]
    # "新增22个…试点", "全年新增40.8万青年", "其中新增37家": the verb of a count, not a change
    return (("new" in roles and (p == word or bool(_lead_time().fullmatch(before)) or before in _words_with_role("lead")))
            # "规上工业增加值增速回落2.3个百分点": a change in points of the rate is the rate's own
            or (points and "rate_in_points" in roles)
            # "农村年人均提高200元": 人均 is part of the name, not "each"
            or (word == "均" and p[-2:-1] in ("年", "人", "平"))
            # "粮食增产169.8亿斤": a crop's measure of change after the crop names it (obs_crop_measures.tsv,
            # named); alone ("…26.9亿斤,增产0.9亿斤") it is the change of the output just named
            or (word in _crop_measures("named") and len(before) >= 2))


def _risen(word: str, before: str, followed: bool, measure: str, direction: str | None,
           roles: dict[str, set[str]], compared: bool) -> tuple[str, str | None, bool]:
    """"居民消费价格涨幅(控制在)3%": a noun of a rise (role `rise`) makes the value a rise by that much,
    whatever level verb sets it, unless a change verb after it gave its own direction, it ends a
    list whose earlier items are measures of another kind (_rise_of_each), or a comparison came
    after it (`compared`, returned with this word's: a comparison cut off the words, or a comparison
    verb `followed` by what it compares with, "涨幅低于预期目标1个百分点": a gap, no rise;
    "涨幅超过3%" ends the words with its verb, a bound of the rise)."""
    compared = compared or (followed and _comparison_verb().fullmatch(word) is not None)
    if not compared and "rise" in roles[word] and direction is None and _rise_of_each(before):
        return "change", "increase", compared
    return measure, direction, compared


def _rise_of_each(before: str) -> bool:
    """Whether a rise closing the words before it is of every item they list: an item that names no
    measure of its own shares the last one's ("城镇和农村居民人均可支配收入涨幅", "烟酒及用品价格涨幅"),
    and so does one of the same head ("居民消费价格、工业生产者出厂价格涨幅"); a measure of another
    head keeps its own ("城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内": the rate is no rise,
    and the list shares one measure, so the price is read as a level with it)."""
    items = [x for x in re.split(r"[、和及与]", before) if x]
    if len(items) < 2:
        return True
    last = _head_of(items[-1]) or items[-1][-1:]
    return all(not _has_head(x) or (_head_of(x) or x[-1:]) == last for x in items[:-1])


def _names_the_work(before: str, verb: str, counted: bool) -> bool:
    """Whether a verb of upgrading closing the words before a value is the work counted, no change:
    after a verb of doing ("巩固提升", "改造提升": one verb of two), or after a noun with no measure
    of its own when the value counts the things it was done to ("农房风貌提升26.4万户"); not
    "质量提升2个百分点", "高新技术企业增加50家"."""
    if not counted or verb not in _work_finals() or len(before) < 2:
        return False
    return before[-2:] in triggers() or not _has_head(before)


@functools.lru_cache(maxsize=1)
def _work_counters() -> frozenset[str]:
    """The counters of things a work was done to ("1200户", "3万人次")."""
    return lexicons.word_set("obs_work_counters.txt")


@functools.lru_cache(maxsize=1)
def _work_finals() -> tuple[str, ...]:
    return lexicons.words("obs_work_finals.txt")


@functools.lru_cache(maxsize=1)
def _funding_verb() -> re.Pattern[str]:
    """"发行专项债券", "投放普惠型小微贷款": a verb that raises or pays out a kind of fund opens no
    name of it (专项债券, 普惠型小微贷款); before anything else it stays ("投入使用项目"). A word of
    every kind between the verb and the fund (`obs_kind_quantifiers.txt`: "发放各类救助资金") goes
    with the verb: it qualifies the sum paid, not the fund (救助资金)."""
    verbs = alternation_pattern(lexicons.words("obs_funding_verbs.txt"))
    kinds = alternation_pattern(lexicons.words("obs_kind_quantifiers.txt"))
    heads = lexicons.words("obs_fund_heads.txt")
    # a head of three characters or more names the fund alone ("发放消费券" → 消费券), a shorter
    # one only after words that say what fund it is (not "投入资金")
    whole = alternation_pattern(tuple(h for h in heads if len(h) >= 3))
    return re.compile(rf"^(?:{verbs})(?:{kinds})?(?=[^,;。]{{2,}}(?:{alternation_pattern(heads)})$|(?:{whole})$)")


@functools.lru_cache(maxsize=1)
def _summed_new() -> re.Pattern[str]:
    """"城镇累计新增就业": 累计 before a count of new things says how it was counted and is no part
    of the name; before work done it is ("重点项目累计完成投资", "企业累计投产": the running total
    a statistical bulletin reports, apart from the year's)."""
    return re.compile(rf"(?<=..)累计(?={alternation_pattern(_words_with_role('new'))})")


# "地区生产总值按可比价计算增长8%": how the figure is counted, no part of the name (超每千人6.6批次:
# a rate per thousand people is no part of it either)
_AT_COMPARABLE_PRICES = re.compile(r"(?<=..)[,]?(?:按|以)?可比价格?(?:计算|计)?$")
# a basis of counting standing alone where a name would be ("自然口径", "同口径", "按可比口径计算",
# "…320亿元,按可比价格计算增长6.3%", "按不变价格计算")
_BASIS_ALONE = re.compile(r"^(?:按|以)?(?:[^\W\d]{0,2}口径|可比价格?|不变价格?)(?:计算|计)?$")


def _without_counting_notes(p: str) -> str:
    """"一般公共预算收入扣除减税降费因素", "扣除相关因素形成的硬缺口": an adjusted figure of the indicator
    named, or of the last one when nothing is named before it ("…增长1.4%,考虑政策性减收因素增长9.6%");
    "…完成3.6亿元,自然口径同比增长12.3%": the basis a figure is counted on, alone, names no
    indicator either: the value is the last one's. A bracketed note of scope ("(不含省级)") goes too."""
    if "因素" in p:
        p = _adjusted().sub("", p)
    return _BASIS_ALONE.sub("", _scope_note().sub("", p))


@functools.lru_cache(maxsize=1)
def _scope_note() -> re.Pattern[str]:
    """"三甲医院(不含省级)": a bracketed note closing the name that says what the count takes in or
    leaves out (`obs_scope_note_openers.txt`), no part of the name."""
    openers = alternation_pattern(lexicons.words("obs_scope_note_openers.txt"))
    return re.compile(rf"[(（](?:{openers})[^()（）]{{1,12}}[)）]$")


@functools.lru_cache(maxsize=1)
def _adjusted() -> re.Pattern[str]:
    """A qualifier that takes factors out of a figure (`obs_adjusting_verbs.txt`: 扣除…因素,
    考虑…因素): no part of the indicator's name."""
    verbs = alternation_pattern(lexicons.words("obs_adjusting_verbs.txt"))
    return re.compile(rf"(?:{verbs})[^,;:。]{{1,12}}?因素.*$")


@functools.lru_cache(maxsize=1)
def _verb_measures() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in lexicons.rows("obs_verb_measures.tsv")}


# a part of the year a figure is counted over ("1至5月", "1-6月份", "前5个月", "上半年", "前三季度",
# "一季度"): it says when, like a year, and is no part of the name ("1至5月完成投资" → 完成投资)
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_MONTHS = (rf"{_MONTH}月份?(?:至|到|-|—|–|~|－){_MONTH}月份?|{_MONTH}(?:至|到|-|—|–|~|－){_MONTH}月份?"
           rf"|前?{_MONTH}个月|前{_MONTH}月|[上下]半年|(?:前|第)?[一二三四1-4]季度")
_PART_OF_YEAR = rf"{_MONTHS}|\d{{1,2}}月份?"
# the same span after the subject it counts ("全市重点项目今年1-4月累计完成投资", "园区上半年新开工
# 项目"): still when, no part of the name
_INNER_MONTHS = re.compile(rf"(?<=[{CJK_CHARS}]{{2}})(?:今年|本年|当年)?(?:{_MONTHS})(?:份|以来)?(?=[{CJK_CHARS}]{{2}})")


@functools.lru_cache(maxsize=1)
def _lead_time() -> re.Pattern[str]:
    """Time phrases that open a clause ("到2017年底前", "五年共", "两年平均", "年内", "“十一五”期间共",
    "连续9年", "自2007年起") and are no part of a name."""
    words = alternation_pattern(lexicons.words("obs_time_words.txt"))
    plan = r"[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期)"
    # "九年义务教育": a count of years opening a name of its own (obs_year_compounds.txt) is no time
    compounds = alternation_pattern(lexicons.words("obs_year_compounds.txt"))
    openers = alternation_pattern(lexicons.words("obs_time_openers.txt"))
    return re.compile(rf"^(?:{openers})?(?:过去|近)?(?:\d{{4}}年|(?:[一二两三四五六七八九十]+|\d{{1,2}})年(?!{compounds})|{plan}|{words}"
                      r"|连续(?:\d{1,2}|[一二两三四五六七八九十]+)年"
                      rf"|(?:用|仅用)?{_duration().pattern}|{_PART_OF_YEAR})"
                      r"(?:底|末|初)?(?:前|内|来|以来|起)?(?:共|累计)?")


@functools.lru_cache(maxsize=1)
def _duration() -> re.Pattern[str]:
    """"20天时间基本完成…", "用3年时间": a span of time the work took, no value."""
    units = alternation_pattern(lexicons.words("obs_duration_units.txt"))
    return re.compile(rf"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两半]+)个?(?:{units})(?:的)?时间")


def _is_duration(text: str, q: Quantity) -> bool:
    """"用3年时间", and "仅用41天实现…三清零", "历时8个月": the time a piece of work took."""
    return bool(_duration().match(text, q.start)) or (
        q.unit.removeprefix("个") in lexicons.word_set("obs_duration_units.txt")
        and _TIME_TAKEN.search(text, max(0, q.start - 3), q.start) is not None)


# the verb of a span of time that work took, right before the span ("仅用41天", "历时8个月")
_TIME_TAKEN = re.compile(r"(?:用|历时|耗时)$")


# "预计(以下均为预计)地区生产总值增长10%": a note in brackets that opens the words is no part of a name
_LEAD_NOTE = re.compile(r"^[(（][^()（）]*[)）]")
# "●全区生产总值完成466亿元": a bullet or other mark opening a line is no part of a name
# (a list's number too: "11.实施中小河流治理项目4个", one item a line), and the ordinal that opens
# an item of a list in running text ("十三是维修养护农村供水工程1900处", "六是帮扶…")
_LEAD_MARK = re.compile(r"^(?:[^\w“\"(（《]+|\d{1,2}[.、](?=[^\W\d])|[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff]{2}))")
# "某某网某地1月21日电(记者某某)全市地区生产总值…": a press piece's dateline and byline opening the
# paragraph (and the quote they open) are no part of a name
_LEAD_DATELINE = re.compile(r"^[^\d,。;:]{2,16}?\d{1,2}月\d{1,2}日[电讯](?:[(（][^()（）]{0,30}[)）])?\s*[“\"]?")
# "74个重点城市细颗粒物年均浓度": the size of the reference set opening a name is no part of it
_LEAD_SET = re.compile(r"^\d+(?:\.\d+)?万?[个家户所](?!月)")  # not "1个月时间"


@functools.lru_cache(maxsize=1)
def _lead_capacity() -> re.Pattern[str]:
    return re.compile(r"总?(?:%s)" % "|".join(map(re.escape, quantity_words("capacity_before"))))


def _without_lead_capacity(p: str) -> str:
    """"总装机26.9万千瓦光伏项目": a capacity opening the name of a counted kind is no part of it."""
    m = _lead_capacity().match(p)
    qs = find_quantities(p) if m else []
    if qs and qs[0].start == m.end() and len(p) - qs[0].end >= 2:
        return p[qs[0].end:]
    return p


# who acts or sets a goal before 将: an area (a division's name, or one of obs_area_setters.txt: 该市,
# 全县, 各地, 多地), then its government or report, then an adverb of all ("河南省政府工作报告将…",
# "11个设区市均将…"); and what 将 must be followed by to be the future word (two characters of a name)
_SETTER_BODY = re.compile(r"(?:(?:人民)?政府(?:工作报告)?)?[均都也则]?$")
_AFTER_WILL = re.compile(rf"[{CJK_CHARS}A-Za-z\d]{{2}}")


def _after_area_will(p: str, any_setter: bool = False) -> str:
    """"南宁市将统筹实施…", "该县将今年地区生产总值增长目标定在7.5%左右", "同时多地将2026年经济增速定在5.5%左右":
    the area (or areas) that acts or sets a goal before 将, and all before it, names nothing measured;
    what follows, less a time opening it (今年, 2026年), does. The last such 将 is cut; not one that opens
    a division's name ("三明市将乐县生产总值…" keeps 将乐县). `any_setter`, for a growth goal set
    ("会议将今年地区生产总值增长目标定在5.8%", "政府工作报告将GDP目标定在6.5%"), where what follows 将 is the
    measure the goal is for: whoever sets it (a meeting, a report, a government) is cut too, where 将 is
    a word of its own."""
    names = lexicons.divisions_by_name()
    setters = lexicons.word_set("obs_area_setters.txt")
    for i in range(len(p) - 3, 1, -1):
        if p[i] != "将" or not _AFTER_WILL.match(p, i + 1) or any(p[i:i + n] in names for n in range(2, 7)):
            continue
        area = p[:_SETTER_BODY.search(p, 0, i).start()]
        if (any(area[-n:] in names or area[-n:] in setters for n in range(2, min(len(area), 6) + 1))
                or any_setter and any(t.word == "将" and t.start == i for t in tokens(p))):
            rest = p[i + 1:]
            t = _lead_time().match(rest)
            return rest[t.end():] if t and t.end() and len(rest) - t.end() >= 2 else rest
    return p


# "五莲县2012年全年实现生产总值", "河南全年财政总收入", "五莲县计划招引": an area, then when (or
# that it is planned), opening the clause
_AREA_THEN_TIME = re.compile(rf"^([{CJK_CHARS}]{{2,8}}?)((?:19|20)\d{{2}}年|全年|今年|去年|计划)")


@functools.lru_cache(maxsize=1)
def _goal_opening() -> re.Pattern[str]:
    """"某省经济社会发展主要预期目标是地区生产总值…": a goal stated with no colon, its own words
    before it (the area, 发展主要预期) no part of the first indicator's name either (the lead
    words of a goal in `measure_words.txt`)."""
    goals = tuple(w for w in _words_with_role("lead") if "目标" in w)
    return re.compile(rf"^[^,;:,;:。]*?(?:{alternation_pattern(goals)})(?=[{CJK_CHARS}A-Za-z]{{2}})")


@functools.lru_cache(maxsize=4096)  # a function of the words alone, asked again of the same words (1,608 calls, 1,092 words in the samples and Hailar)
def _strip_lead(p: str) -> str:
    lead = _words_with_role("lead", "act")
    act = _words_with_role("act")
    p = _goal_opening().sub("", p)
    while p:
        p = _without_lead_capacity(_LEAD_SET.sub("", _LEAD_NOTE.sub("", _LEAD_MARK.sub("", _LEAD_DATELINE.sub("", p)))))
        area = _AREA_THEN_TIME.match(p)
        if area and area.group(1) in lexicons.divisions_by_name() and len(p) - area.end() >= 2:
            p = p[area.end() - len(area.group(2)):] if area.group(2) != "计划" else p[area.end():]
            continue  # the area says where it is counted, the time when, 计划 that it is planned: no name
        t = _lead_time().match(p)
        if t and t.end() < len(p) - 1:
            p = p[t.end():]
            continue
        if t and t.end() == len(p):
            return ""  # "年内(完成)": a time alone names nothing; the noun after the value does
        if p.startswith(_lead_compounds()):
            break  # "建设用地供应", "全面小康实现程度": the lead word opens a noun here
        sought = _sought_fund().match(p)
        if sought:  # so does 争取 before a fund, and the lead words after it go ("争取各级衔接资金")
            p = sought.group("verb") + _strip_lead(p[sought.end():])
            break
        got = _sought_and_got().match(p)
        if got:  # "争取到中央和自治区预算内投资": obtained, and what it obtained names the value
            p = p[got.end():]
            continue
        # a one-character adverb leaves a word of three or more ("再就业" is a word of its own),
        # and only where it is a word of its own ("在建项目", "使用人次", "和美乡村" keep theirs)
        w = next((w for w in words_opening(lead, p) if p.startswith(w) and (len(p[len(w):].lstrip("了")) >= (3 if len(w) == 1 else 2)
                                                           and (len(w) > 1 or _cut_alone(p))
                                                           or len(w) == 1 and p[len(w):].startswith(lead)
                                                           # "其中牛12万头": a kind of livestock is a whole name
                                                           or len(w) > 1 and p[len(w):] in lexicons.word_set("obs_livestock_kinds.txt"))
                  # "建设公厕120座" keeps 建设 (what was built, counted); not before a modifier with 的
                  # whose noun after the value names the kind ("建设…配套的6个子项目")
                  and (w not in lexicons.word_set("obs_counted_work_verbs.txt") or "的" in p)
                  and not (w in act and (_verb_forms_measure(w, p[len(w):])
                                         or p[len(w):] in lexicons.word_set("obs_measured_sets.txt")  # 实施项目
                                         or _verb_formed_measure(p)))), None)
        if w is None:
            break
        p = p[len(w):]
    p = _after_area_will(p) if "将" in p else p  # "南宁市将统筹实施…": the area that will act names nothing
    if p[:1] in "对在为" and p[1:] in lead:
        return ""  # "对全区14个景区…": a preposition and a scope word name nothing
    # "总投资30亿元的红星美凯龙…项目当年完成投资": a modifier with a figure before 的 is no part of it
    if "的" in p and re.search(r"\d", p[: p.rfind("的")]):
        p = p[p.rfind("的") + 1:]
    p = _without_trailing_joiner(p.strip("的了、"))
    while p[:1] in ("和", "及", "与") and (p[1:2] in ("的", "了", "、") or _cut_alone(p)) and not _with_partner(p):
        p = p[1:].lstrip("的了、")  # "及时率", "和美乡村": a word, no conjunction
    return p


def _with_partner(p: str) -> bool:
    """"与中央企业合作项目投资规模": 与 opening a name that deals with a partner (obs_partner_dealings.txt)
    is the preposition "with", part of the name, no conjunction left over from a list."""
    return p.startswith("与") and any(w in p[1:] for w in lexicons.words("obs_partner_dealings.txt"))


@functools.lru_cache(maxsize=1)
def _purpose_before() -> re.Pattern[str]:
    """"用于项目建设的": a purpose (obs_purpose_openers.txt) up to its 的, before a name of two or more characters."""
    openers = alternation_pattern(lexicons.words("obs_purpose_openers.txt"))
    return re.compile(rf"^(?:{openers})[^的,、]{{1,10}}的(?=[^的]{{2}})")


def _verb_formed_measure(p: str) -> bool:
    """"到位资金", "到位市外资金": a standard measure whose verb is part of its name
    (obs_verb_formed_measures.txt), where landed funds may say where they came from (obs_fund_origins.txt)."""
    measures = lexicons.word_set("obs_verb_formed_measures.txt")
    if p in measures:
        return True
    verb = next((v for v in ("实际到位", "到位") if p.startswith(v)), None)
    origin = verb and next((o for o in lexicons.words("obs_fund_origins.txt") if p.startswith(o, len(verb))), None)
    return bool(origin) and verb + p[len(verb) + len(origin):] in measures


@functools.lru_cache(maxsize=1)
def _sought_fund() -> re.Pattern[str]:
    """"争取中央预算内资金", "争取专项债": a verb of seeking (obs_sought_fund_verbs.txt) before a kind
    of fund (obs_fund_heads.txt) names the sum obtained from above with it, 到 after it (obtained) no
    part of the name ("争取到上级资金" → 争取上级资金); 争取到位 says the funds arrived, and the name
    is the fund's ("争取到位上级专项资金" → 上级专项资金)."""
    verbs = alternation_pattern(lexicons.words("obs_sought_fund_verbs.txt"))
    heads = alternation_pattern(lexicons.words("obs_fund_heads.txt"))
    return re.compile(rf"^(?P<verb>{verbs})(?!到位)到?(?=[^,;。]*(?:{heads})$)")


@functools.lru_cache(maxsize=1)
def _sought_and_got() -> re.Pattern[str]:
    """"争取到中央和自治区预算内投资": a verb of seeking with 到 (obtained; not 到位) before what is no
    kind of fund (see _sought_fund): the verb is no part of the name."""
    verbs = alternation_pattern(lexicons.words("obs_sought_fund_verbs.txt"))
    return re.compile(rf"^(?:{verbs})到(?!位)(?=[{CJK_CHARS}]{{2}})")


@functools.lru_cache(maxsize=1)
def _lead_compounds() -> tuple[str, ...]:
    return lexicons.words("obs_lead_compounds.txt")


def _verb_forms_measure(verb: str, rest: str) -> bool:
    """Whether a verb of doing before a bare head is part of the measure's name: "完成投资",
    "建设面积" stay; 完成 before any measure but those it forms a name with is the verb of the clause
    ("完成出口额71亿元", "完成税收216亿元", "预计完成增加值": 出口额, 税收, 增加值)."""
    if verb.endswith("完成"):
        return rest in lexicons.word_set("obs_done_measures.txt")
    return rest in _indicator_heads()


@functools.lru_cache(maxsize=4096)
def _without_trailing_joiner(p: str) -> str:
    """"城区道路和" → 城区道路: a conjunction closing a name joins it to what follows, no part of it; but
    only where it is a word of its own ("城镇更新改造惠及390万人", "涉及", "参与", "普及": the character
    closes a verb of the name, which names the reach of a work, with the work before it: a verb alone
    names nothing)."""
    while p.endswith(("和", "及", "与")) and (len(p) <= 3 or len(tokens(p)[-1].word) == 1):
        p = p[:-1]
    return p


def _cut_alone(p: str) -> bool:
    """Whether the first character of `p` is a word of its own, before a word of two or more
    ("在/全区", "共/建成"; not "在建/项目", "在/岗/职工", "和/美/乡村"). After 在, which makes words
    of one character after it (在库, 在岗, 在园, 在校), the word after must be one the dictionary
    knows: a pair jieba's HMM made up is no sign of the preposition ("在/库规/上/企业": 在库 is the word)."""
    toks = tokens(p)
    return len(toks[0].word) == 1 and (len(toks) < 2 or len(toks[1].word) > 1
                                       and not (toks[0].word in _BOUND_WORD_LEADS
                                                and guessed_word_across(toks, toks[1].start + 1)))


# a lead character that also opens words with one character after it ("在库企业", "在岗职工"), the
# preposition only where the word after it is one jieba's dictionary knows ("在/全国", "在/园区")
_BOUND_WORD_LEADS = "在"


# the counters of a set of places or bodies ("74个重点城市", "园区10户规上企业")
_SET_COUNTERS = ("个", "家", "户", "所")
# a counted noun that names no kind of its own
_BARE_KINDS = ("项目",)
# a level alone ("国家级", "省级", "市县级", "世界级", "千亿级"), and the next count of a list opening
# with one, after 、 or 和/及 ("3个万亿级和7个千亿级产业集群")
_LEVEL_ONLY = re.compile(rf"(?:{alternation_pattern(lexicons.words('obs_level_words.txt'))}|[{_LEVELS}]{{1,2}})级")
_NEXT_LEVEL_COUNT = re.compile(rf"[、和及]\d+(?:\.\d+)?[个家项所座处]?(?=(?P<level>{_LEVEL_ONLY.pattern}))")


# "3.2万户受灾群众春节前可以全部住进新房": a time the noun acts by ("春节前", "年底前",
# "6月底前"), with the modal after it, is no part of the noun counted
_BY_WHEN = re.compile(rf"(?<=[{CJK_CHARS}]{{2}})(?:\d{{1,2}}月底?|[{CJK_CHARS}]{{2}})前(?:可以|可|将|能|要)?$")


@functools.lru_cache(maxsize=1)
def _trailing_adverb() -> re.Pattern[str]:
    """An adverb closing the noun after a count, before its verb: of time or extent ("56个重点项目累计
    完成": obs_trailing_adverbs.txt) or of manner ("204个重点项目稳步推进", "56个…整治项目扎实推进":
    obs_manner_adverbs.txt); no part of the noun."""
    words = (*lexicons.words("obs_trailing_adverbs.txt"), *lexicons.words("obs_manner_adverbs.txt"))
    return re.compile(rf"(?<=..)(?:{alternation_pattern(words)})$")


@functools.lru_cache(maxsize=1)
def _staged_kind() -> re.Pattern[str]:
    """"12个重大产业项目开工建设,": a count of projects whose clause closes with a stage verb
    counts the projects of that stage (开工建设重大产业项目); so does one where 实现 says the stage
    was reached ("海河金茂府等4个项目实现开工建设" → 开工建设项目, not a 实现 of entering a status)."""
    stages = alternation_pattern(lexicons.words("obs_stage_verbs.txt"))
    kinds = alternation_pattern(_works_kinds())
    adverbs = alternation_pattern(lexicons.words("obs_trailing_adverbs.txt"))
    return re.compile(rf"(?P<kind>[{CJK_CHARS}]{{0,{OBSERVATION_LIMITS.noun_after_chars}}}?(?:{kinds}))(?:{adverbs})?"
                      rf"(?:{_STAGE_REACHED})?(?P<stage>{stages})(?=[,;。]|$)")


def _works_kinds() -> tuple[str, ...]:
    """The kinds of works whose count a stage verb after them qualifies: 项目 and a project's own
    heads ("赣深客专等4条铁路顺利开工" → 开工铁路; project_heads.txt without the weak ones, which
    also end category words)."""
    return ("项目", *lexicons.words_of_kind("project_heads.txt"))


def _counted_works(text: str, q_end: int, kind: str) -> bool:
    """Whether a value is a count of works of one kind ("4条铁路顺利开工"), not the length or size of
    some works named after it ("19公里城市道路等改扩建工程全部完工", "15公里雨水管网二期工程按期竣工")."""
    return text[q_end - 1:q_end] in _WORKS_COUNTERS and not re.search("[等的和、]", kind)


# the counters of works counted one by one (lines, roads, sites, projects)
_WORKS_COUNTERS = ("个", "条", "座", "处", "项")


# the verb that says a stage was reached, before the stage verb ("项目实现开工建设")
_STAGE_REACHED = "实现"


# the counter of things that enter a list or a place (firms, matters, projects, bodies, people),
# perhaps with a bound after it ("1.8万余名")
_ENTRY_COUNTED = re.compile(r"[家项个户所名](?:余|多)?$")


@functools.lru_cache(maxsize=1)
def _entered_kind() -> re.Pattern[str]:
    """A noun counted, then a verb of entering a list, place or status (after the place it happens
    in, "在X挂牌") and what it enters, closing the clause."""
    verbs = alternation_pattern(lexicons.words("obs_entry_verbs.txt"))
    n = OBSERVATION_LIMITS.noun_after_chars
    return re.compile(rf"[“”\"]?(?P<kind>[{CJK_CHARS}“”\"]{{2,8}}?)(?:在(?P<where>[{CJK_CHARS}A-Za-z]{{2,8}}?)(?=挂牌|落户|入驻))?"
                      rf"(?P<entry>(?:{verbs})[{CJK_CHARS}A-Za-z]{{0,{n}}})(?=[,;。]|$)")


@functools.lru_cache(maxsize=1)
def _promoted_kind() -> re.Pattern[str]:
    """A noun counted, then a verb of promotion to a status (obs_promotion_verbs.txt) and the status,
    closing the clause: the status reached, with the verb, is what is counted."""
    verbs = alternation_pattern(lexicons.words("obs_promotion_verbs.txt"))
    return re.compile(rf"[{CJK_CHARS}]{{2,8}}?(?P<status>(?:{verbs})[{CJK_CHARS}]{{2,{OBSERVATION_LIMITS.noun_after_chars}}})(?=[,;。]|$)")


def _names_a_set(before: str, rest: str) -> bool:
    """Whether the words after a verb inside a counted noun are a set noun the verb classes
    ("71个亿元以上重点实施项目", "537个重点实施类项目": 实施项目 is a kind, no verb of the clause);
    not where a set was counted before the verb ("3家企业实施项目建设": the 企业 act). Verbs of one
    character are no such class ("1万亩设施农业等项目": 等 closes examples)."""
    sets = lexicons.words("obs_measured_sets.txt")
    rest = rest[1:] if rest.startswith("类") else rest
    return rest.startswith(sets) and not before.endswith(sets)


@functools.lru_cache(maxsize=1)
def _exit_clause() -> re.Pattern[str]:
    """"43个贫困村全部出列", "5个贫困县有望如期脱贫摘帽": a kind counted, then adverbs and a verb of
    leaving the poor list closing the clause (`obs_exit_clauses.tsv`)."""
    adverbs = alternation_pattern(lexicons.words_of_kind("obs_exit_clauses.tsv", "adverb"))
    verbs = alternation_pattern(lexicons.words_of_kind("obs_exit_clauses.tsv", "verb"))
    return re.compile(rf"(?P<kind>[{CJK_CHARS}]{{1,8}}?)(?:{adverbs})*(?:{verbs})(?=[,;。]|$)")


def _exited_kind(text: str, q_end: int) -> str:
    """The kind a count of 个 right before it counts where its clause says they left the poor list,
    or "" (people and households are counted with the state they reach: "906户1559人实现稳定脱贫")."""
    m = _exit_clause().match(text, q_end) if text[q_end - 1:q_end] == "个" else None
    return m.group("kind") if m else ""


@functools.lru_cache(maxsize=1)
def _cut_verbs_by_first() -> dict[str, tuple[str, ...]]:
    """The verbs `_indicator_after` cuts a noun at (the triggers and obs_light_verbs.txt) by their first
    character."""
    index: dict[str, list[str]] = {}
    for verb in (*triggers(), *lexicons.words("obs_light_verbs.txt")):
        if verb:
            index.setdefault(verb[0], []).append(verb)
    return {c: tuple(vs) for c, vs in index.items()}


def _cut_verbs_in(word: str) -> list[str]:
    """The cut verbs that may stand in `word` at offset 2 or later (where `_indicator_after` cuts): those
    whose first character is there. Only they can give a cut (the first place a verb is found is where
    its first character is), so the ~700 verbs are not each searched for in every noun; the cut is the
    least offset, whatever the verbs' order."""
    by_first = _cut_verbs_by_first()
    return [v for c in set(word[2:]) for v in by_first.get(c, ())]


_OF = "的"
# the units tasks are counted in as items ("36项重点改革任务", "10件民生实事任务")
_TASK_ITEM_UNITS = ("项", "件")


# bounds that a noun after a count holds ("市级以上龙头企业", "二级及以上公立医疗机构")
_BOUNDS_IN_NOUN = ("以上", "以下", "以内")


def _noun_cuts(word: str, compound: tuple[str, ...]) -> list[int]:
    """Where a verb cuts the noun after a count (whatever the order of the set, so the output is
    deterministic); a verb that builds a noun with what follows it is no cut (以 of a bound, "市级以上
    龙头企业", is no verb either, nor 及 before it: "二级及以上公立医疗机构", "省级及以上企业技术中心")."""
    return [k for verb in _cut_verbs_in(word) for k in (word.find(verb),)
            if k >= 2 and not (verb in compound and len(word) > k + len(verb))
            and word[k:k + 2] not in _BOUNDS_IN_NOUN and word[k + 1:k + 3] not in _BOUNDS_IN_NOUN and not (len(verb) > 1 and _names_a_set(word[:k], word[k + len(verb):]))
            and (len(verb) > 1 or _word_starts_at(word, k))]


def _word_starts_at(word: str, k: int) -> bool:
    """Whether the segmenter starts a word at offset k of `word`: a verb of one character inside a
    word of two is no verb there ("产业协同共建园区": 同 of 协同)."""
    at = 0
    for tok in tokens(word):
        if at >= k:
            return at == k
        at += len(tok.word)
    return False


def _joined_across_of(word: str, cuts: list[int], compound: tuple[str, ...], rest: str) -> tuple[str, list[int]]:
    """"5000个已建成自然村的生活污水治理设施", "4座现代化的垃圾中转站": 的 inside the noun after a count
    (its first cut) joins what is counted to what describes it, where the whole is one noun to its end;
    not where the words after 的 are an attribute of the things counted or a task on them
    (obs_of_attributes.txt: "7家科技企业的建设进度", "草坪的植树任务"), a piece of work done on them
    ("36个老旧小区的既有建筑节能改造") or the first of a list (`rest`, after the noun: "15个棚改区域的
    道路、供水、污水等配套基础设施项目"): those count the things before 的. The noun and its cuts,
    joined or as they were."""
    k = min(cuts) if cuts else -1
    if _work_after_of(word, k, rest):
        return word[:k] + word[k + 1:], []  # "沿街163栋楼体的亮化" counts 沿街楼体亮化
    if k < 0 or word[k] != _OF or len(word) - k <= 2 or word.endswith(lexicons.words("obs_of_attributes.txt")):
        return word, cuts
    joined = word[:k] + word[k + 1:]
    if _noun_cuts(joined, compound) or re.match(rf"、[{CJK_CHARS}]", rest):
        return word, cuts
    return joined, []


def _work_after_of(word: str, k: int, rest: str) -> bool:
    """Whether the words after 的 (at k) are a short work on the things counted (five characters at most,
    ending in a word of obs_works_after_of.txt: 综合改造, 扩建和绿化, 建设任务) closing the list item or
    clause (`rest`, the text after the noun): the work is what is counted. A longer one names a thing of
    its own ("36个老旧小区的既有建筑节能改造" counts 老旧小区)."""
    if k < 2 or word[k] != _OF:
        return False
    work = re.sub(r"任务$", "", word[k + 1:])
    return (2 <= len(work) <= 5 and work.endswith(lexicons.words("obs_works_after_of.txt"))
            and (not rest or rest[0] in "、,;。" or rest.startswith("等")))


# the noun right after a count (compiled once: read after each of the ~1,300 values of a pass)
_NOUN_AFTER_COUNT = re.compile(rf"[“”\"]?([{CJK_CHARS}A-Za-z“”]{{2,{OBSERVATION_LIMITS.noun_after_chars}}})")


# "28个省(区、市)全部免征了农业税", "11个县(市、区)通过国家义务教育优质均衡县评估认定": areas of one
# level counted with the kinds of that level noted in brackets; what the clause says they did or got
# names the count (the areas alone name nothing measured)
_AREAS_NOTED = re.compile(rf"[省县市州]\([{CJK_CHARS}、]{{1,8}}\)(?P<done>[{CJK_CHARS}“”]{{3,24}})(?=[,;。]|$)")

# "96.2%的养老机构开展医养结合", "90%以上的矛盾纠纷化解在基层": a share of the things after 的, named by
# the clause that says what that share of them did
_SHARE_OF = re.compile(rf"的(?P<done>[{CJK_CHARS}“”\d]{{2,24}})(?=[,;。、]|$)")
_SHARE_BEFORE = re.compile(r"%(?:以上|以下|左右)?$")
_BARE_COUNT_OPENING = re.compile(r"\d+(?:\.\d+)?[余多]?[万亿][余多]?$")
_CLAUSE_AFTER_COUNT = re.compile(rf"[{CJK_CHARS}“”]{{3,24}}(?=[,;。、]|$)")


def _bare_count_ending_at(text: str, end: int) -> re.Match[str] | None:
    """A bare count of 万/亿 that ends at `end`, searched in the last 24 characters (from 0 every start is
    tried: quadratic in a long sentence), or from 0 where a figure runs on past that window."""
    found = _BARE_COUNT_OPENING.search(text, max(0, end - 24), end)
    if found and found.start() and text[found.start() - 1] in "0123456789.":
        return _BARE_COUNT_OPENING.search(text, 0, end)
    return found


def _named_by_clause_after(text: str, q_end: int) -> str:
    """The clause after a value that names it whole ("" where none does): areas counted with their kinds
    in brackets, a share before 的, a bare count of people opening its clause ("420万困难群众基本生活得到
    有效保障", "51万新就业形态人员纳入职业伤害保障": the people and what they got)."""
    counted = text[q_end - 1:q_end] == "个"
    noted = _AREAS_NOTED.match(text, q_end) if counted else _SHARE_OF.match(text, q_end)
    if noted and (counted or _SHARE_BEFORE.search(text, 0, q_end)):
        return noted.group("done")
    people = _bare_count_ending_at(text, q_end)
    if people is None or not count_opens_clause(text, people.start()) or _exit_clause().match(text, q_end):
        return ""  # "6.2万贫困人口全部脱贫": people who left the poor list are named by who they are
    clause = _CLAUSE_AFTER_COUNT.match(text, q_end)
    return clause.group(0) if clause else ""


def _indicator_after(text: str, q_end: int, entered: bool = True) -> str:
    """"88个深度脱贫攻坚项目有序推进": a count before its noun names the indicator after it (with
    what the things `entered`, if they entered a list or a place; the kind alone for its investment)."""
    by_clause = _named_by_clause_after(text, q_end)
    if by_clause:
        return by_clause
    exited = _exited_kind(text, q_end)
    if exited:
        return exited  # "43个贫困村全部出列" counts 贫困村, not 贫困村全部出列
    plan = next((w for w in lexicons.words("obs_plan_qualifiers.txt") if text.startswith(w, q_end)), "")
    if plan:
        # "70项计划开工项目全部开工": the projects planned for a stage, named with the plan
        kind = _indicator_after(text, q_end + len(plan))
        planned = kind.endswith(lexicons.words("obs_measured_sets.txt")) and text.startswith(kind, q_end + len(plan))
        return plan + kind if planned else kind
    staged = _staged_kind().match(text, q_end)
    # a kind that names its stage already ("开工项目全部开工") is counted as it is named
    if staged and staged.group("kind").startswith(lexicons.words("obs_stage_verbs.txt")):
        staged = None
    if staged and (staged.group("kind").endswith("项目") or _counted_works(text, q_end, staged.group("kind"))):
        return staged.group("stage") + _strip_lead(staged.group("kind"))  # "16个项目开工建设" counts 开工建设项目
    promoted_or_entered = _promoted_or_entered_kind(text, q_end, entered)
    if promoted_or_entered:
        return promoted_or_entered
    whole = next((w for w in lexicons.roles("obs_counted_pairs.tsv")["pair"] if text.startswith(w, q_end)), "")
    if whole:
        return whole  # "127个国家和地区的584个港口": a pair of nouns counted as one, whole
    m = _NOUN_AFTER_COUNT.match(text[q_end:])
    if not m:
        return ""
    word = clean_name(m.group(1))
    # "3个万亿级和7个千亿级产业集群": the 和 that joins the next count is read with the level
    joined = word.endswith(("和", "及")) and _LEVEL_ONLY.fullmatch(word[:-1])
    if joined or _LEVEL_ONLY.fullmatch(word):
        # "8个国家级、80个省级现代农业产业园": a level alone counts the kind the next count names
        nxt = _NEXT_LEVEL_COUNT.match(text, q_end + m.end() - (1 if joined else 0))
        kind = _indicator_after(text, nxt.end(), entered)[len(nxt.group("level")):] if nxt else ""
        if len(kind) >= 2:
            return (word[:-1] if joined else word) + kind
    compound = _words_with_role("compound")
    word, cuts = _joined_across_of(word, _noun_cuts(word, compound), compound, text[q_end + m.end():])
    if cuts:
        word = word[:min(cuts)] + _works_action_head(text, q_end + m.start(1) + min(cuts), word[min(cuts):])
    kind = next((k for k in _BARE_KINDS if word.startswith(k)), None)
    if kind and (word == kind or word[len(kind):] in compound):
        # "鸿祥药品生产等4个项目顺利竣工": a bare kind is named by what the clause says of it
        clause = re.match(rf"[{CJK_CHARS}]{{3,{OBSERVATION_LIMITS.noun_after_chars}}}(?=[,;。]|$)", text[q_end:])
        return clause.group(0) if clause else word
    # "4个特别国债项目已获批", "56个重点项目累计完成": an adverb before the verb cut off
    word = _BY_WHEN.sub("", _trailing_adverb().sub("", word))
    # "完成2万亩补充耕地任务": the task is the work counted, no part of its name; tasks counted as items
    # ("36项重点改革任务") keep it
    task = "" if text[q_end - 1:q_end] in _TASK_ITEM_UNITS else r"(?<=..)任务$"
    word = _listed_network(text, q_end, re.sub(task, "", _strip_lead(word)) if task else _strip_lead(word))
    # "产能达到30万辆目标": the goal the value is, no noun it counts (`obs_goal_references.txt`); not
    # after 的 ("锚定投资220亿元以上的目标": the words before name nothing without it), at q_end or
    # just before it (_invested_thing passes the end past the character after the value)
    goal = "目标" in word and word in lexicons.word_set("obs_goal_references.txt") and "的" not in text[max(0, q_end - 1):q_end + 1]
    return "" if goal else word


def _promoted_or_entered_kind(text: str, q_end: int, entered: bool) -> str:
    """Things counted before a verb of promotion or entry are named by the status reached or the list
    entered ("" when the value counts no such things)."""
    if _ENTRY_COUNTED.search(text, max(0, q_end - 3), q_end) is None:
        return ""
    promoted = _promoted_kind().match(text, q_end)
    if promoted:
        return promoted.group("status")  # "4家公司晋升国家级高新技术企业" counts 晋升国家级高新技术企业
    entry = _entered_kind().match(text, q_end) if entered else None
    if entry:
        # "22家矿山企业列入整合调整范围" counts 列入整合调整范围矿山企业; "6家企业在区域性股权市场挂牌",
        # 区域性股权市场挂牌企业
        return clean_name((entry.group("where") or "") + entry.group("entry") + entry.group("kind"))
    return ""


@functools.lru_cache(maxsize=1)
def _network_item() -> re.Pattern[str]:
    """The items of a list of lengths up to the first that names a network's head (its group "head")."""
    length = r"、[\d.]+万?(?:公里|千米|米)"
    heads = alternation_pattern(lexicons.words_of_kind("obs_listed_networks.tsv", "head"))
    return re.compile(rf"(?:{length}[{CJK_CHARS}]{{1,8}}?(?=、))*{length}[{CJK_CHARS}]{{0,8}}?(?P<head>{heads})")


def _listed_network(text: str, q_end: int, word: str) -> str:
    """"26公里供水、117公里供热、20公里燃气管网铺设": a bare utility counted in length before a list
    item that names a network (`obs_listed_networks.tsv`) counts that network (供水管网), not the service."""
    if word not in lexicons.words_of_kind("obs_listed_networks.tsv", "utility") or not text.startswith(word + "、", q_end):
        return word
    listed = _network_item().match(text, q_end + len(word))
    return word + listed.group("head") if listed else word


def _works_action_head(text: str, at: int, rest: str) -> str:
    """The verb of works at `at` (`obs_works_action_heads.txt`) when it closes the noun counted before it,
    as its head ("58万平方米棚户区改造;" counts 棚户区改造): it ends the clause or list item there, or
    the 等 after it closes a list ("32条背街巷道改造等民生工程"); "" where more follows it (a cut)."""
    verb = next((v for v in lexicons.words("obs_works_action_heads.txt") if rest.startswith(v)), "")
    if not verb or not text.startswith(verb, at):
        return ""  # (a noun the quotes were taken out of: its offsets are not the text's)
    end = at + len(verb)
    closes = end == len(text) or text[end] in "、,;。" or text.startswith("等", end)
    return verb if closes else ""


def _indicator_before(text: str, phrase_start: int, listed: bool = False) -> str:
    """"全部财政收入突破10亿大关,完成11.68亿元": the subject of the clause before names the value; a
    list of measures only when `listed` ("…补贴、…工资再次提高,年人均增加2400元": each raised by it)."""
    clauses = re.split(r"[,;]", text[:phrase_start].rstrip(",;"))
    if not clauses or not clauses[-1]:
        return ""
    head = re.split(r"\d", clauses[-1])[0]
    # "服务业税收占比历史性超过工业,达到53%": the subject ends before what it is compared with
    compared = _comparison_verb().search(head, 2)
    head = head[: compared.start()] if compared else head
    indicator, _, _ = _indicator_and_measure(head)
    return indicator if len(indicator) >= OBSERVATION_LIMITS.subject_chars and (listed or not re.search(r"[、和及]", indicator)) else ""


@functools.lru_cache(maxsize=1)
def _paired_words() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in lexicons.rows("paired_words.txt")}


def _trade_partners(items: list[str]) -> list[str]:
    """"对东盟、欧盟进出口" → 对东盟进出口, 对欧盟进出口: partners listed after 对 share it and the measure
    of trade after the last one (obs_trade_measures.txt, with 市场 before it: "对非洲、拉美市场出口");
    [] for another list."""
    last = items[-1]
    measure = next((m for m in lexicons.words("obs_trade_measures.txt") if last.endswith(m)), "")
    measure = "市场" + measure if measure and last[: -len(measure)].endswith("市场") else measure
    if not measure or not items[0].startswith("对") or len(last) <= len(measure) or any(
            x.startswith("对") for x in items[1:]) or any(x.endswith(measure) for x in items[:-1]):
        return []
    return [item + measure for item in items[:-1]] + ["对" + last]


def _shared_trade_measure(items: list[str]) -> str:
    """"集成电路、汽车零配件、锂电池出口分别增长…", "锂离子蓄电池、盐湖化工产品出口分别增长…": goods
    listed before a measure of trade written once after the last (obs_trade_measures.txt) share it
    (集成电路出口); "" where an item has a measure of its own or the last is the measure alone."""
    last = items[-1]
    measure = next((m for m in lexicons.words("obs_trade_measures.txt") if last.endswith(m)), "")
    if not measure or len(last) - len(measure) < 2 or any(x.startswith("对") for x in items):
        return ""
    return "" if any(_has_head(x) or x.endswith(measure) or len(x) < 2 for x in items[:-1]) else measure


def _spread(indicator: str, n: int, respectively: bool = True) -> list[str]:
    """Split one indicator phrase into n names: "城乡常住居民人均可支配收入" → 城镇…, 农村…;
    "城市道路清扫率、保洁率" → 城市道路清扫率, 城市道路保洁率."""
    if n > 1:
        # "纺织、食品、电子等行业产值分别增长…": the list closes with 等 before its head
        indicator = re.sub(r"([、和及与][^、和及与]{2,6})等(?=[^、和及与等]{2,8}$)", r"\1", indicator)
        # "一二三产业增加值分别增长a、b、c": the ranks of industries run together, one to a value,
        # are the list "一、二、三产业" (_listed_ranks)
        ranks = _RANKS_RUN.search(indicator)
        if ranks and len(ranks.group(1)) == n:
            indicator = indicator[:ranks.start()] + "、".join(ranks.group(1)) + indicator[ranks.end():]
    items = _listed_items(indicator, n, respectively)
    if len(items) == n and n > 1:
        return _with_listed_scope(_names_of_items(items))
    return [indicator] * n


def _names_of_items(items: list[str]) -> list[str]:
    """The names of the items of a list phrase, each completed with what the list writes once."""
    partners = _trade_partners(items)
    if partners:
        return partners
    traded = _shared_trade_measure(items)
    if traded:
        return [item + traded for item in items[:-1]] + [items[-1]]
    ranks = _listed_ranks(items)
    if ranks:
        return ranks
    bases = _split_base(items)
    if bases:
        return bases
    share = _listed_share(items)
    if share:
        return [item + share for item in items[:-1]] + [items[-1]]
    echoed = _echoed_tail(items)
    if echoed:
        return [item + echoed for item in items[:-1]] + [items[-1]]
    shared = _shared_head(items)
    if shared:
        return [item + shared if _takes_head(item, shared) else item for item in items[:-1]] + [items[-1]]
    placed = _shared_after_places(items)
    if placed:
        return [item + placed for item in items[:-1]] + [items[-1]]
    first = items[0]
    out = [first]
    crop = _crop_of(first)
    for item in items[1:]:
        if crop and item in _crop_measures("bare"):
            out.append(crop + item)  # "粮食播种面积和总产量" → 粮食总产量, not 粮食播总产量
        elif len(item) * 2 <= len(first) and item not in _known_indicators():
            # a short item shares the first one's opening (not a measure of its own:
            # "一般公共预算收入、税收收入")
            out.append(_with_opening_of(first, item) if not _shares_head(item, first) else item)
        else:
            out.append(item)
    return out


def _with_listed_scope(names: list[str]) -> list[str]:
    """"城乡养老、医疗保险参保率", "城乡居民参加养老保险和基本医疗保险参保率": the population a list of
    rates opens with (`obs_listed_scopes.txt`) is the scope of every rate of one head, not of the
    first alone (城乡医疗保险参保率); a name that opens with a scope of its own keeps it."""
    scopes = lexicons.words("obs_listed_scopes.txt")
    scope = next((w for w in scopes if names[0].startswith(w)), "")
    if not scope or len(os.path.commonprefix([x[::-1] for x in names])) < 3 or not names[0].endswith("率"):
        return names  # (rates of one ending: "…保险参保率")
    return [names[0]] + [x if x.startswith(scopes) else scope + x for x in names[1:]]


# ranks of industries written together before 产 ("一二三产业", "二三产业"), not part of a longer numeral
_RANKS_RUN = re.compile(r"(?<![一二三四五六七八九十百千万两〇零])(一二三|一二|二三)(?=产)")


def _listed_ranks(items: list[str]) -> list[str]:
    """"一、二、三产业投资分别增长…", "第二、三产业投资分别…": ranks listed by their numerals share
    what follows the last (第一产业增加值…); 第 is written before the first only, and is the
    name's where the ranks are of 产业. [] when the items are not numerals."""
    first = items[0].removeprefix("第")
    last = items[-1]
    if not (len(first) == 1 and first in _NUMERALS and all(len(x) == 1 and x in _NUMERALS for x in items[1:-1])
            and len(last) > 2 and last[0] in _NUMERALS and last[1] not in _NUMERALS):
        return []
    tail = last[1:]
    opening = "第" if items[0].startswith("第") or tail.startswith("产业") else ""
    return [opening + x.removeprefix("第")[0] + tail for x in items]


def _listed_items(indicator: str, n: int, respectively: bool) -> list[str]:
    """The names a list phrase gives, a paired word making two when the values need it:
    "金融机构存、贷款余额" → 金融机构存款余额, 金融机构贷款余额 ("进出口总额接连突破8万亿元、9万亿元"
    is one indicator twice: only "分别" splits a paired word)."""
    pairs = [(w, a, b) for w, (a, b) in _paired_words().items() if w in indicator] if respectively else []
    pairs.sort(key=lambda p: -len(p[0]))  # "存、贷款" before "贷款"
    # a paired word's own 、 lists nothing, nor does the 及 of a word that holds it ("普及率",
    # obs_unjoining_words.txt: "农村自来水、卫生户厕普及率" is two items, not three)
    marked = [w for w, _, _ in pairs] + [w for w in lexicons.words("obs_unjoining_words.txt") if w in indicator]
    for k, w in enumerate(marked):
        indicator = indicator.replace(w, chr(_PAIR_MARK + k))
    items = [x for x in re.split(r"[、和及与]", indicator) if x]
    for k, (_, a, b) in enumerate(pairs):
        mark = chr(_PAIR_MARK + k)
        at = next((i for i, x in enumerate(items) if mark in x), None)
        if at is not None and len(items) < n:
            items[at:at + 1] = [items[at].replace(mark, a), items[at].replace(mark, b)]
    for k, w in enumerate(marked):
        items = [x.replace(chr(_PAIR_MARK + k), w) for x in items]
    return items


# a noncharacter standing for a paired word while a list is split (U+FDD0…U+FDEF: normalize
# drops them, so no report text holds one, where a private-use character may come from a PDF)
_PAIR_MARK = 0xFDD0


@functools.lru_cache(maxsize=1)
def _indicator_heads() -> tuple[str, ...]:
    return lexicons.words("indicator_heads.txt")


@functools.lru_cache(maxsize=1 << 14)  # `_continued` walks back over every name seen before, testing each
def _head_of(name: str) -> str | None:
    """The indicator head a name ends in ("茶叶产量" → 产量), if any."""
    return next((h for h in words_closing(_indicator_heads(), name) if name.endswith(h) and len(name) > len(h)), None)


def _has_head(name: str) -> bool:
    """A name that is a measure already: a head word, or a rate, amount or count ("普惠率")."""
    return bool(name) and (bool(_head_of(name)) or name[-1] in "率量额数值")


def _shared_head(items: list[str]) -> str:
    """"刑事治安、涉诈、涉毒警情": the last item's head (from its first head word on, with a
    "年" before it: "家禽年出栏量") when the first item has none of its own."""
    last = items[-1]
    size = len(items[0])
    if (size <= 4 and all(len(x) == size for x in items[:-1]) and _head_of(last) and len(last) > size + 1
            and _item_ends_at(last, size)):  # not "畜禽、奶肉牛饲养量": 奶肉牛 is longer
        # "广州、深圳地铁线网单日最高客运量", "水果、蔬菜、茶叶产量": short items of one size
        # (places, products) share all that follows the last one's
        return last[size:]
    if not _head_of(last):
        return ""
    run_on = _run_on_after_item(items)
    if run_on:
        return run_on
    heads = _indicator_heads()
    if "占" not in last:
        # the head the name ends in ("社会融资规模余额" → 余额, not 规模余额)
        k = len(last) - len(_head_of(last))
    else:
        # a share shares all from its first head on ("…增加值占规模以上工业增加值比重")
        k = next((k for k in range(1, len(last) - 1) if any(last.startswith(h, k) for h in heads)), 0)
    if k < 1:
        return ""
    head = last[k - 1:] if last[k - 1] == "年" and k > 1 else last[k:]
    # "化学需氧量、二氧化硫、氨氮…排放量": the items without a head of their own share it;
    # "GDP、规上工业总产值…": a known indicator has one
    return head if any(_takes_head(x, head) for x in items[:-1]) else ""


def _run_on_after_item(items: list[str]) -> str:
    """"人参、食用菌全产业链产值", "新一代信息技术、新能源、输变电装备产业产值", "船舶、电子专用材料、航空航天
    行业增加值", "新能源汽车、智能家电、智能手机限上零售额": items with no head of their own (products,
    industries) share the word of an industry or scope the last one writes between its own item and the
    head (obs_listed_sector_words.txt: 全产业链产值, 产业产值, 限上零售额), not only the head; "" where
    no such word stands before the head, where the last item would be under two characters, or where an
    item is an industry itself ("制造业、数字经济核心产业增加值": 制造业 takes no 产业)."""
    last = items[-1]
    head = _head_of(last)
    if not head or not all(2 <= len(x) <= _LISTED_ITEM_CHARS and not _has_head(x) and not x.endswith("业")
                           for x in items[:-1]):
        return ""
    body = last[: -len(head)]
    word = max((w for w in lexicons.words("obs_listed_sector_words.txt") if body.endswith(w)), key=len, default="")
    if not word or len(body) - len(word) < 2 or _has_head(body[: -len(word)]):
        return ""
    tail = word + head
    return tail if any(_takes_head(x, tail) for x in items[:-1]) else ""


# the longest listed item that shares a word of its industry with the head after the last
# ("新一代信息技术", "电子专用材料"); a longer one is a clause, not an item
_LISTED_ITEM_CHARS = 8


def _shared_after_places(items: list[str]) -> str:
    """"甲县、乙县贫困发生率分别下降到4.2%和3.6%", "甲经开区、乙高新区、丙新区生产总值分别增长…": items
    that are places closing with one generic part (`genre_place_final_chars.txt`: 县, 区) before a
    measure the last item writes once after its own place share that measure (甲县贫困发生率); ""
    where an item before the last is a measure, or the last has no such place opening it."""
    kind = items[0][-1:]
    if kind not in lexicons.word_set("genre_place_final_chars.txt") or any(
            x[-1:] != kind or len(x) < 2 or _has_head(x) or x in _known_indicators() for x in items[:-1]):
        return ""
    last = items[-1]
    k = last.find(kind, 1)
    measure = last[k + 1:] if k > 0 else ""
    return measure if len(measure) >= 2 and _has_head(measure) else ""


def _listed_share(items: list[str]) -> str:
    """"高新技术产业增加值、战略性新兴产业增加值占规上工业增加值比重": items that are measures of
    their own (a head word each) share the last one's "占…比重", the base they are shares of, not
    the head the base ends in (高新技术产业增加值比重)."""
    last = items[-1]
    k = last.find("占", 2)
    if k < 0 or not last.endswith(_SHARE_HEADS) or not _has_head(last[:k]):
        return ""
    if any("占" in x or not _has_head(x) for x in items[:-1]):
        return ""  # "先进制造业、高技术制造业增加值占…比重": a headless item shares the head too
    return last[k:]


# the share a product or firm holds of a market, a measure of its own ("全国市场占有率")
_HELD_SHARE = "占有率"
# what closes the name of a share ("…占规上工业增加值比重")
_SHARE_HEADS = ("比重", "比例", "占比", "份额")
_SHARE_TAIL = re.compile(r"的?(?:比重|比例|占比|份额)$")


def _split_base(items: list[str]) -> list[str]:
    """"税收收入占财政总收入和地方一般公共预算收入的比重": one part's shares of two bases, a name
    for each (税收收入占财政总收入的比重, 税收收入占地方一般公共预算收入的比重); [] for any other list."""
    first, last = items[0], items[-1]
    k = first.find("占", 2)
    tail = _SHARE_TAIL.search(last)
    if k < 0 or k == len(first) - 1 or tail is None or tail.start() < 2 or _SHARE_TAIL.search(first):
        return []
    if any("占" in x for x in items[1:]):
        return []
    return [first + tail.group()] + [first[: k + 1] + x + tail.group() for x in items[1:-1]] + [first[: k + 1] + last]
# "在全省占比", "在全国的比重": a share of the whole area's total
_AREA_SHARE = re.compile(r"在(全[国省市区县])的?(占比|比重)")


def _echoed_tail(items: list[str]) -> str:
    """"八类案件、可防性案件立案": the items end in one noun (案件) and what the last says after it
    (立案) is what is measured of each; "" when the items end otherwise."""
    last = items[-1]
    end = items[0][-2:]
    k = last.rfind(end)
    if len(items[0]) < 3 or k < 1 or len(last) - k - 2 < 2 or not all(x.endswith(end) for x in items[:-1]):
        return ""
    return last[k + 2:]


def _item_ends_at(text: str, k: int) -> bool:
    """Whether the first k characters can be a listed item of their own: the segmenter splits
    there ("深圳|地铁…") or reads them as a word opening a longer compound ("农村" of 农村居民);
    not where a word runs past them ("奶|肉牛饲养量", "油菜籽播种面积")."""
    start = 0
    for tok in tokens(text):
        end = start + len(tok.word)
        if end >= k:
            # a word one character longer is an item of its own ("油菜籽", "新能源", "奶山羊")
            return end == k or start == 0 and end > k + 1 and len(tokens(text[:k])) == 1
        start = end
    return False


def _takes_head(item: str, head: str) -> bool:
    """A listed item that needs the list's head: it has none of its own, or it names a substance
    that the known indicator measures with that head ("化学需氧量" + 排放量: a 量 of its own name)."""
    known = _known_indicators()
    return not (_has_head(item) or item in known) or item + head in known


def _with_opening_of(first: str, item: str) -> str:
    """A short listed item with the opening of the first, up to where the first writes the item's own
    opening ("安全生产亡人事故起数、亡人数" → 安全生产亡人数), else up to a tail of the item's length
    ("城市道路清扫率、保洁率" → 城市道路保洁率), or up to the head of a count of events
    ("生产安全事故起数和死亡人数" → 生产安全事故死亡人数: `indicator_event_count_heads.txt`)."""
    k = first.find(item[:2], 1)
    if k > 0:
        return first[:k] + item
    events = next((h for h in lexicons.words("indicator_event_count_heads.txt") if first.endswith(h)), "")
    return first[: len(first) - len(events or item)] + item


@functools.lru_cache(maxsize=1)
def _known_indicators() -> frozenset[str]:
    """Every form of the national indicators ("GDP", "生产总值"): measures with no head word."""
    return frozenset(lexicons.synonyms("indicators.txt"))


def _shares_head(item: str, first: str) -> bool:
    return item[:2] == first[:2]


# "均是“十二五”末的1.3倍": a period a value is compared with, no indicator
_PERIOD_REFERENCE = re.compile(r"(?:均|分别|都)?(?:是|为)?十[一二三四五六七八九]?五期?(?:末|时期|期间)?")


_NUMBER_OR_PERIOD_NAME = re.compile(r"[\d.%]+|\d{4}年.{0,2}|.*(?:时期|期间|期末)")


def _not_an_indicator(name: str) -> bool:
    return (len(name) < 2 or bool(_NUMBER_OR_PERIOD_NAME.fullmatch(name))
            or bool(_PERIOD_REFERENCE.fullmatch(name))
            or name in lexicons.word_set("not_names.txt") or bool(_reference_gap().fullmatch(name))
            or bool(_gap_at_end().search(name)) and not _rate_gap_named().fullmatch(name)
            or _names_no_measure(name))


def _head_count_of_kind(name: str, q: Quantity) -> bool:
    """"羊发展到40.5万只", "马0.11万匹": a kind of livestock named by one character
    (obs_livestock_kinds.txt) is the indicator of a count of heads (obs_head_units.txt)."""
    return (name in lexicons.word_set("obs_livestock_kinds.txt")
            and q.unit.endswith(lexicons.words("obs_head_units.txt")))


def _names_no_measure(name: str) -> bool:
    """A short name that is a place and a locative ("组团内9条主次干道" → 组团内), no measure."""
    if len(name) > 4 or name[-1] not in "内外中":
        return False  # cheap: a longer name holds a noun
    words = list(tokenizer_tags().cut(name))
    return len(words) == 2 and words[1].word == name[-1]  # "高中" (优质高中) is one word, a school


def _verb_of_the_count(text: str, q: Quantity, name: str) -> bool:
    """A bare verb right before the value ("解决了9个村3.2万人的安全饮水"): its object is counted, the
    verb names no measure ("完成今年1200户改造": a verb after the value names the work counted)."""
    # (name, name了 or name过 ending the words before the value, as `re.search(name + "[了过]?$")`: no pattern a name)
    if len(name) > 3 or not text[max(0, q.start - len(name) - 1):q.start].endswith((name, name + "了", name + "过", name + "\n")):
        return False
    words = list(tokenizer_tags().cut(name))
    return len(words) == 1 and words[0].flag == "v"


@functools.lru_cache(maxsize=1)
def _comparison_verb() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lexicons.words("obs_reference_comparisons.txt"))))


def _reference_areas() -> str:
    """"全省", "全国平均水平", "全省、全国1.6", "城镇居民" (obs_reference_groups.txt): what a gap is
    measured against, an area or a group of people or measures, as a pattern."""
    groups = "|".join(map(re.escape, lexicons.words("obs_reference_groups.txt")))
    return rf"(?:(?:全[国省市州盟区县旗]|{groups})[、和]?)+(?:平均)?(?:水平)?(?:\d+(?:\.\d+)?[和、]?)?"


@functools.lru_cache(maxsize=1)
def _gap_at_end() -> re.Pattern[str]:
    """"农村居民人均可支配收入增速高于城镇居民", "增速高于全省平均水平": a name that ends with a
    comparison with a reference area or group names the gap (…2.1个百分点), no indicator; but a rate
    named with its subject against one whole area is the gap's indicator (`_rate_gap_named`)."""
    return re.compile(rf"(?:{_comparison_verb().pattern})(?:{_reference_areas()})$")


# the rates a gap in points is of ("增速高于全国1.7个百分点", "增幅高于全国0.2个百分点")
_GAP_RATES = "增速|增幅"


@functools.lru_cache(maxsize=1)
def _rate_gap_named() -> re.Pattern[str]:
    """"民间投资增速高于全国", "社会消费品零售总额增幅高于全国": a measure's rate named with its subject and
    set against one whole area, all written before the gap in points, is the indicator the gap is a
    level of (the annotation's "X增速高于全国 1.7个百分点"); not a gap to an average or a group
    ("增速高于全省平均", "增速快于城镇居民"), nor a bare rate ("增速高于全省")."""
    return re.compile(rf"[{CJK_CHARS}A-Za-z]{{2,}}(?:{_GAP_RATES})(?:{_comparison_verb().pattern})全[国省市州盟区县旗]")


@functools.lru_cache(maxsize=1)
def _reference_gap() -> re.Pattern[str]:
    """"超过全省", "高于全国平均水平": a comparison with a reference area, no indicator; so are the
    areas of a list of gaps ("分别高于全省、全国1.6和0.8个百分点": 全国1.6, the 、 cut before it),
    a gap to another indicator's rate ("高于地区生产总值增速0.7个百分点") or index, and a gap to the
    goal or the plan's pace ("高于预期目标0.5个百分点", `obs_goal_references.txt`)."""
    verbs = _comparison_verb().pattern
    areas = _reference_areas()
    # "增速分别比全省平均水平高0.3", "低于全省居民消费价格指数": the same gaps written with 比…高 or
    # against the reference area's own index
    higher = rf"(?:增速|增幅)?(?:分别|均)?比{areas}[高低快慢]出?(?:\d+(?:\.\d+)?[和、]?)?"
    # "高于预期目标0.5个百分点", "超过时序进度4个百分点" (the goal word may be cut off the name): a gap
    # to the year's goal or the plan's pace; 超 alone says it before a goal word ("超计划目标0.6个百分点",
    # "超目标任务4个百分点"), where before a value it is a bound (超78万户)
    goals = "|".join(map(re.escape, lexicons.words("obs_goal_references.txt")))
    # "完成年度计划的112%", "完成年度目标任务的120%": a share of the year's goal (its verb cut off the
    # name) says how far the goal was met, no value of an indicator
    years_goal = rf"(?:年度|全年)(?:{goals})"
    # "…增长5.5%,增速高于全省0.6个百分点": the rate of the value before, compared with an area's; a
    # gap to another indicator ends with its rate or index word (高于地区生产总值增速, kept in a name
    # before 个百分点): without it, a name opening with a comparison verb is what is measured
    # ("优于Ⅲ类水体比例达到92.3%", "高于全省平均水平的县区达到8个")
    return re.compile(rf"(?:分别|均)?(?:(?:增速|增幅)?(?:{verbs}){areas}|{areas}|{higher}|(?:{verbs})[^,;。]{{2,12}}(?:增速|增幅|指数)"
                      rf"|(?:{verbs})(?:{goals})?|超(?:{goals})|{years_goal})")


