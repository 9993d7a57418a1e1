"""Stage 2 — normalized text to a document: title, parts, numbered sections, paragraphs, sentences.

Each part knows the year it speaks of and whether it reviews the past or plans the future; both
are read from the headings and the text ("2018年工作回顾", "2019年工作安排", the date line under
the title), never from constants.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from kg import lexicons
from kg.config import DOCUMENT_LIMITS
from kg.model import Document, Section, Sentence, Source, Span
from kg.text.markup import shown_text
from kg.text.area import resolve_own_area
from kg.text.lookup import alternation_pattern
from kg.text.names import CN_NUMERALS, split_area

_CN_DIGITS = CN_NUMERALS
_PART = re.compile(rf"^(?:([{_CN_DIGITS}]+)[、.]|第([{_CN_DIGITS}]+)部分[:,、]?)\s*(?P<heading>.+)$")
# A heading line without a number ("2018年工作回顾", "今年的主要任务"), as some reports write them.
_BARE_HEADING = re.compile(r"^[^,。;:!?]{2,24}(?:%s)$"
                           % alternation_pattern(lexicons.words("text_bare_headings.txt")))
_SECTION = re.compile(rf"^\(([{_CN_DIGITS}]+)\)\s*(.+)$")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# the year of a long-range goal ("2035年远景目标", also written "二〇三五年远景目标") is no year a copy
# writes of itself: it neither dates nor contradicts a date
_LONG_RANGE_GOAL = re.compile(r"(?:19|20)\d{2}年远景目标")


def _written_years(text: str) -> list[int]:
    """The years a text writes of itself ("2021年"), the years of long-range goals left out."""
    return [int(y) for y in _YEAR.findall(_LONG_RANGE_GOAL.sub("", text))]
_LATE_MONTHS = range(DOCUMENT_LIMITS.late_session_month, 13)
_LATE_IN_YEAR = re.compile(r"(?:19|20)\d{2}年\s*(?:%s)\s*月"
                           % "|".join(f"0?{m}" if m < 10 else str(m) for m in reversed(_LATE_MONTHS)))
_CONGRESS_NAMED = re.compile(r"人民代表大会|人大")
# the date line under a title ("——2011年1月13日在某市第三届人民代表大会第一次会议上"): the day the
# congress heard the report, which dates it where the title names another year (the year worked,
# "某市人民政府2010年政府工作报告", or a copy's wrong year)
_DATELINE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^。\n]{0,30}?人民代表大会")
# The glossary some city reports append ("名词解释", "附：名词解释", "注释"): its numbers explain
# terms and are not stated values.
_GLOSSARY = re.compile(r"^(?:附(?:件|录)?[:：]?\s*)?(?:名词解释|名词注释|注释|注解)\s*[:：]?\s*$")
_SENTENCE_END = re.compile(r"[。！？!?;]+[”’」』)]*")
# A sentence longer than this is cut, at the last clause mark of its second half if there is one:
# the rules do work per sentence that grows with its length, and text without punctuation would
# otherwise be one sentence of any length.
MAX_SENTENCE_CHARS = DOCUMENT_LIMITS.max_sentence_chars
_CLAUSE_MARK = re.compile(r"[,、:，：]")
_REVIEW_WORDS = lexicons.words("text_review_words.txt")
_PLAN_OPENING_WORDS = lexicons.words("text_plan_opening_words.txt")
_PLAN_WORDS = (*lexicons.words("text_plan_words.txt"), *_PLAN_OPENING_WORDS)
_AREA_PATTERNS = (
    re.compile(r"代表([\u4e00-\u9fff]{2,20}?)人民政府"),  # not "各位代表:现在,我代表…", "代表十八届县…"
    re.compile(r"^(.{2,20}?)人民政府.{0,2}[区县市州旗]长"),
    re.compile(r"在(.{2,20}?)第.{1,4}届人民代表大会"),
    re.compile(r"^(?:(?:19|20)\d{2}年)?(.{2,20}?)(?:(?:19|20)\d{2}年)?《?(?:人民)?政府工作报告"),
)


def cn_number(s: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (enough for section numbers)."""
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.index(ones) + 1 if ones else 0)
    return _CN_DIGITS.index(s) + 1


