"""participatesIn (session 50, pa50): the builders named after the works in a clause they open, with no
由 ("P开工建设，X承建", "P…，X、Y分别承建", "…，X负责建设": participation.txt `agent` closing the clause,
a `respective` or `by_manner` word between); the partners a clause signs with, co-building the works in
the next clause ("与X、Y签订合作协议，共建P": 共建 `carried`); and the partners before a co-building verb
and 的 ("与X合作共建的P", "X与县人民政府合作共建的P": org_co_building_verbs.txt, the institute after it
being the works). Sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年青川县人民政府工作报告"


def _links(tmp_path, sentence: str) -> set:
    return review_graph(tmp_path, sentence, HEAD)[2]


def test_a_builder_opening_the_clause_after_the_works(tmp_path):
    links = _links(tmp_path, "青禾地铁3号线一期工程开工建设，澄江轨道交通集团有限公司承建。")
    assert ("澄江轨道交通集团有限公司", "青禾地铁3号线一期工程") in links


def test_a_builder_in_charge_of_building_after_the_works(tmp_path):
    links = _links(tmp_path, "青禾地铁2号线一期完成前期工作，澄江轨道交通集团有限公司负责建设。")
    assert ("澄江轨道交通集团有限公司", "青禾地铁2号线一期") in links


def test_respective_builders_opening_their_clause_pair_with_the_works(tmp_path):
    links = _links(tmp_path, "青川地铁1号线、2号线一期工程开工建设，线路总长43.5公里，"
                             "澄江建工股份有限公司、青禾铁建股份有限公司分别承建。")
    assert {("澄江建工股份有限公司", "青川地铁1号线"), ("青禾铁建股份有限公司", "2号线一期工程")} <= links
    assert not {("澄江建工股份有限公司", "2号线一期工程"), ("青禾铁建股份有限公司", "青川地铁1号线")} & links


@pytest.mark.parametrize("sentence", [
    # a standard body opening the clause speaks for the area; one that is not the clause's last word acts
    # on something else
    "青禾水库扩建工程完成可研，县人民政府负责建设。",
    "青禾地铁3号线一期工程开工建设，澄江轨道交通集团有限公司承建的站点同步推进。",
])
def test_no_builder_where_the_clause_says_otherwise(tmp_path, sentence):
    assert not {link for link in _links(tmp_path, sentence) if link[1].startswith("青禾")}


def test_the_partners_signed_with_co_build_the_works_of_the_next_clause(tmp_path):
    links = _links(tmp_path, "与澄江大学、青禾理工大学签订战略合作协议，共建澄江新材料产业技术研究院。")
    assert {("澄江大学", "澄江新材料产业技术研究院"), ("青禾理工大学", "澄江新材料产业技术研究院")} <= links


def test_a_list_mate_also_read_as_works_does_not_stop_the_partners_works(tmp_path):
    """"与A大学、B科学院签订…": B科学院 found as works too is a partner beside A, not works of A's clause."""
    links = _links(tmp_path, "与澄江大学、青禾省农业科学院签订合作协议，共建澄江新材料产业技术研究院。")
    assert ("澄江大学", "澄江新材料产业技术研究院") in links


@pytest.mark.parametrize("sentence, partners, works", [
    ("与澄江大学合作共建的澄江生态研究中心落户高新区。", {"澄江大学"}, "澄江生态研究中心"),
    ("青禾大学与县人民政府合作共建的青禾大学附属澄江医院投入运营。", {"青禾大学", "青川县人民政府"}, "青禾大学附属澄江医院"),
])
def test_the_partners_before_a_co_building_verb_and_its_works(tmp_path, sentence, partners, works):
    links = _links(tmp_path, sentence)
    assert {(p, works) for p in partners} <= links


@pytest.mark.parametrize("sentence, parent, institute", [
    ("与澄江大学共建澄江大学青川创新研究院，与青禾大学合作建设青禾大学青川校区。", "澄江大学", "澄江大学青川创新研究院"),
    ("与澄江科技大学合作建设澄江科技大学青川协同创新研究院。", "澄江科技大学", "澄江科技大学青川协同创新研究院"),
])
def test_an_institute_co_built_under_its_parents_name_is_the_works(tmp_path, sentence, parent, institute):
    """kg.extract.organizations.extract_co_built_institutes reads the longest body right after the
    co-building verb: the institute, not the university opening its name."""
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert institute in projects and (parent, institute) in links
