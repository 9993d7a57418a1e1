"""Organization rules (issue 9): a company named by common words (no dictionary knows its trade
name) that is the subject of its own works, after a lead verb of its clause ("支持某某公司在某地建设…",
"推动某某集团整体搬迁…"); invented sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"


def test_a_company_building_at_its_site_after_a_lead_verb(tmp_path):
    found = report_names(tmp_path, ORG, "青川县人民政府工作报告", "支持云海信达公司在工业园区建设新型建材项目，力争年内投产。")
    assert "云海信达公司" in found
    found = report_names(tmp_path, ORG, "青川县人民政府工作报告", "鼓励金桥远航集团在县经开区投资建设冷链物流中心。")
    assert "金桥远航集团" in found


def test_a_group_relocating_as_a_whole_after_a_lead_verb(tmp_path):
    found = report_names(tmp_path, ORG, "渠江市人民政府工作报告", "推动渠钢集团整体搬迁项目落地，加快老工业区改造。")
    assert "渠钢集团" in found


def test_kinds_of_firms_building_are_no_company(tmp_path):
    # a kind of firm before the site and the verb is no company's name
    found = report_names(tmp_path, ORG, "青川县人民政府工作报告", "支持民营企业集团在园区建设标准厂房，鼓励国有公司在县城投资建设停车场。")
    assert not {"民营企业集团", "国有公司", "企业集团"} & found
