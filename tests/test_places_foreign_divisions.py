"""A division of another country, or of a part of China the division table lists only whole,
written after it and closed by its level word (place_foreign_division_heads.txt,
place_outside_division_table.txt): "日本某某县", "俄罗斯某某斯克市", "台湾某某县" in a list of sister
cities, a state and a city of it written one after the other. Sentences in the genre with invented
names (session 50, pl50)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

HEAD = ("青禾市2019年政府工作报告", "一、2018年工作回顾")


@pytest.mark.parametrize("sentence, found, not_found", [
    # a prefecture and a city after their countries
    ("与日本青濑县、俄罗斯卡拉诺夫斯克市开展友好交流。", {"日本", "青濑县", "俄罗斯", "卡拉诺夫斯克市"}, ()),
    # the list goes on after a foreign division
    ("与俄罗斯哈巴罗夫斯克市、卡拉诺夫斯克市开展旅游和经贸合作。", {"哈巴罗夫斯克市", "卡拉诺夫斯克市"}, ()),
    # a county of Taiwan; a state before its city, two places
    ("青禾市与台湾澄溪县、美国华盛顿州西雅图市交流合作不断深化。", {"台湾", "澄溪县", "华盛顿州", "西雅图市"},
     {"华盛顿州西雅图市", "西雅图"}),
    # a country's companies and people are no division
    ("日本企业在本市投资增长,与美国、日本等国家都建立了联系,台湾地区合作取得进展。", set(),
     {"企业在本市", "等国家都", "地区"}),
])
def test_foreign_divisions_after_their_country(tmp_path, sentence, found, not_found):
    assert_found(report_names(tmp_path, "Place", *HEAD, sentence), found, not_found)
