"""A route's course in a description of it (kg.extract.places course_runs / course_places,
kg.extract.attributes route_course, kg.resolve.relations _course_relations): the places after 起于,
经, 途经, 止于, 终点在… are where the route runs, the route being the last one named before the
course or, where the sentence opens with the course, the previous sentence's; a border named by the
provinces' one-character forms ("冀鲁界") is no place a route is in. Sentences written in the genre's
phrasing, with real divisions and invented routes and villages."""
from __future__ import annotations

from kg.model import PLACE

from tests.conftest import report_names, review_located

TITLE = "2021年某市人民政府工作报告"


def _links(tmp_path, text: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, text, TITLE)


def _places(tmp_path, sentence: str) -> set[str]:
    return report_names(tmp_path, PLACE, TITLE, "", "一、工作回顾", "", sentence)


def test_the_places_after_the_course_words_locate_the_route(tmp_path):
    links = _links(tmp_path, "宁宣高速全长约90公里,起于南京市溧水区,经高淳、郎溪、广德,终点在宣城市宣州区。")
    route = {obj for subj, obj in links if subj == "宁宣高速"}
    # 高淳, 郎溪, 广德: bare county names, places because the course lists them
    assert {"溧水区", "宣州区"} <= route
    assert len(route & {"高淳", "高淳区", "郎溪", "郎溪县", "广德", "广德市"}) == 3


def test_a_sentence_opening_with_the_course_describes_the_previous_route(tmp_path):
    links = _links(tmp_path, "青兰高速东段建成通车,全长64公里。北起莱西市姜山镇,途经即墨、平度,止于胶州市。")
    route = {obj for subj, obj in links if subj == "青兰高速东段"}
    assert {"莱西市", "胶州市"} <= route
    assert len(route & {"即墨", "即墨区", "平度", "平度市"}) == 2


def test_course_words_in_other_phrases_locate_nothing(tmp_path):
    # 经 of a procedure, 经过 of effort: no list of places ending at a clause mark follows
    links = _links(tmp_path, "城南快速路经省政府批准开工建设,经过三年努力,西环高速建成通车。")
    assert not {obj for subj, obj in links if subj in ("城南快速路", "西环高速")} - {"城南", "西环"}


def test_a_border_is_no_place_of_the_route(tmp_path):
    sentence = "开工建设京沪高速公路鲁冀界至德州段改扩建工程,G205线湘鄂界至石门段建成通车。"
    found = _places(tmp_path, sentence)
    assert not {"鲁冀界", "湘鄂界"} & found
    assert "德州" in found
    links = _links(tmp_path, sentence)
    assert ("京沪高速公路鲁冀界至德州段改扩建工程", "德州市") in links
    assert not any(obj.endswith("界") for _, obj in links)


def test_a_border_word_of_a_sentence_leaves_its_places(tmp_path):
    # 边界/交界 as words of a sentence, not a route's end: places around them are untouched
    found = _places(tmp_path, "加强与张家口市交界地区的生态合作。")
    assert "张家口市" in found


def test_a_route_named_by_its_ends_one_character_forms_is_no_place(tmp_path):
    # 沪宁湖: 沪, 宁 and 湖 of its ends, no lake; 郑开洛 after a dash: a route's name, no stop of a line
    sentence = "沪宁湖高铁建成通车,商登高速—郑开洛高速复合通道全部开工建设。"
    found = _places(tmp_path, sentence)
    assert not {"沪宁湖", "郑开洛"} & found
    links = _links(tmp_path, sentence)
    assert not {obj for _, obj in links} & {"沪宁湖", "郑开洛"}


def test_a_lake_opening_a_route_is_still_a_place(tmp_path):
    # a known place before the route's kind stays one ("洪湖" is a city as well as a lake)
    assert "巢湖" in _places(tmp_path, "巢湖大道建成通车,滨湖新区至巢湖高速开工建设。")


def test_a_route_s_purpose_is_no_part_of_its_last_end(tmp_path):
    sentence = "新开工S203青石至汪岗扶贫旅游公路、X101长滩至白水湖乡村旅游公路等16个项目。"
    found = _places(tmp_path, sentence)
    assert {"汪岗", "白水湖"} <= found
    assert not {"汪岗扶贫", "白水湖乡村"} & found
