"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. A rule reads its numbers from here, so a threshold is changed (and reviewed)
as data, not found in the middle of a function."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- task E1: places and organizations rules

@dataclass(frozen=True)
class PlaceRuleLimits:
    """Caps and cut-offs of the place rules (kg/extract/places.py). Lengths are in characters;
    frequencies are counts in jieba's dictionary (with ours added)."""

    common_word_freq: int = 1000  # a word more frequent than this is a common word ("平房" in 和平房区, "文化" after 岭南)
    village_name_max_freq: int = 300  # a village's short name at least this frequent is a common word ("光明", "互助")
    toponym_word_max_freq: int = 250  # a proper noun ending in a toponym head names a place only when rarer ("长潭")
    toponym_word_max: int = 3  # longest one-word toponym before a facility ("白家湾市场")
    event_name_reach: int = 14  # how far after a place the words of an event's name may run to its head ("…合作首次领导人会议")
    head_walk_chars: int = 4  # the walk left from a place head, when place_suffixes.txt gives no limit: characters…
    head_walk_tokens: int = 3  # … and tokens
    natural_stem_max: int = 3  # longest name before a one-character natural head ("神龟峡", "阿蓬江")
    stem_max: int = 5  # longest name before other heads ("金溪镇", "冯家街道") without a limit of its own
    around_stem_min: int = 3  # "环" opens a longer stem as "around": "环南昆山" is 南昆山
    route_walk_chars: int = 6  # the walk left from a route's first 至 ("正阳至蓬东"): characters…
    route_walk_tokens: int = 3  # … and tokens
    route_head_reach: int = 14  # the project head after a route's last end is searched this far from the end's start
    route_head_gap: int = 4  # … and may start at most this far past the end the route's pattern matched ("…至马石角道路改造")
    route_end_max: int = 5  # longest end or stop of a route
    area_item_chars: int = 6  # longest item of a counted list of areas ("行政中心、机场路两大片区")…
    area_item_tokens: int = 3  # … in tokens
    coordinated_walk_chars: int = 4  # a name joined by 和/、 to a place ("濯水和新城…"): characters…
    coordinated_walk_tokens: int = 2  # … and tokens
    coordinated_min_start: int = 3  # the place joined to must start at least this far into the sentence


PLACE_RULES = PlaceRuleLimits()


@dataclass(frozen=True)
class OrgRuleLimits:
    """Caps and cut-offs of the organization rules (kg/extract/organizations.py). Lengths are in
    characters; frequencies are counts in jieba's dictionary (with ours added)."""

    name_walk_chars: int = 12  # the walk left from an organization's head ("重庆市农业担保公司"): characters…
    name_walk_tokens: int = 5  # … and tokens
    trade_walk_tokens: int = 4  # tokens walked on past a trade jieba reads as a verb ("农业担保公司")
    office_word_min: int = 3  # a one-character head (局, 所) ends an office only in a word this long ("教育局")
    brand_walk_chars: int = 4  # the brand before a trade ("京宏源铝业"): longest, in characters…
    brand_walk_tokens: int = 3  # … and tokens
    list_item_chars: int = 10  # longest item of a list of companies before 等企业…
    list_item_tokens: int = 4  # … in tokens
    works_company_max_freq: int = 1000  # a trade name at a works' head is rarer than this ("咸和", "吉之汇")
    works_company_max_words: int = 2  # … and at most this many words
    subject_min: int = 3  # shortest subject of an event only a body undergoes ("招银金投开业")
    national_reach: int = 10  # how far before a centre's name "国家" may open it ("国家超算深圳中心")
    centre_stem_min: int = 3  # shortest name before an institution's "中心"


ORG_RULES = OrgRuleLimits()
