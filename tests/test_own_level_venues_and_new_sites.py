"""Venues of the report's own government named by the bare level and the field they serve, venues
completed and opened, a zone's phase read as no company's, and 新 opening a facility's name (ANNOTATION
rules 2, 3 and 7), on made-up grammar examples."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names, review_projects


# The fields of public service (文化, 体育) are category words before a head elsewhere; after the bare
# level they name the one venue the government builds. Not where the venue only hosts an event, nor after
# 乡镇 (a kind), nor before 项目 (a kind of works).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("县文化体育中心建成投用。", {"县文化体育中心"}, set()),
    ("推进区体育中心建设。", {"区体育中心"}, set()),
    ("区文化中心举办各类展演活动。", set(), {"区文化中心"}),
    ("建设乡镇文化中心。", set(), {"乡镇文化中心", "文化中心"}),
    ("实施县文化项目。", set(), {"县文化项目"}),
])
def test_own_level_venue_named_by_its_field(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, "某某县政府工作报告"), found, not_found)


# A sports venue named by the bare level alone is works where its clause builds or renovates it; not
# where it hosts an event or is open without charge (how it serves), nor a library (a body, rule 2).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("县体育场完成改造。", {"县体育场"}, set()),
    ("县体育馆建成投用。", {"县体育馆"}, set()),
    ("在县体育场举行开幕式。", set(), {"县体育场"}),
    ("县体育场免费开放。", set(), {"县体育场"}),
    ("县图书馆完成改造。", set(), {"县图书馆"}),
])
def test_venue_named_by_the_bare_level(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, "某某县政府工作报告"), found, not_found)


def test_venue_completed_and_opened_is_works(tmp_path):
    # a venue listed with another's new building, completed and opened (建成开放): built anew (rule 2)
    got = review_projects(tmp_path, "县档案馆新馆、县美术馆建成开放。", "某某县政府工作报告")
    assert_found(got, {"县档案馆新馆", "县美术馆"}, set())


def test_zone_phase_names_no_company(tmp_path):
    # jieba tags 中央商务区 nt; before a phase it is the zone being built, no company's trade name (rule 3)
    sentence = "推进中央商务区二期、滨河公园建设。"
    assert_found(review_projects(tmp_path, sentence), {"中央商务区二期"}, set())
    assert_found(review_names(tmp_path, "Organization", sentence), set(), {"中央商务区"})


@pytest.mark.parametrize("sentence,found,not_found", [
    ("新机场南线快速路西延段开工建设。", {"新机场南线快速路西延段"}, {"机场南线快速路西延段"}),
    ("推进老城改造、新机场南线快速路西延段建设。", {"新机场南线快速路西延段"}, {"机场南线快速路西延段"}),
])
def test_new_opening_a_facility_name(tmp_path, sentence, found, not_found):
    # 新机场 (the new airport) names the site the works serves, opening the clause or an item
    assert_found(review_projects(tmp_path, sentence), found, not_found)
