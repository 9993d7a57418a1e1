"""Short place words that open or end another thing's name: a village's short name beside its own
head, before a phase, after a far division or that is a common noun; a region naming a bank; two
areas' partnership; a metro line's number before a stem; a head opening a word after a proper name.
General grammar examples made up in the reports' areas (黔江's villages 艾子, 木良, 茶园 and 文汇
and its towns 正阳, 濯水 are GB/T 2260 facts)."""
from __future__ import annotations

from tests.conftest import report_names

QIANJIANG = "2019年重庆市黔江区政府工作报告"
HAILAR = "2013年呼伦贝尔市海拉尔区政府工作报告"


def places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2018年工作回顾", *sentences)


def test_a_village_beside_its_own_head_is_named_whole(tmp_path):
    found = places(tmp_path, QIANJIANG, "濯水镇艾子村入选市级示范村。")
    assert {"濯水镇", "艾子村"} <= found
    assert "艾子" not in found  # the short form beside its head is no second place


def test_a_village_short_name_that_names_another_thing(tmp_path):
    # a phase after it (the works' own name), a country or a far division before it, a road's head
    # after it, a common noun of the dictionary: none is the village
    for sentence in ("推进艾子二期建设。", "中国艾子一期主体完工。", "北京艾子学校投入使用。",
                     "木良快速路开工建设。", "新建茶园小学。", "文汇小学建成投用。"):
        found = places(tmp_path, QIANJIANG, sentence)
        assert not {"艾子", "木良", "茶园", "文汇"} & found, sentence
    # still the village where it opens a facility's name, or follows its town
    assert "艾子" in places(tmp_path, QIANJIANG, "艾子小学建成投用。")
    assert {"正阳", "艾子"} <= places(tmp_path, QIANJIANG, "正阳艾子片区改造。")


def test_a_region_naming_a_financial_company_is_no_place(tmp_path):
    found = places(tmp_path, QIANJIANG, "支持渤海银行、长江证券在黔江设立分支机构。")
    assert "黔江" in found
    assert not {"渤海", "长江"} & found


def test_two_areas_partnership_before_its_park_is_no_place(tmp_path):
    assert "京蒙" not in places(tmp_path, QIANJIANG, "建设京蒙协作产业园。")


def test_a_metro_line_number_or_a_head_opening_a_word_after_a_name(tmp_path):
    assert "线滨江" not in places(tmp_path, HAILAR, "加快地铁5号线滨江段建设。")
    found = places(tmp_path, QIANJIANG, "建成博鳌海滨旅游度假区。")
    assert not {"博鳌海", "海滨"} & found


def test_a_breed_or_a_count_before_a_head_is_no_place(tmp_path):
    # a livestock word after a mountain's head makes a breed ("某山羊"); a count before 商圈 counts
    # the districts listed before it
    assert "麻山" not in places(tmp_path, QIANJIANG, "打造黔江麻山羊品牌。")
    found = places(tmp_path, QIANJIANG, "推进大十字、城西两大商圈提档升级。")
    assert not {"两大", "城西两大"} & found


def test_a_park_opener_before_a_trade_and_a_city_is_a_company(tmp_path):
    # a division inside the trade: the words before it name the company whose base is in that city;
    # without it, the place word still opens the park's name
    assert "龙湾" not in places(tmp_path, QIANJIANG, "龙湾汽车重庆基地开工建设。")
    assert "龙湾" in places(tmp_path, QIANJIANG, "龙湾汽车产业园开工建设。")


def test_the_country_bracketed_after_a_company_is_no_place(tmp_path):
    # a company's China entity ("某某(中国)"): the company, not the country; the country spoken of
    # stays (national-2017's "中国作为负责任大国")
    assert "中国" not in places(tmp_path, QIANJIANG, "推进西门子（中国）研发中心建设。")
    assert "中国" in places(tmp_path, QIANJIANG, "中国作为负责任大国，发挥了建设性作用。")
