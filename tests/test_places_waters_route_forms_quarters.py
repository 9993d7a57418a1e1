"""Places read inside works' names (issue 10): a water's name before a word its head opens with the
next character is the place, not a name ending at that head ("龙王河峡口大桥": 龙王河, no 龙王河峡;
kg.extract.places _opens_word_after_water, place_water_heads.txt); a route named by its ends'
one-character forms holds no place whose short form its first two make ("昌吉赣客专": 昌, 吉, 赣 of
南昌, 吉安, 赣州; kg.text.names.opens_abbreviated_route, place_abbreviated_route_kinds.txt); a
quarter named after its side ("城南新城") is not in the bare 新城 (kg.resolve.relations
_landmark_of). Sentences written in the genre's phrasing, with invented rivers and quarters."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import review_located, review_mentions, review_names

TITLE = "2023年某县人民政府工作报告"


def _links(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, sentence, TITLE)


def _places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, TITLE)


def test_a_water_before_a_word_its_head_opens_is_the_place(tmp_path):
    sentence = "建成龙王河峡口大桥、杨柳溪河口大桥和黑水河坝子大桥。"
    found = _places(tmp_path, sentence)
    assert {"龙王河", "杨柳溪", "黑水河"} <= found
    assert not found & {"龙王河峡", "杨柳溪河", "黑水河坝"}
    links = _links(tmp_path, sentence)
    assert {("龙王河峡口大桥", "龙王河"), ("杨柳溪河口大桥", "杨柳溪")} <= links
    assert not {obj for _, obj in links} & {"龙王河峡", "杨柳溪河", "黑水河坝"}


def test_a_gorge_named_on_its_own_stays_whole(tmp_path):
    # the head opens no word with the next character: the gorge is the place
    assert ("白马河海甸峡大桥", "海甸峡") in _links(tmp_path, "开工建设白马河海甸峡大桥。")


def test_a_route_of_its_ends_forms_names_no_prefecture(tmp_path):
    sentence = "昌吉赣客专建成通车,推进昌吉至乌鲁木齐铁路前期工作。"
    links = _links(tmp_path, sentence)
    assert not any(subj == "昌吉赣客专" for subj, _ in links)
    assert ("昌吉至乌鲁木齐铁路", "昌吉回族自治州") in links


def test_a_province_before_its_route_is_kept(tmp_path):
    assert ("四川川藏铁路", "四川省") in _links(tmp_path, "加快四川川藏铁路建设。")


def test_a_quarter_named_after_its_side_is_not_in_the_bare_new_town(tmp_path):
    links = _links(tmp_path, "开工建设兰州(新城)至永靖公路和城南新城棚户区改造项目。")
    assert ("城南新城棚户区改造项目", "城南新城") in links
    assert ("城南新城棚户区改造项目", "新城") not in links


def test_a_whole_place_before_a_route_of_two_forms_is_kept(tmp_path):
    # session 23 (mw23, review of qk23): the route's abbreviation is the forms right before its kind;
    # two of them after a place (青藏, 京沪) name the route's ends by themselves, the place stays whole
    assert "西宁" in _places(tmp_path, "推进西宁青藏铁路格拉段扩能改造。")
    sentence = "加快推进南京京沪高铁南京南站改造。"
    assert [m.text for m in review_mentions(tmp_path, sentence, TITLE) if m.type == PLACE].count("南京") == 2
    # the route of three one-character forms still names no prefecture
    assert "昌吉" not in _places(tmp_path, "昌吉赣客专建成通车。")
