"""A count of 个 right before a mark passed (台阶, 关口, 大关: "连跨3个千亿级台阶") is how many marks the value
passed, no stated value (not_observed.txt, mark_count); the level reached ("迈上4000亿元台阶", "达14.2万亿元")
stays one. Sentences of the design texts hainan-2026-review, jiangsu-2026-review, chongqing-2026-review
and one written in the genre's wording."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2026年青禾省政府工作报告", "各位代表:", "一、“十四五”时期工作回顾",
                                      *lines) if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"]) for m in obs}


def test_a_count_of_marks_passed_is_no_value(tmp_path):
    found = observations(tmp_path, "全省地区生产总值连跨3个千亿级台阶。",  # hainan-2026-review
                         "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。",  # jiangsu-2026-review
                         "地区生产总值五年跨过3个万亿级关口、突破10万亿元。")  # chongqing-2026-review
    assert not any(unit == "个" for *_, unit in found)
    assert ("地区生产总值", "14.2", "万亿元") in found and ("地区生产总值", "10", "万亿元") in found


def test_the_level_reached_and_a_count_of_things_named_so_stay(tmp_path):
    found = observations(tmp_path, "全省地区生产总值迈上4000亿元台阶。", "建成12个台阶式公园。")
    assert ("地区生产总值", "4000", "亿元") in found
    assert any(value == "12" for _, value, _ in found)


def test_a_count_of_calls_paid_is_no_value(tmp_path):
    # 拜访, like 走访 (not_observed.txt, name): visits are no stated value (ANNOTATION 5); written for the test
    found = observations(tmp_path, "全年拜访目标企业150家,新签约项目12个。")
    assert not any(value == "150" for _, value, _ in found) and ("新签约项目", "12", "个") in found
