"""Relations read from the sentence that states them: where a project is (`locatedIn`, project →
place) and who builds, invests in, operates, signs for or cooperates on it (`participatesIn`,
organization → project). Never from co-occurrence alone, and the report's own area is the place of
a project only where the text names it.

Rules for the genre; their cue words are data (`kg/lexicons/location.txt`, `participation.txt`).
Whatever reads the sentence is read by the rule components of kg.extract.attributes, which set it
on the mentions (marked [extraction] below; the attributes `opens_clause`, `topic`, `zone`,
`in_focus`, `locates`, `participates_in`); this module reads those, the names of the report's
entities (a name inside a name), and which place is the report's own area (a fact of resolution:
one division by any of its names), never the sentence's text.

locatedIn
- *name*: a place named inside the project's name, each end of a route included ("秀山至黔江220千伏
  输变电复线工程", "武陵山机场" with 武陵山 an alias of 武陵山区) — any name of a place of this
  report, longest first, a street named after a place with a side or an order number before its head
  included ("某州北路", "某滩八路": location.txt `street_side`) (a water's name also where jieba glues its head to the next character,
  "某某湖水环境提升工程" cut 某某/湖水/…: location.txt `water_glue`; a division's name also where it opens a word jieba keeps whole, "南宁站改扩建
  工程", but not a natural feature's, "海拉尔河堤防"); a street that is only a place + 路/大街 is named after it, not in it
  (unless the place is the report's own area). A landmark named after a place ("…海拉尔纪念园二期
  工程", "正阳火车站…货场") puts the work in that place too, but not a town's own name (阿蓬江镇)
  nor a place beside it ("白洋淀上游"), unless that name is a scenic area or quarter named after a
  hill, lake, bay or old town that is no division nor town ("某某湾片区安置房项目": on 某某湾 too,
  location.txt `feature_area`); a water's basin does ("巢湖流域水环境综合治理项目": on 巢湖,
  location.txt `basin`), nor a natural feature named after a division or a town ("某某湾港区铁路支线":
  a bay is no landmark in 乐清, as "海拉尔河堤防" is not in 海拉尔); "旧城改造" names a kind of work, not a place. Works on a hub
  itself ("武陵山机场改扩建工程", "南沙港五期", "深圳宝安机场第三跑道": rel_hub_own_works.txt) are where
  it is named after (武陵山), and at the hub only where the report holds it as a place, not as works
  ("南京机场三期" at 南京机场; 武陵山机场 is the seed's works); a division is no hub, whatever its last
  character ("连云港改造提升…工程" is in 连云港市). A port or port area that is only a division's name
  and a port's head ("芜湖港朱家桥外贸码头", "唐山港曹妃甸港区…码头") is no place the works are in: they are
  in the division (`_division_port`). A street inside a works' name is no landmark of the place it is
  named after ("中江大道、长江路、九华北路改造": not in 长江). Divisions
  listed bare before a facility share it ("天水、夏河机场": in both); a place one or two characters
  into a route's end, where none starts it, is inside an end not known ("嫩江至多宝山公路": not 宝山),
  and one that only opens a route's last end one character short of its 段 is too ("大安镇至平安城段":
  not 平安; "秀山县段" is 秀山's); a section's place ends at 段 however jieba cuts it ("三河段").
  A division's own zone ("霞浦经济开发区") is a place of it, not in it, unless words of building or
  developing a zone stand by it or by the list it opens ("稳步推进庐江高新区西向扩容", "加快九台经济开发区、
  德惠经济开发区提档升级": extraction's `zone_built`, ANNOTATION rule 3); works named after such a zone
  are in the division too ("昆山开发区光电产业园": in 昆山开发区 and in 昆山市), and those named after a town's
  zone in the town ("哈克工业园区新材料产业园": in 哈克镇).
- *adjacent* [extraction]: a place right before the project's name ("投用正阳桐坪综合农贸市场"), each of the places
  written one inside the next right before it ("某市某县某某水库": the city too),
  and before each item of the list that name opens ("主城区呼伦大街、建华路、石油专用线等12条道路"),
  unless the place is the report's own area (which a report names before its first works only).
- *section* [extraction]: a place in a parenthesis after the project's name naming its section or
  site ("s20长丰至固始高速公路(霍邱至皖豫省界段)", "郑州新火车站(小李庄站)").
- *clause* [extraction]: a place opening a clause (after a lead word such as 其中), followed by
  the projects it lists ("濯水景区毕兹卡水乐园、旅游电商中心投用"), up to the first with a place of its own
  ("青禾镇…园区、石桥镇柳山旅游度假区": not 青禾镇's; places listed bare before one works share it, and so do
  divisions or towns listed as the clause's subjects before their verb, "甲镇、乙镇、丙乡完成集镇供水工程建设",
  unless 分别 pairs them); not one that only assists with
  works others lead, routes through many counties ("X区将配合完成A高速、B高铁等重大工程":
  location.txt `assist`), which is no subject of the later clauses either.
- *topic* [extraction]: a place opening a sentence as its subject ("狼牙山景区围绕5A景区目标,加快
  新索道、立体停车场等项目建设"): the projects of the sentence, until a clause opens with another
  subject; also after a time word, a year or a frame "在…上," ("今年,X区将…", "在打造…上,X区将突出项目
  建设,加快推进…"). Only where a verb of the subject follows it (location.txt `subject`): not a place the
  clause builds ("海拉尔东山组团建设全面开工,…") nor one that qualifies a noun ("两河圣山旅游景区
  基础设施…").
- *zone* [extraction]: "加快X景区建设,重点抓好P1、P2…": the works of a clause opening with a focus
  word, after a clause that builds a place as a whole; after one that builds an area (park, scenic
  area, business quarter), also those of its target clauses ("加快X物流园区建设,确保P1、P2投入使用":
  location.txt `ensure`), and the clauses the works open right after the area's or a target clause
  ("加快X产业园建设,汽配城项目投入运营"); a park that clause builds, found as works or not at all, is
  a place there too ("加快推进X物流园区建设,确保A、B投入使用": kg.extract.places). Not after a clause
  that rebuilds an area ("加快X核心商圈改造,确保P1、P2投入运营", "加快“X商贸核心圈”的统一规划和升级改造,
  重点实施A"), says its building goes on ("X产业园项目扎实推进,A、B等工程主体完工") or that it opens
  ("X产业园正式运营,A、B投入使用"): the gold of hailar-2012 to hailar-2016 puts none of those works in
  the area.
- *built in* [extraction]: "在X建设/实施/打造…", "在X、Y建设…", "在X设立/扩建/共建/援建…" (location.txt `set_up`, right
  after the place): the projects after it in the clause (a city building them as aid, "某市在X援建的P", "某市援建的P",
  is no place of them: location.txt `assist`), up to the next place after 在 ("甲集团在X建设的A、乙公司在Y
  建设的B": B is Y's alone; so too for a clause that 在X opens, "在X建设A、在Y建设B");
  "在X、Y分别建设A、B" (location.txt `respective`): the places pair with the works in order, none
  where the two lists are not as long (one work alone is built in each place).
- *settled* [extraction]: "P落户X", "P位于X", "A、B等项目入驻X", "P在X开工建设": the projects right
  before the verb, the list's institutions set up beside them included in the walk ("A基地、B研究院、C中心
  落户X": A and C).
- *partner* [extraction]: "某某集团与X合作建设的P", "分别与X、Y签约共建P", "X与某某集团合作建设P" (location.txt
  `partner`, `co_build`): the place a body co-builds works with is where they are, the first works the
  co-building words lead to; not a foreign country, nor works that then settle elsewhere ("…P落户Y").
- *belonging* [extraction]: "X内的A、B项目", "X的A": the list after the word of belonging.
- *area anaphor*: a works whose name opens with an area's kind alone ("景观区一期绿化工程", "园区铁路专用线")
  is in the area of that kind the sentence named before it, also in a part of the sentence before a ";"
  ("加速推进X物流园区建设,…;启动园区铁路专用线"), which the document cuts as a sentence of its own.
- *scope* [extraction]: "X:A、B…", "X内,A、B…": a place that is a clause of its own holds the
  projects after it up to the sentence's next ";".
- *course* [extraction]: a route is in the places of its course ("芜黄高速全长约116公里,起于芜湖市
  繁昌县,经繁昌、南陵、泾县、旌德,终点在黄山区…": place_route_course_words.txt), the route the last
  one named before the course, or, where the sentence opens with it ("北起永清县…,途经永清、霸州…"),
  the last one of the previous sentence.
- *listed places*: waters, streets or hills listed bare before works whose name opens with the last of them
  and ends with what is done to it ("西拉沐沦河、老哈河、阴河综合治理工程", "完成洛舍漾、下渚湖圩区整治") share
  the works: it is in each (rel_listed_site_heads.txt); not divisions, towns or zones listed, each one's own.
- *division works*: a works each division listed before it builds of its own ("九台区、双阳区新建垃圾焚烧
  发电厂", "孟津县、偃师市…洛宁县城乡供水一体化工程": extraction's `shared_by`) is in each of them.
- *elliptical list*: the items of a list that are only a number of the first works' kind ("…地铁
  1号线三期、2号线一期": location.txt `numbered`) are where the place opening the first one's name is.
- a list whose later items open with a place of their own, a place's name or a word for the town's
  urban area ("推进滨江片区棚户区改造、县城第二水厂建设": location.txt `urban`), pairs places with
  works: the place opening or standing before its first item is that item's alone (*area list*,
  *adjacent*), not the place of the items after it, whether they name one or not; so is the place
  opening a later item ("…浏阳片区、大围山镇生态旅游产业园、花炮产业园建设"); a street named after a place
  outside the own area is no such place ("某某新区海滨路、渤海大道东延伸段": both in the new area).
- *zone* also after a clause that builds the place's works as a whole ("做好X内的…配套基础设施建设,
  …重点实施P").
- not the home a university, hospital or company is named after where the works' name goes on to its
  branch or site in another division ("大连理工大学盘锦校区二期工程": in 盘锦, not 大连; "北京大学人民医院三亚
  分院"; "韩国斗山工程机械烟台工厂"); a branch inside its home is in both ("山东大学青岛校区"), unless the home
  is a division above the report's own area and the branch's site is that area or in it ("某市第一中学某某校区"
  in the district's report: in the district alone).
- not a place inside a company's name inside the project's name ("冀东物贸集团…项目": where the
  company comes from), unless it is the report's own area or a division of it that opens the company's
  name ("伊川电力集团高精铝板带箔项目" in 洛阳's report), or a place after the company's trade name that
  names its site ("大唐某某电厂外送通道工程": in 某某, rel_company_site_heads.txt); not a place whose name is the project's
  own, a trailing 项目 left off ("城北海拉尔河湿地项目"), though the places inside that name are.

participatesIn
- *name*: an organization named inside the project's name ("黔江卷烟厂易地技改", "华润雪花啤酒
  迁建项目"), or its trade name of two characters opening it (a registered name's, "某某长虹电器股份有限
  公司": "长虹智能电视产业园"; a listed company's short name before 股份, "某某股份": "某某光学产业园";
  not a place's name, nor before a hub's or a street's head: "茅台机场", "某某路改造"); not a body whose name is industry words alone, which names a park's sector
  ("生物制药化工产业园"), unless a place stands right before it (a registered name's place and trade).
- *cue* [extraction]: "X投资建设P", "X承建P", "与X合作开发建设P", "X与Y共建P" (both; and each partner of a list after 与,
  "X与A、B共建P"), "引进X…项目"
  (not where X is an item of a list of works, "引进金盛兰优特钢、佛塑新能源、大统营电子产业集群等项目"),
  "P由X承建" (not one that only approves or oversees: participation.txt `oversee`), the builder in a
  clause of its own after the works ("P，总投资N亿元，由X负责建设运营", "该项目由X投资建设", "分别由X、Y
  承建" in order), "X…P签约", "X的P", "X旗下P", "X全省首个P" (a company, then belonging or rank), across
  the lists of one clause; a company's works end where the next company's begin ("X投资的A和Y投资的B");
  "X投资40亿元,建设P": the next clause, with no subject of its own, goes on with the company's.
  A company takes part in the works its name plus 项目 names ("合众项目"), but no relation links an
  entity to itself: where its name alone stands for its works, the same words read as both
  ("辽宁三木、渼瑞石油等12个重大产业项目开工建设"), the two are one thing (a company with the alt type
  Project), not a company taking part in another; nor a company whose name stands before 配套 in the
  works' name, alone or with the names listed with it ("恒大和启迪科技城配套学校": the schools serve an
  estate and a tech city); a joint venture's parent found
  elsewhere takes no part in the venture's works ("东风本田三厂": 东风本田, not 东风); nor the group or academy
  whose name a company's or an institute's holds ("华能洛阳热电有限公司供热管网扩建": not 华能;
  "某威太阳能电池片基地": 某威太阳能, not 某威), as a branch's (分公司) works are the branch's; only the
  company itself, named without its legal form, does ("麦福劳公司": 麦福劳); the parent of a unit, plant or
  centre named by the parent does ("某唐某山电厂二期" → 某唐).

Each relation keeps the mention it was read from (the project's, or the organization's for a cue),
so its `pol:Statement` points at the sentence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import lexicons
from kg.config import NAMED_PARTY, RELATIONS
from kg.extract.base import LIST_JOINERS as _LIST_JOINERS  # the marks and words that join a list's items
from kg.extract.organizations import names_a_sector
from kg.model import ORG, PLACE, PROJECT, RELATION_CLAUSE_MARKS, Document, Mention, Sentence, outermost
from kg.text.company_names import company_trade_ends, place_and_rest, registered_trade_name_at, trade_name_closing, trade_names
from kg.text.names import CJK, URBAN_AREAS, WORKS_WORD, is_proper, opens_abbreviated_route, scenic_area_stem, without_trailing
from kg.text.segment import guessed_word_across, tokens, word_freq

# how many leading digits of a GB/T 2260 code a division's parts share with it
DIVISION_PREFIX = {"province": 2, "prefecture": 4, "county": 6}
WORKS_HEADS = (WORKS_WORD, "工程")  # the words that close a works' name after what it builds
ROUTE_MARKS = "至到—-"  # between the two ends of a route ("秀山至黔江…公路")


@dataclass
class Found:
    """One relation as read: kind, subject key, object key, the mention it came from, and the rule
    that read it (name, landmark, clause, topic, zone, cue — the words around a place or an
    organization that extraction marked —, list item; `scripts/score_relations.py --rules` scores
    each)."""
    kind: str
    subject: str
    object: str
    mention: Mention
    rule: str = ""


@dataclass
class _Item:
    """A mention of this sentence with the key of the entity it names."""
    mention: Mention
    key: str

    @property
    def type(self) -> str:
        return self.mention.type

    @property
    def start(self) -> int:  # offsets in the sentence
        return self.mention.local_start

    @property
    def end(self) -> int:
        return self.mention.local_end

    def mark(self, attr: str) -> bool:
        """Did extraction mark the mention so (kg.extract.attributes: opens_clause, topic, zone…)?"""
        return bool(self.mention.attrs.get(attr))


def find_relations(doc: Document, mentions: list[Mention], by_mention: dict[int, str], entities: dict,
                   own_area: str | None) -> list[Found]:
    """locatedIn and participatesIn of one report, in sentence order, each pair once."""
    names = _NameIndex(entities, _home_places(entities, own_area))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if id(m) in by_mention and m.type in (PLACE, ORG, PROJECT):
            by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Found] = []
    seen: set[tuple[str, str, str]] = set()
    last_route: dict[int, _Item] = {}  # sentence → the last route it names (a course's in the next)
    items_of = {sid: sorted((_Item(m, by_mention[id(m)]) for m in ms), key=lambda i: (i.start, -i.end))
                for sid, ms in by_sentence.items()}
    for sid, items in sorted(items_of.items()):
        route = next((i for i in reversed(items) if i.type == PROJECT and _is_route(i.mention.text)), None)
        if route is not None:
            last_route[sid] = route
        read = [*_sentence_relations(doc.sentences[sid], items, names, own_area, _parts_before(doc, sid, items_of)),
                *_course_relations(items, last_route.get(sid - 1), own_area)]
        for f in read:
            if _same_names(entities[f.subject], entities[f.object], f.kind == "locatedIn") and not \
                    _scenic_area_in_its_place(entities[f.subject], entities[f.object]) and not \
                    _upgrade_at_its_site(entities[f.subject], entities[f.object]):
                continue  # one name read both ways (a scenic area being built, a company named for its
                # works) is one thing: no relation links it to itself
            if (f.kind, f.subject, f.object) not in seen:
                seen.add((f.kind, f.subject, f.object))
                out.append(f)
    return out


def _parts_before(doc: Document, sid: int, items_of: dict[int, list[_Item]]) -> list[tuple[Sentence, list[_Item]]]:
    """The parts of sentence `sid`'s whole sentence before it, up to its "。": the document cuts a
    sentence at ";" too, and what one part names the next may refer back to; in order, with their items."""
    parts = []
    j = sid
    while j > 0 and doc.sentences[j - 1].text.endswith(";") and doc.sentences[j - 1].paragraph == doc.sentences[sid].paragraph:
        j -= 1
        parts.insert(0, (doc.sentences[j], items_of.get(j, [])))
    return parts


def _is_route(name: str) -> bool:
    """Does a works' name end with a route's kind (project_route_kinds.txt) or a section's 段 or 线?"""
    return name.endswith(lexicons.route_name_ends())


