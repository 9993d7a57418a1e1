"""Session 27 (qa27, issue 10): a works named at the head of its clause and followed by its sum
("其中,P项目总投资N亿元,…", kg.extract.project_invested.extract_works_named_before_sum), on
sentences written in the genre's phrasing: the works is found, and the organization named inside its
name takes part in it; an anaphora, a counted set, a kind, a measure and a clause are no works.
The first three tests fail without the rule; the last guards its limits."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

REPORT = "某县2023年政府工作报告"


# (sentence, the works, the organization its name opens with)
OPENED_WORKS = (
    ("其中,江城农业科学院东湖食品科学与营养创新研究院项目总投资13亿元,由开发区管委会合作共建。",
     "江城农业科学院东湖食品科学与营养创新研究院项目", "江城农业科学院"),
    ("东风汽车全新车型技改项目总投资约50亿元,预计明年投产。", "东风汽车全新车型技改项目", "东风汽车"),
)


@pytest.mark.parametrize("sentence,works,org", OPENED_WORKS)
def test_the_works_opening_its_clause_before_its_sum_is_one_and_its_company_takes_part(tmp_path, sentence, works, org):
    projects, _, links = review_graph(tmp_path, sentence, REPORT)
    assert works in projects and (org, works) in links, (projects, links)


def test_the_name_is_the_whole_clause_head_not_its_last_words(tmp_path):
    # the head rule alone reads the works from its last kind ("储能设备生产基地项目")
    projects, _, _ = review_graph(
        tmp_path, "据了解,青石县新能源汽车充换电及储能设备生产基地项目总投资21亿元,分两期建设。", REPORT)
    assert "青石县新能源汽车充换电及储能设备生产基地项目" in projects


def test_no_works_from_an_anaphora_a_count_a_kind_a_measure_or_a_clause(tmp_path):
    for sentence, name in (("该项目总投资5亿元,占地80亩。", "该项目"),
                           ("全区47个重点产业项目总投资120亿元。", "全区47个重点产业项目"),
                           ("今年重点项目总投资300亿元。", "今年重点项目"),
                           ("引进项目总投资4.02亿元,增长13.95%。", "引进项目"),
                           ("市场化引进外地资源在本地落地项目总投资42.6亿元。", "市场化引进外地资源在本地落地项目")):
        projects, _, _ = review_graph(tmp_path, sentence, REPORT)
        assert name not in projects, (sentence, projects)


def test_an_institute_built_takes_no_part_in_itself(tmp_path):
    # "X研究院项目": the institute set up is the works (ANNOTATION rule 2), no builder of its own works
    projects, _, links = review_graph(tmp_path, "江城食品营养研究院项目总投资6亿元,建成后将服务全省食品产业。", REPORT)
    assert "江城食品营养研究院项目" in projects
    assert not {(o, p) for o, p in links if p == "江城食品营养研究院项目"}


# Review of round one (mb27): a works' name is a noun phrase, an anaphora's lead a word, a count a figure and a count word.

@pytest.mark.parametrize("sentence,name", (
    ("亿元以上项目总投资300亿元,增长12%。", "亿元以上项目"),
    ("中央预算内项目总投资5亿元。", "中央预算内项目"),
    ("新入库项目总投资20亿元。", "新入库项目"),
    ("年度续建项目总投资60亿元。", "年度续建项目"),
    ("民间投资项目总投资30亿元,增长8%。", "民间投资项目"),
    ("目前全市在建项目总投资500亿元。", "目前全市在建项目"),
    ("工业技改项目总投资12亿元,增长15%。", "工业技改项目"),
))
def test_a_kind_of_project_before_its_sum_is_no_works(tmp_path, sentence, name):
    projects, _, _ = review_graph(tmp_path, sentence, REPORT)
    assert name not in projects, projects


@pytest.mark.parametrize("sentence,works,clause", (
    ("由省建工集团承建的全民健身中心项目总投资5亿元。", "全民健身中心项目", "由省建工集团承建的全民健身中心项目"),
    ("位于经开区的高端装备产业园项目总投资10亿元,预计年底投产。", "高端装备产业园项目", "位于经开区的高端装备产业园项目"),
))
def test_a_clause_before_the_name_is_not_part_of_it(tmp_path, sentence, works, clause):
    # the head rule's works inside the clause head stands; no name holds 的 and the clause before it
    projects, _, _ = review_graph(tmp_path, sentence, REPORT)
    assert works in projects and clause not in projects, projects


def test_a_clause_verb_and_its_object_is_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "我县引进的新能源电池项目总投资8亿元。", REPORT)
    assert not {p for p in projects if "引进" in p}, projects


@pytest.mark.parametrize("sentence,works", (
    # a place opening with a character of project_anaphora_leads.txt (全, 本, 共) is no anaphora
    ("全椒江淮汽车全新车型技改项目总投资约30亿元。", "全椒江淮汽车全新车型技改项目"),
    ("本溪钢联公司“50·60”项目总投资20亿元,年内开工。", "本溪钢联公司50·60项目"),
    ("共青城新能源汽车充换电及储能设备生产基地项目总投资12亿元。", "共青城新能源汽车充换电及储能设备生产基地项目"),
    # a figure opening a name is no count ("47个" is): "5G", "3D"
    ("5G通信设备及储能电池生产基地项目总投资21亿元,分两期建设。", "5G通信设备及储能电池生产基地项目"),
    ("3D打印及精密铸造生产基地项目总投资9亿元,分两期建设。", "3D打印及精密铸造生产基地项目"),
))
def test_a_name_opening_with_a_leads_character_or_a_figure_is_read(tmp_path, sentence, works):
    projects, _, _ = review_graph(tmp_path, sentence, REPORT)
    assert works in projects, projects


@pytest.mark.parametrize("sentence", ("上述项目总投资20亿元。", "此项目总投资6亿元。", "本项目总投资3亿元。",
                                      "其项目总投资8亿元。", "这些项目总投资30亿元。",
                                      # a word a lead opens: still no name of its own
                                      "此次签约项目总投资30亿元。", "各类项目总投资50亿元。", "全年新开工项目总投资80亿元。",
                                      "本地企业扩建项目总投资6亿元。"))
def test_an_anaphora_word_still_names_no_works(tmp_path, sentence):
    projects, _, _ = review_graph(tmp_path, sentence, REPORT)
    assert not projects, projects
