"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. A rule reads its numbers from here, so a threshold is changed (and reviewed)
as data, not found in the middle of a function."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- shared

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


# ---------------------------------------------------------------- task E3: names, proper names, the document, observations

# how far name_start walks left from a name's head when its caller sets no limits of its own
NAME_LIMITS = NameWalk(14, 6)


@dataclass(frozen=True)
class ProperName:
    """jieba dictionary frequencies under which a part of a stem makes it a proper name
    (kg.text.names.is_proper): what is rare is a name, what is common names nothing."""

    rare_char: int = 300  # a character standing alone, rarer than this, is a name's ("濯")
    rare_char_in_unknown: int = 1500  # an unknown two-character word the HMM joined is a name if
    #                                   one of its characters is rarer than this ("阿蓬"; not "城美")
    rare_word: int = 100  # a known word rarer than this is a name's (unless strict)
    rare_proper_noun: int = 1000  # a word jieba tags as a proper noun (ns, nr, nz, j…) rarer than
    #                               this is a name's, strict or not ("金溪"/ns)


PROPER_NAME = ProperName()


@dataclass(frozen=True)
class DocumentLimits:
    """How kg.text.document reads a report's layout."""

    max_sentence_chars: int = 1000  # a longer sentence is cut at a clause mark of its second half
    #                                 (the longest in the samples and the Hailar corpus is under 500)
    heading_chars: int = 60  # a numbered line ("一、…") this long or longer is a paragraph, not a part
    title_lines: int = 12  # the salutation (各位代表) that ends the title block is looked for this far
    title_chars: int = 40  # with no salutation, a first line naming the report under this is its title
    area_lines: int = 3  # the report's own area is read from the title block and this many lines after it


DOCUMENT_LIMITS = DocumentLimits()


@dataclass(frozen=True)
class ObservationLimits:
    """How far the observation rules read around a value."""

    noun_after_chars: int = 16  # the longest noun after a count that names what it counts
    #                             ("88个深度脱贫攻坚项目有序推进")
    bracket_chars: int = 8  # a bracket this short inside an indicator's name is part of it ("(PM2.5)")
    subject_chars: int = 3  # the shortest subject of the clause before that names a bare value
    #                         ("全部财政收入…,完成11.68亿元")


OBSERVATION_LIMITS = ObservationLimits()


# ---------------------------------------------------------------- E2: genre and project rules

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
