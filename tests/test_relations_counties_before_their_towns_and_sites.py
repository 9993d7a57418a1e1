"""locatedIn (session 56, lk68): a county written in full before the next name, read through the whole
pipeline (real divisions from the division codes; the works' names invented).

- A county's or district's full name (某某县, 某某区, 某某旗, with its level word) is a place also where the next
  character is a water's head (湖, 河, 江, 海): a water is named after a county's short form ("黔江河"), never
  after its full name, so the head opens the next name — one of the county's towns ("某县河东镇") or a works'
  site ("某县江澄水利枢纽") — and the works built there are in the county (`places._county_with_its_level`).
- Places written one inside the next right before a works' name ("某市某县某某水库", "某县某镇某某产业园") are
  each where the works is, the city or county too, not only the last of them (`attributes._located`, as
  after 在: `_glued_run`)."""
from __future__ import annotations

from tests.conftest import review_places_and_links

HEAD = "张家口市2023年政府工作报告"


def _graph(tmp_path, sentence: str):
    return review_places_and_links(tmp_path, HEAD, sentence)


def test_a_county_before_its_town_opening_with_a_waters_head_is_the_site(tmp_path):
    places, links = _graph(tmp_path, "在涿鹿县河东镇建设澄江农产品物流园,新增冷库容量3万吨。")
    assert {"涿鹿县", "河东镇"} <= places
    assert ("澄江农产品物流园", "涿鹿县") in links
    assert ("澄江农产品物流园", "河东镇") in links


def test_a_county_before_a_works_opening_with_a_waters_head_holds_it(tmp_path):
    places, links = _graph(tmp_path, "开工建设青禾水库,加快推进涿鹿县江澄水利枢纽前期工作。")
    assert "涿鹿县" in places
    assert ("江澄水利枢纽", "涿鹿县") in links


def test_a_city_and_its_county_right_before_a_works_both_hold_it(tmp_path):
    places, links = _graph(tmp_path, "开工建设张家口市涿鹿县青禾水库、张家口市蔚县澄溪水库。")
    assert ("青禾水库", "涿鹿县") in links
    assert ("青禾水库", "张家口市") in links
    assert ("澄溪水库", "蔚县") in links
    assert ("澄溪水库", "涿鹿县") not in links
