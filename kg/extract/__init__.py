"""Stage 3 — document to mentions: a pipeline of small named rule components that find places,
organizations, projects and observations in each sentence.

Each component reads the sentence, its tokens and what earlier components found, and returns
mentions; the last ones (kg.extract.attributes) set attributes on the mentions found (a project's
investment and stage). Offsets are into Source.text.
"""
from __future__ import annotations

from kg.model import Sentence
from kg.text.document import Document
from kg.text.quantities import find_quantities
from kg.text.segment import tokens
from kg.extract.base import (
    INDICATOR,
    OBSERVATION,
    ORG,
    PLACE,
    PROJECT,
    URBAN_AREAS,
    Mention,
    SentenceContext,
    clean_name,
    is_proper,
    split_area,
)
from kg.extract.registry import FILTERS, REGISTRY, Component, Pipeline, PipelineError, ReportFilter, component, drop_nested, report_filter
from kg.extract.observations import extract_observations
from kg.extract.organizations import (
    extract_builder_subjects,
    extract_province_trade_names,
    extract_cut_trade_names,
    built_hospital_sites,
    bodies_of_lower_levels,
    carved_non_bodies,
    drop_carved_non_bodies,
    groups_in_subsidiary_names,
    groups_kept_alone_elsewhere,
    works_in_company_names,
    extract_bodies,
    extract_companies,
    extract_companies_in_late_works,
    extract_companies_in_works,
    extract_companies_listed_as_works,
    extract_enumerated_orgs,
    extract_event_subjects,
    extract_institution_centres,
    extract_numbered_schools,
    extract_university_campuses,
    extract_suffix_orgs,
    extract_renewed_facilities,
)
from kg.extract.places import (
    ports_before_their_parts,
    hubs_found_as_works,
    sites_inside_sites,
    zones_cut_from_their_names,
    stems_of_quarters,
    stems_of_region_clusters,
    extract_border_area_places,
    extract_compound_places,
    extract_coordinated_places,
    extract_dash_line_places,
    extract_dictionary_toponyms,
    extract_hub_places,
    extract_joined_division_places,
    extract_country_city_places,
    extract_former_division_places,
    extract_numbered_water_places,
    extract_city_core_places,
    extract_partner_country_places,
    extract_quarter_places,
    extract_ring_area_places,
    extract_region_cluster_places,
    extract_reservoir_places,
    extract_county_reservoir_sites,
    extract_initials_places,
    extract_designated_area_places,
    extract_lexicon_places,
    extract_listed_areas,
    extract_closed_area_lists,
    extract_national_towns,
    extract_parallel_places,
    extract_route_places,
    extract_course_places,
    extract_suffix_places,
    extract_town_places,
    extract_town_institution_places,
    extract_campus_places,
    extract_plant_site_places,
    extract_irrigation_district_places,
    extract_bonded_zone_sites,
    extract_works_town_places,
    extract_listed_settlements,
    extract_village_places,
    extract_zone_places,
    extract_word_toponyms,
    extract_waters_before_works,
    extract_island_places,
)
from kg.extract.place_bounds import (extract_list_items_opened_by_a_verb_character, extract_places_after_their_town,
                                     extract_places_after_their_division,
                                     extract_province_parts_by_compass, extract_town_side_quarters, places_in_company_names,
                                     places_titling_bodies,
                                     places_in_longer_words)
from kg.extract.streets import (extract_listed_gateways, extract_listed_streets, extract_located_streets,
                                extract_own_station_places, extract_street_places)
from kg.extract.features import (extract_features_opening_sites, extract_listed_sibling_places, extract_listed_waters,
                                 extract_listed_sites, extract_shared_feature_heads)
from kg.extract.genre import (
    extract_autonomous_bodies,
    extract_capacity_works,
    extract_city_quarters,
    extract_dealer_brands,
    extract_listed_compounds,
    extract_listed_facilities,
    extract_listed_villages,
    extract_managed_institutions,
    extract_relocated_facilities,
    extract_supported_zones,
    extract_placed_size_works,
    extract_listed_trade_names,
    extract_foreign_divisions,
    extract_works_in_preparation,
    extract_transfer_works,
    extract_routes_of_a_kind,
    extract_stations_built,
    extract_trade_names_before_capacity,
    extract_one_facility_built,
    extract_bodies_opening_works,
    extract_companies_opening_works,
    extract_institutions_opening_works,
    extract_listed_companies,
    extract_trade_name_projects,
    extract_named_areas,
    extract_station_localities,
    extract_subdistrict_offices,
    extract_trade_names_in_works,
    extract_works_from_their_place,
    extract_works_on_facilities,
    extract_zones_built,
)
from kg.extract.projects import extract_projects
from kg.extract.policy_fields import policy_field_mentions
from kg.extract.institution_works import (extract_institution_buildings, extract_institutions_built_anew, extract_new_site_works,
                                          extract_research_facilities_built,
                                          extract_renovated_institutions)
