"""Participation rule of session 25 (issue 10), on sentences written in the genre's phrasing: a
subject, then a partner's preposition and a list of partners, then one verb of co-building ("X与A、B
共建P"): every partner takes part, not only the first one after the preposition. The first test
fails without the rule (kg.extract.attributes._partner_listed); the others guard its edges."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某县2023年政府工作报告"


def test_every_partner_listed_after_the_subjects_preposition_co_builds(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍集团与江城大学、省化工研究院共建省级新材料重点实验室。", REPORT)
    assert {("宽衍集团", "省级新材料重点实验室"), ("江城大学", "省级新材料重点实验室"),
            ("省化工研究院", "省级新材料重点实验室")} <= links
    # three partners, "和" before the last: each of them
    _, _, links = review_graph(tmp_path, "宽衍集团与江城大学、南湖大学和省化工研究院合作建设智能装备研究院。", REPORT)
    assert {("江城大学", "智能装备研究院"), ("南湖大学", "智能装备研究院"),
            ("省化工研究院", "智能装备研究院")} <= links


def test_a_list_the_clause_opens_with_a_preposition_is_read_as_before(tmp_path):
    # no subject before the preposition: every partner was read already, and still is
    _, _, links = review_graph(tmp_path, "与江城大学、南湖大学合作建设智能装备研究院。", REPORT)
    assert {("江城大学", "智能装备研究院"), ("南湖大学", "智能装备研究院")} <= links


def test_partners_with_no_verb_of_taking_part_build_nothing(tmp_path):
    # a list after 与 whose clause only meets or praises: no cue word between the list and the works
    _, _, links = review_graph(tmp_path, "宽衍集团与江城大学、南湖大学高度重视县体育中心项目。", REPORT)
    assert not links


def test_a_list_joined_by_yu_that_only_meets_builds_nothing(tmp_path):
    # session 25 review (my25): 与 is also a plain list joiner; bodies that meet to study building the
    # works take no part in it, and a later item of the list gains no link the gap limits refuse
    _, _, links = review_graph(tmp_path, "区委与区政府、区人大召开会议研究建设县体育中心项目。", REPORT)
    assert not links, links
    _, _, links = review_graph(tmp_path, "区委召开会议研究建设县体育中心项目。", REPORT)
    assert not links, links
    # companies too: the list's meeting is no co-building (the first test's 共建 right after the list is)
    _, _, links = review_graph(tmp_path, "宽衍集团与江城大学、南湖大学召开座谈会研究建设智能装备研究院。", REPORT)
    assert not links, links
