"""开行 between a freight-train service and the count of its runs is the verb that reaches the count,
no part of the name: the service is the indicator ("中欧班列（义新欧）开行3005列、增长14.7%",
Zhejiang 2026 review; "中欧班列开行超2000列", "中欧班列（成渝）累计开行超2.6万列、占全国23.9%",
Sichuan 2026 review)."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    return {m.attrs["indicator"] for m in report_mentions(tmp_path, "2025年某省政府工作报告", *lines)
            if m.type == "Observation"}


def test_runs_of_a_service_are_named_by_the_service(tmp_path):
    found = indicators(tmp_path, "一、2025年工作回顾",
                       "川藏铁路、成达万高铁、西香高速等进出川大通道加快建设，成都中欧班列集结中心获批建设，中欧班列开行超2000列，西南首家国际公路运输集结中心在川落地。",
                       "对外开放不断扩大，中欧班列（成渝）累计开行超2.6万列、占全国23.9%。",
                       "外贸稳中提质，中欧班列（义新欧）开行3005列、增长14.7%。")
    assert {"中欧班列", "中欧班列(成渝)", "中欧班列(成渝)占全国比重", "中欧班列(义新欧)"} <= found
    assert not any("开行" in name for name in found)
