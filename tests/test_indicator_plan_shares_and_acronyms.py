"""Indicator names of session 38. The share of a plan or a task done: "占任务的162.4%", "占计划的100%" name a rate of
completion, X占任务比例 / X占计划比例 (yixian-2019's gold writes 省市重点项目完成投资占任务比例), and the
growth in percent after it is the measure's own, not the rate's; a figure glued to a measure's Latin
abbreviation ("实现GDP152.27亿元") is a value; a count of works whose clause closes with an adverb
and a stage verb counts the works of that stage ("等22个项目顺利投产" → 投产项目, "4条铁路顺利开工"
→ 开工铁路). yixian's and Hailar's own sentences read from ../shared; the others written in the
phrasing of county reviews (占计划的100%,同比下降2%)."""

from kg.text.quantities import find_quantities
from tests.conftest import report_mentions
from tests.conftest import shared_file


def shared_sentence(marker, *parts):
    """The sentence of a shared report (a sample in UTF-8, a Hailar report in GB18030) holding `marker`."""
    data = shared_file(*parts).read_bytes()
    text = data.decode("gb18030") if parts[0] == "corpus" else data.decode("utf-8")
    return next(s + "。" for s in text.split("。") if marker in s)


def review(tmp_path, *lines):
    """(indicator, value, unit, measure) of the observations of a 2022 review part."""
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"])
            for m in report_mentions(tmp_path, "各位代表:", "一、2022年工作回顾", *lines) if m.type == "Observation"]


def test_the_share_of_a_task_done_is_named_bili(tmp_path):
    found = review(tmp_path, shared_sentence("占任务的162.4%", "seeds", "yixian-2019.txt"))
    assert ("省市重点项目完成投资占任务比例", "162.4", "%", "level") in found
    assert not [o for o in found if o[0].endswith("比重")]


def test_the_share_of_the_plan_is_named_bili_and_the_growth_after_it_is_the_measures_own(tmp_path):
    found = review(tmp_path, "预计实现地区生产总值310亿元,占计划的100%,同比增长3.2%;"
                             "固定资产投资150亿元,占年度计划的101.5%,同比下降4.6%。")
    assert ("地区生产总值占计划比例", "100", "%", "level") in found
    assert ("地区生产总值", "3.2", "%", "change") in found
    assert ("固定资产投资占年度计划比例", "101.5", "%", "level") in found
    assert ("固定资产投资", "4.6", "%", "change") in found
    # written with 完成 ("收购烟叶26.2万担,完成下达任务的100.3%", a city's tobacco review): the share of
    # the plan or task the measure just named did, named as one written with 占
    found = review(tmp_path, "收购烟叶26.2万担,完成下达任务的100.3%;地区生产总值完成310亿元,完成年度计划的101.2%。")
    assert {("收购烟叶占下达任务比例", "100.3"), ("地区生产总值占年度计划比例", "101.2")} <= {o[:2] for o in found}
    assert not [o for o in found if o[0] in ("下达任务", "任务", "年度计划")]
    # a share of a whole keeps 比重, and a change of it in 个百分点 stays the share's
    found = review(tmp_path, "规上工业增加值140亿元,占全市比重22%,提高1.2个百分点。")
    assert ("规上工业增加值占全市比重", "1.2", "个百分点", "change") in found


def test_a_figure_glued_to_a_measures_abbreviation_is_a_value(tmp_path):
    assert [(q.value, q.unit) for q in find_quantities("预计全年实现GDP152.27亿元")] == [("152.27", "亿元")]
    assert [(q.value, q.unit) for q in find_quantities("制造业PMI49.3%")] == [("49.3", "%")]
    # the letters of a code are no abbreviation of a measure
    assert not [q for q in find_quantities("PM2.5平均浓度") if q.value == "2.5"]
    assert find_quantities("G318国道") == []
    found = review(tmp_path, "预计全年实现GDP152.27亿元、增长8.5%。")
    assert ("GDP", "152.27", "亿元", "level") in found


def test_a_stage_reached_with_an_adverb_counts_the_works_of_that_stage(tmp_path):
    sentence = shared_sentence("等22个项目顺利投产", "corpus", "hailar", "hailar-2012.txt")
    assert ("投产项目", "22", "个", "level") in review(tmp_path, sentence)
    found = review(tmp_path, "赣深客专等4条铁路顺利开工,3条高速公路建成通车。")
    assert ("开工铁路", "4", "条", "level") in found
    assert ("建成通车高速公路", "3", "条", "level") in found
    # a length or size before the works named is no count of works of a stage
    found = review(tmp_path, "15公里雨水管网二期工程按期竣工,19公里城市道路等改扩建工程全部完工。")
    assert not [o for o in found if o[0].startswith(("竣工", "完工"))]


def test_a_value_after_a_gap_to_a_reference_area_continues_the_indicator_before_the_gap(tmp_path):
    # the five-year review's phrasing: growth, its gap to the nation's and the province's, then a
    # multiple of the plan's base year, which is the growing measure's, not the gap's
    found = review(tmp_path, "地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍。"
                             "一般公共预算收入年均增长12%,高于全省1.5个百分点,增速居全省第3位。")
    assert ("地区生产总值", "1.8", "倍", "level") in found
    assert not [o for o in found if o[0].startswith(("高于", "分别高于"))]


def test_a_sum_invested_before_a_verb_of_works_is_the_investment_in_those_works(tmp_path):
    sentence = shared_sentence("投资4.8亿元实施了拆炉并网工程", "corpus", "hailar", "hailar-2015.txt")
    assert ("拆炉并网工程投资", "4.8", "亿元", "level") in review(tmp_path, sentence)
    # yixian-2019: the count after the verb is no part of the works' name
    sentence = shared_sentence("学校硬件改善工程", "seeds", "yixian-2019.txt")
    assert ("学校硬件改善工程投资", "8850", "万元", "level") in review(tmp_path, sentence)
    # a clause of its own after the sum, or works with no works' head, are left alone
    found = review(tmp_path, "投资3700万元,集中改造背街巷道11条。投资650万元建成6座水冲式公厕。")
    assert not [o for o in found if o[0].endswith("投资") and o[0] != "投资"]


def test_the_amount_of_a_task_done_is_named_without_the_task_word(tmp_path):
    sentence = shared_sentence("棚户区改造任务2619户", "corpus", "hailar", "hailar-2015.txt")
    assert ("棚户区改造", "2619", "户", "level") in review(tmp_path, sentence)
    found = review(tmp_path, "完成烟叶生产任务603万公斤,完成改革任务30项。")
    assert ("烟叶生产", "603", "万公斤", "level") in found
    assert ("改革任务", "30", "项", "level") in found  # a count of tasks keeps its word
