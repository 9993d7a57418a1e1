"""Names inside names (kg/extract/nested_names.py) on real sentences of unseen reports
(each excerpt is named). Each sentence is put in a small report of the same area, so the rule under
test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_pairs

# heldtext shangluo-2024 (商洛市), devtext2 huoqiu-2024 (霍邱县)
SHANGLUO = "政府工作报告\n——2024年2月2日在商洛市第五届人民代表大会第四次会议上"
HUOQIU = "政府工作报告\n——2024年1月在霍邱县第十八届人民代表大会第四次会议上"


def mentions(tmp_path, head: str, *sentences: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, head, "各位代表：", "一、2023年工作回顾", *sentences)


def test_river_cut_in_two_opening_a_park_is_a_place(tmp_path):
    # jieba cuts 南|秦河: the river the park is named after is a place (ANNOTATION rule 8)
    found = mentions(tmp_path, SHANGLUO, "南秦河生态公园、四皓公园等一批休闲健身公园建成开放。")
    assert ("Place", "南秦河") in found
    assert ("Place", "秦河") not in found


def test_river_cut_in_two_opening_a_flood_works_is_a_place(tmp_path):
    # 沿|岗河: 沿 is read as a preposition, yet the works' name opens with the river's
    found = mentions(tmp_path, HUOQIU, "沿淮洼地治理、沿岗河防洪治理四期等4个特别国债项目已获批。")
    assert ("Place", "沿岗河") in found


def test_a_common_word_before_a_place_word_is_no_feature_name(tmp_path):
    # heldtext gansu-2019: "国际|陆海": a two-character word before the place word is a word of its own
    found = mentions(tmp_path, "政府工作报告\n——2019年1月在甘肃省第十三届人民代表大会第二次会议上",
                     "积极参与国际陆海贸易新通道建设，开通南向通道国际货运班列。")
    assert not any(t == "Place" and n.startswith("国际") for t, n in found)


def test_a_place_head_written_short_after_a_place_is_no_feature_name(tmp_path):
    # a Huangpi (Wuhan) sentence: "武湖街|滨湖苑二期" is 武湖街 + a housing estate; 街 is the town's
    # head written short, not the first character of a lake "街滨湖"
    found = mentions(tmp_path, "政府工作报告\n——2021年1月在武汉市黄陂区第十五届人民代表大会第五次会议上",
                     "开工建设滠口街湖景佳园二期，武湖街滨湖苑二期等还建项目。")
    assert not any(t == "Place" and n.startswith("街") for t, n in found)
