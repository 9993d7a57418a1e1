"""The site a water-treatment plant or a wharf is named after (kg.extract.places plant_site_places:
place_plant_site_heads.txt): a place inside the works' name (ANNOTATION rule 8), linked to the works;
not a part of the city by its direction or kind (place_plant_site_not_stems.txt). Sentences of the
2018 report of 合肥市, the 2015 report of 大连市 and the 2018 report of 芜湖市."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_plant_named_after_its_site_is_located_there(tmp_path):
    links = review_located(tmp_path, "建成小仓房污水处理厂二期、北区污水处理厂扩建工程。", "2018年合肥市政府工作报告")
    assert ("小仓房污水处理厂二期", "小仓房") in links
    assert not {place for _, place in links if place == "北区"}


def test_the_site_is_the_whole_name_not_a_river_cut_short(tmp_path):
    links = review_located(tmp_path, "建成夏家河子污水处理厂二期。", "2015年大连市政府工作报告")
    assert ("夏家河子污水处理厂二期", "夏家河子") in links
    assert ("夏家河子污水处理厂二期", "夏家河") not in links


def test_a_plant_named_by_the_city_s_direction_names_no_place(tmp_path):
    links = review_located(tmp_path, "建成城东污水处理厂二期和城北污水处理厂。", "2018年合肥市政府工作报告")
    assert not {place for _, place in links if place in ("城东", "城北")}


def test_a_wharf_named_after_its_site_after_the_port(tmp_path):
    # a sentence of the 2018 report of 芜湖市
    links = review_located(tmp_path, "芜湖港朱家桥外贸码头二期建成,芜湖长江公路二桥建成通车。", "2018年芜湖市政府工作报告")
    assert ("芜湖港朱家桥外贸码头二期", "朱家桥") in links


def test_a_port_named_before_its_wharf_is_no_site(tmp_path):
    # a sentence of the 2015 report of 大连市: 旅顺新港 is the port, not a site of its wharf
    links = review_located(tmp_path, "开工建设旅顺新港滚装码头扩建工程。", "2015年大连市政府工作报告")
    assert not {place for _, place in links if place == "旅顺新港"}

