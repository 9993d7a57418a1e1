"""Session 17's speed changes give the answers of the code they replace, on the samples and Hailar:
the pipeline's literal pre-filter (one trie scan since session 31) against each component's regex search, the forms'
scan before the institutions' pattern, the needs of the transfer works, the 、 rewrites of a
continued indicator name."""
import functools
import re

import pytest

from kg.extract import PIPELINE
from kg.extract import genre, observations, organizations
from kg.extract.base import clean_name
from kg.text.document import parse_document
from kg.text.reading import read_source

from .conftest import SEEDS, shared_file


@functools.lru_cache(maxsize=1)
def _docs():
    paths = sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt"))
    return tuple(parse_document(read_source(p)) for p in paths)


def _sentences():
    return [s.text for d in _docs() for s in d.sentences]


def test_the_plans_literal_scan_skips_the_sentences_each_components_search_skips():
    """Session 31: the components' literals are found by one trie scan a sentence
    (`Pipeline._literal_masks`); its bits must let through exactly the sentences each component's
    own `literal_search` finds one of its literals in."""
    texts = _sentences()
    assert len(texts) > 3000
    plan = PIPELINE._plan
    trie, masks = PIPELINE._literal_masks
    gated = [(entry[0], entry[1]) for entry in plan if entry[1]]
    assert len(gated) >= 40  # most components need a literal
    kept = 0
    for t in texts:
        held = 0
        for a, b in trie.starts(t):
            held |= masks[t[a:b]]
        assert PIPELINE.literal_bits(t) == held  # the pipeline's scan in two parts (session 44)
        for c, bit in gated:
            assert bool(held & bit) == (c.literal_search(t) is not None), (c.name, t)
            kept += bool(held & bit)
    assert 0 < kept < len(gated) * len(texts)  # some sentences are skipped, some kept
    for entry in plan:
        c, bit = entry[:2]
        assert (bit != 0) == (len(c.needs) > 0), c.name


def test_the_components_run_on_a_sentence_are_those_its_literals_let_through():
    """Session 32: `Pipeline.run` visits only `_plan_holding(held)`, kept per set of literal bits: in
    the pipeline's order, every component that needs no literal and every one whose own
    `literal_search` finds one of its literals in the sentence, and no other."""
    for t in _sentences():
        held = PIPELINE.literal_bits(t)
        expected = [c.name for c in PIPELINE.components if not c.needs or c.literal_search(t) is not None]
        assert [entry[0].name for entry in PIPELINE._plan_holding(held)] == expected, t


def test_every_institution_found_holds_a_kind_alone():
    texts = _sentences()
    full, forms = organizations._standalone_pattern(), organizations._standalone_forms()
    held = [t for t in texts if full.search(t)]
    assert held  # "县融媒体中心", "党校": the samples name some
    assert all(forms.search(t) for t in held)
    assert [t for t in texts if forms.search(t) is None and full.search(t)] == []


def test_the_transfer_works_need_the_characters_every_name_of_them_holds():
    c = next(c for c in PIPELINE.components if c.name == "genre_transfer_works")
    assert "引" in c.needs and len(c.needs) <= 12
    samples = ["加快建设引江济淮等十大水利工程", "推进南水北调东线后续工程", "青电入豫工程开工"]
    for text in samples:
        assert genre.transfer_works_pattern().search(text), text
        assert any(n in text for n in c.needs), text


@pytest.mark.parametrize("name", ["省、市级重点项目个数", "新建、续建项目", "农业产值", "省、市、县三级投资"])
def test_a_continued_name_is_rewritten_as_by_both_substitutions(name):
    levels = observations._LEVELS
    expected = re.sub(rf"(?<!\([{levels}])(?<=[{levels}])、(?=[{levels}])", "", clean_name(name))
    expected = re.sub("、", lambda m: "" if observations._joins_verbs(m.string, m.start()) else "、", expected)
    assert observations._continued(name, [], "", 0, False) == expected
