"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. Rules read them from the instances below; changing a number here changes
what the rules find (the cmp check on the samples shows by how much)."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- E2: genre and project rules

@dataclass(frozen=True)
class NameWalk:
    """How far a walk left from a head may go to find where a name begins
    (kg.extract.base.name_start): at most `max_chars` characters and `max_tokens` tokens."""

    max_chars: int
    max_tokens: int

    @property
    def limits(self) -> dict[str, int]:
        """The walk's caps as name_start's keyword arguments."""
        return {"max_chars": self.max_chars, "max_tokens": self.max_tokens}


@dataclass(frozen=True)
class ProjectLimits:
    """kg/extract/projects.py."""

    works_name: NameWalk = NameWalk(20, 8)  # the name before a project head ("…水库枢纽工程")
    listed_item: NameWalk = NameWalk(14, 6)  # the first item of a list labelled works ("A、B等项目")
    action_item: NameWalk = NameWalk(14, 6)  # an item named by its action ("森林质量提升、…")
    name_before_new: NameWalk = NameWalk(12, 5)  # the name before 新 and a head ("广州新机场")
    name_before_bracket: NameWalk = NameWalk(8, 4)  # the name before a bracketed joint ("南珠(中)城际")
    joined_name: NameWalk = NameWalk(6, 3)  # a bare name joined by 和/、 to a works ("三台书院、草圭堂…")
    joined_name_chars: int = 6  # the longest such joined name
    next_head_window: int = 4  # how far after a head another head is looked for ("…水库枢纽工程")
    next_head_gap: int = 2  # at most this many characters between a head and the next one
    counted_set_window: int = 6  # how far before a name "88个" is looked for (a counted set)


@dataclass(frozen=True)
class GenreLimits:
    """kg/extract/genre.py."""

    list_item: NameWalk = NameWalk(18, 8)  # the first item of a list of facilities or works
    capacity_trade_name: NameWalk = NameWalk(4, 2)  # a trade name before a capacity ("大唐700万吨…")
    named_area: NameWalk = NameWalk(16, 6)  # the name before an area's head ("西山湿地")
    listed_village: NameWalk = NameWalk(5, 3)  # the first village of a list ("孙家屯、团结村等")
    dealer_park: NameWalk = NameWalk(12, 5)  # the park dealers are in ("中俄蒙国际汽车园")
    zone_name: NameWalk = NameWalk(10, 4)  # the name before a zone being built ("滨河新区")
    relocated_facility: NameWalk = NameWalk(12, 5)  # a facility before the works of moving it
    short_item_tokens: int = 2  # tokens of the first short name of a list (compounds, brands)
    compound_chars: int = 4  # the longest name of a compound or a village moved whole ("伊敏")
    brand_chars: int = 6  # the longest brand counted by its stores ("奥迪")
    trade_name_chars: int = 8  # the longest name in a list of companies or hotels
    park_window: int = 12  # how far before the first brand a park it is glued to may start
    min_park_chars: int = 4  # the shortest name of such a park
    list_lookback: int = 200  # how far before its predicate a 、-list may start
    tail_lookback: int = 12  # how far before a predicate the list's tail ("…等项目的") may start
    preparation_lookback: int = 20  # how far before 前期 a works' name may start
    partner_lookback: int = 10  # how far before a zone the partners' abbreviations may start ("中俄蒙")
    product_chars: int = 4  # the longest product between a company and a works verb ("雪花啤酒")
    common_word_freq: int = 1000  # jieba's frequency from which a word is common, no trade name


PROJECT_LIMITS = ProjectLimits()
GENRE_LIMITS = GenreLimits()
