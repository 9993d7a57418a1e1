"""Organizations carved from a list of works that name no body (session 58, org2): a count ranking the works
("4大": 大 among org_count_classifiers.txt) and a bare list item made of common words ("卫星制造", "风光核氢":
a sector or kinds of energy, `_bare_company_name` asks for the words of a coined trade name). Sentences of
the Shandong 2026 plan part (tests/real/shandong-2026.txt); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2026年山东省人民政府工作报告"


@pytest.mark.parametrize("sentence, not_a_body", [
    ("做强济南、青岛、淄博、济宁4大机器人产业基地，建设具身智能机器人训练场体系。", "4大"),
    ("支持济南、青岛、泰安等市推进火箭、卫星制造、航天配套等重大项目。", "卫星制造"),
    ("加快风光核氢等重点项目建设，非化石能源装机达到1.5亿千瓦。", "风光核氢"),
], ids=["count_in_figures", "listed_sector", "listed_energy_kinds"])
def test_counted_works_and_listed_sectors_name_no_company(tmp_path, sentence, not_a_body):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(o.startswith(not_a_body) for o in orgs)
    assert not any(o.startswith(not_a_body) for o, _ in links)


@pytest.mark.parametrize("sentence, company", [
    ("国碳纳米、恒一锂能等新能源项目19个加快建设。", "国碳纳米"),
    ("中储粮、东方发电、隆腾新材料等18个续建项目顺利推进。", "隆腾新材料"),
], ids=["coined_names", "known_mate"])
def test_listed_coined_trade_names_stay_companies(tmp_path, sentence, company):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs
