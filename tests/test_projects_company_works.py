"""A company's investment works, so the company can be linked (issues 9 and 10, session 19 qi19):
新 that opens an industry (新材料, 新能源) is no edge of the works' name, a company found by its whole
name and then its plant's capacity before the head names that company's works, a works named by a
company's trade name and 项目 is the company's works (participatesIn), not the company being built.
Sentences written in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def _graph(tmp_path, sentence: str):
    return review_graph(tmp_path, sentence, HEAD)


@pytest.mark.parametrize("sentence, found, cut", [
    ("加快生物医药产业园、新材料产业园等特色园中园建设。", "新材料产业园", "材料产业园"),
    ("全力推进城南绿色新材料产业园项目建设。", "城南绿色新材料产业园项目", "材料产业园项目"),
])
def test_new_opens_the_industry_not_the_works(tmp_path, sentence, found, cut):
    projects, _, _ = _graph(tmp_path, sentence)
    assert found in projects and cut not in projects, projects


@pytest.mark.parametrize("sentence, company, works", [
    ("在临川宏远新能源电力有限公司100兆瓦光伏发电项目现场,施工人员正在安装组件。",
     "临川宏远新能源电力有限公司", "临川宏远新能源电力有限公司100兆瓦光伏发电项目"),
    ("江西宏达精密工业有限公司年产5万吨汽车连接器端子项目进展顺利。",
     "江西宏达精密工业有限公司", "江西宏达精密工业有限公司年产5万吨汽车连接器端子项目"),
    # session 21 (qm21): a registered name (有限公司) then the works' own words before 项目, no capacity
    ("三个重大项目分别是总投资20亿元的江西临川新材料有限公司智能温控阀门工厂项目和临川物流园。",
     "江西临川新材料有限公司", "江西临川新材料有限公司智能温控阀门工厂项目"),
    ("其中临川宏远新能源电力有限公司高端铜箔生产基地项目为市重点项目。",
     "临川宏远新能源电力有限公司", "临川宏远新能源电力有限公司高端铜箔生产基地项目"),
    # session 23 (qc23): a company's short name (trade name and trade: 科技) opening its works, its product
    # before the head, in a sentence with no build word (a list of examples, a visit)
    ("其中包括临川宏达科技高强度差别化涤纶纤维项目、江城云港等典型示范项目。",
     "临川宏达科技", "临川宏达科技高强度差别化涤纶纤维项目"),
    ("与会人员先后来到高新区的宏达科技高分子医疗器械产业园及城东街道的星辰精密机械有限公司。",
     "宏达科技", "宏达科技高分子医疗器械产业园"),
])
def test_a_company_and_its_plants_capacity_name_its_works(tmp_path, sentence, company, works):
    projects, orgs, links = _graph(tmp_path, sentence)
    assert works in projects and company in orgs, (projects, orgs)
    assert (company, works) in links


def test_a_company_alone_before_a_place_is_no_works(tmp_path):
    # the company's whole name with no capacity after it stays a company, the sentence builds nothing
    projects, orgs, _ = _graph(tmp_path, "临川宏远新能源电力有限公司在县城设立营销中心现场办公点。")
    assert "临川宏远新能源电力有限公司" in orgs
    assert not any(p.startswith("临川宏远新能源电力有限公司") for p in projects), projects


def test_a_companys_trade_name_and_xiangmu_are_its_works(tmp_path):
    # the city before the trade name is where the works stand; the company closes the name before 项目
    projects, orgs, links = _graph(tmp_path, "抚州华泰纸业项目开工建设。")
    assert "抚州华泰纸业项目" in projects and "华泰纸业" in orgs, (projects, orgs)
    assert ("华泰纸业", "抚州华泰纸业项目") in links


def test_signing_an_agreement_with_no_works_head_names_no_works(tmp_path):
    projects, _, _ = _graph(tmp_path, "与临川宏远新能源电力有限公司签订战略合作协议。")
    assert not projects, projects


def test_a_registered_company_then_too_short_a_works_is_no_works(tmp_path):
    # "技改项目" after the company is a kind of project, not the name of one (PROJECT_LIMITS.company_works_min)
    projects, orgs, links = _graph(tmp_path, "临川宏远新能源电力有限公司技改项目进展顺利。")
    assert "临川宏远新能源电力有限公司" in orgs
    assert "临川宏远新能源电力有限公司技改项目" not in projects, projects



@pytest.mark.parametrize("sentence", [
    "宏达科技董事长一行考察产业园。",
    "宏达科技党委书记率队调研物流园。",
    "宏达科技总经理陪同考察团参观智能工厂。",
])
def test_people_and_a_visit_after_a_company_name_no_works(tmp_path, sentence):
    # session 23 (my23): the words between a company's short name and a head must be its product, not
    # an office (place_person_titles*.txt) or a visit (place_visit_words.tsv): no works "宏达科技董事长…"
    projects, _, _ = _graph(tmp_path, sentence)
    assert not any(p.startswith("宏达科技") for p in projects), projects
