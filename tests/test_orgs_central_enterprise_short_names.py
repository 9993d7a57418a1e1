"""Central state-owned enterprises by the short names reports use (companies.txt, from the SASAC list
of central enterprises): 中节能 (中国节能环保集团's own short name) and 中航工业 (中国航空工业集团公司's
short name 2008-2017, before 航空工业). Sentences of real reports (巢湖市 2016, 贵州省 2017)."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

HEAD = "2016年某某市人民政府工作报告"


@pytest.mark.parametrize("sentence, company, not_company", [
    ("富煌三期等项目开工建设，中广核、中节能（一期）光伏项目建成投产。", "中节能", None),
    # the group's short name and its plant's coined name name the subsidiary (中航工业贵飞), not 中航
    ("推进中航工业贵飞搬迁改造、贵州轮胎搬迁。", "中航工业贵飞", "中航"),
])
def test_a_central_enterprise_by_its_short_name(tmp_path, sentence, company, not_company):
    orgs = report_names(tmp_path, "Organization", HEAD, "一、工作回顾", sentence)
    assert company in orgs and not_company not in orgs, orgs
