"""participatesIn of a company whose coined trade name (字号: a word no dictionary holds) opens a works
listed beside a company's works, before the product, process or phase of its plant (session 65, prt2;
ANNOTATION rule 8): "某某一体化基地、泰索碳素阳极二期等项目" → 泰索 takes part in 泰索碳素阳极二期, and a
trade in …业 right after the coinage stays in the company's name (华索农业). kg/extract/organizations.py
`_coined_trade_name_before_product`, read by `_mate_works_after_trade_name` (the list-mates rule
`_works_companies_of_list_mates`). Sentences written in the genre's wording, and one of the guangdong-2026
sample for the near-miss of a site's short form before a known company."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # the coinage, then the product and the phase, beside a known company's works
    ("巴斯夫一体化基地、泰索碳素阳极二期等项目建成投产。", "泰索", "泰索碳素阳极二期"),
    # the coinage and its trade in …业, a place, then the works
    ("海博思创储能电站、华索农业青河番茄谷等30个项目成功签约。", "华索农业", "华索农业青河番茄谷"),
])
def test_a_coined_trade_name_opening_a_listed_works(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert company in orgs
    assert (company, works) in links


@pytest.mark.parametrize("sentence, works", [
    # the rest is one coined word: the rest of a company's whole name, no company 泰索
    ("海博思创储能电站、泰索协创等项目建成投产。", "泰索协创"),
    # the rest is one other name (a place's): two partners' names joined, no company 泰索
    ("海博思创储能电站、泰索阿美等项目建成投产。", "泰索阿美"),
    # a park the word names, its phase after: a site, no plant of a company 泰索
    ("巴斯夫一体化基地、泰索文化公园二期等项目建成投产。", "泰索文化公园二期"),
])
def test_a_coinage_that_opens_no_company_works(tmp_path, sentence, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert "泰索" not in orgs
    assert not any(w == works for _, w in links)


def test_a_site_short_form_before_a_known_company_is_no_company(tmp_path):
    # the guangdong-2026 sample: 深汕 (the cooperation zone's short form) before 比亚迪, which builds
    sentence = "巴斯夫核心装置、埃克森美孚一期、华润微电子12英寸产线、深汕比亚迪二期等一批重大项目建成投产。"
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert "深汕" not in orgs
    assert ("比亚迪", "深汕比亚迪二期") in links
