"""Works named right after the ceremony they are started or finished at (issue 9): "某县举行甲、乙等N个
项目集中竣工仪式", "某镇举行年产N万吨…项目开工仪式". 举行 opens the span and is no word of the works'
name (project_openers.txt), and the month or quarter of a batch of works ("某区举行11月份项目开工现场会",
"二季度重大项目") is no name either (kg.extract.projects._BATCH). Sentences written in the genre's
phrasing (places, names and figures invented)."""
from __future__ import annotations

from tests.conftest import assert_found, review_located, review_projects

TITLE = "2018年某县人民政府工作报告"


def test_a_counted_list_after_the_ceremony_verb(tmp_path):
    sentence = "3月6日,涟源市举行白马湖湿地公园、城西客运站等6个重点项目集中开工仪式。"
    found = review_projects(tmp_path, sentence, TITLE)
    assert_found(found, {"白马湖湿地公园", "城西客运站"}, {"涟源市举行白马湖湿地公园"})
    assert not any("举行" in p for p in found), found
    assert ("白马湖湿地公园", "涟源市") in review_located(tmp_path, sentence, TITLE)


def test_one_works_after_the_ceremony_verb(tmp_path):
    found = review_projects(tmp_path, "青石镇举行年产5万吨特种砂浆项目开工仪式,全镇项目建设提速。", TITLE)
    assert any(p.startswith("年产5万吨特种砂浆") for p in found), found
    assert not any("举行" in p for p in found), found


def test_a_month_or_quarter_of_a_batch_names_no_works(tmp_path):
    found = review_projects(tmp_path, "11月16日,某区举行11月份项目开工现场会,推动项目早见效。", TITLE)
    assert not any("月份" in p for p in found), found
    found = review_projects(tmp_path, "4月10日,全县举行二季度重大项目集中开工仪式,总投资28亿元。", TITLE)
    assert not any("季度" in p for p in found), found
