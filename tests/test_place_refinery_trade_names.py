"""A refinery of the state oil groups is named after a mountain or region near it (燕山石化, 扬子石化): the
landform before 石化 or 炼化 (place_financial_trades.txt) is the company's trade name, no place. Sentences of
the 2026 plans of 北京 and 天津 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line", [
    "推动燕山石化高质量转型发展，加快建设北方工业大学延庆校区等市属高校新校区。",  # beijing-2026
    "加快中沙石化、中海油新材料、燕山石化绿色新材料等项目建设。",  # tianjin-2026
])
def test_refinery_named_after_a_landform_is_no_place(tmp_path, line):
    assert_found(plan_entities(tmp_path, "Place", line), set(), {"燕山"})


def test_the_landform_alone_stays_a_place(tmp_path):
    assert_found(plan_entities(tmp_path, "Place", "加强燕山、太行山生态保护修复。"), {"燕山"}, set())
