"""Project recall on whole district reports (session 68, helper prj): a school, hospital, museum or home
listed among works labelled 项目 or 工程 ("三中分校、桃李中学等公共服务项目前期工作进展顺利", hailar-2016;
"投资9600万元实施的向阳幼儿园等6个项目全部完工", hailar-2015) is being built: a project with alt_types
Organization (ANNOTATION rule 2), as every gold writes such items. Other bodies listed so stay
organizations only."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

HEAD = "2016年海拉尔区人民政府工作报告"


def test_schools_listed_as_projects_being_prepared_are_projects(tmp_path):
    # hailar-2016 (the review of 2011-2015): the schools' works are prepared, the list is labelled 项目
    projects, orgs, _ = review_graph(
        tmp_path, "投资3.4亿元的自治区冰上运动训练中心项目成功落地，三中分校、桃李中学等公共服务项目前期工作进展顺利。", HEAD)
    assert_found(projects, {"三中分校", "桃李中学"}, set())


def test_a_kindergarten_counted_among_finished_projects_is_a_project(tmp_path):
    # hailar-2015
    projects, _, _ = review_graph(tmp_path, "教育基础设施投入不断加大，投资9600万元实施的向阳幼儿园等6个项目全部完工。", HEAD)
    assert_found(projects, {"向阳幼儿园"}, set())


def test_a_party_school_listed_among_projects_stays_an_organization(tmp_path):
    # written in the genre: 党校 is no kind of institution built as a works (institution_kinds.txt)
    projects, orgs, _ = review_graph(tmp_path, "区委党校、桃李中学等项目前期工作进展顺利。", HEAD)
    assert_found(projects, {"桃李中学"}, {"区委党校"})
