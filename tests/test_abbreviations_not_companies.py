"""Session 62 (prt): a two-character abbreviation opening a works' name is no company's
(kg.extract.genre._abbreviated_company_opening_works) where it is made of provinces' one-character forms
("浙赣粤运河": 浙江 and 江西, organizations.names_places_by_initials), opens with a word of lying around
or along a place (project_along_words.txt: "环新英湾自贸港新城", around 新英湾), or is a sector's short
form (org_industry_abbreviations.txt: "港航设施智能化改造", ports and shipping): no organization and no
participatesIn link. A company's abbreviation still opens its works ("西航悦海酒店" → 西航, hailar-2015).
A two-character plant short form ending 热 (热电厂) before a phase is no company either ("同热三期").
Sentences of jiangxi-2026, hainan-2026-review, liaoning-2026 and shanxi-2026; the whole pipeline runs on them."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, word", [
    ("浙赣粤运河等重大项目前期工作取得积极进展。", "浙赣"),
    ("环新英湾自贸港新城加快建设、路网骨架基本成型。", "环新"),
    ("推进港航设施智能化改造。", "港航"),
])
def test_abbreviation_of_places_or_sector_is_no_company(tmp_path, sentence, word):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert word not in orgs, orgs
    assert not any(o == word for o, _ in links), links


def test_heat_plant_short_form_before_its_phase_is_no_company(tmp_path):
    # shanxi-2026: 同热 is 大同第二热电厂's short form (org_phase_works_finals.txt: 热 as 电 in "丰电三期")
    projects, orgs, links = review_graph(tmp_path, "加快国电湖东、同热三期等新一代煤电试点项目建设。", HEAD)
    assert "同热三期" in projects, projects
    assert "同热" not in orgs and not any(o == "同热" for o, _ in links), (orgs, links)
