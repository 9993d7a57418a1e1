"""Project mentions that name no works, dropped before they become entities.

Extraction finds a project by its head and its context; some of what it finds is, by its name alone,
not a works (ANNOTATION: Project): a kind of road or railway standing alone ("高速公路"), a label of a
class of projects ("100亿元项目", "京津项目"), a programme of
talent, jobs or civility named 工程 (rule 12), a label of a class by its scope, count, grade, field or
round ("安徽铁路", "多条铁路", "青海重点项目", "城建重点工程", "河北省第五期"), a name opened by a word of a
whole class ("老旧…改造", "病险水库…"), a kind of network or coverage ("雨污分流管网", "农村户厕改造"), the
renewal of a list of areas ("某街道、某街道城市更新"), a campaign ("…专项整治"), or a span that ran over a
predicate, a time or a person ("…上半年新开工", "…段通车改变…", "…市委书记"). Each test reads the mention's name only (and the
words jieba cuts it into), never its sentence, and each is a word list in kg/lexicons/.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from kg import lexicons
from kg.config import NOT_WORKS
from kg.extract.projects import is_generic, purpose_programme_of_works
from kg.model import ORG, PLACE, PROJECT, Mention
from kg.text.names import WORKS_WORD
from kg.text.segment import tokens


# the readings of extraction that make a span a place and nothing else (kg.extract): a zone the
# report supports in growing ("全力支持呼伦贝尔工业园区发展"), unless the sentence builds it (`built`),
# a zone whose output the clause reports right after its name ("X产业园产值首次突破300亿元") or what
# it hosts or is ranked as ("X科技城落户87个项目", "X产业园入选…名单"),
# and a stop of a line written with dashes ("打造胜利大街—阿里河路—扎兰屯路—新北出口路一线的精品示范大街":
# the avenue is the works, not the streets it runs along)
_ONLY_LOCATIONS = frozenset({"genre_supported_zone", "genre_zone_output", "genre_zone_hosting", "dash-line"})
# the reading of extraction that makes a span a body and nothing else (kg.extract.opened_bodies, its
# `founded` verb): a body set up by a verb of project_body_founding_verbs.txt ("成立省足球运动管理中心",
# "组建重庆信息与智慧医学研究院"): organized, not built (ANNOTATION: Organization)
_ONLY_BODIES = frozenset({"opened_body"})
_PROGRAMME = "工程"
# a sum of money in a name: money sizes a class of projects ("100亿元项目", "…2000万元以上项目"),
# never names one (a capacity does: "年产40万吨…项目")
_MONEY = re.compile(r"\d[\d.]*(?:万|亿)?(?:美)?元")


def _labels_a_class(stem: str) -> bool:
    """Does `stem` before 项目 say which projects, not which works: a sum of money, or only the
    initials of provinces or a region the projects come from ("京津项目": those from Beijing and
    Tianjin)?"""
    if "元" in stem and _MONEY.search(stem):
        return True
    initials = lexicons.word_set("place_abbreviations.txt")
    return bool(stem) and (all(c in initials for c in stem) or stem in lexicons.word_set("regions.txt"))


# a number opening a count ("268", "三"), its measure word read from project_class_measures.txt:
# "268公里高速公路", "三省高速公路", "新一轮重点项目"
_NUMBER = re.compile(r"[\d.一二三四五六七八九十两百千万余多几]+")
# a round of a campaign: "河北省第五期" (the fourth round of a province's concentrated starts)
_ROUND = re.compile(r"第[\d一二三四五六七八九十]+[期批轮]")


def _scopes(word: str, kind: bool) -> bool:
    """Is `word` a division that scopes a class's label: a division's full name ("光山县", "宜春市"),
    or a province's short name ("安徽", "青海"), or, before 项目 or 工程 (not `kind`), a
    prefecture's ("大兴安岭")? A county's short name, and before a kind a prefecture's, is as
    often the abbreviation of a route's ends ("阳信高速": 阳江 to 信宜; "宁远高速", "安康高铁"):
    those are works."""
    levels = ("province",) if kind else ("province", "prefecture")
    return any(d.name == word or d.level in levels for d in lexicons.divisions_by_name().get(word, ()))


def _class_prefix_lengths(rest: str, kind: bool) -> list[tuple[int, bool]]:
    """The words of a class's label that may open `rest`, as (length, scoping) pairs, longest first:
    a division ("河北省", "安徽"), a plural or list word ("多条", "、"), a count ("三省", "268公里"), a
    round ("第五期") scope it; a category, grade, field or period word ("重点", "城建", "前三季度") does
    not."""
    out = [(n, True) for n in range(min(len(rest), NOT_WORKS.class_scope_chars), 1, -1) if _scopes(rest[:n], kind)]
    markers = lexicons.word_set("project_class_markers.txt") | lexicons.word_set("project_kind_quantifiers.txt")
    out += [(len(w), True) for w in markers if rest.startswith(w)]
    number = _NUMBER.match(rest)
    if number:
        out += [(number.end() + len(w), True) for w in lexicons.words("project_class_measures.txt")
                if rest.startswith(w, number.end())]
    out += [(m.end(), True) for m in (_ROUND.match(rest),) if m]
    out += [(n, False) for n in range(min(len(rest), _longest_label_word()), 0, -1) if rest[:n] in _label_vocabulary()]
    return sorted(out, reverse=True)


@functools.lru_cache(maxsize=4096)
def _label_words(rest: str, scoped: bool, kind: bool) -> bool:
    """Can `rest` be cut wholly into the words of a class's label (`_class_prefix_lengths`), with a
    scoping word among them where `kind` asks for one?"""
    if not rest:
        return scoped or not kind
    return any(_label_words(rest[n:], scoped or scoping, kind) for n, scoping in _class_prefix_lengths(rest, kind))


def _labels_by_scope(stem: str, kind: bool) -> bool:
    """Is `stem`, before a bare kind of road or rail (`kind`) or before 项目/工程, only the words of a
    class's label: divisions, counts, plural and list words, a round, and category, grade, field and
    period words ("安徽|铁路", "多条|铁路", "云南、贵州、四川三省|高速公路", "青海重点|项目",
    "前三季度四川重大|项目", "城建重点|工程", "河北省第五期")? Before a kind the stem must hold a place, a
    count or a plural word: the kind alone is `_kind_worked_on`'s."""
    return bool(stem) and _label_words(stem, False, kind)