def parse_document(source: Source) -> Document:
    text = source.text
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, line))
        pos += len(line) + 1

    title, body_start = _title_block(paragraphs)
    report_year = _late_report_year(paragraphs, _report_year(paragraphs[:body_start])
                                    or name_year(source.name) or _headings_year(paragraphs)
                                    or _dated_opening(text) or _stamped_year(shown_text(source.path, source.original)[0], text))
    if report_year is None:
        report_year = _reviewed_span_year(text)
    if report_year is None:
        report_year = _named_this_year(text)
    if report_year is None and not _written_years(text):
        report_year = _plenum_year(text)
    doc = Document(source, title, _report_area(paragraphs[:body_start + DOCUMENT_LIMITS.area_lines]), report_year)
    preamble = Section("preamble", title, 0, None, report_year, "other", 0)
    doc.sections.append(preamble)

    part: Section | None = None
    current = preamble
    for pnum, (start, line) in enumerate(paragraphs):
        if pnum >= body_start and _GLOSSARY.match(line.strip()):
            part = Section("glossary", line.strip(), 1, None, None, "glossary", start)
            doc.sections.append(part)
            current = part
            _add_sentences(doc, line, start, pnum, current.id)
            continue
        if part is not None and part.mode == "glossary":
            _add_sentences(doc, line, start, pnum, current.id)
            continue
        m = _PART.match(line) if pnum >= body_start else None
        bare = pnum >= body_start and not m and _BARE_HEADING.match(line.strip())
        if (m and _is_part_heading(line)) or bare:
            n = cn_number(m.group(1) or m.group(2)) if m else sum(1 for x in doc.sections if x.level == 1) + 1
            heading = m.group("heading") if m else line.strip()
            year, mode = _year_and_mode(heading, report_year)
            part = Section(_unused_id(doc, f"p{n}"), heading.strip(), 1, None, year, mode, start)
            doc.sections.append(part)
            current = part
            _add_sentences(doc, line, start, pnum, current.id)
            continue
        m = _SECTION.match(line) if part is not None else None
        if m:
            n = cn_number(m.group(1))
            heading = re.split(r"[。!?]", m.group(2), maxsplit=1)[0]
            current = Section(_unused_id(doc, f"{part.id}.s{n}"), heading, 2, part.id, part.year, part.mode, start)
            doc.sections.append(current)
        _add_sentences(doc, line, start, pnum, current.id)
    _settle_modes(doc)
    doc.index()
    doc.own = resolve_own_area(doc)
    return doc


def _unused_id(doc: Document, wanted: str) -> str:
    """`wanted` ("p1", "p1.s2", from the heading's numeral), or "p1-2", "p1-3"… when a section already
    has it: a list numbered 一、二、 again inside a part is read as parts, and a second "p1" made both
    one section (its sentences all looked up as the last one's, the review read as plan)."""
    taken = {s.id for s in doc.sections}
    n = 1
    while wanted + (f"-{n}" if n > 1 else "") in taken:
        n += 1
    return wanted + (f"-{n}" if n > 1 else "")


def _title_block(paragraphs: list[tuple[int, str]]) -> tuple[str, int]:
    """The title is the first line when the report opens with one; the body starts at 各位代表."""
    for i, (_, line) in enumerate(paragraphs[:DOCUMENT_LIMITS.title_lines]):
        if line.startswith("各位代表"):
            title = paragraphs[0][1] if i > 0 else ""
            return title.strip(), i
        if i > 0 and _is_part_heading(line):
            # the body has begun without an address: a copy cut from the review part on ("政府工作报告 /
            # 一、2025年和“十四五”时期工作回顾 / …各位代表！“十四五”时期…"); its heading is no date line
            break
    # no salutation: a first line naming the report is still its title
    first = paragraphs[0][1].strip() if paragraphs else ""
    if "报告" in first and len(first) < DOCUMENT_LIMITS.title_chars and not _PART.match(first):
        return first, 1
    return "", 0


def _is_part_heading(line: str) -> bool:
    """A part's numbered heading on a line of its own ("一、2025年工作回顾"): short, and no sentence."""
    return bool(_PART.match(line)) and len(line) < DOCUMENT_LIMITS.heading_chars and "。" not in line


