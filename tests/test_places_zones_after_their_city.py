"""Places the rules had not seen (session 32, pn32, issue 9): a national new area or park named after
its city (the city a prefecture or a municipality), a quarter named by the park it holds, a foreign
city closing a list before an air route's name. Sentences written in the genre's phrasing, not copied
from any gold or from the probe."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "某县2024年政府工作报告", "二、2024年工作安排", *sentences)


def test_a_new_area_after_a_city_read_as_a_rivers_stem(tmp_path):
    # 南京 before 江北新区 was refused as the stem of a river (南京江); the city and its area are one place
    found = _places(tmp_path, "主动承接南京江北新区产业外溢,共建合作园区2个。")
    assert "南京江北新区" in found


def test_a_new_area_after_a_municipality(tmp_path):
    # a municipality names its zones as a city does; a province's zones are a kind
    found = _places(tmp_path, "深化与天津滨海新区、重庆高新区的产业协作。")
    assert {"天津滨海新区", "重庆高新区"} <= found


def test_a_park_jieba_keeps_whole_with_its_city(tmp_path):
    found = _places(tmp_path, "苏州工业园区与我县签订共建产业园合作协议。")
    assert "苏州工业园区" in found


def test_a_provinces_zones_are_a_kind(tmp_path):
    found = _places(tmp_path, "全县在江苏省开发区综合考评中位列第12位。")
    assert not any(p.endswith("开发区") for p in found)


def test_a_quarter_named_by_the_park_it_holds(tmp_path):
    # jieba tags 高新 an adverb, where the walk over a name's words stopped
    found = _places(tmp_path, "高新片区、临港片区新签约项目18个。")
    assert {"高新片区", "临港片区"} <= found


def test_a_foreign_city_closing_a_list_before_an_air_route(tmp_path):
    found = _places(tmp_path, "新开通至胡志明市、金边国际客运航线,国际航点增至9个。")
    assert {"胡志明市", "金边"} <= found


def test_a_foreign_place_in_an_events_name_stays_a_modifier(tmp_path):
    found = _places(tmp_path, "组织企业参加亚洲国际食品博览会,达成意向订单2亿元。")
    assert "亚洲" not in found


def test_the_port_of_a_city_whose_name_ends_in_its_head(tmp_path):
    # the head doubled after a division named …港 is the city's port, no reduplicated word
    found = _places(tmp_path, "连云港港、防城港港新增万吨级泊位6个。")
    assert {"连云港港", "防城港港"} <= found


def test_a_reduplicated_word_before_a_head_is_still_none(tmp_path):
    found = _places(tmp_path, "节日期间城乡处处喜洋洋,游客量增长15%。")
    assert "喜洋洋" not in found
