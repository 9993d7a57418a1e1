"""Organization rules (issues 9, 10) on real sentences of the genre: a company's trade name
opening its works' name, read by characters although a common word stands inside it, where a list-mate
of the works opens with a company; each sentence is put in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_a_list_mate_company_vouches_for_a_trade_name_holding_a_common_word(tmp_path):
    # 通达 (659) and 阳春 (71) are common words; 琨珂实业 and 麦福劳 open the list-mates
    orgs = found(tmp_path, "Organization", "虎林市2025年政府工作报告",
                 "签约中沄通达储能电池组装、琨珂实业冷链物流园等项目32个。",
                 "热电厂铁路专用线、麦福劳二期扩建、赤阳春建材生产线等项目正式投入使用。")
    assert {"中沄通达", "琨珂实业"} <= orgs
    assert {"赤阳春", "赤阳春建材"} & orgs  # the company with its trade (建材) or without


def test_without_a_company_among_the_list_mates_a_common_word_stays_no_trade_name(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告",
                 "中沄通达储能电池组装、冷链物流园等项目开工。")
    assert "中沄通达" not in orgs


def test_a_works_kind_or_descriptor_after_a_company_list_mate_is_no_company(tmp_path):
    # the mate 琨珂实业 opens with a company, but 新型 and 智慧 say what the works is, and 时代 is a common word whole
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告",
                 "琨珂实业冷链物流园、新型储能电站、智慧农业产业园、时代动力电池基地等项目开工。")
    assert "琨珂实业" in orgs
    assert not {"新型", "新型储能", "智慧", "智慧农业", "时代"} & orgs


def test_a_works_after_the_sum_invested_in_it_is_named_by_its_company_and_product(tmp_path):
    # "1亿元的东特传动减速机项目": the sum invested marks a company's plant, named by its company and its product
    orgs = found(tmp_path, "Organization", "某县2020年政府工作报告",
                 "目前总投资50亿元的浙江和润集团粮油加工及中转基地项目、3.5亿美元的南光集团商业综合体及双语学校项目、"
                 "1.5亿元的景浮宫特种瓷银行卡项目、1亿元的东特传动减速机项目正抓紧对接,力争早签约、早落地。")
    assert {"景浮宫", "东特"} <= orgs


def test_common_words_after_the_sum_invested_are_no_company(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2020年政府工作报告",
                 "总投资3亿元的城市综合体项目、5000万元的污水处理厂提标改造项目、2亿元的农产品冷链物流项目开工建设。")
    assert not {"城市", "城市综合体", "污水", "污水处理", "农产品"} & orgs


def test_a_crop_after_the_sum_invested_is_no_company(tmp_path):
    # 香椿 is in jieba's dictionary (a vegetable): after the sum invested only an unknown word is a trade name
    orgs = found(tmp_path, "Organization", "永济市2020年政府工作报告",
                 "总投资0.32亿元的蒲州镇高标准设施葡萄项目,总投资0.8亿元的香椿大棚设施农业项目开工建设。")
    assert "香椿" not in orgs