# the year a file is named for: at the end of its name, or a word of its own at the start
# ("2018-anji.txt", as collections of excerpts name them)
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})$|^((?:19|20)\d{2})(?=[-_])")


def name_year(name: str) -> int | None:
    """An excerpt that writes no year of its own ("这五年,是…") takes the one its file is named
    for (anhui-2018.txt, 2018-anji.txt)."""
    m = _NAME_YEAR.search(name)
    return int(m.group(1) or m.group(2)) if m else None


def _report_year(head: list[tuple[int, str]]) -> int | None:
    """The year the report is given in (and plans for): from the title block or date line."""
    for _, line in head:
        m = _LATE_IN_YEAR.search(line)
        if m and _CONGRESS_NAMED.search(line, m.end()):
            # a date line of December under a title that names the year it was given in
            # ("2020年政府工作报告 / 2020年12月22日在某区第九届人民代表大会…"): the coming year's
            return int(m.group(0)[:4]) + 1
    for _, line in head:
        year = _dateline_year(line)
        if year:
            return year
    for _, line in head:
        m = _YEAR.search(line)
        if m and not line.startswith("各位代表"):
            late = _LATE_IN_YEAR.match(line, m.start())
            # a congress held late in the year (`_LATE_MONTHS`) hears the report for the coming year
            # ("政府工作报告 / 2021年12月15日在安岳县第十七届人民代表大会…": the 2022 report, reviewing 2021)
            return int(m.group(1)) + (1 if late else 0)
    return None


def _dateline_year(text: str) -> int | None:
    """The year of the report a date line dates (one late in the year, `_LATE_MONTHS`: the coming year's)."""
    m = _DATELINE.search(text)
    return int(m.group(1)) + (1 if int(m.group(2)) in _LATE_MONTHS else 0) if m else None


def _headings_year(paragraphs: list[tuple[int, str]]) -> int | None:
    """The year the report is given in, guessed from its part headings: the latest year a plan part
    names, else one more than the latest year its review part speaks of. A guess, after the year its
    file is named for ("某县-2023.txt" whose date line the copy garbled: "一、2022年政府主要工作" is
    the review, not a plan for 2022)."""
    plan_years = []
    review_years = []
    for _, line in paragraphs:
        m = _PART.match(line)
        if m and len(line) < DOCUMENT_LIMITS.heading_chars:
            years = [int(y) for y in _YEAR.findall(m.group("heading"))]
            if not years:
                continue
            if any(w in line for w in _REVIEW_WORDS):
                review_years.append(max(years))
            else:
                plan_years.append(max(years))
    if plan_years:
        return max(plan_years)
    if review_years:
        return max(review_years) + 1
    return None


# "2017湖北政府工作报告全文", "2011年辽宁省政府工作报告——2011年1月21日在…" (a copy printed on one line)
_OPENING_TITLE = re.compile(r"^\s*((?:19|20)\d{2})年?[\u4e00-\u9fff]{0,12}?政府工作报告")
# the same title on a line of its own below a page's furniture ("某某网欢迎您 / 您当前的位置… /
# 2018政府工作报告"): the whole line, at most with 全文 after it, in a text that writes no other year
_TITLE_LINE = re.compile(r"^[ \t\u3000]*((?:19|20)\d{2})年?[\u4e00-\u9fff]{0,12}?政府工作报告"
                         r"(?:[(（]?全文[)）]?)?[ \t\u3000]*$", re.M)
# "2018年1月20日,某市第九届人民代表大会第一次会议开幕": the congress that hears the report
_CONGRESS_DATE = re.compile(r"((?:19|20)\d{2})年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日[^。\n]{0,40}?人民代表大会")


