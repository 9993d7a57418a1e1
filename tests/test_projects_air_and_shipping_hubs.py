"""Project heads (session 57, pjp): an air or shipping hub named by its operator or its region is one
works a sentence builds ("加快中国邮政国际航空枢纽…建设", "推进…长江上游航运中心建设": 航空枢纽 and 航运中心
in project_heads.txt, weak); the head alone names a kind (ANNOTATION rule 7). Sentences of the 2026
reports of 河南 and 四川 (/work/real/ha, /work/real/sc); the last one made up."""
from __future__ import annotations

from tests.conftest import report_names

PROJECT = "Project"


def test_an_air_hub_named_by_its_operator(tmp_path):
    found = report_names(tmp_path, PROJECT, "河南省2026年政府工作报告", "二、2026年工作安排",
                         "提升郑州国际航空物流枢纽能级，加快中国邮政国际航空枢纽、洛阳等10个国家物流枢纽建设，持续降低社会物流成本。")
    assert "中国邮政国际航空枢纽" in found


def test_a_shipping_hub_named_by_its_river_reach(tmp_path):
    found = report_names(tmp_path, PROJECT, "四川省2026年政府工作报告", "二、2026年工作安排",
                         "完善成渝间综合运输通道体系，推进成渝地区东出北上开放走廊、长江上游航运中心建设。")
    assert "长江上游航运中心" in found


def test_a_hub_of_a_kind_is_no_project(tmp_path):
    found = report_names(tmp_path, PROJECT, "某省2026年政府工作报告", "二、2026年工作安排",
                         "加快建设国际航运中心和区域航空枢纽，提升开放能级。")
    assert not {"国际航运中心", "区域航空枢纽", "航运中心", "航空枢纽"} & found
