"""Press copies of a report dated by their own words (session 23): a clause cue word (预计, 今年) in a
sentence before any running cue dates the values after it once the copy's running text tells its
own year; a publication stamp written in words with its time of day ("2022年02月24日10:43") dates a
copy as the numeric stamp does; "今年1—7月" is the months so far, no plan cue. Sentences written for
the test in the genre's phrasing (names, places and figures invented), not copied from any report."""
from tests.test_observations_copies_without_title import assert_rows, observations, parsed, rows

OPENING = ("本报讯 1月12日,某省省长在省人代会上作政府工作报告时指出,预计2022年全省生产总值增长4.2%左右,"
           "一般公共预算收入增长5.1%,主要经济指标增速高于全国平均水平。\n\n"
           "2023年某省经济社会发展主要预期目标是地区生产总值增长6%左右,一般公共预算收入增长5.5%左右。\n")


def test_an_estimate_before_any_running_cue_is_the_year_before(tmp_path):
    assert parsed(tmp_path, OPENING).year is None
    assert_rows(tmp_path, OPENING,
                ("生产总值", "4.2", "%", "actual", 2022),
                ("一般公共预算收入", "5.1", "%", "actual", 2022),
                ("地区生产总值", "6", "%", "target", 2023),
                ("一般公共预算收入", "5.5", "%", "target", 2023))


def test_without_a_cue_word_the_opening_values_stay_undated(tmp_path):
    # nothing of the first sentence's own says whether its figures were achieved or planned
    text = OPENING.replace("预计2022年全省生产总值", "全省生产总值")
    found = rows(observations(tmp_path, text))
    assert not any(v == "4.2" for _, v, *_ in found), found
    assert ("地区生产总值", "6", "%", "target", 2023) in found


def test_a_copy_whose_running_text_tells_no_year_stays_undated(tmp_path):
    text = OPENING.split("\n\n")[0].replace("2022年", "") + "\n"
    assert observations(tmp_path, text) == set()


STAMPED = ("某市某区:地区生产总值增长7%以上\n2022年02月21日09:15 | 来源:某某网\n"
           "2月21日,某区第十九届人民代表大会第一次会议开幕。代区长作政府工作报告。"
           "今年的主要预期目标是:地区生产总值增长7%以上,一般公共预算收入增长8%,新增城镇就业2.6万人。\n")


def test_a_stamp_written_in_words_dates_the_copy(tmp_path):
    assert parsed(tmp_path, STAMPED).year == 2022
    assert_rows(tmp_path, STAMPED,
                ("地区生产总值", "7", "%", "target", 2022),
                ("一般公共预算收入", "8", "%", "target", 2022),
                ("新增城镇就业", "2.6", "万人", "target", 2022))
    assert not any(p == 2023 for *_, p in rows(observations(tmp_path, STAMPED)))


def test_a_date_in_words_without_a_time_is_no_stamp(tmp_path):
    # a date the text speaks of is not the page's publication stamp: the copy stays undated
    assert parsed(tmp_path, STAMPED.replace("09:15", "")).year is None
    assert parsed(tmp_path, STAMPED.replace("2022年02月21日09:15 | 来源:某某网", "来源:某某网")).year is None


def test_a_november_stamp_dates_the_coming_year(tmp_path):
    text = STAMPED.replace("2022年02月21日09:15", "2021年11月09日 12:44").replace("2月21日,", "11月9日,")
    assert parsed(tmp_path, text).year == 2022


def test_months_so_far_are_no_plan_cue(tmp_path):
    # "今年1—7月" reports the months so far; without another cue the values stay undated, not targets
    text = ("某区推进重大项目建设。今年1—7月,全区统筹推进重大项目126项,总投资312.5亿元。\n"
            "2023年某区主要预期目标是地区生产总值增长6%左右。\n")
    found = rows(observations(tmp_path, text))
    assert not any(v in ("126", "312.5") and s == "target" for _, v, _, s, _ in found), found


def test_an_investment_in_the_opening_sentence_is_dated_by_its_cue(tmp_path):
    # "总投资…的X项目" in a sentence let through by its cue word: the cue dates the investment too
    # (it was written with no period before session 23's review), and every observation has a period
    text = OPENING.replace("预计2022年全省生产总值增长4.2%左右,", "今年将开工总投资30亿元的青山水库项目,")
    found = rows(observations(tmp_path, text))
    assert ("青山水库项目总投资", "30", "亿元", "target", 2023) in found, found
    assert all(p is not None for *_, p in found), found


def test_an_investment_no_cue_dates_is_left_out(tmp_path):
    text = OPENING.replace("预计2022年全省生产总值增长4.2%左右,", "某省开工总投资30亿元的青山水库项目,预计")
    found = rows(observations(tmp_path, text))
    assert not any(v == "30" for _, v, *_ in found), found
    assert all(p is not None for *_, p in found), found


