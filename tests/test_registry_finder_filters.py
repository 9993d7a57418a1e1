"""Speed of the rules: components that find mentions only in or beside a mention of one
type found before them (the company opening a project's name, the station after a place, the
places opening a body) declare it, `needs_types=(PROJECT,)`, and the pipeline skips them on a
sentence where none was found. The skip must change nothing: run without it, such a component
finds nothing where it is shown no mention of those types."""
from __future__ import annotations

import dataclasses

from kg.extract import PIPELINE, extract_mentions
from kg.extract.registry import Component, Pipeline
from kg.model import ORG, PLACE, PROJECT
from kg.text.document import parse_document
from kg.text.reading import read_source

from .conftest import SEEDS, shared_file

TYPED_FINDERS = {
    "companies_in_works": PROJECT, "companies_in_late_works": PROJECT, "genre_companies_opening_works": PROJECT,
    "genre_trade_names_in_works": PROJECT, "genre_bodies_opening_works": PROJECT,
    "genre_institutions_opening_works": PROJECT,
    "genre_trade_names_before_capacity": PROJECT, "genre_works_from_their_place": PROJECT,
    "genre_stations_built": PLACE, "genre_placed_size_works": PLACE, "genre_foreign_divisions": PLACE,
    "genre_supported_zones": PLACE, "parallel_places": PLACE, "county_town_places": PLACE, "county_reservoir_sites": PLACE, "country_city_places": PLACE,
    "places_opening_bodies": ORG, "project_built_by_org": ORG,
    "genre_sites_before_capacity": PROJECT, "genre_bracketed_place_works": PROJECT, "genre_place_works": PLACE,
    "works_opener_places": PROJECT, "plant_site_places": PROJECT, "port_phase_places": PROJECT, "works_opening_sites": PROJECT, "sites_of_works": PROJECT, "project_shared_head_lists": PROJECT, "trade_items_before_works": PROJECT,
    "project_company_plants": ORG, "project_built_by_org_after": ORG, "project_signed_for": ORG,
    "genre_latin_brands_opening_works": PROJECT, "project_listed_place_works": PROJECT, "project_route_abbreviation_lists": PROJECT, "place_front_characters": PLACE,
    "town_side_quarters": PLACE, "list_items_opened_by_a_verb_character": PLACE,
    "places_after_their_town": PLACE, "places_after_their_division": PLACE, "partner_opened_works": PROJECT,
    "dam_site_places": PROJECT, "reservoir_site_places": PROJECT, "genre_hub_traffic": PROJECT, "genre_zone_hosting": PROJECT, "genre_works_bracketing_place": PLACE,
    "site_named_works_places": PROJECT,
    "irrigation_district_places": PROJECT,
    "site_opened_list_works": PROJECT,
    "genre_company_works_before_verb": ORG,
}


def test_finders_declare_the_type_they_read_names_in():
    declared = {c.name: c.needs_types for c in PIPELINE.components if c.assigns and c.needs_types}
    assert declared == {name: frozenset({t}) for name, t in TYPED_FINDERS.items()}


def test_a_typed_finder_finds_nothing_without_its_type():
    """Unfiltered, on the samples and Hailar: whenever a typed finder is shown no mention of its
    types it returns nothing (so skipping it there changes nothing), and such runs are many."""
    without_types: list[tuple[str, int]] = []  # (component, mentions found) of the runs the filter skips
    shown_with: dict[str, int] = {}

    def watched(c: Component) -> Component:
        def run(ctx, func=c.func):
            found = func(ctx)
            if not any(m.type in c.needs_types for m in ctx.found):
                without_types.append((c.name, len(found)))
            else:
                shown_with[c.name] = shown_with.get(c.name, 0) + len(found)
            return found
        return dataclasses.replace(c, func=run, needs_types=frozenset())

    # the report filters as in PIPELINE, so that only the skip differs (pl51's places_titling_bodies drops a
    # place in Hailar: a filter that drops something is no difference of the skip)
    unfiltered = Pipeline(tuple(watched(c) if c.name in TYPED_FINDERS else c for c in PIPELINE.components),
                          PIPELINE.filters)
    fast = []
    for path in sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt")):
        doc = parse_document(read_source(path))
        slow = extract_mentions(doc, unfiltered)
        fast = extract_mentions(doc)
        assert [(m.type, m.span, m.attrs) for m in fast] == [(m.type, m.span, m.attrs) for m in slow], path.name
    assert [run for run in without_types if run[1]] == []
    assert len(without_types) > 30000  # 37,141: 14 finders over 3,250 sentences, most without a project
    # the filter is no vacuous one: most of these finders do find something where their type is
    assert sum(1 for n in shown_with.values() if n) >= 10


def test_required_literals_are_what_every_match_holds():
    """`required_literals`, which four genre rules declare as their needs (the areas' heads, 等 of
    a list of routes, 自治, the relocation words), finds literals every match holds, or none."""
    import re

    from kg.extract import genre
    from kg.text.lookup import required_literals

    assert required_literals(re.compile("(?:新区|先导区)(?:建设|开发)")) == ("先导区", "新区")
    assert required_literals(re.compile(r"\d+[万亿]?元")) == ("元",)
    assert required_literals(re.compile(r"[\u4e00-\u9fff]{2,4}")) == ()
    assert required_literals(re.compile("abc", re.IGNORECASE)) == ()
    patterns = [genre._area_head_pattern(), genre._route_label(), genre._autonomous_body_pattern(),
                genre._relocation_pattern()]
    matched = 0
    for path in sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt")):
        for s in parse_document(read_source(path)).sentences:
            for p in patterns:
                for m in p.finditer(s.text):
                    matched += 1
                    assert any(w in m.group() for w in required_literals(p)), (p.pattern[:40], m.group())
    assert matched > 50
