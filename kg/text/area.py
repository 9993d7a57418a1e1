"""The report's own area, resolved once per document: its division in the divisions table, its
province, the towns under it and the division names it spells (stored on `Document.own`)."""
from __future__ import annotations

import collections
import functools
import marshal
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg import lexicons
from kg.config import NAMED_PLACES, OWN_AREA
from kg.model import NO_AREA, Document, OwnArea
from kg.text.lookup import WordTrie
from kg.text.names import CJK_CHARS, NATURAL_SUFFIXES, split_area
from kg.text.segment import tokenizer


def resolve_own_area(doc: Document) -> OwnArea:
    """The report's own area ("重庆市黔江区": 黔江区, province 50, its towns), or NO_AREA."""
    if not doc.area:
        province = _inferred_province(doc.source.text)
        if not province:
            return NO_AREA
        division = _inferred_prefecture(doc.source.text, province)
        if division is None:
            # a province's report cut from its title is that province's, named as a title would name it
            whole = _self_named_province(doc.source.text, province)
            return OwnArea(None, province, {}, ()) if whole is None else \
                OwnArea(whole, province, towns_of(whole.code, whole.level), (whole.name,))
        return OwnArea(division, province, towns_of(division.code, division.level), ())
    names, held = _with_holding_city(doc.title, tuple(split_area(doc.area)))
    named = _homonym_whose_holders_are_named(names[-1], doc.source.text) if not held and len(names) == 1 else None
    division = held or named or (lexicons.find_division(names[-1], None) if names else None)
    if division is None and names:
        # a title that names the area by a county's short form ("在科左中旗第十六届人民代表大会"):
        # the county of that name in the province the report's places belong to
        division = (lexicons.find_division(names[-1], _inferred_province(doc.source.text))
                    or _only_division_named(names[-1]))
    province = named.code[:2] if named is not None else next(
        (d.code[:2] for d in (lexicons.find_division(n, None) for n in names) if d is not None),
        division.code[:2] if division is not None else None)
    towns = towns_of(division.code, division.level) if division is not None else {}
    return OwnArea(division, province, towns, names)


def _with_holding_city(title: str, names: tuple[str, ...]) -> tuple[tuple[str, ...], lexicons.Division | None]:
    """The area's names with the city that holds it where the title spells both and the area was
    read elsewhere ("在泰州市海陵区第十七届" broken over lines, the area read from "我代表海陵区人民政府"),
    and that county: of the homonyms ("鼓楼区" of 南京, 徐州, 福州, 开封), the one whose city the title
    names; None when the title names none."""
    divisions = lexicons.divisions()
    if len(names) > 1:
        # the area written with the divisions above it ("福州市鼓楼区"): of the homonyms ("鼓楼区" of
        # 福州, 南京, 徐州 and 开封), the one whose city or province the name spells; None when no homonym's does
        above = set(names[:-1])
        return names, next((d for d in lexicons.divisions_by_name().get(names[-1], ())
                            if d.name == names[-1] and _holders(d, divisions) & above), None)
    if len(names) != 1:
        return names, None
    for d in lexicons.divisions_by_name().get(names[0], ()):
        parent = divisions.get(d.parent) if d.level == "county" and d.name == names[0] else None
        if parent is not None and parent.level == "prefecture" and parent.name + names[0] in title:
            return (parent.name,) + names, d
    return names, None


def _holders(division: lexicons.Division, divisions: dict) -> set[str]:
    """The names of the divisions that hold this one (its city and its province), full and short."""
    out: set[str] = set()
    parent = divisions.get(division.parent)
    while parent is not None:
        out.update((parent.name, parent.short))
        parent = divisions.get(parent.parent)
    return out


def _homonym_whose_holders_are_named(name: str, text: str) -> lexicons.Division | None:
    """Of the divisions that share a full name ("鼓楼区" of 福州, 南京, 徐州 and 开封), the one whose city and
    province the report names most often ("福州" many times, the others never); None when the name is one division's,
    or no homonym's holders are named more than another's."""
    divisions = lexicons.divisions()
    homonyms = [d for d in lexicons.divisions_by_name().get(name, ()) if d.name == name]
    if len(homonyms) < 2:
        return None
    named = sorted(((sum(text.count(h) for h in _holders(d, divisions) if len(h) > 1), d.code, d) for d in homonyms),
                   key=lambda x: (-x[0], x[1]))
    return named[0][2] if named[0][0] > named[1][0] else None


