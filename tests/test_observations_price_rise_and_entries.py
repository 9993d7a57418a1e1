"""Review and target paragraphs (session 26, qf26): a value after 涨幅 is a rise by that much (the
gold of national-2017 reads "居民消费价格涨幅3%左右" as a change, increase), whatever level verb sets
it; 双双 ("both") between a pair of measures and their verb is no part of the name; a count of what
入围 (made a shortlist) is an honour, no value (ANNOTATION 5). Sentences written for the test in the
genre's phrasing, not copied from any report read."""
import pathlib

from kg.extract import extract_mentions
from tests.test_observations_copies_without_title import parsed

OPENING = "2026年1月10日,某县第十八届人民代表大会第四次会议开幕。县长作政府工作报告时说,"
SAMPLES = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seeds"


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
    # shape, written anew)
    got = found(tmp_path, "2025年,城镇调查失业率、居民消费价格涨幅分别控制在5.2%和2%以内。")
    assert not any(g[0] == "城镇调查失业率" and g[3] == "change" for g in got), got


def test_a_change_verb_after_the_rise_keeps_its_direction(tmp_path):
    got = found(tmp_path, "2025年,居民消费价格涨幅比上年回落0.4个百分点,居民消费价格上涨1.5%。")
    assert ("居民消费价格", "0.4", "个百分点", "change", "decrease", None, "actual", 2025) in got, got
    assert ("居民消费价格", "1.5", "%", "change", "increase", None, "actual", 2025) in got, got


def test_the_sample_price_target_is_a_rise(tmp_path):
    text = (SAMPLES / "national-2017.txt").read_text(encoding="utf-8")
    path = tmp_path / "national-2017.txt"
    path.write_text(text, encoding="utf-8")
    from kg.text.document import parse_document
    from kg.text.reading import read_source
    prices = {(m.attrs["value"], m.attrs["measure"], m.attrs["direction"], m.attrs["status"])
              for m in extract_mentions(parse_document(read_source(path)))
              if m.type == "Observation" and m.attrs["indicator"] == "居民消费价格"}
    assert ("3", "change", "increase", "target") in prices, prices


def test_both_is_no_part_of_the_name(tmp_path):
    got = found(tmp_path, "2025年,金融机构存贷款余额双双突破500亿元,进出口双双增长10%。")
    names = {g[0] for g in got}
    assert "金融机构存贷款余额" in names and "进出口" in names, got
    assert not any("双双" in n for n in names), got


def test_a_goal_aimed_at_names_what_it_measures(tmp_path):
    # "围绕…" opening a goal and the goal word after the value are no part of the name
    got = found(tmp_path, "2026年,围绕2028年整车产能达到50万辆目标,加快建设汽车产业基地;"
                          "围绕高速公路通车里程突破3000公里,实施高速公路项目12个。")
    names = {g[0]: g for g in got}
    assert "整车产能" in names and names["整车产能"][1:3] == ("50", "万辆"), got
    assert "高速公路通车里程" in names and names["高速公路通车里程"][5] == "min", got
    assert not any("围绕" in n or n.endswith("目标") for n in names), got
    # a goal after 的 keeps its value: the words before name nothing without it
    got = found(tmp_path, "2026年,全县水利建设将锚定投资12亿元以上的目标,持续发力。")
    assert any(g[1:3] == ("12", "亿元") for g in got), got
    # a share of the year's goal after a value leaves that value and its name alone
    got = found(tmp_path, "2025年,全县造林8万亩,完成年度目标任务的120%。")
    assert any(g[0] == "造林" for g in got), got


def test_a_count_that_made_a_shortlist_is_no_value(tmp_path):
    got = found(tmp_path, "2025年,全县5个项目入围全省优秀案例,入围企业完成产值12亿元,新建标准化厂房8栋。")
    assert not any(g[1] == "5" for g in got), got
    # what the shortlisted firms produced is a value, and the clause after keeps its count
    assert any(g[1] == "12" and g[2] == "亿元" for g in got), got
    assert any(g[1] == "8" and g[2] == "栋" for g in got), got
