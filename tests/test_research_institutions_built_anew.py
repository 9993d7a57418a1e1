"""A research institution (研究院, 实验室, 创新中心, 研究中心, 研发中心…) that the clause builds anew is works
(ANNOTATION rule 2: "one that exists only as construction is a project"): right after 建设 or 共建, inside
the frame "推进…建设", after "X建设的" (the works the clause's subject builds), before 建成; one the
sentence only names, opens for use (投入使用) or that works with others stays an organization. Sentences in the genre's phrasing with
invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # built right after the verb, or inside 推进…建设
    ("加快建设澄江实验室,推进青禾工业研究院建设。", {"澄江实验室", "青禾工业研究院"}, set()),
    # the works the clause's subject builds, then opened
    ("澄江集团建设的澄江电池研究院投入使用,年研发投入3亿元。", {"澄江电池研究院"}, set()),
    # completed: the stage says the building
    ("青禾大学澄江智能制造研究院、澄江师范学院新校区建成。", {"青禾大学澄江智能制造研究院"}, set()),
    # an institution only named, opened for use or working with others, stays an organization
    ("青禾大学澄江海洋技术研究院投入使用,澄江学院新校区建成。", set(), {"青禾大学澄江海洋技术研究院"}),
    ("青禾中医药研究院与澄江医院合作开展临床研究。", set(), {"青禾中医药研究院"}),
    ("支持青禾大学澄江研究院开展技术攻关。", set(), {"青禾大学澄江研究院"}),
])
def test_research_institutions_built_anew(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
