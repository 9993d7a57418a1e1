"""No company, and so no participatesIn link, for a word of technology or of a stage of research opening a
works' name (session 57, pi), read in the design texts ha (河南省 2026) and sc (四川省, annotated): "加快双千兆
网络、量子通信等项目建设" gave the companies 双千兆 and 量子 (the latter also linked to 中原量子谷), and "中试熟化
平台" the company 中试 (sc's gold names none). org_technology_words.txt, read with the material characters by
kg.extract.organizations.names_what_works_make in _works_company and in the abbreviation rule
(genre._abbreviated_company_opening_works). Sentences as the design texts write them."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("sentence, head, words", [
    ("加快双千兆网络、量子通信等项目建设,完善数字基础设施体系。推进众擎机器人全球生产制造中心、仕佳光子通信芯片等项目建设,"
     "大力发展新型储能,完善中原量子谷产业生态,创建国家未来产业先导区。", "2026年河南省政府工作报告", ("双千兆", "量子")),
    ("实施中试平台建在产业链上专项行动,建成各级各类概念验证中心和中试熟化平台230个以上。", "2026年四川省政府工作报告", ("中试",)),
], ids=["gigabit_and_quantum", "pilot_scale"])
def test_a_technology_opens_no_company(tmp_path, sentence, head, words):
    _, orgs, links = review_graph(tmp_path, sentence, head)
    assert not any(o.startswith(words) for o in orgs)
    assert not any(o.startswith(words) for o, _ in links)