def _course_relations(items: list[_Item], previous_route: _Item | None, own_area: str | None):
    """A route is in the places of its course ("芜黄高速…起于芜湖市繁昌县,经繁昌、南陵、泾县、旌德,
    终点在黄山区"; extraction: `course_of`, the route's span), and a sentence that opens with the
    course describes the route the previous sentence ends with ("…廊坊段全长93公里。北起永清县…,
    途经永清、霸州、文安、大城,止于大城县…": `course_follows`); not the report's own area."""
    routes = {i.mention.span: i for i in reversed(items) if i.type == PROJECT}
    for pl in (i for i in items if i.type == PLACE and i.key != own_area):
        route = routes.get(pl.mention.attrs.get("course_of"))
        if route is None and pl.mark("course_follows"):
            route = previous_route
        if route is not None:
            yield Found("locatedIn", route.key, pl.key, route.mention, "course")


def _home_places(entities: dict, own_area: str | None) -> frozenset[str]:
    """The report's own area and the places in it: those whose key is scoped by it (towns, local
    names: "place/150702/…") or whose division code lies under its code (a county of a city's
    report)."""
    if own_area is None or own_area not in entities:
        return frozenset()
    own = entities[own_area].attrs
    code = str(own.get("code") or "")
    prefix = code[:DIVISION_PREFIX.get(own.get("level"), len(code))] if code else None
    def under(k: str, e) -> bool:  # by its code, or by the division its key is scoped by ("place/440981/…")
        return bool(prefix) and (str(e.attrs.get("code", "")).startswith(prefix) or _scoped_by_division(k).startswith(prefix))
    return frozenset(k for k, e in entities.items() if e.type == PLACE and (
        k == own_area or k.startswith(own_area + "/") or under(k, e)))


def _scoped_by_division(key: str) -> str:
    """The code of the division a local place's key is scoped by ("place/440900/a63d…" → "440900":
    a town or quarter the resolution placed in that division), else ""."""
    parts = key.split("/")
    return parts[1] if len(parts) >= 3 and parts[1].isdigit() else ""


@functools.lru_cache(maxsize=1)
def _upgraded_site_table() -> tuple[tuple[str, ...], frozenset[str]]:
    """The endings of parks, scenic areas and old towns, and the actions that upgrade one as a whole
    (project_upgraded_site_kinds.tsv)."""
    rows = lexicons.rows("project_upgraded_site_kinds.tsv")
    return tuple(r[0] for r in rows if not r[1:]), frozenset(r[0] for r in rows if r[1:] == ("action",))


def upgraded_site(works: str, site: str) -> bool:
    """Is `works` the site `site` (a park, scenic area or old town by its ending) and an action that
    upgrades it as a whole ("某某湖景区" + "提升改造"; project_upgraded_site_kinds.tsv)?"""
    kinds, actions = _upgraded_site_table()
    return site.endswith(kinds) and works.startswith(site) and works[len(site):] in actions


def _upgrade_at_its_site(works, place) -> bool:
    """Is `works` the upgrading of the site `place` names, which its alias names too (entities.
    `_works_named_by_their_site`: "某某湖景区提升改造", alias 某某湖景区)? Two things, the works at its site."""
    return works.type == PROJECT and place.type == PLACE and any(
        upgraded_site(works.name, n) for n in (place.name, *place.aliases))


def _scenic_area_in_its_place(area, place) -> bool:
    """A scenic area being built ("某某山景区建设") lies in the place it is named after (the samples'
    gold: 景区 → its place), though that place takes the area's name as an alias
    (entities.`_scenic_areas_to_their_places`): it shares no name with the place but that one."""
    return area.type == PROJECT and scenic_area_stem(area.name) == place.name


def _same_names(a, b, works_word_optional: bool = True) -> bool:
    """Do two entities share a name, a trailing 项目 left off ("城北海拉尔河湿地项目" is the works on
    the wetland 城北海拉尔河湿地, ANNOTATION rule 10)? Not left off between a company and its works:
    "合众项目" is the project of the company 合众, which takes part in it. Left off an entity's own name
    only, not an alias: a company's works named by its place ("某某股份有限公司闽宁镇项目", alias
    "闽宁镇项目") is in that place, not the place itself."""
    def names(e):
        bare = e.name[:-len(WORKS_WORD)] if works_word_optional and e.name.endswith(WORKS_WORD) \
            and len(e.name) > len(WORKS_WORD) + 1 else e.name
        return {bare, *e.aliases}
    return bool(names(a) & names(b))


def _works_trade_names(orgs: list, entities: dict) -> list[tuple[str, str]]:
    """The companies' trade names a works' name may hold (`trade_names`, at least
    RELATIONS.works_trade_name_min characters), each with its company's key; one shorter than
    RELATIONS.works_trade_name_unplaced_min only of a registered name ("长虹" of 四川长虹电器股份有限公司;
    not of a group's short name, "宽衍集团" before "宽衍路") and where it names none of the report's
    places, with or without its suffix ("茅台" of 茅台镇 in "茅台机场"; a division's name the caller,
    `_NameIndex._index_trade_names`, drops for every short trade name)."""
    suffixes = tuple(lexicons.roles("location.txt").get("suffix", ()))
    places = {n for e in entities.values() if e.type == PLACE for n in (e.name, *e.aliases)}
    places |= {n[:-len(x)] for n in places for x in suffixes if n.endswith(x)}  # "茅台" of 茅台镇
    forms = tuple(lexicons.roles("org_legal_forms.txt")["registered"])
    registered = {e.key for e in orgs if any(n.endswith(forms) for n in (e.name, *e.aliases))}
    named = trade_names([(n, e.key) for e in orgs for n in sorted({e.name, *e.aliases})], RELATIONS.works_trade_name_min)
    return sorted((short, key) for short, key in named.items() if len(short) >= RELATIONS.works_trade_name_unplaced_min
                  or key in registered and short not in places)


class _NameIndex:
    """Every name and alias of this report's places and organizations → the entity's key; a place
    also by its name without a generic suffix ("芭拉胡" of 芭拉胡景区, "金溪" of 金溪镇) when what is
    left is a proper name."""

    def __init__(self, entities: dict, home: frozenset[str] = frozenset()):
        self.home = home  # the keys of the report's own area and the places in it (`_home_places`)
        self.by_type: dict[str, dict[str, str]] = {PLACE: {}, ORG: {}}
        self.trade_forms: set[str] = set()  # the companies' trade names in the index (`trade_names`)
        # the short trade names ("长虹" of 四川长虹电器股份有限公司) a works' name holds only where it opens
        # with one ("长虹智能电视产业园"): inside a name two characters are too often another word
        self.opening_only: set[str] = set()
        # the names of divisions (places with a GB/T 2260 code): one may open a works' name inside
        # a word jieba keeps whole ("南宁站改扩建工程" cut as 南宁站/改扩建工程)
        self.divisions = frozenset(n for e in entities.values() if e.type == PLACE and e.attrs.get("code")
                                   for n in {e.name, *e.aliases})
        # the names of towns (a place named with a town's kind, 某某镇, and its short name 某某): a zone named
        # after one lies in it, as a division's does ("某某工业园区": `_divisions_zone`)
        self.towns = frozenset(n for e in entities.values() if e.type == PLACE and lexicons.town_short(e.name)
                               for n in {e.name, *e.aliases})
        # the keys of those towns, whatever name of theirs a works' name holds (a stem, "某桥" of 某桥街道)
        self.town_keys = frozenset(k for k, e in entities.items() if e.type == PLACE and lexicons.town_short(e.name))
        # the keys of province-level divisions: one opening a company's registered name is its
        # registration, even in the province's own report (`_opens_registered_name`)
        self.provinces = frozenset(k for k, e in entities.items() if e.type == PLACE and e.attrs.get("level") == "province")
        # the names of the report's works: a hub the report also names as works is no place its own
        # works are in (`_hub_is_a_place`)
        self.works = frozenset(n for e in entities.values() if e.type == PROJECT for n in {e.name, *e.aliases})
        # a division's code as far as its parts share it ("110000" → "11"), by key, and a local place's,
        # the code of the division its key is scoped by ("place/460200/…" → "4602"): what lies in what
        self.division_prefixes = {k: _shared_code(str(e.attrs.get("code") or _scoped_by_division(k)))
                                  for k, e in entities.items() if e.type == PLACE
                                  and (e.attrs.get("code") or _scoped_by_division(k))}
        for type_, index in self.by_type.items():
            ents = sorted((e for e in entities.values() if e.type == type_), key=lambda e: e.key)
            for e in ents:  # a name before an alias of another entity
                index.setdefault(e.name, e.key)
            for e in ents:
                for a in sorted(e.aliases):
                    index.setdefault(a, e.key)
            if type_ == ORG:
                # a group's or company's name without its legal form ("湖南金禾集团" → 湖南金禾): a works'
                # name opens with it where the report writes the group short ("湖南金禾澧县年产…项目")
                for e in ents:
                    for n in sorted({e.name, *e.aliases}):
                        short = _without_legal_form(n)
                        if short is not None:
                            index.setdefault(short, e.key)
                self._index_trade_names(index, ents, entities)
            if type_ == PLACE:
                self._index_place_stems(index, ents, _organization_forms(entities))
                self._index_common_word_towns(index, ents)
            for n in [n for n in index if len(n) < RELATIONS.min_name]:
                del index[n]
        self.longest_first = {t: lexicons.longest_first(index) for t, index in self.by_type.items()}
        self.longest_place = max(map(len, self.by_type[PLACE]), default=0)
        self.org_names = tuple(self.by_type[ORG])  # for one `startswith` over them all
        self.section_words = tuple(lexicons.roles("location.txt").get("end_close", ()))
        self._found_inside: dict[tuple, tuple] = {}  # `inside`'s answers, by its arguments

    @staticmethod
    def _index_place_stems(index: dict[str, str], ents: list, companies: frozenset[str]) -> None:
        """A place also by its name without a generic suffix (location.txt `suffix`) where what is left is
        a proper name: not an area's kind ("科技城" of 科技城新区 names any area of that kind), nor an
        organization's name, unless the place is a division or town written with its kind
        (`_organization_forms`)."""
        suffixes = lexicons.roles("location.txt").get("suffix", ())
        kinds = frozenset(lexicons.roles("location.txt").get("area", ()))
        for e in ents:
            for n in sorted({e.name, *e.aliases}):
                for stem in (n[:-len(x)] for x in suffixes if n.endswith(x)):
                    if len(stem) >= RELATIONS.min_name and is_proper(stem) and not _inside_zone_kind(n, stem) \
                            and stem not in kinds and (stem not in companies or _written_with_its_kind(n)):
                        index.setdefault(stem, e.key)

    def _index_common_word_towns(self, index: dict[str, str], ents: list) -> None:
        """A town of the report's own area whose short name is a common word ("奋斗" of 奋斗镇, "城关" of 城关镇),
        which `_index_place_stems` leaves out: the report names the town's works by it ("奋斗马铃薯仓储物流基地",
        ANNOTATION rule 8: a town's short form inside a facility name), but only opening a works' name and not
        before a street's or a hub's head ("胜利大街", "建设路": named after the word, `opening_only`)."""
        for e in ents:
            short = lexicons.town_short(e.name) if e.key in self.home else ""
            if len(short) >= RELATIONS.min_name and short not in index:
                index[short] = e.key
                self.opening_only.add(short)

    def _drop_place_short_names(self, index: dict[str, str]) -> None:
        """Drop from the organizations' `index` a short name that is also a place's of this report (a
        region's name that is a group's short name too, in the report of a city of that region): a works'
        name opening with it names the place, as a short trade name that is a place's does ("茅台":
        `_index_trade_names`). Called once the places are indexed."""
        for n in [n for n in index if len(n) < RELATIONS.works_trade_name_unplaced_min and n in self.by_type[PLACE]]:
            del index[n]

    def _index_trade_names(self, index: dict[str, str], ents: list, entities: dict) -> None:
        """A company's trade name, with or without its place ("湖南康泰源生物科技有限公司" → 湖南康泰源,
        康泰源), or a listed company's before 股份 ("某某股份" → 某某): a works' name holds it where the
        report names the company's works by it ("城北园区湖南康泰源项目"; one of two characters only
        opening the name, "某某智能硬件产业园", and none that is a place's name); a trade name two of
        the report's companies share names neither; last, no short name that is a place's too
        (`_drop_place_short_names`). Called once the places are indexed."""
        named = [(n, e.key) for e in ents for n in sorted({e.name, *e.aliases})]
        found = {**_listed_short_trades(named), **dict(_works_trade_names(ents, entities))}
        for short, key in sorted(found.items()):
            if len(short) < RELATIONS.works_trade_name_unplaced_min:
                if short in self.by_type[PLACE] or short in lexicons.divisions_by_name():
                    continue  # "茅台集团": 茅台 opening "遵义茅台机场", "茅台古镇…" names the town
                self.opening_only.add(short)
            if index.setdefault(short, key) == key:
                self.trade_forms.add(short)
        self._drop_place_short_names(index)

    def _opens_word(self, n: str, name: str, toks) -> bool:
        """Does the division name `n` open the word of `name` it ends inside, a facility's ("南宁站"),
        not a natural feature's named after it ("海拉尔河", "深圳湾": location.txt `feature`)?"""
        word_end = next((t.end for t in toks if t.start < len(n) < t.end), len(n))
        return n in self.divisions and not name[len(n):word_end].startswith(
            tuple(lexicons.roles("location.txt").get("feature", ())))

    @staticmethod
    def _water_head_ends(name: str) -> set[int]:
        """The offsets in `name` right after a water's head that jieba joins to the next character
        (location.txt `water_glue`: 湖水, 河水), where a water's name may end."""
        glued = lexicons.roles("location.txt").get("water_glue", ())
        return {k for k in range(1, len(name)) if name[k - 1:k + 1] in glued}

    def _opening_water_end(self, name: str) -> set[int]:
        """The end of the longest river's or lake's name of the index opening `name` (location.txt
        `water_opening`: its head, 河, 江, 湖), where a place's name may end inside jieba's word
        ("淮河入海水道" kept whole: 淮河); not before an area along the water (`water_area`, a reach: 黄河口)."""
        heads = tuple(lexicons.roles("location.txt").get("water_opening", ()))
        areas = tuple(lexicons.roles("location.txt").get("water_area", ())) + tuple(lexicons.words("place_reaches.txt"))
        return {max((len(n) for n in self.by_type[PLACE] if n.endswith(heads) and len(n) < len(name)
                     and name.startswith(n) and not name.startswith(areas, len(n))), default=0)} - {0}

    def _place_starts(self, name: str, at: int, ends: set[int]) -> bool:
        """Does a place's name start at `at` in `name` and end on a word's end there ("独流减河西青段" cut
        as 独流/减/河西/青段: 西青 before its 段)? Then a place opening the name that jieba cuts across
        ends at `at` (the river 独流减河), whatever kind of place it is."""
        return any(name.startswith(n, at) and at + len(n) in ends for n in self.by_type[PLACE])

    def inside(self, type_: str, name: str, other_than: str | None = None) -> list[tuple[int, str, str]]:
        """The names of entities of `type_` inside `name` (not `name` itself, nor a name of the
        entity `other_than`) on word boundaries, longest first and not overlapping, in order:
        (offset in `name`, name found, key). Each question is answered once a report: the index
        does not change once made, and a report asks ~2.4 times for each (a name is looked into
        by several rules: 3,992 questions, 1,683 distinct, in the samples and Hailar)."""
        asked = (type_, name, other_than)
        found = self._found_inside.get(asked)
        if found is None:
            found = self._found_inside[asked] = tuple(self._inside(type_, name, other_than))
        return list(found)

    def _inside(self, type_: str, name: str, other_than: str | None) -> list[tuple[int, str, str]]:
        index = self.by_type[type_]
        toks = tokens(name)
        starts, ends = {t.start for t in toks} | {0}, {t.end for t in toks} | {len(name)}
        for k, ch in enumerate(name):  # "蓬东至马喇" cut as 蓬/东至/马喇: 至 and 、 still part names
            if ch in ROUTE_MARKS or ch == "、":
                starts.add(k + 1)
                ends.add(k)
        # a route's section closes a name before it ("京秦高速三河段" cut as 三/河段: the section in 三河)
        ends |= {k for k in range(1, len(name)) if name.startswith(self.section_words, k)}
        # a place opening the name where jieba cuts across its end ends where the next name starts
        # ("任泽乐通金属材料" cut as 任泽乐/通/金属材料: the county 任泽, then the company 乐通), and
        # no name starts inside it (not 新乐 across 安新 and 乐达 in "安新乐达服装")
        cut_across = {k for k in range(RELATIONS.min_name, min(len(name) - 1, self.longest_place) + 1)
                      if k not in ends and name[:k] in self.by_type[PLACE]}
        starts = (starts | cut_across) - set(range(1, max(cut_across, default=0)))
        # a company's service brand opening the name ends where its word does ("华为云贵安数据中心" cut as
        # 华为/云贵/安/…: the place 贵安 starts after 华为云; rel_brand_service_words.txt)
        if name.startswith(self.org_names):  # one test in C, as few names open with a company's
            starts |= {len(n) + len(w) for n in self.by_type[ORG] if name.startswith(n)
                       for w in lexicons.words("rel_brand_service_words.txt") if name.startswith(w, len(n))}
        # a water's head ends its name however jieba glues it to the next character ("某湖水环境" cut 某/湖水)
        if type_ == PLACE:
            ends |= self._water_head_ends(name) | self._opening_water_end(name)
        # a street's head ends a name however the words fall ("西出口路" cut as 西/出口路)
        ends |= {len(name) - len(h) for h in lexicons.roles("location.txt").get("street", ()) if name.endswith(h)}
        hits: list[tuple[int, int, str]] = []
        for n in self.longest_first[type_]:
            if n == name or n not in name or index[n] == other_than:
                continue
            for m in re.finditer(re.escape(n), name):
                a, b = m.start(), m.end()
                if n in self.opening_only and (a > 0 or name.startswith(lexicons.words("place_hub_heads.txt"), b)
                                               or name.startswith(lexicons.roles("location.txt").get("street", ()), b)):
                    continue  # "茅台机场", "某某路改造": a hub or a street is named after a place, not a company's trade name
                # an organization opening the name is its trade name where jieba only guessed the
                # word across its end ("恒大童世界" cut as 恒大童/世界, "中核宸宇源网荷储" as 中核宸/…),
                # not where a dictionary word runs across it (中国电子 in 中国/电子商务/产业园)
                bounded = b in ends or a == 0 and (
                    guessed_word_across(toks, b) if type_ == ORG
                    else self._opens_word(n, name, toks) or b in cut_across and self._place_starts(name, b, ends))
                if a in starts and bounded and not any(a < y and x < b for x, y, _ in hits):
                    hits.append((a, b, n))
        return [(a, n, index[n]) for a, _, n in sorted(hits)]


