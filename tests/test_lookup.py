"""The word trie answers as the regex alternation it replaces, on real report text."""
from __future__ import annotations

import re

import pytest

from kg import lexicons
from kg.text.document import parse_document
from kg.text.lookup import WordTrie
from kg.text.reading import read_source
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def place_names() -> list[str]:
    names = set(lexicons.divisions_by_name()) | lexicons.named_regions()
    return sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for p in sorted(SEEDS.glob("*.txt")) for s in parse_document(read_source(p)).sentences]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_finditer_search_match_fullmatch_as_the_alternation(place_names, sentences):
    regex = re.compile("|".join(re.escape(n) for n in place_names))
    trie = WordTrie(place_names)
    found = 0
    for text in sentences:
        expected = spans(regex.finditer(text))
        assert spans(trie.finditer(text)) == expected, text
        found += len(expected)
        assert spans(filter(None, [trie.search(text)])) == spans(filter(None, [regex.search(text)]))
        for a in range(0, len(text), 7):
            assert spans(filter(None, [trie.match(text, a)])) == spans(filter(None, [regex.match(text, a)]))
    assert found > 500  # the samples name hundreds of places
    for name in ("重庆市", "黔江区", "重庆市黔江", "黔", ""):
        assert bool(trie.fullmatch(name)) == bool(regex.fullmatch(name)), name


def test_every_start_as_the_lookahead(place_names, sentences):
    lookahead = re.compile(f"(?=({'|'.join(re.escape(n) for n in place_names)}))")
    trie = WordTrie(place_names)
    for text in sentences[:400]:
        assert [(m.start(), m.group(1)) for m in trie.every_start(text)] == \
               [(m.start(), m.group(1)) for m in lookahead.finditer(text)], text


def test_longest_word_wins_and_overlaps():
    trie = WordTrie(["重庆", "重庆市", "庆市", "市区"])
    assert spans(trie.finditer("重庆市区")) == [(0, 3, "重庆市")]
    assert [(m.start(), m.group()) for m in trie.every_start("重庆市区")] == [(0, "重庆市"), (1, "庆市"), (2, "市区")]
    assert trie.match("重庆") is not None and trie.match("重") is None and trie.fullmatch("重庆市区") is None
