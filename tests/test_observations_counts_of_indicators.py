"""A count in 个 of the indicators themselves ("16个预期性指标", "8个约束性指标") is the size of a list
of measures, no value of one (ANNOTATION 5: list counts), as a count in 项 already was; a value
the same sentence states of one indicator stays. Sentences read from tests/real (Fujian 2026
outline, Xinjiang 2026 outline, Jiangxi 2026 review)."""
from tests.conftest import real_observations

PLAN = "二、“十五五”时期经济社会发展的主要目标"


def test_kinds_of_indicators_counted(tmp_path):
    got = real_observations(tmp_path, PLAN, "fujian-2026-outline", "16个预期性指标")
    assert not {value for _, value in got} & {"16", "8", "24"}, got
    assert any("地区生产总值" in name and value == "5" for name, value in got), got


def test_included_kinds(tmp_path):
    got = real_observations(tmp_path, PLAN, "xinjiang-2026-outline", "包括13个预期性指标")
    assert not {value for _, value in got} & {"13", "8"}, got


def test_of_which_kinds(tmp_path):
    got = real_observations(tmp_path, "一、2025年工作回顾", "jiangxi-2026-review", "其中20个预期性指标")
    assert not {value for _, value in got} & {"20", "8"}, got