def _dated_opening(text: str) -> int | None:
    """The report's year from the opening of a copy without a title block: a title that opens the
    text, else the date of the congress named near its start (one held late in the year
    hears the report for the coming year)."""
    head = text[:DOCUMENT_LIMITS.dated_opening_chars]
    year = _dateline_year(head)
    if year:
        return year
    m = _OPENING_TITLE.match(head)
    if m:
        return int(m.group(1))
    m = _CONGRESS_DATE.search(head)
    if m:
        return int(m.group(1)) + (1 if int(m.group(2)) in _LATE_MONTHS else 0)
    years = [int(m.group(1)) for m in _dated_title().finditer(head)]
    if years:  # "青川市2022年国民经济和社会发展计划", "某省多市2024年两会陆续召开"
        return max(years)
    m = _TITLE_LINE.search(head)
    if m and not _written_years(text[:m.start()] + text[m.end():]):
        # only where the text writes no year of its own: a page's title may name the year the report
        # reviews ("解读2022年某市政府工作报告" over "2023年启动…"), which the text's years would say
        return int(m.group(1))
    m = _NPC_SESSION.search(head)
    if m:  # "十四届全国人大二次会议5日上午开幕": the National People's Congress's term and session
        first = lexicons.mapping("npc_terms.tsv").get(str(cn_number(m.group(1))))
        return int(first) + cn_number(m.group(2)) - 1 if first else None
    year = _provincial_session_year(head)
    if year and _planned_year(text) == year - 1:
        # an extra session in the term counts one more than the year: the year the copy plans for
        # wins ("某省第十四届人民代表大会第五次会议…某省2026年经济社会发展主要预期目标")
        return year - 1
    # a province that held an extra session counts one more than the year ("河南省十三届人大六次会议
    # …回顾了2021年": the report of 2022): a session whose year the text's own years deny dates nothing
    return _agreeing(year, text) if year else None


@functools.lru_cache(maxsize=1)
def _planned_year_cue() -> re.Pattern[str]:
    """A year written a few words before its targets, its work or its report's name
    (`text_planned_year_cues.txt`)."""
    cues = alternation_pattern(lexicons.words("text_planned_year_cues.txt"))
    return re.compile(rf"((?:19|20)\d{{2}})\s*年[^,。;:!?,;:\d\n]{{0,{DOCUMENT_LIMITS.planned_year_chars}}}?"
                      rf"(?:{cues})")


# what follows a planned-year cue when the copy sets that year's targets out ("…主要预期目标是:", "为")
_TARGETS_SET = re.compile(r"\s*(?:[::]|是|为)")
# a past report's decisions carried out: the cue as the agent of a two-character verb before 的
# ("2020年政府工作报告确定的目标任务", "…部署的10件民生实事", "…中提出的")
_DECIDED_BY = re.compile(r"(?:中|里)?所?[\u4e00-\u9fff]{2}的")
_CLAUSE_END = re.compile(r"[,。;!?,;!?\n]")


