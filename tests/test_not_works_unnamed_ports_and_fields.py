"""A port of entry named only by its mode, technology, line or period ("集约智能口岸", "陆海口岸",
"“十五五”口岸": project_qualified_kinds.txt, project_kind_qualifiers.txt) and a field of science or
technology standing alone as an item of a list of projects ("量子通信", "超级计算", "卫星应用":
project_science_fields.txt) name no works (kg.resolve.not_works; ANNOTATION: generic categories are not
projects). A port a place names ("榆阳机场开放口岸", "铜仁凤凰机场航空口岸") and a named programme of works
in the same list (探月工程) stay projects. Research done ("中亚联合考古", "月壤采样": project_research_activity_ends.txt) is no
works, and so is a clean-up (整治) of a kind of thing with no place or organization in its name ("杆箱整治",
"蓝色海湾整治": project_campaign_actions.txt; "长江航道整治" is one river's works). A kind of digital network rolled out over an area ("双千兆网络",
"万兆光网": project_network_kinds.txt) is coverage, no works either. The sentences are read from the reports of tests/real."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.resolve.not_works import names_no_works
from tests.conftest import assert_found, review_graph

REAL = Path(__file__).parent / "real"


def sentence_of(report: str, words: str) -> str:
    """The sentence of tests/real/`report`.txt that holds `words`, as the report writes it."""
    text = (REAL / f"{report}.txt").read_text(encoding="utf-8")
    found = next(s for s in re.split(r"(?<=[。！？])", text) if words in s)
    return found.strip()


def projects_of(tmp_path, report: str, words: str, head: str) -> set[str]:
    return review_graph(tmp_path, sentence_of(report, words), head)[0]


@pytest.mark.parametrize("report,words,head,found,not_found", [
    ("yunnan-2026", "集约智能口岸", "云南省政府工作报告", set(), {"集约智能口岸"}),
    ("national-2015", "沿江码头口岸", "政府工作报告", {"黄金水道治理"}, {"沿江码头口岸"}),
    ("xinjiang-2026-review", "智慧铁路口岸", "新疆维吾尔自治区政府工作报告", set(), {"智慧铁路口岸"}),
    ("guizhou-2026", "“十五五”口岸", "贵州省政府工作报告", {"铜仁凤凰机场航空口岸"}, {"“十五五”口岸"}),
    ("shaanxi-2026", "榆阳机场开放口岸", "陕西省政府工作报告", {"榆阳机场开放口岸"}, set()),
])
def test_a_port_of_entry_needs_a_place_to_name_a_works(tmp_path, report, words, head, found, not_found):
    assert_found(projects_of(tmp_path, report, words, head), found, not_found)


@pytest.mark.parametrize("report,words,head,found,not_found", [
    ("henan-2026", "量子通信等项目", "河南省政府工作报告", set(), {"量子通信"}),
    ("national-2015-review", "卫星应用等重大科研项目", "政府工作报告", {"探月工程"}, {"超级计算", "卫星应用"}),
    ("national-2016-review", "深海探测等项目", "政府工作报告", set(), {"载人航天", "深海探测"}),
])
def test_a_field_of_science_standing_alone_names_no_works(tmp_path, report, words, head, found, not_found):
    assert_found(projects_of(tmp_path, report, words, head), found, not_found)


@pytest.mark.parametrize("report,words,head,not_found", [
    ("henan-2026", "双千兆网络", "河南省政府工作报告", {"双千兆网络"}),
    ("chongqing-2026", "万兆光网等数字基础设施", "重庆市政府工作报告", {"万兆光网"}),
])
def test_a_digital_network_rolled_out_is_no_works(tmp_path, report, words, head, not_found):
    assert_found(projects_of(tmp_path, report, words, head), set(), not_found)


@pytest.mark.parametrize("report,words,head,not_found", [
    ("shaanxi-2026", "中亚联合考古", "陕西省政府工作报告", {"中亚联合考古", "中法文化遗产保护研究"}),
    ("heilongjiang-2026-review", "月壤采样", "黑龙江省政府工作报告", {"月壤采样"}),
])
def test_research_done_is_no_works(tmp_path, report, words, head, not_found):
    assert_found(projects_of(tmp_path, report, words, head), set(), not_found)


@pytest.mark.parametrize("report,words,head,found,not_found", [
    ("shanghai-2026", "杆箱整治", "上海市政府工作报告", set(), {"杆箱整治"}),
    ("zhejiang-2026-outline", "蓝色海湾整治", "浙江省政府工作报告", set(), {"蓝色海湾整治"}),
    ("anhui-2026", "深水航道整治", "安徽省政府工作报告", set(), {"深水航道整治"}),
    # a place in the name: one river's works
    ("hubei-2026", "长江航道整治", "湖北省政府工作报告", {"长江航道整治"}, set()),
    ("jiangsu-2026", "吴淞江江苏段整治", "江苏省政府工作报告", {"吴淞江江苏段整治"}, set()),
])
def test_a_clean_up_with_no_place_is_a_campaign(tmp_path, report, words, head, found, not_found):
    assert_found(projects_of(tmp_path, report, words, head), found, not_found)


def test_the_verdicts_on_the_names():
    assert names_no_works("陆海口岸") == "kind"
    assert names_no_works("二线口岸") == "kind"
    assert names_no_works("珲春口岸") is None
    assert names_no_works("磨憨铁路口岸") is None
    assert names_no_works("集成电路") == "field"
    # a facility a field names is not in the list: shandong-2026's 大科学装置
    assert names_no_works("深地探测") is None
    assert names_no_works("绍兴中芯数模混合集成电路") is None
    assert names_no_works("5G网络") == "kind"
    assert names_no_works("中亚联合考古") == "field"
    assert names_no_works("雪豹国家保护研究中心") is None
    assert names_no_works("全国一体化算力网络国家枢纽节点") is None
