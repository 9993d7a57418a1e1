"""Session 22's speed shortcuts answer as the code they replace, on the samples' and Hailar's
sentences: the pipeline's pre-filter tests a component's one or two literals by `in`, after
dropping the literals that hold another of its literals (`minimal_literals`), and lets through
exactly the sentences the regex search for all its literals (`Component.literal_search`) lets
through."""
from __future__ import annotations

import pytest

from kg.extract import PIPELINE
from kg.extract.registry import minimal_literals
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import HAILAR, SEEDS


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt"))
    return [s.text for p in paths for s in parse_document(read_source(p)).sentences]


def test_minimal_literals_drops_the_literals_holding_another():
    assert minimal_literals(("新城", "新城区")) == ("新城",)
    assert minimal_literals(("号线", "线")) == ("线",)
    assert minimal_literals(("入驻", "落户", "新入驻", "入驻")) == ("入驻", "落户")
    assert minimal_literals(("等", "、")) == ("等", "、")
    assert minimal_literals(()) == ()


def test_the_plans_pre_filter_lets_through_what_the_literal_search_does(sentences):
    assert len(sentences) > 3000
    plan = PIPELINE._plan
    assert [p[0] for p in plan] == list(PIPELINE.components)
    by_in = sum(1 for p in plan if p[1] is not None)
    assert by_in > sum(1 for c in PIPELINE.components if len(c.needs) == 1)  # the shortcut is taken
    kept = 0
    for c, one, two, search, *_ in plan:
        for text in sentences:
            if one is not None:
                passes = one in text or (two is not None and two in text)
            else:
                passes = search is None or search(text) is not None
            expected = c.literal_search is None or c.literal_search(text) is not None
            assert passes == expected, (c.name, text)
            kept += passes
    assert 0 < kept < len(plan) * len(sentences)  # some sentences are skipped, some kept
