"""Values read wrong in reviews and plans (session 24): a list of rates whose separator the copy lost
("分别增长3.9%7.1%"), a gap to the plan's goal written with 超 ("超计划目标0.4个百分点"), and a growth
goal a press piece says was set or moved ("将今年地区生产总值增长目标定在7.5%左右", "下调至6.5%左右"). Sentences
written for the test in the genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import assert_rows, observations, rows

OPENING = "2020年1月20日,某市第十五届人民代表大会第三次会议开幕。市长作政府工作报告时说,"


def test_rates_of_one_unit_written_with_no_separator_are_a_list(tmp_path):
    text = OPENING + ("2019年,全市地区生产总值增长6.2%,城乡居民人均可支配收入分别增长5.1%8.3%;"
                      "一、二、三产业增加值分别增长2.4%6.6%7.9%。\n")
    found = rows(observations(tmp_path, text))
    for row in (("城镇居民人均可支配收入", "5.1", "%", "actual", 2019),
                ("农村居民人均可支配收入", "8.3", "%", "actual", 2019),
                ("第一产业增加值", "2.4", "%", "actual", 2019),
                ("第二产业增加值", "6.6", "%", "actual", 2019),
                ("第三产业增加值", "7.9", "%", "actual", 2019)):
        assert row in found, (row, found)
    # none of the list is the growth of the measure named before it
    assert {v for n, v, *_ in found if n == "地区生产总值"} == {"6.2"}


def test_counts_of_two_units_side_by_side_still_count_one_event_twice(tmp_path):
    text = OPENING + "2019年,全市906户1559人实现稳定脱贫。\n"
    found = rows(observations(tmp_path, text))
    assert {(v, u) for _, v, u, _, _ in found} == {("906", "户"), ("1559", "人")}
    assert len({n for n, *_ in found}) == 2, found


def test_a_gap_to_the_plans_goal_written_with_chao_is_no_value(tmp_path):
    text = OPENING + ("2019年,社会消费品零售总额达到1275.8亿元,增长9.6%,超计划目标0.4个百分点;"
                      "清洁能源装机占比达到45%,超目标任务4个百分点;新增市场主体超7.8万户。\n")
    found = rows(observations(tmp_path, text))
    assert not any(v in ("0.4", "4") for _, v, *_ in found), found
    assert ("社会消费品零售总额", "9.6", "%", "actual", 2019) in found
    # 超 before a value is still its bound
    assert ("新增市场主体", "7.8", "万户", "actual", 2019) in found


def test_a_growth_goal_set_or_moved_is_a_target_change_of_its_measure(tmp_path):
    text = OPENING + ("2019年全市地区生产总值增长6.2%。在今年主要预期目标中,该市将地区生产总值增长目标定为6%;"
                      "某省将GDP增长目标下调至5.5%左右;多地将今年经济增速定为6%左右。\n")
    found = observations(tmp_path, text)
    assert ("地区生产总值", "6", "%", "target", 2020, "increase") in found, found
    assert ("GDP", "5.5", "%", "target", 2020, "increase") in found, found
    assert not any("将" in n or "目标" in n or "定" in n for n, *_ in found), found


def test_a_name_closing_in_rending_wei_keeps_its_verb(tmp_path):
    # 定为 sets a goal only after 目标: other names that close in 认定为 are not cut there
    assert_rows(tmp_path, OPENING + "2019年,全市新认定为高新技术企业68家。\n",
                ("新认定为高新技术企业", "68", "家", "actual", 2019))


def test_a_press_datelines_byline_is_no_part_of_the_name(tmp_path):
    text = ("来源:某某网 2019-01-22 16:07\n"
            "某某网某市1月21日电(记者甲乙 丙丁)“全市实现地区生产总值预计1.2万亿元,增长6.5%左右”,"
            "某市第十三届人民代表大会第四次会议21日开幕,市长作政府工作报告时介绍该市2018年的成绩。\n")
    assert_rows(tmp_path, text, ("地区生产总值", "1.2", "万亿元", "actual", 2018),
                ("地区生产总值", "6.5", "%", "actual", 2018))
    assert not any("电" in n for n, *_ in observations(tmp_path, text))


def test_an_area_or_areas_before_jiang_set_any_value_not_only_a_growth_goal(tmp_path):
    # one rule (_strip_lead's _after_area_will) for a division, a pointer (该县) and a collective (各地): the
    # setter before 将 is no part of the name, whatever the value; a 将 that opens a division's name
    # (将乐县) is no future word, and the county's name is not cut to 乐县
    text = OPENING + ("今年该县将新建农村公路120公里;各地将新增城镇就业5万人以上;"
                      "三明市将乐县生产总值增长目标定为6.5%;该市将城镇居民人均可支配收入增长目标定在8%左右。\n")
    found = observations(tmp_path, text)
    assert ("新建农村公路", "120", "公里", "target", 2020, None) in found, found
    assert ("新增城镇就业", "5", "万人", "target", 2020, None) in found, found
    assert ("城镇居民人均可支配收入", "8", "%", "target", 2020, "increase") in found, found
    county = [n for n, v, *_ in found if v == "6.5"]
    assert county and county[0].endswith("将乐县生产总值"), found
    assert not any(n.startswith(("该", "各", "乐县")) for n, *_ in found), found


def test_a_setter_after_other_words_or_with_its_report_or_all(tmp_path):
    # a press copy's setter after other words, with its report or an adverb of all, then a year: the last
    # area + 将 and all before it are no part of the name (the rule qd24's rpartition stood for, now
    # restricted to an area: "报告将…" with no area keeps its words)
    text = OPENING + ("同时多地将2020年经济增速定在6%左右;河南省政府工作报告将GDP增长目标定在5.8%左右;"
                      "全省11个设区市均将GDP增长目标定在5%以上。\n")
    found = observations(tmp_path, text)
    assert ("经济", "6", "%", "target", 2020, "increase") in found, found
    assert ("GDP", "5.8", "%", "target", 2020, "increase") in found, found
    assert ("GDP", "5", "%", "target", 2020, "increase") in found, found


def test_any_setter_of_a_growth_goal_before_jiang_is_no_part_of_the_name(tmp_path):
    # a growth goal set by a meeting, a report or a government, not an area: what follows 将 is the
    # measure the goal is for (its words, a year, Latin letters), whoever set it is cut
    text = OPENING + ("2019年全市地区生产总值增长6.2%。在今年主要预期目标中,会议将地区生产总值增长目标定为5.5%左右;"
                      "今年政府工作报告将城镇居民人均可支配收入增长目标定为6%左右;省政府将2020年经济增速定在6.5%左右;"
                      "市政府将GDP增长目标定在7%。\n")
    found = observations(tmp_path, text)
    for row in (("地区生产总值", "5.5", "%", "target", 2020, "increase"),
                ("城镇居民人均可支配收入", "6", "%", "target", 2020, "increase"),
                ("经济", "6.5", "%", "target", 2020, "increase"),
                ("GDP", "7", "%", "target", 2020, "increase")):
        assert row in found, (row, found)
    assert not any("将" in n or "会议" in n or "政府" in n for n, *_ in found), found


def test_a_growth_goal_of_a_county_whose_name_opens_with_jiang_keeps_it(tmp_path):
    # 将 opening a division's name is no future word, whoever might be before it
    text = OPENING + "三明市将乐县生产总值增长目标定为6.5%;会议将将乐县生产总值增长目标定为7%。\n"
    names = {v: n for n, v, *_ in observations(tmp_path, text)}
    assert names["6.5"].endswith("将乐县生产总值"), names
    assert names["7"] == "将乐县生产总值", names