@functools.lru_cache(maxsize=1)
def _label_vocabulary() -> frozenset[str]:
    """The category, grade, field and period words of a class's label (generic_projects.txt,
    project_class_words.txt)."""
    return lexicons.word_set("generic_projects.txt") | lexicons.word_set("project_class_words.txt")


@functools.lru_cache(maxsize=1)
def _longest_label_word() -> int:
    return max(map(len, _label_vocabulary()))


def _is_programme(name: str) -> bool:
    """Is `name` a 工程 of education, talent, jobs, income or civility (ANNOTATION rule 12: a programme,
    not a package of physical works): "…富民工程", "幸福指数工程"?"""
    stem = name[: -len(_PROGRAMME)] if name.endswith(_PROGRAMME) else ""
    return bool(stem) and stem.endswith(tuple(lexicons.word_set("project_not_works_programmes.txt")))


def _kind_worked_on(name: str) -> bool:
    """Is `name` a bare kind of linear works and what is done to it ("背街巷道改造", "道路整治":
    every street of the kind, as the kind alone is; project_works_actions.txt)?"""
    kinds = lexicons.word_set("project_not_works_kinds.txt")
    return any(name.endswith(a) and name[: -len(a)] in kinds for a in lexicons.words("project_works_actions.txt"))


def _network_worked_on(name: str) -> bool:
    """Is `name` a kind of networked works or of coverage (project_network_kinds.txt: "雨污分流管网",
    "户厕", "通水泥路") after only category and scope words (generic_projects.txt: "城区", "农村", "村")
    and before at most an action on it ("改造")? "城区雨污分流管网改造", "农村户厕改造", "村通水泥路":
    every network or home of the kind, no one works."""
    stem = next((name[: -len(a)] for a in lexicons.words("project_works_actions.txt") if name.endswith(a)), name)
    generic = lexicons.word_set("generic_projects.txt")
    return any(stem.endswith(k) and is_generic(stem[: -len(k)], generic)
               for k in lexicons.word_set("project_network_kinds.txt"))


