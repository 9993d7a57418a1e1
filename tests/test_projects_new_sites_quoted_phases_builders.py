"""A body's new hall, site or plant named whole ("某区政务服务中心新大厅正式启用"), a quoted works'
name and the phase after its closing quote ("“清水入城工程”三期"), an institution that builds other
works read as their builder, not as works ("某某学院与某某公司合作建设的…基地"), a bracket saying which
part or kind of a site, an event's session, a national zone opening its area's name, and two places
joined by a dash opening a works' name. Invented sentences in the genre's phrasing (ANNOTATION rules
2, 8, 11)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_mentions, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence, "县政府工作报告"), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    ("东湖市政务服务中心新大厅正式启用。", {"东湖市政务服务中心新大厅"}, {"东湖市政务服务中心"}),
    ("东湖市疾病预防控制中心新址开工建设。", {"东湖市疾病预防控制中心新址"}, {"东湖市疾病预防控制中心"}),
    ("远帆制药新厂区竣工投产。", {"远帆制药新厂区"}, set()),
    ("东湖市行政服务中心新大楼主体完工。", {"东湖市行政服务中心新大楼"}, {"东湖市行政服务中心"}),
])
def test_new_site_of_a_body_is_the_works_named_whole(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_new_site_not_built_is_no_works(tmp_path):
    got = projects(tmp_path, "东湖市行政服务中心新大楼位于城东。", "县政府工作报告")
    assert "东湖市行政服务中心新大楼" not in got, got


@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快“清水入城工程”三期建设。", {"清水入城工程三期"}, {"清水入城工程"}),
    ("县应急指挥中心、“智慧水务工程”二期竣工投用。", {"智慧水务工程二期"}, {"智慧水务工程"}),
])
def test_phase_after_a_quoted_works_name_is_part_of_it(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,builder", [
    ("东湖农业科学院与远帆集团合作建设的种业创新中心投入运营。", "东湖农业科学院"),
    ("南岭理工大学材料学院与远帆新材料有限公司合作建设的复合材料中试基地建成。", "南岭理工大学材料学院"),
    ("支持南岭理工大学、东湖师范学院建设一流学科。", "东湖师范学院"),
])
def test_institution_that_builds_other_works_is_no_works(tmp_path, sentence, builder):
    got = projects(tmp_path, sentence, "县政府工作报告")
    assert builder not in got, got


def test_institution_built_stays_a_works(tmp_path):
    check(tmp_path, "东湖师范学院新校区建成投用。", {"东湖师范学院新校区"}, set())


@pytest.mark.parametrize("sentence,inside", [
    ("圆满举办第三届中国（南岭）科技城创新博览会。", "科技城"),
    ("举办第五届南岭科技城半程马拉松赛。", "科技城"),
])
def test_event_opened_by_a_session_names_no_works_nor_place_with_it(tmp_path, sentence, inside):
    got = {(m.type, m.text) for m in review_mentions(tmp_path, sentence, "县政府工作报告")
           if m.type in ("Project", "Place")}
    assert not any(inside in text and text.startswith("第") for _, text in got), got


@pytest.mark.parametrize("sentence,found", [
    ("东湖综合保税物流中心（B型）建成运营。", {"东湖综合保税物流中心(B型)"}),
    ("南岭市中医院城东院区（新城院区）开工建设。", {"南岭市中医院城东院区(新城院区)"}),
])
def test_bracketed_kind_or_other_name_of_a_site_is_part_of_its_name(tmp_path, sentence, found):
    check(tmp_path, sentence, found, set())


def test_bracketed_zone_opening_the_name_of_its_area_is_no_works_of_its_own(tmp_path):
    check(tmp_path, "中国（福建）自由贸易试验区福州片区挂牌运行。", set(), {"中国(福建)自由贸易试验区"})
    check(tmp_path, "加快中国（福建）自由贸易试验区建设。", {"中国(福建)自由贸易试验区"}, set())


def test_two_places_joined_by_a_dash_open_one_works_name(tmp_path):
    check(tmp_path, "实施青龙山—凤凰山生态修复工程。", {"青龙山—凤凰山生态修复工程"}, {"凤凰山生态修复工程"})


def test_phase_after_the_label_of_works_a_company_builds_is_part_of_the_name(tmp_path):
    check(tmp_path, "东湖县与远帆集团合作建设的万头肉牛养殖项目二期竣工。", {"万头肉牛养殖项目二期"}, {"万头肉牛养殖项目"})
