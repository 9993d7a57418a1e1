"""A park, scenic area or old town that a works upgrades as a whole, named by the site and the
action right after it ("某某山国家森林公园提质改造"), is that works (ANNOTATION rule 3: a park or scenic
area the text speaks of developing is a project, alt type Place): the works keeps the name the text
writes and takes the site's name as its alias; the site stays a place. Not a list of sites, nor an
area of town (片区), whose works renew what stands in it. Invented names in the genre's phrasing."""
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
