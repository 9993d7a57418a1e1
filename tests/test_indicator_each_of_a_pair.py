"""One change that holds for each of two measures: a paired word (城乡) before 分别 and a single value names
two measures, each at that value, as it does before 均; and a clause of 分别 and a verb alone after a run of
values listed with 、 holds for each measure of the run (ANNOTATION.md: "城乡常住居民人均可支配收入分别增长9%和10%"
gives two observations). Sentences from the design text hailar-2018."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2018年海拉尔区政府工作报告", *lines) if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"]) for m in obs}


def test_a_paired_word_before_respectively_and_one_value_names_two_measures(tmp_path):
    found = observations(tmp_path, "2018年主要预期目标",
                         "地区生产总值增长6%左右;一般公共预算收入增长6%;城乡居民人均可支配收入分别增长7.5%;")
    assert ("城镇居民人均可支配收入", "7.5", "%", "change") in found
    assert ("农村居民人均可支配收入", "7.5", "%", "change") in found
    assert not any(name.startswith("城乡") for name, *_ in found)


def test_a_change_after_a_run_of_values_holds_for_each_of_them(tmp_path):
    found = observations(tmp_path, "2017年工作回顾",
                         "城镇和农村居民人均可支配收入分别达35512元、25689元,分别同比增长7.8%。")
    assert ("城镇居民人均可支配收入", "7.8", "%", "change") in found
    assert ("农村居民人均可支配收入", "7.8", "%", "change") in found


def test_a_named_measure_after_a_run_is_not_spread(tmp_path):
    # the clause names its own measure: a share of a target, not a change of each count
    found = observations(tmp_path, "2017年工作回顾", "新增就业6435人,失业人员再就业1755人,分别完成目标任务的117%。")
    assert sum(1 for name, value, *_ in found if value == "117") <= 1
