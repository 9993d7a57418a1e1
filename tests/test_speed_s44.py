"""The speed shortcuts of session 44 answer as the plain code they replace, on the samples' text:
`outermost` by one sweep instead of every pair of mentions, and the tokenizer's remembered blocks."""
from __future__ import annotations

import random

import pytest

from kg.extract import PIPELINE, _context
from kg.model import Mention, Span, outermost
from kg.text.document import parse_document
from kg.text.reading import read_source
from kg.text.segment import tokenizer
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def documents():
    return [parse_document(read_source(p)) for p in sorted(SEEDS.glob("*.txt"))]


def outermost_by_pairs(mentions: list[Mention]) -> list[Mention]:
    """The definition: a mention is dropped where another one holds it and is longer."""
    return [m for m in mentions if not any(o.span.start <= m.span.start and m.span.end <= o.span.end
                                           and len(o.span) > len(m.span) for o in mentions)]


def test_outermost_keeps_what_the_pairwise_test_keeps(documents):
    shuffled = random.Random(44)
    inner_somewhere = 0
    for doc in documents:
        for sentence in doc.sentences:
            found = PIPELINE.run(_context(doc, sentence))
            ordered = sorted(found, key=lambda m: (m.start, -m.end))  # as the rules give them
            assert outermost(ordered) == outermost_by_pairs(ordered), sentence.text
            shuffled.shuffle(found)  # any order: the sweep sorts them, and keeps theirs
            assert outermost(found) == outermost_by_pairs(found), sentence.text
            inner_somewhere += len(outermost(found)) < len(found)
    assert inner_somewhere > 100  # many sentences hold a name inside another


def test_outermost_keeps_mentions_of_the_same_bounds_and_drops_one_ending_with_a_longer():
    text = "黔江区黔江卷烟厂"
    def mention(kind: str, a: int, b: int) -> Mention:
        return Mention(kind, text[a:b], Span(a, b), 0)

    same = [mention("Place", 0, 3), mention("Organization", 0, 3)]
    assert outermost(same) == same
    ending = [mention("Place", 3, 5), mention("Organization", 3, 8), mention("Organization", 5, 8)]
    assert outermost(ending) == [ending[1]]
    assert outermost([]) == []


def test_remembered_blocks_cut_as_a_fresh_cut_does(documents):
    cutter = tokenizer().cutter()
    texts = [s.text for d in documents for s in d.sentences]
    cutter.block_words.clear()
    fresh = [cutter.cut(t) for t in texts]
    assert cutter.block_words  # every block cut was remembered
    assert [cutter.cut(t) for t in texts] == fresh  # and every one is now cut from the memo