def _only_division_named(name: str) -> lexicons.Division | None:
    """The one division in the country a short form of three characters or more names ("科右前旗"),
    or None when it is shorter or several share it."""
    candidates = lexicons.divisions_by_name().get(name, ())
    return candidates[0] if len(name) >= 3 and len(candidates) == 1 else None


# an ethnic township's name without its peoples ("化作苗族彝族乡" is written 化作乡)
_ETHNIC_TOWNSHIP = re.compile(rf"^([{CJK_CHARS}]{{2,4}}?)(?:[{CJK_CHARS}]{{1,3}}族)+(乡|镇)$")


def without_peoples(town: str) -> str:
    """An ethnic township's name without its peoples ("化作苗族彝族乡" → 化作乡), "" for other names."""
    m = _ETHNIC_TOWNSHIP.match(town) if "族" in town else None  # (every match holds 族)
    return m.group(1) + m.group(2) if m else ""


@dataclass(frozen=True)
class TownNames:
    """Every town, township and sub-district of the country by full name (JioNLP's table), with
    ethnic townships also without their peoples; not those named by a kind ("中心镇", "小城镇").
    Asked name by name (`name in towns`): a name of the table is judged when first asked, not all
    ~45,000 of them at every start (that cost ~40 ms; a report asks about a few hundred)."""

    names: frozenset[str]  # the table's names and the ethnic townships' names without peoples
    kinds: frozenset[str]
    judged: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)  # an explicit cache

    def __contains__(self, name: object) -> bool:
        known = self.judged.get(name)  # type: ignore[call-overload]
        if known is None:
            short = lexicons.town_short(name) if name in self.names else ""  # type: ignore[arg-type]
            known = self.judged[name] = bool(short) and short not in self.kinds and name not in self.kinds
        return known


@functools.lru_cache(maxsize=1)
def national_towns() -> TownNames:
    """The towns of the national table by full name; see `TownNames`."""
    kinds = lexicons.word_set("place_compound_kinds.txt") | lexicons.word_set("place_town_not_names.txt")
    names: set[str] = set()
    for code in lexicons.divisions():
        towns = lexicons.towns(code)
        names.update(towns)
        names.update(plain for town in towns if (plain := without_peoples(town)))
    return TownNames(frozenset(names), frozenset(kinds))


@functools.lru_cache(maxsize=1)
def _province_names() -> tuple[WordTrie, dict[str, str]]:
    """Names that stand for one province only (`names_of_one_province`), each with its province,
    and a trie of them: ~40,000 names in a regex alternation cost 0.4 s to compile and 0.4 s to
    scan a report. The names are read from the user's cache (beside the tokenizer's dictionary):
    building them costs ~0.1 s, which every process whose report names no area paid."""
    names = _cached_province_names()
    return WordTrie(names), names


def _cached_province_names() -> dict[str, str]:
    """`names_of_one_province()`, kept in the user's cache in a file named by what they are made
    from: a digest of every file of the lexicons and of this module, by name and content (as the
    villages' index is named); the newest three kept. Built again when the file is missing or
    unreadable, and without the cache where it cannot be written."""
    from kg.files import files_digest, write_atomic
    from kg.text.segment import KEPT_DICTIONARIES, cache_dir, prune_dictionaries

    sources = [(f"lexicons/{p.name}", p) for p in sorted(lexicons.HERE.iterdir()) if p.is_file()]
    try:
        digest = files_digest([*sources, ("text/area.py", Path(__file__))])
        path = cache_dir() / f"province-names-{digest}.marshal"
        try:
            names = marshal.loads(path.read_bytes())
            if isinstance(names, dict):
                return names
        except (OSError, EOFError, ValueError, TypeError):
            pass
        names = names_of_one_province()
        write_atomic(path, marshal.dumps(names))
        prune_dictionaries(path.parent, KEPT_DICTIONARIES, "province-names-*.marshal")
        return names
    except OSError:
        return names_of_one_province()


