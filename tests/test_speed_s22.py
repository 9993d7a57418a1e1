"""Session 22's speed shortcut: the pipeline's pre-filter drops the literals that hold another of a
component's literals (`minimal_literals`: a sentence holding 新城区 holds 新城). Since session 31
the remaining literals are found by one trie scan a sentence, checked against each component's
regex search (`Component.literal_search`) in tests/test_prefilters_agree_with_the_rules.py."""
from __future__ import annotations

from kg.extract.registry import minimal_literals


def test_minimal_literals_drops_the_literals_holding_another():
    assert minimal_literals(("新城", "新城区")) == ("新城",)
    assert minimal_literals(("号线", "线")) == ("线",)
    assert minimal_literals(("入驻", "落户", "新入驻", "入驻")) == ("入驻", "落户")
    assert minimal_literals(("等", "、")) == ("等", "、")
    assert minimal_literals(()) == ()
