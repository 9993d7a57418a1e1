"""Longest first, then in code-point order, is one function (kg.lexicons.longest_first): no module
of kg/ writes that sort by hand (`sorted(words, key=lambda w: (-len(w), w))`), so the order a rule
tries words in for the longest match is the same everywhere and said once."""
from __future__ import annotations

import re

from kg import lexicons

from .conftest import ROOT

BY_HAND = re.compile(r"key\s*=\s*lambda (\w+)\s*:\s*\(\s*-\s*len\(\1\)\s*,\s*\1\s*\)")


def test_no_module_sorts_longest_first_by_hand():
    own = ROOT / "kg" / "lexicons" / "__init__.py"
    by_hand = [f"{p.relative_to(ROOT)}:{s[:m.start()].count(chr(10)) + 1}"
               for p in sorted((ROOT / "kg").rglob("*.py")) if p != own
               for s in [p.read_text(encoding="utf-8")] for m in BY_HAND.finditer(s)]
    assert not by_hand, f"use kg.lexicons.longest_first: {by_hand}"


def test_longest_first_is_the_order_those_sorts_gave():
    words = {"产业园", "园", "产业园区", "工业园", "园区", "新区"}
    assert lexicons.longest_first(words) == tuple(sorted(words, key=lambda w: (-len(w), w)))
    assert lexicons.longest_first(w for w in ["园区", "园区", "园"]) == ("园区", "园")
