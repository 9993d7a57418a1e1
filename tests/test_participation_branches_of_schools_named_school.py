"""participatesIn (ANNOTATION rule 8) of a school whose name ends in 学校 (a foreign-language or experimental
school: "某某外国语学校", "某某实验学校") that opens its branch in another district ("名校办分校": the parent,
a division's name, then 分校 or 学校; org_branch_parents.txt `parent` 学校), as a 中学 or a 附中 already does.
Invented names in the genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2021年澄江县人民政府工作报告"


@pytest.mark.parametrize("sentence, parent, branch", [
    ("澄江外国语学校华宁分校竣工。", "澄江外国语学校", "澄江外国语学校华宁分校"),
    ("青禾实验学校华宁县学校建成招生。", "青禾实验学校", "青禾实验学校华宁县学校"),
])
def test_a_school_named_学校_takes_part_in_its_branch(tmp_path, sentence, parent, branch):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert parent in orgs, orgs
    assert (parent, branch) in links, links


def test_a_school_with_no_district_after_it_opens_no_branch(tmp_path):
    # a new campus of the school itself: no parent inside its name
    _, orgs, links = review_graph(tmp_path, "澄江外国语学校新校区建成投用。", HEAD)
    assert not any(o == "澄江外国语学校" and w != "澄江外国语学校新校区" for o, w in links), links
