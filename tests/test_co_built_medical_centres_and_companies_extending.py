"""Session 54 (pj54): medical centres co-built under a short or a kind's name, and a company extending its
works. Sentences written in the genre's phrasing with invented names; the whole pipeline runs on each.

- A medical centre named right after a co-building verb by its scope or its field alone ("与某某大学第一医院
  合作共建区域医疗中心", "…合作共建的心血管病诊疗中心", "…共建的省级区域医疗中心";
  org_co_built_medical_heads.txt) is a works being built, a project (ANNOTATION rule 2, alt type
  Organization) its co-builders take part in, though its stem is shorter than an institute's minimum.
  Not a centre with nothing before its head ("共建医疗中心"), nor one founded (组建), nor a national
  programme joined ("与某省合作建设国家区域医疗中心"; org_co_built_medical_programmes.txt).
- 扩建 right after a company with the works' name after it ("某某股份有限公司扩建年产3000吨某某项目",
  "某某集团扩建的20万吨某某项目") is the company's verb: no works "某某集团扩建"; the company takes part in
  the works after it (participation.txt: 扩建 agent). A facility's own extension ("某某水厂扩建工程") stays works.
"""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, works, builders", [
    ("与青禾大学第一医院合作共建区域医疗中心。", "区域医疗中心", {"青禾大学第一医院"}),
    ("青溪县中心医院与澄江大学第三医院合作共建的心血管病诊疗中心揭牌运行。", "心血管病诊疗中心",
     {"青溪县中心医院", "澄江大学第三医院"}),
    ("澄江大学第二医院与青溪县人民医院合作共建的省级区域医疗中心挂牌。", "省级区域医疗中心",
     {"澄江大学第二医院", "青溪县人民医院"}),
])
def test_a_medical_centre_co_built_under_a_short_name_is_works(tmp_path, sentence, works, builders):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert {org for org, w in links if w == works} == builders


@pytest.mark.parametrize("sentence", ["与青禾大学第一医院合作共建医疗中心。", "组建青溪县区域医疗中心。",
                                      "支持澄江大学第一医院与青禾省合作建设国家区域医疗中心。"])
def test_a_centre_with_no_name_founded_or_a_programme_is_no_co_built_works(tmp_path, sentence):
    projects, _, _ = review_graph(tmp_path, sentence, HEAD)
    assert not {"医疗中心", "区域医疗中心", "国家区域医疗中心"} & projects


@pytest.mark.parametrize("sentence, company, works", [
    ("推动澄江新材料科技股份有限公司扩建年产3000吨高纯石英砂项目。", "澄江新材料科技股份有限公司",
     "年产3000吨高纯石英砂项目"),
    ("澄江钢管集团扩建的20万吨特种钢管项目投产。", "澄江钢管集团", "20万吨特种钢管项目"),
])
def test_a_company_extending_its_works_takes_part_in_them(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs and works in projects
    assert company + "扩建" not in projects
    assert (company, works) in links


def test_a_facilitys_extension_stays_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "青溪县第二水厂扩建工程投入运行。", HEAD)
    assert "青溪县第二水厂扩建工程" in projects
