"""The companies a park or town brings in take part in it: the works open the clause, an `introduce`
word (引进, after any adverb: 新引进) and the companies after it ("某某智能终端产业园引进华为、中兴等
配套企业", u47 zhengzhou-2019; "通航智造小镇引进某某通飞、某某航空等企业", u47 deqing-2020). Issue 10,
session 42 pt43. Sentences written in the genre's phrasing (names made up)."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2019年郑州市人民政府工作报告"


def test_companies_a_park_brings_in_take_part_in_it(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "全年新签约项目50个，郑州航空港经济综合实验区智能终端产业园新引进华为、中兴等配套企业。", HEAD)
    park = "郑州航空港经济综合实验区智能终端产业园"
    assert park in projects, projects
    assert {("华为", park), ("中兴", park)} <= links, links


def test_a_park_named_after_the_companies_is_not_theirs(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "引进华为、中兴等企业，建成智能终端产业园。", HEAD)
    assert not any(o in ("华为", "中兴") for o, _ in links), links


def test_a_development_zone_bringing_in_companies_is_their_place(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "长兴经济开发区新引进宏达建材集团、华远科技等企业。", HEAD)
    assert not any(o in ("宏达建材集团", "华远科技") for o, _ in links), links


def test_companies_brought_in_to_set_up_works_of_their_own(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "艺尚小镇引进中国服装协会设立时尚产业创新中心。", HEAD)
    assert ("中国服装协会", "艺尚小镇") not in links, links
