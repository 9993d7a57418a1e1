"""participatesIn of a company whose name the report writes for its works (issue 10, session 28):
the items of a list of works that are companies' names alone ("甲、乙等12个重大产业项目开工建设")
are each a company (alt Project) and the works it builds, and the company takes part in them; a
known company's short name among such items names its works too. Not an institution or an
establishment being built, which is itself the works (ANNOTATION rule 2). Sentences written in the
genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, companies", [
    ("总投资52亿元的华钰新材、鼎盛石化等9个重大产业项目开工建设。", ("华钰新材", "鼎盛石化")),
    ("投资18亿元的湖北恒新、瑞丰纸业等6个项目建成投产。", ("湖北恒新", "瑞丰纸业")),
])
def test_companies_listed_as_works_are_one_thing_linked_to_nothing_of_itself(tmp_path, sentence, companies):
    # the company and the works its name stands for are one thing (a company, alt Project): no
    # relation links an entity to itself
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert set(companies) <= projects and set(companies) <= orgs
    assert not {(c, c) for c in companies} & links


def test_a_known_companys_short_name_among_listed_works_names_its_works(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "总投资20亿元的中粮、宏泰新材料、金岭科技等12个续建项目投产达效。", HEAD)
    assert "中粮" in projects and "中粮" in orgs
    assert ("中粮", "中粮") not in links


@pytest.mark.parametrize("sentence", ["引进京东方、比亚迪等龙头企业。", "推进华能、华电等企业项目。"])
def test_known_companies_in_a_list_of_companies_name_no_works(tmp_path, sentence):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert not {"京东方", "比亚迪", "华能", "华电"} & projects and not links


@pytest.mark.parametrize("sentence", ["国际会展中心落户临川，县人民医院建成投用。", "新建民族医院、县人民医院等项目。"])
def test_an_institution_being_built_takes_no_part_in_itself(tmp_path, sentence):
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(o == p for o, p in links)


def test_a_carmakers_short_name_that_is_a_common_word_opens_its_works(tmp_path):
    # companies_opening_works.txt: 东风 (东风汽车) before more of a works' name; the park's first
    # phase finished is the phase, a works of its own (session 44: only "…园项目一期" names the park,
    # project_park_phase_done.txt, as yixian's gold writes 军民融合雷达产业园; 太行水镇二期 keeps its phase)
    _, orgs, links = review_graph(tmp_path, "东风智能网联汽车产业园一期建成投产。", HEAD)
    assert "东风" in orgs and ("东风", "东风智能网联汽车产业园一期") in links
    _, orgs, links = review_graph(tmp_path, "东风智能网联汽车产业园项目一期建成投产。", HEAD)
    assert "东风" in orgs and ("东风", "东风智能网联汽车产业园") in {(o, p.removesuffix("项目")) for o, p in links}


@pytest.mark.parametrize("sentence", ["东风水库除险加固工程完工，东风路改造完成。", "借东风、乘东风，推进东风大道改造。"])
def test_the_common_word_before_a_facilitys_head_names_no_carmaker(tmp_path, sentence):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert "东风" not in orgs


def test_a_trade_name_before_a_vehicle_battery_names_the_plants_company(tmp_path):
    # industries.txt: 动力电池, 燃料电池 (战略性新兴产业分类) after a trade name in a list of works
    projects, orgs, links = review_graph(tmp_path, "华钰动力电池、恒信氢燃料电池等项目相继建成。", HEAD)
    assert {"华钰", "恒信"} <= orgs
    assert {("华钰", "华钰动力电池"), ("恒信", "恒信氢燃料电池")} <= links


def test_the_battery_industry_alone_names_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "推广氢燃料电池汽车，发展动力电池产业。", HEAD)
    assert not orgs


@pytest.mark.parametrize("sentence, company, plant", [
    ("东风本田三厂建成投产。", "东风本田", "东风本田三厂"),
    ("比亚迪第二工厂开工建设。", "比亚迪", "比亚迪第二工厂"),
])
def test_a_companys_numbered_plant_is_its_works(tmp_path, sentence, company, plant):
    # a joint venture whose first parent's short name is a common word (东风), and a known company,
    # then an ordinal and a plant's head (project_company_plant_heads.txt)
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert plant in projects and company in orgs and (company, plant) in links


def test_a_plant_of_a_kind_is_no_companys(tmp_path):
    projects, _, links = review_graph(tmp_path, "新建污水处理厂，卷烟厂易地技改。", HEAD)
    assert not links


def test_a_joint_ventures_parent_named_elsewhere_takes_no_part_in_its_plant(tmp_path):
    _, _, links = review_graph(tmp_path, "东风智能网联汽车产业园一期建成，东风本田三厂建成投产。", HEAD)
    assert ("东风本田", "东风本田三厂") in links and ("东风", "东风本田三厂") not in links


@pytest.mark.parametrize("sentence, company", [
    ("东风中石化加油站建成投用。", "中石化"),
    ("东风中石油加油站开工建设。", "中石油"),
])
def test_a_common_word_before_a_company_makes_no_joint_venture_without_a_plant(tmp_path, sentence, company):
    # a group's short name that is a common word (东风) names a joint venture with the known company after
    # it only before a plant of theirs ("东风本田三厂"); before any other works it is a word of the name
    # (before: 东风中石化 was read as a company and took part in the works)
    # nor is the common word a company of its own there: the known company after it builds the works
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs and not {"东风" + company, "东风"} & orgs
    assert {o for o, _ in links} == {company}


def test_a_common_word_trade_name_listed_beside_a_companys_works_opens_its_works(tmp_path):
    # 烟台市2019年政府工作报告: 绿叶 is a common word, which alone opens no company's works, but the
    # works beside it in the list opens with a company of the same shape (荣昌制药): list-mates share their kind
    sentence = "推进荣昌制药生物医药产业园、绿叶制药国际医药创新中心等项目建设。"
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert "绿叶制药" in orgs and ("绿叶制药", "绿叶制药国际医药创新中心") in links


def test_a_sector_listed_beside_a_companys_works_names_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "推进荣昌制药生物医药产业园、生物医药创新中心等项目建设。", HEAD)
    assert not {"生物医药", "生物"} & orgs
