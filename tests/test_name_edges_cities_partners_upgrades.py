"""Three edges of a works' name (kg/extract/projects.py). A province's or prefecture's name whose last
character is a works head (防城港市 → 防城港, 连云港市 → 连云港), found as a place and standing alone (a mark
right after it), is the city, not a port's works (_city_by_its_name); a port's works names more
("防城港30万吨级进港航道一期"): guangxi-2026-review, jiangsu-2026. Two partners joined by a dash open one
name (_over_dashed_partner). The upgrade of the facility ending a list names its works with the list
(project_facility_upgrades.tsv)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_names


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("北海涠洲岛、防城港“蓝色海湾”、柳江柳州市段等获评全国生态保护典型案例。", set(), {"防城港", "北海涠洲岛、防城港"}),
    ("高质量承办全球公共安全合作论坛（连云港）2026年大会，促进法律服务高质量发展。", set(), {"连云港"}),
    ("黔桂铁路增建二线、防城港30万吨级进港航道一期、龙滩水电站1000吨级通航设施建成投用。",
     {"防城港30万吨级进港航道一期"}, {"防城港"}),
])
def test_city_is_no_port_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_the_city_stays_a_place(tmp_path):
    assert "连云港" in review_names(tmp_path, "Place", "高质量承办全球公共安全合作论坛（连云港）2026年大会。")


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动奥迪一汽新能源整车放量，实施一汽—大众CSP平台新车型项目，新能源汽车产量增长。",
     {"一汽—大众CSP平台新车型项目"}, {"大众CSP平台新车型项目"}),
    ("加快发展冰雪经济，发挥中国—上海合作组织冰雪体育示范区、国家冰雪运动学院作用。", set(), {"上海合作组织冰雪体育示范区"}),
])
def test_name_runs_back_over_a_dashed_partner(tmp_path, sentence, found, not_found):
    """Two partners joined by a dash open one name (kg/extract/projects.py, _over_dashed_partner):
    jilin-2026, heilongjiang-2026."""
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_one_partner_of_a_dashed_joint_venture_takes_no_part(tmp_path):
    """The works named with two partners joined by a dash are the joint venture's: 一汽, one of the partners, takes
    no part on its own (kg/resolve/relations.py, _organizations_named): jilin-2026 and its review part, whose gold
    names 一汽—大众."""
    _, _, links = review_graph(tmp_path, "推动奥迪一汽新能源整车放量，实施一汽—大众CSP平台新车型项目，新能源汽车产量增长。",
                               "青禾省政府工作报告")
    assert not any(project == "一汽—大众CSP平台新车型项目" and org == "一汽" for org, project in links)


def test_upgrade_of_the_last_listed_facility_names_its_works(tmp_path):
    """The modernisation of an irrigation district after the district ending a list is its works, named with
    the list (project_facility_upgrades.tsv, `_upgrade_of_route`): ningxia-2026."""
    assert_found(projects(tmp_path, "新建改造提升高标准农田70万亩，加快实施青铜峡、沙坡头、红寺堡灌区现代化改造。"),
                 {"青铜峡、沙坡头、红寺堡灌区现代化改造", "红寺堡灌区现代化改造"}, {"红寺堡灌区"})
