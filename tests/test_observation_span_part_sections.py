"""Where a plan part's heading names a five-year plan, the years its values are about
(ANNOTATION 9): a numbered section under a part of the plan's span ("二、“十五五”时期总体要求和目标任务")
sets goals for the span's last year, as the part's own paragraphs do; the list that opens with the
year's expected targets ("…主要预期目标是:") under a heading of the span and the year sets that year's
targets over all its sentences. Wording of the Shanxi, Liaoning and Inner Mongolia 2026 reports."""
from tests.conftest import observation_rows


def rows(tmp_path, title, body):
    return {r[0]: r[3:] for r in observation_rows(tmp_path, title, body)}


def test_a_numbered_section_under_the_span_part_sets_its_last_years_goals(tmp_path):
    body = ("二、“十五五”时期总体要求和目标任务\n"
            "未来五年，努力实现以下8个方面主要目标。\n"
            "（七）美丽山西建设取得重大成效。加快经济社会发展全面绿色转型，森林覆盖率超过24.1%。\n"
            "（六）人民生活品质不断提高。推动人均预期寿命达到80岁。\n")
    found = rows(tmp_path, "2026年山西省政府工作报告", body)
    assert found["森林覆盖率"] == ("target", 2030)
    assert found["人均预期寿命"] == ("target", 2030)


def test_sections_under_a_heading_of_the_span_and_the_year_keep_the_year(tmp_path):
    body = ("二、“十五五”时期目标任务和2026年工作安排\n"
            "（一）统筹促消费和扩投资，更大力度释放内需潜力。全年新开工亿元以上项目2000个以上。\n")
    found = rows(tmp_path, "2026年辽宁省政府工作报告", body)
    assert found["新开工亿元以上项目"] == ("target", 2026)


def test_the_years_list_of_expected_targets_is_the_years_in_every_sentence(tmp_path):
    body = ("“十五五”时期主要目标和2026年重点工作\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；"
            "城镇调查失业率5.7%左右，城镇新增就业18万人以上；居民消费价格涨幅2%左右；粮食产量超过840亿斤。\n")
    found = rows(tmp_path, "2026年内蒙古自治区政府工作报告", body)
    assert {found[n] for n in ("城镇调查失业率", "城镇新增就业", "粮食产量")} == {("target", 2026)}


def test_the_list_without_this_year_is_the_years_too(tmp_path):
    body = ("二、“十五五”时期目标任务和2026年工作安排\n"
            "全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，在实际工作中努力争取更好结果，"
            "一般公共预算收入增长2.5%左右，城镇新增就业45万人以上，城镇调查失业率5.5%左右。\n")
    found = rows(tmp_path, "2026年辽宁省政府工作报告", body)
    assert {found[n] for n in ("地区生产总值", "一般公共预算收入", "城镇新增就业")} == {("target", 2026)}
