"""participatesIn by 完成 (session 52): a utility or company completing its works ("X完成P") takes part in
them, as a builder's verb (participation.txt `agent`); not where a noun and a count follow the works
("X完成某某改造工作面86个": a tally of what was completed, `tally`), nor where the works end with what is
done ("X、Y等企业完成生产线智能化改造": an upgrading, session 53). Sentences written in the genre's
phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("青禾燃气集团有限公司完成澄江天然气管道二期工程。", "青禾燃气集团有限公司", {"澄江天然气管道二期工程"}),
    ("青禾矿业集团完成煤矿智能化改造工作面86个。", "青禾矿业集团", set()),  # a tally: no works
    # an upgrading each company does (the works end with an action, project_works_actions.txt): no works
    ("澄江电器、青禾五金等企业完成生产线智能化改造。", "青禾五金", set()),
])
def test_a_company_completing_its_works_takes_part_in_them_but_not_in_a_tally(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert {w for org, w in links if org == company} == works
