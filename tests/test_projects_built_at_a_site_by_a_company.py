"""Project rules (issue 9): the works a company builds at a site named between it and the verb ("X公司在
高新区建设P项目"), where the site is not found as a place of its own: the works is one, though named by
common words, as when the site is a found place. Invented sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

PROJECT = "Project"


def test_works_built_by_a_company_at_a_zone(tmp_path):
    found = report_names(tmp_path, PROJECT, "广安市人民政府工作报告", "二、2019年工作安排",
                         "支持华蓥鼎丰公司在高新区建设动力电池隔膜项目，力争年内投产。")
    assert "动力电池隔膜项目" in found


def test_a_kind_of_works_at_a_site_is_none(tmp_path):
    found = report_names(tmp_path, PROJECT, "广安市人民政府工作报告", "二、2019年工作安排",
                         "鼓励华蓥鼎丰公司在工业园区建设重点项目。")
    assert not {"重点项目", "工业园区建设重点项目"} & found
