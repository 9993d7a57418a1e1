"""Stage 4 — mentions to entities and relations.

Mentions of one name become one entity; short forms become aliases of the full name (黔江 of
黔江区 by the divisions table, 烟厂 of 黔江卷烟厂 by abbreviation). Relations come from the sentence
that holds both ends. Observations keep their fields and the area they are about.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import re

from kg import lexicons
from kg.lexicons import zone_heads
from kg.config import ENTITIES
from kg.extract.organizations import university_short_form_fits
from kg.extract.projects import output_rate
from kg.model import (INDICATOR, OBSERVATION, ORG, PLACE, PROJECT, Document, Entity, Mention, Observation, Relation,
                      ReportGraph, Span, StageRecord)
from kg.resolve.not_works import drop_not_works
from kg.resolve.relations import find_relations, upgraded_site
from kg.resolve.stages import stage_records
from kg.text.company_names import product_words, trade_names
from kg.text.names import URBAN_AREAS, is_proper, scenic_area_stem
from kg.text.reading import holds_pronunciation_notes, span_as_copied, written_characters, written_span


# the mention attributes a project entity takes from its first mention that has them
PROJECT_ATTRIBUTES = ("investment", "stage")


def slug(text: str) -> str:
    """A stable, readable IRI segment: the digest of the name (names are Chinese)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:ENTITIES.slug_chars]


def place_key(name: str, near: str | None = None, towns: dict | None = None, scope: str | None = None) -> tuple[str, dict]:
    """Places named in the divisions table are keyed by their GB/T 2260 code, so the same place
    from two reports is one node; towns of the report's own area by their county's code and name;
    regions and countries by their name; other local places by the report area's code and name."""
    if towns and name in towns:
        full, county = towns[name]
        d = lexicons.divisions().get(county)
        if d is None or full != d.name:  # a town; the county's own short form ("沙洋") is the county
            return f"place/{county}/{slug(full)}", {"division": full, "level": "town", "parent_code": county}
    else:
        d = lexicons.find_division(name, near)
    if d is not None:
        attrs = {"code": d.code, "division": d.name, "level": d.level}
        if d.lon is not None:
            attrs.update(lon=d.lon, lat=d.lat)
        if d.parent:
            attrs["parent_code"] = d.parent
        return f"place/{d.code}", attrs
    if name in lexicons.named_regions() and name not in URBAN_AREAS:
        return f"place/{slug(name)}", {}  # 京津冀, 俄罗斯: one place for every report
    # a local place ("新城", a village, a river) is the one near the report's area
    return _local_place_key(name, scope), {}


def _division_named_in_full(short: str, named: set[str], province: str | None, towns: dict,
                            scope: str | None) -> tuple[str, dict] | None:
    """A division's short form that resolves to no division where the report is ("甲乙至丙丁快速通道"
    in a report whose province is not known, a county of another province) is the division the
    report names in full too ("丙丁县"), when one alone of those it may stand for is so named."""
    fulls = {d.name for d in lexicons.divisions_by_name().get(short, ()) if d.short == short and d.name != short and d.name in named}
    if len(fulls) != 1:
        return None
    key, attrs = place_key(fulls.pop(), province, towns, scope)
    return (key, attrs) if "code" in attrs else None


def _local_place_key(name: str, scope: str | None) -> str:
    return f"place/{scope}/{slug(name)}" if scope else f"place/{slug(name)}"


def build_graph(doc: Document, mentions: list[Mention]) -> ReportGraph:
    mentions = drop_not_works(mentions)  # projects that name no works (a programme, a bare kind…)
    mentions = _named_short_forms(mentions)
    mentions = _known_companies_of_their_works(mentions)
    entities: dict[str, Entity] = {}
    by_mention: dict[int, str] = {}  # id(mention) → the key of the entity it names
    own_area = list(doc.own.names)
    province = doc.own.province
    own = doc.own.division
    scope = own.code if own is not None else None
    _resolve_places(mentions, entities, by_mention, province, doc.own.towns, scope)
    _basins_to_their_waters(entities, by_mention, province, doc.own.towns, scope)
    _scenic_areas_to_their_places(entities, by_mention, province, doc.own.towns)
    _places_by_their_forms(entities, by_mention)
    for type_ in (ORG, PROJECT):
        _resolve_names(doc, mentions, type_, entities, by_mention, own)
    area_key = None
    # the report's area (the last name), and the city that holds it where the title names it too
    # ("在柳州市城中区第十六届人民代表大会")
    for name in own_area:
        area_key, attrs = place_key(name, province)
        entities.setdefault(area_key, Entity(PLACE, attrs.get("division", name), area_key, attrs=attrs))
    observations = _resolve_observations(doc, mentions, entities, by_mention, area_key)
    stage_records = _project_attributes(doc, entities)
    relations = _relations(doc, mentions, by_mention, entities, area_key)
    _names_as_written(doc, entities, observations)
    return ReportGraph(doc, entities, relations, observations, area_key, stage_records)


def _names_as_written(doc: Document, entities: dict[str, Entity], observations: list[Observation]) -> None:
    """A copy in traditional characters is read in simplified ones (kg.text.reading); its entities are
    named, and its values' units written, in the characters it writes (ANNOTATION: a name is the span
    "as written", a unit "as written": 億元), their keys unchanged; the simplified names stay as aliases,
    so a user who searches the graph in either script finds the entity (重慶旅遊投資集團, 重庆旅游投资集团)."""
    _names_as_copied(doc, entities)
    written = written_characters(doc.source)
    if not written:
        return
    table = str.maketrans(written)
    for e in entities.values():
        # a name read from one span is written as that span is; another (joined, cut) as the copy
        # writes its characters most often
        spans = {m.text: written_span(doc.source, m.start, m.end) for m in e.mentions
                 if m.end - m.start == len(m.text) and doc.source.text[m.start:m.end] == m.text}
        read = {e.name, *e.aliases}
        e.name = spans.get(e.name) or e.name.translate(table)
        e.aliases = ({spans.get(a) or a.translate(table) for a in e.aliases} | read) - {e.name}
    for ob in observations:
        ob.unit = ob.unit.translate(table)


