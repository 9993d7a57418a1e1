"""Session 55 (pp66): a clause whose organization's verb has an object of its own ("支持A大学、B学院建设
“双一流”学科", "推动A大学与企业共建产学研基地", "推进与A大学合作办学") is that organization's own work; the next
clause, opening with a build verb and no subject of its own, is the report's voice again and its works are
not the organization's (ANNOTATION: no co-occurrence). A sum ("X投资40亿元，建设P") or an agreement ("与X签订
战略合作协议，合作建设P") still carries the organization to the next clause's works. Names made up."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

REPORT = "某区2024年政府工作报告"


def test_universities_building_their_disciplines_take_no_part_in_the_next_clauses_campus(tmp_path):
    _, orgs, links = review_graph(tmp_path, "支持东华大学、江城师范学院建设“双一流”学科，开工建设青禾职业学院新校区。", REPORT)
    assert {"东华大学", "江城师范学院"} <= orgs
    assert not {("东华大学", "青禾职业学院新校区"), ("江城师范学院", "青禾职业学院新校区")} & links, links


def test_a_university_co_building_its_own_base_takes_no_part_in_the_next_clauses_works(tmp_path):
    _, _, links = review_graph(tmp_path, "推动江城大学、东华理工大学与企业共建产学研基地，建设青禾高新区自主创新示范园。", REPORT)
    assert not {o for o, p in links if p == "青禾高新区自主创新示范园"}, links


def test_a_partner_in_running_schools_takes_no_part_in_the_next_clauses_school(tmp_path):
    _, _, links = review_graph(tmp_path, "推进与江城师范大学合作办学，建设青禾实验中学新校区。", REPORT)
    assert ("江城师范大学", "青禾实验中学新校区") not in links, links


@pytest.mark.parametrize("sentence", ["澄江集团投资40亿元，建设青禾智能装备产业园。",
                                      "与澄江集团签订战略合作协议，合作建设青禾智能装备产业园。",
                                      "澄江集团与我县签约，投资20亿元建设青禾智能装备产业园。"])
def test_a_sum_invested_or_an_agreement_still_carries_the_organization(tmp_path, sentence):
    assert ("澄江集团", "青禾智能装备产业园") in review_graph(tmp_path, sentence, REPORT)[2]


def test_works_named_after_the_organization_in_its_own_clause_still_carry_it(tmp_path):
    sentence = "支持澄江集团建设澄江海洋科学馆和澄江国际大马戏新剧场，建设澄江万博文化旅游综合体。"
    assert ("澄江集团", "澄江万博文化旅游综合体") in review_graph(tmp_path, sentence, REPORT)[2]


def test_a_company_just_founded_is_still_the_subject_of_the_next_clause(tmp_path):
    sentence = "澄江磷化集团有限责任公司组建成立，在我县建设年产20万吨精细磷酸盐项目。"
    assert ("澄江磷化集团有限责任公司", "年产20万吨精细磷酸盐项目") in review_graph(tmp_path, sentence, REPORT)[2]
