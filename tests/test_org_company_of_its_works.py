"""Organizations (session 59, second round): a known company's short name and the product its works make,
read as one organization where a listed works opens at the same place, is the company as written
(比亚迪, 中海油, 奇瑞); the product names the works, not the body."""
from __future__ import annotations

import pytest

from tests.conftest import plan_entities

CASES = [
    # sichuan-2026-review
    ("比亚迪半导体、京东方第8.6代线等重大项目加快实施。", "比亚迪", "比亚迪半导体"),
    # tianjin-2026
    ("实施中石化催化剂、中海油新材料、燕山石化绿色新材料、金科日化精细化工等重点项目。", "中海油", "中海油新材料"),
    # henan-2026
    ("加快推进奇瑞乘用车技改、比亚迪新能源商用车、中州时代电池三期等项目。", "奇瑞", "奇瑞乘用车"),
]


@pytest.mark.parametrize("line, company, product_named", CASES)
def test_known_company_before_the_product_of_its_works(tmp_path, line, company, product_named):
    found = plan_entities(tmp_path, "Organization", line)
    assert company in found and product_named not in found
