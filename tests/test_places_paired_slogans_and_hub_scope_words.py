"""Words a place rule would take for a name but that name nothing: a slogan of two paired words closed by a
settlement's head ("治城治乡", "老城老街、古镇古村": suffix_places), and a common noun jieba tags as a name
before a hub's head ("智慧机场", "盟市互通": hub_name_places, not_names.txt)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, area: str, line: str) -> set[str]:
    return report_names(tmp_path, "Place", f"2026年{area}人民政府工作报告", line)


def test_two_paired_words_are_a_slogan_not_a_place(tmp_path):
    # chongqing-2026-outline, shanxi-2026-review
    assert "治城治乡" not in _places(tmp_path, "重庆市", "统筹治城治乡，建成“清水绿岸”治理提升工程。")
    found = _places(tmp_path, "山西省", "一批老城老街、古镇古村焕发新颜，烟火气更浓。")
    assert not {"老城老街", "古镇古村"} & found


def test_a_settlement_named_by_its_head_is_still_a_place(tmp_path):
    # the Hailar corpus 2018: a village by its head; gansu-2026-review: a mountain by its head
    assert "胜利村" in _places(tmp_path, "海拉尔区", "年内完成铁路大修段、胜利村段景观工程。")
    assert "积石山" in _places(tmp_path, "甘肃省", "积石山6.2级地震抢险救灾创造“甘肃速度”。")


def test_a_common_noun_before_a_hubs_head_is_no_place(tmp_path):
    # shanghai-2026-outline, neimenggu-2026-review
    assert "智慧" not in _places(tmp_path, "上海市", "推进智慧港口、智慧航道、智慧机场建设。")
    assert "盟市" not in _places(tmp_path, "内蒙古自治区", "12个盟市接通高铁、所有盟市互通高速。")


def test_a_hubs_proper_site_is_still_a_place(tmp_path):
    # hubei-2026: the airports named by their sites
    found = _places(tmp_path, "湖北省", "推动天河国际机场和花湖国际机场联动发展。")
    assert {"天河", "花湖"} <= found
