"""locatedIn (session 50): a street named after a place keeps being named after it, not in it, where a
side of the town or an order number stands between the place and the street's head (location.txt
`street_side`: "某某北路", "某某中路", "某某西路南延段", "某某八路"), as "某某路" is: the works on the street are
not in the town whose short name opens it (dunhuang-2013, weiyang-2020 (pool u62) and nanshan-2020 (pool u64)
wrote such streets). Invented sentences in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_located


@pytest.mark.parametrize("street_works", ["青禾北路改造工程", "青禾中路综合提升工程", "青禾西路南延段", "柳溪八路跨河大桥"])
def test_a_street_with_a_side_or_an_order_is_named_after_the_town(tmp_path, street_works):
    text = f"青禾镇、柳溪街道人居环境整治全面完成，{street_works}建成通车。"
    got = review_located(tmp_path, text, "2021年某某县人民政府工作报告")
    assert not any(w == street_works and p in ("青禾镇", "柳溪街道") for w, p in got), got


def test_a_street_without_a_side_stays_named_after_the_town(tmp_path):
    got = review_located(tmp_path, "青禾镇人居环境整治全面完成，青禾路改造工程建成通车。", "2021年某某县人民政府工作报告")
    assert ("青禾路改造工程", "青禾镇") not in got, got
