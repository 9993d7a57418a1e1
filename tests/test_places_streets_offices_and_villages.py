"""Session 18 (issue 10): streets, sub-district offices and villages that put works somewhere.

- a sub-district office's short form glued to a verb of building by the tokenizer ("启动建设办蔬菜园区
  工程": jieba reads 启动建设/办; kg.extract.genre extract_subdistrict_offices) — hailar-2012;
- a street that opens the name of works laid in or along it ("白龙路下穿通道工程"; kg.extract.streets,
  place_street_works.txt), not works on the road itself ("学府路拓宽改造工程"), nor a kind of street
  ("主要街路亮化", hailar-2013);
- a street naming the first of a counted set of urban areas ("跃进街等14个片区", place_street_area_kinds.txt),
  not a street a sentence builds ("四合路等16条街路竣工通车");
- "在" before a town and its village written back to back: the works are in both ("在关桥乡瓦窑村建设…").
The street, area and village sentences are written here in the genre's phrasing; none is taken from a pool.
"""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE, PROJECT
from kg.pipeline import build

from tests.conftest import names_of, review_mentions, review_names, shared_file

HAILAR_TITLE = "2012年呼伦贝尔市海拉尔区政府工作报告"
CITY_TITLE = "2020年某市某区人民政府工作报告"


def _links(tmp_path: Path, title: str, sentence: str) -> set[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    report = build(path).report
    E = report.entities
    return {(E[r.subject].name, E[r.object].name) for r in report.relations if r.kind == "locatedIn"}


def _found(tmp_path: Path, title: str, sentence: str, type_: str) -> set[str]:
    return review_names(tmp_path, type_, sentence, title)


def test_an_office_glued_to_a_verb_of_building_names_the_works(tmp_path):
    links = _links(tmp_path, HAILAR_TITLE, "启动建设办蔬菜园区工程,继续抓好农业发展园区建设。")
    assert ("建设办蔬菜园区工程", "建设办") in links
    links = _links(tmp_path, HAILAR_TITLE, "启动建设办文体活动中心建设,确保社区文体馆按时投入使用。")
    assert ("建设办文体活动中心", "建设办") in links
    # the verb then an office-building word is no office
    assert "建设办" not in _found(tmp_path, HAILAR_TITLE, "启动建设办公楼,加快建设办事高效的服务型政府。", PLACE)


def test_the_hailar_report_links_both_works_to_the_office():
    report = build(shared_file("corpus", "hailar", "hailar-2012.txt")).report
    E = report.entities
    links = {(E[r.subject].name, E[r.object].name) for r in report.relations if r.kind == "locatedIn"}
    assert {("建设办蔬菜园区工程", "建设办"), ("建设办文体活动中心", "建设办")} <= links
    assert not {"办蔬菜园区工程", "办文体活动中心"} & {e.name for e in E.values()}


def test_a_street_opening_works_laid_along_it_is_where_they_are(tmp_path):
    links = _links(tmp_path, CITY_TITLE, "推动青年路下穿通道工程等18个项目竣工,完成新华路污水管网改造。")
    assert {("青年路下穿通道工程", "青年路"), ("新华路污水管网改造", "新华路")} <= links
    # works on the road itself build the street: no place opens them
    assert "学府路" not in _found(tmp_path, CITY_TITLE, "实施学府路拓宽改造工程。", PLACE)
    # a kind of street before lighting names no street (hailar-2013)
    places = _found(tmp_path, HAILAR_TITLE, "做好中央街、满洲里路等主要街路亮化和沿河水系的夜景景观工作。", PLACE)
    assert "主要街路" not in places and {"中央街", "满洲里路"} <= places


def test_a_street_naming_a_counted_set_of_areas_is_a_place(tmp_path):
    assert "跃进街" in _found(tmp_path, CITY_TITLE, "今年将继续推进跃进街等14个片区棚户区改造项目。", PLACE)
    assert "建设路" in _found(tmp_path, CITY_TITLE, "完成建设路等3个路段提升改造。", PLACE)
    # streets the sentence builds stay projects
    found = review_mentions(tmp_path, "四合路等16条街路竣工通车。", CITY_TITLE)
    assert "四合路" in names_of(found, PROJECT)
    assert "四合路" not in names_of(found, PLACE)


def test_works_built_in_a_town_and_its_village_are_in_both(tmp_path):
    links = _links(tmp_path, CITY_TITLE, "在关桥乡瓦窑村建设光伏电站。")
    assert {("光伏电站", "瓦窑村"), ("光伏电站", "关桥乡")} <= links
    # a list of towns after 在 still places the works in each
    links = _links(tmp_path, CITY_TITLE, "在金溪镇、石会镇建设污水处理厂。")
    assert {("污水处理厂", "金溪镇"), ("污水处理厂", "石会镇")} <= links


def test_streets_listed_before_back_lanes_or_dead_end_roads_are_places(tmp_path):
    # pool u44 (gongyi-2014, changxing-2012): the works renovate or open up the listed streets, which
    # are where they are (ANNOTATION rule 8), like "建华路、根河路等背街巷道"
    places = _found(tmp_path, CITY_TITLE, "完成嵩山路、桐本路等背街小巷改造40条。", PLACE)
    places |= _found(tmp_path, CITY_TITLE, "打通明珠路、滨河路等断头路12条。", PLACE)
    assert {"嵩山路", "桐本路", "明珠路", "滨河路"} <= places
