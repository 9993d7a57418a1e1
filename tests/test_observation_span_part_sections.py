"""Where a plan part's heading names a five-year plan, the years its values are about
(ANNOTATION 9): a numbered section under a part of the plan's span ("二、“十五五”时期总体要求和目标任务")
sets goals for the span's last year, as the part's own paragraphs do; the list that opens with the
year's expected targets ("…主要预期目标是:") under a heading of the span and the year sets that year's
targets over all its sentences; a review part whose heading names the span ahead ("“十四五”时期发展成就
和“十五五”时期主要目标任务") sets that span's goals from the sentence that opens with it on. Wording of
the Shanxi, Liaoning, Inner Mongolia, Beijing and Jiangxi 2026 reports."""
import pytest

from tests.conftest import observation_rows

CASES = [
    ("2026年山西省政府工作报告",  # a numbered section under the span's part: the span's last year
     "二、“十五五”时期总体要求和目标任务\n未来五年，努力实现以下8个方面主要目标。\n"
     "（七）美丽山西建设取得重大成效。加快经济社会发展全面绿色转型，森林覆盖率超过24.1%。\n"
     "（六）人民生活品质不断提高。推动人均预期寿命达到80岁。\n",
     {"森林覆盖率": ("target", 2030), "人均预期寿命": ("target", 2030)}),
    ("2026年辽宁省政府工作报告",  # sections under a heading of the span and the year: the year's
     "二、“十五五”时期目标任务和2026年工作安排\n"
     "（一）统筹促消费和扩投资，更大力度释放内需潜力。全年新开工亿元以上项目2000个以上。\n",
     {"新开工亿元以上项目": ("target", 2026)}),
    ("2026年内蒙古自治区政府工作报告",  # the year's list of expected targets, every sentence of it
     "“十五五”时期主要目标和2026年重点工作\n"
     "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；"
     "城镇调查失业率5.7%左右，城镇新增就业18万人以上；居民消费价格涨幅2%左右；粮食产量超过840亿斤。\n",
     {"城镇调查失业率": ("target", 2026), "城镇新增就业": ("target", 2026), "粮食产量": ("target", 2026)}),
    ("2026年辽宁省政府工作报告",  # the list without 今年 too
     "二、“十五五”时期目标任务和2026年工作安排\n"
     "全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，在实际工作中努力争取更好结果，"
     "一般公共预算收入增长2.5%左右，城镇新增就业45万人以上，城镇调查失业率5.5%左右。\n",
     {"地区生产总值": ("target", 2026), "一般公共预算收入": ("target", 2026), "城镇新增就业": ("target", 2026)}),
    ("2026年北京市政府工作报告",  # a review part turned to the span ahead it names
     "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
     "这五年，我们锐意改革、矢志创新，全市常住人口城镇化率达到88%。\n"
     "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n"
     "围绕上述目标，设置了主要指标，包括：地区生产总值年均增长5%左右，全员劳动生产率达到58万元/人。\n",
     {"全员劳动生产率": ("target", 2030), "常住人口城镇化率": ("actual", 2025)}),
    ("2026年江西省政府工作报告",  # a part on the span ahead alone
     "一、2025年工作及“十四五”时期发展回顾\n全年地区生产总值增长5.2%。\n二、“十五五”时期发展的主要考虑\n"
     "（三）关于“十五五”时期发展的主要目标。地区生产总值年均增长5%左右，居民人均可支配收入年均增长5%左右。\n"
     "三、2026年工作安排\n全年粮食产量430亿斤以上。\n",
     {"居民人均可支配收入": ("target", 2030), "粮食产量": ("target", 2026)}),
    ("2026年广西壮族自治区政府工作报告",  # turned by the proposal that introduces the plan's draft
     "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n过去五年，全区常住人口城镇化率达到58%。\n"
     "根据《中国共产党广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》，"
     "自治区人民政府编制了《纲要（草案）》，提出地区生产总值年均增长5%左右。\n",
     {"地区生产总值": ("target", 2030), "常住人口城镇化率": ("actual", 2025)}),
]


@pytest.mark.parametrize("title, body, expected", CASES)
def test_values_take_the_year_of_the_span_or_the_year(tmp_path, title, body, expected):
    found = {r[0]: r[3:] for r in observation_rows(tmp_path, title, body)}
    assert {name: found.get(name) for name in expected} == expected
