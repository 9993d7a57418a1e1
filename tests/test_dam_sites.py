"""The site a water works is named after ("某某水利枢纽", "某某水电站", "某某灌区": kg.extract.dam_sites,
place_dam_site_heads.txt) is a place inside the works' name (ANNOTATION rule 8, as 老窖 in 老窖水库枢纽工程
of the shared gold), after a river found before it and its reach; not a kind of works or a bank
(place_dam_site_kinds.txt). General grammar examples of the genre, names made up."""
from __future__ import annotations

from tests.conftest import review_names


def test_the_site_before_a_dam_head_is_a_place(tmp_path):
    places = review_names(tmp_path, "Place", "桃子口水利枢纽、青岩滩水电站加快建设,开工建设石门坎灌区一期。")
    assert {"桃子口", "青岩滩", "石门坎"} <= places


def test_the_site_after_a_river_and_its_reach(tmp_path):
    places = review_names(tmp_path, "Place", "开工建设澜沧江上游青岩滩水电站。")
    assert "青岩滩" in places
    assert not {p for p in places if p.startswith("上游")}


def test_kinds_and_banks_name_no_site(tmp_path):
    places = review_names(tmp_path, "Place", "推进重点水利枢纽建设,实施大中型灌区续建配套,建设黄河南岸灌区工程。")
    assert not places & {"重点", "大中型", "南岸"}


def test_a_common_word_of_a_river_names_no_site(tmp_path):
    places = review_names(tmp_path, "Place", "大河灌区续建配套与节水改造工程完成。")
    assert "大河" not in places
