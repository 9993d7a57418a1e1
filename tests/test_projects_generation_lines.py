"""Display-panel plants named by their company, the generation of their glass and the product are one
works (kg.extract.generation_lines). The sentences are those of real reports (the kunshan-2013 and
hefei-2018 passages of pool u42, the mianyang-2017 and wuhu-2018 passages of pool u44)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快龙腾光电8.5代液晶面板、友达光电（昆山）第8.5代TFT-LCD生产线、国显光电AMOLED面板等重大项目建设。",
     {"龙腾光电8.5代液晶面板", "友达光电(昆山)第8.5代TFT-LCD生产线"}, {"LCD生产线"}),
    ("推动蔚来汽车、维信诺第6代柔性显示屏生产线尽快落地开工。", {"维信诺第6代柔性显示屏生产线"}, set()),
    ("京东方第6代AMOLED（柔性）生产线项目开工建设，当年完成投资60亿元。",
     {"京东方第6代AMOLED(柔性)生产线项目"}, {"6代AMOLED(柔性)生产线项目", "6代AMOLED(柔性)生产线"}),
    ("长信科技柔性触控显示模组项目、东旭光电6代TFT-LCD玻璃基板项目加快建设。",
     {"东旭光电6代TFT-LCD玻璃基板项目"}, {"LCD玻璃基板项目", "LCD玻璃基板"}),
])
def test_generation_lines(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)
