"""Years of observations in reviews and plans of a five-year span (ANNOTATION 9), on copies written
for the test in the genre's phrasing (not copied from any report read): a review part headed by a
five-year plan speaks of the plan's last year, also where the copy writes no year of its own or
is dated in December of that year; a plan part of the five years ahead sets targets for their last
year; a news copy that opens a reviewed year again is still its review."""
from .test_observations_copies_without_title import observations, parsed


def rows(tmp_path, text):
    """(indicator, value, unit, direction, status, period) of each observation (a change has a direction)."""
    return {(n, v, u, d, s, p) for n, v, u, s, p, d in observations(tmp_path, text)}


_SPAN_REVIEW = ("一、“十三五”时期工作回顾\n"
                "过去五年,全区地区生产总值年均增长6.5%,五年累计完成一般公共预算收入120亿元。"
                "森林覆盖率由“十二五”末的30%提高到35%。\n")
_AHEAD = "二、今后五年的主要目标\n地区生产总值年均增长6%左右。\n三、今年工作安排\n地区生产总值增长7%左右。\n"


def test_a_review_of_a_five_year_plan_without_any_year_speaks_of_its_last(tmp_path):
    text = "政府工作报告\n各位代表:\n" + _SPAN_REVIEW + _AHEAD
    assert parsed(tmp_path, text).year == 2021  # the report that reviews the thirteenth plan as a whole
    found = rows(tmp_path, text)
    assert ("地区生产总值", "6.5", "%", "increase", "actual", 2020) in found
    assert ("一般公共预算收入", "120", "亿元", None, "actual", 2020) in found
    assert ("森林覆盖率", "30", "%", None, "actual", 2015) in found  # the start point: the end of the twelfth
    assert ("森林覆盖率", "35", "%", None, "actual", 2020) in found
    assert ("地区生产总值", "6", "%", "increase", "target", 2025) in found  # the five years ahead: their last
    assert ("地区生产总值", "7", "%", "increase", "target", 2021) in found


def test_a_report_dated_in_the_plans_last_year_reviews_it_and_plans_the_next(tmp_path):
    # a title that names the year the report was given in, then its date line of December
    text = "2020年政府工作报告\n2020年12月24日在平安区第九届人民代表大会第五次会议上\n各位代表:\n" + _SPAN_REVIEW + _AHEAD
    assert parsed(tmp_path, text).year == 2021
    text = "2020年政府工作报告\n(2020年12月)\n各位代表:\n" + _SPAN_REVIEW + _AHEAD
    assert parsed(tmp_path, text).year == 2021
    found = rows(tmp_path, text)
    assert ("地区生产总值", "6.5", "%", "increase", "actual", 2020) in found
    assert ("地区生产总值", "7", "%", "increase", "target", 2021) in found


def test_a_plans_first_year_or_its_years_so_far_are_not_its_span(tmp_path):
    # "“十三五”以来" in the report of 2019: the years so far, reviewed up to the year before
    text = "2019年政府工作报告\n各位代表:\n一、“十三五”以来工作回顾\n全区地区生产总值年均增长7%。\n"
    assert parsed(tmp_path, text).year == 2019
    assert ("地区生产总值", "7", "%", "increase", "actual", 2018) in rows(tmp_path, text)
    text = "2017年政府工作报告\n各位代表:\n一、“十三五”开局之年工作回顾\n全区地区生产总值增长7.5%。\n"
    assert parsed(tmp_path, text).year == 2017
    assert ("地区生产总值", "7.5", "%", "increase", "actual", 2016) in rows(tmp_path, text)


def test_a_news_copy_opening_the_reviewed_year_again_still_reviews_it(tmp_path):
    text = ("会上,市长作政府工作报告。2016年全市预计完成地区生产总值950亿元,增长7.6%。\n"
            "2016年,全市大力实施惠民工程,城镇新增就业4.5万人,城镇居民人均可支配收入28240元。\n"
            "2017年,全市将力争地区生产总值增长7%。")
    found = rows(tmp_path, text)
    assert ("城镇新增就业", "4.5", "万人", None, "actual", 2016) in found
    assert ("城镇居民人均可支配收入", "28240", "元", None, "actual", 2016) in found
    assert ("地区生产总值", "7", "%", "increase", "target", 2017) in found


def test_a_plan_sentence_opening_with_its_year_or_span_sets_targets_for_it(tmp_path):
    text = ("2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全区地区生产总值增长3%。\n"
            "二、“十四五”时期主要目标和2021年工作安排\n"
            "“十四五”时期,全区地区生产总值年均增长6%左右。2021年,地区生产总值增长7%左右。"
            "2020年,我们克服疫情影响,城镇新增就业1.2万人。\n")
    found = rows(tmp_path, text)
    assert ("地区生产总值", "6", "%", "increase", "target", 2025) in found
    assert ("地区生产总值", "7", "%", "increase", "target", 2021) in found  # not the span the heading names first
    assert ("地区生产总值", "3", "%", "increase", "actual", 2020) in found
    assert not any(r[5] == 2020 and r[4] == "target" for r in found)  # a year before the report's sets no target
