"""When a copy's cues disagree (issue 9): the first cue of a sentence dates it, so a bare plan word
inside a review sentence (着力做好, 力争 spelled inside 着力争当, 重点做好了) leaves its values the
reviewed year's actuals; and a copy that writes no year of its own but reviews a five-year plan's
span ("“十三五”时期是…", "“十三五”期间,…") and is dated the year after the plan states that plan's
last year. Sentences written for the test in the reports' phrasing, not copied from any pool."""
from tests.test_observations import observations


def test_a_plan_word_inside_a_dated_review_sentence_is_part_of_the_review(tmp_path):
    text = ("某某省2025年国民经济和社会发展计划\n"
            "2024年,全省坚持稳中求进工作总基调,着力做好“五个统筹”,大力实施“六大行动”,推动经济回升向好。"
            "全年地区生产总值增长5.1%、总量达2.4万亿元,一般公共预算收入增长3.2%。"
            "2025年全省经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。\n")
    # the review's values are 2024's; a new sentence with its own plan cue still plans
    assert {("地区生产总值", "5.1", "%", "actual", 2024), ("地区生产总值", "2.4", "万亿元", "actual", 2024),
            ("一般公共预算收入", "3.2", "%", "actual", 2024),
            ("地区生产总值", "5.5", "%", "target", 2025)} <= set(observations(tmp_path, text))


def test_a_plan_word_that_opens_its_own_sentence_still_plans(tmp_path):
    text = ("某某县政府工作报告\n各位代表:2023 年工作回顾 一年来,全县地区生产总值增长6%。"
            "2024年重点做好以下工作:新建村级卫生室15个。\n")
    assert {("地区生产总值", "6", "%", "actual", 2023),
            ("新建村级卫生室", "15", "个", "target", 2024)} <= set(observations(tmp_path, text))


def test_li_zheng_spelled_inside_zhuo_li_zheng_dang_is_no_plan_cue(tmp_path):
    text = ("2023年某某区政府工作报告\n"
            "2022年,全区上下奋力拼搏,全力争当全市高质量发展排头兵。全年签约招商项目86个,其中十亿元以上项目12个。\n")
    found = observations(tmp_path, text)
    assert ("签约招商项目", "86", "个", "actual", 2022) in found
    assert not [f for f in found if f[3] == "target"]


def test_a_five_year_span_reviewed_in_a_copy_dated_after_it(tmp_path):
    # a news copy: no report year, a publication date after the plan's end, the span opening a clause
    text = ("某某省:“十三五”期间城镇化率突破60%\n\n2021年01月22日08:30 来源:某某日报\n\n"
            "报告中显示,“十三五”期间,全省经济实力稳步增强。常住人口城镇化率达到61.2%,"
            "农村居民人均可支配收入由2015年的9870元增加到2020年的15230元,年均增长9.1%。\n")
    found = observations(tmp_path, text)
    assert {("常住人口城镇化率", "61.2", "%", "actual", 2020), ("农村居民人均可支配收入", "9870", "元", "actual", 2015),
            ("农村居民人均可支配收入", "15230", "元", "actual", 2020)} <= set(found)
    assert not [f for f in found if f[3] == "target" or f[4] == 2021]


def test_a_span_still_running_dates_nothing(tmp_path):
    # "“十四五”期间,…将…" in a copy of 2022: the span is no review, the copy gets no report year from it
    text = ("某某县新能源项目集中开工\n2022年12月13日,某某县新能源项目集中开工,总投资9.3亿元。\n"
            "“十四五”期间,省能源局将继续支持该县发展新能源。\n")
    found = observations(tmp_path, text)
    assert not [f for f in found if f[4] and f[4] >= 2025]
