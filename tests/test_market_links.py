"""Links opened between capital markets (session 62, helper pjo; kg.extract.market_links): "沪港通",
"深港通", "债券通" are programmes a report starts or extends, projects by the annotators' convention for
markets opened (tests/real/README.md). Sentences from the State Council's reports (national-2015-review,
national-2016, national-2017, national-2018-review)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found", [
    ("沪港深交易所互联互通迈出新步伐，“沪港通”试点启动。", {"沪港通"}),
    ("适时启动“深港通”试点。", {"深港通"}),
    ("适时启动“深港通”。", {"深港通"}),
    ("“深港通”开启。", {"深港通"}),
    ("沪港通、深港通、债券通相继启动。", {"沪港通", "深港通", "债券通"}),
])
def test_market_links_are_projects(tmp_path, sentence, found):
    assert_found(projects(tmp_path, sentence), found, set())


@pytest.mark.parametrize("sentence,not_found", [
    # customs clearance between Shenzhen and Hong Kong: 通关, no market link
    ("推进深港通关便利化。", {"深港通"}),
    # a policy of the Greater Bay Area listed with others (guangdong-2026): no market link of the lexicon
    ("湾区标准、湾区认证、港澳药械通、跨境理财通等落地见效。", {"跨境理财通", "港澳药械通"}),
])
def test_no_market_link_inside_another_word_or_policy(tmp_path, sentence, not_found):
    assert_found(projects(tmp_path, sentence), set(), not_found)