def names_of_one_province() -> dict[str, str]:
    """Names that stand for one province only, each with its province's code: provinces and
    prefectures by full or short name, towns by full name (a report that names no area still
    names its own places)."""
    by_name: dict[str, set[str]] = collections.defaultdict(set)
    for name, divisions in lexicons.divisions_by_name().items():
        if len(name) >= 2 and all(d.level in ("province", "prefecture") for d in divisions):
            by_name[name].update(d.code[:2] for d in divisions)
    towns = national_towns()
    for county in lexicons.divisions():
        for town in lexicons.towns(county):
            if town.endswith(("镇", "乡")) and town in towns:  # the cheap test first
                by_name[town].add(county[:2])
    return {n: next(iter(codes)) for n, codes in by_name.items() if len(codes) == 1}


def _inferred_province(text: str) -> str | None:
    """The province a report that names no area is about: the one most of its places belong to,
    with at least `province_min_names` names and twice as many as any other (a State Council report
    names many provinces and gets none)."""
    pattern, names = _province_names()
    counts = collections.Counter(names[m.group()] for m in pattern.finditer(text)).most_common(2)
    if not counts or counts[0][1] < NAMED_PLACES.province_min_names:
        return None
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return counts[0][0]


def _inferred_prefecture(text: str, province: str) -> lexicons.Division | None:
    """The city a report that names no area in its title is about (an excerpt of a city's report):
    it speaks of itself as 我市 and names one prefecture of its province far more than any other,
    by full or short name (`OWN_AREA.prefecture_min_names` times and twice the next)."""
    if "我市" not in text:
        return None
    counts: collections.Counter[str] = collections.Counter()
    # a short form that is also a province's name counts the province too (吉林 of 吉林市 in 吉林省)
    provinces = {n for d in lexicons.divisions().values() if d.level == "province" for n in (d.name, d.short)}
    for d in lexicons.divisions().values():
        if d.level == "prefecture" and d.code[:2] == province:
            short = d.short if d.short and d.short not in provinces else None
            counts[d.code] = sum(text.count(n) for n in {d.name, short} if n and len(n) >= 2) - (
                text.count(d.name) if short and short in d.name else 0)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < OWN_AREA.prefecture_min_names:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return lexicons.divisions()[ranked[0][0]]


def _self_named_province(text: str, province: str) -> lexicons.Division | None:
    """The province a report that names no area in its title is about, where it speaks of itself as a
    province (a province's report cut from its title: "政府工作报告" then "全省地区生产总值…"): its scope
    words (text_own_scope_words.tsv: 全省, 我省; 全区, 我区 for an autonomous region) outnumber a city's
    (全市, 我市). The province is the one most of its places belong to (`_inferred_province`)."""
    division = next((d for d in lexicons.divisions().values() if d.level == "province" and d.code[:2] == province), None)
    if division is None:
        return None
    words = lexicons.roles("text_own_scope_words.tsv")
    kind = "region" if division.name.endswith("自治区") else "province"
    own = sum(text.count(w) for w in words.get(kind, ()))
    return division if own > sum(text.count(w) for w in words.get("city", ())) else None


