"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. A rule reads its numbers from here, so a threshold is changed (and reviewed)
as data, not found in the middle of a function."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- task E3: names, proper names, the document, observations

@dataclass(frozen=True)
class NameLimits:
    """How far kg.extract.base.name_start walks left from a name's head when its caller sets no
    limits of its own."""

    max_chars: int = 14  # the most characters from the name's start to its head
    max_tokens: int = 6  # the most tokens it takes in front of the head


NAME_LIMITS = NameLimits()


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
