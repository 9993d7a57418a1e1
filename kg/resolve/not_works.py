"""Project mentions that name no works, dropped before they become entities.

Extraction finds a project by its head and its context; some of what it finds is, by its name alone,
not a works (ANNOTATION: Project): a kind of road or railway standing alone ("高速公路"), a label of a
class of projects ("100亿元项目", "京津项目"), a programme of
talent, jobs or civility named 工程 (rule 12), a name opened by a word of a whole class ("老旧…改造",
"病险水库…"), or a span that ran over a predicate, a time or a person
("…上半年新开工", "…段通车改变…", "…市委书记"). Each test reads the mention's name only (and the
words jieba cuts it into), never its sentence, and each is a word list in kg/lexicons/.
"""
from __future__ import annotations

import re

from kg import lexicons
from kg.model import PLACE, PROJECT, Mention
from kg.text.segment import tokens


_LABEL = "项目"
# the readings of extraction that make a span a place and nothing else (kg.extract): a zone the
# report supports in growing ("全力支持呼伦贝尔工业园区发展"), unless the sentence builds it (`built`),
# a zone whose output the clause reports right after its name ("X产业园产值首次突破300亿元"),
# and a stop of a line written with dashes ("打造胜利大街—阿里河路—扎兰屯路—新北出口路一线的精品示范大街":
# the avenue is the works, not the streets it runs along)
_ONLY_LOCATIONS = frozenset({"genre_supported_zone", "genre_zone_output", "dash-line"})
_PROGRAMME = "工程"
# a sum of money in a name: money sizes a class of projects ("100亿元项目", "…2000万元以上项目"),
# never names one (a capacity does: "年产40万吨…项目")
_MONEY = re.compile(r"\d[\d.]*(?:万|亿)?(?:美)?元")


def _labels_a_class(stem: str) -> bool:
    """Does `stem` before 项目 say which projects, not which works: a sum of money, or only the
    initials of provinces or a region the projects come from ("京津项目": those from Beijing and
    Tianjin)?"""
    if "元" in stem and _MONEY.search(stem):
        return True
    initials = lexicons.word_set("place_abbreviations.txt")
    return bool(stem) and (all(c in initials for c in stem) or stem in lexicons.word_set("regions.txt"))


def _is_programme(name: str) -> bool:
    """Is `name` a 工程 of education, talent, jobs, income or civility (ANNOTATION rule 12: a programme,
    not a package of physical works): "…富民工程", "幸福指数工程"?"""
    stem = name[: -len(_PROGRAMME)] if name.endswith(_PROGRAMME) else ""
    return bool(stem) and stem.endswith(tuple(lexicons.word_set("project_not_works_programmes.txt")))


def _kind_worked_on(name: str) -> bool:
    """Is `name` a bare kind of linear works and what is done to it ("背街巷道改造", "道路整治":
    every street of the kind, as the kind alone is; project_works_actions.txt)?"""
    kinds = lexicons.word_set("project_not_works_kinds.txt")
    return any(name.endswith(a) and name[: -len(a)] in kinds for a in lexicons.words("project_works_actions.txt"))


def names_no_works(name: str) -> str | None:
    """Why a project named `name` is not a works ("kind", "label", "programme", "class", "predicate"),
    or None."""
    if name in lexicons.word_set("project_not_works_kinds.txt") or _kind_worked_on(name):
        return "kind"
    if name.endswith(_LABEL) and _labels_a_class(name[: -len(_LABEL)]):
        return "label"
    if _is_programme(name):
        return "programme"
    if name.startswith(tuple(lexicons.word_set("project_not_works_class_openers.txt"))):
        return "class"
    not_in_names = lexicons.word_set("project_not_works_words.txt")
    if any(t.word in not_in_names for t in tokens(name)):
        return "predicate"
    return None


def drop_not_works(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the project mentions whose name names no works (`names_no_works`), nor
    those whose words extraction read as only a place (`_ONLY_LOCATIONS`): a zone the report supports
    in building itself up ("全力支持呼伦贝尔工业园区发展": a place, ANNOTATION rule 3, which the sentence
    does not build; not where the sentence builds the zone itself, "支持横琴粤澳深度合作区建设",
    extraction's `built`), a stop of a line."""
    verdicts: dict[str, str | None] = {}  # one verdict a name: a report names a project many times
    located = {m.span for m in mentions if m.type == PLACE and m.attrs.get("source") in _ONLY_LOCATIONS
               and not m.attrs.get("built")}
    kept = []
    for m in mentions:
        if m.type == PROJECT:
            if m.span in located:
                continue
            if m.text not in verdicts:
                verdicts[m.text] = names_no_works(m.text)
            if verdicts[m.text] is not None:
                continue
        kept.append(m)
    return kept
