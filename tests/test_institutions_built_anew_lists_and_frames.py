"""A school, hospital or care institution that the clause builds anew is works (ANNOTATION rule 2:
"one that exists only as construction is a project"), also where it is not the last of a 、-list
that a stage closes ("甲中学、乙小学建成招生"), where 推进 or 加快 open the frame "…X建设" around the
list, where it is opened for use (开学, 建成启用, 投入使用), and where its head is a health or care
institution's (妇幼保健院, 儿童福利院). Sentences in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # every item of the list a stage of new construction closes
    ("青禾镇第二中学、澄江区第三小学建成招生,新增学位1200个。", {"青禾镇第二中学", "澄江区第三小学"}, set()),
    ("澄江区第五中学、青禾实验幼儿园建成启用。", {"澄江区第五中学", "青禾实验幼儿园"}, set()),
    ("澄江师范学院附属青禾学校开学,新增学位900个。", {"澄江师范学院附属青禾学校"}, set()),
    # 推进 / 加快 … 建设 around a list of schools and works
    ("推进澄江区实验学校、青禾学院学生公寓二期建设。", {"澄江区实验学校"}, set()),
    ("加快澄江市第九中学建设,新增学位3000个。", {"澄江市第九中学"}, set()),
    # a health or care institution built anew
    ("开工建设澄江区妇幼保健院、澄江区儿童福利院。", {"澄江区妇幼保健院", "澄江区儿童福利院"}, set()),
    # an existing hospital that builds something else, or that the clause reforms, is no works
    ("县人民医院建成胸痛中心,服务能力提升。", set(), {"县人民医院"}),
    ("推进澄江区人民医院改革,提升服务能力。", set(), {"澄江区人民医院"}),
])
def test_institutions_built_anew(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_a_school_listed_before_the_stage_is_works_not_a_body(tmp_path):
    projects_, orgs, _ = review_graph(tmp_path, "青禾镇第二中学、澄江区第三小学建成招生。", "澄江市2025年政府工作报告")
    assert {"青禾镇第二中学", "澄江区第三小学"} <= projects_, projects_
