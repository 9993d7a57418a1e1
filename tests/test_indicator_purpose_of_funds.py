"""What a fund is for ("用于项目建设的", obs_purpose_openers.txt) is no part of its indicator's name:
"发行用于项目建设的专项债券1833亿元" (Sichuan 2026 review) → 专项债券; "争取用于项目建设的地方政府专项债券
额度3150亿元" (Zhejiang 2026 review) → 地方政府专项债券额度."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    return {m.attrs["indicator"] for m in report_mentions(tmp_path, "2025年某省政府工作报告", *lines)
            if m.type == "Observation"}


def test_the_purpose_of_a_fund_is_no_part_of_its_name(tmp_path):
    found = indicators(tmp_path, "一、2025年工作回顾", "发行用于项目建设的专项债券1833亿元。",
                       "争取用于项目建设的地方政府专项债券额度3150亿元。")
    assert {"专项债券", "地方政府专项债券额度"} <= found
    assert not any("用于" in name for name in found)
