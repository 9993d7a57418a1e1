"""participatesIn where a works' name holds its company's trade name, then the product or line of
the company's plant, then the works on that plant (session 26, issue 10): "某信光模块扩产",
"某迈仕生产线扩建", "某盛熔盐技改" (org_works_after_company.txt; kg/extract/genre.py
`_company_before_plant_works`). Seen in a county report of Shanxi (a list of upgraded plants), a
district report of Dalian and a city report of Shandong (a list of finished upgrades). Sentences
written in the genre's phrasing with made-up names; the whole pipeline runs on each. The mend of
session 26 (ma26): the trade name passes only the strict tests (`_plant_trade_name`), and each guard
has a sentence that fails without it."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


def test_the_company_before_its_product_and_the_works_on_its_plant(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "鼎晟光模块扩产、德康仕生产线扩建、并兴熔盐技改等一批技改项目建成投产。", HEAD)
    assert {"鼎晟光模块扩产", "德康仕生产线扩建", "并兴熔盐技改"} <= projects
    assert {("鼎晟", "鼎晟光模块扩产"), ("德康仕", "德康仕生产线扩建"), ("并兴", "并兴熔盐技改")} <= links
    assert not orgs & {"鼎晟光模块", "德康仕生产线", "并兴熔盐"}  # the product is no part of the company's name



# Each sentence fails without one guard of `_company_before_plant_works`: the product's tags (a number
# of a unit or verbs between the name and the works), two known words side by side (common nouns
# that say what the plant makes or serves: the review of session 26 found each made a company and a
# participatesIn link), the strict proper-name test (one common noun jieba knows but rarely meets).
@pytest.mark.parametrize("sentence, stems", [
    ("科迈三号线扩建、旭昇一号窑技改、昊华二号井扩建、浩鑫搬迁新建扩建等项目加快推进。", {"科迈", "旭昇", "昊华", "浩鑫"}),
    ("锅炉燃煤设备技改、生猪屠宰车间扩建、畜禽粪污设施扩建、镇区供水设施扩建等项目建成投产。", {"锅炉燃煤", "生猪屠宰", "畜禽粪污", "镇区供水"}),
    ("窑炉设备技改、粪污设施扩建、尾矿设施扩建等项目建成投产。", {"窑炉", "粪污", "尾矿"}),
], ids=["product_tags", "two_known_words", "strict_name"])
def test_no_company_where_a_guard_refuses(tmp_path, sentence, stems):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert len(projects) == len(stems)  # every works is found, only its company is not
    assert not orgs & stems
    assert not links