SO_FAR_FORMS = ("今年以来", "今年上半年", "今年1月至7月", "今年1-7月份", "今年前7个月", "今年前两个月",
                "今年一季度", "今年前三季度", "今年一至九月", "今年01-10月")


def test_every_form_of_the_months_so_far_is_no_plan_cue(tmp_path):
    for form in SO_FAR_FORMS:
        text = (f"某区推进重大项目建设。{form},全区完成固定资产投资126亿元,实现税收收入31.5亿元。\n"
                "2023年某区主要预期目标是地区生产总值增长6%左右。\n")
        found = rows(observations(tmp_path, text))
        assert not any(v in ("126", "31.5") and s == "target" for _, v, _, s, _ in found), (form, found)
        assert ("地区生产总值", "6", "%", "target", 2023) in found, (form, found)


def test_this_year_before_a_plan_is_still_a_plan_cue(tmp_path):
    # the guard is the months so far only: "今年全区…" and "今年力争…" still plan the year
    text = ("某区推进重大项目建设。今年全区完成固定资产投资126亿元。\n"
            "2023年某区主要预期目标是地区生产总值增长6%左右。\n")
    assert ("固定资产投资", "126", "亿元", "target", 2023) in rows(observations(tmp_path, text))


def test_the_months_so_far_do_not_take_the_year_reviewed_before(tmp_path):
    # a quarter's figures after last year's review are neither last year's values nor the year's target
    text = ("本报讯 某市水利局消息,2022年全市水利建设投资累计完成42.5亿元,同比增长6.3%。"
            "今年一季度,水利建设投资计划8.6亿元。\n\n"
            "2023年某市经济社会发展主要预期目标是地区生产总值增长6%左右。\n")
    found = rows(observations(tmp_path, text))
    assert ("水利建设投资", "42.5", "亿元", "actual", 2022) in found, found
    assert not any(v == "8.6" for _, v, *_ in found), found


def test_a_range_of_months_not_from_the_years_start_is_a_plans(tmp_path):
    # a range that starts later in the year is the months a plan runs (review of session 23)
    for form in ("今年6月至9月", "今年3-10月", "今年五至八月"):
        text = (f"某区推进重大项目建设。{form},全区开展项目攻坚行动,计划完成固定资产投资120亿元。\n"
                "2023年某区主要预期目标是地区生产总值增长6%左右。\n")
        found = rows(observations(tmp_path, text))
        assert ("固定资产投资", "120", "亿元", "target", 2023) in found, (form, found)


def test_an_investment_is_dated_by_its_own_clauses_cue(tmp_path):
    # last year's works in one clause, this year's total in the next: the sentence's last timing is not
    # the first clause's (review of session 23)
    text = ("某区推进重大项目建设。去年开工总投资30亿元的青山水库项目,今年全区完成固定资产投资126亿元。\n"
            "2023年某区主要预期目标是地区生产总值增长6%左右。\n")
    found = rows(observations(tmp_path, text))
    assert ("青山水库项目总投资", "30", "亿元", "actual", 2022) in found, found
    assert ("固定资产投资", "126", "亿元", "target", 2023) in found, found
    # with no cue in its clause it keeps the sentence's timing
    text = text.replace("去年开工总投资30亿元的青山水库项目,今年", "今年新开工总投资30亿元的青山水库项目,")
    found = rows(observations(tmp_path, text))
    assert ("青山水库项目总投资", "30", "亿元", "target", 2023) in found, found



_TARGETS_2023 = "2023年某区主要预期目标是地区生产总值增长6%左右。\n"
_ESTIMATED = [
    # 预计 glued to 总投资/投资 is the amount's own words ("estimated total investment"), not the estimate
    # of the year before: the investment keeps the sentence's timing (mend of session 23)
    ("今年全区固定资产投资增长8%,开工建设预计总投资30亿元的青山水库项目。", "总投资", "target", 2023),
    ("今年全区新开工项目20个,其中预计投资30亿元的青山水库项目年内开工。", "投资", "target", 2023),
    # a 预计 of its own in the investment's clause still dates it as the year before's
    ("今年全区固定资产投资增长8%,预计去年开工总投资30亿元的青山水库项目。", "总投资", "actual", 2022),
]


def test_an_estimated_total_investment_is_no_timing_cue(tmp_path):
    for sentence, amount, status, year in _ESTIMATED:
        found = rows(observations(tmp_path, f"某区推进重大项目建设。{sentence}\n{_TARGETS_2023}"))
        assert (f"青山水库项目{amount}", "30", "亿元", status, year) in found, (sentence, found)
