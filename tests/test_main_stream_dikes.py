"""The dikes of one river's main stream (session 62, helper pjo; project_heads.txt 干堤, 干流堤防): "辽河干流
堤防全线达标" (liaoning-2026-review), "完成了长达3500多公里的长江干堤" (national-2003-review) name one
river's flood-control works, a project with the river as its place. 堤防 alone is no such head: "江海堤防
达标率提高到80%以上" (guangdong-2026) counts the dikes of a kind."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_projects as projects


@pytest.mark.parametrize("sentence,found", [
    ("辽河干流堤防全线达标。", {"辽河干流堤防"}),
    ("完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程。", {"长江干堤", "黄河堤防加固工程"}),
])
def test_main_stream_dikes_are_works(tmp_path, sentence, found):
    assert_found(projects(tmp_path, sentence), found, set())


@pytest.mark.parametrize("sentence,not_found", [
    ("江海堤防达标率提高到80%以上。", {"江海堤防"}),
    ("加固主要江河干堤。", {"江河干堤", "主要江河干堤"}),
])
def test_dikes_of_a_kind_are_no_works(tmp_path, sentence, not_found):
    assert_found(projects(tmp_path, sentence), set(), not_found)


def test_the_river_locates_its_dikes(tmp_path):
    assert ("辽河干流堤防", "辽河") in review_located(tmp_path, "辽河干流堤防全线达标。", "辽宁省人民政府工作报告")
