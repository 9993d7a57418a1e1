"""A copy that writes no year of its own but names 今年 by its place in a five-year plan or after a
Party congress ("今年是“十四五”开局之年", "今年是全面贯彻落实党的二十大精神的开局之年") is the report of
that year (`text_year_roles.tsv`); a government's own term dates nothing, nor does the phrase in a
piece that is not about a report, nor where the years the copy writes deny it. Sentences written for
the test in the genre's phrasing, not copied from any report read."""
import pytest

from tests.test_observations_copies_without_title import assert_rows, observations, parsed

PIECE = ("某报讯 今天上午,市第十五届人民代表大会第五次会议开幕,市长代表市人民政府作政府工作报告。"
         "报告说,今年是“十四五”开局之年,做好今年工作至关重要。今年全市经济社会发展的主要预期目标是,"
         "地区生产总值增长7%左右,一般公共预算收入增长5%,城镇新增就业2.5万人。\n")


def test_the_first_year_of_a_plan_dates_the_copy(tmp_path):
    assert parsed(tmp_path, PIECE).year == 2021
    assert_rows(tmp_path, PIECE,
                ("地区生产总值", "7", "%", "target", 2021),
                ("城镇新增就业", "2.5", "万人", "target", 2021))


@pytest.mark.parametrize("role", ["“十五五”开局起步之年", "“十五五”开局的第一年"])
def test_the_first_year_of_the_fifteenth_plan_in_other_words(tmp_path, role):
    # the 2026 reports open the 十五五 (2026–2030): its first year also 开局起步之年, 开局的第一年
    text = PIECE.replace("“十四五”开局之年", role)
    assert parsed(tmp_path, text).year == 2026
    assert_rows(tmp_path, text, ("地区生产总值", "7", "%", "target", 2026))


def test_a_speech_quoted_from_the_report_is_a_copy_of_it(tmp_path):
    # no report's name but the mayor speaking "在报告中": still a piece on the report
    text = ("市长某某在报告中说,今年是“十五五”开局起步之年。\n"
            "今年经济社会发展主要预期目标是:地区生产总值增长5%,城镇新增就业12万人。\n")
    assert parsed(tmp_path, text).year == 2026
    assert_rows(tmp_path, text, ("地区生产总值", "5", "%", "target", 2026),
                ("城镇新增就业", "12", "万人", "target", 2026))


def test_the_last_year_of_a_plan(tmp_path):
    assert parsed(tmp_path, PIECE.replace("“十四五”开局之年", "“十三五”规划收官之年")).year == 2020


def test_the_year_after_a_party_congress(tmp_path):
    text = PIECE.replace("“十四五”开局之年", "全面贯彻落实党的十九大精神的开局之年")
    assert parsed(tmp_path, text).year == 2018


def test_a_governments_own_term_dates_nothing(tmp_path):
    text = PIECE.replace("“十四五”开局之年", "本届政府的开局之年")
    assert parsed(tmp_path, text).year is None
    assert observations(tmp_path, text) == set()


def test_a_piece_not_about_a_report_stays_undated(tmp_path):
    # a piece on works under way: no report year, and its figures of the year so far are no review
    text = ("今年是“十四五”开局之年,某县大抓项目。连日来,总投资4亿元的某光伏项目正加紧建设,"
            "项目已完成投资3亿元,建设进度超过70%。\n")
    assert parsed(tmp_path, text).year is None


def test_written_years_that_deny_it_win(tmp_path):
    text = PIECE.replace("做好今年工作至关重要", "2017年全市生产总值增长8%")
    assert parsed(tmp_path, text).year is None


@pytest.mark.parametrize("named, year", [
    ("今年是本届政府开局之年,今年也是“十四五”开局之年", 2021),  # the first phrase names no year, a later one does
    # "今年是…第二年,明年是收官之年": the phrase stops at a comma or 明年, so nothing dates the copy
    ("今年是“十四五”规划的第二年,明年是收官之年", None),
    ("今年是“十四五”规划实施的第二年、明年是收官之年", None),
])
def test_every_phrase_is_read_each_within_its_clause(tmp_path, named, year):
    assert parsed(tmp_path, PIECE.replace("今年是“十四五”开局之年", named)).year == year