@functools.lru_cache(maxsize=1)
def target_met_words() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(the plan cues a review names as the target met or compared with, the words that say a target
    was met or aim at it, with their kind met|aim): `obs_target_met_words.tsv`."""
    rows = lexicons.rows("obs_target_met_words.tsv")
    return (frozenset(word for word, kind in rows if kind == "cue"),
            tuple((word, kind) for word, kind in rows if kind != "cue"))


def says_target_met(words: str) -> bool:
    """Whether `words` say a target was met (完成, 实现, 达到…) and no word of the aim (确保, 力争,
    要实现…) makes the meeting an aim ("确保实现…", "力争实现…": a plan's)."""
    return {kind for word, kind in target_met_words()[1] if word in words} == {"met"}


def _reviewed_cue(text: str, end: int) -> bool:
    """Whether a planned-year cue ending at `end` is reviewed, not set out: the clause after it says a
    past report decided what is now carried out (确定的, 部署的…) or that its targets were met
    ("2025年经济社会发展主要预期目标顺利完成", read as the observations read the met words: not after
    an aim word, "2026年主要预期目标确保实现…"), unless the cue is followed by the targets themselves
    (a colon, 是, 为: "2026年主要预期目标是实现…")."""
    if _TARGETS_SET.match(text, end):
        return False
    m = _CLAUSE_END.search(text, end)
    clause = text[end:m.start() if m else len(text)]
    return bool(_DECIDED_BY.match(clause)) or says_target_met(clause)


def _planned_year(text: str) -> int | None:
    """The latest year a copy names as the one whose targets or work it sets out (not one it reviews)."""
    return max((int(m.group(1)) for m in _planned_year_cue().finditer(text) if not _reviewed_cue(text, m.end())),
               default=None)


def _provincial_session_year(head: str) -> int | None:
    """A press piece that names only the provincial congress's session it was given at
    ("某省第十一届人民代表大会第一次会议十七日上午在省会开幕"): the session's year, from the term
    elected in 2018 (`provincial_congress_terms.tsv`; the provinces elect theirs together every five
    years). Only a session that opens or hears the report, not one whose targets a review says were met
    ("完成了省十三届人大二次会议确定的目标": the year before)."""
    m = _provincial_session().search(head)
    if m is None:
        return None
    term, year = _provincial_terms()[m.group(1)]
    first = year + 5 * (cn_number(m.group(2)) - term)
    return first + cn_number(m.group(3)) - 1 if first >= DOCUMENT_LIMITS.congress_terms_from else None


@functools.lru_cache(maxsize=1)
def _provincial_terms() -> dict[str, tuple[int, int]]:
    """Each province's term of its people's congress and the year it was elected."""
    return {r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("provincial_congress_terms.tsv")}


@functools.lru_cache(maxsize=1)
def _provincial_session() -> re.Pattern[str]:
    # the session opens or hears the report: "…次会议上" right after it, or 开幕/召开/举行 within the
    # sentence — not a session whose decisions the text carries out ("…会议通过的决议", "…确定的目标")
    names = alternation_pattern(list(_provincial_terms()))
    return re.compile(rf"({names})第?([{_CN_DIGITS}]{{1,3}})届(?:人民代表大会|人大)第?([{_CN_DIGITS}]{{1,2}})次会议"
                      r"(?![^。\n]{0,30}?(?:确定|通过|批准))(?=上|[^。\n]{0,30}?(?:开幕|召开|举行))")


# a press page's publication stamp: "2018-01-26 09:18", "2021/12/06/ 21:48", "17.01.2016  10:29",
# or written in words with its time of day ("2022年02月24日10:43", "发布时间:2021年11月09日 12:44"; a date
# in words without a time is one the text speaks of, no stamp) (normalizing drops the spaces: the
# time may follow the date's last digit)
_STAMP = re.compile(r"(?<![\d.])(?:((?:19|20)\d{2})([-/.])(\d{1,2})\2[0-3]?\d"
                    r"|[0-3]?\d([-/.])(\d{1,2})\4((?:19|20)\d{2})"
                    r"|((?:19|20)\d{2})年(\d{1,2})月[0-3]?\d日\s*[0-2]?\d:[0-5]\d)")


def _stamped_year(original: str, text: str) -> int | None:
    """A news page that names no year in words is dated by the stamp it was published under, near its
    opening (read in the file as it is: the page's furniture around the stamp is no part of the text):
    a report is written up within days of its congress, in the congresses' season
    (`DOCUMENT_LIMITS.stamp_months`), and one held in November or December hears the report for the
    coming year (as `_CONGRESS_DATE`)."""
    m = _STAMP.search(unicodedata.normalize("NFKC", original[:DOCUMENT_LIMITS.dated_opening_chars]))
    if m is None:
        return None
    year, month = ((m.group(1), m.group(3)) if m.group(1) else (m.group(7), m.group(8)) if m.group(7)
                   else (m.group(6), m.group(5)))
    if int(month) not in DOCUMENT_LIMITS.stamp_months:
        return None
    year = int(year) + (1 if int(month) in _LATE_MONTHS else 0)
    # a page reposting an older report ("2019-07-13" over "一、2016年工作回顾") is not dated by its stamp
    return _agreeing(year, text)


def _agreeing(year: int, text: str) -> int | None:
    """A year read from outside the text's words (a stamp, a session) where those words allow it:
    a text that writes years must speak of the year it would be the report of, or of the year that
    report reviews."""
    written = set(_written_years(text))
    return year if not written or written & {year, year - 1} else None


@functools.lru_cache(maxsize=1)
def _dated_title() -> re.Pattern[str]:
    """A year naming a plan report or the sessions of that year (`text_dated_titles.txt`), not
    the execution of a plan ("2019年国民经济和社会发展计划执行情况")."""
    words = alternation_pattern(lexicons.words("text_dated_titles.txt"))
    return re.compile(rf"((?:19|20)\d{{2}})\s*年(?:{words})(?!执行)")


# "第十四届全国人民代表大会第二次会议", "十四届全国人大二次会议" (a news copy's opening)
_NPC_SESSION = re.compile(rf"第?([{_CN_DIGITS}]{{1,3}})届全国(?:人民代表大会|人大)第?([{_CN_DIGITS}]{{1,2}})次会议")


# "十八届三中、四中全会", "十九届二中三中四中全会", "二十届三中全会": a term and the sessions named
_PLENUMS = re.compile(rf"(十[六七八九]|二十)届((?:[{_CN_DIGITS}]中[、和及与]?)+)全会")


@functools.lru_cache(maxsize=1)
def _plenums_held() -> dict[tuple[str, str], int]:
    """The year of each Central Committee plenum, by (term, session)."""
    return {(r[0], r[1]): int(r[2]) for r in lexicons.rows("plenum_years.tsv")}


def _plenum_year(text: str) -> int | None:
    """The year of a copy that writes none ("过去的一年,…我们全面贯彻落实党的十八大和十八届三中、
    四中全会精神"): the year after the latest Central Committee plenum it names
    (`plenum_years.tsv`), the one its review part speaks of."""
    held = _plenums_held()
    years = [held.get((str(cn_number(m.group(1))), str(cn_number(s))), 0)
             for m in _PLENUMS.finditer(text) for s in re.findall(rf"([{_CN_DIGITS}])中", m.group(2))]
    return max(years) + 1 if any(years) else None


# "今年是“十四五”开局之年", "市长说,今年是全面贯彻落实某会议精神的开局之年"
# the words stop at the clause's end or at 明年/去年 ("今年是…第二年,明年是收官之年" names no 今年)
# (the roles of text_year_roles.tsv: "开局之年", "开局起步之年", "收官之年")
_THIS_YEAR_NAMED = re.compile(r"今年(?:既是|也是|是|为)((?:(?!明年|去年)[^。;!?\n,])"
                              rf"{{0,{DOCUMENT_LIMITS.this_year_named_chars}}}?"
                              rf"(?:{alternation_pattern(sorted({r[0] for r in lexicons.rows('text_year_roles.tsv')}))}))")
_PARTY_CONGRESS = re.compile(r"党的(十[六七八九]|二十)大")
# a copy of a report or a piece on it: a news piece on works under way ("今年是…开局之年,某县大抓项目…")
# has no report year, and its figures of the year so far are no review of the year before
# (text_report_names.txt)
_ABOUT_A_REPORT = re.compile(lexicons.alternation("text_report_names.txt"))


def _named_this_year(text: str) -> int | None:
    """The year of a copy that writes none of its own but names 今年 by its place in a five-year
    plan or after a Party congress (`text_year_roles.tsv`): the first year of the plan, its last, or
    the year after the congress. Only a copy of a report or a piece on one, and where the years the
    copy writes allow it (as for a stamp)."""
    if not _ABOUT_A_REPORT.search(text):
        return None
    for m in _THIS_YEAR_NAMED.finditer(text):  # the first that names a year ("本届政府开局之年" names none)
        year = _year_named(m.group(1))
        if year is not None:
            return _agreeing(year, text)
    return None


def _year_named(words: str) -> int | None:
    """The year "今年是{words}" names: the first or last of a five-year plan, or the year after a
    Party congress (`text_year_roles.tsv`)."""
    for word, counted, after in lexicons.rows("text_year_roles.tsv"):
        if not words.endswith(word):
            continue
        if counted == "plan" and _FIVE_YEAR_PLAN.search(words):
            return five_year_plan_end(words) - 4 + int(after)
        congress = _PARTY_CONGRESS.search(words) if counted == "congress" else None
        held = _plenums_held().get((str(cn_number(congress.group(1))), "1")) if congress else None
        if held:
            return held + int(after)
    return None


def _report_area(head: list[tuple[int, str]]) -> str | None:
    found = _area_in([line for _, line in head])
    if found is None:
        # the title block may break a phrase over lines ("在广东省第十四届" / "人民代表大会…")
        found = _area_in(["".join(line.strip() for _, line in head)], _AREA_PATTERNS[2:3])
    return found


def _area_in(lines: list[str], patterns=_AREA_PATTERNS) -> str | None:
    for pattern in patterns:
        for line in lines:
            m = pattern.search(line)
            if m:
                area = _division_tail(m.group(1).strip("在—-"))
                if area and area[-1] in "省市区县州旗盟" and "届" not in area:
                    return area
    return None


def _division_tail(phrase: str) -> str:
    """The longest tail of `phrase` made of division names only: ": 现在,我代表扬中市" → 扬中市,
    "十八届县" → "" (a salutation or an ordinal caught before 人民政府 names no area)."""
    names = lexicons.divisions_by_name()
    for i in range(len(phrase) - 1):
        parts = split_area(phrase[i:])
        if parts and all(part in names for part in parts):
            return phrase[i:]
    return ""


_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_FIVE_YEAR_PLAN_OR_TENTH = re.compile(r"十([一二三四五六七八九]?)五")


def five_year_plan_end(text: str, tenth: bool = False) -> int | None:
    """The last year of the five-year plan a text names: "十四五" → 2025, "十五五" → 2030
    (the third plan ran 1966-1970, and every plan since has been five years); with `tenth`, also
    "十五" → 2005, where the text is surely a plan (elsewhere 十五 is fifteen)."""
    m = (_FIVE_YEAR_PLAN_OR_TENTH if tenth else _FIVE_YEAR_PLAN).search(text)
    return 1955 + 5 * cn_number("十" + m.group(1)) if m else None


# "一、“十三五”时期工作回顾", "“十四五”发展成就回顾": a review of a five-year plan's whole span
# (not "“十三五”以来", the years of it so far, nor "“十三五”开局之年", its first)
_PLAN_SPAN = re.compile(r"十[一二三四五六七八九]五[”\"]?(?:时期|期间|规划实施|(?:工作|发展)?(?:回顾|成就))")


def _reviewed_plan_end(heading: str) -> int | None:
    """The last year of the five-year plan a review heading that writes no year reviews as a whole
    (ANNOTATION 9: a value about the span takes its last year)."""
    if _YEAR.search(heading) or not any(w in heading for w in _REVIEW_WORDS) or not _PLAN_SPAN.search(heading):
        return None
    return five_year_plan_end(heading)


# a five-year span that opens its clause ("“十三五”期间,内蒙古…", "“十三五”时期是…的五年"), not one
# compared with or named inside a clause ("高于“十三五”时期", "完成“十三五”规划目标")
_OPENING_SPAN = re.compile(r"(?:^|(?<=[。!?;:,;:,\n]))\s*[“\"]?(%s)" % _PLAN_SPAN.pattern, re.M)


def opening_plan_spans(text: str) -> list[tuple[int, int]]:
    """Where a five-year plan's whole span opens a clause of the text: the offset after its
    mention and the plan's last year."""
    return [(m.end(), five_year_plan_end(m.group(1))) for m in _OPENING_SPAN.finditer(text)]


def opening_plan_spans_before(text: str, start: int, cut: int) -> list[tuple[int, int]]:
    """`opening_plan_spans(text[start:cut])`, read off one scan of text[start:] made once for every
    cut (a review part's sentences each ask it of the part up to their own first value: one scan of
    the part a sentence, not a scan of all that comes before it). The pattern asserts nothing about
    where the text ends, so the matches ending by the cut are the truncated text's, unless one runs
    across the cut: then the truncated text is scanned itself."""
    spans = _opening_plan_spans_from(text, start)
    width = cut - start
    if any(a < width < b for a, b, _ in spans):
        return opening_plan_spans(text[start:cut])
    return [(b, end) for _, b, end in spans if b <= width]


@functools.lru_cache(maxsize=8)
def _opening_plan_spans_from(text: str, start: int) -> tuple[tuple[int, int, int | None], ...]:
    """Where a five-year span opens a clause of text[start:]: (start, end) of each mention, offsets
    from `start`, and the plan's last year."""
    return tuple((m.start(), m.end(), five_year_plan_end(m.group(1))) for m in _OPENING_SPAN.finditer(text[start:]))


def _reviewed_span_year(text: str) -> int | None:
    """A copy that writes no year of its own but speaks of a five-year plan's whole span in its
    running text ("“十三五”时期是…的五年", "“十三五”期间,某区…") and dates itself the year after the
    plan's end (the latest of the years it writes, its publication date among them, and the year
    after the latest Central Committee plenum it names) reviews that span: it is the report of that year, and what
    it reviews is the plan's last year (ANNOTATION 9). A span still running ("“十四五”期间,国家将…"
    in a copy of 2022) dates nothing."""
    m = _PLAN_SPAN.search(text)
    if m is None:
        return None
    end = five_year_plan_end(m.group())
    latest = max(_written_years(text) + [_plenum_year(text) or 0], default=None)
    return end + 1 if latest == end + 1 else None


def _late_report_year(paragraphs: list[tuple[int, str]], report_year: int | None) -> int | None:
    """A report dated in the last year of the five-year plan its review part reviews as a whole was
    given at that year's end ("一、“十三五”时期工作回顾" under a date line of December 2020 that the
    title block does not give as such): it plans for the year after; so does a copy that writes no
    year of its own."""
    for _, line in paragraphs:
        m = _PART.match(line)
        end = _reviewed_plan_end(m.group("heading")) if m and len(line) < DOCUMENT_LIMITS.heading_chars else None
        if end and (report_year is None or end == report_year):
            return end + 1
    return report_year


def opens_plan_span(heading: str) -> bool:
    """A plan heading that calls for the first year of a five-year plan to open it well
    ("全力推动“十五五”开好局、起好步", text_plan_opening_words.txt): it plans the report's own year,
    the span it names is no period of its targets."""
    return any(w in heading for w in _PLAN_OPENING_WORDS)


def _year_and_mode(heading: str, report_year: int | None) -> tuple[int | None, str]:
    years = [int(y) for y in _YEAR.findall(heading)]
    if any(w in heading for w in _REVIEW_WORDS):
        year = max(years) if years else (_reviewed_plan_end(heading) or (report_year - 1 if report_year else None))
        return year, "review"
    if years and report_year and max(years) < report_year and not any(w in heading for w in _PLAN_WORDS):
        return max(years), "review"  # "一、奋发有为,2018年迈出铿锵步伐" in the report of 2019
    if any(w in heading for w in _PLAN_WORDS) or years:
        return (max(years) if years else report_year), "plan"
    return report_year, "other"


def _settle_modes(doc: Document) -> None:
    """A part with neither review nor plan words ("三、加强政府自身建设") that follows the plan
    speaks of the coming year; one before any plan part speaks of the past."""
    seen_plan = False
    for s in doc.sections:
        if s.level != 1:
            continue
        if s.mode == "plan":
            seen_plan = True
        elif s.mode == "other":
            s.mode = "plan" if seen_plan else "review"
            if s.mode == "review" and doc.year:
                s.year = doc.year - 1
    modes = {s.id: (s.year, s.mode) for s in doc.sections if s.level == 1}
    for s in doc.sections:
        if s.level == 2 and s.parent in modes:
            s.year, s.mode = modes[s.parent]


def _add_sentences(doc: Document, line: str, start: int, paragraph: int, section_id: str) -> None:
    pos = 0
    for m in _SENTENCE_END.finditer(line):
        _add_sentence(doc, line, start, pos, m.end(), paragraph, section_id)
        pos = m.end()
    _add_sentence(doc, line, start, pos, len(line), paragraph, section_id)


def _add_sentence(doc: Document, line: str, line_start: int, a: int, b: int, paragraph: int, section_id: str) -> None:
    """line[a:b] as a sentence (cut at a clause mark while it is too long); `line_start` is where
    the line starts in the text."""
    while b - a > MAX_SENTENCE_CHARS:
        cut = a + MAX_SENTENCE_CHARS
        marks = [m.end() for m in _CLAUSE_MARK.finditer(line, a + MAX_SENTENCE_CHARS // 2, cut)]
        if marks:
            cut = marks[-1]
        else:  # no clause mark: do not cut a number or a Latin word in two
            while cut > a + MAX_SENTENCE_CHARS // 2 and line[cut - 1].isascii() and line[cut - 1].isalnum():
                cut -= 1
        _add_sentence(doc, line, line_start, a, cut, paragraph, section_id)
        a = cut
    piece = line[a:b]
    if not piece.strip():
        return
    span = Span.local(line_start, a, b)
    doc.sentences.append(Sentence(len(doc.sentences), span.start, span.end, piece, paragraph, section_id))
