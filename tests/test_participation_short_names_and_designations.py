"""participatesIn on reports of provinces the samples do not cover (session 21, issue 10): the short
names of large automakers, traders and battery groups (companies.txt, from the Fortune Global 500
and 中国企业500强 lists) inside the works they build, and a company described by a quoted designation
before 企业 ("“小巨人”企业X有限公司"), whose name starts after it. Sentences written in the genre's
phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, org, works", [
    ("广汽自主电驱项目、北海港二期工程等在建项目推进顺利。", "广汽", "广汽自主电驱项目"),
    ("北汽自主品牌整车基地项目竣工投产。", "北汽", "北汽自主品牌整车基地项目"),
    ("玉柴高端发动机产业园项目开工建设。", "玉柴", "玉柴高端发动机产业园项目"),
])
def test_a_large_groups_short_name_opens_the_works_it_builds(tmp_path, sentence, org, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert org in orgs
    assert (org, works) in links


def test_a_short_name_inside_a_longer_word_is_no_group(tmp_path):
    # 广汽 inside 推广|汽车, 北汽 inside 东北|汽车: the name opens no word
    orgs, _ = review_orgs_and_links(tmp_path, "大力推广汽车以旧换新，东北汽车零部件产业园加快建设。", HEAD)
    assert not {"广汽", "北汽"} & orgs


@pytest.mark.parametrize("sentence, name", [
    ("专精特新“小巨人”企业临川恒远光电有限公司与我县签订储能电池产业园项目。", "临川恒远光电有限公司"),
    ("“瞪羚”企业临川华科电子有限公司投资建设智能终端产业园。", "临川华科电子有限公司"),
])
def test_a_quoted_designation_before_the_company_is_no_part_of_its_name(tmp_path, sentence, name):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert name in orgs
    assert not any(o.startswith("企业") for o in orgs)


def test_works_signed_for_start_after_the_signing_verb(tmp_path):
    # "与X签订P", "与X签署P合作协议": the name of the works starts after 签订/签署, never before it
    orgs, links = review_orgs_and_links(tmp_path, "临川恒远光电有限公司与我县签订储能电池产业园项目，与临川市签署恒远新材料产业园项目合作协议。", HEAD)
    assert ("临川恒远光电有限公司", "储能电池产业园项目") in links
    assert not any("签" in p for _, p in links)
