"""A 工程 programme of heat supply (供热, 供暖, 取暖 in project_supply_programme_words.txt) is a package of
physical works, plants and pipe networks (ANNOTATION rule 12), as the drinking-water and rural-grid
programmes are; its name runs back over the adjective of the supply ("清洁") to the area before it
(kg/extract/projects.py, _back_to_supply_programme). Sentences of ningxia-2026, hailar-2019 and
shandong-2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("实施城乡清洁供热取暖工程，统筹推进五市热源建设。", {"城乡清洁供热取暖工程"}, set()),
    ("继续推进中心城区供热互联互通工程，新建24座环保换热站。", {"中心城区供热互联互通工程"}, set()),
    ("加快推进胶东地区清洁供暖“一张网”工程。", {"胶东地区清洁供暖“一张网”工程"}, {"供暖“一张网”工程"}),
])
def test_heat_supply_programme_is_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
