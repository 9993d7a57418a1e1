"""Organizations (session 47, issue 10): the name of one of China's 56 ethnic groups (ethnic_groups.txt)
between a county and a works' head ("某县某族生态家园") names the people the works are for, no company's
trade name, so nothing takes part in those works by it. A made-up sentence in the genre's phrasing with
real county names of Yunnan; it fails without the lexicon's check in kg.extract.organizations._works_company."""
from __future__ import annotations

from kg import lexicons
from tests.conftest import review_graph


def test_the_lexicon_lists_the_56_groups():
    groups = lexicons.word_set("ethnic_groups.txt")
    assert len(groups) == 56 and all(g.endswith("族") for g in groups)


def test_an_ethnic_group_in_a_works_name_is_no_company(tmp_path):
    _, orgs, links = review_graph(
        tmp_path, "支持勐海县傣族生态家园、峨山县彝族风情园等民族特色村寨项目提档升级。", "2019年云南省政府工作报告")
    assert "傣族" not in orgs and "彝族" not in orgs and not links, (orgs, links)
