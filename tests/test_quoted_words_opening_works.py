"""A works' name that opens with short quoted words keeps them (session 58, helper pjw:
kg.extract.projects._quoted_opening): the walk back from the head stopped at the closing quote, so
"“海悦城”时代广场改建项目主体完工" gave 时代广场改建项目 and "“三北”六期工程" gave 六期工程; the name opens
at the opening quote (the quotes stay in the entity's name, ANNOTATION: only quotes around the whole name
are dropped). Sentences of tests/real hailar-2018, heilongjiang-2026 and hunan-2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph

TITLE = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, found, not_found", [
    ("居然之家、红星美凯龙主力店完成招商，“海悦城”时代广场改建项目主体完工，大商友谊完成改造。",
     "“海悦城”时代广场改建项目", "时代广场改建项目"),
    ("高质量推进“三北”六期工程，加快国家黑龙江大豆种子基地建设。", "“三北”六期工程", "六期工程"),
    ("推进能源“源网荷储”一体工程、算力“四网融合”工程建设。", "“源网荷储”一体工程", "一体工程"),
])
def test_quoted_words_open_the_name(tmp_path, sentence, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, TITLE)
    assert_found(projects, {found}, {not_found})
