"""Two kinds of names that end like works and name none: a figurative road (project_not_road_names.txt:
"闯出新路", "为…大局探路", "武术套路": a path blazed, a sport's routine) and the national campaign of
cleaning up outfalls into rivers and the sea (project_campaign_names.txt: "入河入海排污口整治",
"入海排污口排查整治"), done at thousands of outfalls, no works package (ANNOTATION: campaigns are not
projects). Sentences of beijing-2026, neimenggu-2026-review, hainan-2026, shanghai-2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,not_found", [
    ("勉励我们在中国式现代化建设中闯出新路来。", {"中闯出新路"}),
    ("高水平建设自由贸易试验区，为国家开放发展大局探路先行。", {"大局探路"}),
    ("成功举办南岛国际电影节、乒乓球亚洲杯、武术套路世界杯、省运会。", {"武术套路"}),
    ("完成雨污混接和入河入海排污口整治，建成白龙港三期污水处理设施。", {"入河入海排污口整治"}),
    ("开展入海排污口排查整治，加强近岸海域综合治理。", {"入海排污口排查整治"}),
])
def test_no_works_named(tmp_path, sentence, not_found):
    assert_found(projects(tmp_path, sentence), set(), not_found)

