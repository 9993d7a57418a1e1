"""The grammar of a company's works' names (session 46, pj46b; issues 9, 10): the genre writes a
company's works as [company or its trade name] + [place] + [product or process] + head, and ANNOTATION
(rule 8, names inside names) keeps the company in the works' name where the text writes it so, the
company taking part in its works. General grammar examples, made up; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年某市人民政府工作报告"


@pytest.mark.parametrize("sentence, works, company", [
    ("联想合肥产业基地建成投产。", "联想合肥产业基地", "联想"),
], ids=["opening_the_sentence"])
def test_a_group_named_by_a_common_word_opens_its_works_before_the_site(tmp_path, sentence, works, company):
    # projects._back_to_group_before_plant_place: companies_opening_works.txt, the plant's place after it
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert (company, works) in links


def test_a_known_company_opening_a_list_item_opens_its_works(tmp_path):
    # projects._known_company_opening_item: the walk stopped at the company (companies.txt) right before its works
    projects, _, links = review_graph(tmp_path, "推进城南污水处理厂二期、安踏运动科技园三期建设。", HEAD)
    assert "安踏运动科技园三期" in projects
    assert ("安踏", "安踏运动科技园三期") in links


def test_the_plant_site_after_a_known_company_is_no_part_of_its_name(tmp_path):
    # genre._site_after_company: "伊利|沈阳乳业扩建" names 伊利, not a company "伊利沈阳乳业"
    projects, orgs, links = review_graph(tmp_path, "伊利沈阳乳业扩建项目建成投产。", HEAD)
    assert ("伊利", "伊利沈阳乳业扩建项目") in links
    assert not any(o.startswith("伊利沈阳") for o in orgs)


def test_a_trade_name_and_its_trade_open_a_works_among_works(tmp_path):
    # genre._company_end_opening_item; 加快 between the list and its build verb (genre_list_pace_verbs.txt)
    sentence = "金泰新能源电池产业基地一期、鑫曜科技高性能靶材、华晶高科电子级多晶硅项目加快建设。"
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert "鑫曜科技高性能靶材" in projects
    assert ("鑫曜科技", "鑫曜科技高性能靶材") in links


def test_a_developer_named_by_a_lake_word_opens_its_mall(tmp_path):
    # companies_opening_works.txt: 龙湖 alone is a lake's name; opening a works' name it is the group
    projects, _, links = review_graph(tmp_path, "推进龙湖西城天街二期建设。", HEAD)
    assert ("龙湖", "龙湖西城天街二期") in links
