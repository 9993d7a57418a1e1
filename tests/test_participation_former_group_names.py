"""participatesIn on reports kg has never seen (session 29, issue 10): the central enterprises merged
since 2015 (中电投 and 国家核电 into 国家电投, 中国南车 and 中国北车 into 中国中车, 神华 and 中国国电 into
国家能源集团, 宝钢 into 中国宝武, 中冶 into 中国五矿, 中外运 into 招商局) by the short names reports of
their time write (companies.txt, from 国务院国资委's records of the mergers): a partner, a signer, the
group opening the works it builds. Sentences written in the genre's phrasing; the whole pipeline runs
on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2014年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, org, works", [
    ("与中电投合作建设2×35万千瓦热电联产项目。", "中电投", "2×35万千瓦热电联产项目"),
    ("神华煤炭深加工示范项目完成前期工作。", "神华", "神华煤炭深加工示范项目"),
    ("中国北车轨道交通装备基地项目加快建设。", "中国北车", "中国北车轨道交通装备基地项目"),
])
def test_a_merged_groups_former_short_name_takes_part_in_its_works(tmp_path, sentence, org, works):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert org in orgs
    assert (org, works) in links


def test_former_short_names_signing_with_the_county_are_companies(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "同神华、中冶签订战略合作协议，共同建设煤化工循环经济产业园。", HEAD)
    assert {"神华", "中冶"} <= orgs


def test_a_former_short_name_inside_a_longer_word_is_no_company(tmp_path):
    # 宝钢 inside 环保钢结构: the form opens no word, names no company
    _, orgs, _ = review_graph(tmp_path, "推广环保钢结构建筑，神华路改造工程完工。", HEAD)
    assert "宝钢" not in orgs