from kg.extract.listed_works import extract_listed_named_works
from kg.extract.street_works import extract_place_list_works, extract_site_kind_list_works, extract_street_list_works
from kg.extract.generation_lines import extract_generation_lines
from kg.extract.project_lists import extract_kind_lists, extract_shared_head_lists
from kg.extract.project_invested import extract_invested_works
from kg.extract.nested_names import (extract_branch_parent_institutions, extract_heritage_site_places, extract_nested_feature_places,
                                     extract_places_opening_bodies)
from kg.extract.scope_regions import extract_ranked_regions
from kg.extract.built_sites import extract_built_site_places
from kg.extract.built_zones import extract_division_built_bases, extract_joint_centres_built, extract_partner_opened_works, extract_national_bases_done, extract_verb_built_zones
from kg.extract.dam_sites import extract_dam_site_places, extract_reservoir_site_places
from kg.extract.resource_areas import extract_resource_areas
from kg.extract.heritage_listings import extract_heritage_listings
from kg.extract.airport_sites import extract_airport_sites
from kg.extract.site_named_works import extract_site_named_works_places
from kg.extract.port_areas import extract_port_areas_opening_works
from kg.extract.founded_funds import extract_founded_funds
from kg.extract.market_links import extract_market_links
from kg.extract.opened_bodies import extract_opened_bodies
from kg.extract.team_feats import extract_team_feats
from kg.extract.upgraded_site_lists import extract_upgraded_site_lists
from kg.extract.site_opened_lists import extract_site_opened_list_works, mark_site_opened_names, site_opened_names
from kg.extract.first_works import extract_first_works_built
from kg.extract.whole_line_works import extract_whole_line_works
from kg.extract.applied_zones import zones_applied_for
from kg.extract.service_runs import drop_services_named_only_counted, services_counted_by_runs
from kg.extract.port_parties import ports_as_parties
from kg.extract.city_areas import (extract_bare_sub_centres, extract_district_waterfronts, extract_named_city_quarters,
                                   extract_region_short_forms, extract_side_quarters)
from kg.extract.honoured_companies import extract_honoured_companies
from kg.extract.media import extract_media_outlets
from kg.extract.attributes import (
    set_clause_subjects,
    set_location_cues,
    set_route_course,
    set_shared_route_starts,
    set_observation_places,
    set_participation,
    set_obtained_designations,
    set_titled_projects,
    set_project_investment,
    set_project_stage,
)

__all__ = ["INDICATOR", "OBSERVATION", "ORG", "PLACE", "PROJECT", "URBAN_AREAS", "Mention", "SentenceContext", "PIPELINE", "PIPELINE_ORDER", "Pipeline", "PipelineError", "Component", "REGISTRY", "component",
           "FILTERS", "ReportFilter", "report_filter",
           "extract_mentions", "set_attributes", "clean_name", "is_proper", "split_area"]


