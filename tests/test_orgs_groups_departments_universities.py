"""Organizations and participatesIn on reports of provinces the samples do not cover (session 19,
issue 9/10): a group whose trade name is one rare proper word of the sentence, companies listed
before 等 and a kind of enterprise by ownership (央企, 国企, 民企: org_company_kinds.txt), a city's or
county's department named with its division, and a university named after the divisions and zones
it stands in. Sentences written in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links  # one report of the sentence: orgs, links

HEAD = "2024年临川县人民政府工作报告"


def test_companies_listed_before_a_kind_of_enterprise_by_ownership(tmp_path):
    # "等一批民企": the items are the companies (before, only 等…企业/公司 closed such a list)
    orgs, _ = review_orgs_and_links(tmp_path, "引进南钢智造、盛虹新材等一批民企。", HEAD)
    assert {"南钢智造", "盛虹新材"} <= orgs


def test_a_list_of_kinds_closed_by_an_ownership_word_names_no_company(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "推动长三角、珠三角等地区一批国企来我县投资。", HEAD)
    assert not {"长三角", "珠三角"} & orgs


def test_a_common_word_before_a_group_names_a_kind(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "推动龙头集团做大做强，支持企业集团兼并重组。", HEAD)
    assert not {"龙头集团", "企业集团"} & orgs


@pytest.mark.parametrize("sentence, department", [
    ("成都市经信局、苏州市发改委牵头推进。", "成都市经信局"),
    ("南京市经信委牵头组织项目集中签约。", "南京市经信委"),
])
def test_a_department_named_with_its_city(tmp_path, sentence, department):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert department in orgs


def test_a_city_body_is_still_a_body_not_a_department(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "在重庆市政府和重庆市人大常委会的支持下推进。", HEAD)
    assert "重庆市政府" in orgs or "市政府" in orgs
    assert not any(o.endswith("常委") for o in orgs)


@pytest.mark.parametrize("sentence, university, wrong", [
    ("加快南京市江宁区河海大学科技园建设。", "河海大学", "南京市江宁区河海大学"),
    ("支持重庆市沙坪坝区重庆大学新校区建设。", "重庆大学", "重庆市沙坪坝区重庆大学"),
    # a university town (大学城) is where it stands too; 州 of 贵州 (贵州省) and 杭州 (杭州市) is a
    # character of the name, not a division's level: the name is not cut after it
    ("建成花溪大学城贵州师范大学新校区。", "贵州师范大学", "师范大学"),
    ("加快杭州师范大学仓前校区建设。", "杭州师范大学", "师范大学"),
])
def test_a_university_is_named_without_the_district_it_stands_in(tmp_path, sentence, university, wrong):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert university in orgs and wrong not in orgs


def test_a_university_whose_own_name_is_common_words_keeps_its_districts(tmp_path):
    # 西南交通 names nothing on its own: the stem is not cut after the city alone either
    orgs, _ = review_orgs_and_links(tmp_path, "支持成都市郫都区西南交通大学新校区建设。", HEAD)
    assert "郫都区西南交通大学" not in orgs


def test_a_district_old_peoples_university_is_no_named_one(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "建成临川县老年大学新校区。", HEAD)
    assert "老年大学" not in orgs


def test_a_university_in_preparation_is_built_not_a_party_to_its_works(tmp_path):
    # ANNOTATION rule 2: the works of an institution being set up ("(筹)") are the institution itself
    orgs, links = review_orgs_and_links(tmp_path, "加快福州市福耀科技大学(筹)项目建设。", HEAD)
    assert "福耀科技大学" in orgs
    assert not any(o == "福耀科技大学" for o, _ in links)


def test_a_group_whose_trade_name_is_a_rare_proper_word_of_the_sentence(tmp_path):
    # 万江 is one word of the sentence (a rare place word, ns), though cut alone it falls apart (万|江)
    orgs, _ = review_orgs_and_links(tmp_path, "今年与万江集团牵手合作，共建纺织产业园。", HEAD)
    assert "万江集团" in orgs