def _names_as_copied(doc: Document, entities: dict[str, Entity]) -> None:
    """A page that wrote pronunciation notes into its characters ("奉節(jié)縣人民政府") is read without
    them (kg.text.reading); each name found in such a span is also given, as an alias, as the copy
    writes it, so the name as written (ANNOTATION) and a search of the page's text find the entity."""
    if not holds_pronunciation_notes(doc.source):
        return  # nearly every report has brackets; almost none notes (the guard spares a look at each mention)
    for e in entities.values():
        for m in e.mentions:
            copied = span_as_copied(doc.source, m.start, m.end)
            if copied and copied != e.name:
                e.aliases.add(copied)


def _resolve_places(mentions: list[Mention], entities: dict[str, Entity], by_mention: dict[int, str],
                    province: str | None, towns: dict, scope: str | None) -> None:
    """Places: division names resolve to one division (so 黔江 and 黔江区 are one place)."""
    named = {m.text for m in mentions if m.type == PLACE}
    for m in mentions:
        if m.type != PLACE:
            continue
        # a local report's own zone by its kind, with or without its level ("市高新区", "高新区")
        # a region by its short form ("雄安") is the region of its full name (雄安新区)
        full = m.attrs.get("short_of") or m.attrs.get("zone_kind", m.text)
        full = m.attrs.get("town", full)  # "靠山" before 社区卫生服务中心: the town 靠山街道 (kg.extract.places)
        full = m.attrs.get("own_name", full)  # "某州青禾新区": 青禾新区, the city's form its alias (kg.extract.attributes)
        if m.attrs.get("source") == "visit":  # "总书记来陕考察": the province 陕西省, 陕 its alias
            full = _province_of_form(full, province)
        country = m.attrs.get("source") == "partner-country"
        if country:  # "对俄合作": the country 俄罗斯, 俄 its alias
            full = _country_of_form(full)
        written = _country_as_written(full, named)  # 蒙古 and 蒙古国 in one report: one place
        country = country or written != full  # labelled by the form the report writes in full
        full = written
        if m.attrs.get("water"):
            key, attrs = f"place/{slug(full)}", {}  # "黑龙江、松花江": the river, not the province
        elif m.attrs.get("local_quarter"):
            key, attrs = _local_place_key(full, scope), {}  # "西城区" of a county, not Beijing's
        else:
            key, attrs = place_key(full, province, towns, scope)
            if "code" not in attrs and "level" not in attrs:
                key, attrs = _division_named_in_full(full, named, province, towns, scope) or (key, attrs)
        e = entities.get(key)
        if e is None:
            name = attrs.get("division", full if country else m.attrs.get("own_name") or m.attrs.get("short_of", m.text))
            e = entities[key] = Entity(PLACE, name, key, attrs=attrs)
        if m.text != e.name:
            e.aliases.add(m.text)
        if m.attrs.get("area_form") not in (None, e.name):  # "台湾地区": 台湾's alias (kg.extract.attributes)
            e.aliases.add(m.attrs["area_form"])
        e.mentions.append(m)
        by_mention[id(m)] = key


def _basins_to_their_waters(entities: dict[str, Entity], by_mention: dict[int, str], province: str | None,
                            towns: dict, scope: str | None) -> None:
    """A water's basin ("抚河流域", "长江流域") is the water, the basin its alias, as the samples' gold
    writes 长江 (alias 长江流域) and 阿蓬江 (alias 阿蓬江流域): one place with the water where the report
    names it too, else the water named by the basin's stem."""
    names = {e.name: k for k, e in entities.items() if e.type == PLACE}
    for key, basin in sorted(entities.items()):
        water = _water_of_basin(basin.name, names)
        if basin.type != PLACE or water is None:
            continue
        target = names.get(water)
        if target is None:
            target, attrs = place_key(water, province, towns, scope)
            if target in entities or "code" in attrs:
                continue  # the stem is a division's name, or another place's key: left as it is
            entities[target] = Entity(PLACE, water, target, attrs=attrs)
        _merge_place(entities, by_mention, key, target)


def _scenic_areas_to_their_places(entities: dict[str, Entity], by_mention: dict[int, str],
                                  province: str | None, towns: dict) -> None:
    """A scenic area named after a place ("某某山风景区") is that place: merged into it where the report
    names the place too (the place's name its label, the area's an alias: the samples' 神龟峡, alias
    神龟峡景区), else its alias (the samples' 芭拉胡景区, alias 芭拉胡). A stem that is a division's name
    or a town's ("某某县" as 某某景区, the town 某某镇 as 某某景区) is not the area: it keeps its own name."""
    names = {e.name: k for k, e in entities.items() if e.type == PLACE}
    for key, area in sorted(entities.items()):
        stem = scenic_area_stem(area.name) if area.type == PLACE else None
        if stem is None or stem in towns or lexicons.find_division(stem, province) is not None:
            continue
        target = names.get(stem)
        if target is None:
            area.aliases.add(stem)
            continue
        if target == key or entities[target].attrs.get("code"):
            continue
        _merge_place(entities, by_mention, key, target)


def _places_by_their_forms(entities: dict[str, Entity], by_mention: dict[int, str]) -> None:
    """A local place the report writes with and without its level ("某某镇" and "某某") or with and
    without the division it is in ("某市某某新区" and "某某新区") is one place, the other form its alias
    (ANNOTATION: aliases; rule 13), so a relation found on one form holds for the thing the other names."""
    for find in (_bare_of_leveled, _prefixed_of_bare):
        places = {e.name: k for k, e in sorted(entities.items()) if e.type == PLACE}
        for key, target in find(places, entities):
            if key in entities and target in entities and key != target:
                _merge_place(entities, by_mention, key, target)


def _local(e: Entity) -> bool:
    """A place the divisions table does not name (no code, no town of the report's area)."""
    return "code" not in e.attrs and "level" not in e.attrs


