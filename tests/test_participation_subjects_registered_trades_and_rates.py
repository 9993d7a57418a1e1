"""Companies and participatesIn on reports the rules have not seen (session 32, issues 9 and 10): the
organization that signs or invests in one clause and builds, at its site, in the next; a proper name
before a registered trade (乳业, 药业: org_company_trades.txt `place`) in the slot of a company brought in;
a group's registered name with its legal form (集团股份有限公司); a works' name that opens with an output
rate after the builder's verb. Sentences written in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links

HEAD = "2023年青川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # the investor of one clause builds, at its site, in the next
    ("鑫泰集团投资12亿元，在我县建设年产8万吨特种纸项目。", "鑫泰集团", "年产8万吨特种纸项目"),
    ("瑞丰集团与我市签约，投资15亿元建设智能装备产业园项目。", "瑞丰集团", "智能装备产业园项目"),
    # a proper name (长城/ns) before a registered trade, brought in
    ("引进长城乳业投资建设万头奶牛养殖项目。", "长城乳业", "万头奶牛养殖项目"),
])
def test_the_company_and_the_works_it_builds(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert (company, works) in links


# (a common noun before a registered trade is no company: the session-31 guards in
# test_participation_slot_brands_and_bracketed_subsidiaries.py hold 传统化工 and 现代牧业 too)


def test_a_group_keeps_its_legal_form(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "四川福华化工集团股份有限公司投资建设草甘膦技改项目。", HEAD)
    assert "四川福华化工集团股份有限公司" in orgs and "四川福华化工集团" not in orgs
    assert ("四川福华化工集团股份有限公司", "草甘膦技改项目") in links


@pytest.mark.parametrize("sentence", ["恒瑞集团新建年产5万吨电解铜箔项目。", "恒瑞集团将在循环经济园区新建年产5万吨电解铜箔项目。"])
def test_a_works_named_by_its_output_rate_opens_after_the_build_verb(tmp_path, sentence):
    projects, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert "年产5万吨电解铜箔项目" in projects
    assert not any(p.startswith("恒瑞") or "新建" in p for p in projects)