# the enumeration comma between the items of a list of names ("青禾街道、澄江街道")
_LIST_MARK = "、"


def _renews_listed_areas(name: str) -> bool:
    """Is `name` a list of areas closed by a renewal done to each (project_area_renewals.txt:
    "青禾街道、澄江街道城市更新", "东坪片区、西坪片区棚户区改造")? A programme carried through the areas,
    no one works; one area's renewal ("东坪片区城市更新") is a works."""
    return _LIST_MARK in name and name.endswith(tuple(lexicons.words("project_area_renewals.txt")))


# one town, village or subdistrict named with the divisions above it ("某县甲镇", "某镇乙村", "某街道"),
# an item of a list of them
_TOWN = re.compile(r"(?:[^、和]{1,8}?[%s])*[^、和]{1,6}?(?:镇|乡|村|街道)" % lexicons.LEVEL_CHARS)


def _designates_towns(name: str) -> bool:
    """Is `name` a designation's kind (project_town_designation_kinds.txt) after only the names of
    towns, villages or subdistricts ("甲镇、乙乡特色小镇", "某镇某村乡村旅游示范点"): the towns designated,
    no works?"""
    kind = next((k for k in lexicons.words("project_town_designation_kinds.txt") if name.endswith(k)), None)
    if kind is None or len(name) == len(kind):
        return False
    return all(_TOWN.fullmatch(item) for item in re.split("[、和]", name[: -len(kind)]))


def _labels_a_kind_or_class(name: str) -> bool:
    """Does `name` label a class of projects by scope, count, grade or field, not a works: a bare
    kind after places or a count ("安徽铁路", "多条铁路"), 项目 or 工程 right after a grade
    ("…文旅产业重点项目") or after only such words ("青海重大项目", "城建重点工程"), a round of a
    place ("河北省第五期")?"""
    if any(name.endswith(k) and _labels_by_scope(name[: -len(k)], True)
           for k in lexicons.word_set("project_not_works_kinds.txt")):
        return True
    head = next((h for h in (WORKS_WORD, _PROGRAMME) if name.endswith(h)), "")
    stem = name[: -len(head)] if head else name
    if stem.endswith(tuple(lexicons.word_set("project_class_grades.txt"))):
        # "…重大工程", "…重点项目": a grade last, whatever names the class before it; with no head at
        # all ("某县2021年重点", "某区全力服务重大") the label's 项目 was cut off after it: no works' name
        # ends in its grade
        return True
    return (bool(head) or _ROUND.search(name) is not None) and _labels_by_scope(stem, not head)


# the section of a route, river or park in one division ("重庆段"); a name of its own before it names
# the route ("中环路成华段", "容易线易县段")
_SECTION = "段"
# the head of a scheduled service route, the joints between the regions it runs to
_ROUTE_HEAD = "航线"
_ROUTE_JOINTS = frozenset("和及、")


def _class_of_routes(name: str) -> bool:
    """Is `name` a class of service routes (project_route_class_words.txt): 航线 after only world
    regions, trade or reach words and the joints between them, perhaps after one division the routes
    start from ("东北亚和东南亚航线", "远洋航线", "桂林入境旅游航线")? A route to a city ("珠海航线") or
    between two ends is one route."""
    if not name.endswith(_ROUTE_HEAD):
        return False
    stem = name[: -len(_ROUTE_HEAD)]
    words = lexicons.word_set("project_route_class_words.txt")
    start = next((n for n in range(len(stem) - 1, 1, -1) if stem[:n] in lexicons.divisions_by_name()), 0)
    return is_generic(stem[start:], words | _ROUTE_JOINTS) and any(w in stem[start:] for w in words)