def _organization_forms(entities: dict) -> frozenset[str]:
    """The names of the report's organizations, with and without their legal form ("首钢集团", "首钢"): a
    park named after a company ("首钢园区") is not what a name holding the company's own name is in
    ("首钢工业遗址公园", "北京大学首钢医院"), so its name without its kind is no short name of the park (a
    division's or town's is: an organization found by a town's name alone is the town's, "某某乡")."""
    names = {n for e in entities.values() if e.type == ORG for n in (e.name, *e.aliases)}
    return frozenset(names | {s for s in map(_without_legal_form, names) if s})


def _listed_short_trades(orgs: list[tuple[str, str]]) -> dict[str, str]:
    """The trade name of a listed company named by its securities short name ("某某股份" → 某某:
    genre_listed_short_forms.txt) → its key, where no other organization of `orgs`, (name, key) pairs, has it."""
    found: dict[str, set[str]] = {}
    for name, key in orgs:
        form = next((f for f in lexicons.words("genre_listed_short_forms.txt") if name.endswith(f)), None)
        trade = name[:-len(form)] if form else ""
        if len(trade) >= RELATIONS.works_trade_name_min:  # "某某": two common characters, a name all the same
            found.setdefault(trade, set()).add(key)
    return {t: min(keys) for t, keys in found.items() if len(keys) == 1}


def _inside_zone_kind(name: str, stem: str) -> bool:
    """Does `stem`, `name` without a generic end, end inside the kind of a division's zone that closes
    `name` (rel_division_zone_heads.txt), the part of the kind left on it no zone's head of its own
    ("九台经济" of 九台经济开发区: 经济, where 九台 is the division; not "某某工业园" of 某某工业园区)?"""
    kind = max((h for h in lexicons.words("rel_division_zone_heads.txt") if name.endswith(h)), key=len, default="")
    left = stem[len(name) - len(kind):] if len(name) - len(kind) < len(stem) else ""
    return bool(left) and not left.endswith(tuple(lexicons.words("place_zone_heads.txt")))


def _without_legal_form(name: str) -> str | None:
    """A company's or group's name without the legal form that closes it (`org_legal_forms.txt`, role short_name), where
    what is left is at least RELATIONS.short_company_min characters, no place's name alone, and a proper
    name or a division's name and a word ("湖南金禾集团" → 湖南金禾, "湖南金禾集团有限公司" → 湖南金禾; not
    "交通集团", "城投公司", "湖南集团"); else None."""
    split = place_and_rest(name)
    if split is None:
        return None
    form, place, _ = split
    short = name[:-len(form)]
    if len(short) < RELATIONS.short_company_min or short in lexicons.divisions_by_name():
        return None
    return short if place or is_proper(short) else None


def _sentence_relations(sentence: Sentence, items: list[_Item], names: _NameIndex, own_area: str | None,
                        before: list[tuple[Sentence, list[_Item]]] = ()):
    """The relations `sentence` states; `before`: the parts of the same sentence before it that the
    document cut at a ";", with their items (`_parts_before`)."""
    for p in (i for i in items if i.type == PROJECT):
        span = p.mention.span
        nested = [i for i in items if span.contains(i.mention.span) and len(i.mention.span) < len(span)]
        held = _hub_read_as_a_place_here(sentence.text, p, items, names, own_area)
        yield from _name_relations(p, nested, names, own_area, held)
        yield from _site_item_relations(sentence, p, names)
    outer = _outer(items)
    projects_at = {i.mention.span: i for i in reversed(items) if i.type == PROJECT}  # the first of a span
    read = [*_clause_relations(sentence, outer, own_area, projects_at, items, names), *_cue_relations(items, projects_at),
            *_area_list_relations(sentence, outer, names, own_area, projects_at),
            *_site_opened_list_relations(items, names, projects_at),
            *_site_part_items(outer, names, projects_at),
            *_subject_verb_relations(sentence, outer, names, own_area),
            *_area_anaphor_relations(sentence, outer, own_area, before),
            *_supporting_works_relations(sentence, outer, own_area), *_division_works_relations(items),
            *_listed_before_name_relations(sentence, items, outer, names)]
    yield from _with_list_items(read, items)


def _site_item_relations(sentence: Sentence, p: _Item, names: _NameIndex):
    """A listed works named only by its builder and its site, a division closing the name ("推进中核汇能
    通榆、华电榆树、天楹辽源等5个…一体化项目建设": the plants at 通榆, 榆树, 辽源): where the clause after the
    item names works (rel_site_item_works.txt), the division is where the works is, though a place
    closing a works' name after other words is otherwise the name's own (`_ends_the_name`). Not a
    province (a company's registered place), a route's end nor a list inside the name, nor an item
    that is only places ("广州南沙": the name of a place)."""
    text, name = sentence.text, p.mention.text
    if not (text[p.end:p.end + 1] in ("、", "等") or text[p.start - 1:p.start] == "、"):
        return
    clause = re.split(f"[{RELATION_CLAUSE_MARKS}]", text[p.end:], maxsplit=1)[0]
    if not any(w in clause for w in lexicons.words("rel_site_item_works.txt")):
        return
    places = names.inside(PLACE, name)
    if not places:
        return
    a, n, key = places[-1]
    if a + len(n) != len(name) or a < RELATIONS.min_name or n not in names.divisions or key in names.provinces \
            or name[a - 1] in ROUTE_MARKS + "、" or name[:a] in names.by_type[PLACE]:
        return
    yield Found("locatedIn", p.key, key, p.mention, "site item")


def _listed_before_name_relations(sentence: Sentence, items: list[_Item], outer: list[_Item], names: _NameIndex):
    """Places listed bare right before works on a place, whose name opens with the list's last place
    and ends with what is done to it (a works' action, project_works_actions.txt, or 工程: "西拉沐沦河、
    老哈河、阴河综合治理工程", "完成洛舍漾、下渚湖圩区整治", "实施平江路、山塘街历史文化街区保护工程"): the
    works' words are shared by every item, so the works is in each place too, as in the one opening
    its name. Only waters, streets and hills listed (rel_listed_site_heads.txt), no division or town:
    zones, sites and divisions listed have works each of their own ("临港经济区、南港工业区、…基础设施配套
    工程", "周市镇、陆家镇、千灯镇农村环境综合整治"); not a facility or zone named after the last place
    ("南宁、柳州、桂林高新区"), nor a place that is only a part of its item ("西安至延安、西安至武汉高铁…")."""
    text = sentence.text
    ends = tuple(lexicons.words("project_works_actions.txt")) + ("工程",)
    heads = tuple(lexicons.words("rel_listed_site_heads.txt"))
    for p in (i for i in _outer_or_last_listed(items, outer) if i.type == PROJECT and _without_phase(i.mention.text).endswith(ends)):
        if not (_opens_with_place(p.mention.text, names) or any(
                i.type == PLACE and i.start == p.start and i.end < p.end for i in items)):
            continue
        at = p.start
        while at > 0 and text[at - 1] == "、":
            listed = max((i for i in items if i.type == PLACE and i.end == at - 1), key=lambda i: i.end - i.start, default=None)
            if listed is None or _item_more_than(listed, text, items):
                break  # an item more than a place ("西安至延安、西安至武汉高铁…"): a list of works
            if not listed.mention.text.endswith(heads) or listed.mention.text in names.divisions \
                    or _written_with_its_kind(listed.mention.text):
                break  # zones, sites, divisions or towns listed ("周市镇、陆家镇、千灯镇农村环境综合整治"): each one's works
            yield Found("locatedIn", p.key, listed.key, p.mention, "listed places")
            at = listed.start


def _outer_or_last_listed(items: list[_Item], outer: list[_Item]) -> list[_Item]:
    """The outer items and the works inside a list of works named at once ("甲河、乙河综合治理工程", a
    composite project) that closes it: the list's last item, a works of its own."""
    lists = [i for i in outer if i.type == PROJECT and i.mention.attrs.get("composite")]
    return [i for i in items if i in outer or i.type == PROJECT and any(
        lst.start < i.start and i.end == lst.end for lst in lists)]


def _item_more_than(place: _Item, text: str, items: list[_Item]) -> bool:
    """Is `place` only a part of its list item: a route's end ("西安至延安"), or inside a longer name found
    (not the list of works named at once that it opens, a composite project)?"""
    return place.start > 0 and text[place.start - 1] in ROUTE_MARKS or any(
        (i.start < place.start and place.end <= i.end or i.start <= place.start and place.end < i.end)
        and not i.mention.attrs.get("composite") for i in items)


def _division_works_relations(items: list[_Item]):
    """A works each of the divisions listed before it builds of its own ("九台区、双阳区新建垃圾焚烧发电厂":
    extraction's `shared_by`, the spans of the divisions) is in each of them."""
    places_at = {i.mention.span: i for i in items if i.type == PLACE}
    for p in (i for i in items if i.type == PROJECT and i.mention.attrs.get("shared_by")):
        for place in (places_at[span] for span in p.mention.attrs["shared_by"] if span in places_at):
            yield Found("locatedIn", p.key, place.key, p.mention, "division works")


def _outer(items: list[_Item]) -> list[_Item]:
    """The items whose mention lies inside no other's (kg.model.outermost), in order."""
    outer_mentions = {id(m) for m in outermost([i.mention for i in items])}
    return [i for i in items if id(i.mention) in outer_mentions]


def _area_anaphor_relations(sentence: Sentence, outer: list[_Item], own_area: str | None,
                            before: list[tuple[Sentence, list[_Item]]] = ()):
    """A works whose name opens with an area's kind alone, where the sentence named that area in
    full before it ("启动西山生态景观区规划,完成景观区一期绿化工程"): the kind stands for that area, so
    the works is at the place the area's name opens with (西山), as it would be inside its name; also
    where the area is named in a part of the same sentence before a ";" (`before`: "加速推进X物流园区
    建设,…;启动园区铁路专用线,…")."""
    kinds = lexicons.rows("rel_area_anaphors.txt")
    for p in (i for i in outer if i.type == PROJECT):
        name = p.mention.text
        ends = tuple(end for kind, end in kinds if name.startswith(kind) and len(name) > len(kind))
        if not ends:
            continue
        # the last place before the works that is that area ("龙山风景区") or whose area's name, the
        # place then a few words with no mark, ends with the kind's full ending ("西山生态景观区")
        earlier = [(sentence.text[:p.start], [i for i in outer if i.end <= p.start]),
                   *((part.text, items) for part, items in reversed(before))]
        area = next((pl for text, items in earlier for pl in sorted(
            (i for i in _outer(items) if i.type == PLACE and i.key != own_area), key=lambda i: -i.start)
            if pl.mention.text.endswith(ends) or re.match(
                rf"[^{_NOT_IN_AREA_NAME}]{{0,{RELATIONS.area_name_words}}}?(?:{'|'.join(map(re.escape, ends))})",
                text[pl.end:])), None)
        if area is not None:
            yield Found("locatedIn", p.key, area.key, p.mention, "area anaphor")


def _supporting_works_relations(sentence: Sentence, outer: list[_Item], own_area: str | None):
    """Works listed before "等配套项目" (location.txt `supporting`) after the sentence named an area
    ("完成两河圣山景区旅游发展总体规划,…,加快推进游客服务中心、游廊等配套项目建设"): they support that
    area, the last place before them whose name ends with an `area` head, so they are in it."""
    loc = lexicons.roles("location.txt")
    closers, heads = loc.get("supporting", ()), loc.get("area", ())
    if not any(c in sentence.text for c in closers):
        return
    closing = re.compile(rf"(?:、[^{_NOT_IN_AREA_NAME}]{{1,15}})*等(?:{'|'.join(map(re.escape, closers))})")
    for p in (i for i in outer if i.type == PROJECT):
        if closing.match(sentence.text, p.end) is None:
            continue
        area = next((i for i in sorted(outer, key=lambda i: -i.start) if i.type == PLACE and i.end <= p.start
                     and i.key != own_area and i.mention.text.endswith(heads)), None)
        if area is not None:
            yield Found("locatedIn", p.key, area.key, p.mention, "supporting works")


# what cannot stand inside an area's name between its place and its kind: marks and list words
_NOT_IN_AREA_NAME = ",;。、:“”()和及与"


def _area_list_relations(sentence: Sentence, outer: list[_Item], names: _NameIndex, own_area: str | None,
                         projects_at: dict):
    """An area whose name opens the name of a list's first works holds the works listed after it
    ("临港新区港城城际、港城快速路等45个重点项目开工建设", "投用松湖科创区松湖实验室A区一期、研究院集聚区
    和数字产业园"), as a place standing before the list does ("濯水景区毕兹卡水乐园、旅游电商中心"):
    an area by its head (location.txt `area`: 新区, 景区, 园区…) or a town written with its kind ("大力推进
    哈克镇现代化养殖基地、和牛养殖基地等项目"), not a division, whose name opens
    each works of a list ("武邑智慧物流港…、景县宇通…": each has its own), nor the report's own area;
    none where a later item opens with a place of its own (`_opens_with_place`: "推进滨江片区棚户区
    改造、县城第二水厂、文化馆建设"), which makes the list one of places and their works, each place
    its own item's (extraction: `list_after`); none either where the works the area opens is itself a
    later item of the list ("加快某某示范区某片区、大围山镇生态旅游产业园、花炮产业园建设": the town's is its
    own item alone). Any place opening the first works' name holds the items
    that are only a number of its kind ("哈尔滨地铁1号线三期、2号线一期、3号线一期": `_elliptical`)."""
    heads = tuple(lexicons.roles("location.txt").get("area", ()))
    for p in (i for i in outer if i.type == PROJECT and i.mention.attrs.get("list_after")):
        opening = [(n, key) for a, n, key in names.inside(PLACE, p.mention.text) if a == 0]
        if not opening or opening[0][1] == own_area or _later_item(sentence, p):
            continue
        if p.mention.text.startswith(tuple(ROUTE_MARKS), len(opening[0][0])):
            continue  # "甲乡至乙乡通乡公路、丙乡通村水泥路": the route's first end, no area holding the list
        # a town written with its kind ("哈克镇现代化养殖基地、和牛养殖基地") holds its list as an area does
        area = opening[0][0].endswith(heads) or bool(lexicons.town_short(opening[0][0]))
        listed = [projects_at[span] for span in p.mention.attrs["list_after"] if span in projects_at]
        if any(_opens_with_place(item.mention.text, names) for item in listed):
            continue  # a list of places' works: the area's is the first item alone
        phase_only = _only_a_phase(p.mention.text[len(opening[0][0]):])
        for item in listed:
            if area and phase_only and not _elliptical(item.mention.text, names):
                continue  # "某某产业园二期、甲公司基地、乙科技园建成投产": the park's own phase, then other works
            if area:
                yield Found("locatedIn", item.key, opening[0][1], item.mention, "area list")
            elif _elliptical(item.mention.text, names):
                yield Found("locatedIn", item.key, opening[0][1], item.mention, "elliptical list")


