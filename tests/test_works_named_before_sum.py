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
