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


# a prefecture-level city's report (its province is the division right above it)
MINGXI = "三明市政府工作报告\n2021年1月10日\n在三明市第十四届人民代表大会第一次会议上\n李志强"


def test_the_province_above_a_city_titling_a_body_is_no_place_of_the_city(tmp_path):
    # a city's report names the universities and companies its province titles ("某省理工大学",
    # "某省澄江集团"); the province is their name, not a place the city's report speaks of (pl63)
    found = places(tmp_path, MINGXI, "支持福建澄江理工大学、澄江研究院建设。",
                   "推动福建澄江科技股份有限公司扩建年产5000吨新材料项目。")
    assert "福建" not in found and "福建省" not in found, found


def test_the_province_above_a_city_named_elsewhere_or_in_a_works_name_and_a_district_s_city_stay(tmp_path):
    found = places(tmp_path, MINGXI, "支持福建澄江理工大学建设。", "主动融入福建省发展大局。")
    assert "福建省" in found or "福建" in found, found
    # inside a works' name the province is the works' place (ANNOTATION rule 8; tests/test_places.py)
    found = places(tmp_path, MINGXI, "福建澄江理工大学青禾校区二期加快建设。")
    assert "福建" in found, found
    found = places(tmp_path, ANYUE, "资阳澄江科技有限公司扩建青禾镇生产基地。")
    assert "资阳" in found or "资阳市" in found, found


def test_a_province_titling_a_company_whose_plant_or_bureau_is_named_is_no_place(tmp_path):
    # "某省…有限责任公司某某卷烟厂": the province titles the company, the unit's own place stays (pl63)
    found = places(tmp_path, ANYUE, "推动湖北澄江工业有限责任公司资阳卷烟厂扩大产能。",
                   "湖北澄江电网有限责任公司安岳供电局承建的青禾110千伏输变电工程投运。")
    assert "湖北" not in found and "湖北省" not in found, found
    assert "资阳" in found or "资阳市" in found, found
