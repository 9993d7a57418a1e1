"""Project rule (session 57, pjp): a bracket right after a works' head that holds a place found whole or
a class ("国家数据标注基地（成都）", "国家医学中心（中医类）") names which one the works is: the name runs
over it and is one undertaking, though the words before the head are common (ANNOTATION: the shortest
span that names the thing completely). 医学中心 is a weak head: alone it names a kind. Sentences of the
2026 reports of 四川 and 河南 (/work/real/sc, /work/real/ha, /work/real/design/sx.txt)."""
from __future__ import annotations

from tests.conftest import report_names

PROJECT = "Project"


def test_a_base_named_by_its_city_in_brackets(tmp_path):
    found = report_names(tmp_path, PROJECT, "四川省2026年政府工作报告", "二、2026年工作安排",
                         "持续深化“数据要素×”行动，推进国家数据标注基地（成都）和省级数据标注基地建设。")
    assert "国家数据标注基地(成都)" in found
    assert "省级数据标注基地" not in found


def test_a_centre_named_by_its_class_in_brackets(tmp_path):
    found = report_names(tmp_path, PROJECT, "河南省2026年政府工作报告", "二、2026年工作安排",
                         "加快建设国家医学中心（中医类），建成中国医学科学院肿瘤医院河南医院。")
    assert "国家医学中心(中医类)" in found


def test_medical_centres_of_a_kind_are_no_project(tmp_path):
    found = report_names(tmp_path, PROJECT, "山西省2026年政府工作报告", "二、2026年工作安排",
                         "布局建设一批省级医学中心和区域医疗中心、公共卫生中心。")
    assert not {"省级医学中心", "医学中心"} & found
