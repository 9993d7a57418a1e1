"""The five economic regions of Sichuan's plan are named sub-regions (regions.txt), read whole where a
measure follows them ("川南经济区经济总量…": no bare 川南) and where the clause develops them (a place, not
works). Sentences of the 2026 plan and review of 四川 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line,found,not_found", [
    ("川南经济区经济总量迈上万亿元台阶，川东北经济区经济总量突破9000亿元，攀西经济区转型升级成效明显。",
     {"川南经济区", "川东北经济区", "攀西经济区"}, {"川南", "川东北"}),  # sichuan-2026-review
    ("川西北生态示范区提高生态保护和绿色发展水平，打造国际生态文化旅游目的地。",
     {"川西北生态示范区"}, {"川西北"}),  # sichuan-2026
])
def test_economic_region_named_whole(tmp_path, line, found, not_found):
    assert_found(plan_entities(tmp_path, "Place", line), found, not_found)
