"""A division of another country, or of a part of China the division table lists only whole,
written after it and closed by its level word (place_foreign_division_heads.txt,
place_outside_division_table.txt): "日本某某县", "俄罗斯某某斯克市", "台湾某某县" in a list of sister
cities, a state and a city of it written one after the other. Sentences in the genre with invented
names (session 50, pl50)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "青禾市2019年政府工作报告", "一、2018年工作回顾", *sentences)


def test_a_prefecture_and_a_city_after_their_countries(tmp_path):
    found = _places(tmp_path, "与日本青濑县、俄罗斯卡拉诺夫斯克市开展友好交流。")
    assert {"日本", "青濑县", "俄罗斯", "卡拉诺夫斯克市"} <= found


def test_the_list_goes_on_after_a_foreign_division(tmp_path):
    found = _places(tmp_path, "与俄罗斯哈巴罗夫斯克市、卡拉诺夫斯克市开展旅游和经贸合作。")
    assert {"哈巴罗夫斯克市", "卡拉诺夫斯克市"} <= found


def test_a_county_of_taiwan_and_a_state_before_its_city(tmp_path):
    found = _places(tmp_path, "青禾市与台湾澄溪县、美国夏威夷州檀香山市交流合作不断深化。")
    assert_found(found, {"台湾", "澄溪县", "夏威夷州", "檀香山市"}, {"夏威夷州檀香山市", "檀香山"})


def test_a_country_s_companies_and_people_are_no_division(tmp_path):
    found = _places(tmp_path, "日本企业在本市投资增长,与美国、日本等国家都建立了联系,台湾地区合作取得进展。")
    assert not {"企业在本市", "等国家都", "地区"} & found
