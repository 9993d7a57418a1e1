"""Counts that are no observations and names after 分别 (issue 9, ANNOTATION 5 and the Indicator
section), on copies written for the test in the genre's phrasing (not copied from any report read):
rule names in a list of 条 or in quotes, programme counts, people sent, awards; a ratio written
with "︰"; bare figures listed before one unit ("分别上升3.7、0.2个百分点"); 城、乡 as a pair; 比增;
"按可比价计算"; a share of two bases; a plan's execution report as a review."""
from kg.text.quantities import find_quantities
from kg.text.reading import normalize

from .test_observations_copies_without_title import observations, rows

_HEAD = "2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n"


def found(tmp_path, body, head=_HEAD):
    return rows(observations(tmp_path, head + body))


def test_rule_names_in_a_list_or_in_quotes_are_no_values(tmp_path):
    got = found(tmp_path, "制定新型工业化18条、促进消费10条等政策措施,兑现奖补资金2.3亿元。"
                          "严格执行“产业10条”“人才8条”,新建农村公路12条。\n")
    names = {r[0] for r in got}
    assert not any(r[2] == "条" and r[1] in ("18", "10", "8") for r in got), got
    assert ("兑现奖补资金", "2.3", "亿元", "actual", 2020) in got
    assert ("新建农村公路", "12", "条", "actual", 2020) in got  # a count of roads stays a value
    assert "促进消费等政策措施" not in names


def test_programme_counts_people_sent_and_awards_are_no_values(tmp_path):
    got = found(tmp_path, "6件为民实事全面完成。选派医护人员849名支援武汉,新建派出所3个。"
                          "12项成果获省科学技术奖,新增发明专利授权320件。\n")
    values = {(r[1], r[2]) for r in got}
    assert ("6", "件") not in values and ("849", "名") not in values and ("12", "项") not in values
    assert ("新建派出所", "3", "个", "actual", 2020) in got  # 派出所 is a police station, nobody sent
    assert ("新增发明专利授权", "320", "件", "actual", 2020) in got


def test_a_ratio_written_with_vertical_two_dots_is_one_ratio(tmp_path):
    text, _ = normalize("三次产业结构调整为12.1︰38.5︰49.4")
    assert [q.value for q in find_quantities(text)] == ["12.1∶38.5∶49.4"]
    got = found(tmp_path, "三次产业结构调整为12.1︰38.5︰49.4。\n二、2021年工作安排\n三次产业结构优化为10∶40∶50。\n")
    assert ("三次产业结构", "12.1∶38.5∶49.4", "比", "actual", 2020) in got
    assert ("三次产业结构", "10∶40∶50", "比", "target", 2021) in got  # 优化为 is the verb, no part of the name


def test_bare_figures_listed_after_fenbie_take_the_last_unit(tmp_path):
    got = found(tmp_path, "一产、二产、三产增加值分别增长3.1%、5.2%和4.0%,二产、三产占比分别上升3.7、0.2个百分点。\n")
    assert ("二产占比", "3.7", "个百分点", "actual", 2020) in got
    assert ("三产占比", "0.2", "个百分点", "actual", 2020) in got
    assert ("二产增加值", "5.2", "%", "actual", 2020) in got
    # a bare number without 分别 before it stays no value (a year, an ordinal, a code)
    assert [q.value for q in find_quantities("2019、2020年连续获评先进县")] == []
    assert [q.value for q in find_quantities("实施3、4号线建设,新增5公里")] == ["5"]


def test_cheng_xiang_bizeng_and_comparable_prices(tmp_path):
    got = found(tmp_path, "全县生产总值92.5亿元,规上工业增加值10.7亿元,分别比增5.1%和15.3%。"
                          "城、乡居民人均可支配收入分别增长6.2%、8.1%。"
                          "固定资产投资按可比价计算增长4.2%。\n")
    assert ("生产总值", "5.1", "%", "actual", 2020) in got
    assert ("规上工业增加值", "15.3", "%", "actual", 2020) in got
    assert ("城镇居民人均可支配收入", "6.2", "%", "actual", 2020) in got
    assert ("农村居民人均可支配收入", "8.1", "%", "actual", 2020) in got
    assert ("固定资产投资", "4.2", "%", "actual", 2020) in got


def test_a_share_of_two_bases_names_each(tmp_path):
    got = found(tmp_path, "税收收入占财政总收入和地方一般公共预算收入的比重分别为75.2%和80.1%。\n")
    assert ("税收收入占财政总收入的比重", "75.2", "%", "actual", 2020) in got
    assert ("税收收入占地方一般公共预算收入的比重", "80.1", "%", "actual", 2020) in got


def test_a_plans_execution_report_reviews_its_year(tmp_path):
    head = "关于某县2023年国民经济和社会发展计划执行情况的报告\n各位代表:\n一、2023年国民经济和社会发展计划执行情况\n"
    got = found(tmp_path, "全年完成地区生产总值190.3亿元,增长6.4%。\n二、2024年国民经济和社会发展计划\n"
                          "地区生产总值增长6%左右。\n", head)
    assert ("地区生产总值", "190.3", "亿元", "actual", 2023) in got
    assert ("地区生产总值", "6.4", "%", "actual", 2023) in got
    assert ("地区生产总值", "6", "%", "target", 2024) in got


def test_a_span_ahead_sets_targets_for_its_last_year_and_this_year_its_own(tmp_path):
    # a target of the five years ahead stated in the review part
    got = found(tmp_path, "全县地区生产总值增长4.2%。“十四五”时期,地区生产总值年均增长5.5%-6%。\n")
    assert ("地区生产总值", "5.5", "%", "target", 2025) in got
    assert ("地区生产总值", "4.2", "%", "actual", 2020) in got
    # the years so far of a plan still running are reviewed
    head = "2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n"
    assert ("地区生产总值", "7", "%", "actual", 2018) in found(
        tmp_path, "“十三五”时期以来,全县地区生产总值年均增长7%。\n", head)
    # under a heading of the span and the year, 今年 sets the year's own targets
    got = found(tmp_path, "全县地区生产总值增长4.2%。\n二、“十四五”时期主要目标和2021年工作安排\n"
                          "综合考虑各方面因素,今年主要预期目标是:地区生产总值增长7%左右。"
                          "“十四五”时期,城镇化率达到60%。\n")
    assert ("地区生产总值", "7", "%", "target", 2021) in got
    assert ("城镇化率", "60", "%", "target", 2025) in got
