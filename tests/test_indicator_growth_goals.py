"""经济 whose growth is written as the noun of a goal ("经济增长预期目标为7%左右") is named by that growth,
经济增长 (obs_growth_subjects.tsv), also after 中央提出; where 增长 is the verb ("经济增长5%左右") the name
stays 经济. Sentences from the State Council's reports of 2003, 2005 and 2015 and the plan part of Henan
2026 in tests/real."""
from tests.conftest import report_mentions


def names(tmp_path, line, year):
    found = report_mentions(tmp_path, f"{year}年国务院政府工作报告", f"{year}年主要任务", line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_growth_written_as_a_goal_names_the_measure(tmp_path):
    assert names(tmp_path, "综合分析国内外各种情况，今年经济增长预期目标为７％左右，这是必要的。", 2003) == {"经济增长"}
    assert names(tmp_path, "中央提出今年经济增长预期目标为8％左右，是为了使预期目标符合实际情况。", 2005) == {"经济增长"}
    assert names(tmp_path, "经济增长预期7%左右，考虑了需要和可能。", 2015) == {"经济增长"}


def test_growth_as_the_verb_leaves_the_subject(tmp_path):
    found = {m.attrs["indicator"] for m in report_mentions(
        tmp_path, "2026年河南省人民政府工作报告", "2026年主要预期目标", "经济增长5%左右。") if m.type == "Observation"}
    assert found == {"经济"}
