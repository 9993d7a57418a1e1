"""A sentence of a review or plan part whose own words speak of the other side of the report
(`obs_part_turning_cues.tsv`): the goals that close a review part with no heading of their own are
the report's own year's targets, and the figures a plan part recalls are the year before's actuals.
Counts of visits made are no observations (ANNOTATION 5). Sentences written for the test in the
genre's phrasing, not copied from any report read."""
import pytest

from tests.test_observations_copies_without_title import observations, rows

REVIEW = "某县2020年政府工作报告\n一、2019年工作回顾\n2019年,全县地区生产总值增长6.8%。\n"
PLAN = "某市2019年政府工作报告\n一、2018年工作回顾\n全市上下团结奋斗。\n二、2019年工作安排\n"


@pytest.mark.parametrize("goals", [
    "今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业2500人以上。",
    "2020年经济社会发展主要目标为:地区生产总值增长6%左右,城镇新增就业2500人以上。",
    "综合考虑各种因素,今年主要预期目标是:地区生产总值增长6%左右。城镇新增就业2500人以上。",
    "今年,力争地区生产总值增长6%左右,城镇新增就业2500人以上。",
])
def test_goals_closing_a_review_part_are_the_reports_years_targets(tmp_path, goals):
    found = rows(observations(tmp_path, REVIEW + goals + "\n二、2020年工作安排\n重点抓好六项工作。\n"))
    assert ("地区生产总值", "6.8", "%", "actual", 2019) in found
    assert ("地区生产总值", "6", "%", "target", 2020) in found
    assert ("城镇新增就业", "2500", "人", "target", 2020) in found
    assert not any(s == "actual" and v in ("6", "2500") for _, v, _, s, _ in found)


@pytest.mark.parametrize("review", [
    "为今年发展奠定了坚实基础,全年城镇新增就业2600人。",  # 今年 outside the value's clause
    "全县城镇新增就业2600人,完成年初确定的预期目标。",  # a target met
])
def test_a_review_sentence_stays_the_reviewed_years(tmp_path, review):
    found = rows(observations(tmp_path, REVIEW + review + "\n"))
    assert ("城镇新增就业", "2600", "人", "actual", 2019) in found


@pytest.mark.parametrize("recalled, year", [
    ("去年,全市粮食总产量达到52万吨。", 2018),
    ("2017年,全市粮食总产量达到52万吨。", 2017),
    ("初步统计,全市粮食总产量预计达到52万吨。", 2018),
])
def test_figures_a_plan_part_recalls_are_actuals(tmp_path, recalled, year):
    found = rows(observations(tmp_path, PLAN + recalled + "今年粮食总产量稳定在50万吨以上。\n"))
    assert ("粮食总产量", "52", "万吨", "actual", year) in found
    assert ("粮食总产量", "50", "万吨", "target", 2019) in found


@pytest.mark.parametrize("compared", [
    "今年全市生产总值比去年增长7%。",
    "今年全市生产总值与去年相比增长7%。",  # 去年 not opening the sentence: a comparison
    "全市生产总值在去年基础上增长7%。",  # a base
])
def test_a_plan_sentence_compared_with_last_year_stays_a_target(tmp_path, compared):
    found = rows(observations(tmp_path, PLAN + compared + "\n"))
    assert any(v == "7" and s == "target" and y == 2019 for _, v, _, s, y in found), found
    assert not any(v == "7" and s == "actual" for _, v, _, s, _ in found), found


def test_a_news_copy_sets_out_the_new_years_goals(tmp_path):
    text = ("某县2020年政府工作报告\n报告指出,过去的一年全县实现地区生产总值210亿元。"
            "面对新的一年,报告提出,地区生产总值增长7%。\n")
    found = rows(observations(tmp_path, text))
    assert ("地区生产总值", "210", "亿元", "actual", 2019) in found
    assert ("地区生产总值", "7", "%", "target", 2020) in found


def test_a_count_of_visits_made_is_no_observation(tmp_path):
    found = rows(observations(tmp_path, REVIEW + "全县新增市场主体1800户,走访企业260家。\n"))
    assert ("新增市场主体", "1800", "户", "actual", 2019) in found
    assert not any(v == "260" for _, v, _, _, _ in found)


@pytest.mark.parametrize("counted", [
    "总书记2次到我县考察。",  # a visit
    "市长3次对全县工作发表重要讲话。",  # a speech
    "7项工作获得省政府真抓实干督查激励。",  # a recognition of work done
])
def test_visits_speeches_and_recognitions_counted_are_no_observations(tmp_path, counted):
    found = rows(observations(tmp_path, REVIEW + counted + "全县开展送医上门服务3000次。\n"))
    assert ("送医上门服务", "3000", "次", "actual", 2019) in found
    assert not any(v in ("2", "3", "7") for _, v, _, _, _ in found)


@pytest.mark.parametrize("both", [
    "去年全市粮食总产量增长3%,今年力争增长5%。",
    "2018年全市粮食总产量增长3%,今年力争增长5%。",
])
def test_a_plan_sentence_that_speaks_of_both_years_is_left_as_it_was(tmp_path, both):
    # no turn of the whole sentence: its goal stays a target (the year before's figure, as before)
    found = rows(observations(tmp_path, PLAN + both + "\n"))
    assert any(v == "5" and s == "target" and y == 2019 for _, v, _, s, y in found), found
