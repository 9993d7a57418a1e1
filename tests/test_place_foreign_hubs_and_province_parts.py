"""Places of general knowledge (issue 9): the foreign ports, hubs and border towns of opening-up and
Belt-and-Road paragraphs (world.txt, CITY_EXTRA of scripts/build_world.py), short country names
(countries.txt) and the customary parts of provinces, economic zones and old base areas of national
plans (regions.txt). Made-up sentences in the genre's phrasing."""
from __future__ import annotations

from kg import lexicons
from tests.conftest import report_names

PROVINCE = "某省政府工作报告"


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", PROVINCE, "", "一、工作回顾", "", *sentences)


def test_foreign_ports_and_border_towns_are_places(tmp_path):
    found = _places(tmp_path, "开通至汉班托塔、皎漂的航线，加密至后贝加尔斯克、扎门乌德的中欧班列。",
                    "与芒街、磨丁、木姐开展边境贸易。")
    assert {"汉班托塔", "皎漂", "后贝加尔斯克", "扎门乌德", "芒街", "磨丁", "木姐"} <= found


def test_province_parts_and_plan_zones_are_places(tmp_path):
    found = _places(tmp_path, "支持浙西南、川西北加快发展，推进海峡西岸经济区和原中央苏区振兴，深化泛珠三角合作。")
    assert {"浙西南", "川西北", "海峡西岸经济区", "中央苏区", "泛珠三角"} <= found


def test_literary_province_names_and_shared_words_stay_out():
    regions, world = lexicons.word_set("regions.txt"), lexicons.word_set("world.txt")
    # 齐鲁样板, 荆楚文化: qualifiers, not places; 中欧 is China–Europe in 中欧班列
    assert not {"齐鲁", "三秦", "荆楚", "巴蜀", "八闽"} & regions
    assert not {"中欧", "独联体", "西港"} & world


def test_new_names_are_not_divisions_or_towns():
    towns = {t for row in lexicons.rows("towns.tsv") if len(row) > 1 for t in row[1].split()}
    added = {"浙西南", "皖西北", "鲁中南", "南疆", "汉班托塔", "扎门乌德", "芒街", "磨丁", "印尼"}
    named = lexicons.named_regions()
    assert added <= named
    assert not added & (towns | set(lexicons.divisions_by_name()))
