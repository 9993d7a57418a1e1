"""Indicator names of what a report proposes: 拟安排 before a sum ("今年拟安排财政赤字1.62万亿元" →
财政赤字) and a growth goal 拟定为 a value ("广义货币M2预期增长目标拟定为13%左右" → 广义货币M2, a
change) are no part of the name. Sentences are the wording of the State Council 2013 and 2015
reports (design texts)."""
from tests.conftest import report_mentions


def observations(tmp_path, body):
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["measure"])
            for m in report_mentions(tmp_path, "政府工作报告", "各位代表:", "二、2015年工作总体部署", body)
            if m.type == "Observation"]


def test_a_sum_proposed_is_named_without_the_proposal(tmp_path):
    found = observations(tmp_path, "今年拟安排财政赤字1.62万亿元,比去年增加2700亿元,赤字率从去年的2.1%提高到2.3%。")
    assert ("财政赤字", "1.62", "level") in found
    assert ("财政赤字", "2700", "change") in found
    assert not [n for n, _, _ in found if n.startswith("拟")]


def test_a_growth_goal_proposed_is_a_change_of_its_measure(tmp_path):
    found = observations(tmp_path, "广义货币M2预期增长目标拟定为13%左右。")
    assert ("广义货币M2", "13", "change") in found
