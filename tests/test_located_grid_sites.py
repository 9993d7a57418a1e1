"""A substation and its transmission works are named after their site, written before the voltage class
("某某220千伏输变电工程", "某某110千伏变电站": place_site_named_works.txt; ANNOTATION rule 8, 青杠 in
青杠110千伏输变电工程): the two to four characters of a proper name opening the works' name are that site,
a place the graph links the works to. A verb, a common word or a place found already before the voltage
names no new site. Sentences written in the genre's style."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located, review_names

HEAD = "2022年某某区政府工作报告"


def test_the_site_before_the_voltage_is_where_the_grid_works_is(tmp_path: Path):
    text = "工业厂房(一期)、立体化治安防控、枣房220千伏输变电工程等45个新建项目相继启动。"
    assert ("枣房220千伏输变电工程", "枣房") in review_located(tmp_path, text, HEAD)


def test_a_substation_s_site_before_its_voltage(tmp_path: Path):
    text = "开工建设黄柏坳110千伏变电站，城市供电能力进一步增强。"
    places = review_names(tmp_path, "Place", text, HEAD)
    assert "黄柏坳" in places


def test_a_verb_or_common_word_before_the_voltage_is_no_site(tmp_path: Path):
    places = review_names(tmp_path, "Place", "新建改造110千伏变电站3座，城区110千伏输变电工程建成投运。", HEAD)
    assert not {"新建改造", "城区", "改造"} & places


def test_a_rare_site_jieba_cuts_up(tmp_path: Path):
    # tests/real xinjiang-2026-review: 淖/g 毛/nr 湖 before the voltage
    text = "大石峡水利枢纽、淖毛湖750千伏输变电工程等53个重大项目建成投运。"
    links = review_located(tmp_path, text, "2026年新疆维吾尔自治区政府工作报告")
    assert ("淖毛湖750千伏输变电工程", "淖毛湖") in links


def test_a_part_of_town_by_direction_is_no_site(tmp_path: Path):
    places = review_names(tmp_path, "Place", "城东110千伏变电站、扩建220千伏输变电工程建成投运。", HEAD)
    assert not {"城东", "扩建"} & places
