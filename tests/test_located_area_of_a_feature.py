"""A scenic area or quarter named after a hill, lake, bay or old town that is no division nor town
("某某岭景区", "某某湾片区", "某某古镇旅游区") lies on that place: works named after the area are on it
too, as ANNOTATION rule 8 links a place written inside a works' name (location.txt `feature_area`;
kg.resolve.relations._area_of_a_feature). A town named after its river is still no landmark in the
river (阿蓬江镇: tests/test_relations.py). Sentences in the genre's phrasing, with invented names."""
from __future__ import annotations

from tests.conftest import review_located

TITLE = "2023年青禾市人民政府工作报告"


def test_works_of_a_quarter_named_after_a_bay_are_on_the_bay(tmp_path):
    links = review_located(tmp_path, "完成白鹭湾清淤整治,白鹭湾片区安置房项目开工,白鹭湾片区综合管廊一期建成。", TITLE)
    assert {("白鹭湾片区安置房项目", "白鹭湾"), ("白鹭湾片区综合管廊一期", "白鹭湾")} <= links
    assert ("白鹭湾片区安置房项目", "白鹭湾片区") in links  # the quarter itself stays


def test_a_town_s_scenic_area_links_no_more_than_before(tmp_path):
    # a town's own area keeps its town by the rules of before; nothing of the town's bare name is added
    links = review_located(tmp_path, "柳山镇旅游区游客中心建成开放。", TITLE)
    assert ("柳山镇旅游区游客中心", "柳山") not in links