# The order in which the rule components run on each sentence (each is registered with what it
# reads and assigns where it is defined; Pipeline.assemble checks that the order gives every
# component what it reads).
PIPELINE_ORDER = (
    "bodies",
    "companies",
    "known_universities",
    "suffix_orgs",
    "renewed_facilities",
    "slot_companies",
    "builder_subjects",
    "province_trade_names",
    "cut_trade_names",
    "enumerated_orgs",
    "event_subjects",
    "institution_centres",
    "lexicon_places",
    "town_places",
    "town_institution_places",
    "honoured_town_institutions",
    "works_town_places",
    "national_towns",
    "county_town_places",
    "hub_places",
    "quarter_places",
    "partner_country_places",
    "border_area_places",
    "city_core_places",
    "ranked_regions",
    "own_province_parts",
    "numbered_water_places",
    "visit_places",
    "own_zone_places",
    "joined_division_places",
    "country_city_places",
    "former_division_places",
    "district_waterfronts",
    "side_quarters",
    "projects",
    "numbered_lines",
    "coded_route_lines",
    "named_lines",
    "express_lines",
    "capacity_lines",
    "expressway_parts",
    "route_branches",
    "trade_items_before_works",
    "genre_listed_facilities",
    "genre_company_works_before_verb",
    "genre_capacity_works",
    "genre_works_on_facilities",
    "genre_zones_built",
    "genre_zones_built_after_verb",
    "verb_built_zones",
    "national_bases_done",
    "division_built_bases",
    "partner_opened_works",
    "joint_centres_built",
    "suffix_places",
    "word_toponyms",
    "park_opener_places",
    "works_opener_places",
    "plant_site_places",
    "works_opening_sites",
    "waters_before_works",
    "island_places",
    "hub_name_places",
    "port_phase_places",
    "airport_sites",
    "dam_site_places",
    "site_named_works_places",
    "compound_places",
    "ring_area_places",
    "initials_places",
    "region_cluster_places",
    "reservoir_places",
    "designated_area_places",
    "dictionary_toponyms",
    "county_reservoir_sites",
    "reservoir_site_places",
    "irrigation_district_places",
    "features_opening_sites",
    "village_places",
    "listed_settlements",
    "zone_places",
    "built_site_places",
    "route_places",
    "course_places",
    "listed_areas",
    "closed_area_lists",
    "dash_line_places",
    "coordinated_places",
    "listed_waters",
    "shared_feature_heads",
    "listed_sibling_places",
    "listed_sites",
    "bonded_zone_sites",
    "street_places",
    "listed_streets",
    "own_station_places",
    "listed_gateways",
    "located_streets",
    "nested_feature_places",
    "scenic_area_cores",
    "places_opening_bodies",
    "media_outlets",
    "companies_in_works",
    "university_short_forms",
    "university_hospital_short_forms",
    "numbered_schools",
    "genre_trade_names_in_works",
    "genre_autonomous_bodies",
    "genre_dealer_brands",
    "genre_managed_institutions",
    "genre_city_quarters",
    "genre_named_areas",
    "genre_station_localities",
    "genre_heritage_sites",
    "genre_district_areas",
    "genre_county_groups",
    "named_city_quarters",
    "region_short_forms",
    "bare_sub_centres",
    "genre_listed_villages",
    "genre_listed_compounds",
    "parallel_places",
    "genre_subdistrict_offices",
    "place_front_characters",
    "province_parts_by_compass",
    "town_side_quarters",
    "list_items_opened_by_a_verb_character",
    "genre_works_from_their_place",
    "genre_relocated_facilities",
    "co_built_institutes",
    "institution_buildings",
    "new_site_works",
    "institutions_built_anew",
    "research_facilities_built",
    "renovated_institutions",
    "campus_places",
    "university_campuses",
    "listed_named_works",
    "genre_supported_zones",
    "genre_zone_output",
    "genre_zone_hosting",
    "genre_hub_traffic",
    "genre_placed_size_works",
    "genre_listed_trade_names",
    "genre_foreign_divisions",
    "genre_works_in_preparation",
    "genre_transfer_works",
    "genre_routes_of_a_kind",
    "genre_stations_built",
    "genre_metro_stations",
    "genre_sites_before_capacity",
    "genre_site_named_power_works",
    "genre_trade_names_before_capacity",
    "genre_one_facility_built",
    "genre_listed_waters",
    "genre_place_works",
    "street_list_works",
    "place_list_works",
    "site_kind_list_works",
    "generation_lines",
    "genre_bodies_opening_works",
    "genre_institutions_opening_works",
    "genre_companies_opening_works",
    "genre_latin_brands_opening_works",
    "genre_state_investors",
    "genre_listed_companies",
    "genre_bracketed_place_works",
    "genre_works_bracketing_place",
    "genre_bracketed_zones",
    "genre_bracketed_zone_parts",
    "companies_listed_as_works",
    "project_kind_lists",
    "project_shared_head_lists",
    "project_capacity_lists",
    "project_listed_place_works",
    "project_route_abbreviation_lists",
    "project_staged_lists",
    "genre_surrounded_sites",
    "project_invested_works",
    "project_built_by_org",
    "project_built_at_site",
    "project_built_by_org_after",
    "project_signed_for",
    "project_named_before_sum",
    "project_company_plants",
    "companies_in_late_works",
    "genre_trade_name_projects",
    "honoured_companies",
    "sites_of_works",
    "branch_parent_institutions",
    "zones_of_named_places",
    "resource_areas",
    "heritage_listings",
    "port_areas_opening_works",
    "upgraded_site_lists",
    "first_works_built",
    "whole_line_works",
    "places_after_their_town",
    "places_after_their_division",
    "founded_funds",
    "market_links",
    "opened_bodies",
    "team_feats",
    "observations",
    "site_opened_list_works",
    "heritage_site_places",
    "site_opened_names_marked",
    # attributes of what was found, set on the mentions once every mention is found
    "project_investment",
    "obtained_designations",
    "titled_projects",
    "project_stage",
    "clause_subjects",
    "location_cues",
    "route_course",
    "shared_route_starts",
    "participation_cues",
    "observation_places",
    "area_word_forms",
    "names_after_their_city",
    # report filters: what the components found that names nothing, dropped once the report is read
    "carved_non_bodies",
    "bodies_of_lower_levels",
    "works_in_company_names",
    "built_hospital_sites",
    "ports_before_their_parts",
    "zones_applied_for",
    "services_counted_by_runs",
    "ports_as_parties",
    "hubs_found_as_works",
    "sites_inside_sites",
    "zones_cut_from_their_names",
    "stems_of_quarters",
    "stems_of_region_clusters",
    "policy_fields",
    "places_in_longer_words",
    "places_in_company_names",
    "places_titling_bodies",
    "groups_in_subsidiary_names",
    "site_opened_names",
)
report_filter("carved_non_bodies", drop=drop_carved_non_bodies)(carved_non_bodies)
report_filter("bodies_of_lower_levels")(bodies_of_lower_levels)
report_filter("works_in_company_names")(works_in_company_names)
report_filter("built_hospital_sites")(built_hospital_sites)
report_filter("ports_before_their_parts")(ports_before_their_parts)
report_filter("zones_applied_for")(zones_applied_for)
report_filter("services_counted_by_runs", drop=drop_services_named_only_counted)(services_counted_by_runs)
report_filter("ports_as_parties")(ports_as_parties)
report_filter("hubs_found_as_works")(hubs_found_as_works)
report_filter("sites_inside_sites")(sites_inside_sites)
report_filter("zones_cut_from_their_names")(zones_cut_from_their_names)
report_filter("stems_of_quarters")(stems_of_quarters)
report_filter("stems_of_region_clusters")(stems_of_region_clusters)
report_filter("policy_fields")(policy_field_mentions)
report_filter("places_in_longer_words")(places_in_longer_words)
report_filter("places_in_company_names")(places_in_company_names)
report_filter("places_titling_bodies")(places_titling_bodies)
report_filter("groups_in_subsidiary_names", drop=groups_kept_alone_elsewhere)(groups_in_subsidiary_names)
report_filter("site_opened_names")(site_opened_names)
PIPELINE = Pipeline.assemble(PIPELINE_ORDER)


