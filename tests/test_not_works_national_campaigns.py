"""A national campaign done across the countryside (kg.resolve.not_works: project_campaign_names.txt):
"农村人居环境整治" after the divisions, towns or villages that run it names the campaign in those places,
not a works package (ANNOTATION: campaigns are not projects); the places stay places. One village's own
clean-up ("实施某村人居环境整治") and a works closing on 工程 or 项目 are left to the works rules.
Sentences in the genre's phrasing with made-up names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_names


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾市政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进青禾镇、澄溪镇农村人居环境整治提升，打造乡村旅游精品线路5条。", set(),
     {"澄溪镇农村人居环境整治", "农村人居环境整治"}),
    ("推进青禾县、澄江县农村人居环境整治，完成农村改厕10万户。", set(), {"澄江县农村人居环境整治"}),
    ("白塔街道完成街路综合整治，青禾街道、澄溪街道实施农村人居环境整治。", set(),
     {"青禾街道、澄溪街道实施农村人居环境整治"}),
    ("和盛镇青禾村、永宁街道澄溪村农村人居环境整治成效明显。", set(), {"澄溪村农村人居环境整治"}),
    ("推进青禾县澄溪镇农村人居环境整治示范片区建设。", set(), {"青禾县澄溪镇农村人居环境整治"}),
    # one village's own clean-up is still its works
    ("实施澄溪村人居环境整治。", {"澄溪村人居环境整治"}, set()),
])
def test_countryside_campaign_is_no_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_the_places_running_the_campaign_stay_places(tmp_path):
    places = review_names(tmp_path, "Place", "推进青禾县、澄江县农村人居环境整治，完成农村改厕10万户。")
    assert {"青禾县", "澄江县"} <= places


def test_a_works_head_keeps_the_name():
    from kg.resolve.not_works import names_no_works
    assert names_no_works("澄溪镇农村人居环境整治") == "campaign"
    assert names_no_works("澄溪镇农村人居环境整治工程") is None
