"""Speed of the rules: an area's towns, town short forms and villages are looked up by a
WordTrie, not a compiled alternation. The trie must find exactly what the alternation with the
longest names first found (leftmost, longest, non-overlapping), on real report text."""
from __future__ import annotations

import re

from .conftest import HAILAR, SEEDS

from kg.extract.places import _longest_first_pattern
from kg.text.area import towns_of
from kg.text.document import parse_document
from kg.text.lookup import alternation_pattern
from kg.text.reading import read_source

REPORTS = sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt"))[:1]


def _alternation(names) -> re.Pattern[str]:
    """What the rules compiled before: the alternation of the names, the longest first."""
    return re.compile(alternation_pattern(sorted(set(names), key=lambda n: (-len(n), n))))


def test_town_trie_finds_what_the_alternation_found():
    found = 0
    for path in REPORTS:
        doc = parse_document(read_source(path))
        d = doc.own.division
        if d is None:
            continue  # the State Council's report: the country is no division with towns
        names = towns_of(d.code, d.level)
        assert names, f"{path.name}: its area has towns in the lexicon"
        trie, regex = _longest_first_pattern(names), _alternation(names)
        for sentence in doc.sentences:
            spans = [m.span() for m in trie.finditer(sentence.text)]
            assert spans == [m.span() for m in regex.finditer(sentence.text)], sentence.text
            found += len(spans)
    assert found > 0, "the district and county reports name towns of their own area"


def test_longest_name_wins_and_matches_do_not_overlap():
    # a full name before its short form, a short form that another name opens
    trie = _longest_first_pattern(["濯水", "濯水镇", "水镇", "镇南"])
    text = "濯水镇南濯水和水镇"
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in _alternation(
        ["濯水", "濯水镇", "水镇", "镇南"]).finditer(text)] == ["濯水镇", "濯水", "水镇"]


def test_no_names_no_pattern():
    assert _longest_first_pattern([]) is None
