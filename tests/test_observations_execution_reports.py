"""A review dated by 执行情况 (obs_part_cues.tsv): the report on the execution of a year's plan or
budget, read with the work report, reviews the year written before it, also where its heading runs
on into its paragraph or where only its lead sentence names that year and the report's own year is
written nowhere; the plan part after it keeps its targets. Sentences written for the test in the
genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import assert_rows, observations, rows

RUN_ON = ("一、2023年国民经济和社会发展计划执行情况2023年,全区上下坚持稳中求进,经济运行总体平稳。"
          "主要指标预计完成情况如下:地区生产总值完成860亿元,增长6.2%;一般公共预算收入完成71.5亿元,增长5.4%。\n")

LEAD = ("受市人民政府委托,现将2018年国民经济和社会发展计划执行情况及2019年计划草案提请大会审查。\n"
        "2018年以来,全市上下攻坚克难,经济保持平稳。全市地区生产总值3200亿元,增长7.1%;固定资产投资增长9.3%。\n")


def actuals(year, **figures):
    """(indicator, value, unit, "actual", year) for each indicator=((value, unit), ...)."""
    return [(name, value, unit, "actual", year) for name, pairs in figures.items() for value, unit in pairs]


def test_a_run_on_execution_heading_dates_its_values(tmp_path):
    assert_rows(tmp_path, RUN_ON, *actuals(2023, 地区生产总值=(("860", "亿元"), ("6.2", "%")),
                                           一般公共预算收入=(("71.5", "亿元"), ("5.4", "%"))))


def test_the_lead_sentence_of_an_execution_report_dates_its_review(tmp_path):
    assert_rows(tmp_path, LEAD, *actuals(2018, 地区生产总值=(("3200", "亿元"), ("7.1", "%")),
                                         固定资产投资=(("9.3", "%"),)))


def test_a_budget_execution_is_a_review_too(tmp_path):
    text = ("受县人民政府委托,现将2024年全县财政预算执行情况报告如下。\n"
            "全县一般公共预算收入完成12.6亿元,增长3.1%。\n")
    assert_rows(tmp_path, text, *actuals(2024, 一般公共预算收入=(("12.6", "亿元"), ("3.1", "%"))))


def test_the_plan_after_an_execution_review_keeps_its_targets(tmp_path):
    text = RUN_ON + "二、2024年国民经济和社会发展计划草案\n2024年主要预期目标是:地区生产总值增长5.5%左右。\n"
    found = rows(observations(tmp_path, text))
    assert ("地区生产总值", "5.5", "%", "target", 2024) in found, found
    assert ("地区生产总值", "860", "亿元", "actual", 2023) in found, found
    assert not any(s == "target" and p == 2023 for *_, s, p in found), found


def test_without_the_cue_the_undated_review_stays_out(tmp_path):
    # the same figures with no year written anywhere: nothing dates them, so none is given
    text = LEAD.replace("2018年国民经济和社会发展计划执行情况及2019年计划草案", "计划草案").replace("2018年以来,", "")
    assert observations(tmp_path, text) == set()
