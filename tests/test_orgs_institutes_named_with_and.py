"""Organization rules (issue 9): an institute of a national body whose own name joins two fields with 与
("某某院|某地|材料工程与|化学|研究所") is one name from the parent body on, not the field after 与 alone;
a second institution after 与 stays apart. Invented sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"


def test_an_institute_whose_name_joins_two_fields(tmp_path):
    found = report_names(tmp_path, ORG, "长春市人民政府工作报告", "二、2019年工作安排",
                         "中国科学院长春新型材料工程与化学研究所与地方共建中试基地。")
    assert "中国科学院长春新型材料工程与化学研究所" in found
    assert "化学研究所" not in found
    assert "中国科学院" in found


def test_two_institutions_joined_by_and_stay_apart(tmp_path):
    found = report_names(tmp_path, ORG, "长春市人民政府工作报告", "二、2019年工作安排",
                         "吉林大学与长春理工大学联合建设光电子产业研究院。")
    assert {"吉林大学", "长春理工大学"} <= found
