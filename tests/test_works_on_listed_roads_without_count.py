"""Roads a clause works on, listed before 等 and a kind of linear facility with no count after 等
("完成对胜利大街、西大街、胜利三路等主干道路的综合改造", hailar-2014), are projects as they are where the
list is counted ("完成对胜利三路、学府路和贝尔大街3条主干道路的改造", hailar-2015): the street whose stem is
a common word (胜利) is found by the frame, not by its weak head. A list of roads that the clause only
manages names no works."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

DISTRICT = "呼伦贝尔市海拉尔区政府工作报告"


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, DISTRICT)[0]


def test_roads_listed_before_etc_and_worked_on_are_projects(tmp_path):
    got = projects(tmp_path, "四要完成对胜利大街、西大街、胜利三路等主干道路的综合改造，全面提升绿化、亮化、美化水平。")
    assert_found(got, {"胜利大街", "胜利三路"}, set())


def test_counted_roads_worked_on_are_still_projects(tmp_path):
    got = projects(tmp_path, "完成对胜利三路、学府路和贝尔大街3条主干道路的改造。")
    assert_found(got, {"胜利三路", "学府路", "贝尔大街"}, set())


def test_roads_managed_name_no_works(tmp_path):
    got = projects(tmp_path, "加强对胜利大街、中央街等主要街路的日常管理，做好清扫保洁。")
    assert_found(got, set(), {"胜利大街", "中央街"})
