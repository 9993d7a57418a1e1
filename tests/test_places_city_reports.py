"""Places in city, district and county reports (issue 9): words that look like a place and name
none there — a town's short form opening a common word ("葡萄架"), a town's name as an honour's
title ("世界长寿乡"称号), a city's new districts as the group a district ranks in ("在新城区第一"),
a localizer glued to a city's name ("以上|海港") — and an old base area without its modifier 原.
Made-up sentences in the genre's phrasing; each is put in a small report of the area named."""
from __future__ import annotations

from tests.conftest import report_names

# 阳朔县 (Guangxi) has a town 葡萄镇; 江夏区 and 蔡甸区 are among Wuhan's new-city districts (新城区)
YANGSHUO = "2024年阳朔县政府工作报告"
CAIDIAN = "2019年武汉市蔡甸区政府工作报告"
COUNTY = "2023年某县政府工作报告"
SANYA = "2022年三亚市政府工作报告"


def _places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2023年工作回顾", *sentences)


def test_town_short_form_opening_a_common_word_is_no_place(tmp_path):
    # 葡萄 is the short form of 葡萄镇, but 葡萄架 (a trellis) and 葡萄园 are words of the dictionary
    found = _places(tmp_path, YANGSHUO, "推广葡萄架式栽培技术，完成葡萄园标准化改造1.2万亩。")
    assert "葡萄" not in found
    assert "葡萄镇" not in found


def test_town_short_form_opening_a_works_is_still_the_town(tmp_path):
    found = _places(tmp_path, YANGSHUO, "葡萄污水处理厂建成投用，白沙至葡萄公路完成改造。")
    assert "葡萄" in found


def test_town_name_as_an_honour_title_is_no_place(tmp_path):
    found = _places(tmp_path, COUNTY, "成功获评“世界长寿乡”称号，依托长寿乡品牌，推进长寿食品产业发展。")
    assert "长寿乡" not in found
    assert "世界长寿乡" not in found


def test_new_districts_ranked_in_are_no_quarter(tmp_path):
    found = _places(tmp_path, CAIDIAN, "地方一般公共预算收入增长15%，增幅在新城区第一。",
                    "规模以上工业增加值增速位居中心城区前列。")
    assert "新城区" not in found
    assert "中心城区" not in found


def test_new_district_spoken_of_is_still_a_quarter(tmp_path):
    found = _places(tmp_path, CAIDIAN, "加快新城区路网建设，完善新城区配套设施。")
    assert "新城区" in found


def test_localizer_glued_to_a_city_is_no_place(tmp_path):
    found = _places(tmp_path, COUNTY, "集装箱吞吐量增速在全国千万箱级以上海港中排名第一。")
    assert "上海港" not in found
    assert "上海" not in found


def test_city_after_the_preposition_yi_is_a_place(tmp_path):
    found = _places(tmp_path, COUNTY, "主动融入长三角，以上海为龙头深化产业协作。")
    assert "上海" in found


def test_former_central_soviet_area_is_named_without_yuan(tmp_path):
    found = _places(tmp_path, COUNTY, "紧紧抓住原中央苏区振兴发展重大机遇，积极争取政策支持。")
    assert "中央苏区" in found
    assert "原中央苏区" not in found


def test_hub_inside_a_document_title_is_no_place(tmp_path):
    found = _places(tmp_path, SANYA, "认真落实《海南自由贸易港建设总体方案》要求，推进重点园区建设。")
    assert "海南自由贸易港" not in found


def test_hub_spoken_of_is_a_place(tmp_path):
    found = _places(tmp_path, SANYA, "我市在海南自由贸易港建设中勇当先锋。")
    assert "海南自由贸易港" in found


def test_dam_site_before_a_size_class_is_a_place(tmp_path):
    # an irrigation district named after its head works' site, its size class between: the site is a place
    found = _places(tmp_path, COUNTY, "青石滩大型灌区、白岩中型灌区续建配套工程加快推进。")
    assert {"青石滩", "白岩"} <= found


def test_district_named_by_initials_before_a_size_class_is_no_site(tmp_path):
    # "景丰" reads like the first characters of two counties, not a site's name; a size class alone names none
    found = _places(tmp_path, COUNTY, "开工建设景丰大型灌区，推进大中型灌区续建配套与现代化改造。")
    assert "景丰" not in found
    assert "大中型" not in found
