"""A quoted set of sites before a works action of a kind and 工程 ("重点实施“三山两河”生态修复工程",
Hailar 2018; "推进“一泓清水入黄河”生态保护工程全面达效", Shanxi 2026) is one package of physical works
(ANNOTATION rule 12): the name opens at the quote. A quoted programme's slogan right before 工程
("“百千万”工程") stays none. Each positive case fails without the rule."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


def plan_projects(tmp_path, sentence: str) -> set[str]:
    """The projects of one sentence of a district report's plan part."""
    return report_names(tmp_path, "Project", "某区政府工作报告", "二、2026年工作安排", sentence)


@pytest.mark.parametrize("sentence,name", [
    ("重点实施“三山两河”生态修复工程，加快推进退耕还林。", "三山两河生态修复工程"),
    ("推进“一泓清水入黄河”生态保护工程全面达效、巩固提升。", "一泓清水入黄河生态保护工程"),
])
def test_quoted_sites_open_the_works(tmp_path, sentence, name):
    assert name in plan_projects(tmp_path, sentence)


def test_a_quoted_slogan_alone_is_no_works(tmp_path):
    assert not plan_projects(tmp_path, "实施乡村人才“百千万”工程。")
