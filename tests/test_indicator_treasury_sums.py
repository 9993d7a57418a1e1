"""A treasury that arranges a sum of a fund named right after the value: the fund names the value, not
the treasury (sentences of the State Council's reports 2004, 2009, 2016 and 2018)."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    found = report_mentions(tmp_path, "2019年青禾县政府工作报告", "2018年工作回顾", *lines)
    return {(m.attrs["indicator"], float(m.attrs["value"])) for m in found if m.type == "Observation"}


def test_the_fund_after_the_sum_names_it(tmp_path):
    found = indicators(tmp_path, "中央财政新增47亿元专项补助资金，用于支持就业再就业。",
                       "中央财政安排384亿元救灾款和740亿元恢复重建资金，迅速出台一系列政策措施。",
                       "中央财政安排1000亿元专项奖补资金予以支持，用于分流职工安置。")
    assert {("专项补助资金", 47), ("救灾款", 384), ("专项奖补资金", 1000)} <= found
    assert not any(name == "中央财政" for name, _ in found)


def test_a_fund_named_by_its_kind_or_before_its_purpose_is_left(tmp_path):
    found = indicators(tmp_path, "中央安排30亿元国债资金支持中西部乡镇卫生院建设。",
                       "中央财政安排423亿元资金，支持十大重点节能工程。")
    assert not any(name in ("国债资金", "资金") for name, _ in found)
