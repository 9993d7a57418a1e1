"""A works and a part of it built with it, joined by 及, are one works as the text names them (session 60,
helper pjw; project_joined_parts.txt, projects._joined_part_end): "江北国际机场T3B航站楼及第四跑道"
(tests/real/chongqing-2026-review.txt), "香日德水库及配套灌溉工程" (qinghai-2026.txt)."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_terminal_and_its_runway(tmp_path):
    got = review_projects(tmp_path, "江北国际机场T3B航站楼及第四跑道、渝昆高铁川渝段建成投用。", "2026年重庆市人民政府工作报告")
    assert_found(got, {"江北国际机场T3B航站楼及第四跑道", "渝昆高铁川渝段"}, {"江北国际机场T3B航站楼", "第四跑道"})


def test_a_reservoir_and_its_irrigation_works(tmp_path):
    got = review_projects(tmp_path, "推进香日德水库及配套灌溉工程立项审批。", "2026年青海省人民政府工作报告")
    assert_found(got, {"香日德水库及配套灌溉工程"}, {"香日德水库"})
