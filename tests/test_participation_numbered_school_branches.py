"""Session 70 (hlpart), a numbered school's branch campus named by the school's short form and the
branch's head ("三中分校", "七中西校", "一中东校区"): where the sentence builds the branch as a works, the
school (三中) is an organization named inside the branch's name (ANNOTATION rule 8) and takes part in
it (participatesIn), as "某某中学某区分校" gives its parent already. Not where the short form and 分校
are schools whose extension is the works ("实施桃李中学、三中分校、第五中学扩建工程": the gold takes
三中分校 as the school), nor where the branch is no works of the sentence. Sentences of the Hailar reports
(tests/real/hailar-2016-review, hailar-2018, hailar-2015) and some written in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2018年海拉尔区人民政府工作报告"


@pytest.mark.parametrize("sentence, school, branch", [
    ("重点实施桃李中学、三中分校、素质教育研学基地等项目。", "三中", "三中分校"),  # hailar-2018
    ("投资3.4亿元的自治区冰上运动训练中心项目成功落地，三中分校、桃李中学等公共服务项目前期工作进展顺利。",
     "三中", "三中分校"),  # hailar-2016-review
    ("开工建设二中分校、城南小学等项目。", "二中", "二中分校"),
])
def test_a_numbered_school_takes_part_in_its_branch_built(tmp_path, sentence, school, branch):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert branch in projects, projects
    assert school in orgs, orgs
    assert (school, branch) in links, links


def test_schools_listed_before_their_extension_give_no_parent(tmp_path):
    # hailar-2015: 三中分校 is one of the schools the extension works are for, no branch being built
    _, orgs, links = review_graph(tmp_path, "不断加大教育投入，投资3.1亿元，实施桃李中学、三中分校、第五中学扩建工程。", HEAD)
    assert "三中" not in orgs, orgs
    assert not any(o == "三中" for o, _ in links), links


def test_a_branch_that_is_no_works_gives_no_parent(tmp_path):
    # the branch as a school whose pupils won: no works, so no parent named inside a works' name
    _, orgs, links = review_graph(tmp_path, "三中分校学生在全区中学生运动会上获团体第一名。", HEAD)
    assert "三中" not in orgs, orgs
    assert not links, links
