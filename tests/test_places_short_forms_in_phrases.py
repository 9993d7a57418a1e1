"""Place rules on real sentences of unseen reports (the excerpt is named in each test).
Each sentence is put in a small report of the same area, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names

# heldtext jiefang-2024: 焦作市解放区, whose towns include 民生街道 (short form 民生)
JIEFANG = "政府工作报告\n——2024年1月在焦作市解放区第十五届人民代表大会第三次会议上"


def places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2023年工作回顾", *sentences)


def test_town_short_form_starting_inside_a_set_phrase_is_not_the_town(tmp_path):
    # "惠民生" (benefit the people's livelihood) holds 民生, the short form of the area's 民生街道:
    # jieba cuts 惠民|生, so the short form starts inside a word and is no town
    found = places(tmp_path, JIEFANG, "全力以赴拼经济、抓产业、惠民生、保稳定，全区地区生产总值增长5%。")
    assert "民生" not in found
    # the town itself, written out, is still found
    found = places(tmp_path, JIEFANG, "民生街道完成老旧小区改造12个。")
    assert "民生街道" in found


# a report of 滨州市, whose county 惠民县 has the short form 惠民 (fresh page: 滨州 2024)
BINZHOU = "政府工作报告\n——2024年1月15日在滨州市第十二届人民代表大会第三次会议上"


def test_division_short_form_cut_from_a_set_phrase_is_not_the_county(tmp_path):
    # "惠民生" (heldtext heze-2025, fresh pages of 滨州 2024, 济南市中区 2023, 山东 2025): our division
    # words make jieba cut 惠民|生, and 民生 is the phrase's noun, not 惠民县's short form
    found = places(tmp_path, BINZHOU, "干成了一批强基础、利长远的大事，办成了一批顺民意、惠民生的实事。",
                   "全力以赴稳增长、调结构、促改革、惠民生、防风险，顺利完成全年目标任务。")
    assert "惠民" not in found
    # the county itself, by full name or short form in a list, is still found
    found = places(tmp_path, BINZHOU, "惠民县、博兴县完成高标准农田建设10万亩。")
    assert "惠民县" in found
    found = places(tmp_path, BINZHOU, "支持惠民、博兴等县创建省级农业产业强镇。")
    assert "惠民" in found


# heldtext yulin-2025: 玉林市; beizhen-2015: 北镇市
YULIN = "政府工作报告\n——2025年1月在玉林市第六届人民代表大会第五次会议上"
BEIZHEN = "政府工作报告\n——2014年12月28日在北镇市第二届人民代表大会第三次会议上"


def test_place_opening_a_park_name_before_its_trade(tmp_path):
    # ANNOTATION rule 8: the place a park is named after, with the park's trade between them
    found = places(tmp_path, YULIN, "园区工业总产值突破800亿元，龙潭临港产业园产值首次突破120亿元。")
    assert "龙潭" in found
    found = places(tmp_path, BEIZHEN, "五峰农业产业园完成30万吨稻米加工和仓储物流项目，循环产业链条进一步延伸。")
    assert "五峰" in found
    # a park named by its trade alone opens with no place
    found = places(tmp_path, YULIN, "现代农业产业园完成投资5亿元。")
    assert not found & {"现代", "农业"}


# heldtext2 qionghai-2023: 琼海市, whose towns include 博鳌镇 (short form 博鳌)
QIONGHAI = "政府工作报告\n——2023年1月在琼海市第十七届人民代表大会第三次会议上"


def test_town_opening_an_event_name_is_not_the_town(tmp_path):
    # ANNOTATION rule 8: a place inside an event's name is not annotated; the town rule now applies
    # the event test the lexicon rule already did
    found = places(tmp_path, QIONGHAI, "有力确保博鳌亚洲论坛2022年年会圆满举办。")
    assert "博鳌" not in found
    found = places(tmp_path, QIONGHAI, "博鳌镇完成农村人居环境整治村庄12个。")
    assert "博鳌镇" in found