def _site_opened_list_relations(items: list[_Item], names: _NameIndex, projects_at: dict):
    """A site read apart from the list of works it opens ("某某景区甲、乙、丙等工程全部竣工") or from the works it
    builds anew ("某某园区新建某厂"; extraction marks it `first_listed_works` with the span of the first works,
    kg.extract.site_opened_lists) holds the first works and those listed after it, as an
    area opening the first works' name does (`_area_list_relations`); not where a later item opens with a
    place of its own, a list of places' works. Read on all the items: a wrong organization read over the site
    ("园区某某纺织") leaves it out of the outermost."""
    for pl in (i for i in items if i.type == PLACE and i.mark("first_listed_works")):
        first = projects_at.get(pl.mention.attrs["first_listed_works"])  # the span of the works right after it
        if first is None:
            continue
        listed = [projects_at[span] for span in first.mention.attrs.get("list_after", ()) if span in projects_at]
        if any(_opens_with_place(item.mention.text, names) for item in listed):
            listed = []
        for item in (first, *listed):
            yield Found("locatedIn", item.key, pl.key, item.mention, "site list")


_PHASE = re.compile(r"第?[一二三四五六七八九十\d]+期")


def _without_phase(name: str) -> str:
    """A works' name without the phase that closes it ("某河综合治理二期", "某河综合治理二期工程" →
    "某河综合治理"): what is done is written before the phase."""
    m = re.search(r"(?:%s)(?:%s)?$" % (_PHASE.pattern, "|".join(map(re.escape, WORKS_HEADS))), name)
    return name[:m.start()] if m else name


def _only_a_phase(rest: str) -> bool:
    """Is `rest`, what follows an area's name opening a works' name, only a phase of it ("二期", "三期工程";
    WORKS_HEADS may close it)? Then the works is the area's own phase, an item of the list as the others
    are, not the area the list's later items stand in ("某某产业园二期、甲公司基地、乙科技园建成投产")."""
    m = _PHASE.match(rest)
    return m is not None and rest[m.end():] in ("", *WORKS_HEADS)


def _later_item(sentence: Sentence, p: _Item) -> bool:
    """Does a list word or mark stand right before the works `p` (`_LIST_JOINERS`): an item after the first?"""
    return p.start > 0 and sentence.text[p.start - 1] in _LIST_JOINERS


def _site_part_items(outer: list[_Item], names: _NameIndex, projects_at: dict):
    """An institution whose name opens the name of a list's first works takes part in the items after it
    that are only a building of its site, a qualifier of a few characters before it and no name of their
    own ("区医院120急救中心及医技业务用房": 区医院's technical building too; rel_site_parts.txt), as in
    the first (the name rule); not items with a name ("县医院门诊楼、县中医院住院楼")."""
    parts = sorted(lexicons.words("rel_site_parts.txt"), key=len, reverse=True)  # the longest a name ends with
    institutions = tuple(lexicons.words("rel_institution_heads.txt"))
    for p in (i for i in outer if i.type == PROJECT and i.mention.attrs.get("list_after")):
        owner = next(((n, key) for a, n, key in names.inside(ORG, p.mention.text) if a == 0), None)
        if owner is None or not owner[0].endswith(institutions):
            continue
        for item in (projects_at[span] for span in p.mention.attrs["list_after"] if span in projects_at):
            name = item.mention.text
            head = next((w for w in parts if name.endswith(w)), None)
            if head is not None and len(name) - len(head) <= RELATIONS.site_part_qualifier \
                    and not names.inside(ORG, name) and not names.inside(PLACE, name):
                yield Found("participatesIn", owner[1], item.key, item.mention, "site part")


def _opens_with_place(name: str, names: _NameIndex) -> bool:
    """Does a works' name open with a place of the report or a word for a town's urban area
    (location.txt `urban`: "县城第二水厂", "城区智慧停车场"), the place its item names for itself? Not a
    place outside the report's own area that a street is only named after ("某某新区海滨路、渤海大道东延伸段":
    渤海大道 is no place's item, `_street_named_after`), which the works are not in; a street named after
    the own area or a place in it is in that place ("某区商务区、包河大道商圈" in a report of 包河区)."""
    return name.startswith(lexicons.roles("location.txt").get("urban", ())) \
        or any(a == 0 and (key in names.home or not _street_named_after(name[len(n):], n))
               for a, n, key in names.inside(PLACE, name))


def _subject_verb_relations(sentence: Sentence, outer: list[_Item], names: _NameIndex, own_area: str | None):
    """A place opening a sentence as the subject of a verb of building (rel_subject_verbs.txt: 建成,
    开工建设, 启动…) holds the works of that clause and of each later clause that opens with such a
    verb, no subject of its own ("青石镇建成东沟水库、西岭灌区,开工建设白杨河治理工程": all three in
    青石镇), as a place opening it with a subject word does (`topic`, kg.extract.attributes); so too
    past lead clauses that name nothing ("会上获悉,2025年,某省将加快A、B建设,推动C建成投用",
    "铁路方面,甲省力争开工建设A,加快推进B、C建设"), where extraction reads no topic. Not the
    report's own area, nor a place that only assists, nor one whose clause names another place or
    organization; the run of clauses ends at the first that does not open with the verb. Works whose
    name a division or a town opens have their own place ("…,建成柳林乡卫生院")."""
    clauses = sentence.clauses_with_text(RELATION_CLAUSE_MARKS)
    # the subject's clause: the first that names anything, past lead clauses that name nothing
    # ("报告指出,2026年,乙省将…", "铁路方面,甲省力争…", "具体而言,…")
    k = next((n for n, (a, b) in enumerate(clauses) if any(a <= i.start and i.end <= b for i in outer)), None)
    if k is None:
        return
    ca, cb = clauses[k]
    first = [i for i in outer if ca <= i.start and i.end <= cb]
    opener = first[0]
    if (opener.type != PLACE or opener.start != ca or opener.key == own_area or not opener.mark("opens_clause")
            or opener.mark("assists")
            or opener.mark("topic") or any(i.type != PROJECT for i in first[1:])):
        return
    text = sentence.text
    rest = text[opener.end:cb]
    if not rest.startswith(lexicons.roles("location.txt").get("subject", ())) and _subject_verb(rest) is None:
        return  # the place's own verb: a subject word (将, 力争…) or one of building
    for n, (a, b) in enumerate(clauses[k:]):
        in_clause = [i for i in outer if a <= i.start and i.end <= b]
        if n > 0 and (_subject_verb(text[a:b]) is None or any(i.type != PROJECT for i in in_clause)):
            return
        for p in (i for i in in_clause if i.type == PROJECT and (n > 0 or i.start >= opener.end)):
            if not any(at == 0 and (n in names.divisions or n.endswith(lexicons.TOWN_SUFFIXES))
                       for at, n, _ in names.inside(PLACE, p.mention.text)):
                yield Found("locatedIn", p.key, opener.key, p.mention, "subject verb")


def _subject_verb(rest: str) -> str | None:
    """The verb of rel_subject_verbs.txt that `rest` opens with, past the words that make a place
    the subject (location.txt `subject`: 将, 加快, 全力…)."""
    subject = lexicons.roles("location.txt").get("subject", ())
    while True:
        verb = next((w for w in lexicons.words("rel_subject_verbs.txt") if rest.startswith(w)), None)
        if verb is not None:
            return verb
        word = next((w for w in subject if rest.startswith(w)), None)
        if word is None:
            return None
        rest = rest[len(word):]


def _elliptical(name: str, names: _NameIndex) -> bool:
    """Is a listed works' name only the number of a line, section or phase of the first works' kind
    ("哈尔滨地铁1号线三期、2号线一期、3号线一期": 2号线一期 is a line of 哈尔滨地铁), with no name of
    its own to say where it is? It opens with a number or a Latin letter and a word of location.txt
    `numbered` (号线, 期, 标段, 区…), not a capacity or a count ("5万吨冷库"), and holds no place: a
    national or provincial road's number before its ends ("伊宁机场迁建、G679线乌拉斯台至奇台、G314线
    喀什至塔什库尔干": the road runs between the places it names, not at the first item's airport)."""
    return _numbered_opening().match(name) is not None and not names.inside(PLACE, name)


@functools.lru_cache(maxsize=1)
def _numbered_opening() -> re.Pattern:
    words = lexicons.roles("location.txt").get("numbered", ())
    return re.compile(r"(?:[0-9]+|[A-Za-z][0-9]*)(?:%s)" % "|".join(map(re.escape, words)))


def _with_list_items(found: list[Found], items: list[_Item]):
    """What the clause says of a list of works named at once ("中华天竺苑、西航大元文化城项目",
    "友联、友好整村搬迁工程": a composite project) it says of each item of the list too; not what a
    name says (a place inside the list's name is not in every item's)."""
    for f in found:
        yield f
        end = f.subject if f.kind == "locatedIn" else f.object
        for lst in (i for i in items if i.key == end and i.mention.attrs.get("composite")
                    and not _qualifies_first_item(f, i, items)):
            for part in (i for i in items if i.type == PROJECT and i.key != end
                         and lst.mention.span.contains(i.mention.span)):
                if f.kind == "locatedIn":
                    yield Found(f.kind, part.key, f.object, part.mention, "list item")
                else:
                    yield Found(f.kind, f.subject, part.key, f.mention, "list item")


def _qualifies_first_item(f: Found, lst: _Item, items: list[_Item]) -> bool:
    """Is `f` a place written right before a list of works named at once ("某某长江文化艺术湾区、某某商圈
    品质提升工程")? There it is part of the first item's name, so what it says is not said of the others."""
    return f.kind == "locatedIn" and f.rule == "cue" and any(
        i.type == PLACE and i.key == f.object and i.end == lst.start for i in items)


def _clause_relations(sentence: Sentence, outer: list[_Item], own_area: str | None, projects_at: dict,
                      items: list[_Item], names: _NameIndex):
    """locatedIn from what extraction marked on the clauses' mentions (kg.extract.attributes): a
    place opening a clause, the sentence's subject, a zone built, the projects a place is where;
    none in the report's own area, which the text names for itself rather than for a project."""
    topic: _Item | None = None
    zone: _Item | None = None
    for n, (ca, cb) in enumerate(sentence.clauses_with_text(RELATION_CLAUSE_MARKS)):
        in_clause = [i for i in outer if ca <= i.start and i.end <= cb]
        clause_projects = [i for i in in_clause if i.type == PROJECT]
        # the first name of the clause; of a name that is both works and a place, the place
        opener = next((i for i in in_clause if i.mention.span == in_clause[0].mention.span
                       and i.mark("opens_clause")), None)
        if opener is not None and opener.type == PLACE and opener.key != own_area and not opener.mark("assists") \
                and not _qualifies_people(sentence.text, opener):
            # the clause's subject: the projects it lists or goes on to build
            after = [p for p in clause_projects if p.start >= opener.end]
            if after and _opens_first_name(sentence.text[opener.end:after[0].start]):
                after = after[:1]  # the place opens the first works' name, not the others'
            if _opens_unfound_item(sentence.text, opener, after):
                # the works after the item the place opens are where their own names say, if they do
                after = _before_place_opened(after, items, names)
            after = _before_own_place(sentence.text, after, in_clause, names, opener)
            after = _before_built_elsewhere(sentence.text, after, in_clause)
            if _listed_as_a_peer(sentence.text, opener, names):
                after = []  # "某某景区、某某古镇、某某遗址公园提档升级": items of one list, none in another
            for p in after:
                yield Found("locatedIn", p.key, opener.key, p.mention, "clause")
            for pl, p in _listed_with_opener(sentence.text, opener, after[:1], in_clause):
                yield Found("locatedIn", p.key, pl.key, p.mention, "clause")
            for pl in _co_subjects(sentence.text, opener, after, in_clause, names):
                for p in after:
                    yield Found("locatedIn", p.key, pl.key, p.mention, "clause")
            if opener.mark("topic"):  # and the sentence's
                topic = opener
        elif opener is not None and n > 0:
            topic = None  # a new subject
        if topic is not None and n > 0:
            for p in clause_projects:
                yield Found("locatedIn", p.key, topic.key, p.mention, "topic")
        if zone is None:  # the first clause that names anything builds it (kg.extract.attributes); the
            # zone may be inside the clause's works, its own building ("某某产业园建设")
            zone = next((i for i in items if ca <= i.start and i.end <= cb and i.type == PLACE
                         and i.mark("zone") and i.key != own_area), None)
        elif zone is not None:
            # "加快两河圣山旅游景区建设,重点抓好P1、P2项目的实施": the works in focus are the zone's
            for p in clause_projects:
                if p.mark("in_focus"):
                    yield Found("locatedIn", p.key, zone.key, p.mention, "zone")
        for pl in (i for i in in_clause if i.type == PLACE):
            for p in (projects_at[span] for span in pl.mention.attrs.get("locates", ()) if span in projects_at):
                yield Found("locatedIn", p.key, pl.key, p.mention, "cue")
            listed = [projects_at[span] for span in pl.mention.attrs.get("locates_list", ()) if span in projects_at]
            if pl.key == own_area or any(_opens_with_place(p.mention.text, names) for p in listed):
                continue  # a list of places' works: the place is the first item's alone
            for p in listed:
                yield Found("locatedIn", p.key, pl.key, p.mention, "cue list")
        yield from _site_relations([i for i in items if ca <= i.start and i.end <= cb], projects_at)
        yield from _route_start_relations([i for i in items if ca <= i.start and i.end <= cb], projects_at)


def _site_relations(in_clause: list[_Item], projects_at: dict):
    """The places after 在 that a works' name was found over ("在某某县某某开发区建设P": extraction's
    `site_locates`, kg.extract.attributes `_sites_read_as_works`): inside that name, so no outer item,
    but where the clause's works are."""
    for pl in (i for i in in_clause if i.type == PLACE and i.mark("site_locates")):
        for p in (projects_at[span] for span in pl.mention.attrs["site_locates"] if span in projects_at):
            yield Found("locatedIn", p.key, pl.key, p.mention, "site")


def _route_start_relations(in_clause: list[_Item], projects_at: dict):
    """The start of a route named by its ends is the start of the services listed after it by their
    destination alone ("海拉尔至俄罗斯赤塔、蒙古国乌兰巴托定期航线": extraction's `starts_routes`): the
    text names it for them, the report's own area too."""
    for pl in (i for i in in_clause if i.type == PLACE and i.mark("starts_routes")):
        for p in (projects_at[span] for span in pl.mention.attrs["starts_routes"] if span in projects_at):
            yield Found("locatedIn", p.key, pl.key, p.mention, "route start")


def _listed_as_a_peer(text: str, opener: _Item, names: _NameIndex) -> bool:
    """Is the place opening a clause the first item of a list ("、" right after it) and no division or
    town ("某某景区、某某湿地公园、某某古镇提档升级", "甲开发区、乙工业园区基础设施建设加快")? Then the works
    listed with it are its peers, no works standing in it; divisions and towns listed bare before a works
    share it (`_listed_with_opener`: "站街镇、芝田镇、米河镇耐材产业园")."""
    return text[opener.end:opener.end + 1] == "、" and not _division_or_town(opener.mention.text, names)


def _qualifies_people(text: str, opener: _Item) -> bool:
    """Is the place opening a clause written before the people it qualifies, who await the works
    (location.txt `people`, then `awaited`: "某地人民期盼已久的P开工建设", "某地儿女期盼多年的P通水通航")?
    The people are the subject; the place says whose they are, not where the works they awaited is.
    Not a name that goes on ("某地人民医院"): no word of awaiting follows."""
    cue = lexicons.roles("location.txt")
    after = text[opener.end:]
    return any(after.startswith(w) and after.startswith(tuple(cue.get("awaited", ())), len(w)) for w in cue.get("people", ()))


