""""A、B、C落户X": a list of what settles in a place may hold institutions set up beside the works
(issue 10, session 45); every works of the list is in the place, not only those after the last
institution (the settle rule, kg.extract.attributes `_located`). 哈克镇 is a town of the Hailar
corpus; the sentence is made up in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import review_located

HEAD = "2023年海拉尔区人民政府工作报告"


def test_works_listed_before_an_institution_settle_in_the_place_too(tmp_path):
    got = review_located(tmp_path, "德宇智能装备产业园、内蒙古农业大学乳业研究院、鸿利冷链物流中心落户哈克镇。", HEAD)
    assert {("德宇智能装备产业园", "哈克镇"), ("鸿利冷链物流中心", "哈克镇")} <= got, got