@functools.lru_cache(maxsize=1)
def _amount_at_end() -> re.Pattern[str]:
    """A figure and a unit of output or capacity closing a name (project_capacity_units.txt: 吨, 千瓦):
    "光伏391万千瓦", "碳酸锂16.9万吨", "同比增加1829万千瓦" (a span that ran into how much was made or
    added); a works' capacity stands before its kind ("年产40万吨…项目"), never last."""
    return re.compile(rf"\d[\d.]*(?:万|亿)?(?:{lexicons.alternation('project_capacity_units.txt')})$")


# a bound of a size class ("10蒸吨以下燃煤锅炉改造", "沿海港口万吨级以上泊位"): every boiler or berth
# below or above a size, no one works; "…浮山以下段…" is a river's reach below a place, a part of one
_SIZE_BOUND = re.compile(r"(?:以下|以上)(?!段)")
# a slogan of the way to go, 走 and a few characters closed by 路 ("吃改革饭、走开放路、打创新牌", "做好走长征路的
# 准备"): a road walked in a figure, no road built ("“走出去”…基地" is no such slogan)
_SLOGAN_ROAD = re.compile(r"走[^、]{1,4}路")
# a count opening a name ("4个国家骨干冷链物流基地", "五所普通中小学新建扩建"), or its measure word left after
# the number was cut off ("个老旧街区(厂区)改造"): a counted set of works, no one (ANNOTATION: "88个深度脱贫
# 攻坚项目" is no project); 个 after a Chinese numeral also opens a programme's label ("六个现代化灌区覆盖工程")
_COUNTED = re.compile(r"(?:\d+[个座所条处]|[一二三四五六七八九十两]+[座所条处]|个)")


@functools.lru_cache(maxsize=1)
def _counted_slogan() -> re.Pattern[str]:
    """Two or more counts of kinds of place and nothing else (project_slogan_counted_kinds.txt):
    "四区一基地", "三区一中心", a positioning slogan, no works."""
    return re.compile(rf"(?:[一二三四五六七八九十两]+(?:{lexicons.alternation('project_slogan_counted_kinds.txt')})){{2,}}")


# the quotation marks a report puts round a qualifier ("“十五五”口岸", "“二线口岸”"): no part of a name
_QUOTES = str.maketrans("", "", "“”\"")


def _qualified_kind(name: str) -> bool:
    """Is `name` a kind of facility that needs a place to name one works (project_qualified_kinds.txt:
    口岸) after only words of mode, technology, line or period (project_kind_qualifiers.txt) and
    category words ("陆海口岸", "集约智能口岸", "“十五五”口岸")? "珲春口岸", "榆阳机场开放口岸" name one."""
    kind = next((k for k in lexicons.words("project_qualified_kinds.txt") if name.endswith(k)), None)
    if kind is None:
        return False
    stem = name[: -len(kind)].translate(_QUOTES)
    return is_generic(stem, lexicons.word_set("project_kind_qualifiers.txt") | lexicons.word_set("generic_projects.txt"))


