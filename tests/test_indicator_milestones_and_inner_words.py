"""Indicator names on text shaped like unseen county, city and province reports (sentences written
for the test in the genre's phrasing, not copied from any report or gold): a milestone passed
(跨过/跨越/跃上 …台阶, 千亿台阶), words written inside a measure's name that are no part of it
(分别, a bracketed abbreviation, a year after the name), a bare measure of a set just counted."""
from tests.test_indicator_basis_goal_and_listed_measures import observations


def test_a_milestone_verb_is_no_part_of_the_name(tmp_path):
    found = observations(tmp_path, "全县地区生产总值跨过300亿元台阶,增长6.5%;财政收入连续跨越15亿元、20亿元台阶;"
                                   "经济总量跃上500亿元台阶。")
    assert ("地区生产总值", "300", "亿元") in found
    assert ("地区生产总值", "6.5", "%") in found
    assert ("财政收入", "15", "亿元") in found and ("财政收入", "20", "亿元") in found
    assert ("经济总量", "500", "亿元") in found
    assert not [n for n, _, _ in found if "台阶" in n or "跨" in n or "跃上" in n]


def test_a_round_milestone_in_words_is_a_sum_not_a_count_of_machines(tmp_path):
    found = observations(tmp_path, "全区工业总产值跨上千亿台阶,新购置大型农机具320台。")
    assert ("工业总产值", "1000", "亿元") in found
    assert ("新购置大型农机具", "320", "台") in found
    assert not [u for _, _, u in found if u == "亿台"]


def test_a_total_after_a_gap_is_of_the_measure_not_of_the_gap(tmp_path):
    found = observations(tmp_path, "全年GDP增长5.6%,高于全省0.3个百分点,总量突破1800亿元。")
    assert ("GDP", "1800", "亿元") in found


def test_words_inside_a_name_that_are_no_part_of_it(tmp_path):
    found = observations(tmp_path, "全市大中型项目分别完成投资86亿元、42亿元。"
                                   "全市生产总值(GDP)达到1650亿元,增长7.1%;居民消费价格(CPI)上涨2.2%。"
                                   "全县地区生产总值2019年达到210亿元。")
    assert ("大中型项目完成投资", "86", "亿元") in found
    assert ("生产总值", "1650", "亿元") in found and ("生产总值", "7.1", "%") in found
    assert ("居民消费价格", "2.2", "%") in found
    assert ("地区生产总值", "210", "亿元") in found
    assert not [n for n, _, _ in found if "分别" in n or "(" in n or n.endswith("年")]


def test_a_bare_measure_after_a_count_is_of_the_set_counted(tmp_path):
    found = observations(tmp_path, "全县规上工业企业达到126家,实现营收218亿元,增长9%;"
                                   "签约亿元以上项目31个、投资规模146亿元。"
                                   "新培育规上工业企业6家以上,力争规上工业企业主营业务收入增长8%。")
    expected = [("规上工业企业营收", "218", "亿元"), ("签约亿元以上项目投资规模", "146", "亿元"),
                # a measure that names its set already keeps its own name
                ("规上工业企业主营业务收入", "8", "%")]
    assert [e for e in expected if e not in found] == []
