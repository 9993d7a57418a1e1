"""Transfer works named bare in a list before another works (session 62, helper pjo): "疆电入渝、川渝特高压
交流工程", "引黄济宁、引通济柴工程". The transfer works' name (kg.extract.transfer_names) is a works of its
own: not a name sharing the next item's head (no "疆电入渝、…工程" joined), not a place (疆电入渝 read as a
place before the next works' place; 济宁 of 引黄济宁 read as the city); the customary form 疆 of 新疆 in
power names and 白 of 白龙江 in diversion names are sources. Sentences from the design texts
(chongqing-2026-review, hunan-2026, qinghai-2026, gansu-2026)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # chongqing-2026-review: a power transfer listed before a grid works
    ("疆电入渝、川渝特高压交流工程结束重庆迎峰度夏缺电历史。", {"疆电入渝", "川渝特高压交流工程"},
     {"疆电入渝、川渝特高压交流工程"}),
    # hunan-2026: the same before works sharing one head
    ("推进疆电入湘、湘粤和湘黔背靠背联网工程。", {"疆电入湘"}, {"疆电入湘、湘粤和湘黔背靠背联网工程"}),
    # qinghai-2026: a diversion whose destination's form and verb spell a city's name (济宁)
    ("加快引黄济宁、引通济柴工程前期。", {"引黄济宁", "引通济柴工程"}, {"济宁、引通济柴工程"}),
    # gansu-2026: 白龙江 to 洮河
    ("启动实施引洮延伸增效工程，开展引白济洮前期工作。", {"引白济洮"}, set()),
])
def test_transfer_works_listed_before_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


@pytest.mark.parametrize("sentence,not_place", [
    ("加快引黄济宁、引通济柴工程前期。", "济宁"),
    ("疆电入渝、川渝特高压交流工程结束重庆迎峰度夏缺电历史。", "疆电入渝"),
])
def test_no_place_inside_a_transfer_name(tmp_path, sentence, not_place):
    assert not_place not in review_names(tmp_path, "Place", sentence)


def test_a_city_outside_a_transfer_name_stays(tmp_path):
    # the city itself, written bare, is still a place
    assert "济宁" in review_names(tmp_path, "Place", "济宁、菏泽两市加快发展。")
