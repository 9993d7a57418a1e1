"""Participation and company-name rules of session 21 (qo21, issue 10), on sentences written in the
genre's phrasing: a works' name opened by a group's name without its legal form is the group's works;
a registered name whose trade name jieba cuts into single characters, the first a verb, is one company.
Each test fails without its rule."""
from __future__ import annotations

from tests.conftest import report_names as found, review_graph


def test_a_works_opened_by_a_groups_name_without_its_legal_form_is_the_groups(tmp_path):
    # the report names 湖南金禾集团, then writes its works short: "湖南金禾澧县年产…项目"
    _, orgs, links = review_graph(
        tmp_path, "湖南金禾集团是省属大型国有企业。湖南金禾澧县年产10万吨饲料项目开工建设。", "某县2023年政府工作报告")
    assert "湖南金禾集团" in orgs
    assert ("湖南金禾集团", "湖南金禾澧县年产10万吨饲料项目") in links


def test_a_groups_registered_name_without_its_whole_legal_form_opens_its_works(tmp_path):
    # "集团有限公司" is stripped whole, not 有限公司 alone ("湖南金禾集团" opens no works' name here)
    _, _, links = review_graph(
        tmp_path, "湖南金禾集团有限公司落户园区。湖南金禾澧县年产10万吨饲料项目建成投产。", "某县2023年政府工作报告")
    assert ("湖南金禾集团有限公司", "湖南金禾澧县年产10万吨饲料项目") in links


def test_a_short_name_that_is_a_common_word_or_too_short_links_nothing(tmp_path):
    # 交通 (of 交通集团) and 宽衍 (two characters) are no short names a works' name is read by
    _, _, links = review_graph(
        tmp_path, "交通集团完成改制。交通运输枢纽项目开工建设。", "某县2023年政府工作报告")
    assert not links
    _, _, links = review_graph(
        tmp_path, "宽衍集团完成改制。宽衍路改造项目开工建设。", "某县2023年政府工作报告")
    assert not links


def test_a_registered_name_jieba_cuts_into_single_characters_is_one_company(tmp_path):
    # 兴/v 煤 煌/ag 泰 新能源有限公司: no word of the stem looks proper, and the walk kept it whole
    head = "某县2023年政府工作报告"
    orgs = found(tmp_path, "Organization", head, "今年,兴煤煌泰新能源有限公司年产3万吨碳纤维项目开工建设。")
    assert "兴煤煌泰新能源有限公司" in orgs
    _, _, links = review_graph(tmp_path, "今年,兴煤煌泰新能源有限公司年产3万吨碳纤维项目开工建设。", head)
    assert ("兴煤煌泰新能源有限公司", "兴煤煌泰新能源有限公司年产3万吨碳纤维项目") in links


def test_single_characters_after_a_function_word_are_no_trade_name(tmp_path):
    # 在 is no part of a name: the run of characters must open its clause or follow a longer word
    orgs = found(tmp_path, "Organization", "某县2023年政府工作报告", "项目建在煤煌泰新能源有限公司厂区内。")
    assert "在煤煌泰新能源有限公司" not in orgs and "建在煤煌泰新能源有限公司" not in orgs


def test_a_rate_before_a_capacity_is_no_part_of_a_trade_name(tmp_path):
    # "X果园年产3万吨含/v 乳饮料项目": the works walk stops at 含, the capacity rule reads the trade; the trade name before the capacity is no "园年产"
    head = "某县2023年政府工作报告"
    lines = ("全县项目评比中,甲项目位列第一,宽衍果园年产3万吨含乳饮料项目位列第二。",
             "乙项目并列第一,首期年产6万吨碳化硅粉体项目开工。")
    orgs = found(tmp_path, "Organization", head, *lines)
    projects = found(tmp_path, "Project", head, *lines)
    assert not any(o.endswith("年产") for o in orgs)
    assert not any(p.startswith(("园年产", "果园年产")) for p in projects)
