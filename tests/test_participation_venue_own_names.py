"""participatesIn (ANNOTATION rule 8) in real published wording: a local mall's or department store's own
trade name opening its name names the venue, not a company that builds it (a market's and a hotel's trade
name stays the company that runs it: tests/test_places_in_works_names_districts.py); a known chain
or a company's name by its form still takes part in its works. Invented names."""
from __future__ import annotations

from tests.conftest import review_graph


def test_a_venues_own_trade_name_does_not_take_part_in_it(tmp_path):
    _, orgs, links = review_graph(tmp_path, "完成禾穗隆百货改造工程，确保伊澜丹购物广场年内投入运营。",
                                  "青禾区2014年政府工作报告")
    assert not {o for o, _ in links} & {"禾穗隆", "伊澜丹"}, links


def test_a_hotel_chain_and_a_company_still_take_part_in_their_works(tmp_path):
    _, orgs, links = review_graph(tmp_path, "喜来登、洲际酒店项目顺利签约，澄江集团农贸市场改造工程开工。",
                                  "青禾区2012年政府工作报告")
    assert ("洲际", "洲际酒店项目") in links
    assert ("澄江集团", "澄江集团农贸市场改造工程") in links
