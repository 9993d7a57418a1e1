"""locatedIn (session 50): a branch of an institution named after a division above the report's own area,
at a site in that area, is where its site is, not in the home its institution's name holds ("某市某中学
鄞州校区" in 鄞州区's report: in 鄞州区, not in 宁波市); the design pools' gold has it so in five of six pools
(u62, u63, u64, u66, u67; u65 links the home too). A home that is the report's own area stays, as a branch
inside its home in that home's report (tests/test_relations_branch_sites_and_listed_waters.py). Invented
sentences in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_located


@pytest.mark.parametrize("text, works, home", [
    ("宁波市青禾中学鄞州校区、浙江澄江医院鄞州院区建成投用。", "宁波市青禾中学鄞州校区", "宁波市"),
    ("宁波市青禾中学鄞州校区、浙江澄江医院鄞州院区建成投用。", "浙江澄江医院鄞州院区", "浙江省"),
])
def test_a_branch_in_the_own_area_is_not_in_the_higher_home_its_name_holds(tmp_path, text, works, home):
    got = review_located(tmp_path, text, "2021年宁波市鄞州区人民政府工作报告")
    assert (works, "鄞州区") in got and (works, home) not in got, got


def test_a_branch_whose_home_is_the_own_area_stays_in_both(tmp_path):
    got = review_located(tmp_path, "宁波市青禾中学鄞州校区建成投用。", "2021年宁波市人民政府工作报告")
    assert {("宁波市青禾中学鄞州校区", "宁波市"), ("宁波市青禾中学鄞州校区", "鄞州区")} <= got, got
