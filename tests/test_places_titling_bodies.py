"""A division outside the report's own area that titles a body's name (a company, bank, university,
school, institute or hospital) is no place of the report (pl51: place_bounds.places_titling_bodies,
place_titled_body_heads.txt; ANNOTATION rule 8 counts a place inside a works' name, not inside a
body's). Sentences in the genre's phrasing with made-up names (青禾, 澄江) and real divisions."""

from tests.test_places import places

ANYUE = "政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n刘建华"


def test_a_province_or_another_city_titling_a_body_is_no_place(tmp_path):
    found = places(tmp_path, ANYUE, "青禾水库引水工程完成可行性研究，由四川省水利水电勘测设计研究院承担设计。",
                   "支持杭州澄江科技有限公司扩建青禾镇生产基地。")
    assert "四川省" not in found and "杭州" not in found and "杭州市" not in found, found
    assert "青禾镇" in found, found


def test_the_own_area_its_city_a_country_and_a_place_named_elsewhere_stay(tmp_path):
    found = places(tmp_path, ANYUE, "资阳市澄江医院新院区建成投用，美国澄江公司投资建设青禾镇工厂。",
                   "由四川省澄江研究院承担设计，融入四川省内循环。")
    assert {"资阳市", "美国", "四川省"} <= found, found


def test_a_region_above_the_provinces_titling_a_body_is_no_place(tmp_path):
    found = places(tmp_path, ANYUE, "推进华南澄江大学附属青禾学校建设。", "与华东澄江研究院合作建设青禾镇实训基地。",
                   "融入西北地区发展。")
    assert "华南" not in found and "华东" not in found, found
    assert {"青禾镇", "西北地区"} <= found, found
