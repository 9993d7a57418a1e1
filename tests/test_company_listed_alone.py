"""participatesIn where an item of a list of companies' works is the city or county of the plant and the
company's short name alone (session 63, pc3; ANNOTATION rule 8): "吕梁|杭氧、…等一批转型项目" → 杭氧, which
takes part in the works. kg/extract/organizations.py `_bare_item_trade_name` finds the company (two or three
characters jieba knows rarely or not at all, after a division, the list closed by 等…项目), and
kg/resolve/relations.py links it although its name closes the works' name (no establishment built whole).
The whole pipeline runs on each sentence; the sentences are written in the genre's wording."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("吕梁瑞丰、新城熔盐技改等一批转型项目建成投产。", "瑞丰", "吕梁瑞丰"),
    ("赣州杭氧、抚州锂电产业园等重大项目加快建设。", "杭氧", "赣州杭氧"),
])
def test_a_company_alone_after_its_division_in_a_list_of_works(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert company in orgs
    assert (company, works) in links


@pytest.mark.parametrize("sentence, not_company", [
    # a housing estate after its city (房地产项目): the estate's name, no company's
    ("兴安壹品宅、盛世豪庭等一批房地产项目竣工投用。", "壹品宅"),
    # a list of public works (工程): a landscape after the place, no company
    ("重点实施西山湿地保护、东山花海等工程。", "花海"),
    # a river before the estate (tests/real tianjin-2026-review): no division, no company
    ("新开工郁江新里等8个更新项目。", "新里"),
])
def test_no_company_where_the_item_is_an_estate_or_public_works(tmp_path, sentence, not_company):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not_company not in orgs
    assert not any(o == not_company for o, _ in links)
