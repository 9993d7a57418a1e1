"""The year of a value set for a span of years ahead, and of a from-to pair's end point under a heading
(session 71, ANNOTATION 9: a value about a multi-year period takes the period's last year).

- A target of the report's own year whose sentence sets it for years ahead before it ("今后五年…累计将达",
  "争取用三年时间,解决…", a clause opening "三年安排…") is about the span's last year: own + N - 1.
  Not a value of the year itself ("全年安排…", "实施三年行动计划,今年安排…"), nor one a part heading
  already dates for the span ("今后五年的主要目标"), nor a review's ("连续三年累计投入…": actual).
- The end point of a from-to pair that writes its year ("…从2007年的248亿美元上升到2012年的772亿美元")
  is of that year under a review heading too, not the span the review part ends in (a congress held in
  December hears the coming year's report, whose review of five years ends in the year of the session).
Sentences from tests/real (national-2006, national-2009, national-2013, guangxi-2026), under headings
written for the test."""
import pytest

from tests.test_observations_later_year_in_clause import observed

PLAN = "某县2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n全县生产总值增长5%。\n二、2026年工作安排\n"
LATE_REVIEW = "政府工作报告\n——2013年12月20日在某市第十届人民代表大会第一次会议上\n各位代表:\n一、过去五年工作回顾\n"


def years(tmp_path, text, value):
    return {(o[3], o[4]) for o in observed(tmp_path, text) if o[1] == value}


@pytest.mark.parametrize("sentence, value, year", [
    ("三年安排450亿元支持以AI为引领的新质生产力发展。", "450", 2028),  # guangxi-2026
    ("争取用三年时间，解决７５０万户城市低收入住房困难家庭和２４０万户林区、垦区、煤矿等棚户区居民的住房问题。",
     "750", 2028),  # national-2009
    ("争取用三年时间，解决７５０万户城市低收入住房困难家庭和２４０万户林区、垦区、煤矿等棚户区居民的住房问题。",
     "240", 2028),
    ("为此，今后五年国家财政新增义务教育经费累计将达2182亿元。", "2182", 2030),  # national-2006
    ("发展职业教育是一项重要而紧迫的任务，今后五年中央财政将投入100亿元支持职业教育发展。", "100", 2030),
])
def test_a_target_set_for_years_ahead_is_about_their_last_year(tmp_path, sentence, value, year):
    assert years(tmp_path, PLAN + sentence + "\n", value) == {("target", year)}


@pytest.mark.parametrize("sentence, value", [
    ("全年安排450亿元支持新质生产力发展。", "450"),
    ("实施三年行动计划，今年安排资金50亿元。", "50"),
])
def test_a_value_of_the_year_itself_keeps_the_year(tmp_path, sentence, value):
    assert years(tmp_path, PLAN + sentence + "\n", value) == {("target", 2026)}


def test_a_part_dated_for_the_span_is_not_moved_again(tmp_path):
    text = ("某县2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n全县生产总值增长6%。\n二、今后五年的主要目标\n"
            "今后五年，全县生产总值年均增长5%。\n")
    assert years(tmp_path, text, "5") == {("target", 2030)}


def test_a_review_of_years_past_stays_actual(tmp_path):
    text = LATE_REVIEW + "中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程。\n"  # national-2007-review
    assert years(tmp_path, text, "90") == {("actual", 2013)}


def test_an_end_point_dates_its_value_and_its_rate_under_a_review_heading(tmp_path):
    text = LATE_REVIEW + "非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元，年均增长25.5%。\n"  # national-2013
    assert years(tmp_path, text, "248") == {("actual", 2007)}
    assert years(tmp_path, text, "772") == {("actual", 2012)}
    assert years(tmp_path, text, "25.5") == {("actual", 2012)}


def test_a_value_without_an_end_year_keeps_the_review_span(tmp_path):
    assert years(tmp_path, LATE_REVIEW + "五年累计投入就业专项资金1973亿元。\n", "1973") == {("actual", 2013)}  # national-2013
