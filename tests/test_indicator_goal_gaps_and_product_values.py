"""Indicator names on text shaped like unseen county, city and plan reports (sentences written for
the test in the genre's phrasing, not copied from any report or gold; one sentence of Hailar 2014):
a gap to the year's goal or the plan's pace (高于预期目标, 好于全国, 超过时序进度) is no stated value,
a list's size after 从 or of the goals reviewed is none either, the value of a crop or product
stated by its output is that product's (…产量…,实现产值…), and a count of buildings (栋) is a value."""

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.test_indicator_basis_goal_and_listed_measures import observations
from tests.conftest import shared_file


def test_a_gap_to_the_goal_or_to_an_area_written_with_haoyu_is_no_value(tmp_path):
    found = observations(tmp_path, "全区地区生产总值增长6.4%,高于预期目标0.9个百分点。"
                                   "社会消费品零售总额实现82.5亿元、增长9.1%,高于预期0.6个百分点。"
                                   "一般公共预算收入下降2.1%,好于预期目标1.4个百分点;"
                                   "规模以上工业增加值增长4%,好于全省1.2个百分点。"
                                   "重点项目完成投资86亿元,完成年度计划的71%,超过时序进度3.5个百分点。")
    assert ("地区生产总值", "6.4", "%") in found
    assert ("社会消费品零售总额", "9.1", "%") in found
    assert ("一般公共预算收入", "2.1", "%") in found
    assert ("规模以上工业增加值", "4", "%") in found
    assert not [v for _, v, u in found if u == "个百分点"]


def test_a_gap_of_a_named_share_still_counts(tmp_path):
    # a change in points of a measure named before it is a value (ANNOTATION), not a gap
    found = observations(tmp_path, "全县森林覆盖率达到63.8%,提高1.4个百分点。")
    assert ("森林覆盖率", "1.4", "个百分点") in found


def test_the_size_of_a_list_is_no_value(tmp_path):
    found = observations(tmp_path, "县长在报告中从5个方面回顾了全年工作。"
                                   "县人大审议批准的14项主要目标任务全面完成,全县生产总值完成86.3亿元。")
    assert ("生产总值", "86.3", "亿元") in found
    assert not [v for _, v, u in found if u in ("个", "项")]


def test_a_value_after_an_output_is_of_the_product(tmp_path):
    found = observations(tmp_path, "新建和改造茶园2万亩,种植中药材1.3万亩,茶叶产量达到6000吨,实现产值7亿元;"
                                   "2021年黄金产量2吨、产值约7亿元。")
    assert ("茶叶产量", "6000", "吨") in found and ("茶叶产值", "7", "亿元") in found
    assert ("黄金产值", "7", "亿元") in found
    assert not [n for n, _, _ in found if n in ("种植中药材产值", "产值")]


def test_a_value_after_an_output_in_hailar():
    # Hailar 2014: "马铃薯总产量达到25万吨，实现产值2.5亿元" (a target of the coming year)
    doc = parse_document(read_source(shared_file("corpus", "hailar", "hailar-2014.txt")))
    found = [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
             for m in extract_mentions(doc) if m.type == "Observation"]
    assert ("马铃薯产值", "2.5", "亿元") in found


def test_a_count_of_buildings_is_a_value(tmp_path):
    found = observations(tmp_path, "全区税收亿元楼宇达到35栋,拆除违法建筑120幢。")
    assert ("税收亿元楼宇", "35", "栋") in found
    assert ("拆除违法建筑", "120", "幢") in found