def _opens_unfound_item(text: str, opener: _Item, after: list[_Item]) -> bool:
    """Does the place opening a clause open an item of a list that no works was found for, the words
    after it name characters up to a "、" before the first works found ("映秀震中纪念地、漩口中学地震遗址保护
    工程竣工": 映秀 opens the memorial's name)? Then the place is that item's, and the works after it
    are a list's later items, each where its own name says."""
    if not after:
        return False
    between = text[opener.end:after[0].start]
    # the item's own words up to the first "、", whatever items follow it unfound ("青禾镇至河北、澄江镇至湖北、
    # 白沙镇至赣州…工程": 青禾镇 opens a route of its own, the works a later item)
    cut = between.find("、")
    return cut > 0 and all(CJK.match(c) for c in between[:cut])


def _before_place_opened(after: list[_Item], items: list[_Item], names: _NameIndex) -> list[_Item]:
    """The works of `after` up to the first whose name opens with a place, by the name index or as
    extraction found it inside the name ("漩口中学地震遗址保护工程": 漩口)."""
    starts = {i.start for i in items if i.type == PLACE}
    k = next((k for k, p in enumerate(after) if p.start in starts or _opens_with_place(p.mention.text, names)), len(after))
    return after[:k]


def _before_own_place(text: str, after: list[_Item], in_clause: list[_Item], names: _NameIndex,
                      opener: _Item) -> list[_Item]:
    """The works a place opening a clause lists, up to the first later one with a place of its own, a
    place right before it or opening its name ("回郭镇铝精深加工专业园区、竹林镇长寿山旅游度假区、河洛镇
    石窟寺文化园区加快建设": 长寿山旅游度假区 is 竹林镇's, whether or not the first works was found):
    a list of places and their works, each place its own items', as for an area opening the first
    works' name (`_area_list_relations`)."""
    places = [i for i in in_clause if i.type == PLACE and i.start >= opener.end]
    own = {pl.end for n, pl in enumerate(places) if pl.key != opener.key and not _listed_places(text, [opener, *places[:n + 1]])}
    for k, p in enumerate(after):
        if p.start in own or k > 0 and _opens_with_place(p.mention.text, names):
            return after[:k]
    return after


def _before_built_elsewhere(text: str, after: list[_Item], in_clause: list[_Item]) -> list[_Item]:
    """The works a place opening a clause lists, up to the first later one that a place after 在, written
    after the first works, puts where it is built ("在甲县建设A、在乙县建设B": B is 乙县's; extraction's
    `locates`): the clause goes on to another site, as it goes on to another place's works in
    `_before_own_place`."""
    sites = [i for i in in_clause if i.type == PLACE and after and i.start >= after[0].end and text[i.start - 1:i.start] == "在"]
    for k, p in enumerate(after):
        if k > 0 and any(p.mention.span in i.mention.attrs.get("locates", ()) for i in sites if i.start < p.start):
            return after[:k]
    return after


def _listed_with_opener(text: str, opener: _Item, first: list[_Item], in_clause: list[_Item]):
    """The places listed bare between a place opening a clause and the works right after the last of
    them ("站街镇、芝田镇、米河镇耐材产业园": 芝田镇), with that works: they share it, as the first and the
    last do."""
    if not first:
        return
    run = [i for i in in_clause if i.type == PLACE and opener.end <= i.start and i.end <= first[0].start]
    if run and run[-1].end == first[0].start and _listed_places(text, [opener, *run]):
        yield from ((pl, first[0]) for pl in run[:-1])


def _co_subjects(text: str, opener: _Item, after: list[_Item], in_clause: list[_Item], names: _NameIndex) -> list[_Item]:
    """The divisions or towns listed bare after a division or town opening a clause, the clause's
    subjects with it, where the list closes with the subjects' verb (rel_subject_verbs.txt, past the
    words of location.txt `subject`) before the works ("甲镇、乙镇、丙乡完成集镇供水工程建设", "甲区、乙县
    推进某某景区提质改造"): each of them holds the works the opener does. None where a word of
    location.txt `respective` pairs the lists ("甲镇、乙镇分别建成A、B"), nor for places that are not
    divisions or towns (a list of zones or sites, each one's works: `_listed_as_a_peer`). A word closing
    the list (location.txt `list_close`: 等地, 等县…) may stand before the verb ("甲市、乙市、丙市等地完成某某
    巩固提升工程")."""
    if not after or text[opener.end:opener.end + 1] not in _LIST_JOINERS:
        return []
    run = [i for i in in_clause if i.type == PLACE and opener.end < i.start and i.end <= after[0].start]
    run = [i for i in run if not any(o is not i and o.start <= i.start and i.end <= o.end for o in run)]
    if not run or not _listed_places(text, [opener, *run]) or not all(
            _division_or_town(i.mention.text, names) for i in (opener, *run)):
        return []
    loc = lexicons.roles("location.txt")
    rest = text[run[-1].end:after[0].start]
    # a word closing the list before the verb ("甲市、乙市、丙市等地完成…": location.txt `list_close`)
    rest = rest[len(next((w for w in loc.get("list_close", ()) if rest.startswith(w)), "")):]
    if rest.startswith(loc.get("respective", ())) or _subject_verb(rest) is None:
        return []
    return run


def _division_or_town(name: str, names: _NameIndex) -> bool:
    """Is `name` a division's (the report's, by code, or any of divisions.tsv) or a town's?"""
    return name in names.divisions or name in names.towns or bool(lexicons.town_short(name)) \
        or name in lexicons.divisions_by_name()


def _listed_places(text: str, run: list[_Item]) -> bool:
    """Are the places of `run` written one after another with only list words between ("站街镇、芝田镇、
    米河镇耐材产业园")? Then they share the works after the last, the first one too."""
    return all(text[a.end:b.start] and all(c in _LIST_JOINERS for c in text[a.end:b.start]) for a, b in zip(run, run[1:]))


def _opens_first_name(between: str) -> bool:
    """Are the words between a place opening a clause and the first works after it a part of that
    works' name, so that the place opens that one name rather than being the clause's subject? Only
    name characters (no separator), and glued to the works by the name's own writing: a figure, a
    Latin letter or a name's mark ("甲市10.5代TFT-LCD…生产线项目", "某市某企5#超级工厂", "甲市~乙市高铁"), or
    a word joining two parts of one name at their end (rel_name_joiners.txt: "某河城区段堤防及绿道
    工程、乙河…大桥"). Other words ("清溪镇争取到…", "…辖区内…", "…今年…") leave the place the subject of
    the clause, which locates every works it lists."""
    if not between or not all(c.isalnum() or c in _NAME_MARKS for c in between):
        return False
    return any(not CJK.match(c) for c in _name_material(between)) or between.endswith(_name_joiners())


_FIGURE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)*")


def _name_material(between: str) -> str:
    """The words between without the figures that are no part of a name: a figure is name material only
    glued into a name token, a Latin letter or a name's mark beside it or a name's counter after it
    (rel_name_figure_counters.txt: "10.5代", "5#", "1号"); an amount with its unit ("3亿元"), a year
    ("2024年") or a date ("3月1日") is dropped."""
    counters = _name_figure_counters()

    def keep(m: re.Match) -> bool:
        before = between[m.start() - 1] if m.start() else ""
        after = between[m.end()] if m.end() < len(between) else ""
        return any(c and (c in _NAME_MARKS or c.isalpha() and not CJK.match(c)) for c in (before, after)) or after in counters

    return _FIGURE.sub(lambda m: m.group() if keep(m) else "", between)


_NAME_MARKS = "#.-~—–－·"


@functools.lru_cache(maxsize=1)
def _name_joiners() -> tuple[str, ...]:
    return tuple(lexicons.words("rel_name_joiners.txt"))


@functools.lru_cache(maxsize=1)
def _name_figure_counters() -> frozenset[str]:
    return frozenset(lexicons.words("rel_name_figure_counters.txt"))


