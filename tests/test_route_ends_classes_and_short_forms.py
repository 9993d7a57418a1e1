"""A route's end without the words glued to it (kg.extract.places route_places): a road's class
before its first end ("县道甲乙至丙丁段": place_route_class_words.txt), a course or speed word after
its last end ("至丙丁沿江高速", "至丙丁过江通道", "至丙丁快速通道": place_route_end_modifiers.txt);
and a division's short form that resolves to no division where the report is, named in full in the
same report, is that division (kg.resolve.entities). Sentences written in the genre's phrasing, with
real divisions and invented villages."""
from __future__ import annotations

from kg.model import PLACE

from tests.conftest import report_names, review_located

TITLE = "2021年某市人民政府工作报告"


def _links(tmp_path, text: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, text, TITLE)


def test_a_road_class_opens_no_end(tmp_path):
    links = _links(tmp_path, "完成县道柳湾至杏坪段改造,开建省道石门坎至桃花铺段改扩建工程。")
    ends = {obj for _, obj in links}
    assert {"柳湾", "杏坪", "石门坎", "桃花铺"} <= ends
    assert not {"县道柳湾", "省道石门坎"} & ends


def test_a_course_or_speed_word_closes_no_end(tmp_path):
    sentence = "加快柳湾至杏坪快速通道、石门坎至桃花铺过江通道建设,推进李家营至王庄铺沿江高速前期工作。"
    found = report_names(tmp_path, PLACE, TITLE, "", "一、工作回顾", "", sentence)
    assert {"杏坪", "桃花铺", "王庄铺"} <= found
    assert not {e for e in found if e.endswith(("快速", "过江", "沿江"))}
    ends = {obj for _, obj in _links(tmp_path, sentence)}
    assert {"杏坪", "王庄铺"} <= ends


def test_a_short_form_is_the_division_the_report_names_in_full(tmp_path):
    links = _links(tmp_path, "支持安仁县发展文化旅游。加快衡阳至安仁快速通道前期工作。")
    assert ("衡阳至安仁快速通道", "安仁县") in links
    assert ("衡阳至安仁快速通道", "安仁") not in links


def test_a_short_form_alone_stays_as_written(tmp_path):
    # the report names no 安仁县: the county of another province is not guessed
    links = _links(tmp_path, "加快衡阳至安仁快速通道前期工作。")
    assert ("衡阳至安仁快速通道", "安仁") in links
    assert ("衡阳至安仁快速通道", "安仁县") not in links


def test_a_course_word_after_a_route_end_names_no_river(tmp_path):
    # 沿江, 过江 end in 江 as a river's name does: after a route's 至 they are its course
    found = report_names(tmp_path, PLACE, TITLE, "", "一、工作回顾", "", "加快郴州至安仁沿江高速、耒阳至安仁过江通道前期工作。")
    assert not {e for e in found if e.endswith(("沿江", "过江"))}
    assert "安仁" in found
