"""Organization rules of task QT18 (issues 9, 10) on real sentences of the genre: a company's trade name
opening its works' name, read by characters although a common word stands inside it, where a list-mate
of the works opens with a company; each sentence is put in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_a_list_mate_company_vouches_for_a_trade_name_holding_a_common_word(tmp_path):
    # 通达 (659) and 阳春 (71) are common words; 盘珂实业 and 麦福劳 open the list-mates
    orgs = found(tmp_path, "Organization", "虎林市2025年政府工作报告",
                 "全年签约中沄通达储能柜组装、盘珂实业跨境冷链产业园等优势项目45个。",
                 "热电厂铁路专用线、麦福劳二期扩建、赤阳春建材生产线等项目正式投入使用。")
    assert {"中沄通达", "盘珂实业"} <= orgs
    assert {"赤阳春", "赤阳春建材"} & orgs  # the company with its trade (建材) or without


def test_without_a_company_among_the_list_mates_a_common_word_stays_no_trade_name(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告",
                 "中沄通达储能柜组装、跨境冷链产业园等项目开工。")
    assert "中沄通达" not in orgs


def test_a_works_kind_or_descriptor_after_a_company_list_mate_is_no_company(tmp_path):
    # the mate 盘珂实业 opens with a company, but 新型 and 智慧 say what the works is, and 时代 is a common word whole
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告",
                 "盘珂实业跨境冷链产业园、新型储能电站、智慧农业产业园、时代动力电池基地等项目开工。")
    assert "盘珂实业" in orgs
    assert not {"新型", "新型储能", "智慧", "智慧农业", "时代"} & orgs
