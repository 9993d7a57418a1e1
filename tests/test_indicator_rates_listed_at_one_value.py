"""Whole rates listed with 、 before one level value in % are each at that value: a rate is of each thing it
names, not of them together as a share (占比) of things listed is. Sentences from the design texts
xinjiang-2026-review and the sample guangdong-2026."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2026年青禾市政府工作报告", *lines) if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs.get("bound")) for m in obs}


def test_two_whole_rates_before_one_value_are_each_at_it(tmp_path):
    found = observations(tmp_path, "2025年工作回顾",
                         "教育事业健康发展,九年义务教育巩固率、高中阶段毛入学率保持在97%以上,现代职业教育加快发展。")
    assert ("九年义务教育巩固率", "97", "min") in found and ("高中阶段毛入学率", "97", "min") in found


def test_an_opening_word_of_the_clause_is_no_part_of_the_first_rate(tmp_path):
    found = observations(tmp_path, "2026年主要工作",
                         "为老年人等重点人群提供连续健康管理服务,其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。")
    assert ("孕产妇产后访视率", "90", "min") in found and ("0—6岁儿童健康管理率", "90", "min") in found


def test_a_share_of_things_listed_and_rates_with_values_of_their_own_are_left(tmp_path):
    found = observations(tmp_path, "2025年工作回顾", "常住人口城镇化率达到60%、户籍人口城镇化率达到45%。",
                         "水电、风电、光伏发电量占比43.3%。")
    assert ("常住人口城镇化率", "60", None) in found and ("户籍人口城镇化率", "45", None) in found
    assert not any(name in ("水电", "风电") for name, *_ in found)


def test_whole_measures_listed_before_one_change_each_change_by_it(tmp_path):
    # heilongjiang-2026: two measures, each with its own head, and one growth target
    found = observations(tmp_path, "2026年主要预期目标", "社会消费品零售总额、固定资产投资增长4%左右。")
    assert ("社会消费品零售总额", "4", None) in found and ("固定资产投资", "4", None) in found


def test_a_change_of_things_together_or_of_examples_is_left(tmp_path):
    # jiangsu-2026-review (合计: of them together), hubei-2026-review (等: examples of one measure)
    found = observations(tmp_path, "2025年工作回顾", "限上仓储会员店、集合店零售额合计增长15.7%。",
                         "计算机通信、航空航天制造等新兴产业税收增长30%。")
    assert not any(name in ("限上仓储会员店", "计算机通信") for name, *_ in found)
