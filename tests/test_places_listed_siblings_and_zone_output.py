"""Places of county and city text that no head rule found alone (issue 9, session 29): the zones and
natural features listed beside one found a place, a zone whose output the clause reports with the verb
first, a function zone named before 中心区; and two wrong boundaries: a township's head read before
乡创园, a country opening a ranking's title after the title's year. Sentences written in the genre's
phrasing, each in a small report of a named county or city."""
from __future__ import annotations

from tests.conftest import report_names

YOUXIAN = "政府工作报告\n——2023年1月6日在攸县第十八届人民代表大会第二次会议上"
CITY = "2024年某市政府工作报告"


def _places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2023年工作回顾", *sentences)


def test_zones_listed_beside_a_zone_found_a_place_are_places(tmp_path):
    found = _places(tmp_path, YOUXIAN,
                    "园区承载能力增强。网岭循环经济产业园、皇图岭陶瓷工业园、新市食品产业园等乡镇园区新引进项目15个。")
    assert {"网岭循环经济产业园", "皇图岭陶瓷工业园", "新市食品产业园"} <= found


def test_zones_listed_beside_one_that_only_its_head_made_a_place_stay_works(tmp_path):
    found = _places(tmp_path, YOUXIAN, "加快推进云台山小镇、影视小镇等旅游项目建设。")
    assert "影视小镇" not in found


def test_a_mountain_listed_beside_one_with_its_head_is_a_place(tmp_path):
    found = _places(tmp_path, YOUXIAN, "积极创建凤凰山、团圆山国家AAAA级旅游景区。")
    assert {"凤凰山", "团圆山"} <= found


def test_a_zone_whose_output_follows_the_verb_is_a_place(tmp_path):
    found = _places(tmp_path, YOUXIAN, "高桥园区实现技工贸总收入120亿元，亩均税收增长8%。")
    assert "高桥园区" in found


def test_a_function_zone_named_before_its_central_area_head(tmp_path):
    found = _places(tmp_path, CITY, "优化金鸡湖中心区商业布局，提升城市中心区品质，完善行政中心区配套。")
    assert "金鸡湖中心区" in found
    assert not {"城市中心区", "行政中心区"} & found


def test_a_township_head_before_a_rural_creative_park_ends_no_town(tmp_path):
    found = _places(tmp_path, YOUXIAN, "加快建设青溪乡创园，引进乡村文创企业。")
    assert "青溪乡" not in found


def test_a_country_after_a_titles_year_opens_the_title(tmp_path):
    found = _places(tmp_path, YOUXIAN, "成功入围2023中国建制县营商环境百强。")
    assert "中国" not in found
