"""participatesIn (session 42, pt42): (1) a company named before 配套 and an industrial works' head
(participation.txt `supplied`: 产业园, 项目, 产业) takes part in its own supply-chain works ("长沙惠科光电
配套产业园"), while one before 配套学校 is still only served by the school (the qianjiang test of
test_participation_province_trade_names_and_plants); (2) the bodies that found and run an institution
together take part in it ("由A、B和C共同举办的P": participation.txt 举办). Sentences of real reports:
浏阳市 2023 and 杭州市余杭区 2020 政府工作报告."""
from __future__ import annotations

from tests.conftest import review_orgs_and_links


def test_a_company_takes_part_in_its_supply_chain_park(tmp_path):
    # 浏阳市 2023: the park of 惠科's suppliers, which the company brings in
    _, links = review_orgs_and_links(
        tmp_path, "加快蓝思科技3D玻璃智能制造、惠科第8.6代超高清新型显示器件二期、长沙惠科光电配套产业园建设，"
                  "推动盐津铺子、绝味食品、楚天科技等企业扩能项目达产。", "2023年浏阳市人民政府工作报告")
    assert ("惠科", "长沙惠科光电配套产业园") in links, links


def test_the_founders_of_an_institution_take_part_in_it(tmp_path):
    # 杭州市余杭区 2020 (the sentence's second clause): a lab founded and run by a province's government,
    # a university and a group
    _, links = review_orgs_and_links(
        tmp_path, "由浙江省人民政府、浙江大学和阿里巴巴集团共同举办的之江实验室一期建成投用。",
        "2020年杭州市余杭区人民政府工作报告")
    assert {("浙江省人民政府", "之江实验室一期"), ("浙江大学", "之江实验室一期"),
            ("阿里巴巴集团", "之江实验室一期")} <= links, links
