"""participatesIn where a works' name holds its company's trade name, then the product or line of
the company's plant, then the works on that plant (session 26, issue 10): "某信光模块扩产",
"某迈仕生产线扩建", "某盛熔盐技改" (org_works_after_company.txt; kg/extract/genre.py
`_company_before_plant_works`). Seen in a county report of Shanxi (a list of upgraded plants), a
district report of Dalian and a city report of Shandong (a list of finished upgrades). Sentences
written in the genre's phrasing with made-up names; the whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_the_company_before_its_product_and_the_works_on_its_plant(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "鼎晟光模块扩产、德康仕生产线扩建、并兴熔盐技改等一批技改项目建成投产。", HEAD)
    assert {"鼎晟光模块扩产", "德康仕生产线扩建", "并兴熔盐技改"} <= projects
    assert {("鼎晟", "鼎晟光模块扩产"), ("德康仕", "德康仕生产线扩建"), ("并兴", "并兴熔盐技改")} <= links
    assert not orgs & {"鼎晟光模块", "德康仕生产线", "并兴熔盐"}  # the product is no part of the company's name


def test_no_company_before_a_facility_a_phase_or_common_words(tmp_path):
    # the works on a reservoir, an airport or a hospital are the facility's own (a works head or a
    # phase between), and common words open no trade name
    projects, orgs, links = review_graph(
        tmp_path, "石门坎水库扩建工程、东郊机场三期改扩建、县医院迁建、老旧设备升级改造加快推进。", HEAD)
    assert not orgs & {"石门坎", "东郊", "老旧"}
    assert not {o for o, _ in links} & {"石门坎", "东郊", "老旧"}


def test_no_company_from_two_common_nouns_before_the_plant(tmp_path):
    # two words jieba knows side by side say what the plant makes or serves (fuel, livestock, manure,
    # a town's water): no trade name, however rare the pair is as a whole (the review of session 26
    # found each of these made a company and a participatesIn link)
    projects, orgs, links = review_graph(
        tmp_path, "锅炉燃煤设备技改、生猪屠宰车间扩建、畜禽粪污设施扩建、镇区供水设施扩建等项目建成投产。", HEAD)
    assert {"锅炉燃煤设备技改", "生猪屠宰车间扩建", "畜禽粪污设施扩建", "镇区供水设施扩建"} <= projects
    assert not orgs & {"锅炉燃煤", "生猪屠宰", "畜禽粪污", "镇区供水"}
    assert not links
