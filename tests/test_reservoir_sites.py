"""The site a reservoir found as a project is named after (kg.extract.dam_sites.extract_reservoir_site_places):
the two to four characters that open the reservoir's name, before its head and a size class, are a place
inside the works' name (ANNOTATION rule 8), linked to it, where the reservoir stands after a verb and not
at a list item's opening (reservoir_places reads those). Sentences from the design texts (xizang-2026-review,
chongqing-2026, shaanxi-2026, yunnan-2026-review)."""
from __future__ import annotations

from tests.conftest import review_located, review_names


def test_the_site_of_a_reservoir_built_after_a_verb(tmp_path):
    places = review_names(tmp_path, "Place", "开工建设东嘎水库。")
    assert "东嘎" in places


def test_a_site_of_four_characters_and_one_after_its_size_class(tmp_path):
    places = review_names(tmp_path, "Place", "推进古贤水利枢纽、蒋家窑则水库、引汉济渭二期等项目建设。德厚、阿岗、车马碧大型水库建成投用。")
    assert {"蒋家窑则", "车马碧"} <= places
    assert not {p for p in places if p.endswith("大型")}


def test_the_reservoir_is_located_at_its_site(tmp_path):
    links = review_located(tmp_path, "稳定基础设施投资，提速建设藻渡水库、重庆站等项目。", "2026年重庆市政府工作报告")
    assert ("藻渡水库", "藻渡") in links


def test_kinds_and_common_words_name_no_site(tmp_path):
    places = review_names(tmp_path, "Place", "加快太平水库建设，实施病险水库除险加固，新建小型水库3座。")
    assert not places & {"太平", "病险", "小型"}
