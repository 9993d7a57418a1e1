"""Named natural features found in lists (kg/extract/features.py): rivers named by one character
listed with other waters, and the names listed before a protected or scenic area's head they share;
streets the sentence locates something on (kg/extract/streets.py).
Sentences written in the genre's phrasing, each put in a small report of one area so the rule under
test is the one that decides; the samples and Hailar hold none of the new places."""
from __future__ import annotations

from tests.conftest import report_pairs

TIANSHUI = "政府工作报告\n——2023年1月在天水市第八届人民代表大会第三次会议上"
LHASA = "政府工作报告\n——2019年1月在拉萨市第十一届人民代表大会第二次会议上"
HAIKOU = "政府工作报告\n——2014年1月在海南省第五届人民代表大会第二次会议上"
# each small report opens as the genre does, then holds the sentences under test
OPENING = ("各位代表：", "一、2022年工作回顾")


def test_rivers_of_one_character_listed_with_a_known_river_are_places(tmp_path):
    # 洮河 is a place word of jieba's; 藉 alone is a character it cuts off: the list makes both rivers
    found = report_pairs(tmp_path, TIANSHUI, *OPENING, "实施洮河、藉河流域综合治理，完成堤防加固12公里。")
    assert {("Place", "洮河"), ("Place", "藉河")} <= found


def test_common_words_ending_in_a_water_head_are_no_rivers(tmp_path):
    # 江河 ("rivers") is a common word jieba knows often: no river named 江, and so no list of rivers
    found = report_pairs(tmp_path, TIANSHUI, *OPENING, "加强江河、溪河流域管护，落实河湖长制。")
    assert not any(t == "Place" and n in ("江河", "溪河") for t, n in found)


def test_sides_and_counts_before_a_water_head_are_no_river_names(tmp_path):
    found = report_pairs(tmp_path, TIANSHUI, *OPENING, "推进两河、沿河和洮河沿岸绿化。")
    assert ("Place", "两河") not in found and ("Place", "沿河") not in found


def test_names_sharing_a_nature_reserves_head_are_places(tmp_path):
    found = report_pairs(tmp_path, LHASA, *OPENING, "珠峰、羌塘和芒康国家级自然保护区范围优化获批。")
    assert {("Place", "珠峰"), ("Place", "羌塘"), ("Place", "芒康")} <= found
    assert not any(t == "Place" and n.endswith("国家级") for t, n in found)


def test_kinds_before_a_shared_park_head_are_no_places(tmp_path):
    found = report_pairs(tmp_path, LHASA, *OPENING, "新建城市、森林和湿地公园12个。")
    assert not any(t == "Place" and n in ("城市", "森林") for t, n in found)


def test_a_ridge_or_sea_head_before_tou_or_wei_ends_no_county_name(tmp_path):
    # "乐东岭头", "昌江海尾": 岭头 and 海尾 are places of those counties; no "乐东岭" or "昌江海"
    found = report_pairs(tmp_path, HAIKOU, *OPENING, "乐东岭头、昌江海尾等渔港建设稳步推进。")
    assert not any(t == "Place" and n in ("乐东岭", "昌江海") for t, n in found)


def test_the_place_a_fishing_harbour_is_named_after_is_a_place(tmp_path):
    found = report_pairs(tmp_path, HAIKOU, *OPENING, "港北中心渔港主体工程完工，推进白马井一级渔港建设。")
    assert {("Place", "港北"), ("Place", "白马井")} <= found


def test_streets_the_sentence_locates_something_on_are_places(tmp_path):
    found = report_pairs(tmp_path, TIANSHUI, *OPENING, "在青峰路、人民路沿线新建充电桩200个。",
                     "位于滨河路的市民中心投入使用。", "推进中山路、解放路两侧立面改造。")
    assert {("Place", "青峰路"), ("Place", "人民路"), ("Place", "滨河路"), ("Place", "中山路"),
            ("Place", "解放路")} <= found


def test_a_street_inside_a_works_name_or_a_common_road_is_no_located_street(tmp_path):
    found = report_pairs(tmp_path, TIANSHUI, *OPENING, "在全市道路两侧种植行道树。", "实施解放路提升改造工程。")
    assert ("Place", "解放路") not in found
    assert not any(t == "Place" and n.endswith("道路") for t, n in found)


def test_the_samples_and_hailar_hold_no_place_of_the_new_rules():
    # read on the samples and the five Hailar reports: the rules find nothing there, so nothing false
    from kg.extract import extract_mentions
    from kg.text.document import parse_document
    from kg.text.reading import read_source
    from tests.conftest import SEEDS, shared_file

    paths = sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt"))
    for p in paths:
        found = extract_mentions(parse_document(read_source(p)))
        assert not [m.text for m in found if m.attrs.get("source") in ("listed-water", "shared-feature-head", "located-street")], p.name
