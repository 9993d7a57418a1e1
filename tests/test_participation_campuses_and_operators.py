"""participatesIn on project paragraphs, round 2 (session 40, pt41b), on sentences of real reports:
a hospital's new site named by the hospital, a place or direction and 分院, 新院, 新区, 南区 is a works
the hospital builds (ANNOTATION rule 2, as 院区 and 新校区); the company named after 由 that runs or
builds the works of the clause before, by a registered name whose seat is cut from its trade by more
words than the walk takes ("由三亚凤凰岛国际邮轮发展有限公司负责运营"), or as a group named by the
kind of facility it runs ("由安徽省民航机场集团负责建设运营": a group, not the airport)."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年某市人民政府工作报告"


@pytest.mark.parametrize("sentence, hospital, site", [
    ("北京大学人民医院三亚分院开工建设。", "北京大学人民医院", "北京大学人民医院三亚分院"),  # sanya-2023
    ("大连市儿童医院新院、大连市妇女儿童医疗中心开工建设。", "大连市儿童医院", "大连市儿童医院新院"),  # dalian-2015
    ("完成县人民医院新院、县中医院迁建、长兴中学新校区建设。", "县人民医院", "县人民医院新院"),  # changxing-2012
    ("加快安徽省立医院南区、安徽医科大学第一附属医院高新院区建设。", "安徽省立医院", "安徽省立医院南区"),  # anhui-2019
])
def test_a_hospitals_new_site_named_by_a_place_and_its_kind_is_works_it_builds(tmp_path, sentence, hospital, site):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert site in projects
    assert (hospital, site) in links


def test_the_hospital_of_a_new_district_is_not_cut_at_the_district(tmp_path):
    # luoyang-2020: 新区 is a part of a site, but "新区医院" is the hospital built there
    projects, _, _ = review_graph(tmp_path, "推动洛阳职业技术学院新校区、洛阳市第一人民医院新区医院投入使用。", HEAD)
    assert "洛阳市第一人民医院新区" not in projects


def test_a_registered_name_keeps_its_seat_past_the_walks_count_of_words(tmp_path):
    # sanya-2023: jieba cuts 凤凰|岛, so seven words stand between 由 and 有限公司
    _, orgs, links = review_graph(tmp_path, "凤凰岛国际邮轮港二期开工建设，由三亚凤凰岛国际邮轮发展有限公司负责运营。", HEAD)
    assert "三亚凤凰岛国际邮轮发展有限公司" in orgs
    assert ("三亚凤凰岛国际邮轮发展有限公司", "凤凰岛国际邮轮港二期") in links


def test_a_group_named_by_the_facilities_it_runs_is_a_company_not_a_works(tmp_path):
    # wuhu-2018
    projects, orgs, links = review_graph(tmp_path, "芜宣机场开工建设，由安徽省民航机场集团负责建设运营。", HEAD)
    assert "安徽省民航机场集团" in orgs and "安徽省民航机场" not in projects
    assert ("安徽省民航机场集团", "芜宣机场") in links


@pytest.mark.parametrize("sentence, college, cut", [
    ("安徽师范大学花津校区二期、安徽工程大学科研楼建成使用。", "安徽工程大学", "大学"),  # wuhu-2018
    ("推进四川工程职业技术学院绵竹分院和绵竹市体育中心建设。", "四川工程职业技术学院", "职业技术学院"),  # mianzhu-2011
])
def test_a_colleges_field_read_as_a_works_head_stays_in_its_name(tmp_path, sentence, college, cut):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert college in orgs
    assert cut not in orgs and not any(org == cut for org, _ in links)
