"""Timing and naming of stated values in the genre's review and target paragraphs (sentences written
for the test, not copied from a pool or the samples)."""
from tests.test_observations import observations


def test_the_title_year_does_not_date_the_past_year_cue_on_the_next_line(tmp_path):
    # "某省2023年政府工作报告" over "过去一年,…": the past year is 2022, not the title's year
    text = "某某省2023年政府工作报告\n\n过去一年,预计全省生产总值增长5%左右,一般公共预算收入增长8%。\n"
    found = observations(tmp_path, text)
    assert ("生产总值", "5", "%", "actual", 2022) in found
    assert ("一般公共预算收入", "8", "%", "actual", 2022) in found


def test_the_rank_a_value_gave_is_no_part_of_the_name(tmp_path):
    text = ("某某市2024年政府工作报告\n\n一、2023年工作回顾\n"
            "农业总产值成为全省第三个突破800亿元大关的地区。\n")
    found = observations(tmp_path, text)
    assert ("农业总产值", "800", "亿元", "actual", 2023) in found


def test_a_bare_ten_thousand_before_a_mark_passed_is_a_count(tmp_path):
    text = "某某县2024年政府工作报告\n\n一、2023年工作回顾\n全年接待游客突破500万大关,增长12%。\n"
    found = observations(tmp_path, text)
    assert ("接待游客", "500", "万", "actual", 2023) in found


def test_a_fund_obtained_is_named_without_the_verb(tmp_path):
    text = "某某县2024年政府工作报告\n\n一、2023年工作回顾\n争取专项债券项目12个,获得中央预算内资金3.6亿元。\n"
    found = observations(tmp_path, text)
    assert ("中央预算内资金", "3.6", "亿元", "actual", 2023) in found


def test_a_bare_aim_inside_a_five_year_plan_keeps_the_plans_last_year(tmp_path):
    # 力争 opens a sentence of the 今后五年 goals: the goals after it are still of the fifth year
    text = ("某某市2022年政府工作报告\n\n今后五年,地区生产总值突破2000亿元;力争港口吞吐量超1亿吨,"
            "建成国际物流枢纽;城镇居民人均可支配收入年均增长7%,森林覆盖率达62%。\n")
    found = observations(tmp_path, text)
    assert ("城镇居民人均可支配收入", "7", "%", "target", 2026) in found
    assert ("森林覆盖率", "62", "%", "target", 2026) in found


def test_a_growth_rate_named_after_its_indicator_is_a_change_of_it(tmp_path):
    text = ("某某市2022年政府工作报告\n\n今后五年,地区生产总值增速保持6.5%左右、总量突破3000亿元,"
            "规上工业增加值增幅达到8%。\n")
    found = observations(tmp_path, text)
    assert ("地区生产总值", "6.5", "%", "target", 2026) in found
    assert ("地区生产总值", "3000", "亿元", "target", 2026) in found
    assert ("规上工业增加值", "8", "%", "target", 2026) in found


def test_a_bracketed_note_of_scope_is_no_part_of_the_name(tmp_path):
    text = "某某市2022年政府工作报告\n\n今后五年,三级医院(不含省属)达12家,养老床位达到9000张。\n"
    found = observations(tmp_path, text)
    assert ("三级医院", "12", "家", "target", 2026) in found


def test_a_plan_sentence_opening_with_the_plans_end_is_dated_by_it(tmp_path):
    text = ("某某市2026年政府工作报告\n\n二、2026年工作安排\n"
            "“十五五”期末,常住人口城镇化率达到68%。\n")
    found = observations(tmp_path, text)
    assert ("常住人口城镇化率", "68", "%", "target", 2030) in found


def test_a_year_said_between_the_name_and_its_verb_is_no_part_of_the_name(tmp_path):
    text = ("某某省2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n"
            "“十四五”时期,全省地区生产总值预计2025年达到6100亿元,年均增长5.2%。\n")
    found = observations(tmp_path, text)
    assert ("地区生产总值", "6100", "亿元", "actual", 2025) in found
    assert ("地区生产总值", "5.2", "%", "actual", 2025) in found


def test_a_clause_of_marks_passed_before_the_value_is_no_part_of_the_name(tmp_path):
    text = ("某某省2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n"
            "“十四五”时期,全省地区生产总值跨越三个千亿元台阶,2025年达到6100亿元。\n")
    found = observations(tmp_path, text)
    assert ("地区生产总值", "6100", "亿元", "actual", 2025) in found


def test_a_value_after_its_cue_word_alone_is_named_by_the_clause_before(tmp_path):
    text = ("某某省2026年政府工作报告\n\n一、2025年工作回顾\n"
            "全省旅游总收入跨越两个台阶,预计达到950亿元。\n")
    found = observations(tmp_path, text)
    assert ("旅游总收入", "950", "亿元", "actual", 2025) in found


