"""A company's Latin-letter name opening the name of its park, base, plant, head office or research
centre is a company taking part in those works ("ABB工业园", u46 xiamen-2017; "vivo杭州研发中心", u44
yuhang-2020: ANNOTATION rule 8); a product's or technology's acronym is none ("AMOLED生产线", "LED
产业园"). Issue 10, session 42 pt43. Sentences written in the genre's phrasing (names made up)."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2019年厦门市人民政府工作报告"


def test_a_latin_name_opening_a_company_site_is_the_company(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "加快天马微电子第6代柔性AMOLED生产线、KMB工业园、LED产业园二期、veva杭州研发中心建设。", HEAD)
    assert {"KMB", "veva"} <= orgs, orgs
    assert ("KMB", "KMB工业园") in links and ("veva", "veva杭州研发中心") in links, links
    assert not {"AMOLED", "LED"} & orgs, orgs
