"""Session 65, places in rankings: a division or region that opens a ranking's title after 位列
(place_honour_verbs.txt) is the title's scope, not a place; "中国" opening a ranking's title up to its head
(百强: place_ranking_title_heads.txt) is a title's word (ANNOTATION decision 1); a city's core named by its kind
right before a ranking cue ("位列主城第一") is the group a district ranks in, as the quarter words already were;
the report's own area made new in a slogan ("打造新宁海" in 宁海县's report) is no feature named by 山 or 海.
Sentences written in the genre's wording of district and county reports."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_names

DISTRICT = "某区人民政府工作报告"


def test_a_ranking_title_after_weilie_names_no_country(tmp_path: Path):
    places = review_names(tmp_path, "Place", "铜梁区经济总量进入全市前列,位列2023中国西部百强区第三十位。", DISTRICT)
    assert "铜梁区" in places
    assert "中国" not in places


def test_china_opening_a_hundred_strong_title_is_no_place(tmp_path: Path):
    places = review_names(tmp_path, "Place", "铜梁区在中国西部百强区的位次上升至第20位,比2017年提高了14位。", DISTRICT)
    assert "铜梁区" in places
    assert "中国" not in places


def test_china_beside_a_ranking_with_no_title_head_is_still_the_country(tmp_path: Path):
    # near-miss of the rule above: no ranking's head after the country (national-2017's wording)
    places = review_names(tmp_path, "Place", "向一切关心和支持中国现代化建设的各国朋友表示衷心感谢。", DISTRICT)
    assert "中国" in places


def test_a_city_core_before_a_ranking_cue_is_the_group_ranked_in(tmp_path: Path):
    assert "主城" not in review_names(tmp_path, "Place", "一般公共预算收入增长3%、位列主城第一。", DISTRICT)


def test_a_city_core_joined_is_still_a_place(tmp_path: Path):
    # near-miss: the core a district is merged into is a place (place_city_cores.txt: "融入主城")
    assert "主城" in review_names(tmp_path, "Place", "加快融入主城步伐,城市品质不断提升。", DISTRICT)


def test_the_own_area_made_new_in_a_slogan_is_no_feature(tmp_path: Path):
    places = review_names(tmp_path, "Place", "奋力打造新宁海,西店镇获评省级特色小镇。", "宁海县人民政府工作报告")
    assert "西店镇" in places
    assert "新宁海" not in places


def test_a_quarter_named_new_after_a_far_division_stays_a_place(tmp_path: Path):
    # near-miss (tests/real/tianjin-2026.txt): 梅江 is also a district of Meizhou, but 新梅江 is Tianjin's quarter
    places = review_names(tmp_path, "Place", "着力建设华苑—南站、新梅江、水西、柳林、西站等特色宜居片区。",
                          "天津市人民政府工作报告")
    assert "新梅江" in places
