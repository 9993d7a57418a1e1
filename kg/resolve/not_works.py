"""Project mentions that name no works, dropped before they become entities.

Extraction finds a project by its head and its context; some of what it finds is, by its name alone,
not a works (ANNOTATION: Project): a kind of road or railway standing alone ("高速公路"), or a
span that ran over a predicate, a time or a person ("…上半年新开工", "…段通车改变…", "…市委书记").
Each test reads the mention's name only (and the words jieba cuts it into), never its sentence, and
each is a word list in kg/lexicons/.
"""
from __future__ import annotations

from kg import lexicons
from kg.model import PROJECT, Mention
from kg.text.segment import tokens


def names_no_works(name: str) -> str | None:
    """Why a project named `name` is not a works ("kind", "predicate"), or None."""
    if name in lexicons.word_set("project_not_works_kinds.txt"):
        return "kind"
    not_in_names = lexicons.word_set("project_not_works_words.txt")
    if any(t.word in not_in_names for t in tokens(name)):
        return "predicate"
    return None


def drop_not_works(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the project mentions whose name names no works (`names_no_works`)."""
    verdicts: dict[str, str | None] = {}  # one verdict a name: a report names a project many times
    kept = []
    for m in mentions:
        if m.type == PROJECT:
            if m.text not in verdicts:
                verdicts[m.text] = names_no_works(m.text)
            if verdicts[m.text] is not None:
                continue
        kept.append(m)
    return kept
