"""Two boundaries of works' names (kg.extract.projects):

- ports or facilities listed after 与 as the partners of a cooperation ("深化与甲港、乙港的港航合作",
  "推动本港与甲港、乙港开通新航线", "与甲港深化合作") are no works the report builds (`_listed_partner`);
- two fields or actions joined by 与 before a works' head are one name ("某某大学科技与艺术学院新校区",
  "某某灌区续建配套与节水改造工程", "某某古城保护与利用工程"), not the part after 与 alone; not where
  what stands before 与 is a partner's or a place's own name, nor a discipline ending in 工程 ("海洋科学与
  工程") (`_back_over_joined_fields`).

Sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects

TITLE = "2020年青禾市人民政府工作报告"


def test_ports_listed_as_partners_are_no_works(tmp_path):
    projects = review_projects(tmp_path, "深化与澄江港、白鹭港的港航合作，推动青禾保税港区与东岭港深化合作。", TITLE)
    assert not {"澄江港", "白鹭港", "东岭港"} & projects, projects


def test_ports_a_route_is_opened_with_are_no_works(tmp_path):
    projects = review_projects(tmp_path, "推动青禾港与东岭港、西岭港开通新航线3条。", TITLE)
    assert not {"东岭港", "西岭港"} & projects, projects


def test_a_port_built_with_a_partner_stays_a_works(tmp_path):
    projects = review_projects(tmp_path, "与澄江集团合作建设青禾港二期。", TITLE)
    assert "青禾港二期" in projects, projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("青禾理工大学科技与艺术学院新校区开工建设，开工建设青禾灌区续建配套与节水改造工程。",
     {"青禾理工大学科技与艺术学院新校区", "青禾灌区续建配套与节水改造工程"},
     {"艺术学院新校区", "灌区续建配套与节水改造工程"}),
    # a build verb before the first field ends the predicate, the name opens after it (session 52)
    ("在柳溪区建设青禾激光与光电产业园，支持澄江工程大学建设机器人与智能装备现代产业学院。",
     {"青禾激光与光电产业园", "机器人与智能装备现代产业学院"}, {"光电产业园", "智能装备现代产业学院"}),
])
def test_fields_joined_by_and_before_a_head_are_one_name(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_partners_joined_by_and_stay_apart(tmp_path):
    projects = review_projects(tmp_path, "推动青禾大学与澄江集团合作建设汽车仿真国家重点实验室新基地。", TITLE)
    assert not any(p.startswith(("青禾大学", "澄江集团")) for p in projects), projects


def test_parties_joined_by_and_after_another_verb_stay_apart(tmp_path):
    # after a verb that is no build verb, what 与 joins are parties to something else
    projects = review_projects(tmp_path, "支持外贸企业与澄江商贸平台、青禾电商平台合作，拓展销售渠道。", TITLE)
    assert not any(p.startswith("外贸企业") for p in projects), projects


def test_a_zone_and_a_base_joined_after_a_later_stage_verb_stay_apart(tmp_path):
    # 推进 says a works goes on only after it ("…工程加快推进", build_words.txt "after"): before 与 it
    # opens a clause whose object is two parties' sites, no one name
    projects = review_projects(tmp_path, "推进青禾化学工业区与澄江集团白鹭基地的节能改造。", TITLE)
    assert not any(p.startswith("青禾化学工业区与") for p in projects), projects


def test_fields_joined_by_and_after_a_zone_are_the_name_without_the_zone(tmp_path):
    # a park opening the words before 与 is where the works is: the name opens after it
    projects = review_projects(tmp_path, "澄江高新区光电与传感器产业园开工建设。", TITLE)
    assert "光电与传感器产业园" in projects and "传感器产业园" not in projects, projects
