"""Organization false positives carved from works' names (ANNOTATION rule 8): a local market's own name
before its head (农贸市场, 批发市场, 建材城: org_market_heads.txt) is the market's, no company building it
(hailar-2013…2016: 万家惠农贸市场, 尚品国际建材城, 龙腾果蔬批发市场项目). kg/extract/organizations.py
`carved_non_bodies` drops it (`_market_own_name`); a trading market run by its company (恒达二手车交易市场)
keeps its company, and a hotel's trade name in the same list stays."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2016年海拉尔区人民政府工作报告"


@pytest.mark.parametrize("sentence, market_name", [
    ("投资5亿元的万家惠农贸市场项目主体完工，投资6亿元的伊仕丹购物广场正式营业。", "万家惠"),
    ("发达广场、世纪天伦酒店、尚品国际建材城等项目正式投入使用。", "尚品"),
    ("完成龙腾果蔬批发市场项目建设，确保万家惠农贸批发市场投入运营。", "龙腾"),
])
def test_a_markets_own_name_is_no_company(tmp_path, sentence, market_name):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert market_name not in orgs
    assert not any(o == market_name for o, _ in links)


def test_a_hotels_trade_name_in_the_same_list_stays(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "发达广场、世纪天伦酒店、尚品国际建材城等项目正式投入使用。", HEAD)
    assert "世纪天伦" in orgs


def test_a_trading_market_keeps_its_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "启动蒙东机械装备交易中心、恒达二手车交易市场等项目。", HEAD)
    assert "恒达" in orgs
