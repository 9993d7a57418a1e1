"""A year after the report's own written in a value's clause before it dates the value (session 29,
ANNOTATION 9: "the year the value is about"): "力争到2026年粮食产量达到50万吨" in the plan part of a 2024
report is a target of 2026, not of 2024 — a plan sentence used to be dated by a year only where the
year opened it ("到2026年,…"), so an aim word before it (力争, 争取, 计划, 预计) left the part's year;
and "预计2027年…" in a copy with no part heading read 预计 as a review of the year before. Sentences
written for the test in the genre's phrasing."""
import pytest

from kg.extract import extract_mentions
from tests.test_observations_copies_without_title import parsed


def observed(tmp_path, text):
    """(indicator, value, unit, status, period) of each observation of `text`."""
    return {(a["indicator"], a["value"], a["unit"], a["status"], a["period"])
            for a in (m.attrs for m in extract_mentions(parsed(tmp_path, text)) if m.type == "Observation")}


def planned(tmp_path, sentence):
    return observed(tmp_path, "某县2024年政府工作报告\n二、2024年工作安排\n" + sentence + "\n")


@pytest.mark.parametrize("sentence, value, year", [
    ("力争到2026年全县粮食产量达到50万吨。", "50", 2026),
    ("力争2026年全县粮食产量达到50万吨。", "50", 2026),
    ("计划2025年完成固定资产投资100亿元。", "100", 2025),
    ("争取2025年实现地区生产总值500亿元。", "500", 2025),
    ("全县地区生产总值预计2027年达到800亿元。", "800", 2027),
    ("全面推进乡村振兴,力争到2027年底农村集中供水率达到95%。", "95", 2027),
])
def test_a_later_year_in_the_clause_dates_a_planned_value(tmp_path, sentence, value, year):
    got = planned(tmp_path, sentence)
    assert any(g[1] == value and g[3:] == ("target", year) for g in got), got


def test_the_clauses_around_keep_the_parts_year(tmp_path):
    got = planned(tmp_path, "全年新建公园3个,力争到2026年全县粮食产量达到50万吨,新增城镇就业2000人。")
    assert any(g[1] == "50" and g[4] == 2026 for g in got), got
    # the clause before and the one after are of the part's own year
    assert any(g[1] == "3" and g[3:] == ("target", 2024) for g in got), got
    assert any(g[1] == "2000" and g[3:] == ("target", 2024) for g in got), got


def test_a_year_compared_with_or_a_goals_year_leaves_the_value_alone(tmp_path):
    # 比/较 a year compares, 从 a year starts: no date of the value
    got = planned(tmp_path, "全县规上工业增加值比2025年规划目标高出12亿元,新增市场主体较2023年增加800户。")
    assert all(g[4] == 2024 for g in got), got
    # a share of a later year's goal is done in the part's own year
    got = planned(tmp_path, "全年完成2026年目标任务的60%以上,新建公园3个。")
    assert all(g[4] == 2024 for g in got), got
    # a year before the report's own is no later year: the review keeps its year
    got = observed(tmp_path, "某县2024年政府工作报告\n一、2023年工作回顾\n全县2023年地区生产总值达到300亿元。\n")
    assert any(g[1] == "300" and g[3:] == ("actual", 2023) for g in got), got


def test_a_forecast_of_a_later_year_in_a_copy_with_no_part_heading_is_a_target(tmp_path):
    # 预计 reviews the year before, but not before a later year it writes: that value is a forecast
    got = observed(tmp_path, "2024年1月10日,某县第十八届人民代表大会第三次会议开幕。县长作政府工作报告时说,"
                             "预计2025年全县地区生产总值达到800亿元。\n")
    assert any(g[1] == "800" and g[3:] == ("target", 2025) for g in got), got
