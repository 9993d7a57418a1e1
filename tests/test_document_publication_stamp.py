"""A press page that names its report's year nowhere in words is dated by the stamp it was
published under near its opening ("2018-01-26 09:18", "2021/12/06/ 21:48", "17.01.2016 10:29"),
even where that stamp stands in page furniture the reader drops; a congress written up in November
or December hears the coming year's report. Pages written for the test in the genre's phrasing."""
import pytest

from .conftest import page_year
from tests.test_observations import observations


def test_a_stamp_with_dashes_and_a_time_dates_the_page(tmp_path):
    text = ("某某区十届人大一次会议开幕\nwww.example.gov.cn  2018-01-26 09:18  来源:某某日报\n"
            "区长代表区人民政府作政府工作报告。过去五年,全区地区生产总值年均增长7.2%。\n")
    assert page_year(tmp_path, text) == 2018


def test_a_day_first_stamp_dates_the_page(tmp_path):
    text = "某某省:让群众过上更好的生活\n\n17.01.2016  10:29\n\n省长在政府工作报告中提出今后五年的主要任务。\n"
    assert page_year(tmp_path, text) == 2016


# a stamp in December in a navigation line ("您当前的位置") that is no part of the text: the coming
# year's report, its five years ahead ending four years later; a review of five years on a page of
# January: the year before the stamp's
_STAMPED_PAGES = [
    ("您当前的位置 : 某某网  >  某某  >  时政要闻\n\n【聚焦某某市两会】某某市第九届人民代表大会第一次会议开幕\n\n"
     " 2021/12/06/ 21:48 来源:某某日报\n\n  代市长代表市人民政府向大会作《政府工作报告》。"
     "报告提出今后五年主要奋斗目标:地区生产总值年均增长6%以上,一般公共预算收入年均增长5%。\n",
     2022, {("地区生产总值", "6", "%", "target", 2026), ("一般公共预算收入", "5", "%", "target", 2026)}),
    ("自治区十三届人大一次会议开幕\n\nwww.example.cn  2018-01-26 09:18  作者:某某\n\n"
     "报告分为三部分:过去五年工作回顾;主要工作建议;加强政府自身建设。"
     "主席在报告中回顾过去五年工作时说,过去五年,财政收入达2604亿元,年均增长7.5%。\n",
     2018, {("财政收入", "2604", "亿元", "actual", 2017), ("财政收入", "7.5", "%", "actual", 2017)}),
]


@pytest.mark.parametrize("text,year,expected", _STAMPED_PAGES)
def test_a_stamped_page_dates_its_values(tmp_path, text, year, expected):
    assert page_year(tmp_path, text) == year
    assert expected <= set(observations(tmp_path, text))


def test_a_year_written_in_words_wins_over_the_stamp(tmp_path):
    text = "2019年某某县政府工作报告\n发布时间:2020-03-02\n各位代表:去年全县地区生产总值增长6.5%。\n"
    assert page_year(tmp_path, text) == 2019


def test_a_stamp_out_of_the_congresses_season_or_over_an_older_report_dates_nothing(tmp_path):
    # a signing written up in July is news of something else; a page of 2019 reposting the report
    # that reviews 2016 is not the report of 2019
    text = "某某区项目集中签约\n发布时间:2020-7-29 11:27\n7月28日,集中签约项目78个、总投资546亿元。\n"
    assert page_year(tmp_path, text) is None
    text = "编辑: 某某 | 2019-01-13 |\n一、2016年工作及五年发展简要回顾\n2016年,全市地区生产总值增长7%。\n"
    assert page_year(tmp_path, text) != 2019


def test_figures_that_look_like_a_stamp_but_are_no_date_date_nothing(tmp_path):
    # a version number or a ratio is no stamp: the month must be one of twelve
    text = "某某工作简报\n编号 2021-13-40\n全年新增就业1.2万人。\n"
    assert page_year(tmp_path, text) is None
