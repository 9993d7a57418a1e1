"""Session 72 (part72): works named by a company the lexicon knows and what it builds, listed before 等 and
the verb of their progress with no label of a kind after 等 ("中石化ABS、燕山石化绿色新材料、北化院、石科院等
向南港集聚发展"): each such item is the company's works (ANNOTATION rule 8) where two items or more of the
list are such works or works found, and the company takes part in it (participatesIn). Not a company named
whole ("中远海运、招商局、国能航运等央企新业务板块落地": bodies, a kind after 等), nor a list whose items are the
companies alone. Sentences of tests/real (tianjin-2026-review, tianjin-2026, chongqing-2026)."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2026年天津市人民政府工作报告"


@pytest.mark.parametrize("sentence, links", [
    # tianjin-2026-review: two known companies' works and two institutes, before 等 and a verb of moving in
    ("一批新功能项目充实提升，中石化ABS、燕山石化绿色新材料、北化院、石科院等向南港集聚发展。",
     {("中石化", "中石化ABS"), ("燕山石化", "燕山石化绿色新材料")}),
    # tianjin-2026-review: a company's park among works found by their heads, before 等深化布局
    ("一批新要素项目引育聚能，特变电工智慧产业园、飞毛腿绿色储能、中汽中心智能网联、新紫光北方总部、帕西尼数据工厂等深化布局。",
     {("特变电工", "特变电工智慧产业园")}),
    # tianjin-2026: a company's works beside a trading centre found by its head, before 等建设
    ("推动新和成南港新材料、飞毛腿绿色储能、恒瑞创新药、玉湖冷链交易中心等建设。", {("恒瑞", "恒瑞创新药")}),
])
def test_a_known_company_opening_a_listed_item_takes_part_in_it(tmp_path, sentence, links):
    projects, _, found = review_graph(tmp_path, sentence, HEAD)
    for org, works in links:
        assert works in projects, projects
        assert (org, works) in found, found


def test_bodies_listed_before_a_kind_give_no_works(tmp_path):
    # tianjin-2026-review: 国能航运 is a unit of the group named whole, and 等 is followed by a kind (央企…)
    projects, _, links = review_graph(tmp_path, "中远海运、招商局、国能航运等央企新业务板块落地。", HEAD)
    assert "国能航运" not in projects, projects
    assert not any(w == "国能航运" for _, w in links), links


def test_companies_listed_alone_give_no_works(tmp_path):
    # the companies themselves before 等 and a verb: no more of a works' name after them
    projects, _, _ = review_graph(tmp_path, "中石化、中海油等加快布局。", HEAD)
    assert not {"中石化", "中海油"} & projects, projects


def test_one_company_item_alone_gives_no_works(tmp_path):
    # a single item opening with a known company, no other works in the list: the list names no works
    projects, _, _ = review_graph(tmp_path, "中石化ABS、先进材料等加快发展。", HEAD)
    assert "中石化ABS" not in projects, projects
