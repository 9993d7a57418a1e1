"""The site a works is named after, right before its head (kg.extract.places
extract_works_opener_places, place_site_named_works.txt: reservoirs, water plants, wetland and
forest parks, substations and transmission works), found as a place so the works is located in it
(ANNOTATION rule 8); a voltage before the site is no part of its name; a province's sub-region
(regions.txt: 滇东北) is one place, not the compass word inside it. Sentences written in the
genre's phrasing, with invented sites."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE
from kg.pipeline import build

from tests.conftest import review_names

TITLE = "2022年某县人民政府工作报告"


def _links(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((TITLE, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    report = build(path).report
    E = report.entities
    return {(E[r.subject].name, E[r.object].name) for r in report.relations if r.kind == "locatedIn"}


def _places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, TITLE)


def test_the_site_of_a_substation_or_a_reservoir_locates_it(tmp_path):
    links = _links(tmp_path, "启动110千伏桃源输变电工程,建成35千伏柳林变电站,青龙湿地公园有序推进,白沙水库建成蓄水。")
    assert {("110千伏桃源输变电工程", "桃源"), ("35千伏柳林变电站", "柳林"),
            ("青龙湿地公园", "青龙"), ("白沙水库", "白沙")} <= links


def test_a_voltage_is_no_part_of_the_site(tmp_path):
    # the site opens with a toponym head (坪) glued into its word: the voltage before it was taken
    # for the name ("千伏坪")
    found = _places(tmp_path, "开工建设110千伏坪坝输变电工程和35千伏卯家湾变电站。")
    assert not any(p.startswith("千伏") for p in found)
    assert "卯家湾" in found


def test_works_of_no_site_name_no_place(tmp_path):
    # a count of works, a route named by its ends' abbreviations, a quarter of the town: no site
    links = _links(tmp_path, "新建110千伏输变电工程2座,建成福平铁路和城西农贸市场,迈科隆二期竣工投产。")
    assert not {obj for _, obj in links} & {"福平", "城西", "科隆", "千伏"}


def test_a_province_sub_region_is_one_place(tmp_path):
    links = _links(tmp_path, "加快推进滇东北物流中心建设。")
    assert ("滇东北物流中心", "滇东北") in links
    assert "东北" not in _places(tmp_path, "加快推进滇东北物流中心建设。")
