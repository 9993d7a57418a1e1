"""locatedIn (session 50): a division's name inside a town's name is other characters, not a place the
town's works are in ("朝阳坡镇污水处理厂": in 朝阳坡镇, not in a 朝阳区 or 朝阳市 the report names elsewhere);
the landmark rule does not read a town or division as a landmark named after a division (yanji-2014,
pool u62, wrote such a town). Invented sentence in the genre."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_division_inside_a_towns_name_is_not_where_its_works_are(tmp_path):
    got = review_located(tmp_path, "青禾镇与朝阳区合作共建产业园，朝阳坡镇污水处理厂建成投用。",
                         "2021年长春市某某县人民政府工作报告")
    assert ("朝阳坡镇污水处理厂", "朝阳坡镇") in got, got
    assert not any(w == "朝阳坡镇污水处理厂" and p.startswith("朝阳") and p != "朝阳坡镇" for w, p in got), got
