"""Place rules (issue 9, session 18: causes read on fresh unseen reports) on sentences written in the
genre's phrasing; each sentence is put in a small report of its own area."""
from __future__ import annotations

from kg import lexicons
from tests.conftest import report_names as found


def test_autonomous_prefecture_written_with_zhou(tmp_path):
    # "X州" is how reports write an autonomous prefecture after its short name; it is that prefecture
    names = found(tmp_path, "Place", "青海省人民政府工作报告",
                  "加快推进果洛州、玉树州未通电乡的电网延伸工程,支持海西州建设清洁能源基地。")
    assert {"果洛州", "玉树州", "海西州"} <= names
    assert lexicons.find_division("玉树州", "63").name == "玉树藏族自治州"
    assert lexicons.find_division("海西州", "").name == "海西蒙古族藏族自治州"
    # an autonomous county's "X县" stays a local short form: home only
    assert lexicons.find_division("白沙县", "46").name == "白沙黎族自治县"
    assert lexicons.find_division("白沙县", "44") is None


def test_zhou_alias_only_where_no_division_has_the_name():
    # 通州 and 徐州 are divisions of their own: an alias never takes a division's own name over
    assert lexicons.find_division("徐州", "32").name == "徐州市"
    assert lexicons.find_division("甘孜州", "").name == "甘孜藏族自治州"


def test_village_glued_to_its_town_by_the_segmenter(tmp_path):
    # jieba reads "关桥乡瓦窑/河村": the village still begins right after its township
    names = found(tmp_path, "Place", "海原县人民政府工作报告",
                  "在关桥乡瓦窑河村一带建设100兆瓦光伏发电项目。")
    assert "瓦窑河村" in names and "关桥乡" in names


def test_counted_list_of_villages_with_a_digit(tmp_path):
    names = found(tmp_path, "Place", "万柏林区人民政府工作报告",
                  "今年将确保完成剩下4个村的整村拆除及大王、瓦窑、南屯3个村的拆迁扫尾任务。")
    assert {"大王", "瓦窑", "南屯"} <= names
    # the phrase before the conjunction is no village
    assert "整村拆除" not in names
    # a count that is not the number of items takes nothing
    assert not {"大王", "瓦窑"} & found(tmp_path, "Place", "万柏林区人民政府工作报告",
                                       "完成大王、瓦窑、南屯5个村的拆迁扫尾任务。")


def test_position_word_after_a_verb_opens_no_river(tmp_path):
    # "用上洮河水": 上 completes the verb 用; the river is not "上洮河"
    assert "上洮河" not in found(tmp_path, "Place", "天水市人民政府工作报告", "确保麦积城区群众用上洮河水。")


def test_road_number_opens_no_route_end(tmp_path):
    names = found(tmp_path, "Place", "包头市人民政府工作报告", "国道218线石门滩至青松庙段基本完工。")
    assert {"石门滩", "青松庙"} <= names and "线石门滩" not in names


def test_head_opening_a_toponym_ends_no_name(tmp_path):
    # "华彩海口湾": 海 opens 海口, whose bay 海口湾 is the place; no "华彩海" cut before it
    names = found(tmp_path, "Place", "海口市美兰区人民政府工作报告",
                  "持续激发华彩海口湾、桫椤湾等商圈活力。")
    assert "海口湾" in names and "华彩海" not in names
