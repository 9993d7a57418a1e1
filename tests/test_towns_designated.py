"""A designation's kind after only the names of towns, villages or subdistricts names the towns
designated, no works (ANNOTATION rule 11: a designation named only by its type is no entity; the towns
are places): "推进甲县青禾镇、乙县澄江乡特色小镇建设" (kg.resolve.not_works,
project_town_designation_kinds.txt). A town of its own name stays a project. Names made up for the genre."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works


@pytest.mark.parametrize("name", [
    "青禾镇特色小镇",
    "甲县青禾镇、乙县澄江乡特色小镇",
    "青禾镇、澄江乡和白沙街道特色小镇",
    "青禾镇石桥村乡村旅游示范点",
    "青禾镇、澄江镇乡村振兴示范带",
])
def test_a_designation_of_towns_is_no_works(name):
    assert names_no_works(name) == "designation"


@pytest.mark.parametrize("name", ["青禾白茶特色小镇", "澄江文旅小镇", "岚滨乡村振兴示范带", "青禾经济开发区特色小镇"])
def test_a_town_of_its_own_name_is_left_alone(name):
    assert names_no_works(name) is None

