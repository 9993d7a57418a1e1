"""An income ratio written as a bare decimal is a value in 倍 ("城乡居民收入倍差从2.42缩小至2.12",
"城乡收入比缩小至2.12", "城乡居民收入比降至2.2": the review parts of the 2026 reports of Guangxi,
Shandong, Sichuan and Zhejiang in tests/real); a bare number elsewhere stays no value."""
from kg.text.quantities import find_quantities
from tests.conftest import report_mentions


def test_bare_decimal_after_an_income_ratio_is_its_value():
    assert [(q.value, q.unit) for q in find_quantities("城乡居民收入倍差从2.42缩小至2.12。")] == [("2.42", "倍"), ("2.12", "倍")]
    assert [(q.value, q.unit) for q in find_quantities("城乡居民收入比降至2.2。")] == [("2.2", "倍")]
    assert find_quantities("推进2.0版改革。") == []


def test_the_ratio_is_an_indicator_with_its_start_point(tmp_path):
    found = report_mentions(tmp_path, "2026年浙江省政府工作报告", "“十四五”时期工作回顾",
                            "城乡居民收入分别超过8万元、4.5万元，收入倍差从1.96缩小至1.81。")
    obs = {(m.attrs["indicator"], m.attrs["value"]) for m in found if m.type == "Observation"}
    assert {("收入倍差", "1.96"), ("收入倍差", "1.81")} <= obs