def _written_at(name: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The names found inside `name` that stand at their offset in it: an offset in the source is one
    in the name only where the name is the source's text as written (a name read with spaces inside
    it is shorter than its span: "r r e o滨江大桥…")."""
    return [x for x in found if name[x[0]:x[0] + len(x[1])] == x[1]]


def _country_of_the_next(place: tuple[int, str, str], places: list[tuple[int, str, str]]) -> bool:
    """Is the place found in a works' name a country (countries.txt, not 中国) whose place found in the name
    starts right after it ("蒙古国|乌兰巴托定期航线", "海拉尔至俄罗斯|赤塔")? The country says whose city
    it is; the works is at the city."""
    countries = lexicons.word_set("countries.txt")
    at, n, _ = place
    return n in countries and n != "中国" and any(a == at + len(n) and m not in countries for a, m, _ in places)


def _partner_of_china(name: str, x: tuple[int, str, str]) -> bool:
    """Is the place at x[0] the partner China builds a joint centre with, after "中国—" ("中国—东盟医疗保健合作
    中心", "中国—中亚贸易畅通合作平台")? The works is not in the partner's land."""
    return name[:x[0]].endswith(("中国—", "中国-"))


def _name_relations(p: _Item, nested: list[_Item], names: _NameIndex, own_area: str | None, held: bool = False):
    """A place or organization named inside the project's name: by any name of it, or found there."""
    name = p.mention.text
    cue = lexicons.roles("location.txt")
    titles = cue.get("title", ())
    places = names.inside(PLACE, name)
    orgs_in = names.inside(ORG, name)
    # a company the extractor found opening the name where jieba's words cross its end ("爱旭光伏电池" cut
    # 爱|旭光|伏|电池: 爱旭, read by characters; ANNOTATION rule 8); a body is no company ("永济市委书记")
    # so does one right after a place opening the name ("辽宁亿家衣服装加工" cut 辽宁|亿家|衣服|…: the
    # company 亿家衣, where it comes from before it), where no name the index found stands there
    opens = {p.mention.start} | {i.mention.end for i in nested if i.type == PLACE and i.mention.start == p.mention.start}
    orgs_in += [(i.mention.start - p.mention.start, i.mention.text, i.key) for i in nested
                if i.type == ORG and i.mention.start in opens and not any(a == i.mention.start - p.mention.start for a, _, _ in orgs_in)
                and i.key not in {k for _, _, k in orgs_in} and not i.mention.text.endswith(tuple(lexicons.org_bodies()))]
    # where a place the extractor found inside the name starts in the name (not a one-character
    # short form, "中俄蒙文化创意产业园": there it names partners, as in the name index above)
    places += [(i.mention.span.reframed(p.mention.start).local_start, i.mention.text, i.key)
               for i in nested if i.type == PLACE and len(i.mention.text) >= RELATIONS.min_name]
    orgs_in, places = _written_at(name, orgs_in), [x for x in _written_at(name, places) if not _partner_of_china(name, x)]
    items = _named_items(name, places, names.divisions)
    places = _route_ends(name, [x for x in places if (x[0], x[0] + len(x[1])) not in items])
    places = [x for x in places if not _named_after(x, orgs_in, names, own_area)
              and not _opens_registered_name(name, x, places, names) and not _opens_service_brand(name, x, places)]
    places = [x for x in places if not _named_for_elsewhere(name, x, places, orgs_in, names, own_area)]
    # a port the report holds as a place; an airport the sentence `held` as one (_hub_read_as_a_place_here)
    places = [] if held or _port_held_as_a_place(name, names) else places
    ends_name = (lambda a, b: False) if _places_only(name, places, names) else functools.partial(_ends_the_name, name)
    spans = {(a, a + len(n)) for a, n, _ in places if not ends_name(a, a + len(n))}
    for a, n, key in sorted(set(places)):
        b = a + len(n)
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
            continue  # 阿蓬江 inside 阿蓬江镇 inside the name: the longer place is meant
        if opens_abbreviated_route(name, a, b):
            continue  # "昌吉赣客专": 昌, 吉, 赣 of 南昌, 吉安, 赣州, not in 昌吉
        if n in titles or n in cue.get("generic", ()):
            continue  # "…中国特色社会主义先行示范区": a title; "旧城改造", "县城污水处理厂": a part of any city
        if _names_a_street(name[b:], n, key, names, own_area):
            continue  # 呼伦大街 is named after 呼伦, not in it, nor is its works (呼伦大街改造工程)
        if ends_name(a, b) or b == len(name) and name[a - 1:a] == "、":
            if name[a - 1] == "、":  # "天水、夏河机场": the last item, a facility, is where its name's place is
                yield from _landmark_of(p, n, key, names, own_area)
            continue  # the name ends with another name (哈萨尔大街 is not in 萨尔大街): not a place it is in
        if name[b:].startswith(cue.get("themed", ())) and key != own_area and key not in names.home:
            continue  # "俄罗斯风情街": in the style of a place elsewhere, not in it
        if name[b:] in lexicons.word_set("rel_division_zone_heads.txt") and (a == 0 or name[a - 1] == "、") \
                and not p.mark("zone_built"):
            continue  # "霞浦经济开发区": the division's own zone, a place of it, not works in it (but one its
            # clause builds or develops is works there: "稳步推进庐江高新区西向扩容", ANNOTATION rule 3)
        if _division_port(n, names) and not name[b:].startswith(_campus_heads()):
            yield from _division_port_relations(p, n, key, name[b:], names, own_area)
            continue  # "芜湖港朱家桥外贸码头": at the port of 芜湖 and in 芜湖市 (and at 朱家桥)
        if _is_hub(n, names) and _hub_own_works(name[b:]):
            yield from _hub_works_relations(p, n, key, names, own_area)
            continue  # "武陵山机场改扩建工程", "南沙港五期": works on the hub itself, where the hub is named after
        yield Found("locatedIn", p.key, key, p.mention, "name")
        yield from _landmark_of(p, n, key, names, own_area)
    alone = {i.key for i in nested if i.type == ORG and i.mention.attrs.get("source") == _LISTED_ALONE}
    yield from _organizations_named(p, orgs_in, names, frozenset(alone))


def _named_for_elsewhere(name: str, place: tuple[int, str, str], places: list[tuple[int, str, str]],
                         orgs_in: list[tuple[int, str, str]], names: _NameIndex, own_area: str | None) -> bool:
    """Does the works' name hold `place` for what the works is named after, not for where it is: the home of
    an institution or company whose site is elsewhere, a far division in a compound's or a longer word, a
    country before its city, a brand's or the partners' names after the place the works is in?"""
    return _home_of_a_site_elsewhere(name, place, places, orgs_in, names) \
        or _home_of_a_far_institution(name, place, orgs_in, names, own_area) \
        or _compound_named_after_afar(name, place, names, own_area, orgs_in) or _country_of_the_next(place, places) \
        or _brand_after_a_place(place, places) or _partners_after_a_place(name, place, places)


def _brand_after_a_place(place: tuple[int, str, str], places: list[tuple[int, str, str]]) -> bool:
    """Is `place` an area whose name other cities' parks carry as a brand (rel_brand_park_areas.txt: 中关村),
    written inside the works' name after another place ("雄安中关村科技园", "三明中关村科技园")? The park is a
    branch in that place; the brand's area is a modifier of its name, not where it is. Where the brand opens
    the name ("中关村科技园") it stays."""
    a, n, key = place
    return n in lexicons.word_set("rel_brand_park_areas.txt") and any(x + len(m) <= a and k != key for x, m, k in places)


def _partners_after_a_place(name: str, place: tuple[int, str, str], places: list[tuple[int, str, str]]) -> bool:
    """Is `place` a name made only of provinces' (or countries') one-character forms (place_abbreviations.txt:
    京津, 蒙苏), written right after another place found in the works' name ("武清京津产业新城", "宁河京津合作
    示范区", "鄂尔多斯蒙苏经济开发区")? The forms name the partners the zone is built with; the place before
    them is where it is. Not in brackets ("北京(京津冀)国际科技创新中心") nor opening the name ("川渝高竹新区")."""
    a, n, key = place
    forms = lexicons.word_set("place_abbreviations.txt")
    return len(n) >= 2 and all(c in forms for c in n) and name[a:a + len(n)] == n \
        and any(x + len(m) == a and k != key for x, m, k in places)


def _home_of_a_site_elsewhere(name: str, place: tuple[int, str, str], places: list[tuple[int, str, str]],
                              orgs_in: list[tuple[int, str, str]], names: _NameIndex) -> bool:
    """Is `place` the home a university, hospital or company is named after, where the works' name goes
    on, in the same item, to the place of its branch or site in another division ("大连理工大学盘锦校区":
    in 盘锦, not in 大连; "北京大学人民医院三亚分院", "四川大学华西医院厦门医院", "北京理工大学珠海学院顺德
    创新中心": in 顺德 alone; "韩国斗山工程机械烟台工厂")? Not where one of the two places lies in the
    other ("山东大学青岛校区": in 青岛, in 山东 too), nor across a route's or a list's mark ("绵阳至西充…",
    "天水、夏河机场"), nor where no organization's name found in the works' name holds the earlier place
    (`orgs_in`; "潍坊港东港区寿光作业区…码头" is a port's, named after its city), unless it is a foreign country."""
    a, n, key = place
    b = a + len(n)
    home = names.division_prefixes.get(key)
    foreign = n in lexicons.foreign_countries()
    if not foreign and (home is None or not any(x <= a and b <= x + len(org) for x, org, _ in orgs_in)):
        return False
    if any(c in ROUTE_MARKS for c in name[:a]):
        return False  # a route's end ("宝鸡至兰州客运专线陕西段")
    for x, inner, other in places:
        site = names.division_prefixes.get(other)
        # the institution's or company's words between the two ("西安咸阳国际机场" is named after both), the
        # later place no route's section ("…陕西段") nor a word for a town's quarter ("临平新城")
        if x <= b or site is None or any(c in ROUTE_MARKS or c in _LIST_JOINERS for c in name[b:x]) \
                or name.startswith(names.section_words, x + len(inner)) or inner in URBAN_AREAS:
            continue
        if foreign or not (site.startswith(home) or home.startswith(site)):
            return True
        if _branch_below_its_home(key, other, site, home, names):
            return True
    return False


def _branch_below_its_home(home_key: str, site_key: str, site: str, home: str, names: _NameIndex) -> bool:
    """Is the later place, the branch's site, the report's own area or a place in it, and the home a
    division above that area ("某市第一中学青禾校区", "某省某医院青禾院区" in 青禾区's report)? The
    report speaks of its own area: the city or province before the branch names the institution the
    branch belongs to, not where the works is, which its site says. A home that is the report's own
    area or in it stays ("山东大学青岛校区" in 山东省's report: in both)."""
    return site_key in names.home and home_key not in names.home and site != home and site.startswith(home)


def _compound_named_after_afar(name: str, place: tuple[int, str, str], names: _NameIndex, own_area: str | None,
                               orgs_in: list[tuple[int, str, str]] = ()) -> bool:
    """Is `place` a division of another province inside the name of a residential compound
    (place_compound_heads.txt: "某某回迁安置小区", "某某新村")? A compound a report builds is in its own
    area, and its name is a developer's or a quarter's ("海东春晓": the east of the city), so a far
    division written there is the same characters, not where it is; so is one inside a longer word of
    any works' name (`_inside_a_word`), outside the name of an organization found there (a company's
    plant or institute named after its site, "某能德州电厂二期", stands there: `_named_after`)."""
    return _in_another_province(place[2], names, own_area) and (
        _without_phase(name).endswith(tuple(lexicons.words("place_compound_heads.txt")))
        or _inside_a_word(name, place[0]) and not any(x <= place[0] < x + len(org) for x, org, _ in orgs_in))


def _in_another_province(key: str, names: _NameIndex, own_area: str | None) -> bool:
    """Is the place `key` a division (or a place scoped by one) of another province than the report's own
    area's? False where either has no code."""
    own = names.division_prefixes.get(own_area or "")
    far = names.division_prefixes.get(key)
    return bool(own and far) and own[:2] != far[:2]


def _home_of_a_far_institution(name: str, place: tuple[int, str, str], orgs_in: list[tuple[int, str, str]],
                               names: _NameIndex, own_area: str | None) -> bool:
    """Is `place` inside the name of a university, hospital or laboratory (rel_institution_heads.txt) that
    the works' name holds, a division of another province than the report's, with the works' name going
    on after the institution's to a centre or institute of its own (rel_far_institution_centres.txt), not
    a building, campus or phase of the institution ("启动西安交通大学国际化区域创新中心建设" in 海南's
    report, "北京大学京津冀生物医学前沿创新中心" in 天津's)? The place is the institution's home; the
    report builds the centre in its own area."""
    a, n, key = place
    institutions = tuple(lexicons.words("rel_institution_heads.txt"))
    for x, org, _ in orgs_in:
        rest = name[x + len(org):]
        if x <= a and a + len(n) <= x + len(org) and org != n and org.endswith(institutions) \
                and rest.endswith(tuple(lexicons.words("rel_far_institution_centres.txt"))):
            return _in_another_province(key, names, own_area)
    return False


def _inside_a_word(name: str, a: int) -> bool:
    """Does a place written at `a` inside a works' name stand inside it, after the name's first words,
    with no route's or list's mark nor a bracket or a dot before it ("某湾滨江城区段防洪堤": 江城区,
    "某某新海城市广场": 海城市)? A division of another province found there is the same characters in a
    longer word, not where the works is (`_compound_named_after_afar`); one opening the name ("扬州食品
    产业园" a partner city's park, "珠海航线"), a route's end ("某某至大连客运专线") or a partner's name
    after a dot or in brackets ("青禾·扬州青年创业园", "中德(扬州)产业园") is named as a place."""
    return a > 0 and not any(c in ROUTE_MARKS for c in name) and name[a - 1] not in _LIST_JOINERS + "·(（"


def _shared_code(code: str) -> str:
    """A GB/T 2260 code without the pairs of zeros that close it, the part its own parts share ("110000" →
    "11", "460200" → "4602"), so that one division lies in another where its code opens with that part."""
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def _ends_the_name(name: str, a: int, b: int) -> bool:
    """Does the place name[a:b] end the works' name after other words of it, no route's end nor a
    list's last item ("…美岱召景区", "哈萨尔大街"): the works is named with it, not in it; nor does it
    hide the places inside it ("土右旗美岱召景区" is linked to 美岱召, ANNOTATION rule 8)?"""
    return b == len(name) and a > 0 and name[a - 1] not in ROUTE_MARKS and name[a - 1] != "、" \
        and not _city_at_a_route_end(name, a)


def _places_only(name: str, places: list[tuple[int, str, str]], names: _NameIndex) -> bool:
    """Is the works' name only two divisions' or towns' names written one after the other, a crossing or
    a link named by its ends with no route's mark ("建成江阴靖江等过江通道")? Then the place closing it is
    an end, not a name the works is named with (`_ends_the_name`); not a park or a company's short name
    after its city ("日照食品产业园", "东营富海")."""
    spans = sorted({(a, a + len(n)) for a, n, _ in places if n in names.divisions or n in names.towns})
    return len(spans) == 2 and spans[0][0] == 0 and spans[0][1] == spans[1][0] and spans[1][1] == len(name)


def _city_at_a_route_end(name: str, a: int) -> bool:
    """Does the place at name[a:] follow its country, which follows a route's mark ("海拉尔至俄罗斯|赤塔")?
    The country and its city are the route's end together (`_country_of_the_next`)."""
    return any(name.endswith(c, 0, a) and a - len(c) > 0 and name[a - len(c) - 1] in ROUTE_MARKS
               for c in lexicons.word_set("countries.txt") if c != "中国")


def _street_named_after(rest: str, place: str) -> str | None:
    """The street's head (location.txt `street`) that `rest`, what follows the place `place` inside a
    works' name, is or opens: "大街" of 呼伦大街, "路" of 某京路改造工程 or 某江路西延, where the works are
    on a street named after the place. None where the head is only the first character of a word of
    jieba's dictionary in the cut of `rest` ("某县路演中心", "某区大街小巷整治", "某县道口改造": the
    place's own works), other than a word of the street's part or side ("某江路口", "某江路西延", cut
    路西/延: `_STREET_PART_TAGS`), or opens a word of
    roads (rel_street_compounds.txt: "某区道路改造", "某县道桥", which jieba cuts 道/桥); none where the
    place is written with its kind (a division's full name, 某某县, or a town's, 某某镇): a street is
    named after a place's short name ("陇西县道地药材" is 道/地 in 陇西县); none where nothing follows."""
    loc = lexicons.roles("location.txt")
    heads = loc.get("street", ())
    side = _STREET_ORDINAL.match(rest) or rest[:1] in loc.get("street_side", ())
    at = (side.end() if isinstance(side, re.Match) else 1) if side else 0  # "某州北路", "某滩八路"
    head = max((h for h in heads if rest.startswith(h, at)), key=len, default=None)
    if head is None or rest.startswith(tuple(lexicons.words("rel_street_compounds.txt")), at):
        return None
    if _written_with_its_kind(place):
        return None
    end = at + len(head)
    word = next((t for t in tokens(rest) if t.start < end <= t.end), None)
    if word is None or word.end == end or word.pos in _STREET_PART_TAGS:
        return head  # "某江路/改造", "某江路西/延", "某江路下/穿隧道", "某江路口/改造": the street, a side of it
    return None if word_freq(word.word) else head  # not "某江路准/快速化", a guess


# the order number a street named after a place may take before its head ("某滩八路", "某某二街"); not
# before 道, where the number opens a place's own word ("二道河", "头道沟")
_STREET_ORDINAL = re.compile(r"[一二三四五六七八九十]+(?!道)")


# jieba's tags of a word that opens with a street's head and names a part or side of that street
# (路口, 路沿, 路下: s, a word of space; 路西, 路南: ns), not a word of the place's own works
_STREET_PART_TAGS = ("s", "f", "ns")


def _written_with_its_kind(place: str) -> bool:
    """Is `place` written as a division's full name with its kind ("陇西县", "岷县", not "长江", "呼伦") or
    as a town's with its kind (text_town_suffixes.txt: "清溪镇", "某某街道")?"""
    return any(d.name == place for d in lexicons.divisions_by_name().get(place, ())) \
        or bool(lexicons.town_short(place))


_HUB_ORDINAL = re.compile(r"(?:第?[一二三四五六七八九十\d]+|T\d+)")


def _is_hub(n: str, names: _NameIndex) -> bool:
    """Is the place named `n` a transport hub, a facility place whose name ends in a hub's head
    (`place_hub_heads.txt`, a port's of `rel_hub_own_works.txt`)? Never a division, whose name may
    end in one too (连云港, 贵港, 黄石港, 中站): one with a division code in this report, or any name
    or short name of the division tables, whether or not this report resolved it to its code. Nor an
    inland port (rel_hub_own_works.txt `inland`: 国际陆港, 铁路港), a logistics zone its works are in."""
    cue = lexicons.roles("rel_hub_own_works.txt")
    return (n.endswith(lexicons.words("place_hub_heads.txt") + cue.get("port", ()))
            and not n.endswith(cue.get("inland", ()))  # an inland port is a zone: "某某国际陆港二期" is in it
            and n not in names.divisions and n not in lexicons.divisions_by_name())


def _port_held_as_a_place(name: str, names: _NameIndex) -> bool:
    """Is the works' whole name a port or a port of entry (rel_hub_own_works.txt `held`: "青岛港", "天津港",
    "北部湾港", "海拉尔航空口岸") that the report also holds as a place (a Place entity of that name: its
    throughput, its role, "建好青岛港、日照港国家大宗商品资源配置枢纽", "发挥好…航空口岸功能作用")? The report
    speaks of the port as a location, and links between places come from division codes (ANNOTATION): no
    locatedIn from its name. Not a division named like a port (连云港), nor an inland port (陆港: a zone, as
    `_is_hub` reads them). Its own works written after it ("青岛港董家口港区集装箱码头", "某港二期") have longer
    names and keep theirs."""
    cue = lexicons.roles("rel_hub_own_works.txt")
    return (name.endswith(tuple(cue.get("held", ()))) and name in names.by_type[PLACE]
            and not name.endswith(cue.get("inland", ()))
            and name not in names.divisions and name not in lexicons.divisions_by_name())


def _hub_read_as_a_place_here(text: str, p: _Item, items: list[_Item], names: _NameIndex, own_area: str | None) -> bool:
    """Is the works `p` an airport or a port (place_hub_works_heads.txt) that this sentence also reads as a
    place, on the very same words, and does not build: no stage given to it, no word of building
    (build_words.txt) in its clause before it ("加力建设佳同铁路、鹤岗机场…等项目"), no stage or acceptance
    of its works after it (place_hub_stages.txt, rel_hub_works_after.txt)? "郑州机场年货邮吞吐量突破100万吨",
    "支持合肥机场、芜宣机场提升货运能力", "杭州萧山国际机场旅客吞吐量突破5000万人次": the hub runs there,
    a place (ANNOTATION rule 3: located, visited or managed → Place), and links between places come from
    division codes, so no locatedIn from its name. Not in a county's or district's report, which speaks of
    the airport of its area as its own works ("海拉尔东山机场年吞吐量突破222万人次" → 海拉尔区, 东山)."""
    if p.mark("stage") or not p.mention.text.endswith(tuple(lexicons.words("place_hub_works_heads.txt"))) \
            or len(names.division_prefixes.get(own_area or "", "")) >= 6:
        return False
    if not any(i.type == PLACE and i.mention.span == p.mention.span for i in items):
        return False
    opens = max(text.rfind(c, 0, p.start) for c in RELATION_CLAUSE_MARKS) + 1
    closes = min((k for k in (text.find(c, p.end) for c in RELATION_CLAUSE_MARKS) if k >= 0), default=len(text))
    after = text[p.end:closes]
    return not any(w in text[opens:p.start] for w in lexicons.words("build_words.txt")) \
        and not after.startswith(tuple(lexicons.words("place_hub_stages.txt"))) \
        and not any(w in after for w in lexicons.words("rel_hub_works_after.txt"))


def _hub_works_relations(p: _Item, n: str, key: str, names: _NameIndex, own_area: str | None):
    """Works on the hub named `n` itself (`_hub_own_works`): where the hub is named after (the landmark
    rule), and at the hub too where it is a place of its own (`_hub_is_a_place`: "某某国际机场航站楼扩建工程")."""
    if _hub_is_a_place(n, names):
        yield Found("locatedIn", p.key, key, p.mention, "hub")
    yield from _landmark_of(p, n, key, names, own_area)


def _hub_is_a_place(n: str, names: _NameIndex) -> bool:
    """Is the hub named `n` a place its own works are at (rel_hub_own_works.txt `place`: an airport or a
    port the report holds as a place, "南京机场三期" at 南京机场, "梁山港二期" at 梁山港), one the report
    does not also name as works (`_NameIndex.works`: a hub it builds or opens, whose works are part of
    that works)?"""
    return n.endswith(tuple(lexicons.roles("rel_hub_own_works.txt").get("place", ()))) and n not in names.works


def _division_port(n: str, names: _NameIndex) -> bool:
    """Is the place named `n` a port or port area named after a division, the division's name and a
    port's head alone (rel_hub_own_works.txt `port`, `port_area`: "芜湖港", "唐山港", "南沙港区"), itself no
    division (黄石港, 连云港)? Works
    there are in the division (the landmark rule), as a city's port is the city's, not a place of its own
    that works are in; a port area with a name of its own ("长风港区", "京唐港区") is a place."""
    head = next((h for h in _port_heads() if n.endswith(h)), None)
    stem = n[:-len(head)] if head else ""
    if not stem or n in names.divisions or n in lexicons.divisions_by_name():
        return False  # a division named like a port (连云港, 黄石港) is a division
    return stem in names.divisions or stem in lexicons.divisions_by_name()


def _hub_own_works(rest: str) -> bool:
    """Is `rest`, what follows a hub's name (`_is_hub`) inside a works' name, the works on the hub itself
    (`rel_hub_own_works.txt` works: "改扩建", "五期", "第三跑道", "T2航站区", "新航站楼"): a phase,
    an extension or a part only the hub has, after an optional ordinal or 新/现?"""
    cue = lexicons.roles("rel_hub_own_works.txt")
    works = cue.get("works", ())
    if rest.startswith(works):
        return True
    m = _HUB_ORDINAL.match(rest)
    after = rest[m.end():] if m else rest
    after = after[1:] if after[:1] and after[:1] in cue.get("new", ()) else after
    return after != rest and after.startswith(works)


def _division_port_relations(p: _Item, n: str, key: str, rest: str, names: _NameIndex, own_area: str | None):
    """Works named after a port named after a division (`_division_port`), `rest` after the port's name:
    in the division the port is named after (the landmark rule), and in the port itself where it is a
    facility standing at it (`_stands_at_the_port`) or the port's own works and the port a place of the
    report (`_hub_own_works`, `_hub_is_a_place`: "梁山港二期" at 梁山港) — a port, not a port area named after a division
    (唐山港曹妃甸港区矿石码头: the terminal is in 曹妃甸区, the division the area is named after, and the
    area itself is no location of it, as the earlier checks' gold has it)."""
    port_areas = tuple(lexicons.roles("rel_hub_own_works.txt").get("port_area", ()))
    if not n.endswith(port_areas) and (_stands_at_the_port(rest) or _hub_own_works(rest) and _hub_is_a_place(n, names)):
        yield Found("locatedIn", p.key, key, p.mention, "port")
    yield from _landmark_of(p, n, key, names, own_area)


def _stands_at_the_port(rest: str) -> bool:
    """Is `rest`, what follows a port named after a division inside a works' name, a facility standing at
    the port ("某港集装箱码头", "某港综合物流园区", "某港30万吨级航道一期工程"), so in it as well as in
    the division? Not the port's own works (`_hub_own_works`: "某港二期"), nor an area of the port or a
    zone named after it, themselves places that only lie in it ("盐城港滨海港区", "钦州港经济技术开发区":
    links between places come from division codes, ANNOTATION)."""
    areas = tuple(lexicons.roles("rel_hub_own_works.txt").get("port_area", ()))
    return bool(rest) and not _hub_own_works(rest) and not rest.endswith(areas) \
        and rest not in lexicons.word_set("rel_division_zone_heads.txt")


@functools.lru_cache(maxsize=1)
def _campus_heads() -> tuple[str, ...]:
    """The heads of a campus or branch site named after the area it stands in (place_campus_heads.txt):
    a place before one is that area, not a port named after a division ("浙江大学紫金港校区二期": at 紫金港,
    whatever county 紫金 names elsewhere)."""
    return tuple(lexicons.words("place_campus_heads.txt"))


@functools.lru_cache(maxsize=1)
def _port_heads() -> tuple[str, ...]:
    """The heads of ports and port areas (rel_hub_own_works.txt `port`, `port_area`), longest first: sorted
    once, not at every place a works' name holds."""
    cue = lexicons.roles("rel_hub_own_works.txt")
    return tuple(sorted((*cue.get("port", ()), *cue.get("port_area", ())), key=len, reverse=True))


def _names_a_street(rest: str, n: str, key: str, names: _NameIndex, own_area: str | None) -> bool:
    """Is the place `n` (key `key`), followed by `rest` in a name, only what a street is named after
    (`_street_named_after`: 呼伦大街, 长江路)? Not a street named after the report's own area, which is
    in it, nor the road of a city's gateway, 西出口路 at 西出口, nor an avenue named after a part of
    the area it serves, 潘州大道."""
    street = _street_named_after(rest, n)
    return bool(street) and key != own_area and not n.endswith(_gateway_heads()) and not (
        street in lexicons.roles("location.txt").get("avenue", ()) and (key in names.home or _scoped_by_division(key)))


LANDMARK_DEPTH = 2  # a landmark inside a landmark's name, not further


def _landmark_of(p: _Item, n: str, key: str, names: _NameIndex, own_area: str | None = None, depth: int = 1):
    """A landmark named after the place it stands in ("…海拉尔纪念园二期工程", "正阳火车站…货场"):
    the work is there too; not where the longer name is only the place's own (阿蓬江 + 镇), nor where
    it is a street named after the place ("中江大道、长江路、九华北路改造": 长江路 is no landmark in
    长江, as in the works' own name, `_names_a_street`)."""
    cue = lexicons.roles("location.txt")
    titles = cue.get("title", ())
    orgs_in = names.inside(ORG, n)
    for ia, inner, ikey in names.inside(PLACE, n, other_than=key):
        if (n in names.divisions or n in names.towns) and inner in names.divisions:
            continue  # a division inside a division's or town's name is other characters ("某阳川镇" holds
            # a far 某阳区): links between places come from division codes
        rest = n[ia + len(inner):]
        if _named_after((ia, inner, ikey), orgs_in, names, own_area):
            continue  # "云南白药集团大健康产业园": the company's home, not where its park is
        if _names_a_street(rest, inner, ikey, names, own_area):
            continue
        if ikey == key or inner in titles or ia == 0 and rest in cue.get("suffix", ()) \
                and not _divisions_zone(inner, rest, names) and rest not in cue.get("basin", ()) \
                and not _part_of_a_feature(inner, rest, names) and not _area_of_a_feature(inner, ikey, rest, names):
            continue  # 阿蓬江镇 is no landmark in 阿蓬江; but a division's zone is in the division
            # ("昆山开发区光电产业园": in 昆山开发区, so in 昆山市), and a water's basin is the water's
            # ("巢湖流域水环境综合治理项目": on 巢湖), and a lake's or mountain's wetland or reserve is on it
        if ia > 0 and not rest and inner in URBAN_AREAS:
            continue  # "城南新城": a quarter named after its side, not in the bare 新城 (text_urban_areas.txt)
        if ia == 0 and rest.startswith(cue.get("feature", ())) and (
                inner in names.divisions or inner in lexicons.divisions_by_name() or ikey in names.town_keys):
            continue  # "某某湾", "海拉尔河": a bay or river named after a division, not a landmark in it;
            # nor one named after a town or sub-district ("某桥河", "某城湖": not in 某桥街道)
        if rest.endswith(tuple(cue.get("source_area", ()))):
            continue  # "某某灌区现代化改造", "某某峡灌区": an irrigation district is named after its source, not in it
        if not rest.startswith(cue.get("beside", ())):  # 白洋淀上游 is not in 白洋淀
            yield Found("locatedIn", p.key, ikey, p.mention, "landmark")
            if depth < LANDMARK_DEPTH:  # "北京大兴国际机场临空经济区": at the airport named after 大兴
                # ("大兴国际机场"), so in 大兴 too; "豪迈科技高密工业园三期": in 高密工业园, so in 高密
                yield from _landmark_of(p, inner, ikey, names, own_area, depth + 1)


def _area_of_a_feature(inner: str, ikey: str, rest: str, names: _NameIndex) -> bool:
    """Is the longer place a scenic area or quarter named after a hill, lake, bay or other named place
    that is no division nor town (location.txt `feature_area`: "某某岭景区", "某某湾片区", "某某古镇旅游区"),
    which lies there: works named after the area are on that place too (ANNOTATION rule 8), unlike a
    town named after its river (阿蓬江镇)?"""
    return rest in lexicons.roles("location.txt").get("feature_area", ()) and not (
        inner in names.divisions or inner in lexicons.divisions_by_name() or ikey in names.town_keys)


def _part_of_a_feature(inner: str, rest: str, names: _NameIndex) -> bool:
    """Is a place named `inner` + `rest` the wetland, reserve or water source of a feature that is no
    division (location.txt `own_part`: "某某湖湿地", "某某山自然保护区"), which lies on that feature? Not
    after a division's name, which a wetland may share without being in it (a wetland called like a
    city elsewhere)."""
    return rest in lexicons.roles("location.txt").get("own_part", ()) \
        and inner not in names.divisions and inner not in lexicons.divisions_by_name()


def _divisions_zone(inner: str, rest: str, names: _NameIndex) -> bool:
    """Is a place named `inner` + `rest` a division's or town's own zone, its name and a zone's kind
    of rel_division_zone_heads.txt ("昆山开发区", "花桥经济开发区", "某某镇"'s "某某工业园区"), which lies in it?"""
    return (inner in names.divisions or inner in names.towns) and rest in lexicons.word_set("rel_division_zone_heads.txt")


def _opens_service_brand(name: str, place: tuple[int, str, str], places: list[tuple[int, str, str]]) -> bool:
    """Is `place`, opening the name, a company's trade name before its service brand's word
    (rel_brand_service_words.txt): before the place its works lies in ("阿里云两江数据中心": 阿里 of 阿里云,
    no 阿里地区), or before what the brand runs ("阿里云全国产芯片万卡绿算集群")? Not where a place found
    starts at the word ("某某云南…"), nor before 计算 (云计算, the technology: "某地云计算中心" lies there)."""
    a, n, _ = place
    if a != 0:
        return False
    word = next((w for w in lexicons.words("rel_brand_service_words.txt") if name.startswith(w, len(n))), None)
    if word is None:
        return False
    after = len(n) + len(word)
    return any(x[0] == after for x in places) or not (
        any(x[0] == len(n) for x in places) or name.startswith(_SERVICE_TECHNOLOGY, after))


_SERVICE_TECHNOLOGY = "计算"  # 云计算: the technology, no brand's service


def _route_ends(name: str, places: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The places of a route's name without one found inside the unknown name of an end ("嫩江至
    多宝山公路": 宝山 inside 多宝山, which names another place): an end starts right after its mark
    (ROUTE_MARKS), so a place starting one or two characters after it, where none starts at it,
    is part of a longer name. A mark's character inside a place's name is no mark ("周至至乾县": the 至 of
    周至 opens no end, so 乾县 after the route's own 至 is one)."""
    starts = {a for a, _, _ in places}
    marks = [k for k, ch in enumerate(name) if ch in ROUTE_MARKS and not any(a <= k < a + len(n) for a, n, _ in places)]
    def inside_end(a: int) -> bool:
        return any(k + 1 < a <= k + 1 + RELATIONS.route_end_skip and k + 1 not in starts for k in marks)
    return [x for x in places if not inside_end(x[0]) and not _opens_longer_end(name, x, marks)]


def _opens_longer_end(name: str, place: tuple[int, str, str], marks: list[int]) -> bool:
    """Does `place` only open a route's last end, whose name runs on one character to the section's
    word (location.txt `end_close`, 段: "大安镇至平安城段": 平安 opens 平安城, another place)? Not where
    that character is a division's suffix (location.txt `suffix`: "秀山县段" is 秀山's), nor before a
    route mark, where the end may be a landmark named after the place ("官坝公园至马石角": at 官坝)."""
    a, n, _ = place
    b = a + len(n)
    if a - 1 not in marks or b + 1 >= len(name):
        return False
    loc = lexicons.roles("location.txt")
    return (name.startswith(tuple(loc.get("end_close", ())), b + 1) and name[b] not in ROUTE_MARKS
            and name[b] not in loc.get("suffix", ()))



DASHES = ("—", "-", "－")  # the dash joining two partners into a joint venture's name

# the source of a company that names alone a listed works after its division ("东营富海": extract.organizations)
_LISTED_ALONE = "works_company_listed_alone"


def _organizations_named(p: _Item, orgs_in: list[tuple[int, str, str]], names: _NameIndex,
                         alone: frozenset[str] = frozenset()):
    """participatesIn of the organizations named inside the project's name (`orgs_in`: offset,
    name, key), and of the group a subsidiary's name holds; not of a name made of industry and trade
    words alone (kg.extract.organizations.names_a_sector: "生物制药化工" read as a body in
    "生物制药化工产业园"), which names the works' sector, not a company taking part; unless a place
    stands right before it, the place then the company's trade ("宁德新能源科技四期": a registered
    name's place and industry, as "抚顺石化"). A company in `alone` (keys) names a listed works
    alone after its division ("吕梁杭氧"): its plant there, no establishment built whole."""
    name = p.mention.text
    after_place = {a + len(n) for a, n, _ in names.inside(PLACE, name)}
    branch_heads = tuple(lexicons.words("org_branch_heads.txt"))
    institutions = tuple(lexicons.words("rel_institution_heads.txt"))
    branches = [(a, a + len(n)) for a, n, _ in orgs_in if n.endswith(branch_heads)]
    for a, n, key in orgs_in:
        if names_a_sector(n) and a not in after_place or _sector_zone(name, a, n, names):
            continue  # "生物制药化工产业园": a park named after its industries, no company's works
        if _served_by_works(name, a + len(n)):
            continue  # "恒大和启迪科技城配套学校": the works serve the company's, it does not build them
        if _street_named_after(name[a + len(n):], n):
            continue  # "某尔路改造工程": the works are on a street named with the word, no company's
        if _venue_own_name(name[a + len(n):], n, names):
            continue  # "澄江购物广场", "某某百货改造工程": the venue's own trade name, no builder of it
        if name[a + len(n):a + len(n) + 1] in DASHES and a + len(n) + 1 < len(name):
            continue  # "一汽—大众CSP平台新车型项目": the partners a dash joins name the joint venture that takes part
        if _affiliate_after(name, a + len(n)) and not _affiliated_school(name, a + len(n), names):
            continue  # "某某大学附属第一医院东院": the affiliated hospital's own works, not its university's
        if any(ba <= a and a + len(n) <= bb and bb - ba > len(n) for ba, bb in branches):
            continue  # "某某集团某市分公司年产…项目": the branch builds, not the group that its name holds
        if not _short_body(n) and (key in alone or _company_at_its_site(name, a, n, names)
                                   or not _built_whole(name, a, n, n in names.trade_forms)):  # "中央桥" is no work of 中央
            if not _institute_built(name, a, n) and not _groups_plant_works(name, a, n, key, names):
                yield Found("participatesIn", key, p.key, p.mention, "name")
            # and the group a subsidiary's name holds ("通威太阳能光伏产业基地": 通威太阳能, and 通威);
            # not the parents whose names make up a joint venture's whole name (一汽丰田: 一汽, 丰田)
            parents = names.inside(ORG, n, other_than=key)
            if n.endswith(branch_heads + institutions):
                # a branch's works are the branch's, not its parent's (ANNOTATION names the branch); a
                # university's hospital builds its own campus ("某某大学附属第二医院某院区"), not the university
                # (the u34/u35 gold: 中南大学湘雅医院 takes part, 中南大学 does not); but the parent that
                # opens the name of its school or branch in another place runs it (_runs_its_branch)
                yield from (Found("participatesIn", ikey, p.key, p.mention, "name")
                            for at, inner, ikey in parents if _runs_its_branch(name, a + at, inner, names))
                continue
            if not _parents_build_its_works(n):
                parents = _own_short_forms(n, parents)
            if "".join(inner for _, inner, _ in parents) == n or _joint_venture_of(n, parents):
                continue
            for at, inner, ikey in parents:
                if not _short_body(inner) and not _affiliate_after(name, a + at + len(inner)):
                    yield Found("participatesIn", ikey, p.key, p.mention, "name")


def _parents_build_its_works(org: str) -> bool:
    """Do the group or university whose names the organization's name `org` holds take part in its
    works? Where `org` is a site, plant or centre the parent named after itself (rel_company_site_heads.txt,
    org_site_plant_heads.txt: "某唐某山电厂二期" → 某唐, "某汽丰田华东研发中心项目" → 某汽丰田) or an
    institute it set up (org_co_built_heads.txt: "某某大学某市研究院二期" → the university): the parent
    builds those as its own. Not a registered company or an academy's institute (rel_subsidiary_heads.txt:
    "华能洛阳热电有限公司供热管网扩建": not 华能; the u42 gold), nor a company's short form or a group
    ("某威太阳能高效电池二期": 某威太阳能, not 某威; "某润电力某州风电项目": not 某润; none of the eleven
    pools' golds u49–u59 links such a group: 41 false links on int48): those build their own works; only
    the company itself, named without its legal form ("麦福劳公司": 麦福劳), takes part."""
    if org.endswith(tuple(lexicons.words("rel_subsidiary_heads.txt"))):
        return False
    sites = lexicons.words("rel_company_site_heads.txt") + lexicons.words("org_site_plant_heads.txt")
    return org.endswith(tuple(sites) + _institute_heads())


def _sector_zone(name: str, at: int, org: str, names: _NameIndex) -> bool:
    """Is the organization `org` (at `at` in the works' name) a place and an industry's words, or those
    words alone, right before the head of a base, park or new town (rel_sector_zone_heads.txt: "某某石化
    基地", "某某能源化工基地", "某某新区石化产业园")? Then the works are that industry's zone at that place,
    no company's: the name read as a company takes no part."""
    if not name.startswith(tuple(lexicons.words("rel_sector_zone_heads.txt")), at + len(org)):
        return False
    place = next((n for x, n, _ in names.inside(PLACE, org) if x == 0), "")
    return len(org) > len(place) and names_a_sector(org[len(place):])


def _groups_plant_works(name: str, at: int, plant: str, key: str, names: _NameIndex) -> bool:
    """Is `plant` (at `at` in the works' name) a group's plant named by the group, then its site, then
    the plant's head ("某唐某山热电厂", "某润电力某州热电厂": a company or trade name opening it, or a place
    inside it after its first characters; org_site_plant_heads.txt), and the works after it not its
    generating unit (participation.txt `plant_unit`: "…电厂第二台机组")? A phase, an expansion or an
    outgoing line of such a plant ("…电厂二期", "…热电厂扩建", "…电厂外送通道工程") is the group's
    investment, which the group takes part in (the power groups build their new units as their own
    projects), not the plant; a plant named by its place alone ("某市电厂三期") is the body renewing itself."""
    if not plant.endswith(tuple(lexicons.words("org_site_plant_heads.txt"))):
        return False
    if any(w in name[at + len(plant):] for w in lexicons.roles("participation.txt").get("plant_unit", ())):
        return False
    return any(x == 0 for x, _, _ in names.inside(ORG, plant, other_than=key)) \
        or any(x > 0 for x, _, _ in names.inside(PLACE, plant))


def _affiliate_after(name: str, end: int) -> bool:
    """Does an affiliation word (participation.txt `affiliate`: 附属) follow the name inside the works'
    name that ends at `end` ("某某大学附属第一医院", "某某医学院附属某某医学中心")? Then the works are those
    of the affiliated institution, which runs itself; the body it is affiliated to takes no part (the
    u44 and u46 gold: not the university of 附属第一医院, 附属翔安医院)."""
    return name.startswith(tuple(lexicons.roles("participation.txt").get("affiliate", ())), end)


def _affiliated_school(name: str, end: int, names: _NameIndex) -> bool:
    """Is what follows the affiliation word after the name that ends at `end` a school named with its
    place (a place right after 附属, a head of org_school_heads.txt closing it, a phase or 项目 left off,
    and no other school named before it: "某某师范大学附属某区学校", "某某师范大学附属某区实验中学二期")? A
    university founds the school affiliated to it in another place with that area (合作办学) and runs it,
    as it runs its school named with another place before 附属 (_runs_its_branch): it takes part in its
    works. Not its old affiliated school named without a place ("某某大学附属中学", "…附属外国语学校": the
    school runs itself), nor its affiliated hospital (_affiliate_after), nor a campus or school of the
    affiliated school ("某某大学附属中学某区校区", "某某大学附属中学某湖中学": that school builds those)."""
    word = next(w for w in lexicons.roles("participation.txt").get("affiliate", ()) if name.startswith(w, end))
    if not any(a == end + len(word) for a, _, _ in names.inside(PLACE, name)):
        return False
    school = _without_phase(name[end + len(word):])
    school = next((school[:-len(w)] for w in WORKS_HEADS if school.endswith(w)), school)
    heads = lexicons.words("org_school_heads.txt")  # longest first
    head = next((h for h in heads if school.endswith(h)), None)
    return head is not None and not any(h in school[:-len(head)] for h in heads)


def _runs_its_branch(name: str, at: int, parent: str, names: _NameIndex) -> bool:
    """Does the organization `parent`, at `at` in the works' name, open the name of its own school,
    institute or branch in another place, the place right after it ("北京师范大学三亚附属学校二期",
    "某某职业技术学院绵竹分院", "某某医学中心海南医院")? The genre's way of naming what a university or a
    hospital co-builds and runs away from home (合作办学): the parent takes part; not its hospital named
    without a place after it ("某某大学附属第一医院东院": the hospital's own campus)."""
    end = at + len(parent)
    return not _short_body(parent) and any(a == end for a, _, _ in names.inside(PLACE, name))


def _own_short_forms(name: str, parents: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Those of `parents`, the names inside a company's `name`, that are the company itself named
    without its legal form ("麦福劳公司": 麦福劳), not a group or academy it belongs to."""
    forms = lexicons.word_set("org_legal_forms.txt")
    return [x for x in parents if x[0] == 0 and name[len(x[1]):] in forms]


def _venue_own_name(rest: str, n: str, names: _NameIndex) -> bool:
    """Does the trade name `n` open the name of a local mall or department store (participation.txt
    `venue`: "澄江购物广场", "某某百货改造工程"; not a market's or a hotel's), `rest` being what follows
    it, with no other item after it? Then it is that venue's own name, not a company building it, unless
    it is a known company or hotel chain (companies.txt, org_hotel_brands.txt), the trade name of a
    company the report names with its legal form, or a company's name by its form (集团, 酒业)."""
    part = lexicons.roles("participation.txt")
    if any(c in _LIST_JOINERS for c in rest):
        return False
    rest = without_trailing(rest, part.get("venue_works", ()))  # longest first
    if not rest.endswith(tuple(part.get("venue", ()))):
        return False
    return not _known_company(n, names)


def _known_company(n: str, names: _NameIndex) -> bool:
    """Is `n` a known company or chain (companies.txt, companies_opening_works.txt, org_hotel_brands.txt),
    the trade name of a company the report names with its legal form, or a company's name by its form
    or trade (集团, 公司, 酒业)?"""
    known = lexicons.synonyms("companies.txt")
    return (n in known or n in lexicons.word_set("org_hotel_brands.txt") or n in lexicons.word_set("companies_opening_works.txt")
            or n in names.trade_forms or n.endswith(_company_forms()))


@functools.cache
def _company_forms() -> tuple[str, ...]:
    """The legal forms and trades that close a company's name (org_legal_forms.txt, org_suffixes.txt,
    company trades)."""
    return tuple(lexicons.word_set("org_legal_forms.txt") | lexicons.word_set("org_suffixes.txt")) + company_trade_ends()


def _served_by_works(name: str, end: int) -> bool:
    """Does the works' name go on, after a name inside it that ends at `end`, to the word of facilities
    that support it (participation.txt `served`: "…配套学校"), in the same item of the name, or in the
    next after a list word ("恒大和启迪科技城配套学校": 恒大, 和, 启迪科技城, then 配套)? Then the works
    serve what that item names; not where an industrial works' head follows 配套 (`supplied`: "惠科光电配套
    产业园", "某某基地配套项目"): those are the company's supply chain, its own investment works."""
    rest = name[end:].lstrip(_LIST_JOINERS)
    part = lexicons.roles("participation.txt")
    served = next(((k, w) for k, w in sorted((rest.find(w), w) for w in part.get("served", ())) if k >= 0), None)
    if served is None or any(c in _LIST_JOINERS for c in rest[:served[0]]):
        return False
    # "惠科光电配套产业园", "宁德时代湖南基地配套项目": the company's own supply chain, which it brings in
    return not rest.startswith(part.get("supplied", ()), served[0] + len(served[1]))


def _joint_venture_of(name: str, parents: list[tuple[int, str, str]]) -> bool:
    """Is `name` a joint venture's, one parent found (`parents`) and the rest of it a known company's
    short name (companies.txt) the report names nowhere alone ("东风本田": 东风, then 本田)?"""
    if len(parents) != 1:
        return False
    a, inner, _ = parents[0]
    rest = name[len(inner):] if a == 0 else name[:a] if a + len(inner) == len(name) else ""
    return rest in lexicons.synonyms("companies.txt")


# after an institution's name: it is being set up ("福耀科技大学(筹)"), so the works are the institution itself
_IN_PREPARATION = "(筹)"


def _built_whole(name: str, at: int, org: str, company: bool = False) -> bool:
    """Does the organization's name close the works' name after other words, a trailing 项目 or 工程
    left off ("煤仓改建博物馆项目", "南光集团商业综合体及双语学校项目", "山阳隆元基曼斯")? Then the works
    are the institution or establishment itself, built (ANNOTATION rule 2), not works it takes part in;
    an organization opening the name does ("区医院120急救中心", "华润雪花啤酒迁建")."""
    stem = next((name[:-len(w)] for w in WORKS_HEADS if name.endswith(w)), name)
    if stem.endswith(_IN_PREPARATION) and at + len(org) == len(stem) - len(_IN_PREPARATION):
        return True  # "福耀科技大学(筹)项目": the university being set up is built, wherever its name stands
    if name.endswith("项目") and (company or org.endswith(_company_ends())):
        return False  # "南平泰盛纸业项目": a company's name and 项目 are its investment works, not the company built;
        # so is a company's trade name ("城北园区湖南康泰源项目": `company`)
    return at > 0 and at + len(org) == len(stem)


def _company_at_its_site(name: str, at: int, org: str, names: _NameIndex) -> bool:
    """Is the works' name a place (a division's name) and then a company's short name that ends in its trade (company
    trades, org_company_trades.txt and org_field_trades.txt: "某州某康机器人", "某州某金锂业"), nothing after?
    The genre lists a company's plant by its site and its company, as "吕梁杭氧" (_LISTED_ALONE): the
    company takes part in its plant there, no institution built whole (ANNOTATION rule 2)."""
    return at > 0 and at + len(org) == len(name) and org.endswith(_company_trade_ends()) \
        and (name[:at] in lexicons.divisions_by_name() or any(a == 0 and len(n) == at for a, n, _ in names.inside(PLACE, name)))


@functools.cache
def _company_trade_ends() -> tuple[str, ...]:
    """The trades that end a company's short name (org_company_trades.txt, org_field_trades.txt)."""
    return tuple(lexicons.words("org_company_trades.txt")) + tuple(lexicons.words("org_field_trades.txt"))


def _institute_built(name: str, at: int, org: str) -> bool:
    """Is the works' name an institute's whole name and a trailing 项目 or 工程 ("某市食品研究院项目",
    an institute's head of org_co_built_heads.txt)? Then the works are the institute set up (ANNOTATION
    rule 2), which takes part in no works of its own; the company its name holds does ("某堂医学营养
    实验室项目": 某堂)."""
    return at == 0 and name != org and name.endswith(WORKS_HEADS) and name[:-2] == org \
        and org.endswith(_institute_heads())


@functools.cache
def _institute_heads() -> tuple[str, ...]:
    """The heads of an institute that is set up as works (org_co_built_heads.txt: 研究院, 实验室…)."""
    return tuple(lexicons.words("org_co_built_heads.txt"))


@functools.cache
def _company_ends() -> tuple[str, ...]:
    """The words that end a company's name: its kind (公司, 集团: rel_company_heads.txt) or its trade
    (纸业, 科技: org_company_trades.txt), never an institution's (医院, 博物馆, 学校)."""
    return tuple(lexicons.words("rel_company_heads.txt")) + tuple(lexicons.words("org_company_trades.txt"))


def _short_body(name: str) -> bool:
    """Is `name` a standard body's short form ("中央", "省委"), which inside a works' name is a word of
    it ("中央桥", "中央大街"), not the body at work? A longer body's name is the body's own
    ("中科院微电子产业园", "国税局综合楼")."""
    return len(name) < NAMED_PARTY.min_body_name and name in lexicons.org_bodies()


def _named_after(place: tuple[int, str, str], orgs_in: list[tuple[int, str, str]], names: _NameIndex,
                 own_area: str | None) -> bool:
    """Does the project's name hold `place` only inside an organization's name (`orgs_in`: those
    inside the project's name), as where the
    company comes from, not where the work is? A company's name gives where it comes from
    ("冀东物贸集团年产3000辆专用车项目", "呼伦贝尔中心城汽车公司调度中心"), unless it is the report's own
    area, whose companies carry its name ("黔江卷烟厂易地技改" is in 黔江), or a division of it that opens the
    company's name ("伊川电力集团高精铝板带箔项目" in 洛阳's report); so does another body's, a
    trade name's ("香港某德商贸城项目"), outside the report's own area and the places in it. A school's or
    hospital's works are where its name's place is, whatever the report's area (rel_institution_heads.txt:
    "四川文理学院新校区一期" in a city of 四川, "哈克卫生院扩建" in 哈克镇): ANNOTATION rule 8, a place inside
    a project's name is linked."""
    a, n, key = place
    b = a + len(n)
    heads = lexicons.words("rel_company_heads.txt")
    institutions = tuple(lexicons.words("rel_institution_heads.txt"))
    branch_heads = lexicons.word_set("org_branch_heads.txt")
    home = names.home
    for x, org, _ in orgs_in:
        if x <= a and b <= x + len(org) and org != n:
            if org[b - x:] in branch_heads or x < a and org[b - x:] in lexicons.word_set("rel_company_site_heads.txt"):
                continue  # "某某天津区域总部": the branch's site, where its works are (org_branch_heads.txt);
                # "大唐托克托电厂": a trade name, a place, a plant: the plant's site (rel_company_site_heads.txt)
            if x < a and org[:a - x].endswith(institutions):
                continue  # "某某大学杭州国际科创中心", "某某大学营口研究院": after the university's name, the
                # place of its branch, where the branch is (as "…大学盘锦校区": `_home_of_a_site_elsewhere`)
            if x == a and key in home and n in names.divisions:
                continue  # a company named first by a division of the report's area is that division's
                # ("伊川电力集团高精铝板带箔项目" in 洛阳's report: in 伊川县), as the area's own are
            if key != own_area and not org.endswith(institutions) and (org.endswith(heads) or key not in home):
                return True
        # a foreign country right before the company: where the investor comes from ("引进荷兰
        # 阿尔法环保设备项目"), as inside the company's name ("新加坡海源集团智能水产加工")
        if x == b and n in lexicons.foreign_countries():
            return True
    return False


def _opens_registered_name(name: str, place: tuple[int, str, str], places: list[tuple[int, str, str]],
                           names: _NameIndex) -> bool:
    """Does the province-level division `place` open a company's registered name inside the works'
    name, province + trade name + industry (企业名称登记管理规定: 行政区划 + 字号 + 行业: "广东瑞澄新能源…",
    "江苏某康生物科技产业园")? Then it is where the company is registered, a part of the company's
    name, not where the works are (ANNOTATION rule 8 counts the names inside a project's name, not
    the parts of a name), even in the province's own report ("阳江广东某青金属…" is in 阳江). A city's
    or county's name there is most often a local company's at home ("大同某纯半导体…" in 大同, "南平某盛纸业"),
    so it is left a link. The trade name and industry: kg.text.company_names.registered_trade_name_at."""
    a, n, key = place
    b = a + len(n)
    if key not in names.provinces or any(x == b for x, _, _ in places):
        return False  # a place right after it ("广西北海…"): the province names the city's
    # (or the company's place and trade name are the works' whole name: "赛纬电子、安徽佑顺等新签约项目")
    return registered_trade_name_at(name, b, RELATIONS.registered_trade_name, names.by_type[PLACE]) \
        or a == 0 and trade_name_closing(name, b, RELATIONS.registered_trade_name, names.by_type[PLACE])


@functools.lru_cache(maxsize=1)
def _gateway_heads() -> tuple[str, ...]:
    """The heads of a city's gateways (东出口, 西入口): a place named by a direction only."""
    return lexicons.words_of_kind("place_street_heads.txt", "direction")


def _named_items(name: str, places: list[tuple[int, str, str]], divisions: frozenset[str] = frozenset()) -> set[tuple[int, int]]:
    """The items of a list of works named at once that are each a place's whole name ("燕都古城、
    云蒙山小镇": the list names the places themselves, which it is not in), as spans of `name`;
    none where the last item is works sharing a head ("友联、友好整村搬迁工程" is in 友联), nor where
    divisions named bare share the head of the last item, a division's name and a facility's head
    ("天水、夏河机场": the airports of 天水 and of 夏河, found also as the place 夏河机场)."""
    if "、" not in name:
        return set()
    bounds, start = [], 0
    for part in name.split("、"):
        bounds.append((start, start + len(part)))
        start += len(part) + 1
    whole = {(a, a + len(n)) for a, n, _ in places}
    if bounds[-1] not in whole or _shares_a_designation(name, bounds):
        return set()
    last_a, last_b = bounds[-1]
    opens_last = any(a == last_a and a + len(n) < last_b and n in divisions for a, n, _ in places)
    if opens_last and all(name[a:b] in divisions for a, b in bounds[:-1]):
        return set()
    return set(bounds)


def _shares_a_designation(name: str, bounds: list[tuple[int, int]]) -> bool:
    """Does the last item of a list named at once end with a designation given to a named area
    (rel_listed_designation_heads.txt) that no earlier item carries ("祁连山、青海湖国家公园",
    "昆仑山、坎布拉世界地质公园")? Each earlier item shares that head (祁连山国家公园), so a place
    it names is where that park is, not a place the list names as itself (`_named_items`)."""
    last_a, last_b = bounds[-1]
    head = next((h for h in lexicons.words("rel_listed_designation_heads.txt")
                 if name.endswith(h, last_a, last_b) and last_b - last_a > len(h)), None)
    return head is not None and not any(head in name[a:b] for a, b in bounds[:-1])


def _cue_relations(items: list[_Item], projects_at: dict):
    """participatesIn by the cue words of an organization's clause, as extraction set them on its
    mention (`participates_in`: the spans of the projects; kg.extract.attributes)."""
    # a park found both as works and as the place of other works ("在X工业园区建设P,由Y投资建设"):
    # the site of the works, not what the builder builds (ANNOTATION rule 3: located → Place)
    sites = {i.mention.span for i in items if i.type == PLACE and i.mention.attrs.get("locates")}
    for o in items:
        for span in o.mention.attrs.get("participates_in", ()) if o.type == ORG else ():
            # a cue may name a works that resolution dropped (a bare kind such as 高速公路): no link then
            if span in projects_at and span not in sites:
                yield Found("participatesIn", o.key, projects_at[span].key, o.mention, "cue")
