"""Session 69 (spd): extraction skips the report filters' picks on a sentence that kept nothing.

`extract_mentions` no longer asks the report filters (kg.extract.registry.report_filter) to pick
among the mentions of a sentence that kept none (~3 sentences in 5 of the samples and Hailar): a
filter picks among what a sentence kept, so it picks nothing there. These tests hold the filters
to that (the samples', tests/real's, D225's and Hailar's Turtle were byte-identical with and without the
skip when it was written).
"""
from __future__ import annotations

from pathlib import Path

from kg.extract import PIPELINE, _context
from kg.extract.registry import drop_nested
from kg.text.document import parse_document
from kg.text.reading import read_source

from tests.conftest import names_of, review_mentions

SEED = Path(__file__).resolve().parent.parent / "seeds" / "qianjiang-2019.txt"


def test_every_filter_picks_nothing_from_a_sentence_that_kept_nothing():
    doc = parse_document(read_source(SEED))
    # "同志们:" (the seed's address line) and a heading keep no mention; a sentence of works keeps some
    empty = [s for s in doc.sentences if not drop_nested(PIPELINE.run(_context(doc, s)))]
    assert len(empty) >= 10
    for sentence in empty[:25]:
        ctx = _context(doc, sentence)
        assert all(f.pick(ctx, []) == [] for f in PIPELINE.filters)


def test_a_filter_still_drops_on_a_sentence_that_kept_something(tmp_path):
    # national-2017: 长江 inside the cluster 长江经济带 is picked by stems_of_region_clusters and dropped
    # (the sentence kept mentions, so the filters ran); the cluster itself stays (the near miss)
    sentence = "深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略,启动建设一批重点项目。"
    places = names_of(review_mentions(tmp_path, sentence, "国务院政府工作报告"), "Place")
    assert "长江经济带" in places
    assert "长江" not in places
