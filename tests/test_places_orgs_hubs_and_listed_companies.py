"""Places and organizations on report sentences of other provinces and levels (session 17, issue 9):
the site a substation or a listed hydropower station is named after, a capacity unit before a site,
a company listed as a works that a coordination rule must not read as a place, a country located
by 地处, a class of monitored water sections. The sentences are written for
these tests in the genre's phrasing; each is put in a small report of an area, so the rule under
test decides. Each case: the sentence, the (type, name) pairs that must be found, those that must not."""
from __future__ import annotations

import pytest

from tests.conftest import report_pairs

COUNTY = "政府工作报告\n——2022年1月6日在安徽省某县第十八届人民代表大会第二次会议上"
PROVINCE = "政府工作报告\n——2023年1月在贵州省第十四届人民代表大会第一次会议上"

CASES = {
    # a substation is named after its site as an airport or a hydropower station is (rule 8); a
    # site jieba knows no word of is found by the head alone (place_hub_heads.txt: 变电站)
    "substation_site": (COUNTY, "110kV桐北变电站建成投运，城区供电能力明显提升。",
                        {("Place", "桐北")}, set()),
    # "110千伏柳岗": the unit after the number is the capacity; the place-head rule (岗) took
    # "千伏柳岗" before
    "capacity_unit_before_a_site": (COUNTY, "110千伏柳岗变电站建成投运，城区供电能力明显提升。",
                                    {("Place", "柳岗")}, {("Place", "千伏柳岗")}),
    # "甲等水电站": the last item of hubs listed by their sites, 等 before the hub's kind
    "hub_listed_by_its_site": (PROVINCE, "加快推进白马等水电站前期工作。", {("Place", "白马")}, set()),
    # "甲电子、安徽乙等新签约项目": the first item ends in a trade, so 安徽 opening the second makes
    # no coordinated place of it; it is the company the works is called by, and so is its list-mate
    # (a division and a rare word beside a company: test_organizations)
    "companies_listed_as_works": (COUNTY, "全年新签约项目52个，华澜电子、安徽恒泰等新签约项目加快建设。",
                                  {("Organization", "华澜电子"), ("Organization", "安徽恒泰")},
                                  {("Place", "华澜电子")}),
    # "地处中国西南…": the country located, a compass part after it, is no slogan's word
    "country_located_by_dichu": (PROVINCE, "我省地处中国西南腹地，山地和丘陵占全省面积九成以上。",
                                 {("Place", "中国")}, set()),
    # "国控断面": the sections the state monitors, a class; the section head (断面) makes no place of it
    "monitored_sections_by_level": (PROVINCE, "全省国控断面水质优良比例达到95%以上，确保国控断面全部达标。",
                                    set(), {("Place", "国控断面"), ("Place", "全省国控断面")}),
    # the guard the compass parts leave in place: "中国特色" modifies the next word
    "china_in_a_slogan": (PROVINCE, "坚持走中国特色社会主义道路，扎实推进各项工作。", set(), {("Place", "中国")}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_places_and_companies_of_unseen_reports(tmp_path, case):
    head, sentence, present, absent = CASES[case]
    found = report_pairs(tmp_path, head, "各位代表：", "一、工作回顾", sentence)
    assert present <= found, present - found
    assert not absent & found, absent & found
