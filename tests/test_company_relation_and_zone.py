"""A company's boundaries before its works (issue 10, session 22 qt22): the relation word
(全资子公司, 旗下) or the zone (工业区, 开发区) that stands before a registered name is no part of it,
nor of the works that name opens; 暨, the "and" of an event's title ("集中开工暨…项目开工仪式"),
opens no works' name. Sentences written in the genre's phrasing (names and figures made up)."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2021年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("南岭工业区丰石煤化有限公司年产60万吨焦炭项目建成投产。", "丰石煤化有限公司", "丰石煤化有限公司年产60万吨焦炭项目"),
    ("我县引进宏达集团的全资子公司临川轴承集团有限公司生产基地项目落户。", "临川轴承集团有限公司",
     "临川轴承集团有限公司生产基地项目"),
])
def test_a_relation_or_zone_before_a_registered_name_is_not_part_of_it(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert not any(o.startswith(("工业区", "全资子公司")) or o == "全资子公司" for o in orgs), orgs
    assert works in projects, projects
    assert (company, works) in links, links


def test_a_relation_word_alone_names_no_company(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "宏达集团全资子公司宏达新材料集团有限公司投资建设新材料产业基地。", HEAD)
    assert "全资子公司" not in orgs and "宏达新材料集团有限公司" in orgs, orgs


def test_the_title_conjunction_opens_no_works_name(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "主会场设在园区，全县重大项目集中开工暨金石不锈钢冷轧生产线项目开工仪式举行。", HEAD)
    assert "金石不锈钢冷轧生产线项目" in projects, projects
    assert not any(p.startswith("暨") for p in projects), projects