def names_no_works(name: str) -> str | None:
    """Why a project named `name` is not a works ("kind", "field", "label", "programme", "region", "class",
    "designation", "slogan", "fragment", "predicate", "campaign", "amount"), or None."""
    if _amount_at_end().search(name):
        return "amount"
    if (works_field := purpose_programme_of_works(name)) is not None:
        return None if works_field else "programme"  # "水利惠民工程": no class's label though its words are categories
    if name in lexicons.word_set("project_not_works_kinds.txt") or _kind_worked_on(name) or _network_worked_on(name):
        return "kind"
    if name in lexicons.word_set("project_science_fields.txt") \
            or name.endswith(tuple(lexicons.words("project_research_activity_ends.txt"))):
        return "field"  # "量子通信、超级计算等项目", "中亚联合考古": a field of research or research done, no works
    if name.endswith(WORKS_WORD) and _labels_a_class(name[: -len(WORKS_WORD)]):
        return "label"
    if _labels_a_kind_or_class(name):
        return "label"
    if _class_of_routes(name):
        return "class"  # "东北亚和东南亚航线": the routes to a region, no one route
    if _is_programme(name) or _renews_listed_areas(name):
        return "programme"
    if _counted_slogan().fullmatch(name):
        return "slogan"  # "三区一中心": the roles a plan gives an area
    if _designates_towns(name):
        return "designation"  # "甲镇、乙乡特色小镇": the towns designated, places
    if name in lexicons.word_set("regions.txt") and name.endswith(lexicons.words("project_plan_region_kinds.txt")):
        return "region"  # "海峡西岸经济区建设": a regional plan's strategy, the region a place
    if name.startswith(tuple(lexicons.word_set("project_not_works_class_openers.txt"))) or _SIZE_BOUND.search(name) \
            or _COUNTED.match(name):
        return "class"
    if _qualified_kind(name):
        return "kind"  # "集约智能口岸": a kind of port by its mode or technology, no place naming one
    if name.startswith(tuple(lexicons.word_set("project_fragment_openers.txt"))):
        return "fragment"  # "至厦门航线": the tail of a list of routes from one city, its first end cut off
    if name.endswith(_SECTION) and name[: -len(_SECTION)] in lexicons.divisions_by_name():
        return "fragment"  # "蜀道(重庆段)", "国家文化公园(四川段)": a division's section, the route or park it is of cut off
    words = {t.word for t in tokens(name)}  # cut once for both word lists
    if not words.isdisjoint(lexicons.word_set("project_not_works_words.txt")) or _SLOGAN_ROAD.fullmatch(name):
        return "predicate"
    if not words.isdisjoint(lexicons.word_set("project_campaign_words.txt")) or _names_a_campaign(name):
        return "campaign"
    return None


def _names_a_campaign(name: str) -> bool:
    """Does `name` hold the name of a national campaign (project_campaign_names.txt: "某县农村人居环境整治")
    without closing on a works head (工程, 项目)?"""
    return (not name.endswith((_PROGRAMME, "项目"))
            and any(c in name for c in lexicons.words("project_campaign_names.txt")))


@functools.lru_cache(maxsize=None)  # one answer a name: a report names a project many times
def _class_label_length(name: str) -> int:
    """How many characters of `name` a class's label takes before the works' own name, 0 if none:
    "超百亿元水利工程娄里水库", "重大交通工程东环高速", "省重点项目某某产业园" (a field, grade or scope of
    projects ending in 工程 or 项目, `_labels_a_kind_or_class`, then a name of its own). The label
    is a description of the works, no part of its name (ANNOTATION: the shortest span that names it)."""
    for end in range(len(name) - NOT_WORKS.name_after_label_chars, 1, -1):
        if name.endswith((WORKS_WORD, _PROGRAMME), 0, end) and any(
                _labels_a_kind_or_class(name[start:end]) for start in range(end - 2, -1, -1)):
            rest = name[end:]
            return end if names_no_works(rest) is None and not rest.startswith(_not_name_openers()) else 0
    return 0


@functools.lru_cache(maxsize=1)
def _not_name_openers() -> tuple[str, ...]:
    """Words after a 工程 or 项目 that go on about it, not open another name ("…工程建设", "…项目一期")."""
    return tuple(lexicons.words("project_after_label_words.txt"))


@functools.lru_cache(maxsize=None)
def _lead_cut_length(name: str) -> int:
    """How many characters of `name` a clause's subject and predicate take before the
    works' own name, 0 if none: the name goes on after the last word of project_name_lead_cuts.txt in it
    ("中央财政拟安排|保障性安居工程", "做火|海北环线") that starts where one of
    jieba's words does, with at least NOT_WORKS.name_after_label_chars characters after it."""
    starts = {t.start for t in tokens(name)}
    ends = [s + len(w) for w in lexicons.words("project_name_lead_cuts.txt") for s in starts
            if name.startswith(w, s) and len(name) - s - len(w) >= NOT_WORKS.name_after_label_chars]
    return max(ends, default=0)


# the particle that closes a list of examples before the kind they are examples of ("云龙湖等实验室")
_EXAMPLES_END = "等"


