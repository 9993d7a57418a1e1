"""A division's state-owned investment group named in full, its sectors between the division and
its investor's form ("甘肃省公路航空旅游投资集团", u42 dunhuang-2015; "绵阳科技城发展投资集团", u44
mianyang-2017, a co-investor of the works it takes part in). Issue 10, session 42 pt43. Sentences
written in the genre's phrasing (names made up)."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2017年绵阳市人民政府工作报告"


def test_a_division_s_investor_named_by_its_sectors(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "深化与四川省公路航空旅游投资集团、读者出版集团和中国国际航空公司合作。", HEAD)
    assert "四川省公路航空旅游投资集团" in orgs, orgs


def test_a_co_investing_state_investor_takes_part(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "京东方第6代柔性生产线项目开工建设，由京东方科技集团与绵阳科技城发展投资集团共同投资。", HEAD)
    assert "绵阳科技城发展投资集团" in orgs, orgs
    assert any(o == "绵阳科技城发展投资集团" for o, _ in links), links
