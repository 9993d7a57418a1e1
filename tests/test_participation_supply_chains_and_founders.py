"""participatesIn and organizations (session 42, pt42): (1) a company named before 配套 and an industrial works' head
(participation.txt `supplied`: 产业园, 项目, 产业) takes part in its own supply-chain works ("长沙惠科光电
配套产业园"), while one before 配套学校 is still only served by the school (the qianjiang test of
test_participation_province_trade_names_and_plants); (2) the bodies that found and run an institution
together take part in it ("由A、B和C共同举办的P": participation.txt 举办); (3) a company trade or industry
word after a trade name at a works' head is part of the company's name where a product or a figure follows
it ("泰鸿新材料彩涂板项目", "晶合集成电路12英寸晶圆制造基地"). Sentences of real reports: 巩义市 2014, 合肥市 2018, 芜湖市 2018,
浏阳市 2023 and 杭州市余杭区 2020 政府工作报告."""
from __future__ import annotations

from tests.conftest import review_orgs_and_links


def test_a_company_takes_part_in_its_supply_chain_park(tmp_path):
    # 浏阳市 2023: the park of 惠科光电's suppliers, which the company brings in; 惠科, the group its short
    # name holds, builds its own works in the sentence, not this park (session 48: the group a company's
    # short form holds takes no part, as none of the pools' golds u49–u59 links one)
    _, links = review_orgs_and_links(
        tmp_path, "加快蓝思科技3D玻璃智能制造、惠科第8.6代超高清新型显示器件二期、长沙惠科光电配套产业园建设，"
                  "推动盐津铺子、绝味食品、楚天科技等企业扩能项目达产。", "2023年浏阳市人民政府工作报告")
    assert ("惠科光电", "长沙惠科光电配套产业园") in links, links
    assert ("惠科", "惠科第8.6代超高清新型显示器件二期") in links, links


def test_the_founders_of_an_institution_take_part_in_it(tmp_path):
    # 杭州市余杭区 2020 (the sentence's second clause): a lab founded and run by a province's government,
    # a university and a group
    _, links = review_orgs_and_links(
        tmp_path, "由浙江省人民政府、浙江大学和阿里巴巴集团共同举办的之江实验室一期建成投用。",
        "2020年杭州市余杭区人民政府工作报告")
    assert {("浙江省人民政府", "之江实验室一期"), ("浙江大学", "之江实验室一期"),
            ("阿里巴巴集团", "之江实验室一期")} <= links, links


def test_a_trade_before_the_product_of_its_works_is_the_companys(tmp_path):
    # 巩义市 2014: "泰鸿|新材料|彩涂板项目": the company's trade, then what the works make
    orgs, links = review_orgs_and_links(tmp_path, "恒星科技钢帘线二期、泰鸿新材料彩涂板项目竣工。", "2014年巩义市人民政府工作报告")
    assert "泰鸿新材料" in orgs and "泰鸿" not in orgs, orgs
    assert ("泰鸿新材料", "泰鸿新材料彩涂板项目") in links, links


def test_an_industry_before_a_figure_of_the_works_is_the_companys(tmp_path):
    # 合肥市 2018: "晶合|集成电路|12英寸晶圆制造基地"
    orgs, links = review_orgs_and_links(
        tmp_path, "加快京东方10.5代线、晶合集成电路12英寸晶圆制造基地、长鑫存储器等重大产业项目建设。", "2018年合肥市人民政府工作报告")
    assert ("晶合集成电路", "晶合集成电路12英寸晶圆制造基地") in links, links
    assert "晶合" not in orgs, orgs


def test_an_industry_that_qualifies_the_product_stays_the_works(tmp_path):
    # 芜湖市 2018: "奇瑞|新能源|汽车二期": 新能源 qualifies the product, the company is 奇瑞
    orgs, links = review_orgs_and_links(
        tmp_path, "奇瑞新能源汽车二期、埃夫特智能装备产业园、美的厨卫电器制造基地扩建项目建成投产。", "2018年芜湖市人民政府工作报告")
    assert ("奇瑞", "奇瑞新能源汽车二期") in links and "奇瑞新能源" not in orgs, orgs
