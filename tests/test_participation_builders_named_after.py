"""participatesIn where the report names the builder after the works, in a clause of its own (session
22, issue 10): "P，总投资N亿元，由X负责建设运营", "新建P，该项目由X、Y共同投资", "A、B两个项目…，分别
由X、Y承建" (participation.txt `by`, `by_subject`); not an organization that only approves or oversees
(`oversee`). Sentences written in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年青川县人民政府工作报告"


def _links(tmp_path, sentence: str) -> set:
    return review_graph(tmp_path, sentence, HEAD)[2]


@pytest.mark.parametrize("sentence, org, works", [
    ("建成青山湖污水处理厂扩建工程，总投资3.2亿元，由县城投公司负责建设运营。", "县城投公司", "青山湖污水处理厂扩建工程"),
    ("加快推进滨江物流园项目建设，该项目由远洋集团投资建设。", "远洋集团", "滨江物流园项目"),
])
def test_the_builder_in_the_clause_after_the_works(tmp_path, sentence, org, works):
    assert (org, works) in _links(tmp_path, sentence)


def test_a_list_of_builders_after_the_works(tmp_path):
    links = _links(tmp_path, "新建金山冷链物流中心，该项目由鑫达集团、华润集团共同投资。")
    assert {("鑫达集团", "金山冷链物流中心"), ("华润集团", "金山冷链物流中心")} <= links


def test_respective_builders_pair_with_the_works_in_order(tmp_path):
    links = _links(tmp_path, "开工建设红岭光伏电站、白沙风电场2个项目，总投资8.5亿元，分别由华电集团、大唐集团承建。")
    assert {("华电集团", "红岭光伏电站"), ("大唐集团", "白沙风电场")} <= links
    assert not {("华电集团", "白沙风电场"), ("大唐集团", "红岭光伏电站")} & links


@pytest.mark.parametrize("sentence", [
    "新建城东污水处理厂，由省生态环境厅指导建设。",
    "城西物流园项目由市发改委批准建设。",
    "开工建设城南综合体项目，由县住建局负责监管。",
])
def test_an_organization_that_approves_or_oversees_takes_no_part(tmp_path, sentence):
    assert not _links(tmp_path, sentence)


def test_an_overseeing_word_after_the_building_verb_does_not_undo_the_builder(tmp_path):
    """The approver's or overseer's word counts before the building verb only (a review of session 22)."""
    links = _links(tmp_path, "城北物流园项目由恒通集团投资建设并负责运营监管。")
    assert ("恒通集团", "城北物流园项目") in links
