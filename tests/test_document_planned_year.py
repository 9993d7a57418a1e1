"""A press piece dated only by its provincial congress's session: a province that held an extra session
in its term counts one more session than the years (a fifth session of the fourteenth term in January
2026, where the lexicon's count gives 2027). The year the piece names as its targets' or its report's
wins over the session's count, when it is one year earlier. Pieces written for the test in the genre's
phrasing (names and figures changed)."""
import pytest

from .conftest import page_year
from tests.test_observations import observations


_EXTRA_SESSION = ("某某网长春1月26日电 26日,吉林省第十四届人民代表大会第五次会议开幕。省长代表省人民政府"
                  "向大会作政府工作报告。\n"
                  "报告显示,该省2026年经济社会发展主要预期目标是:地区生产总值增长5.8%左右,"
                  "固定资产投资增长4%。\n")


def test_the_year_a_piece_plans_for_wins_over_an_extra_session(tmp_path):
    assert page_year(tmp_path, _EXTRA_SESSION) == 2026
    got = set(observations(tmp_path, _EXTRA_SESSION))
    assert ("地区生产总值", "5.8", "%", "target", 2026) in got
    assert ("固定资产投资", "4", "%", "target", 2026) in got


_DATED = [
    # a year's work plan named with the year
    ("某某社广州1月27日电 广东省第十四届人民代表大会第五次会议开幕,省长作报告,提出了"
     "“十五五”时期的主要目标以及2026年工作安排。\n", 2026),
    # the report named with its year
    ("某某网 吉林省第十四届人民代表大会第五次会议27日开幕。2026年吉林省政府工作报告中,"
     "“发展”一词出现多次。\n", 2026),
    # the session's own year named as the plan's: nothing to mend
    ("某某社长沙1月15日电 湖南省第十三届人民代表大会第四次会议15日开幕,报告提出"
     "2021年主要预期目标。\n", 2021),
    # the year before, whose report's targets the review met, is no year the piece plans for
    ("某某社长沙1月15日电 湖南省第十三届人民代表大会第四次会议15日开幕。报告说,"
     "2020年政府工作报告确定的目标任务全面完成。\n", 2021),
    # a review of the year before: its targets met, its report's decisions carried out (the session's
    # count stands; review of session 23)
    ("某某社长沙1月15日电 湖南省第十四届人民代表大会第四次会议15日开幕。报告说,"
     "2025年经济社会发展主要预期目标顺利完成。\n", 2026),
    ("某某社长沙1月15日电 湖南省第十四届人民代表大会第四次会议15日开幕。报告说,"
     "2025年政府工作报告部署的10件民生实事全部办结。\n", 2026),
    # the targets set out after 是, a word of meeting inside them: the copy's own plan
    ("某某网长春1月26日电 吉林省第十四届人民代表大会第五次会议开幕。报告提出,"
     "2026年全省主要预期目标是实现地区生产总值增长5%左右。\n", 2026),
    # a word of meeting after an aim word (确保, 力争, 全力, 要实现) is the plan's aim, no review of it
    # (obs_target_met_words.tsv read as the observations read it; mend of session 23)
    ("某某网长春1月26日电 吉林省第十四届人民代表大会第五次会议开幕。"
     "2026年主要预期目标确保实现地区生产总值增长6%左右。\n", 2026),
    ("某某网长春1月26日电 吉林省第十四届人民代表大会第五次会议开幕。"
     "报告提出2026年工作安排要力争实现地区生产总值增长6%。\n", 2026),
    ("某某网长春1月26日电 吉林省第十四届人民代表大会第五次会议开幕。"
     "2026年政府工作报告要求全力实现经济增长6%。\n", 2026),
]


@pytest.mark.parametrize("text,year", _DATED)
def test_a_year_named_as_planned_or_the_session(tmp_path, text, year):
    assert page_year(tmp_path, text) == year
