"""locatedIn (session 52, lk56): towns or divisions listed bare as the subjects of a clause share
the works their verb builds ("甲镇、乙镇、丙乡完成集镇供水工程建设": in each), not only the first one; and
"在X设立P", "在X扩建P" (location.txt `set_up`, right after the place) put the works in X as "在X建设P"
does. Invented names in the genre's phrasing, given the entities in the order the extractor finds them."""
from __future__ import annotations

import pytest

from kg.extract import PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


@pytest.mark.parametrize("sentence, towns, works", [
    ("青禾镇、石桥镇、柳溪乡完成集镇供水工程建设,新建乡镇农贸市场3个。", ("青禾镇", "石桥镇", "柳溪乡"), "集镇供水工程"),
    ("青禾镇、石桥镇推进澄溪国家湿地公园提质改造。", ("青禾镇", "石桥镇"), "澄溪国家湿地公园提质改造"),
])
def test_towns_listed_as_the_subjects_of_a_verb_share_its_works(tmp_path, sentence, towns, works):
    got = links(tmp_path, sentence, [*((PLACE, t) for t in towns), (PROJECT, works)], "澄江县")
    for t in towns:
        assert ("locatedIn", works, t) in got


def test_listed_subjects_paired_respectively_or_not_towns_share_nothing(tmp_path):
    s = "青禾镇、石桥镇分别建成澄溪污水处理厂、石桥农贸市场。"
    got = links(tmp_path, s, [(PLACE, "青禾镇"), (PLACE, "石桥镇"), (PROJECT, "澄溪污水处理厂"),
                              (PROJECT, "石桥农贸市场")], "澄江县")
    assert ("locatedIn", "澄溪污水处理厂", "石桥镇") not in got
    # scenic areas listed are peers of the works, none of them its place
    s = "青禾山景区、澄溪湿地公园完成游客中心改造。"
    got = links(tmp_path, s, [(PLACE, "青禾山景区"), (PLACE, "澄溪湿地公园"), (PROJECT, "游客中心改造")], "澄江县")
    assert ("locatedIn", "游客中心改造", "澄溪湿地公园") not in got


@pytest.mark.parametrize("sentence, places, works", [
    ("积极拓展经贸合作,在泰国、越南设立澄江商品展示中心,开通澄江至曼谷航线。", ("泰国", "越南"), "澄江商品展示中心"),
    ("支持澄江集团在青禾镇扩建绿色食品加工基地。", ("青禾镇",), "绿色食品加工基地"),
])
def test_a_works_set_up_in_a_place(tmp_path, sentence, places, works):
    found = [(PLACE, p) for p in places] + [(PROJECT, works)]
    got = links(tmp_path, sentence, found, "澄江县")
    for p in places:
        assert ("locatedIn", works, p) in got
