"""Things listed from a clause's opening, none a measure of its own, before the last whose measure is
named with the one level value they share, are one name as written ("交通、能源、水利完成投资"); not
places, examples (等), kinds counted ("三大…"), a value of each (双双) or a change of each (sentences of the
Shandong, Guizhou, Heilongjiang and Yunnan 2026 reviews and the State Council's 2010 review)."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    found = report_mentions(tmp_path, "2026年某省政府工作报告", "2025年工作回顾", *lines)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_things_listed_before_one_level_share_its_name(tmp_path):
    found = indicators(tmp_path, "交通、能源、水利完成投资5400亿元。", "水电、风电、光伏发电量占比43.3%。",
                       "国家一级图书馆、博物馆、文化馆数量达到293家。",
                       "绿色铝、硅光伏、新能源电池合计产值增长30.4%。")
    assert {"交通、能源、水利完成投资", "水电、风电、光伏发电量占比", "国家一级图书馆、博物馆、文化馆数量",
            "绿色铝、硅光伏、新能源电池合计产值"} <= found


def test_places_examples_and_values_of_each_are_no_one_name(tmp_path):
    found = indicators(tmp_path, "庆阳、酒泉经济总量突破1000亿元。", "铁路、航空客运量双双超过千万人次。",
                       "集成电路、生物医药、人工智能三大先导产业规模达到2万亿元。",
                       "装备制造业、高端食品加工业产值年均增长超20%。", "小麦、玉米、马铃薯等主栽品种良种覆盖率达到97%。")
    assert not [name for name in found if "、" in name]
