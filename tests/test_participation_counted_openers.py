"""No company, and so no participatesIn link, for a count opening a works' name (session 57, pi), read in
the design texts hl17 (海拉尔区 2017), ha (河南省 2026) and sx (山西省 2026): a rule carved "五所" from
"五所普通中小学新建扩建" and "新一轮" from "新一轮郑州航空港区高质量发展规划" and linked each to its works as
their company; "新一代煤电" in a list of works was read as a company's bare name. A count and a classifier
of org_count_classifiers.txt at a name's start count schools, rounds or generations
(kg.extract.organizations.opens_with_a_count, in carved_non_bodies and _bare_company_name). Sentences as
the design texts write them; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("sentence, head, count", [
    ("重点实施五所普通中小学新建扩建、职业高中扩建、素质教育基地、中小学风雨馆及运动场、学前教育提升等工程建设。",
     "2017年海拉尔区人民政府工作报告", "五所"),
    ("编制好新一轮郑州航空港区高质量发展规划,完善综合服务功能和枢纽偏好型产业生态,持续强化增长引擎作用。",
     "2026年河南省政府工作报告", "新一轮"),
    ("支持现役煤电机组升级改造,加快国电湖东、同热三期等新一代煤电试点项目建设。抓实风电光伏、新一代煤电、新型储能等11个重点领域项目。",
     "2026年山西省政府工作报告", "新一代"),
], ids=["five_schools", "new_round", "new_generation"])
def test_a_count_opens_no_company(tmp_path, sentence, head, count):
    _, orgs, links = review_graph(tmp_path, sentence, head)
    assert not any(o.startswith(count) for o in orgs)
    assert not any(o.startswith(count) for o, _ in links)


def test_counts_and_trade_names():
    from kg.extract.organizations import opens_with_a_count

    assert opens_with_a_count("五所") and opens_with_a_count("新一轮") and opens_with_a_count("新一代煤电")
    assert opens_with_a_count("3个省实验室")
    # trade names with numerals: no count and classifier at the start
    assert not opens_with_a_count("万家惠") and not opens_with_a_count("一汽") and not opens_with_a_count("三一重工")
    assert not opens_with_a_count("中建五局") and not opens_with_a_count("五粮液") and not opens_with_a_count("三只松鼠")
