"""Observations of copies with no part heading (a press write-up of a report, a copy whose
headings were stripped): the sentence's own words date its values (obs_clause_cues.tsv).
Sentences written for the test in the genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import assert_rows, rows, observations

WRITE_UP = ("某市第十届人民代表大会第二次会议今天开幕,市长作政府工作报告。\n"
            "报告回顾了2020年工作。2020年,全市经济稳中有进。预计全年地区生产总值1200亿元,增长6%左右。\n"
            "报告提出,今年经济社会发展主要预期目标是:地区生产总值增长7%左右,固定资产投资增长9%。"
            "结构持续优化,研发经费支出占地区生产总值比重达到2.5%。\n")


def test_this_years_goals_in_a_write_up_are_targets_of_the_reports_year(tmp_path):
    assert_rows(tmp_path, WRITE_UP,
                ("地区生产总值", "1200", "亿元", "actual", 2020),
                ("地区生产总值", "6", "%", "actual", 2020),
                ("地区生产总值", "7", "%", "target", 2021),
                ("固定资产投资", "9", "%", "target", 2021),
                # the goals' paragraph goes on in the next sentence
                ("研发经费支出占地区生产总值比重", "2.5", "%", "target", 2021))


def test_an_estimate_and_a_goal_in_one_sentence(tmp_path):
    text = ("某县第十八届人民代表大会第二次会议今天开幕。报告回顾了2021年工作,2021年,全县经济平稳运行。\n"
            "县长在报告中说,预计去年全县生产总值增长5.5%,今年力争增长8%。\n")
    found = rows(observations(tmp_path, text))
    assert ("生产总值", "5.5", "%", "actual", 2021) in found, found
    assert any(v == "8" and s == "target" and p == 2022 for _, v, _, s, p in found), found


def test_a_comparison_with_last_year_is_no_cue(tmp_path):
    # "比去年" compares, it does not date: the goals stay the report's own year's
    text = ("某市第十届人民代表大会第二次会议今天开幕,市长作政府工作报告。\n"
            "报告回顾了2020年工作。今年主要预期目标是:出口总额比去年增长10%。\n")
    assert_rows(tmp_path, text, ("出口总额", "10", "%", "target", 2021))
