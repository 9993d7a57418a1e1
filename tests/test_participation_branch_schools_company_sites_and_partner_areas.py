"""participatesIn (issue 10) by classes of the genre, on made-up grammar examples: the school whose branch
a works names (ANNOTATION rule 8), the company opening its works before the city of its site, the plant
renewed, an institution's building, and the works a partner builds or develops with the government
("与X合作建设…", "与X合作开发…")."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

# (report's title, sentence, organization, works it takes part in)
LINKED = [
    # "名校办分校": the parent school, a district's name, then the branch's head; the phase is the branch's
    ("长沙市2023年政府工作报告", "推进长郡中学雨花学校二期建设。", "长郡中学", "长郡中学雨花学校二期"),
    # jieba tags 豪迈 an adjective: with the company's trade after it and the city of the site, a company
    ("山东省2023年政府工作报告", "豪迈科技潍坊工业园三期建成投产。", "豪迈科技", "豪迈科技潍坊工业园三期"),
    # jieba tags the unknown 美瑞 ns (a guess; no division bears it): with the trade 家居 after it, the company
    ("某市2023年政府工作报告", "美瑞家居智能制造基地开工建设。", "美瑞家居", "美瑞家居智能制造基地"),
    # the size closing the clause measures the partner's works and is no part of its name
    ("某县2023年政府工作报告", "与中粮集团合作建设优质水稻种植基地3万亩。", "中粮集团", "优质水稻种植基地"),
    # ANNOTATION rule 3: a tourist area developed is a project; the partner develops it
    ("某县2023年政府工作报告", "与华侨城集团合作开发桃花山生态旅游区。", "华侨城集团", "桃花山生态旅游区"),
    # an existing plant (rule 2) opening the works that renew or enlarge it (as qianjiang-2019's gold links
    # 黔江卷烟厂 to 黔江卷烟厂易地技改)
    ("湖南省2023年政府工作报告", "推进株洲电厂三期前期工作。", "株洲电厂", "株洲电厂三期"),
    ("湖南省2023年政府工作报告", "岳阳铝厂技改扩能项目建成投产。", "岳阳铝厂", "岳阳铝厂技改扩能项目"),
    # a group's short name, a rare proper word and the city of the plant: the group's subsidiary builds it
    ("湖南省2023年政府工作报告", "北汽华瑞株洲基地建成投产。", "北汽华瑞", "北汽华瑞株洲基地"),
    # rule 2: the building is a works apart from the school, which takes part in it (as 县医院医技综合楼)
    ("某县2023年政府工作报告", "市技工学校实训楼建成投用。", "市技工学校", "市技工学校实训楼"),
]


@pytest.mark.parametrize("title, sentence, org, works", LINKED)
def test_the_organization_takes_part_in_the_works(tmp_path, title, sentence, org, works):
    projects, orgs, links = review_graph(tmp_path, sentence, title)
    assert org in orgs, orgs
    assert works in projects, projects
    assert (org, works) in links, links


def test_the_branch_school_opened_keeps_its_parent_beside_it(tmp_path):
    # the branch (a body or works of its own) and the parent named inside it are both kept (rule 8)
    projects, orgs, _ = review_graph(tmp_path, "长郡中学雨花学校建成招生。", "长沙市2023年政府工作报告")
    assert "长郡中学" in orgs, orgs
    assert "长郡中学雨花学校" in orgs | projects, (orgs, projects)


@pytest.mark.parametrize("title, sentence, not_orgs", [
    # a common word before the city is no trade name
    ("山东省2023年政府工作报告", "绿色科技潍坊产业园开工建设。", {"绿色", "绿色科技"}),
    # "某某线某区段": the route's section in a district, no company's site
    ("长沙市2023年政府工作报告", "外环线芙蓉段大修工程、内环线天心段改造工程加快建设。", {"外环线", "内环线"}),
    # 国家大学科技园 is a designation: no university named 国家大学
    ("湘潭市2023年政府工作报告", "湘潭国家大学科技园二期建成投用。", {"湘潭国家大学", "国家大学"}),
    # 普惠性 (publicly subsidised) makes a kind of kindergarten, no body
    ("某县2023年政府工作报告", "普惠性幼儿园占比提高到85%。", {"普惠性幼儿园"}),
])
def test_no_organization_is_read(tmp_path, title, sentence, not_orgs):
    _, orgs, _ = review_graph(tmp_path, sentence, title)
    assert not not_orgs & orgs, orgs
