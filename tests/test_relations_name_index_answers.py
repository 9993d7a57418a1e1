"""`_NameIndex.inside` answers each question once a report (session 43, issue 11): a name is looked
into by several rules, so the answer is kept; it must be the answer worked out again, and a list
the caller may change without changing the next answer. Names made up in the genre's phrasing."""
from __future__ import annotations

from kg.extract import ORG, PLACE
from kg.model import Entity
from kg.resolve.relations import _NameIndex


def _index() -> _NameIndex:
    return _NameIndex({
        "place/131082": Entity(PLACE, "三河市", "place/131082", aliases={"三河"}),
        "place/130281": Entity(PLACE, "遵化市", "place/130281", aliases={"遵化"}),
        "org/a": Entity(ORG, "唐山建工集团有限公司", "org/a"),
    })


def test_a_kept_answer_is_the_answer_worked_out_again():
    index = _index()
    for type_, name, other in [(PLACE, "京秦高速三河段二期工程", None), (PLACE, "京秦高速遵化至秦皇岛段", None),
                               (PLACE, "三河市燕郊大道", "place/131082"), (ORG, "唐山建工集团遵化物流园", None)]:
        first = index.inside(type_, name, other)
        assert first == index._inside(type_, name, other)
        assert index.inside(type_, name, other) == first


def test_a_caller_changing_its_answer_does_not_change_the_next_one():
    index = _index()
    got = index.inside(PLACE, "京秦高速三河段二期工程")
    assert [n for _, n, _ in got] == ["三河"]
    got.clear()
    assert [n for _, n, _ in index.inside(PLACE, "京秦高速三河段二期工程")] == ["三河"]
