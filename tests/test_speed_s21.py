"""Session 21's speed shortcuts answer as the code they replace, on the samples' sentences:
`lexicons.find_division` remembered by its arguments gives what the function computes afresh,
and the sentence context's lock-free cached properties (`base._once`) give what
functools.cached_property gave, computed once and kept on the context."""
from __future__ import annotations

import functools

import pytest

from kg import lexicons
from kg.extract import _context, extract_mentions
from kg.extract.base import SentenceContext, _once
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def documents():
    return [parse_document(read_source(p)) for p in sorted(SEEDS.glob("*.txt"))]


def test_a_remembered_division_is_the_one_computed_afresh(documents, monkeypatch):
    asked: list[tuple[tuple, dict]] = []
    remembered = lexicons.find_division

    def recording(*args, **kwargs):
        asked.append((args, kwargs))
        return remembered(*args, **kwargs)

    monkeypatch.setattr(lexicons, "find_division", recording)
    for doc in documents:
        extract_mentions(doc)
    monkeypatch.undo()
    afresh = remembered.__wrapped__
    assert len(asked) > 500  # the place rules ask it of every candidate name
    found = 0
    for args, kwargs in asked:
        expected = afresh(*args, **kwargs)
        assert remembered(*args, **kwargs) == expected, (args, kwargs)
        found += expected is not None
    assert found > 100  # real divisions among them, not only misses
    # the province a report is near changes the answer for a county's short form
    assert remembered("黔江", "50") is not None and remembered("黔江", "44") is None


def test_the_context_properties_are_computed_once_and_kept(documents):
    names = [n for n, v in vars(SentenceContext).items() if isinstance(v, _once)]
    assert {"text", "token_starts", "token_end_set", "tokens_by_start", "tokens_by_end"} <= set(names)
    calls: dict[str, int] = {}
    for doc in documents:
        for sentence in doc.sentences[:40]:
            ctx = _context(doc, sentence)
            for name in names:
                func = vars(SentenceContext)[name].func
                value = getattr(ctx, name)
                assert getattr(ctx, name) is value and ctx.__dict__[name] is value  # kept: read again, not computed
                assert value == func(_context(doc, sentence))  # what functools.cached_property computed
                calls[name] = calls.get(name, 0) + 1
    assert all(n > 100 for n in calls.values())


def test_a_lock_free_property_reads_as_a_cached_property():
    class Plain:
        def __init__(self):
            self.runs = 0

        @functools.cached_property
        def value(self):
            self.runs += 1
            return [self.runs]

    class Once(Plain):
        @_once
        def value(self):
            self.runs += 1
            return [self.runs]

    for cls in (Plain, Once):
        x = cls()
        assert x.value is x.value and x.value == [1] and x.runs == 1
        x.__dict__.pop("value")
        assert x.value == [2]  # computed again only once forgotten
    assert isinstance(Once.value, _once) and Once.value.__doc__ is None
