"""Session 62 (prt): a company's short name cut before the material its works make
(kg.extract.organizations._works_company, _before_material_tail) is read on with what follows the cut,
not with the words after the material: in a list of works, "巨化硅氟新材料" (no 项目 after it) is 巨化's
works of 硅氟新材料, not a company 巨化硅氟新材料 whose industry is 新材料 and which would be the works
itself (no link). Sentence of gansu-2026 (plan part); the whole pipeline runs on it."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_listed_company_before_its_material_works(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "加快推进金川镍钴高品质镍基材料、巨化硅氟新材料、金汇能先进负极材料等重点项目。", HEAD)
    assert "巨化硅氟新材料" in projects, projects
    assert "巨化" in orgs and "巨化硅氟新材料" not in orgs, orgs
    assert ("巨化", "巨化硅氟新材料") in links and ("金汇能", "金汇能先进负极材料") in links, links
