"""Places of general knowledge any report may name (issue 9): the nationally known quarters, shopping
streets and historic blocks of large cities (place_city_landmarks.txt), found where the text names
them; a named site listed before a park or scenic area is a site of its own, not a place sharing that
head. Made-up sentences in the genre's phrasing."""
from __future__ import annotations

from kg import lexicons
from tests.conftest import report_names, review_projects

PROVINCE = "某省政府工作报告"


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", PROVINCE, "", "一、工作回顾", "", *sentences)


def test_city_quarters_and_historic_blocks_are_places(tmp_path):
    found = _places(tmp_path, "学习借鉴中关村、陆家嘴、珠江新城的经验，推动田子坊、春熙路等街区提档升级。")
    assert {"中关村", "珠江新城", "田子坊", "春熙路"} <= found


def test_named_sites_before_a_park_are_sites_of_their_own(tmp_path):
    projects = review_projects(tmp_path, "加强龙门石窟、白马寺、汉魏洛阳城国家遗址公园保护。")
    assert "汉魏洛阳城国家遗址公园" in projects
    assert "龙门石窟、白马寺、汉魏洛阳城国家遗址公园" not in projects


def test_names_many_cities_share_or_common_words_stay_out():
    names = lexicons.word_set("place_city_landmarks.txt")
    # every city may have its 中央大街 or 八一广场; 锦州光谷 is not Wuhan's; 新天地 is a phrase
    assert not {"中央大街", "八一广场", "五一广场", "光谷", "金融街", "新天地", "翠湖", "中山路"} & names


def test_no_new_name_is_a_division_a_town_or_in_another_place_file():
    towns = {t for row in lexicons.rows("towns.tsv") if len(row) > 1 for t in row[1].split()}
    new = lexicons.word_set("place_city_landmarks.txt")
    assert not new & (towns | set(lexicons.divisions_by_name()))
    others = [f for f in lexicons.REGION_FILES if f != "place_city_landmarks.txt"]
    assert not new & frozenset().union(*(lexicons.word_set(f) for f in others))
