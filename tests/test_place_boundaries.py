"""Where a place's name begins and ends (issue 9, boundaries): an area word after a proper name, a
division or a company written before a zone, a route's course word, a character or a numeral jieba
cut from a name's front; and where a body's name begins (its parent, its seat before a legal form).
Real sentences of Hailar, and general examples made up for the grammar."""
from __future__ import annotations

from tests.conftest import report_names
from tests.test_places import GUANGDONG, HAILAR, places

CITY = "市政府工作报告"


def test_an_area_word_after_a_proper_name_is_no_part_of_it(tmp_path):
    # hailar-2012; the samples' gold writes 渝东南 for "渝东南地区", 粤北 for "粤东粤西粤北地区"
    found = places(tmp_path, HAILAR, "开通海拉尔至俄蒙及台湾地区的3条航线。")
    assert "台湾" in found and "台湾地区" not in found


def test_a_zone_begins_after_a_division_written_with_its_level(tmp_path):
    # made up: a city's full name then a new area with a name of its own (two places, as the samples' gold writes a city and its district)
    found = places(tmp_path, CITY, "惠州市潼湖新区入驻企业20家。")
    assert {"惠州市", "潼湖新区"} <= found and "惠州市潼湖新区" not in found


def test_a_zone_begins_after_a_town_of_the_area(tmp_path):
    # made up: a county's towns (its real ones: general facts) before a scenic area and a park with made-up
    # names; the town and the place in it are two places, as the design reports' gold writes them
    found = places(tmp_path, "2022年桐庐县人民政府工作报告", "横村镇青禾岛生态旅游区接待游客增长20%。",
                   "城南街道菊禾产业园入选省级现代农业园区。")
    assert {"横村镇", "青禾岛生态旅游区", "城南街道", "菊禾产业园"} <= found
    assert not {"横村镇青禾岛生态旅游区", "城南街道菊禾产业园"} & found


def test_a_town_before_a_word_of_no_place_keeps_no_place_after_it(tmp_path):
    # made up: the town's small-town building: 小城镇 has no zone's head, no place of its own
    found = places(tmp_path, "2022年桐庐县人民政府工作报告", "横村镇小城镇建设加快推进。")
    assert "横村镇" in found and not {"小城镇", "横村镇小城镇"} & found


def test_a_zone_named_by_its_kind_keeps_its_division(tmp_path):
    # made up: a park named only by its kind after the city is one name with it (as 日照食品产业园)
    found = places(tmp_path, CITY, "惠州市食品产业园入驻企业20家。")
    assert "惠州市食品产业园" in found


def test_a_zone_begins_after_the_company_whose_works_are_in_it(tmp_path):
    # made up: a company, then the zone named by a place, then the company's works
    found = places(tmp_path, GUANGDONG, "华为东莞松山湖园区三期项目开工。")
    assert "东莞松山湖园区" in found and "华为东莞松山湖园区" not in found


def test_a_routes_course_word_is_no_part_of_the_place_after_it(tmp_path):
    # made up: "A经B至C高速公路", B a mountain named by its head
    found = places(tmp_path, GUANGDONG, "推进梅州经莲花山至汕尾高速公路建设。")
    assert "莲花山" in found and "经莲花山" not in found


def test_a_character_cut_from_a_names_front_opens_the_place(tmp_path):
    # made up: jieba cuts 乌 from the name of a hydropower site listed after another works
    found = places(tmp_path, CITY, "黄河大桥建成通车、乌西德水电站开工。")
    assert "乌西德" in found and "西德" not in found


def test_a_character_read_as_a_verb_opens_a_waters_name_after_the_clauses_verb(tmp_path):
    # made up: jieba reads the river's first character 倒 as a verb after the clause's verb 推进
    found = places(tmp_path, CITY, "推进倒云河综合治理。")
    assert "倒云河" in found and "云河" not in found


def test_a_character_cut_from_a_quarters_name_after_a_verb(tmp_path):
    # made up: the town 澄山's east quarter; jieba cuts 澄 off and reads 山东 (the province) and 片区
    found = places(tmp_path, CITY, "实施澄山东片区治水工程。")
    assert "澄山东片区" in found and not {"山东", "山东片区"} & found


def test_a_character_cut_from_a_name_after_its_district(tmp_path):
    # made up: a district, then a river's name whose first character jieba reads as a time word
    found = places(tmp_path, GUANGDONG, "番禺区明洋河片区综合改造完成。")
    assert "番禺区" in found and "明洋河片区" in found and "洋河片区" not in found


def test_a_verbs_result_or_a_lead_word_is_no_character_of_the_place_after_it(tmp_path):
    # made up: 用好 and 组织好 with the city after them; 让 leading to the county
    found = places(tmp_path, GUANGDONG, "用好广州帮扶资源，组织好广州市民活动，让从化区的天更蓝。")
    assert {"广州", "从化区"} <= found and not {"好广州", "让从化区"} & found


def test_a_predicate_before_a_listed_works_is_no_place(tmp_path):
    # made up: the first clause's verb is no item of a list sharing the head 水电站
    found = places(tmp_path, CITY, "新港码头全面投产、乌德江水电站首批机组发电。")
    assert "投产" not in found and "乌德江" in found


def test_a_numeral_cut_from_a_toponym_after_its_city(tmp_path):
    # made up: a city, then a lake's name opening with a numeral, then a reservoir
    found = places(tmp_path, GUANGDONG, "韶关三女湖水库、清远七星河水库除险加固完成。")
    assert "三女湖" in found and "女湖" not in found


def orgs(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Organization", head, "各位代表：", "一、2018年工作回顾", *sentences)


def test_a_hospital_named_by_its_university_holds_the_whole_university(tmp_path):
    # made up: the university's name opens with its city; the hospital's walk stopped inside it
    found = orgs(tmp_path, GUANGDONG, "推进广州中医药大学附属白云医院扩建建设。")
    assert {"广州中医药大学", "广州中医药大学附属白云医院"} <= found
    assert "中医药大学附属白云医院" not in found


def test_a_registered_legal_form_does_not_cut_a_companys_seat(tmp_path):
    # made up: the province opens the registered name; 有限责任 is no part of the walk's reach
    found = orgs(tmp_path, GUANGDONG, "组建广东省国有资本运营有限责任公司。")
    assert "广东省国有资本运营有限责任公司" in found and "国有资本运营有限责任公司" not in found
