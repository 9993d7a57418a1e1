"""Review and target paragraphs (session 26, qf26): a value after 涨幅 is a rise by that much (the
gold of national-2017 reads "居民消费价格涨幅3%左右" as a change, increase), whatever level verb sets
it; 双双 ("both") between a pair of measures and their verb is no part of the name; a count of what
入围 (made a shortlist) is an honour, no value (ANNOTATION 5). Sentences written for the test in the
genre's phrasing, not copied from any report read."""
import pytest

from kg.extract import extract_mentions
from tests.test_observations_copies_without_title import parsed

OPENING = "2026年1月10日,某县第十八届人民代表大会第四次会议开幕。县长作政府工作报告时说,"


def found(tmp_path, sentence):
    """(indicator, value, unit, measure, direction, bound, status, period) of each observation."""
    return {(a["indicator"], a["value"], a["unit"], a["measure"], a["direction"], a.get("bound"), a["status"], a["period"])
            for a in (m.attrs for m in extract_mentions(parsed(tmp_path, OPENING + sentence + "\n"))
                      if m.type == "Observation")}


def test_a_price_rise_is_a_change_in_the_review_and_the_plan(tmp_path):
    got = found(tmp_path, "2025年,全县居民消费价格涨幅2.1%,城镇登记失业率3.2%。")
    assert ("居民消费价格", "2.1", "%", "change", "increase", None, "actual", 2025) in got, got
    # the rate beside it stays a level
    assert ("城镇登记失业率", "3.2", "%", "level", None, None, "actual", 2025) in got, got
    got = found(tmp_path, "2026年主要预期目标是:居民消费价格涨幅控制在3%左右,城镇调查失业率控制在5.5%以内。")
    assert ("居民消费价格", "3", "%", "change", "increase", None, "target", 2026) in got, got
    assert ("城镇调查失业率", "5.5", "%", "level", None, "max", "target", 2026) in got, got


def test_a_rise_at_the_end_of_a_list_leaves_the_list_as_it_was(tmp_path):
    # the items share one measure: the rate before the price is no rise (older pool, qa22-held_03's
    # shape, written anew); the price shares the list's level (a measure per item is left)
    got = found(tmp_path, "2025年,城镇调查失业率、居民消费价格涨幅分别控制在5.2%和2%以内。")
    assert ("城镇调查失业率", "5.2", "%", "level", None, None, "actual", 2025) in got, got
    assert ("居民消费价格", "2", "%", "level", None, "max", "actual", 2025) in got, got
    assert not any(g[0] == "城镇调查失业率" and g[3] == "change" for g in got), got


def test_a_rise_of_every_item_a_list_names(tmp_path):
    # 和/及 inside one name, items that name no measure of their own, and items of one head all
    # take the rise (session 26 review: the first version read each as a level)
    got = found(tmp_path, "2025年,教育文化和娱乐价格涨幅2.5%,烟酒及用品价格涨幅1.5%,居民消费价格涨幅2.1%。")
    for name, value in (("教育文化和娱乐价格", "2.5"), ("烟酒及用品价格", "1.5"), ("居民消费价格", "2.1")):
        assert (name, value, "%", "change", "increase", None, "actual", 2025) in got, got
    for sentence in ("2025年,城镇和农村居民人均可支配收入涨幅分别为6.5%和8.2%。",
                     "2025年,城乡居民人均可支配收入涨幅分别为6.5%和8.2%。"):
        got = found(tmp_path, sentence)
        assert ("城镇居民人均可支配收入", "6.5", "%", "change", "increase", None, "actual", 2025) in got, got
        assert ("农村居民人均可支配收入", "8.2", "%", "change", "increase", None, "actual", 2025) in got, got
    got = found(tmp_path, "2025年,居民消费价格、工业生产者出厂价格涨幅分别为2.1%和1.5%。")
    assert ("居民消费价格", "2.1", "%", "change", "increase", None, "actual", 2025) in got, got
    assert ("工业生产者出厂价格", "1.5", "%", "change", "increase", None, "actual", 2025) in got, got


def test_a_gap_to_the_goal_is_no_rise(tmp_path):
    # a comparison after 涨幅 measures the gap to what it is compared with; a bound verb ending the
    # words is the rise's bound
    got = found(tmp_path, "2025年,居民消费价格涨幅低于预期目标1个百分点。")
    assert ("居民消费价格", "1", "个百分点", "level", None, None, "actual", 2025) in got, got
    got = found(tmp_path, "2025年,居民消费价格涨幅超过3%。")
    assert ("居民消费价格", "3", "%", "change", "increase", "min", "actual", 2025) in got, got


def test_a_change_verb_after_the_rise_keeps_its_direction(tmp_path):
    got = found(tmp_path, "2025年,居民消费价格涨幅比上年回落0.4个百分点,居民消费价格上涨1.5%。")
    assert ("居民消费价格", "0.4", "个百分点", "change", "decrease", None, "actual", 2025) in got, got
    assert ("居民消费价格", "1.5", "%", "change", "increase", None, "actual", 2025) in got, got


def test_the_sample_price_target_is_a_rise(national):
    prices = {(m.attrs["value"], m.attrs["measure"], m.attrs["direction"], m.attrs["status"])
              for m in national.mentions if m.type == "Observation" and m.attrs["indicator"] == "居民消费价格"}
    assert ("3", "change", "increase", "target") in prices, prices


