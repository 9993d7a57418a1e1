"""A zone named after a town lies in the town, as a division's zone lies in the division (issue 10,
session 45): works named after the zone ("某某工业园区新材料产业园") are in the zone and in the town the
zone is named after (`_divisions_zone`, the landmark rule). 哈克镇 is a town of the Hailar corpus; the
sentences are made up in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import review_located

HEAD = "2023年海拉尔区人民政府工作报告"


def test_works_in_a_towns_zone_are_in_the_town(tmp_path):
    got = review_located(tmp_path, "哈克镇获评全国重点镇，哈克工业园区完成工业产值10亿元。"
                                   "哈克工业园区新材料产业园开工建设。", HEAD)
    assert ("哈克工业园区新材料产业园", "哈克工业园区") in got, got
    assert ("哈克工业园区新材料产业园", "哈克镇") in got, got
