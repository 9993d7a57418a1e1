"""A press piece whose dateline has no year ("某社某地1月17日电") but names the provincial congress's
session that heard the report is dated by that session: the provinces elect their congresses together
every five years (`provincial_congress_terms.tsv`). Pieces written for the test in the genre's phrasing."""
import pytest

from .conftest import page_year
from tests.test_observations import observations


_SESSIONS = [
    # the first session of a term: the term's first year
    ("某某社广州1月16日电 (记者 某某)广东省第十一届人民代表大会第一次会议十六日上午在广州开幕,"
     "省长在会上作政府工作报告。\n", 2008),
    # a later session, the short form 人大 and a traditional-script copy
    ("某某網訊 江蘇省第十三屆人民代表大會第五次會議13日在南京召開,省長作政府工作報告。\n", 2022),
    ("某某社成都1月22日电 四川省第十四届人大第二次会议今日举行,省长代表省政府报告工作。\n", 2024),
    ("本报合肥讯 在安徽省第十届人民代表大会第二次会议上,省长作了政府工作报告。\n", 2004),
    ("本报讯 宁夏回族自治区第十二届人民代表大会第三次会议今天上午开幕,主席作政府工作报告。\n", 2020),
]


@pytest.mark.parametrize("text,year", _SESSIONS)
def test_a_named_session_dates_the_piece(tmp_path, text, year):
    assert page_year(tmp_path, text) == year


def test_the_session_dates_the_values_of_the_piece(tmp_path):
    text = ("某某社长沙1月15日电 湖南省第十三届人民代表大会第四次会议15日开幕。省长在报告中提出,\n"
            "今年全省的主要预期目标是:地区生产总值增长6.5%以上,一般公共预算收入增长5.5%。\n")
    got = set(observations(tmp_path, text))
    assert ("地区生产总值", "6.5", "%", "target", 2021) in got
    assert ("一般公共预算收入", "5.5", "%", "target", 2021) in got


def test_a_session_whose_targets_were_met_or_an_unknown_body_dates_nothing(tmp_path):
    # a review that met the targets of last year's session is not that session's report; a city's
    # congress, or a province's term before the terms were elected together, is not in the lexicon
    text = "本报讯 全市较好完成了广东省第十三届人民代表大会第二次会议确定的目标任务。\n"
    assert page_year(tmp_path, text) != 2019
    text = "本报讯 某某市第十五届人民代表大会第五次会议今天开幕,市长作政府工作报告。\n"
    assert page_year(tmp_path, text) is None
    text = "本报讯 重庆市第一届人民代表大会第二次会议今天开幕。\n"
    assert page_year(tmp_path, text) is None
    # a session whose decisions the text carries out, an 上 further on (全省上下) no sign it hears the report
    text = "本报讯 各地认真落实河南省第十三届人民代表大会第三次会议通过的决议,全省上下齐心协力。\n"
    assert page_year(tmp_path, text) != 2020


def test_a_year_written_in_words_wins_over_the_session(tmp_path):
    text = "2021年广东省政府工作报告\n广东省第十三届人民代表大会第四次会议上\n各位代表:去年全省生产总值增长2.3%。\n"
    assert page_year(tmp_path, text) == 2021


def test_a_piece_on_the_past_year_dated_by_its_session_gives_actuals_of_the_year_before(tmp_path):
    # no year written and no cue before the figures: a word of the past year's record
    # ("成绩单", `obs_excerpt_marks.tsv`) weighs as much as
    # a plan word in the headings (加快), and a tie makes them the actuals of the year the report reviews
    text = ("安徽省第十三届人大第三次会议在合肥召开。省长向大会作政府工作报告,一起来看这份成绩单。\n"
            "经济运行稳中有进\n全省生产总值3.7万亿元,增长7.5%\n固定资产投资增长9.2%\n"
            "新增长动能加快形成\n高新技术产业增加值增长12.6%\n")
    got = set(observations(tmp_path, text))
    assert ("固定资产投资", "9.2", "%", "actual", 2019) in got
    assert ("高新技术产业增加值", "12.6", "%", "actual", 2019) in got


def test_a_session_the_written_years_deny_dates_nothing(tmp_path):
    # an extra session puts a term's count ahead of the years: the text's own years win
    text = "湖南省十三届人大六次会议开幕。省长作政府工作报告,回顾了2021年全省主要工作。\n"
    assert page_year(tmp_path, text) != 2023
