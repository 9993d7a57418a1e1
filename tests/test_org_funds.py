"""Organizations (session 59, second round): government funds named by the industry they invest in
(产业基金), and the science-and-innovation funds the social security fund sets up with a province
(社保科创基金), are bodies; a stem of type modifiers only ("专项产业基金") names a kind."""
from __future__ import annotations

import pytest

from tests.test_organizations import PROVINCE, orgs

CASES = [
    # neimenggu-2026: industry funds set up
    (("设立稀土产业基金，在自治区产业基金下设立科创子基金。",), {"稀土产业基金", "自治区产业基金"}),
    # zhejiang-2026-review, sichuan-2026 (and sichuan-2026-review): a province's social security innovation fund
    (("首期规模500亿元的浙江社保科创基金签约落地。",
      "发挥好省级政府产业投资引导基金、国资国企基金、四川社保科创基金等基金及资本市场作用。"),
     {"浙江社保科创基金", "四川社保科创基金"}),
    # shaanxi-2026: a fund of funds named by its field; chongqing-2026: one named by its kind of investment
    (("充分发挥科技创新母基金放大效应。", "发挥产业投资母基金引导作用。"), {"科技创新母基金"}),
    # zhejiang-2026, zhejiang-2026-review: a special industry fund is a kind, no body
    (("打通要素保障堵点卡点，专项产业基金、新增能耗、新增工业用地支持民间投资项目比重均超70%。",), set()),
]


@pytest.mark.parametrize("lines, funds", CASES)
def test_funds_named_by_their_industry_or_field(tmp_path, lines, funds):
    found = orgs(tmp_path, PROVINCE, *lines)
    assert {name for name in found if name.endswith("基金")} == funds
