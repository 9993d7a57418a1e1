"""Project rules on provincial reports (session 57, pjp): a route named by four ends' one-character forms
that jieba cuts into single characters and one rare pair ("绵/a 遂/d 资内/n 铁路") keeps them all; a
facility of a weak head counted before it (over a level word: "5个国家骨干冷链物流基地", "10家以上中试
平台") or after it ("中试熟化平台230个以上") is a counted set, no project (ANNOTATION: Not a project).
Sentences of the 2026 reports of 四川, 河南 and 山西 (/work/real/sc, /work/real/design)."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

PROJECT = "Project"


def test_a_route_by_four_initials_with_its_section(tmp_path):
    found = report_names(tmp_path, PROJECT, "四川省2026年政府工作报告", "二、2026年工作安排",
                         "开工建设绵遂资内铁路（遂内段）、南三高速、攀西特高压交流工程等项目。")
    assert any(n.startswith("绵遂资内铁路") for n in found)
    assert not any(n.startswith("资内铁路") for n in found)
    assert "南三高速" in found


@pytest.mark.parametrize("head, sentence, kinds", [
    ("河南省2026年政府工作报告",  # counted over its level words
     "加快中国邮政国际航空枢纽、洛阳等10个国家物流枢纽、商丘等5个国家骨干冷链物流基地建设，持续降低社会物流成本。",
     {"冷链物流基地", "国家骨干冷链物流基地"}),
    ("山西省2026年政府工作报告",  # counted by 家 and a bound
     "实施科技成果转化专项行动，围绕重大共性问题，建设10家以上中试平台、概念验证中心。",
     {"以上中试平台", "中试平台", "概念验证中心"}),
    ("四川省2026年政府工作报告",  # counted after it
     "实施中试平台建在产业链上专项行动，建成各级各类概念验证中心和中试熟化平台230个以上。",
     {"中试熟化平台", "概念验证中心"}),
    ("海拉尔区2017年政府工作报告",  # counted before its modifier
     "加快推进便民市场建设，完成30座公厕新建改造，建成4座现代化的垃圾中转站。",
     {"垃圾中转站"}),
])
def test_a_counted_kind_is_no_project(tmp_path, head, sentence, kinds):
    found = report_names(tmp_path, PROJECT, head, "二、2026年工作安排", sentence)
    assert not kinds & found


def test_a_named_works_after_a_count_of_one_stays(tmp_path):
    found = report_names(tmp_path, PROJECT, "广东省2026年政府工作报告", "二、2026年工作安排",
                         "建成清花高速等项目，开工建设广州新机场、广清永高铁。")
    assert {"清花高速", "广州新机场", "广清永高铁"} <= found
