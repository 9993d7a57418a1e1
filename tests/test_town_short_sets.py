"""The short forms of an area's towns (`_works_town_shorts`) are found once per town, not once per form
of its name that `towns_of` lists (its full name, 街 form, form without its peoples, short form, other
level's forms: ~3 keys a town), and `_rare_town_short` is kept per town (a town is met again in its
county's, prefecture's and province's sets): the same words as the set over every form, at a third of
the look-ups (session 72, issue 11: the towns' sets are ~6% of a first pass over the distinct reports)."""
from __future__ import annotations

import pytest

from kg import lexicons
from kg.extract import places
from kg.text.area import names_zone_kind, towns_of
from kg.text.lookup import _END
from tests.test_province_town_short_forms_in_works import _places


def _words(node: dict, prefix: str = "") -> set[str]:
    out = {prefix} if _END in node else set()
    for char, child in node.items():
        if char != _END:
            out |= _words(child, prefix + char)
    return out


def _code(name: str, level: str) -> str:
    return next(d.code for d in lexicons.divisions().values() if d.name == name and d.level == level)


@pytest.mark.parametrize("name, level", [("海拉尔区", "county"), ("茂名市", "prefecture"), ("河南省", "province")])
def test_the_short_forms_are_those_of_every_form_of_the_towns(name, level):
    code = _code(name, level)
    rare = places._rare_town_short.__wrapped__  # the look-up itself, uncached
    every_form = {short for town, _county in towns_of(code, level).values()
                  if (short := rare(town)) and not names_zone_kind(short)}
    trie = places._works_town_shorts(code, level)
    assert every_form and _words(trie.root) == every_form


def test_a_towns_short_form_kept_is_the_one_looked_up():
    for town in ("棣花镇", "建设街道", "发展乡", "博贺镇"):
        assert places._rare_town_short(town) == places._rare_town_short.__wrapped__(town)


def test_the_works_town_rule_reads_as_before(tmp_path):
    # henan-2026: 观音寺 of 观音寺镇 opening a works' name; guizhou-2026-outline: 惠民 after a noun, no town
    assert "观音寺" in _places(tmp_path, "河南省", "加快观音寺调蓄工程、沙颍河“通港达海”工程建设。")
    assert "惠民" not in _places(tmp_path, "贵州省", "深入实施文化惠民工程，加强文化精品创作生产。")
