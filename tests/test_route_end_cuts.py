"""The ends of a route named in a works' name are places (ANNOTATION: each end of a route "A至B公路"),
also where 等 closes a list of routes right after the last end, before their kind ("扁都口至峨堡等省际大
通道", qinghai-2026; "大同至天津南等特高压工程", shanxi-2026), and where jieba glues a direction closing the
first end to the route's 至 ("G225乐|东至|三亚段", hainan-2026: 东至 is a county's name elsewhere)."""
from __future__ import annotations

import pytest

from kg.extract import PLACE
from tests.conftest import names_of, report_mentions


@pytest.mark.parametrize("sentence,end", [
    ("推进扁都口至峨堡等省际大通道建设。", "峨堡"),
    ("建设大同至天津南等特高压工程，提升晋电外送质效。", "天津南"),
    ("建成G225乐东至三亚段“五网合一”示范项目。", "乐东"),
])
def test_a_routes_end_is_a_place(tmp_path, sentence, end):
    assert end in names_of(report_mentions(tmp_path, "2026年政府工作报告", "各位代表:", sentence), PLACE)


def test_a_county_named_with_the_glued_words_stays_whole(tmp_path):
    found = names_of(report_mentions(tmp_path, "2026年政府工作报告", "各位代表:", "池州市东至县建设产业园。"), PLACE)
    assert "东至县" in found and "池州市东" not in found
