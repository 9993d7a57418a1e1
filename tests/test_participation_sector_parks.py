"""Participation rule of session 24 (qb24, issue 10), on sentences written in the genre's phrasing:
a works' name opening with industry and trade words alone ("生物制药化工产业园") names the park's
sector, so a body read there is no company taking part in it; a trade name before the trade still
makes the works a company's. The first test fails without the rule."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某县2023年政府工作报告"


def test_a_park_named_after_its_industries_has_no_company_at_work(tmp_path):
    for n, sentence in enumerate(("园区建设取得新进展,加快建设生物制药化工产业园,谋划建设智能装备产业园。",
                                  "园区承载能力提升,建成生物制药化工产业园一期,谋划新能源装备产业园。")):
        (tmp_path / str(n)).mkdir()
        projects, _, links = review_graph(tmp_path / str(n), sentence, REPORT)
        assert any(p.startswith("生物制药化工产业园") for p in projects)
        assert not any(o == "生物制药化工" for o, _ in links), links


def test_a_trade_name_before_the_trade_still_names_the_company_at_work(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍化工产业园二期开工建设。", REPORT)
    assert ("宽衍化工", "宽衍化工产业园二期") in links


def test_a_place_before_the_trade_makes_it_a_company_at_work(tmp_path):
    # a registered name's place and industry ("抚顺石化"): the company, not a sector
    _, _, links = review_graph(tmp_path, "推进福州智能装备基地、三明新能源科技二期等重点项目建设。", "某市2023年政府工作报告")
    assert ("新能源科技", "三明新能源科技二期") in links
