"""The to-forms of 回落 and 拓展 (回落到, 拓展至) reach a level, no part of the indicator's name:
"去年居民消费价格涨幅回落到2.6%" (national 2013) is a change of 居民消费价格, as "涨幅2%" is;
"社保卡“一卡通”应用功能拓展至177项" (Sichuan 2026 review) a level of 社保卡一卡通应用功能."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    return {m.attrs["indicator"]: m.attrs for m in report_mentions(tmp_path, "2013年国务院政府工作报告", *lines)
            if m.type == "Observation"}


def test_to_forms_of_fall_and_extend_reach_a_level(tmp_path):
    found = observations(tmp_path, "一、过去五年工作回顾",
                         "去年居民消费价格涨幅回落到2.6%，这是我们控制通货膨胀取得的一个重要成果。",
                         "社保卡“一卡通”应用功能拓展至177项。")
    assert found["居民消费价格"]["measure"] == "change"
    assert found["社保卡一卡通应用功能"]["measure"] == "level"
    assert not any(name.endswith(("到", "至")) for name in found)
