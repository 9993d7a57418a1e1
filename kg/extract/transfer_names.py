"""The names of transfer works, shared by the rules that find them (kg.extract.genre) and the list rules
that must not read them as places or as items sharing the head of the works listed after them
(kg.extract.projects, kg.extract.places): "引" source verb destination (引江济淮, 引黄入冀), source goods
verb destination (青电入豫, 疆电入渝) or direction goods direction verb (南水北调, 西气东输); sources and
destinations are one-character forms of rivers and provinces (project_transfer_ends.txt,
place_abbreviations.txt)."""
from __future__ import annotations

from kg.text.names import transfer_works_pattern

# the length of every transfer works' name the pattern reads (kg.text.names.transfer_works_pattern, in the
# text layer, where the organization rules read it too)
NAME_CHARS = 4


def transfer_name_ends_at(text: str, b: int) -> bool:
    """Does a transfer works' name end at text[b] ("疆电入渝、川渝特高压交流工程", "引黄济宁、引通济柴工程"):
    a works of its own, neither a place (济宁 of 引黄济宁) nor a name sharing the next item's head."""
    return b >= NAME_CHARS and transfer_works_pattern().fullmatch(text, b - NAME_CHARS, b) is not None
