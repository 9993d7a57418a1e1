"""A bare stage verb right after a count of things at another stage counts the same things at this
one: "自治区重大项目开工390个、竣工437个" → 自治区重大项目竣工 (Guangxi 2026 review), "年投资亿元以上
项目新开工43个以上、竣工38个以上" (Hainan 2026 plan), "城镇保障性住房基本建成470万套、新开工630万套"
(State Council 2013), "新能源开工1600万千瓦、投产1000万千瓦以上" (Yunnan 2026 plan), all in tests/real."""
import pytest

from tests.conftest import report_mentions

CASES = [
    ("2026年广西壮族自治区政府工作报告", "2025年工作回顾", "自治区重大项目开工390个、竣工437个，投资结构持续优化。",
     ("自治区重大项目竣工", "437")),
    ("2026年海南省政府工作报告", "2026年主要工作", "加快重大项目建设进度，年投资亿元以上项目新开工43个以上、竣工38个以上。",
     ("年投资亿元以上项目竣工", "38")),
    ("2013年国务院政府工作报告", "2013年主要任务", "今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。",
     ("城镇保障性住房新开工", "630")),
]


def names(tmp_path, title, heading, line):
    found = report_mentions(tmp_path, title, heading, line)
    return [(m.attrs["indicator"], m.attrs["value"]) for m in found if m.type == "Observation"]


@pytest.mark.parametrize("title,heading,line,expected", CASES)
def test_the_second_stage_counts_the_same_things(tmp_path, title, heading, line, expected):
    assert expected in names(tmp_path, title, heading, line)


def test_a_stage_alone_has_no_subject_to_share(tmp_path):
    # "基本建成500万套，新开工700万套": the first count names no subject, so none is shared
    found = names(tmp_path, "2012年国务院政府工作报告", "2012年主要任务", "在确保质量的前提下，基本建成500万套，新开工700万套以上。")
    assert ("基本新开工", "700") not in found
