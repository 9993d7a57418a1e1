"""participatesIn (issue 10) by classes of the genre, on made-up grammar examples: the school whose branch
a works names (ANNOTATION rule 8), the company opening its works before the city of its site, and the
works a partner builds or develops with the government ("与X合作建设…", "与X合作开发…")."""
from __future__ import annotations

from tests.conftest import review_graph


def test_the_school_whose_branch_is_built_takes_part_in_it(tmp_path):
    # "名校办分校": the parent school, a district's name, then the branch's head; the phase is the branch's
    projects, orgs, links = review_graph(tmp_path, "推进长郡中学雨花学校二期建设。", "长沙市2023年政府工作报告")
    assert "长郡中学" in orgs, orgs
    assert ("长郡中学", "长郡中学雨花学校二期") in links, links


def test_the_branch_school_opened_keeps_its_parent_beside_it(tmp_path):
    # the branch (a body or works of its own) and the parent named inside it are both kept (rule 8)
    projects, orgs, _ = review_graph(tmp_path, "长郡中学雨花学校建成招生。", "长沙市2023年政府工作报告")
    assert "长郡中学" in orgs, orgs
    assert "长郡中学雨花学校" in orgs | projects, (orgs, projects)


def test_a_trade_name_tagged_as_an_adjective_opens_its_works_before_the_city(tmp_path):
    # jieba tags 豪迈 an adjective: with the company's trade after it and the city of the site, a company
    projects, orgs, links = review_graph(tmp_path, "豪迈科技潍坊工业园三期建成投产。", "山东省2023年政府工作报告")
    assert "豪迈科技" in orgs, orgs
    assert ("豪迈科技", "豪迈科技潍坊工业园三期") in links, links


def test_a_common_word_before_the_city_is_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "绿色科技潍坊产业园开工建设。", "山东省2023年政府工作报告")
    assert not {"绿色", "绿色科技"} & orgs, orgs


def test_the_size_after_a_partners_works_is_no_part_of_its_name(tmp_path):
    projects, _, links = review_graph(tmp_path, "与中粮集团合作建设优质水稻种植基地3万亩。", "某县2023年政府工作报告")
    assert "优质水稻种植基地" in projects, projects
    assert ("中粮集团", "优质水稻种植基地") in links, links


def test_a_tourist_area_developed_with_a_partner_is_its_works(tmp_path):
    # ANNOTATION rule 3: an area developed is a project; the partner develops it
    projects, _, links = review_graph(tmp_path, "与华侨城集团合作开发桃花山生态旅游区。", "某县2023年政府工作报告")
    assert "桃花山生态旅游区" in projects, projects
    assert ("华侨城集团", "桃花山生态旅游区") in links, links


def test_the_plant_named_by_its_place_takes_part_in_its_renewal(tmp_path):
    # an existing plant (rule 2) opening the works that renew or enlarge it; qianjiang-2019's gold links
    # 黔江卷烟厂 to 黔江卷烟厂易地技改 the same way
    projects, orgs, links = review_graph(tmp_path, "推进株洲电厂三期前期工作，岳阳铝厂技改扩能项目建成投产。",
                                         "湖南省2023年政府工作报告")
    assert {"株洲电厂", "岳阳铝厂"} <= orgs, orgs
    assert {("株洲电厂", "株洲电厂三期"), ("岳阳铝厂", "岳阳铝厂技改扩能项目")} <= links, links


def test_a_route_and_its_section_in_a_district_name_no_company(tmp_path):
    # "某某线某区段": the route's section, no company's site
    _, orgs, _ = review_graph(tmp_path, "外环线芙蓉段大修工程、内环线天心段改造工程加快建设。", "长沙市2023年政府工作报告")
    assert not {"外环线", "内环线"} & orgs, orgs


def test_a_national_university_science_park_names_no_university(tmp_path):
    # 国家大学科技园 is a designation: no university named 国家大学
    _, orgs, _ = review_graph(tmp_path, "湘潭国家大学科技园二期建成投用。", "湘潭市2023年政府工作报告")
    assert not any(o.endswith("国家大学") for o in orgs), orgs


def test_a_trade_name_jieba_guesses_a_place_opens_its_works_with_its_trade(tmp_path):
    # jieba tags the unknown 美瑞 ns (a guess; no division bears it): with the trade 家居 after it, the company
    projects, orgs, links = review_graph(tmp_path, "美瑞家居智能制造基地开工建设。", "某市2023年政府工作报告")
    assert "美瑞家居" in orgs, orgs
    assert ("美瑞家居", "美瑞家居智能制造基地") in links, links


def test_a_schools_training_building_is_its_works(tmp_path):
    # rule 2: the building is a works apart from the school, which takes part in it (as 县医院医技综合楼)
    projects, orgs, links = review_graph(tmp_path, "市技工学校实训楼建成投用。", "某县2023年政府工作报告")
    assert "市技工学校实训楼" in projects, projects
    assert ("市技工学校", "市技工学校实训楼") in links, links
