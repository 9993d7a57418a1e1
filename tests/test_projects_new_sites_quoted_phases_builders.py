"""A body's new hall, site or plant named whole ("某区政务服务中心新大厅建成投用"), a quoted works'
name and the phase after its closing quote ("“雪亮工程”二期"), and an institution that builds other
works read as their builder, not as works ("某某学院与某某公司合作建设的…中心"). Invented sentences in
the genre's phrasing (ANNOTATION rules 2 and 8)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_mentions, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence, "县政府工作报告"), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    ("青山区政务服务中心新大厅建成投用。", {"青山区政务服务中心新大厅"}, {"青山区政务服务中心"}),
    ("建设东湖市疾病预防控制中心新址。", {"东湖市疾病预防控制中心新址"}, {"东湖市疾病预防控制中心"}),
    ("远帆制药新厂区建成投产。", {"远帆制药新厂区"}, set()),
    ("建成东湖市行政服务中心新大楼。", {"东湖市行政服务中心新大楼"}, {"东湖市行政服务中心"}),
])
def test_new_site_of_a_body_is_the_works_named_whole(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_new_site_not_built_is_no_works(tmp_path):
    got = projects(tmp_path, "东湖市行政服务中心新大楼位于城东。", "县政府工作报告")
    assert "东湖市行政服务中心新大楼" not in got, got


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进“雪亮工程”二期建设。", {"雪亮工程二期"}, {"雪亮工程"}),
    ("县公安局指挥中心、“天网工程”三期建成投用。", {"天网工程三期"}, {"天网工程"}),
])
def test_phase_after_a_quoted_works_name_is_part_of_it(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,builder", [
    ("东湖农业科学院与远帆集团合作建设的现代农业示范园开园。", "东湖农业科学院"),
    ("南岭理工大学汽车工程学院与远帆电机有限公司合作建设的电机工程技术研究中心建成运行。", "南岭理工大学汽车工程学院"),
    ("支持南岭理工大学、东湖印刷学院建设高水平特色大学。", "东湖印刷学院"),
])
def test_institution_that_builds_other_works_is_no_works(tmp_path, sentence, builder):
    got = projects(tmp_path, sentence, "县政府工作报告")
    assert builder not in got, got


def test_institution_built_stays_a_works(tmp_path):
    check(tmp_path, "东湖印刷学院新校区建成投用。", {"东湖印刷学院新校区"}, set())


@pytest.mark.parametrize("sentence,inside", [
    ("成功举办第二届中国（南岭）科技城科技博览会。", "科技城"),
    ("成功举办第七届南岭科技城国际马拉松赛。", "科技城"),
])
def test_event_opened_by_a_session_names_no_works_nor_place_with_it(tmp_path, sentence, inside):
    got = {(m.type, m.text) for m in review_mentions(tmp_path, sentence, "县政府工作报告")
           if m.type in ("Project", "Place")}
    assert not any(inside in text and text.startswith("第") for _, text in got), got


@pytest.mark.parametrize("sentence,found", [
    ("东湖空港保税物流中心（B型）封关运行。", {"东湖空港保税物流中心(B型)"}),
    ("推进东湖医科大学附属第二医院北岸院区（空港院区）、县人民医院二期建设。", {"东湖医科大学附属第二医院北岸院区(空港院区)"}),
])
def test_bracketed_kind_or_other_name_of_a_site_is_part_of_its_name(tmp_path, sentence, found):
    check(tmp_path, sentence, found, set())


def test_bracketed_zone_opening_the_name_of_its_area_is_no_works_of_its_own(tmp_path):
    check(tmp_path, "推进中国（福建）自由贸易试验区厦门片区高质量发展。", set(), {"中国(福建)自由贸易试验区"})
    check(tmp_path, "加快中国（福建）自由贸易试验区建设。", {"中国(福建)自由贸易试验区"}, set())


def test_two_places_joined_by_a_dash_open_one_works_name(tmp_path):
    check(tmp_path, "实施牛首山—祖堂山生态修复工程。", {"牛首山—祖堂山生态修复工程"}, {"祖堂山生态修复工程"})
