"""A diversion works named "引" source verb destination right before 工程 ("引某济某工程", "引某入某补某工程"):
one works, head and all, whatever river or town the single characters stand for; the walk from the head
alone stops at the verb or at a place inside the name and keeps only its end ("某某工程"). Not what
brings in talent or capital (引才入乡工程). Invented names in the genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # jieba reads 引黄, 引松, 引额 as verbs: the walk from 工程 stops after them
    ("引黄济澄工程完成可研。", {"引黄济澄工程"}, {"济澄工程"}),
    ("开工建设引黄入禾工程和青溪河防洪治理工程。", {"引黄入禾工程", "青溪河防洪治理工程"}, {"入禾工程"}),
    ("实施引松入长工程。", {"引松入长工程"}, set()),
    ("引黄入澄补溪工程正式通水。", {"引黄入澄补溪工程"}, {"入澄补溪工程"}),
    ("引额济禾工程输水3亿立方米。", {"引额济禾工程"}, set()),
    ("实施引才入乡工程。", set(), {"引才入乡工程"}),
])
def test_diversion_named_before_its_head_is_one_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence, "县政府工作报告"), found, not_found)
