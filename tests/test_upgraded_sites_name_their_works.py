"""A park, scenic area or old town that a works upgrades as a whole, named by the site and the
action right after it ("某某山国家森林公园提质改造"), is that works (ANNOTATION rule 3: a park or scenic
area the text speaks of developing is a project, alt type Place): the works keeps the name the text
writes and takes the site's name as its alias; the site stays a place. Not a list of sites, nor an
area of town (片区), whose works renew what stands in it. Invented names in the genre's phrasing.

Session 56 (lk70): sites listed as the subject of their upgrading, a word of finishing between the list
and the action ("甲景区、乙古城完成提档升级"), are
each a works of its own name, as the pools' gold names each (kg.extract.upgraded_site_lists); a
division written in full right before a site stays out of its name and is where the works is. No works
is named by the list and the action there (test_places_listed_parks_and_park_phases' promise); a list
the action follows as one noun phrase ("实施甲公园、乙景区提升改造") still names one works. Not where 完成
follows the action ("甲公园、乙公园改造提升完成"): the pools' gold reads that either way."""
from __future__ import annotations

import pytest

from kg.model import PLACE, PROJECT


def _report(tmp_path, sentence):
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"2025年澄江市人民政府工作报告\n\n一、工作回顾\n\n{sentence}\n", encoding="utf-8")
    return build(path).report


def _names(report, type_):
    return {n for e in report.entities.values() if e.type == type_ for n in (e.name, *e.aliases)}


@pytest.mark.parametrize("sentence,works,site", [
    ("完成澄江山国家森林公园提质改造,新增城市绿地30万平方米。", "澄江山国家森林公园提质改造", "澄江山国家森林公园"),
    ("推进青禾山风景名胜区提升改造。", "青禾山风景名胜区提升改造", "青禾山风景名胜区"),
])
def test_the_upgraded_site_names_its_works(tmp_path, sentence, works, site):
    report = _report(tmp_path, sentence)
    project = next((e for e in report.entities.values() if e.type == PROJECT and e.name == works), None)
    assert project is not None, _names(report, PROJECT)
    assert site in project.aliases, project.aliases
    assert site in _names(report, PLACE)


def test_an_area_of_town_renewed_is_no_alias_of_its_works(tmp_path):
    report = _report(tmp_path, "完成青禾片区改造,惠及居民2000户。")
    assert "青禾片区" not in {a for e in report.entities.values() if e.type == PROJECT for a in e.aliases}


def test_the_upgrading_is_at_its_site(tmp_path):
    report = _report(tmp_path, "推进青禾山风景名胜区提升改造。")
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "locatedIn"}
    assert any(w == "青禾山风景名胜区提升改造" and p in ("青禾山风景名胜区", "青禾山") for w, p in links), links


@pytest.mark.parametrize("sentence,sites", [
    ("白鹭湾公园、翠屏山景区完成提升改造,新增绿地20公顷。", {"白鹭湾公园", "翠屏山景区"}),
    ("青螺古镇、黄石峪景区、青松湖公园完成提档升级。", {"青螺古镇", "黄石峪景区", "青松湖公园"}),
])
def test_each_site_listed_as_the_subject_of_its_upgrading_is_a_works(tmp_path, sentence, sites):
    report = _report(tmp_path, sentence)
    projects = _names(report, PROJECT)
    assert sites <= projects, projects
    assert not any("、" in p for p in projects), projects


def test_a_town_written_before_a_listed_site_is_where_its_works_is(tmp_path):
    report = _report(tmp_path, "青禾镇青螺古城、澄水镇翠屏山景区完成提档升级。")
    projects = {e.name: k for k, e in report.entities.items() if e.type == PROJECT}
    assert {"青螺古城", "翠屏山景区"} <= set(projects), projects
    places = {k: e.name for k, e in report.entities.items() if e.type == PLACE}
    located = {(r.subject, places.get(r.object)) for r in report.relations if r.kind == "locatedIn"}
    assert (projects["青螺古城"], "青禾镇") in located
    assert (projects["翠屏山景区"], "澄水镇") in located


def test_a_list_the_action_follows_as_a_noun_phrase_still_names_one_works(tmp_path):
    report = _report(tmp_path, "实施白鹭湾公园、翠屏山景区提升改造。")
    assert "白鹭湾公园、翠屏山景区提升改造" in _names(report, PROJECT)
