"""The speed shortcuts of session 11 answer as the plain code they replace, on real report text:
the word trie's scan that skips where no word may begin, the token reaching an offset by
bisection (on tokens that cover a sentence back to back), and drop_nested reading each mention's
bounds once."""
from __future__ import annotations

import pytest

from kg import lexicons
from kg.extract import PIPELINE, _context
from kg.extract.registry import drop_nested
from kg.model import OBSERVATION
from kg.text.document import parse_document
from kg.text.lookup import WordTrie
from kg.text.reading import read_source
from kg.text.segment import tokens
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def documents():
    return [parse_document(read_source(p)) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def sentences(documents) -> list[str]:
    return [s.text for d in documents for s in d.sentences]


def every_start_by_walk(trie: WordTrie, text: str) -> list[tuple[int, int]]:
    """The longest word at every position, trying every position (what the scan must equal)."""
    return [(i, end) for i in range(len(text)) if (end := trie.longest_at(text, i)) > 0]


@pytest.mark.parametrize("one_character_words", [False, True])
def test_the_scan_finds_a_word_at_every_position_the_walk_does(sentences, one_character_words):
    names = set(lexicons.divisions_by_name()) | lexicons.named_regions()
    words = [n for n in names if len(n) >= 2]
    if one_character_words:
        words += ["省", "市", "县"]  # then a word may begin at any of its first characters alone
    trie = WordTrie(words)
    found = 0
    for text in sentences:
        expected = every_start_by_walk(trie, text)
        assert list(trie.starts(text)) == expected, text
        found += len(expected)
    assert found > 500  # the samples name places ~900 times


def test_the_scan_escapes_what_a_regex_class_would_read():
    trie = WordTrie(["a]b", "^c", "d-e", "\\f", "x.y", "+z", "]"])
    text = "a]b ^c d-e \\f x.y +z ] ab c de f xy z"
    assert list(trie.starts(text)) == every_start_by_walk(trie, text)
    assert [m.group() for m in trie.finditer(text)] == ["a]b", "^c", "d-e", "\\f", "x.y", "+z", "]"]
    assert list(WordTrie([]).starts(text)) == []


def test_the_token_reaching_an_offset_is_the_one_the_walk_finds(documents):
    checked = 0
    for doc in documents[:2]:
        for sentence in doc.sentences:
            ctx = _context(doc, sentence)
            for b in range(len(sentence.text) + 2):
                walked = next((t for t in ctx.tokens if t.start < b <= t.end), None)
                assert ctx.token_reaching(b) is walked, (sentence.text, b)
                checked += 1
    assert checked > 10_000


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "　", "一、 推进\n黔江区  工程建设。\r\n",
                                  "  PM2.5 浓度\t下降 5% ", "2019年\n\n（一）", "abc def", "……"])
def test_tokens_cover_a_text_back_to_back(text):
    """token_reaching takes the last token starting before an offset for the one holding it: true
    only when the tokens cover the text with no gap, no overlap and no empty word."""
    assert_back_to_back(text, tokens(text))


def test_tokens_cover_every_sentence_of_the_samples_back_to_back(sentences):
    for text in sentences:
        assert_back_to_back(text, tokens(text))


def assert_back_to_back(text: str, words: list) -> None:
    assert "".join(t.word for t in words) == text
    assert [t.start for t in words] == [0, *(t.end for t in words)][:len(words)]
    assert all(t.end == t.start + len(t.word) > t.start for t in words)


def test_a_word_ending_in_a_head_is_found_among_the_heads_of_its_last_character(sentences):
    """is_head tries only the heads that end in a word's last character (words_closing): the same
    answer as str.endswith over every head of org_suffixes.txt and project_heads.txt."""
    from kg.extract.base import is_head

    heads = tuple(w for w in lexicons.words("org_suffixes.txt") + lexicons.words("project_heads.txt") if len(w) > 1)
    by_ending = 0
    for text in sentences:
        for t in tokens(text):
            ends_in_head = len(t.word) > 2 and t.word.endswith(heads)
            assert is_head(t) == (t.pos in ("nhead", "phead") or ends_in_head), t
            by_ending += ends_in_head and t.pos not in ("nhead", "phead")
    assert by_ending > 50  # words jieba tags otherwise that end in a head ("重点项目", "公立医院": 107 in the samples)


def test_drop_nested_keeps_what_the_pairwise_test_keeps(documents):
    dropped_somewhere = 0
    for doc in documents:
        for sentence in doc.sentences:
            found = PIPELINE.run(_context(doc, sentence))
            expected = [m for m in found
                        if m.type == OBSERVATION or not any(o.type == m.type and len(o.span) > len(m.span)
                                                            and o.span.contains(m.span) and not o.attrs.get("composite")
                                                            for o in found)]
            assert drop_nested(found) == expected, sentence.text
            dropped_somewhere += len(expected) < len(found)
    assert dropped_somewhere > 0  # some sentence did hold a nested mention to drop
