"""A word of time or of repetition between an indicator's name and its verb (今年, 去年, 年内, 一直, 又,
屡创历史新高) is no part of the name, nor the time of a "from X to Y" figure's end point (提高到现在的),
nor 人均 before the amount a standard is set to (sentences of the State Council's reports 2010-2018)."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    return [m for m in report_mentions(tmp_path, "2019年青禾县政府工作报告", *lines) if m.type == "Observation"]


def test_words_of_time_and_repetition_before_the_verb_are_no_part_of_the_name(tmp_path):
    found = {m.attrs["indicator"] for m in observations(
        tmp_path, "2018年工作回顾",
        "农民的生产补贴资金去年达到1226亿元。企业退休人员基本养老金水平又提高10%。",
        "财政赤字率一直控制在3%以内。粮食产量屡创历史新高，去年达到54641万吨。")}
    assert {"农民的生产补贴资金", "企业退休人员基本养老金水平", "财政赤字率", "粮食产量"} <= found
    assert not any(name.endswith(("去年", "又", "一直", "屡")) for name in found)


def test_this_year_and_within_the_year_in_a_plan(tmp_path):
    found = {m.attrs["indicator"] for m in observations(
        tmp_path, "2019年工作安排", "企业退休人员基本养老金今年再提高10%。移动网络流量资费年内至少降低30%。")}
    assert {"企业退休人员基本养老金", "移动网络流量资费"} <= found


def test_a_repetition_word_alone_names_nothing(tmp_path):
    # "又有80万户农村危房得到改造" does not continue the network lines counted before it
    obs = observations(tmp_path, "2018年工作回顾", "新建和改造农村公路38万公里、农村电网线路26.6万公里，又有80万户农村危房得到改造。")
    assert not any(float(m.attrs["value"]) == 80 and m.attrs["indicator"].startswith("新建") for m in obs)


def test_the_end_point_of_a_from_to_figure_and_the_amount_per_head(tmp_path):
    obs = observations(
        tmp_path, "2018年工作回顾",
        "企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。资本充足率从2007年底的8.4%提升到去年底的13.3%。",
        "城乡居民基本医保财政补助标准增加到人均280元。")
    found = {(m.attrs["indicator"], float(m.attrs["value"])) for m in obs}
    assert {("企业退休人员基本养老金", 700), ("企业退休人员基本养老金", 1721), ("资本充足率", 13.3),
            ("城乡居民基本医保财政补助标准", 280)} <= found
