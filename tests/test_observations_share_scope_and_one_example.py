"""Names of values ind72b's rules newly read (session 72, ind72c). Sentences from tests/real and the
samples.

- A whole area written between a verb of reach (ending in 到/至) and a share of its parts ("试点范围扩大到
  全国40%的县") belongs to the value, not to the name: 试点范围. The area stays where no verb of reach
  comes before it ("占全国", "覆盖全省").
- One example before 等 ("开展“全闽乐购”等促消费活动近万场", "建设水池等调蓄设施") is no part of the
  kind counted (three characters or more, counted in things) or measured after it; it stays before a
  rate or a sum ("原油等大宗商品进口增长5.8%") and a short kind ("新增康复大学等高校14所"), as the gold
  writes them. A list of examples closed by 等 keeps its own rule
  ("提供心理、法律、维权、调解等个案服务超3000个": the items are kinds of it).
- 与 opening a name that deals with a partner (合作, 贸易, 进出口…: obs_partner_dealings.txt) is the
  preposition "with" and stays ("与中央企业合作项目投资规模"); elsewhere it is a list's conjunction.
"""
import pytest

from tests.test_observations_later_year_in_clause import observed

REVIEW = "某省2026年政府工作报告\n一、2025年工作回顾\n"
PLAN = "国务院2011年政府工作报告\n二、2011年主要任务\n"


def names(tmp_path, head, sentence, value):
    return {o[0] for o in observed(tmp_path, head + sentence + "\n") if o[1] == value}


@pytest.mark.parametrize("sentence, value, name", [
    ("将新型农村社会养老保险试点范围扩大到全国40%的县。", "40", "新型农村社会养老保险试点范围"),  # national-2011
    ("试点范围扩大到全国80%以上的县(市、区),有条件的地方还可以搞得更快一些。", "80", "试点范围"),  # national-2007
    ("将免费孕前优生健康检查试点范围扩大到60%的县(市、区)。", "60", "免费孕前优生健康检查试点范围"),  # national-2012
])
def test_a_whole_area_after_a_verb_of_reach_is_no_part_of_the_name(tmp_path, sentence, value, name):
    assert names(tmp_path, PLAN, sentence, value) == {name}


def test_a_whole_area_with_no_verb_of_reach_before_it_stays(tmp_path):
    # qinghai-2026-review: 覆盖 is no verb of reach; the name keeps what the share covers
    got = names(tmp_path, REVIEW, "美丽城镇建设覆盖全省93%的建制镇。", "93")
    assert got and all(n.startswith("美丽城镇建设覆盖") for n in got)


@pytest.mark.parametrize("sentence, value, name", [
    ("开展“全闽乐购”等促消费活动近万场,加力扩围以旧换新。", "1", "促消费活动"),  # fujian-2026-review
    ("建材等五大主导产业实现产值300亿元。", "300", "五大主导产业产值"),
    ("布局AED等群众可及急救设备700处。", "700", "群众可及急救设备"),  # chongqing-2026-outline
])
def test_one_example_before_deng_is_no_part_of_the_kind(tmp_path, sentence, value, name):
    assert names(tmp_path, REVIEW, sentence, value) == {name}


@pytest.mark.parametrize("sentence, value, name", [
    ("原油等大宗商品进口增长5.8%。", "5.8", "原油等大宗商品进口"),  # shandong-2026-review: a rate
    ("新增康复大学等高校14所。", "14", "新增康复大学等高校"),  # shandong-2026-review: a short kind
    ("改造水热气等管网3656公里。", "3656", "改造水热气等管网"),  # heilongjiang-2026-review
])
def test_one_example_stays_before_a_rate_or_a_short_kind(tmp_path, sentence, value, name):
    assert names(tmp_path, REVIEW, sentence, value) == {name}


def test_a_list_of_kinds_before_deng_keeps_them(tmp_path):
    # guangdong-2026 (sample): 心理, 法律… are kinds of the service, the gold keeps them
    got = names(tmp_path, REVIEW, "提供心理、法律、维权、调解等个案服务超3000个。", "3000")
    assert got == {"心理、法律、维权、调解等个案服务"}


@pytest.mark.parametrize("sentence, value, name", [
    ("与中央企业合作项目投资规模超万亿元。", "1", "与中央企业合作项目投资规模"),  # gansu-2026-review
    ("与国内高水平大学合作数量达到20个。", "20", "与国内高水平大学合作数量"),  # qinghai-2026-review
])
def test_with_a_partner_keeps_its_preposition(tmp_path, sentence, value, name):
    assert names(tmp_path, REVIEW, sentence, value) == {name}


def test_a_conjunction_left_from_a_list_still_goes():
    from kg.extract.observations import _strip_lead
    # no dealing with a partner after 与: a conjunction left over from a list, dropped as before
    assert _strip_lead("与乡村振兴有效衔接资金") == "乡村振兴有效衔接资金"