def test_both_is_no_part_of_the_name(tmp_path):
    got = found(tmp_path, "2025年,金融机构存贷款余额双双突破500亿元,进出口双双增长10%。")
    names = {g[0] for g in got}
    # one value two listed items both reach is each item's (session 66: the gold of tests/real writes
    # 人民币存款余额 and 人民币贷款余额 for "人民币存款、贷款余额…双双突破9万亿元")
    assert {"金融机构存款余额", "金融机构贷款余额", "进出口"} <= names, got
    assert "金融机构存贷款余额" not in names, got
    assert not any("双双" in n for n in names), got


def test_a_goal_aimed_at_names_what_it_measures(tmp_path):
    # "围绕…" opening a goal and the goal word after the value are no part of the name
    got = found(tmp_path, "2026年,围绕2028年整车产能达到50万辆目标,加快建设汽车产业基地;"
                          "围绕高速公路通车里程突破3000公里,实施高速公路项目12个。")
    names = {g[0]: g for g in got}
    # the year after 围绕 is the goal's period (ANNOTATION 9), as one opening the clause is
    assert ("整车产能", "50", "万辆", "level", None, None, "target", 2028) in got, got
    # the clauses after it keep the sentence's year (an older pool's excerpt read 2015 for them)
    assert all(g[7] == 2026 for g in got if g[0] != "整车产能"), got
    assert "高速公路通车里程" in names and names["高速公路通车里程"][5] == "min", got
    assert not any("围绕" in n or n.endswith("目标") for n in names), got
    # a goal after 的 keeps its value: the words before name nothing without it
    got = found(tmp_path, "2026年,全县水利建设将锚定投资12亿元以上的目标,持续发力。")
    assert any(g[1:3] == ("12", "亿元") and g[5:] == ("min", "target", 2026) for g in got), got
    # a share of the year's goal after a value leaves that value and its name alone
    got = found(tmp_path, "2025年,全县造林8万亩,完成年度目标任务的120%。")
    assert any(g[0] == "造林" for g in got), got


def test_a_count_that_made_a_shortlist_is_no_value(tmp_path):
    got = found(tmp_path, "2025年,全县5个项目入围全省优秀案例,入围企业完成产值12亿元,新建标准化厂房8栋。")
    assert not any(g[1] == "5" for g in got), got
    # what the shortlisted firms produced is a value, and the clause after keeps its count
    assert any(g[1] == "12" and g[2] == "亿元" for g in got), got
    assert any(g[1] == "8" and g[2] == "栋" for g in got), got


def test_a_shortlist_word_opening_the_next_item_or_a_list_of_works_leaves_the_count(tmp_path):
    # 入围 opening the next item of a list is that item's verb; entering a list of works (a project
    # library, the key projects, like 列入) is no honour (ANNOTATION 5 drops honours only)
    got = found(tmp_path, "2025年,申报省级重点项目20个、入围12个。")
    assert any(g[1:3] == ("20", "个") and g[0] == "申报省级重点项目" for g in got), got
    assert any(g[1:3] == ("12", "个") for g in got), got
    got = found(tmp_path, "2025年,全县8个项目入围省重点项目库,3个案例入选全省优秀案例。")
    assert any(g[1:3] == ("8", "个") for g in got), got
    assert not any(g[1] == "3" for g in got), got


@pytest.mark.xfail(strict=True, reason="a goal after 的 names the investment 目标投资: the subject before "
                   "the verb (水利建设) is not read yet")
def test_an_investment_goal_is_named_by_its_subject(tmp_path):
    got = found(tmp_path, "2026年,全县水利建设将锚定投资12亿元以上的目标,持续发力。")
    assert any(g[0] == "水利建设投资" and g[1] == "12" for g in got), got


def review_found(tmp_path, sentence):
    """found() in a copy of a 2025 report, the sentence in its review of 2024."""
    text = "2025年政府工作报告\n一、2024年工作回顾\n" + sentence + "\n"
    return {(a["indicator"], a["value"], a["unit"], a["status"], a["period"])
            for a in (m.attrs for m in extract_mentions(parsed(tmp_path, text)) if m.type == "Observation")}


def test_an_honour_naming_key_projects_is_still_an_honour(tmp_path):
    # (mi26) onto_list is the list the count is put on, heading the name after the verb: a designation whose
    # name only contains 重点项目 (…重点项目建设单位) is an honour (ANNOTATION 5)
    got = found(tmp_path, "2025年,全县16所高职学校入选国家重点项目建设单位,新建标准化厂房8栋。")
    assert not any(g[1] == "16" for g in got), got
    assert any(g[1:3] == ("8", "栋") for g in got), got
    got = found(tmp_path, "2025年,全县6个项目入选市级重点项目,4家企业入围省级重点项目示范企业。")
    assert any(g[1:3] == ("6", "个") for g in got), got
    assert not any(g[1] == "4" for g in got), got
    # the list word heads the name after the verb, whatever qualifies it
    got = found(tmp_path, "2025年,全县5个项目入选省级文旅融合项目库。")
    assert any(g[1:3] == ("5", "个") for g in got), got


def test_only_a_value_inside_the_goal_aimed_at_takes_its_year(tmp_path):
    # (mi26) a value after the goal (围绕…目标完成…) keeps the review's own year and status
    got = review_found(tmp_path, "过去一年,围绕2027年建成区域中心城市目标完成固定资产投资300亿元。"
                                 "我们围绕2025年创建全国文明城市目标新建城市公园12个。")
    assert any(g[1:3] == ("300", "亿元") and g[3:] == ("actual", 2024) for g in got), got
    assert any(g[1:3] == ("12", "个") and g[3:] == ("actual", 2024) for g in got), got
    # a value between 围绕 and its 目标 is the goal's
    got = found(tmp_path, "2026年,围绕2028年整车产能达到50万辆目标,新建充电桩300个。")
    assert any(g[1:3] == ("50", "万辆") and g[6:] == ("target", 2028) for g in got), got
