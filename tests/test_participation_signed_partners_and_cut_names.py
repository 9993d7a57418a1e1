"""Participation and company-name rules of session 20 (issue 10), on sentences written in the
genre's phrasing: a company the clause signs with or brings in builds the next clause's works; a
company's name whose trade name jieba cuts off its trade, or glues to the preposition before it.
Each test fails without its rule."""
from __future__ import annotations

from tests.conftest import assert_found, report_names as found, review_graph


def test_the_company_a_clause_signs_with_builds_the_next_clauses_works(tmp_path):
    # "与X签订…协议，合作建设P": the next clause has no subject of its own; the partner is it
    projects, orgs, links = review_graph(tmp_path, "与宽衍集团签订战略合作协议，合作建设年产5万吨碳纤维复合材料项目。",
                                         "某县2023年政府工作报告")
    assert ("宽衍集团", "年产5万吨碳纤维复合材料项目") in links


def test_every_partner_of_a_listed_signing_builds_and_an_agreement_reached_counts(tmp_path):
    _, _, links = review_graph(tmp_path, "与中信集团、华润集团达成合作协议，共同开发三塘盖旅游康养度假区。",
                               "某县2023年政府工作报告")
    assert {("中信集团", "三塘盖旅游康养度假区"), ("华润集团", "三塘盖旅游康养度假区")} <= links


def test_the_company_brought_in_builds_the_next_clauses_works(tmp_path):
    # "成功引进X，投资建设P": the company brought in is the builder of the next clause
    _, _, links = review_graph(tmp_path, "成功引进宽衍科技有限公司，投资建设年产5万吨碳纤维复合材料项目。",
                               "某县2023年政府工作报告")
    assert ("宽衍科技有限公司", "年产5万吨碳纤维复合材料项目") in links


def test_a_partner_the_clause_only_talks_with_builds_nothing_and_no_subject_is_taken_over(tmp_path):
    # no cue of taking part after the partner; a next clause with a verb of its own (推进) is no build
    _, _, links = review_graph(tmp_path, "与宽衍集团开展交流，推进县体育中心项目建设。", "某县2023年政府工作报告")
    assert not links
    _, _, links = review_graph(tmp_path, "与宽衍集团签订战略合作协议，推进县体育中心项目建设。", "某县2023年政府工作报告")
    assert not links


def test_a_preposition_jieba_glues_to_a_trade_name_is_no_part_of_the_company(tmp_path):
    # jieba cuts 由宽衍/nr|集团: the builder is 宽衍集团, which "P由X投资建设" links to the works
    _, orgs, links = review_graph(tmp_path, "县体育中心项目由宽衍集团投资建设。", "某县2023年政府工作报告")
    assert "宽衍集团" in orgs and "由宽衍集团" not in orgs
    assert ("宽衍集团", "县体育中心项目") in links
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告", "县体育中心项目由宽衍科技投资建设。")
    assert "宽衍科技" in orgs and "由宽衍科技" not in orgs


def test_a_listed_trade_name_jieba_cuts_off_its_trade_stays_in_the_companys_name(tmp_path):
    # 又/d 新/a 电子, 常/d 新/a 机电, 再/d 兴/v 实业: the walk stopped at the adverb; a trade alone names no company
    lines = ("又新电子、华源机电等企业加快技术改造。", "常新机电、恒特铝业等12家企业新增为规上企业。",
             "再兴实业、尤佳医药等企业分获省级荣誉。")
    assert_found(found(tmp_path, "Organization", "某县2023年政府工作报告", *lines),
                 found=("又新电子", "常新机电", "再兴实业"), not_found=("新电子", "新机电", "兴实业"))


def test_a_sector_before_a_trade_in_a_list_is_no_company(tmp_path):
    # a verb or a common word before the trade makes a sector ("发展制药"), no trade name
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告", "大力发展制药、化工等企业。")
    assert not {"发展制药", "制药"} & orgs


def test_a_registered_name_whose_trade_name_jieba_reads_as_a_verb_keeps_it(tmp_path):
    # 山东/ns 润养/v 医疗器械 有限公司: a trade and a legal form name no company; the walk goes on
    # past the trade name jieba reads as a verb, to the province of the registered name
    _, orgs, links = review_graph(tmp_path, "年产5万台理疗仪的山东润养医疗器械有限公司医疗设备项目落户我县。",
                                  "某县2023年政府工作报告")
    assert "山东润养医疗器械有限公司" in orgs and "医疗器械有限公司" not in orgs
    assert ("山东润养医疗器械有限公司", "山东润养医疗器械有限公司医疗设备项目") in links
