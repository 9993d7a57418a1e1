"""A water's name inside a works' name ends at its head however jieba glues the head to the next
character (issue 10, session 45): "清风湖水环境提升工程" is cut 清风/湖水/环境/…, "凤凰河水库" 凤凰/河水库,
and the works is on the lake or river (ANNOTATION rule 8: a place inside a project's name). Names made
up in the genre's phrasing, asked of the report's name index."""
from __future__ import annotations

from kg.extract import PLACE
from kg.model import Entity
from kg.resolve.relations import _NameIndex
from kg.text.segment import tokens


def _index() -> _NameIndex:
    return _NameIndex({
        "place/a": Entity(PLACE, "清风湖", "place/a"),
        "place/b": Entity(PLACE, "凤凰河", "place/b"),
    })


def test_jieba_glues_the_waters_head_to_the_next_character():
    assert "湖水" in [t.word for t in tokens("清风湖水环境提升工程")]
    assert "河水库" in [t.word for t in tokens("凤凰河水库")]


def test_a_water_glued_to_the_next_character_is_inside_the_works_name():
    index = _index()
    assert [n for _, n, _ in index.inside(PLACE, "清风湖水环境提升工程")] == ["清风湖"]
    assert [n for _, n, _ in index.inside(PLACE, "凤凰河水库除险加固工程")] == ["凤凰河"]

