"""Project names on unseen city, county and district reports of the south-west (issue 9, session 20):
a stage jieba reads as one abbreviation (建成投产) opens a list of works but is no part of its first
name; a capacity before a product's code names one plant in a list of projects ("180万吨PET"); a
historic quarter a city restores (…传统风貌区, …老街区) is a works, and so are an urban interchange
(…立交) and its ramp (…匝道). Sentences written in the genre's phrasing; each test can fail on the
rule it names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


def check(tmp_path, sentence, found, not_found, title="县人民政府工作报告"):
    assert_found(projects(tmp_path, sentence, title), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # 建成投产 (one token, tagged j) before the first item: the item is the name after it
    ("引进落地产业项目12个,建成投产宏远摩托、凤翔股份生活用纸、绿之源节能环保等项目,新增产值9亿元。",
     {"宏远摩托", "凤翔股份生活用纸", "绿之源节能环保"}, {"建成投产宏远摩托"}),
    # the same stage after the works is no part of the name either
    ("宏远股份高端纸业项目建成投产,年产值达5亿元。", {"宏远股份高端纸业项目"}, {"宏远股份高端纸业项目建成投产"}),
])
def test_a_fused_stage_before_a_list_opens_no_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a capacity before a product's code is one plant, like a capacity before words
    ("力争120万吨PVC、碳四深加工、乙烯焦油等6个项目年内开工。", {"120万吨PVC", "碳四深加工"}, set()),
    ("推动30万吨ABS、年产5万吨环氧树脂等4个石化项目建成投产。", {"30万吨ABS"}, set()),
    # a capacity before too short a code is no plant's name
    ("力争120万吨P、碳四深加工等6个项目年内开工。", set(), {"120万吨P"}),
])
def test_a_capacity_before_a_product_code_names_a_plant(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found, title="市人民政府工作报告")


@pytest.mark.parametrize("sentence,found,not_found", [
    # a quarter restored and opened is a works, named whole
    ("基本建成白塔街传统风貌区,加快建设燕子岩码头老街区。",
     {"白塔街传统风貌区", "燕子岩码头老街区"}, {"白塔街"}),
    # 老街区 alone is a kind of area, not one works
    ("推进老街区改造,完成老旧小区提升12个。", set(), {"老街区改造", "老街区"}),
])
def test_a_historic_quarter_is_a_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found, title="区人民政府工作报告")


@pytest.mark.parametrize("sentence,found,not_found", [
    # an interchange is a works of its own, not joined to the next item of the list
    ("建成石门立交、滨江路二期工程。", {"石门立交", "滨江路二期工程"}, {"石门立交、滨江路二期工程"}),
    # a ramp named by the hub it serves, built
    ("金竹湾公交枢纽匝道建成通车。", {"金竹湾公交枢纽匝道"}, set()),
    # counted ramps and interchanges are a kind, not one works
    ("新建匝道2条,改造立交3座。", set(), {"匝道", "立交"}),
])
def test_an_interchange_and_its_ramp_are_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found, title="区人民政府工作报告")
