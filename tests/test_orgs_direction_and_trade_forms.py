"""Companies the rules never found, so their works could not be linked (issue 10, session 23 qh23):
a trade name holding a direction character that jieba reads as a direction or place word (东排/s 公司,
鸿/nr 中/f 集团) before 集团 or 公司, opening its clause or a list item, is the company; a rare word made
of a trade name and a company trade (高科: "鼎江高科", cut 鼎江|高科) opening a works' name, a product of four
characters or more before its head, is the company whose works they are. Sentences written in the
genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company", [
    ("全县重大项目完成投资95亿元。东排公司精密轴承智能制造、天和公司汽车水泵生产线等项目建成投产。", "东排公司"),
    ("今年以来，鸿中集团与县政府签订合作协议。", "鸿中集团"),
])
def test_a_trade_name_holding_a_direction_is_the_company(tmp_path, sentence, company):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs, orgs


@pytest.mark.parametrize("sentence", [
    "各类市场主体中公司制企业占比提高。",
    "推动东部集团化发展。",
])
def test_a_direction_word_inside_a_phrase_names_no_company(tmp_path, sentence):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert not any(o.endswith(("公司", "集团")) for o in orgs), orgs


@pytest.mark.parametrize("sentence, company, works", [
    ("鼎江高科高纯电子化学品项目等3个项目集中竣工。", "鼎江高科", "鼎江高科高纯电子化学品项目"),
    ("莱江高科高端光学镜片项目竣工投产。", "莱江高科", "莱江高科高端光学镜片项目"),
    # (mu23) two common characters jieba tags as one place-like proper noun it does not know: a trade name
    ("兴江高科精密光学镜片项目等5个项目集中开工。", "兴江高科", "兴江高科精密光学镜片项目"),
])
def test_a_trade_name_and_gaoke_opening_a_works_is_its_company(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects and company in orgs, (projects, orgs)
    assert (company, works) in links


def test_gaoke_with_too_short_a_works_names_no_company(tmp_path):
    # a product shorter than PROJECT_LIMITS.company_works_min characters: the word is no company by its form alone
    _, orgs, _ = review_graph(tmp_path, "推进高科技产业园项目建设。", HEAD)
    assert not any(o.endswith("高科") for o in orgs), orgs


def test_an_industry_before_the_site_city_is_no_company(tmp_path):
    # 储能 is an industry (industries.txt): with its trade 电池 before the city it is the works' product
    _, orgs, links = review_graph(tmp_path, "新开工建设鼎盛新能源动力及储能电池抚州项目(二期)等5个项目。", HEAD)
    assert "储能电池" not in orgs, orgs
    assert not any(o == "储能电池" for o, _ in links), links


# (session 23, mu23: the review of qh23) a direction and a level alone name a scope, no trade name:
# 中省 is central and provincial, as in 中省企业; a trade name holding a direction stays a company
def test_a_direction_and_a_level_name_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "推动国企改革，中省公司与地方企业合作加强。", HEAD)
    assert "中省公司" not in orgs, orgs


# (session 23, mu23) the word before a company-form trade must be rare: a common word (石油 of 石油化学)
# or a kind of business (冷链 before 储运) makes a sector of the works, no company
@pytest.mark.parametrize("sentence, word", [
    ("实施石油化学循环经济产业园项目。", "石油化学"),
    ("实施冷链储运智能物流中心项目。", "冷链储运"),
])
def test_a_common_word_before_a_company_trade_names_no_company(tmp_path, sentence, word):
    projects, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert word not in orgs, orgs
    assert any(p.startswith(word) for p in projects), projects
