"""A place a body co-builds works with is where the works are: "某某集团与X合作建设的P", "与X、Y签约共建P"
(the places after 与), "X与某某集团合作建设P" (the place before it, the bodies after it): the genre names
the site as the partner (location.txt `partner`, `co_build`; kg.extract.attributes._co_built_with).
Not a place after a word that only closes with 与 ("参与X建设"). Sentences in the genre's phrasing, with
invented names."""
from __future__ import annotations

from tests.conftest import review_located

TITLE = "2023年青禾市人民政府工作报告"


def test_works_a_body_co_builds_with_a_town_are_in_the_town(tmp_path):
    links = review_located(tmp_path, "澄江集团与柳山镇合作建设的新材料产业园开工,推动澄江大学与石桥乡共建智能制造研究院。",
                           TITLE)
    assert {("新材料产业园", "柳山镇"), ("智能制造研究院", "石桥乡")} <= links


def test_a_list_of_places_signed_with_each_holds_the_works(tmp_path):
    links = review_located(tmp_path, "澄江医院分别与柳山镇、石桥乡签约共建区域医疗中心。", TITLE)
    assert {("区域医疗中心", "柳山镇"), ("区域医疗中心", "石桥乡")} <= links


def test_a_place_before_the_bodies_it_co_builds_with(tmp_path):
    links = review_located(tmp_path, "推动柳山工业园区与澄江集团合作建设智能装备产业园。", TITLE)
    assert ("智能装备产业园", "柳山工业园区") in links


def test_no_partner_after_a_word_closing_with_the_preposition(tmp_path):
    links = review_located(tmp_path, "积极参与柳山镇合作建设,开工青禾路。", TITLE)
    assert not {obj for _, obj in links} & {"柳山镇"}


def test_a_country_co_built_with_is_no_site(tmp_path):
    # a country abroad is the partner of a cross-border works, not where the report's works stand
    links = review_located(tmp_path, "澄江集团与新加坡合作建设的新材料产业园开工。", TITLE)
    assert "新加坡" not in {obj for _, obj in links}


def test_works_that_settle_elsewhere_and_later_items_are_not_the_partner_s(tmp_path):
    # the works settle in the place the clause names after them; a later item of the list need not be co-built
    links = review_located(tmp_path, "澄江集团与柳山镇合作建设的新材料产业园落户石桥乡,澄江大学与柳山镇共建的"
                                     "智能制造研究院、青禾检测中心建成运营。", TITLE)
    assert ("新材料产业园", "柳山镇") not in links
    assert ("智能制造研究院", "柳山镇") in links
    assert ("青禾检测中心", "柳山镇") not in links
