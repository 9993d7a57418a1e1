"""Companies named at the head of listed works (ANNOTATION rule 8), session 38 round 2 (pt39): in a
list whose mate opens with a company, the word before a works kind that is a works of its own
("阳光|农光互补") or, when no dictionary knows the word, before the company's base ("捷普|基地") is the
company; and a company whose name opens the first of listed works takes part in the works up to a
list-mate opening with another company's name. Sentences of real reports (巢湖市 2016, 成都市 2014,
扬州市 2020 政府工作报告); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2015年某某市人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # 农光互补 (agri-solar) names a works on its own: after the word, beside 鑫皖's works, it is 阳光's
    ("阳光农光互补、鑫皖生物质发电等项目有序推进。", "阳光", "阳光农光互补"),
    # 捷普 is no word of jieba's dictionary: before 基地, beside 新筑's works, it is the company's base
    ("捷普基地、新筑轨道交通等266个项目进展顺利。", "捷普", "捷普基地"),
])
def test_a_listed_works_beside_a_companys_names_its_company(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects and company in orgs, (projects, orgs)
    assert (company, works) in links, links


@pytest.mark.parametrize("sentence, not_company", [
    ("滩涂渔光互补、鑫皖生物质发电等项目有序推进。", "滩涂"),  # a common noun before the kind: its site, no name
    ("光伏农光互补、鑫皖生物质发电等项目有序推进。", "光伏"),  # an industry word: the kind, no name
    ("育苗基地、新筑轨道交通等项目进展顺利。", "育苗"),  # a known word before the base: its kind, no company
])
def test_a_kind_of_works_beside_a_companys_names_no_company(tmp_path, sentence, not_company):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert not any(o.startswith(not_company) for o in orgs), orgs


def test_a_company_takes_part_in_listed_works_up_to_another_companys(tmp_path):
    # 中航机载系统共性技术中心 opens with 中航: its works, not 沈飞所's
    _, orgs, links = review_graph(tmp_path, "沈飞所协同创新研究院、中航机载系统共性技术中心等一批重大科创项目成功落地。", HEAD)
    assert "沈飞所" in orgs, orgs
    assert not any(o == "沈飞所" and w.startswith("中航") for o, w in links), links
