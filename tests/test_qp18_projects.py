"""Project recall of task QP18 (issues 9, 10: works whose head the rules know, lost on a gate), on
real sentences of the dev sets and fresh reports: each test names the gate it checks."""
from __future__ import annotations

import pytest

from tests.conftest import report_mentions


def projects(tmp_path, sentence: str) -> set[str]:
    """The projects of one sentence, read in the review part of a district report."""
    return {m.text for m in report_mentions(tmp_path, "区政府工作报告", "一、工作回顾", sentence) if m.type == "Project"}


# jieba joins a head with the build or stage word after it ("工程建设", "项目前期"): the head still
# ends the works' name; a category before the fused word stays no works.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("油长路、五将路和农村公路安全生命防护工程建设加快。",  # dev text (gold)
     {"农村公路安全生命防护工程"}, set()),
    ("加快关门嘴子水库工程建设,加快实施灌区改造。",  # fresh heiji-2022
     {"关门嘴子水库工程"}, set()),
    ("加快林海水库等重大水利项目前期工作。",  # a category before the fused word
     set(), {"重大水利项目", "水利项目"}),
])
def test_head_fused_with_stage_word(tmp_path, sentence, found, not_found):
    got = projects(tmp_path, sentence)
    assert set(found) <= got, f"missing {set(found) - got} in {got}"
    assert not set(not_found) & got, f"wrongly found {set(not_found) & got}"
