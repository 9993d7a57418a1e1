"""Companies listed beside companies (session 40, og40): a list item right beside a company found by
its head or known by name, that is a trade name and its trade word or 集团, is a company too where
jieba's reading hid it ("大成/v 集团", "沪/j 士 电子", "江淮/j 汽车"). Sentences of real reports
(昆山市 2013, 长春市 2019, 合肥市 2018 政府工作报告); lines of the genre for what stays no company."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

HEAD = "2013年昆山市人民政府工作报告"


@pytest.mark.parametrize("sentence, company", [
    ("支持皓月集团、吉粮集团、大成集团扩能改造。", "大成集团"),  # the list's last, up to the verb after it
    ("加快龙腾光电8.5代液晶面板、友达光电（昆山）第8.5代TFT-LCD生产线、国显光电AMOLED面板等重大项目建设，"
     "推动仁宝、纬创、富士康等龙头企业转型升级，支持好孩子集团、沪士电子、中荣金属做大做强。", "沪士电子"),
    ("深化与科大讯飞、阳光电源、江淮汽车、合肥百货大楼集团合作。", "江淮汽车"),  # a region's name and the trade
])
def test_a_trade_name_listed_beside_a_company_is_a_company(tmp_path, sentence, company):
    assert company in report_names(tmp_path, "Organization", HEAD, "一、工作回顾", sentence)


@pytest.mark.parametrize("sentence, not_company", [
    ("支持华为集团、生物医药、电子信息等产业发展。", "生物医药"),  # a sector beside a company
    ("推动吉粮集团、新能源汽车、装备制造做大做强。", "新能源汽车"),  # an industry and its trade word
])
def test_a_sector_listed_beside_a_company_is_no_company(tmp_path, sentence, not_company):
    assert not_company not in report_names(tmp_path, "Organization", HEAD, "一、工作回顾", sentence)