@functools.lru_cache(maxsize=64)
def towns_of(code: str, level: str) -> dict[str, tuple[str, str]]:
    counties = [code] if level == "county" else [
        c.code for c in lexicons.divisions().values() if c.level == "county" and
        (c.parent == code or (level == "province" and c.code[:2] == code[:2]))]
    freq = tokenizer().tokenizer.FREQ
    out: dict[str, tuple[str, str]] = {}
    town_ends = lexicons.TOWN_SUFFIXES + ("地区",)
    for county in counties:
        offices = _area_offices(lexicons.towns(county))
        # the short forms of the county's towns that are no ethnic township: a town listed both as 某某镇
        # and, renamed, as 某某羌族乡 keeps its short form 某某 for 某某镇 (only a county's report reads them)
        plain_shorts = {lexicons.town_short(t) for t in lexicons.towns(county) if not without_peoples(t)} \
            if level == "county" else set()
        for town in lexicons.towns(county):
            if not town.endswith(town_ends):
                continue  # farms, prisons, parks listed at town level ("保税区", "开发区") are no towns
            out.setdefault(town, (offices.get(town, town), county))
            if town.endswith("街道"):
                # a sub-district written with 街 alone, as Wuhan and other cities name theirs officially
                # ("郑店街和乌龙泉街" of 江夏区): its name, not a street's, in its own area's report
                out.setdefault(town[:-1], (town, county))
            plain = without_peoples(town)
            if plain:  # an ethnic township written without its peoples ("某某乡" for 某某回族乡)
                out.setdefault(plain, (town, county))
            if level != "county":
                continue  # (the short forms below are read in a county's own report only)
            # its short form is its stem, not the stem and its peoples ("某某", not 某某回族)
            short = (plain[:-1] if plain[:-1] not in plain_shorts else "") if plain else lexicons.town_short(town)
            # a short form that is a common word ("白马", "新华") would be read everywhere
            # nor one ending like a river or mountain ("阿蓬江" is the river the town is named after)
            # nor a zone's head word ("创业园" of 创业园街道: the kind of zone)
            if short and (freq.get(short) or 0) < 1000 and short[-1] not in NATURAL_SUFFIXES \
                    and not names_zone_kind(short):
                out.setdefault(short, (_county_named(short, county) or town, county))
    # "新街镇", "靖江镇": a town written as it was before it became 新街街道 (after every name of the
    # table, which wins: "石桥镇" of one county is not 石桥街道 of another)
    for town, county in [v for k, v in out.items() if k == v[0]]:
        if (freq.get(lexicons.town_short(town)) or 0) >= NAMED_PLACES.renamed_town_stem_max_freq:
            continue
        for form in town_level_forms(town):
            out.setdefault(form, (town, county))
    return out


def _area_offices(towns: tuple[str, ...]) -> dict[str, str]:
    """Beijing's area offices (地区办事处) that are one body with a town or township of their name (一套
    班子两块牌子): "某某地区" → 某某乡 (or 某某镇, 某某回族乡) where the county lists both, as the
    statistics tables and the Ministry's gazetteer name it in turn."""
    stems = {}
    for town in towns:
        if town.endswith(("镇", "乡")):
            stems.setdefault((without_peoples(town) or town)[:-1], town)
    return {town: stems[town[:-2]] for town in towns if town.endswith("地区") and town[:-2] in stems}


def names_zone_kind(short: str) -> bool:
    """A town's short form that is a zone's head word ("科技园" of 科技园街道, "创业园" of 创业园街道,
    place_zone_heads.txt): it names the kind of zone where a report writes it, not the town."""
    return short.endswith(lexicons.words("place_zone_heads.txt"))


# the levels a town moves between (撤乡设镇, 撤镇设街道): a town is written with the suffix of its old
# or new level by reports of other years than the division table's
_TOWN_LEVELS = ("镇", "乡", "街道")


def town_level_forms(town: str) -> tuple[str, ...]:
    """The town's name with the suffix of another level it had or will have ("新街街道" → 新街镇, 新街乡;
    "浦阳镇" → 浦阳乡, 浦阳街道), for a stem of two characters or more; () for other names."""
    level = next((s for s in _TOWN_LEVELS if town.endswith(s)), None)
    short = lexicons.town_short(town)
    if level is None or not short or short + level != town:
        return ()
    return tuple(short + other for other in _TOWN_LEVELS if other != level)


def _county_named(short: str, county: str) -> str | None:
    """The county's own name where the town's short form names it: "沙洋" is 沙洋县 itself in its
    report, not its seat 沙洋镇; "蔡甸" is 蔡甸区, not 蔡甸街道 (still a place, of the county)."""
    return next((d.name for d in lexicons.divisions_by_name().get(short, ()) if d.code == county), None)
