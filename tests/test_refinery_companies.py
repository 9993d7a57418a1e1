"""Session 61 (org): the refining and petrochemical companies of 中国石化 and 中国石油 and the largest
private refineries by the short names the reports use (companies.txt: 燕山石化, 齐鲁石化, 上海石化,
石炼化 for 石家庄炼化): the company, and the works whose name it opens. A list-mate of such a company
that ends in a works' head ("伊阿铁路") is a works, no company. Sentences of beijing-2026,
shandong-2026-review, hebei-2026 and xinjiang-2026-review; the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_refinery_named_alone(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "疏解提质一般制造业企业80家，推动燕山石化高质量转型发展。", HEAD)
    assert "燕山石化" in orgs


def test_refinery_opening_listed_works(tmp_path):
    _, orgs, links = review_graph(
        tmp_path, "重点行业结构调整提标推进，齐鲁石化鲁油鲁炼、玖德化学新材料等重大项目有序实施。", HEAD)
    assert "齐鲁石化" in orgs
    assert ("齐鲁石化", "齐鲁石化鲁油鲁炼") in links


def test_refinery_short_form(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "推进石炼化绿色转型等产业项目。", HEAD)
    assert "石家庄炼化" in orgs or "石炼化" in orgs
    assert "石炼化绿色转型" in projects
    assert any(o in ("石家庄炼化", "石炼化") and p == "石炼化绿色转型" for o, p in links)


def test_route_beside_a_refinery_is_no_company(tmp_path):
    _, orgs, _ = review_graph(
        tmp_path, "独库高速、伊阿铁路、塔河炼化一体化等179个重大项目开工。", HEAD)
    assert "塔河炼化" in orgs
    assert "伊阿铁路" not in orgs


def test_place_sector_is_no_refinery(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "做实绿色石化科创中心，推动现代石化产业集群发展。", HEAD)
    assert not any(o.endswith("石化") for o in orgs)
