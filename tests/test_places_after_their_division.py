"""A division's name, full or short, run together with a village, a lake, a river, a hill or an
excavated site found by its head (places_after_their_division): the division and the place after it
are two places, as the gold writes them ("武隆荆竹村入选世界最佳旅游乡村", chongqing-2026-outline; "合肥
滨湖科学城", anhui-2026; "临洮寺洼遗址", gansu-2026-review), the whole no name of its own. Not where the
rest opens with a natural head (the division's namesake: "青海湖国家公园", qinghai-2026), nor a
facility's name ("重庆东站", chongqing-2026-review)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CASES = [  # (province, sentence of its review part, places found, places not found)
    ("重庆市", "武隆荆竹村入选世界最佳旅游乡村，巴渝和美乡村建成率达到65%。", {"武隆", "荆竹村"}, {"武隆荆竹村"}),
    ("安徽省", "建立合肥滨湖科学城实体化工作和运行机制，布局建设高水平创新平台。", {"合肥", "滨湖"}, {"合肥滨湖"}),
    ("甘肃省", "天祝吐谷浑王族墓葬群、礼县四角坪遗址、临洮寺洼遗址入选全国十大考古新发现。",
     {"临洮", "寺洼遗址", "四角坪遗址"}, {"临洮寺洼遗址"}),
    ("青海省", "高质量推进祁连山、青海湖国家公园候选区建设。", {"青海湖国家公园"}, {"湖国家公园"}),
    ("重庆市", "建成投用重庆东站、渝厦高铁重庆东段。", set(), {"东站"}),
]


@pytest.mark.parametrize("province, sentence, found, not_found", CASES)
def test_a_place_and_the_division_before_it(tmp_path, province, sentence, found, not_found):
    got = report_names(tmp_path, "Place", f"{province}政府工作报告", "", "一、2025年工作回顾", "", sentence)
    assert_found(got, found, not_found)