def test_a_price_basis_alone_in_its_clause_leaves_the_value_to_the_name_before(tmp_path):
    text = "某某区2025年政府工作报告\n\n一、2024年工作回顾\n全年实现地区生产总值186亿元,按可比价格计算增长5.9%。\n"
    found = observations(tmp_path, text)
    assert ("地区生产总值", "5.9", "%", "actual", 2024) in found


def test_an_adverb_of_succession_before_the_verb_is_no_part_of_the_name(tmp_path):
    text = ("某某市2023年政府工作报告\n\n一、过去五年工作回顾\n"
            "五年来,全市工业总产值先后跨越500亿元、800亿元两个台阶,年均增长8.2%。\n")
    found = observations(tmp_path, text)
    assert ("工业总产值", "8.2", "%", "actual", 2022) in found


def test_a_two_year_average_continues_the_indicator_before(tmp_path):
    text = "某某县2022年政府工作报告\n\n一、2021年工作回顾\n全县固定资产投资增长11.2%,两年平均增长7.4%。\n"
    found = observations(tmp_path, text)
    assert ("固定资产投资", "7.4", "%", "actual", 2021) in found


def test_a_count_of_visits_named_by_its_unit_noun_is_a_list_item_of_its_own(tmp_path):
    text = "某某市2024年政府工作报告\n\n二、2024年工作安排\n全年过夜游客人次和旅游收入分别增长8%和10%以上。\n"
    found = observations(tmp_path, text)
    assert ("过夜游客人次", "8", "%", "target", 2024) in found
    assert ("旅游收入", "10", "%", "target", 2024) in found


def test_a_value_reckoned_per_mu_keeps_the_per_in_its_unit(tmp_path):
    text = "某某县2024年政府工作报告\n\n一、2023年工作回顾\n工业园区亩均税收达到18.5万元/亩。\n"
    found = observations(tmp_path, text)
    assert ("工业园区亩均税收", "18.5", "万元/亩", "actual", 2023) in found


def test_a_rate_compared_with_a_reference_area_is_no_value(tmp_path):
    text = ("某某州2025年政府工作报告\n\n一、2024年工作回顾\n"
            "全州社会消费品零售总额增长6.1%,增速高于全省1.3个百分点。\n")
    found = observations(tmp_path, text)
    assert ("社会消费品零售总额", "6.1", "%", "actual", 2024) in found
    assert not any(unit == "个百分点" for _, _, unit, _, _ in found)


def test_a_change_in_points_of_a_growth_rate_is_named_by_the_rate(tmp_path):
    # 增速/增幅 after the indicator is a tail only for a rate given in %: a change in 个百分点 is the
    # rate's own change, not the indicator's
    text = ("某某市2024年政府工作报告\n\n一、2023年工作回顾\n"
            "全市规上工业增加值增速回落2.3个百分点,地区生产总值增速比上年提高1.2个百分点,"
            "固定资产投资增幅达到9%。\n")
    found = observations(tmp_path, text)
    assert ("规上工业增加值增速", "2.3", "个百分点", "actual", 2023) in found
    assert ("地区生产总值增速", "1.2", "个百分点", "actual", 2023) in found
    assert ("固定资产投资", "9", "%", "actual", 2023) in found


def test_a_name_opening_with_a_comparison_verb_is_no_gap(tmp_path):
    # 优于/好于/高于 opening a name ("优于Ⅲ类水体比例") is part of what is measured; only a verb before
    # a reference area or another indicator's rate is a gap
    text = ("某某市2024年政府工作报告\n\n一、2023年工作回顾\n"
            "地表水国考断面中,优于Ⅲ类水体比例达到92.3%。全市好于Ⅲ类水质断面比例达到100%。"
            "高于全省平均水平的县区达到8个。\n")
    found = observations(tmp_path, text)
    assert ("优于III类水体比例", "92.3", "%", "actual", 2023) in found
    assert ("好于III类水质断面比例", "100", "%", "actual", 2023) in found
    assert ("高于全省平均水平的县区", "8", "个", "actual", 2023) in found


def test_a_value_reckoned_per_visit_keeps_the_whole_per_unit(tmp_path):
    # /人次 is read whole, not cut at /人 (the per-units are matched longest first)
    text = ("某某县2024年政府工作报告\n\n一、2023年工作回顾\n乡村旅游游客人均消费达到860元/人次。"
            "县级医院门诊次均费用控制在185元/人·次。\n")
    found = observations(tmp_path, text)
    assert ("乡村旅游游客人均消费", "860", "元/人次", "actual", 2023) in found
    assert ("县级医院门诊次均费用", "185", "元/人·次", "actual", 2023) in found


def test_the_span_of_an_average_said_after_the_name_is_no_part_of_it(tmp_path):
    text = ("某某市2022年政府工作报告\n\n一、2021年工作回顾\n"
            "全市地区生产总值两年平均增长5.6%,规上工业增加值三年平均增长8.1%。\n")
    found = observations(tmp_path, text)
    assert ("地区生产总值", "5.6", "%", "actual", 2021) in found
    assert ("规上工业增加值", "8.1", "%", "actual", 2021) in found
