"""A partner country's one-character form after 对 or 与, before the genre's words of cooperation and
travel (place_country_partner_after.txt: 务实合作, 入境, 出境), is that country ("深化对俄务实合作",
heilongjiang-2026-outline; "对俄入境旅游", heilongjiang-2026-review); a character opening a common word stays
none ("满足人民群众对美好生活的向往")."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CASES = [  # (sentence of the plan part of a provincial report, places found, places not found)
    ("深化对俄务实合作，畅通跨境物流通道。", {"俄"}, set()),
    ("对俄入境旅游人数增长30%。", {"俄"}, set()),
    ("更好满足人民群众对美好生活的向往。", set(), {"美"}),
]


@pytest.mark.parametrize("sentence, found, not_found", CASES)
def test_a_partner_country_before_words_of_cooperation(tmp_path, sentence, found, not_found):
    got = report_names(tmp_path, "Place", "黑龙江省政府工作报告", "", "二、2026年重点工作", "", sentence)
    assert_found(got, found, not_found)
