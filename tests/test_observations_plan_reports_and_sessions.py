"""Copies dated by the plan report or the sessions they are about (text_dated_titles.txt), and a
year written in a value's own clause where no cue word dates it. Sentences written for the test
in the genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import assert_rows, observations, parsed, rows

PLAN = ("各县市区人民政府,市政府各部门:\n"
        "《青川市2022年国民经济和社会发展计划》已经市人民代表大会审议通过,现印发给你们,请认真组织实施。\n"
        "青川市2022年国民经济和社会发展计划\n"
        "2021年,全市经济运行稳中向好,较好完成主要目标任务。全年地区生产总值增长6.8%,一般公共预算收入增长4.2%。\n"
        "按照市委经济工作会议部署,2022年经济社会发展主要预期目标是:地区生产总值增长6.5%左右,"
        "城镇登记失业率控制在4.5%以内。\n")


def test_a_plan_report_is_the_report_of_its_year(tmp_path):
    assert parsed(tmp_path, PLAN).year == 2022


# the paragraph opening with the year before the plan's reviews it: results, not targets
PLAN_ROWS = [("地区生产总值", "6.8", "%", "actual", 2021), ("一般公共预算收入", "4.2", "%", "actual", 2021),
             ("地区生产总值", "6.5", "%", "target", 2022), ("城镇登记失业率", "4.5", "%", "target", 2022)]


def test_a_plan_reports_review_paragraph_states_results(tmp_path):
    assert_rows(tmp_path, PLAN, *PLAN_ROWS)


def test_a_plans_execution_is_no_plan_year(tmp_path):
    text = ("关于青川市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
            "2021年,全市地区生产总值增长6.8%。\n")
    assert parsed(tmp_path, text).year == 2022


def test_a_piece_on_the_sessions_is_dated_by_them(tmp_path):
    text = ("近日,某省多市2024年两会陆续召开,各地政府工作报告相继出炉。\n"
            "多地将2024年经济增速定在6%左右。其中,甲市目标为7%以上。\n"
            "2023年,甲市地区生产总值增长6.1%,居全省第2位。\n")
    assert parsed(tmp_path, text).year == 2024
    found = rows(observations(tmp_path, text))
    assert any(v == "6" and s == "target" and p == 2024 for _, v, _, s, p in found), found
    assert any(v == "6.1" and s == "actual" and p == 2023 for _, v, _, s, p in found), found
    assert not any(s == "actual" and p == 2024 for _, _, _, s, p in found), found


def test_a_year_naming_the_report_dates_no_value(tmp_path):
    # the headline's year is the report's, not the figure's: a result of the year before
    text = ("2023年青川市政府工作报告“干货满满” 生产总值增长6.2%\n"
            "1月10日,青川市第五届人民代表大会第二次会议开幕,市长作政府工作报告,回顾了2022年工作。\n")
    found = rows(observations(tmp_path, text))
    assert any(v == "6.2" for _, v, _, _, _ in found), found
    assert not any(v == "6.2" and s == "target" for _, v, _, s, _ in found), found
