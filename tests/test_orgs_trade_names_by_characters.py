"""Organization rules (issues 9, 10) on real sentences of the genre: trade names that
jieba's cut hides, read by characters; each sentence is put in a small report of its own area, so the
rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names as found, review_graph


def test_a_trade_name_jieba_cuts_apart_opens_its_works(tmp_path):
    # jieba cuts 爱|旭光|伏电池 and 溧阳市|韵|欢|建材: the trade name before the industry word is read by characters
    orgs = found(tmp_path, "Organization", "珠海市斗门区2022年政府工作报告",
                 "爱旭光伏电池、芯源半导体、闻泰光电智能制造产业园落地白沙工业园。",
                 "溧阳市韵欢建材科技助磨剂项目竣工投产。")
    assert {"爱旭", "闻泰", "韵欢"} <= orgs


def test_a_word_of_how_the_works_is_built_may_stand_before_the_industry(tmp_path):
    # 集中式 says how the storage plant is built; the trade name stands before it
    orgs = found(tmp_path, "Organization", "菏泽市2025年政府工作报告", "辰隆集中式储能电站并网投运。")
    assert "辰隆" in orgs


def test_known_words_and_industry_words_read_by_characters_are_no_trade_name(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告",
                 "光伏储能电站建成投运。",  # an industry before the industry: the product, no company
                 "马仁建工业功能区提升改造工程完工。",  # 建工 runs into jieba's 工业: no industry word there
                 "高端装备产业园、新型储能电站开工建设。")  # known words: descriptors
    assert not {"光伏", "马仁", "马仁建工", "高端", "新型"} & orgs


def test_a_plants_product_of_the_manufacturing_headings_follows_the_trade_name(tmp_path):
    # 大豆 and 硬质合金 (GB/T 4754 headings, industries.txt) after a trade name jieba cuts 江|钨
    orgs = found(tmp_path, "Organization", "靖安县2023年政府工作报告",
                 "投资38亿元的江钨硬质合金新材料产业园开工。",
                 "金晶大豆多糖二期项目建成投产。")
    assert {"江钨", "金晶"} <= orgs


def test_works_found_by_their_sum_invested_are_read_for_their_company_too(tmp_path):
    # the works after "投资…万元的" are found after companies_in_works ran: companies_in_late_works reads them
    orgs = found(tmp_path, "Organization", "镇赉县2017年政府工作报告",
                 "已竣工项目3个,投资1500万元的恒泉油脂厂,投资630万元的供销商城,投资320万元的德源果蔬。")
    assert {"恒泉", "德源"} <= orgs
    assert "供销" not in orgs


def test_a_word_before_a_known_company_is_its_site_not_a_company(tmp_path):
    orgs = found(tmp_path, "Organization", "商洛市2024年政府工作报告", "丹凤棣花携程农庄、柞水溶洞等项目建成运营。")
    assert "携程" in orgs and "棣花" not in orgs


def test_a_trade_name_jieba_cuts_a_character_off_opens_its_phase(tmp_path):
    # jieba cuts 金|正源|一期 and 万|橙源|二期: the phase closes the trade name read by characters, and
    # the company takes part in its works (participatesIn)
    projects, orgs, links = review_graph(tmp_path, "全年推动金正源一期、万橙源二期、巨正盛一期等8个项目竣工投产。",
                                         "某县2024年政府工作报告")
    assert {"金正源", "万橙源", "巨正盛"} <= orgs, orgs
    assert {("金正源", "金正源一期"), ("万橙源", "万橙源二期")} <= links, links


def test_a_line_number_or_a_verb_before_a_phase_is_no_trade_name(tmp_path):
    # 9号线: a metro line's number; 引洮: a water diversion (引 a verb) — their phases are public works
    orgs = found(tmp_path, "Organization", "某市2022年政府工作报告", "加快推进9号线一期、引洮二期建设。")
    assert not {"9号线", "号线", "引洮"} & orgs, orgs


def test_a_company_before_its_local_companys_place_in_brackets_opens_its_works(tmp_path):
    # "X(某县)Y": the works of company X's local company at that place; X takes part in them. The brackets
    # may hold a division's name without its level (德保 of 德保县)
    projects, orgs, links = review_graph(tmp_path, "鑫瀚(德保)新材料产业园、京东(宿迁)智能物流园开工建设。",
                                         "某市2023年政府工作报告")
    assert {"鑫瀚", "京东"} <= orgs, orgs
    assert {("鑫瀚", "鑫瀚(德保)新材料产业园"), ("京东", "京东(宿迁)智能物流园")} <= links, links


def test_a_place_region_or_clause_before_bracketed_place_is_no_company(tmp_path):
    orgs = found(tmp_path, "Organization", "某省2022年政府工作报告",
                 "西部(重庆)科学城、漳州(龙海)精细化工园加快建设。",  # a region's word, a city
                 "投资1亿元的技改项目将对某瓷(江西)建筑陶瓷有限公司的三期车间进行改造。")  # a clause's adverb
    assert not {"西部", "漳州", "将对某瓷"} & orgs, orgs
