"""A zone a report strives to be designated (争创, zone_applying_words.txt, before the zone) is applied for,
no entity (ANNOTATION rule 11: "one applied for (争创国家…示范区)"; kg/extract/applied_zones.py):
"积极争创中国（内蒙古）自由贸易试验区" (neimenggu-2026-review) gave a project and its locatedIn 内蒙古. A zone
built after another verb stays ("加快建设中国（某某）自由贸易试验区青禾片区")."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("积极争创中国（内蒙古）自由贸易试验区，进出口总值翻番达到2000亿元。", set(), {"中国(内蒙古)自由贸易试验区"}),
    ("高水平建设中国（内蒙古）自由贸易试验区，进出口总值翻番。", {"中国(内蒙古)自由贸易试验区"}, set()),
])
def test_zone_strived_for_is_no_entity(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
