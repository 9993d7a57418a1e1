"""A national designation named with the city that holds it keeps its level word: the name walk stops at
骨干 (generic_orgs.txt, a body's kind), and a place found right before 国家 and that level word
(project_national_level_words.txt) opens the name of the one base designated there (ANNOTATION rule 11;
kg/extract/projects.py, `_over_national_level`): "建好西宁国家骨干冷链物流基地" (qinghai-2026),
"漳州国家骨干冷链物流基地…" (fujian-2026-review). The kind alone ("推进国家物流枢纽、国家骨干冷链物流基地和
银川陆港等5个物流园区", ningxia-2026) and a count of them name no one base."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("建好西宁、格尔木国家物流枢纽和西宁国家骨干冷链物流基地，建设公路干线重型卡车换电站。",
     {"西宁国家骨干冷链物流基地"}, {"冷链物流基地"}),
    ("漳州国家骨干冷链物流基地、平潭商贸服务型国家物流枢纽获批建设。", {"漳州国家骨干冷链物流基地"}, {"冷链物流基地"}),
    # the kind and a count of the kind: no one base
    ("推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设。", set(), {"国家骨干冷链物流基地"}),
    ("加快宝鸡、延安等4个国家骨干冷链物流基地建设。", set(), {"国家骨干冷链物流基地", "4个国家骨干冷链物流基地"}),
])
def test_city_national_base_keeps_its_level(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
