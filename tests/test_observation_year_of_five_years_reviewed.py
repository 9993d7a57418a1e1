"""A review part whose heading reviews the five years beside a later year (a county report given in
the middle of the plan's next year: "一、过去五年发展成就和2021年上半年工作回顾"): the values after a
paragraph that opens with the plan's span ("“十三五”时期是…的五年") are about the span, its last year
(ANNOTATION 9), until the text writes the heading's year or turns to this year. Sentences written in
the genre's wording."""
from tests.conftest import report_mentions


def periods(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2021年青禾县政府工作报告", "各位代表:", *lines)
           if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"]): (m.attrs["period"], m.attrs["status"]) for m in obs}


HEADING = "一、过去五年发展成就和2021年上半年工作回顾"
SPAN = "“十三五”时期是青禾发展史上极不平凡的五年。全县地区生产总值年均增长6.8%,全部财政收入年均增长8%。"


def test_values_after_the_span_opening_a_paragraph_take_its_last_year(tmp_path):
    found = periods(tmp_path, HEADING, SPAN, "——脱贫攻坚全面胜利。累计整合财政涉农资金24.7亿元。")
    assert found[("地区生产总值", "6.8")] == (2020, "actual")
    assert found[("全部财政收入", "8")] == (2020, "actual")
    assert found[("整合财政涉农资金", "24.7")] == (2020, "actual")


def test_the_heading_year_written_again_takes_the_values_back(tmp_path):
    found = periods(tmp_path, HEADING, SPAN, "2021年上半年,全县地区生产总值增长9.5%。")
    assert found[("地区生产总值", "6.8")] == (2020, "actual")
    assert found[("地区生产总值", "9.5")] == (2021, "actual")


def test_a_heading_of_the_year_alone_is_left(tmp_path):
    # no five years in the heading: the span in the text is a comparison of the year's own review
    found = periods(tmp_path, "一、2021年上半年工作回顾", SPAN)
    assert found[("地区生产总值", "6.8")] == (2021, "actual")