@functools.lru_cache(maxsize=None)  # one answer a name
def _one_example_before_kind(name: str) -> int | None:
    """Where a name that is one example, 等 and the kind it is an example of ends: at the example,
    where it is a works named by its own head ("宣武医院房山院区|等新院区"), at 0 where it is no works'
    name ("云龙湖等实验室", "核医疗等领域省实验室": a lab named by its place or field, the kind a class);
    None where there is no such 等, or a list of names shares the kind after it ("茨哈峡、尔多等水电站",
    "赵口、陆浑、渠村等灌区现代化改造": ANNOTATION writes those as one works, as the text does)."""
    if _EXAMPLES_END not in name or _LIST_MARK in name:
        return None
    words = tokens(name)
    at = next((i for i, t in enumerate(words) if t.word == _EXAMPLES_END), None)
    if at is None or at == 0 or at == len(words) - 1:
        return None
    return words[at].start if words[at - 1].pos.endswith("head") else 0


def _past_class_label(m: Mention) -> Mention:
    """`m` named from the works' own name on when a class's label opens it (`_class_label_length`), or
    a clause's subject and predicate (`_lead_cut_length`)."""
    if m.type != PROJECT or len(m.text) != m.end - m.start:
        return m
    n = _class_label_length(m.text) or _lead_cut_length(m.text)
    if not n:
        return m
    return dataclasses.replace(m, text=m.text[n:], span=dataclasses.replace(m.span, start=m.span.start + n))


def _campaign_on_a_kind(m: Mention, named: list[tuple[int, int]]) -> bool:
    """Does `m` end in a campaign's action (project_campaign_actions.txt: 整治) with no place or
    organization found inside it (`named`, their offsets)? "杆箱整治", "蓝色海湾整治": a clean-up of a kind
    of thing everywhere, no works; "长江航道整治" is done to one river."""
    return m.text.endswith(tuple(lexicons.words("project_campaign_actions.txt"))) \
        and not any(m.start <= a and b <= m.end for a, b in named)


def drop_not_works(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the project mentions whose name names no works (`names_no_works`), nor
    those whose words extraction read as only a place (`_ONLY_LOCATIONS`): a zone the report supports
    in building itself up ("全力支持呼伦贝尔工业园区发展": a place, ANNOTATION rule 3, which the sentence
    does not build; not where the sentence builds the zone itself, "支持横琴粤澳深度合作区建设",
    extraction's `built`), a stop of a line; nor those whose words extraction read as only a body
    a founding verb sets up (`_ONLY_BODIES`) or a plaque is hung on (`plaque`: "…研究中心挂牌运行")."""
    verdicts: dict[str, str | None] = {}  # one verdict a name: a report names a project many times
    located = {m.span for m in mentions if m.type == PLACE and m.attrs.get("source") in _ONLY_LOCATIONS
               and not m.attrs.get("built")}
    located |= {m.span for m in mentions if m.type == ORG and (m.attrs.get("source") in _ONLY_BODIES
                and m.attrs.get("founded") in lexicons.word_set("project_body_founding_verbs.txt") or m.attrs.get("plaque"))}
    named = [(m.start, m.end) for m in mentions if m.type in (PLACE, ORG)]
    kept = []
    for m in map(_past_class_label, mentions):
        if m.type == PROJECT:
            if m.span in located or m.attrs.get("listed_site"):
                continue  # a place listed before the works done at it (kg.extract.projects, enumeration)
            if _campaign_on_a_kind(m, named):
                continue  # "杆箱整治": a campaign on a kind of thing, no place it is done at
            if m.attrs.get("obtained_designation") or m.attrs.get("in_title"):
                continue  # "成功入选某省…示范基地": a title obtained; "《某某经济区发展规划》": a plan's name (kg.extract.attributes)
            if len(m.text) == m.end - m.start and (end := _one_example_before_kind(m.text)) is not None:
                if not end:
                    continue
                m = dataclasses.replace(m, text=m.text[:end], span=dataclasses.replace(m.span, end=m.span.start + end))
            if m.text not in verdicts:
                verdicts[m.text] = names_no_works(m.text)
            if verdicts[m.text] is not None:
                continue
        kept.append(m)
    return kept
