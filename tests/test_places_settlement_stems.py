"""A division's short form that jieba writes as a word of its own before a village's, temple's or
locality's one-character head is that place's stem, not the division (place_settlement_stem_heads.txt)."""
from __future__ import annotations

from tests.conftest import report_names


def places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "2020年霞浦县人民政府工作报告", "各位代表：", "一、2019年工作回顾", *sentences)


def test_short_form_before_a_village_or_temple_head_is_no_division(tmp_path):
    # made-up villages and a temple named like far cities: 绵阳村 is no 绵阳市, 广元庙 no 广元市
    found = places(tmp_path, "青禾镇绵阳村、澄江村入选省级乡村旅游重点村。",
                   "建成广元庙至溪南镇公路改造工程。")
    assert not {"绵阳", "绵阳市", "广元", "广元市"} & found


def test_short_form_before_a_longer_word_stays_the_division(tmp_path):
    # a head opening a longer word ("村镇", "门户") leaves the division: the city is spoken of
    found = places(tmp_path, "与绵阳村镇银行签订合作协议，打造广元门户枢纽。", "推动与绵阳、广元的产业合作。")
    assert {"绵阳", "广元"} <= found