def extract_mentions(doc: Document, pipeline: Pipeline = PIPELINE) -> list[Mention]:
    mentions: list[Mention] = []
    picked: list[list[Mention]] = [[] for _ in pipeline.filters]  # what each report filter picked
    for sentence in doc.sentences:
        ctx = _context(doc, sentence)
        kept = drop_nested(pipeline.run(ctx))
        if not kept:
            continue  # a filter picks among what the sentence kept: nothing here (~3 sentences in 5)
        for f, out in zip(pipeline.filters, picked):
            out += f.pick(ctx, kept)
        mentions.extend(kept)
    for f, out in zip(pipeline.filters, picked):
        mentions = f.drop(mentions, out)
    return mentions


def set_attributes(doc: Document, mentions: list[Mention], pipeline: Pipeline = PIPELINE) -> list[Mention]:
    """Set on `mentions` (found by hand or by another tool) the attributes the pipeline's attribute
    components would set (a project's stage and investment, the cues of a clause, the place an
    observation is about); returns them."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    setters = pipeline.setting_attributes()
    for index, found in sorted(by_sentence.items()):
        setters.run(_context(doc, doc.sentences[index]), given=found)
    return mentions


def _context(doc: Document, sentence: Sentence) -> SentenceContext:
    return SentenceContext(doc, sentence, tokens(sentence.text), find_quantities(sentence.text), [])
