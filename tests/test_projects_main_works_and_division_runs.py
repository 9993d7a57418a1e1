"""Project boundaries: a works' main structure (主体工程) is named as works of its own (session 60: the
design texts' gold; a railway's preparation, 前期工程, stays a stage of it: project_works_stages.txt), and the divisions written in full that open a works with a proper name of its own say
where the works is, whichever rule reads the name: a two-character county of the report's province
("某县"), the preparation rule ("推进…前期工作") and the rule of listed facilities ("…建成通车") begin the
name where the name rules do (`projects.named_after_divisions`; ANNOTATION: the shortest span that names
the thing, a place inside or before it linked to it). Invented sentences in the genre."""
from __future__ import annotations

from tests.conftest import assert_found, review_located, review_projects


def test_the_main_works_of_a_named_facility_are_works_of_their_own(tmp_path):
    # the design texts' gold: "长赣高铁主体工程", "双堠水库主体工程"; so is a building named by its main
    # works (the samples' gold: "…住院综合楼主体工程", "…航站楼主体工程"); a railway's preparation stays a stage
    sentence = "澄江跨海大桥主体工程基本完成，青禾水库、柳湾水库主体工程完工。"
    got = review_projects(tmp_path, sentence, "临江市政府工作报告")
    assert_found(got, {"澄江跨海大桥主体工程", "柳湾水库主体工程"}, {"澄江跨海大桥"})
    got = review_projects(tmp_path, "完工青禾医院住院综合楼主体工程，完成机场改扩建二期航站楼主体工程。开工建设澄江铁路前期工程。",
                          "临江县政府工作报告")
    assert_found(got, {"青禾医院住院综合楼主体工程", "机场改扩建二期航站楼主体工程", "澄江铁路"}, {"澄江铁路前期工程"})


def test_a_two_character_county_of_the_province_opens_no_named_reservoir(tmp_path):
    # 滑县 is a county of Henan: in a report of a Henan city it is written in full (not a short form)
    sentence, head = "开工建设滑县落鸣水库。", "安阳市政府工作报告"
    assert_found(review_projects(tmp_path, sentence, head), {"落鸣水库"}, {"滑县落鸣水库"})
    assert ("落鸣水库", "滑县") in review_located(tmp_path, sentence, head)


def test_the_preparation_of_a_works_does_not_read_its_name_over_the_county(tmp_path):
    sentence, head = "推进睢宁县柳湾水库前期工作。", "徐州市政府工作报告"
    assert_found(review_projects(tmp_path, sentence, head), {"柳湾水库"}, {"睢宁县柳湾水库"})
    assert ("柳湾水库", "睢宁县") in review_located(tmp_path, sentence, head)


def test_listed_roads_opened_begin_after_their_districts(tmp_path):
    sentence, head = "鼓楼区澄江路、贾汪区青禾大道建成通车。", "徐州市政府工作报告"
    assert_found(review_projects(tmp_path, sentence, head), {"澄江路", "青禾大道"}, {"鼓楼区澄江路"})
    assert {("澄江路", "鼓楼区"), ("青禾大道", "贾汪区")} <= review_located(tmp_path, sentence, head)


def test_listed_zones_built_begin_after_their_counties(tmp_path):
    sentence, head = "推进贾汪区落鸣工业园、鼓楼区柳湾科技园建设。", "徐州市政府工作报告"
    assert_found(review_projects(tmp_path, sentence, head), {"落鸣工业园", "柳湾科技园"}, {"鼓楼区柳湾科技园"})
    assert ("柳湾科技园", "鼓楼区") in review_located(tmp_path, sentence, head)
