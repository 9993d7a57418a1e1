"""A road's or a railway's upgrade of class after a route that ends a list ("开工建设甲大道西延线、乙路
快速化改造", "…、某某至某某铁路电气化改造") is that route's works, named whole (project_route_upgrades.txt),
as it is when the route stands alone; a weak head's name otherwise does not run back into the item before
it. Sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("开工建设西岭大道西延线、禾丰路快速化改造,新建改造农村公路100公里。",
     {"西岭大道西延线", "禾丰路快速化改造"}, {"禾丰路"}),
    ("芙蓉大道青禾段、澄江大道南段快速化改造全面完工。",
     {"芙蓉大道青禾段", "澄江大道南段快速化改造"}, {"澄江大道南段"}),
    ("石门至青禾铁路扩能改造、澄江至禾丰铁路电气化改造加快推进。",
     {"石门至青禾铁路扩能改造", "澄江至禾丰铁路电气化改造"}, {"澄江至禾丰铁路"}),
    # alone, as before
    ("禾丰路快速化改造全面完成。", {"禾丰路快速化改造"}, set()),
    # a port is no route: its upgrade is no line's
    ("实施青禾港、澄江港快速化改造。", set(), {"澄江港快速化改造"}),
])
def test_route_upgrades_in_lists(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
