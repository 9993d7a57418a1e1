"""A world region listed right after another world region or a country (_world_place_listed_before) is a
place of its own, not a modifier of the word after it ("对共建“一带一路”国家、非洲、欧洲出口分别增长",
heilongjiang-2026-review: 非洲 and 欧洲); one opening another name alone stays none ("亚洲国际青少年电影展")."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CASES = [  # (sentence of the review part of a provincial report, places found, places not found)
    ("对共建“一带一路”国家、非洲、欧洲出口分别增长11.2%、30.5%。", {"非洲", "欧洲"}, set()),
    ("成功举办亚洲国际青少年电影展。", set(), {"亚洲"}),
]


@pytest.mark.parametrize("sentence, found, not_found", CASES)
def test_a_world_region_listed_after_another(tmp_path, sentence, found, not_found):
    got = report_names(tmp_path, "Place", "黑龙江省政府工作报告", "", "一、2025年工作回顾", "", sentence)
    assert_found(got, found, not_found)