def _bare_of_leveled(places: dict[str, str], entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """"某某" beside "某某镇" (place_local_levels.tsv, level): the bare form is the town's alias; a bare
    natural feature ("某某江" beside "某某江镇": the river the town is named after; a two-character one is
    a great river or mountain of landforms.txt, else the town's own name, "某江镇") and a division the
    table names (a county beside its county town) stay apart."""
    forms = lexicons.roles("place_local_levels.tsv")
    out = []
    for name, key in places.items():
        if (len(name) < 2 or not _local(entities[key]) or name in lexicons.word_set("landforms.txt")
                or (len(name) > 2 and name.endswith(forms["feature"]))):
            continue
        fuller = [places[name + w] for w in forms["level"] if name + w in places]
        if len(fuller) == 1:
            out.append((key, fuller[0]))
    return out


def _prefixed_of_bare(places: dict[str, str], entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """"天津滨海新区" or "某市某某新区" beside "某某新区": a division's name (full or short) before a place
    the report names alone too is the division it is in, not part of another place's name. The form
    written alone becomes the alias of the fuller one (which reads right as the label), or takes it as
    its alias where the divisions table names it (its key stays the division's)."""
    divisions = lexicons.divisions_by_name()
    out = []
    for name, key in places.items():
        if not _local(entities[key]):
            continue
        bare = [places[name[k:]] for k in range(2, len(name) - 1)
                if name[:k] in divisions and name[k:] in places and len(name[k:]) >= 2]
        if bare:
            out.append((bare[0], key) if _local(entities[bare[0]]) else (key, bare[0]))
    return out


def _merge_place(entities: dict[str, Entity], by_mention: dict[int, str], key: str, target: str) -> None:
    """The place at `key` becomes the one at `target`: its names the target's aliases, its mentions
    the target's (a basin into its water, a scenic area into its place)."""
    merged, into = entities.pop(key), entities[target]
    into.aliases |= (merged.aliases | {merged.name}) - {into.name}
    into.mentions = sorted(into.mentions + merged.mentions, key=lambda m: (m.start, m.end))
    for m in merged.mentions:
        by_mention[id(m)] = target


def _water_of_basin(name: str, places: dict[str, str]) -> str | None:
    """The water a basin's name is named after (place_water_area_heads.txt: 流域): its stem, when
    that ends as a river or lake does (place_water_heads.txt, place_basin_water_ends.txt) or is a place
    the report names."""
    head = next((h for h in lexicons.words("place_water_area_heads.txt") if name.endswith(h)), None)
    stem = name[: -len(head)] if head else ""
    if len(stem) < 2 or not (stem[-1] in _BASIN_WATER_ENDS or stem in places):
        return None
    return stem


_BASIN_WATER_ENDS = frozenset(lexicons.characters("place_water_heads.txt")) | frozenset(lexicons.characters("place_basin_water_ends.txt"))


def _province_of_form(name: str, near: str | None) -> str:
    """A province written by its one-character form in a visit's set phrase ("总书记来陕考察": 陕,
    kg.extract.places.extract_visit_places) is the province of that form (place_abbreviations.txt,
    second column: 陕西省), whether or not the report writes its full name; the form becomes its
    alias (ANNOTATION rule 13). In a report of another province whose divisions hold the character,
    the form may be a place of its own ("来宁" in Jiangsu, where 江宁 is, is 南京; "来青" in Shandong
    is 青岛): it is left as it is. Only in a visit: elsewhere a form may be a country's ("与俄蒙的交流":
    蒙 is Mongolia, not 内蒙古)."""
    full = lexicons.mapping("place_abbreviations.txt").get(name) if len(name) == 1 else None
    if full is None:
        return name
    d = lexicons.find_division(full)
    if near and d is not None and d.code[:2] != near and any(
            name in o.name for o in lexicons.divisions().values() if o.code[:2] == near):
        return name
    return full


def _country_of_form(name: str) -> str:
    """A partner country written by its one-character form after 与 or 对 ("对俄合作", "深化与俄蒙的
    交流": kg.extract.places.extract_partner_country_places) is the country of that form
    (place_country_initials.txt, second column: 俄罗斯, 蒙古国), the form its alias (ANNOTATION
    rules 1 and 13): one place with the 俄罗斯 the report names elsewhere, not a second one labelled
    俄. A form without a full name there (欧) is left as it is."""
    return lexicons.mapping("place_country_initials.txt").get(name, name)


def _country_as_written(name: str, named: set[str]) -> str:
    """A country that countries.txt lists both as X and as X国 (蒙古 and 蒙古国, 日本 and 日本国) is
    one place: the form the report writes in full (X国 where it writes that, else X where it writes
    that), so "深化与俄罗斯、蒙古的合作，对蒙出口增长20%" gives one 蒙古 with 蒙 its alias, and a report
    naming 蒙古 and 蒙古国 gives one place labelled 蒙古国 (whichever it writes first), 蒙古 its alias.
    Any other name is left as it is."""
    countries = lexicons.word_set("countries.txt")
    if name not in countries:
        return name
    short = name[:-1] if name.endswith("国") and name[:-1] in countries else name
    long = short + "国"
    if long not in countries:
        return name
    return long if long in named else short if short in named else name


def _named_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A region's short form ("雄安", kg.extract.city_areas) is kept only where the report names
    the region by its full name too (ANNOTATION rule 13: the short form is then its alias)."""
    if not any("short_of" in m.attrs for m in mentions):
        return mentions
    named = {m.text for m in mentions if m.type == PLACE and "short_of" not in m.attrs}
    return [m for m in mentions if m.attrs.get("short_of", m.text) == m.text or m.attrs["short_of"] in named]


def _resolve_names(doc: Document, mentions: list[Mention], type_: str, entities: dict[str, Entity],
                   by_mention: dict[int, str], own) -> None:
    """Organizations or projects: an abbreviation (or a body's short form) is an alias of the full name."""
    names = list(lexicons.longest_first(_named(m) for m in mentions if m.type == type_))
    listed = _listed_together(doc, [m for m in mentions if m.type == type_]) | _last_of_listed_places(mentions, type_)
    places = {m.text for m in mentions if m.type == PLACE and len(m.text) >= 2}
    canonical: dict[str, str] = {}
    longer_end = 0  # names[:longer_end] are the names longer than n (longest first)
    # names[near:] are at most `gap` longer than n: `_abbreviation_of` chooses no name longer than that
    # (the gap `_fits` and `_university_of` allow, and a trailing 项目 its works' fit drops,
    # `_without_xiangmu`), so the others are not looked at (a works' name is often far longer)
    gap, near = ENTITIES.abbreviation_gap + len("项目"), 0
    for i, n in enumerate(names):
        if i and len(names[i - 1]) > len(n):
            longer_end = i
        while len(names[near]) - len(n) > gap:
            near += 1
        openers = _places_opening(n, places)
        longer = [c for c in names[near:longer_end] if canonical.get(c) == c and (n, c) not in listed
                  and not any(p not in c for p in openers)
                  and not _place_opening(n, c, places)]
        canonical[n] = _abbreviation_of(n, longer, type_) or n
    if type_ == ORG:
        canonical.update(_body_aliases(doc, names))
        canonical.update(_trade_name_aliases(names, canonical))
        canonical.update(_legal_form_aliases(names, canonical))
    owned = {}
    if type_ == PROJECT:
        _same_without_xiangmu(names, canonical)
        owned = _works_after_their_company(mentions)
        owned.update(_works_named_by_their_site(mentions))
    for m in mentions:
        if m.type != type_:
            continue
        name = canonical.get(_named(m), _named(m))
        ident = _without_xiangmu(name) if type_ == PROJECT else name
        key = f"{type_.lower()}/{_entity_scope(ident, type_, own)}{slug(ident)}"
        # a project named with a quoted part keeps it in its name ("“三农”大数据中心"), its text is the alias
        e = entities.setdefault(key, Entity(type_, m.attrs.get("quoted", name) if name == m.text else name, key))
        if m.text != e.name:
            e.aliases.add(m.text)
        if id(m) in owned:
            e.aliases.add(owned[id(m)])
        if type_ == ORG and (short := _standard_body_form(m.text) or _name_after_its_origin(m.text)) and short != e.name:
            e.aliases.add(short)
        e.mentions.append(m)
        by_mention[id(m)] = key


def _listed_together(doc: Document, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Pairs of names (either order) that one 、 list of a sentence names as two of its items
    ("加快合肥高新区、合肥经开区、合肥新站高新区转型升级"): a list counts things apart, so neither is the
    other's abbreviation however their characters fit (合肥高新区 is not 合肥新站高新区)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    pairs: set[tuple[str, str]] = set()
    for i, ms in by_sentence.items():
        text, start = doc.sentences[i].text, doc.sentences[i].start
        runs: list[list[Mention]] = []
        for m in sorted(ms, key=lambda m: (m.span.start, -m.span.end)):
            if runs and m.span.start < runs[-1][-1].span.end:
                continue  # inside the item before it: no item of its own
            between = text[runs[-1][-1].span.end - start:m.span.start - start] if runs else ""
            if runs and "、" in between and not any(mark in between for mark in "，；。,;"):
                runs[-1].append(m)
            else:
                runs.append([m])
        pairs |= {(_named(a), _named(b)) for run in runs for a in run for b in run if a is not b}
    return pairs


def _last_of_listed_places(mentions: list[Mention], type_: str) -> set[tuple[str, str]]:
    """Pairs (last item, list) of the works named with the places listed before them ("洛舍漾、下渚湖圩区
    整治", kg.extract.project_lists `listed_place_works`) and the works named by the last place alone:
    two works (the samples' gold keeps 三台书院、草圭堂维修保护工程 and 草圭堂维修保护工程 apart), the
    shorter no abbreviation of the longer."""
    # and the lists of pairs of places' one-character forms (kg.extract.projects `_paired_forms_start`):
    # "合六、合淮、合滁产业走廊" and 合滁产业走廊 are both in anhui-2026's gold, the item no short form of the list
    lists = {_named(m) for m in mentions if m.type == type_ and m.attrs.get("source") in ("listed_place_works", "paired_forms")}
    if not lists:
        return set()
    names = {_named(m) for m in mentions if m.type == type_}  # once, not once a list
    return {(n, c) for c in lists for n in names if c.endswith(n) and c[:-len(n)].endswith(("、", "和"))}


def _works_named_by_their_site(mentions: list[Mention]) -> dict[int, str]:
    """For each project named by a park, scenic area or old town found as a place at its start and an
    action that upgrades it as a whole right after ("某某湖景区提升改造", "某某山公园提质改造":
    project_upgraded_site_kinds.tsv), the site's name, an alias: the site the text develops is the
    works (ANNOTATION rule 3), and the report may call it by that name alone. Not a list of sites
    ("甲公园、乙景区提升改造"), whose works hold them all."""
    sites: dict[tuple, list[str]] = {}
    for m in mentions:
        if m.type == PLACE:
            sites.setdefault((m.sentence, m.start), []).append(m.text)
    out = {}
    for m in mentions:
        if m.type == PROJECT and (site := next((t for t in sorted(sites.get((m.sentence, m.start), ()))
                                                if upgraded_site(m.text, t)), None)):
            out[id(m)] = site
    return out


def _known_companies_of_their_works(mentions: list[Mention]) -> list[Mention]:
    """An organization read as a known company's short name (companies.txt) and a product or trade right
    after it, where a project of the same sentence opens at the same place ("比亚迪半导体、京东方第8.6代线等
    重大项目", "中海油新材料", "奇瑞乘用车技改"), is the company that builds the works: its mention is cut
    to the company's name as written (比亚迪, 中海油, 奇瑞), or dropped where that mention is there already;
    the product names the works, not the body. A trade of companies' names before the works' capacity
    (`_trade_before_capacity`) names the company, its group's short name inside it kept too (ANNOTATION rule 8)."""
    forms = _company_forms()
    works = {(m.sentence, m.start): m for m in mentions if m.type == PROJECT}
    spans = {(m.start, m.end) for m in mentions if m.type == ORG}
    out = []
    for m in mentions:
        form = None
        if m.type == ORG and (m.sentence, m.start) in works:
            # the longest known form the name opens with, shorter than it: its prefixes looked up,
            # longest first (one look-up a character, not a test of each of ~800 forms)
            form = next((m.text[:k] for k in range(len(m.text) - 1, 0, -1) if m.text[:k] in forms), None)
        if form is None or m.text[len(form):] not in product_words():
            out.append(m)
            continue
        if _trade_before_capacity(m.text[len(form):], works[m.sentence, m.start].text[len(m.text):]):
            out.append(m)  # "中粮油脂|年产60万吨…": the company with its trade, and its group named inside it (rule 8)
        if (m.start, m.start + len(form)) not in spans:
            spans.add((m.start, m.start + len(form)))
            out.append(dataclasses.replace(m, text=form, span=Span(m.start, m.start + len(form), m.span.frame)))
    return out


@functools.cache
def _company_forms() -> frozenset[str]:
    """The known companies' names and short names (companies.txt)."""
    return frozenset(lexicons.synonyms("companies.txt"))


def _trade_before_capacity(trade: str, rest: str) -> bool:
    """Is `trade`, after a known company's short name at a works' head, a trade of companies' names
    (org_company_trades.txt: 油脂, 化工) that the works' capacity follows, `rest` opening with its figure or
    an output rate and its figure (kg.extract.projects.output_rate: "中粮油脂|年产60万吨油料")? The product comes after the capacity, so the
    trade before it names the company (中粮油脂), not what the works make."""
    return trade in lexicons.word_set("org_company_trades.txt") \
        and (rest[:1].isdigit() or output_rate().match(rest) is not None)


def _works_after_their_company(mentions: list[Mention]) -> dict[int, str]:
    """For each project whose name opens with a company's name ending in a company's head or legal form
    ("某某科技公司智能装备产业园", "某某化工集团年产30万吨某某项目": the company is the mention of an
    organization at the same start, org_legal_forms.txt `short_name` and 公司), the works' own name
    after it, an alias (the report may call the works by it alone); at least
    ENTITIES.owned_works_min_chars characters."""
    heads = sorted({"公司", *lexicons.roles("org_legal_forms.txt")["short_name"]}, key=len, reverse=True)
    companies = {(m.sentence, m.start): m for m in mentions if m.type == ORG}
    out = {}
    for m in mentions:
        company = companies.get((m.sentence, m.start)) if m.type == PROJECT else None
        if company is None or company.end >= m.end:
            continue
        rest = m.text[company.end - m.start:]
        form = next((h for h in heads if rest.startswith(h)), "")  # "某某科技|公司…": the trade name found alone
        if (form or company.text.endswith(tuple(heads))) and len(rest) - len(form) >= ENTITIES.owned_works_min_chars:
            out[id(m)] = rest[len(form):]
    return out


def _named(m: Mention) -> str:
    """The name a mention gives its entity: its text, or what a list makes of it where the text is one
    item of a list sharing its head (the "7" of "7、8号线一期" names 7号线一期: the text its alias)."""
    return m.attrs.get("listed_name", m.text)


def _without_xiangmu(name: str) -> str:
    """A works' name without a trailing 项目 (ANNOTATION rule 10: it is optional), where two characters
    or more are left: "保税仓库项目" → "保税仓库"."""
    return name[:-2] if name.endswith("项目") and len(name) >= 4 else name


def _same_without_xiangmu(names: list[str], canonical: dict[str, str]) -> None:
    """"万家惠农贸市场项目" and "万家惠农贸市场" in one report are one works (ANNOTATION rule 10: a trailing
    项目 is optional): the name with 项目, and what abbreviates it, become aliases of the name without it.
    Across reports the works' IRI is made of the name without 项目 (`_without_xiangmu`), so a report
    that writes only "保税仓库项目" and one that writes only "保税仓库" name one node of a merged graph."""
    for n in names:
        bare = _without_xiangmu(n)
        if bare != n and bare in canonical and canonical[n] == n:
            target = canonical[bare]
            for c, to in list(canonical.items()):
                if to == n:
                    canonical[c] = target


def _resolve_observations(doc: Document, mentions: list[Mention], entities: dict[str, Entity],
                          by_mention: dict[int, str], area_key: str | None) -> list[Observation]:
    """Each observation with its indicator (an entity) and the area it is about (else the report's)."""
    observations = []
    last_area: dict[int, str | None] = {}  # per sentence: the area of its last value
    in_sentence: dict[int, list[Mention]] = {}  # mentions by sentence, so each lookup is local
    for m in mentions:
        in_sentence.setdefault(m.sentence, []).append(m)
    full_names = _full_indicator_names({m.attrs["indicator"] for m in mentions if m.type == OBSERVATION})
    for m in mentions:
        if m.type != OBSERVATION:
            continue
        ind_name = full_names.get(m.attrs["indicator"], m.attrs["indicator"])
        ind_key = f"indicator/{slug(ind_name)}"
        ind = entities.setdefault(ind_key, Entity(INDICATOR, ind_name, ind_key))
        ind.mentions.append(m)
        written = m.attrs.get("indicator_written") if ind_name == m.attrs["indicator"] else None
        if written and ind.name != written:
            # "“三公”经费": an indicator written with a quoted part keeps its quotes in its name (as a
            # project's does); the name without them, as one may search it, is its alias
            ind.aliases.add(ind.name)
            ind.name = written
        standard = standard_indicator(ind_name)
        if standard:
            ind.attrs["standard"] = standard
            if standard != ind_name:
                ind.aliases.add(standard)  # "规上工业增加值" is also called by its full name
        a = m.attrs
        area = _observation_area(m, in_sentence[m.sentence], by_mention)
        if area is None and m.attrs.get("continues"):
            area = last_area.get(m.sentence)  # "…接待游客120万人次,增长15%": the same place
        area = area or area_key
        last_area[m.sentence] = area
        okey = "observation/" + slug("|".join(str(x) for x in (doc.source.name, ind_name, a["value"], a["unit"], a["measure"],
                                                                a["bound"], a["period"], a["status"], m.start)))
        observations.append(Observation(okey, ind_key, a["value"], a["unit"], a["measure"], a["direction"], a["bound"],
                                        a["period"], a["status"], area, m))
    return observations


_INCOME = "收入"


def _full_indicator_names(names: set[str]) -> dict[str, str]:
    """Short forms of the report's income indicators and the one full name each stands for
    ("城镇居民收入" → 城镇居民人均可支配收入 where the report names that one): a name that another
    name of the report becomes without the words of `indicator_short_form_omissions.txt`."""
    omitted = lexicons.words("indicator_short_form_omissions.txt")
    shortened: dict[str, set[str]] = {}
    for name in names:
        short = name
        for word in omitted:
            short = short.replace(word, "")
        if short != name and len(short) >= 4 and short.endswith(_INCOME):
            shortened.setdefault(short, set()).add(name)
    return {short: next(iter(full)) for short, full in shortened.items() if short in names and len(full) == 1}


# "全县", "全区"…: the whole of the report's area, before an indicator's name ("全区生产总值")
WHOLE_AREA = re.compile(r"^全[县区市省州旗镇]")


def standard_indicator(name: str) -> str | None:
    """The national indicator a report's name stands for ("生产总值", "GDP" → 地区生产总值)."""
    forms = lexicons.synonyms("indicators.txt")
    return forms.get(name) or forms.get(WHOLE_AREA.sub("", name))


def _entity_scope(name: str, type_: str, own) -> str:
    """The part of an organization's or project's IRI that says where it is, for names that are
    only unique near home: "区委", "市卫生健康委", "党校", "保税仓" are a different body or works in
    every report; "中信集团" or "渝湘高铁" are one. "" for those."""
    if own is None:
        return ""
    first = name[:1]
    if type_ == ORG and (first in lexicons.LEVEL_CHARS and first not in "省" or name in lexicons.word_set("standalone_orgs.txt")):
        return _level_scope(first, own) + "/"
    if type_ == ORG and first == "省":
        return own.code[:2] + "0000/"
    if type_ == PROJECT and not is_proper(name, strict=True) and not any(ch.isdigit() for ch in name):
        return own.code + "/"
    return ""


def _level_scope(level_char: str, own) -> str:
    """The division a relative name ("市委" in a county's report) speaks of: 市, 州, 盟 the prefecture
    (or municipality) above a county; 区, 县, 镇, 乡 and bare institutions the report's own area."""
    if level_char in "市州盟" and own.level == "county" and own.parent:
        return own.parent
    return own.code


def _abbreviation_of(short: str, longer: list[str], type_: str) -> str | None:
    """"烟厂" abbreviates "黔江卷烟厂": same last character, its characters in order in the long
    name, and only one long name fits."""
    if len(short) < ENTITIES.abbreviation_min:
        return None
    university = _university_of(short, longer) if type_ == ORG else None
    if university is not None:
        return university
    heads = lexicons.words("org_distinct_heads.txt")
    fits = [n for n in longer if _fits(short, n, type_, heads)]
    if not fits and type_ == PROJECT:
        # a works' name read without its optional trailing 项目 (ANNOTATION rule 10, `_without_xiangmu`),
        # its words before dropped: "热电厂铁路专用线" abbreviates "海拉尔热电厂铁路专用线项目"; not a name
        # that leaves words out inside ("某某汽车产业园", "某某汽车产业物流园项目": another park), nor
        # the same name with 项目 (rule 10's own, `_same_without_xiangmu`)
        bare = _without_xiangmu(short)
        fits = [n for n in longer if (core := _without_xiangmu(n)) != bare and core.endswith(bare)
                and _fits(bare, core, type_, heads)]
    fits = [n for n in fits if not n.endswith(short) or type_ == PROJECT] or fits
    if len(fits) == 1 and short not in lexicons.org_bodies():
        return fits[0]
    return None


def _fits(short: str, n: str, type_: str, heads: tuple[str, ...]) -> bool:
    """May `short` abbreviate the longer name `n` (`_abbreviation_of`)?"""
    return (n.endswith(short[-1]) and _subsequence(short, n)
            and len(n) - len(short) <= ENTITIES.abbreviation_gap
            and not (type_ == ORG and any(short.endswith(h) and n.endswith(h) for h in heads))
            and not _another_institution(short, n, heads)
            and not _names_a_branch(short, n) and not _other_body(short, n)
            and not _another_numbered(short, n) and not _another_zone_of_place(short, n))


def _places_opening(short: str, places: set[str]) -> list[str]:
    """The report's places that open `short` and are shorter than it. "赣江新区" and "赣州章江新区": a
    short name that opens with a place of the report (赣江) the long name does not hold is that
    place's own zone or works, not the long name's short form, though its characters run in order
    through the long one (赣…江新区); so a longer name holding none of these places' text is not
    what `short` abbreviates. The short name read as a place itself ("浦东机场") is no such place: it
    may still abbreviate ("浦东国际机场"). Found once a name by its prefixes (places have two
    characters or more), not by testing every place against every pair of names (~1.9 M tests a
    pass over the nine texts, 40% of a cached report's build)."""
    return [short[:k] for k in range(2, len(short)) if short[:k] in places]


def _place_opening(short: str, long: str, places: set[str]) -> bool:
    """"兰州新区" and "兰州新区综合保税区": a short name read as a place of the report that opens the long
    name is the place the long works is in, built as a whole where the report builds it, not the works'
    short form (a short form drops words inside the name: "浦东机场" of 浦东国际机场)."""
    return short in places and long.startswith(short)


def _names_a_branch(short: str, long: str) -> bool:
    """"恒丰银行黔江支行", "某某创新中心合肥中心": the long name is a branch or seat of the body the short
    one names in full (its parent), not that body written out: the short name opens the long one, and
    what follows ends in a branch's head (org_branch_heads.txt: 支行, 分公司, 分院, 校区…) or, after a
    place or ordinal, in the parent's own head again (…中心 + 合肥中心), or opens with 附属 (某某大学附属中学,
    某某医学院附属医院: org_affiliate_openers.txt). ANNOTATION rule 8: the parent is
    an entity of its own. A short form that is not the whole parent ("大唐" of 大唐集团) is kept."""
    if not long.startswith(short):
        return False
    rest = long[len(short):]
    return rest.endswith(lexicons.words("org_branch_heads.txt")) or (len(rest) > 2 and rest.endswith(short[-2:])) \
        or rest.startswith(lexicons.words("org_affiliate_openers.txt"))


def _other_body(short: str, long: str) -> bool:
    """"银川市委" and "银川市发展改革委", "山西省政府" and "山西省某某县政府": a division's name and a standard
    body (org_bodies.txt) name that body, never another body's short form; the short name abbreviates
    the long one only where the long one, its term aside, ends in the same body ("兴庆区政府" of 兴庆区人民政府,
    "某某区人民政府" of 某某区第一届人民政府)."""
    bodies = lexicons.org_bodies()
    body = next((short[i:] for i in range(2, len(short) - 1)
                 if short[i:] in bodies and short[:i] in lexicons.divisions_by_name()), None)
    long = _TERM.sub("", long)
    return body is not None and not any(bodies.get(long[i:]) == bodies[body] for i in range(len(long) - 1))


def _another_institution(short: str, long: str, heads: tuple[str, ...]) -> bool:
    """"某某大学" and "某某师范大学附属中学", "某某学院新校区" and "某某职业技术学院新校区": a name opening with an
    institution's name (up to its head, org_distinct_heads.txt: 大学, 学院) names that institution in
    full; a longer name that does not hold it whole holds another institution (or what is attached to
    one), not its full form."""
    named = [short[:short.find(h) + len(h)] for h in heads if short.find(h) > 0]
    return any(institution not in long for institution in named)


def _another_numbered(short: str, long: str) -> bool:
    """"某某市人民医院" and "某某市第二人民医院", "某某项目" and "某某二期项目", "地铁1号线" and "地铁13号线":
    the long name numbers its thing (第N, N期, N号) by a number the short one does not write, so it is
    another of its kind (the second hospital, the second phase: a project of its own, as the samples'
    gold writes 阿蓬江防洪治理二期工程), not the short one written out. The short form keeps the number
    where it abbreviates ("某某一中" of 某某第一中学)."""
    return any((m.group("n") or m.group("n2")) not in short for m in _ORDINAL.finditer(long))


# a number that counts a thing in its name: 第二, 第十六, 二期, 13号 ("第十六届" is a term: _TERM)
_ORDINAL = re.compile(r"第(?P<n>[一二三四五六七八九十百0-9]+)(?![一二三四五六七八九十百0-9届])"
                      r"|(?P<n2>[一二三四五六七八九十0-9]+)[期号]")


def _another_zone_of_place(short: str, long: str) -> bool:
    """"某某工业园区" and "某某某某工业园区" (a park two cities build), "某某经济开发区" and "某某某某经济开发区":
    a place's name and a development zone's kind (place_named_zone_heads.txt, place_own_zone_kinds.txt)
    make a zone's whole name, the place's own zone; a longer name that opens with the same place and
    puts other words before the same kind is another zone, not its full form. Words that only rank or
    place the zone (zone_name_qualifiers.txt: 国家级, 省级, 区, 县…) or spell out its kind (经济 of
    经济开发区) leave it the same zone; a word before a two-character kind makes another kind (高新区, 新区)."""
    kinds = zone_heads.kinds_making_a_zones_whole_name()
    kind = next((k for k in kinds if short.endswith(k)), None)
    if kind is None or len(short) - len(kind) < 2 or not long.endswith(kind):
        return False
    opening = short[:-len(kind)]
    if not long.startswith(opening):
        return False
    between = long[len(opening):-len(kind)]
    spelled_out = len(kind) > 2 and between + kind in kinds  # 经济开发区 of 开发区, not 高新区 of 新区
    return bool(between) and between not in lexicons.word_set("zone_name_qualifiers.txt") and not spelled_out


# the term of a body's office inside its name ("某某区第一届人民政府", "某某区一届人民政府")
_TERM = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}届")


def _university_of(short: str, longer: list[str]) -> str | None:
    """The university "…大学" of the report that `short` ("川大", "电子科大", "南大") abbreviates, its
    characters opening the full name's parts (kg.extract.organizations.university_short_form_fits: 川大
    ← 四川大学, never 四川农业大学; no standard body's name, 人大); of two, the shorter one, the closer
    fit, where only one is that short."""
    fits = sorted((n for n in longer if university_short_form_fits(short, n)
                   and len(n) - len(short) <= ENTITIES.abbreviation_gap), key=len)
    if fits and (len(fits) == 1 or len(fits[0]) < len(fits[1])):
        return fits[0]
    return None


def _trade_name_aliases(names: list[str], canonical: dict[str, str]) -> dict[str, str]:
    """A company by its trade name, with or without its place, and 公司 ("泓轮公司", "湖南康泰源") is
    an alias of the one registered name of the report it is the trade name of ("浙江泓轮机械股份有限公司";
    ANNOTATION rule 13; kg.text.company_names.company_trade_name)."""
    full = trade_names([(n, n) for n in names if canonical.get(n) == n])
    out: dict[str, str] = {}
    for n in names:
        if canonical.get(n) != n:
            continue
        word = next((w for w in lexicons.roles("org_legal_forms.txt")["alias"] if n.endswith(w)), "")
        core = n[:len(n) - len(word)]
        if full.get(core, n) != n:
            out[n] = full[core]
    return out


def _legal_form_aliases(names: list[str], canonical: dict[str, str]) -> dict[str, str]:
    """A company or group the report writes with and without its legal or usual form ("某某公司" and
    "某某", "某某集团" and "某某"; org_legal_forms.txt, short_name and alias) is one organization
    (ANNOTATION rule 13), named by the bare name (the shortest that names it completely), which other
    years' reports write alone too, so the company is one node across them; the form with 公司 its alias.
    Where the form with 公司 abbreviates a longer registered name, the bare name goes there too. A
    standard body's name is never such a bare name."""
    roles = lexicons.roles("org_legal_forms.txt")
    forms = lexicons.longest_first(set(roles["short_name"]) | set(roles["alias"]))
    named, bodies = set(names), lexicons.org_bodies()
    out: dict[str, str] = {}
    for n in names:
        bare = next((n[:-len(w)] for w in forms if n.endswith(w) and n[:-len(w)] in named), None)
        if not bare or len(bare) < 2 or canonical.get(bare) != bare or bare in bodies or canonical.get(n, n) == bare:
            continue
        full = canonical.get(n, n)
        if full != n:
            out[bare] = full
        else:
            out.update({x: bare for x, c in {**canonical, **out}.items() if c == n})
    return out


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _standard_body_form(name: str) -> str | None:
    """The form a standard body is known by (org_bodies.txt, first column) where `name` is another of
    its forms: "武警部队" is 武警, as ANNOTATION rule 4 names it, "人民解放军" 解放军. A bare level's
    forms ("人大" → 省人大?) name no one form here."""
    standard = lexicons.org_bodies().get(name)
    if standard is None or standard == name or standard[0] in lexicons.LEVEL_CHARS:
        return None
    return standard


# the divisions outside the mainland's customs and company registers (GB/T 2260 71 台湾, 81 香港, 82 澳门):
# a company from there is written with the region's short name before its own, as a foreign one with its country
_OUTSIDE_REGISTER_CODES = ("710000", "810000", "820000")


@functools.lru_cache(maxsize=1)
def _origins() -> tuple[str, ...]:
    """Countries (but China) and the short names of 台湾, 香港, 澳门, longest first."""
    regions = {lexicons.divisions()[c].short for c in _OUTSIDE_REGISTER_CODES if c in lexicons.divisions()}
    return lexicons.longest_first(lexicons.foreign_countries() | regions)


def _name_after_its_origin(name: str) -> str | None:
    """The company's own name after the country or region it comes from ("德国某某" → 某某,
    "香港某某集团" → 某某集团): the origin describes the company, as a city does in 深汕比亚迪 (the
    samples' gold: 比亚迪); None where no origin opens the name, fewer than two characters or only a kind follow."""
    if not name.startswith(_origins()):  # one test in C for the many names no origin opens
        return None
    origin = next(o for o in _origins() if name.startswith(o))
    if len(name) - len(origin) < 2:
        return None
    rest = name[len(origin):]
    if rest in lexicons.word_set("generic_orgs.txt") or rest in lexicons.word_set("org_suffixes.txt"):
        return None  # "美国商会", "香港大学": the origin names the body, the rest is its kind
    return rest


def _body_aliases(doc: Document, names: list[str]) -> dict[str, str]:
    """The report's own government and congress by their short forms (区政府 → 重庆市黔江区人民政府)."""
    out: dict[str, str] = {}
    if not doc.area:
        return out
    level = doc.area[-1]
    gov = next((n for n in names if n == doc.area + "人民政府"), None)
    if gov:
        for form in (f"{level}人民政府", f"{level}政府"):
            out[form] = gov
    congress = f"{level}人大"
    by_term = [n for n in names if re.fullmatch(re.escape(doc.area) + r"第.{1,3}届人民代表大会", n)
               or re.fullmatch(re.escape(level) + r"[一二三四五六七八九十]{1,3}届人大", n)]  # "市十五届人大"
    if congress in names:
        for n in by_term + [n for n in names if n == "人大"]:
            out[n] = congress
    elif len(by_term) > 1:  # no "县人大": its terms' names are one congress, named as the session line names it
        head = min(by_term, key=lambda n: (not n.endswith("人民代表大会"), names.index(n)))
        out.update((n, head) for n in by_term if n != head)
    if f"{level}政协" in names and "政协" in names:
        out["政协"] = f"{level}政协"
    return out


def _observation_area(m: Mention, same: list[Mention], by_mention: dict[int, str]) -> str | None:
    """The place an observation's clause opens with, as extraction named it (kg.extract.attributes,
    `place`); `same`: the mentions of its sentence, one of which names it."""
    name = m.attrs.get("place")
    if name is None:
        return None
    return next((by_mention.get(id(p)) for p in same if p.type == PLACE and p.text == name), None)


def _project_attributes(doc: Document, entities: dict[str, Entity]) -> list[StageRecord]:
    """A project's investment and stage: those of its first mention that has one (set by
    kg.extract.attributes); returns its stage records (kg.resolve.stages)."""
    for e in entities.values():
        if e.type != PROJECT:
            continue
        for m in e.mentions:
            for attr in PROJECT_ATTRIBUTES:
                if attr in m.attrs:
                    e.attrs.setdefault(attr, m.attrs[attr])
    return stage_records(doc, entities)


def _relations(doc, mentions, by_mention, entities, area_key=None) -> list[Relation]:
    out = [Relation(f.kind, f.subject, f.object, f.mention)
           for f in find_relations(doc, mentions, by_mention, entities, area_key)]
    seen = {(r.kind, r.subject, r.object) for r in out}

    def add(kind, s_key, o_key, m):
        if s_key == o_key or (kind, s_key, o_key) in seen:
            return
        seen.add((kind, s_key, o_key))
        out.append(Relation(kind, s_key, o_key, m))

    # part-of among places comes from the divisions table, not from co-occurrence
    codes = {e.attrs.get("code"): k for k, e in entities.items() if e.type == PLACE and e.attrs.get("code")}
    for k, e in sorted(entities.items()):
        if e.type == PLACE and e.attrs.get("parent_code") in codes:
            first = e.mentions[0] if e.mentions else None
            if first is not None:
                add("partOf", k, codes[e.attrs["parent_code"]], first)
    return out
