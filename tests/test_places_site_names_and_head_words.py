"""Place rules (issue 9, session 19, qr19: wrong places read on unseen reports of Guangdong, Hainan,
Ningxia, Qinghai and Inner Mongolia) on sentences written in the genre's phrasing; each sentence is put
in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_place_naming_a_news_site_is_no_place(tmp_path):
    # "东北/网", "台海/网": the place is the trade name of a news site that the copy quotes
    names = found(tmp_path, "Place", "黑龙江省人民政府工作报告",
                  "东北网哈尔滨1月20日讯 记者从会上获悉,据台海网报道,两岸交流持续深化。")
    assert not {"东北", "台海"} & names
    assert "哈尔滨" in names
    # the region spoken of on its own is still a place
    assert "东北" in found(tmp_path, "Place", "黑龙江省人民政府工作报告", "全面振兴东北老工业基地,深化东北地区合作。")


def test_township_head_opening_a_common_word_ends_no_town(tmp_path):
    # "海南/乡团": 乡 opens the word 乡团 (associations of people from one home region), no 海南乡 ends there
    # (a township named by its full name in the next sentence is still found)
    assert {"三门坡镇"} == {"海南乡", "三门坡镇"} & found(
        tmp_path, "Place", "海口市人民政府工作报告", "成功举办世界海南乡团联谊大会,吸引侨胞回乡投资。", "推进三门坡镇特色产业小镇建设。")


def test_place_glued_to_an_indicator_is_the_place_alone(tmp_path):
    # jieba reads "西藏地区" as one word; 地区 opens the indicator 地区生产总值, so no place 西藏地区 ends there
    names = found(tmp_path, "Place", "西藏自治区人民政府工作报告",
                  "西藏自治区人民代表大会在拉萨召开,预计,西藏地区生产总值突破1400亿元。")
    assert "西藏地区" not in names
    assert "拉萨" in names
    # a region named with 地区 before another word is still a place
    assert "阿里地区" in found(tmp_path, "Place", "西藏自治区人民政府工作报告", "支持阿里地区加快发展。")
