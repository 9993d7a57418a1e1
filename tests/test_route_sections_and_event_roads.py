"""Round two of the project rules (session 62): a railway named by the section of its route ("X至Y段铁路",
kg.extract.projects._judge_works) is one works, as "X至Y段公路" is; a road's name that opens an event's
name ("…国际公路自行车极限赛", event_heads.txt) names no works; a verb of building anew that opens a list
of such verbs ("两年来新建、改建、扩建…", "适度新建、改扩建…", kg.extract.genre._verbs_listed_after) ends
no works' name. Wording of the State Council's and the provinces' reports (xizang-2026, national-2006-review,
xinjiang-2026)."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_railway_named_by_its_section_is_a_works(tmp_path):
    got = review_projects(tmp_path, "加快推动波密至然乌段铁路建设。加快推进拉萨至日喀则段铁路建设。")
    assert_found(got, {"波密至然乌段铁路", "拉萨至日喀则段铁路"}, set())


def test_a_road_opening_an_event_name_is_no_works(tmp_path):
    got = review_projects(tmp_path, "办好跨喜马拉雅国际公路自行车极限赛,加快建设拉萨至日喀则段公路。")
    assert_found(got, {"拉萨至日喀则段公路"}, {"跨喜马拉雅国际公路"})


def test_a_verb_opening_a_list_of_verbs_ends_no_works(tmp_path):
    got = review_projects(tmp_path, "两年来新建、改建、扩建农村寄宿制学校2400多所。适度新建、改扩建一批普通高中。")
    assert not {g for g in got if g.endswith("新建")}, got


def test_a_facility_built_anew_stays_a_works(tmp_path):
    got = review_projects(tmp_path, "启动殡仪馆新建项目。")
    assert {g for g in got if g.startswith("殡仪馆新建")}, got


def test_a_venue_before_a_contest_word_stays_a_works(tmp_path):
    # only a road's name opens an event's here: "竞赛条件" after a venue is no event (hailar-2019)
    got = review_projects(tmp_path, "第十四届全国冬运会主场馆一期已具备竞赛条件。")
    assert "第十四届全国冬运会主场馆一期" in got
