"""A change set against the base year's budget figure ("比去年预算增加4000亿元", "比上年预算数",
"比上年执行数"): the base is no indicator, the change continues the one just named. Wording of the
State Council's 2013 plan part."""
from tests.conftest import observation_rows


def test_a_budget_base_continues_the_sum_before_it(tmp_path):
    rows = observation_rows(tmp_path, "2013年国务院政府工作报告", "二、2013年工作总体部署\n"
                            "今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字8500亿元。")
    assert ("财政赤字", "4000", "亿元", "target", 2013) in rows
    assert not [r for r in rows if "预算" in r[0]]


def test_the_executed_figure_is_a_base_too(tmp_path):
    rows = observation_rows(tmp_path, "2013年国务院政府工作报告", "二、2013年工作总体部署\n"
                            "全国一般公共预算支出安排13.98万亿元，比上年执行数增加5000亿元。")
    assert not [r for r in rows if "执行数" in r[0]]
