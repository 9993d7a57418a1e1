"""The renewal of a city's old quarters (城市更新) is a category of works, no single undertaking (ANNOTATION:
generic categories are not projects; generic_projects.txt: 更新 beside 城市): "城市更新项目", "城市更新基金",
"城市更新改造". Sentences of the 2026 plan of 贵州 and the 2026 review of 浙江 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,not_found", [
    ("鼓励发行基础设施公募REITs等，设立城市更新基金和专项引导资金，为城市更新项目提供多元化金融支持。",
     {"城市更新项目", "城市更新基金"}),
    ("建设改造地下管网3200公里，完成城市更新项目投资3696亿元。", {"城市更新项目"}),
])
def test_city_renewal_is_a_category(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "贵州省政府工作报告")
    assert_found(projects, set(), not_found)
