"""Indicator names of session 42 (issue 9): names kept as the report writes them and owned by what
the sentence measures. A capacity total closing its clause is the area's figure ("新增新能源装机100万千瓦"),
not a capacity describing a works; a 、 before a longer verb of works stays in the name ("新建、改扩建
酒店", ANNOTATION: a name as written); funds landed keep 到位 with their origin ("到位市外资金"); examples
before 等 are no part of the kind counted or measured after it ("…等断头路12条", "建材等五大主导产业
实现产值"); an investment with no subject of its own in a sentence opened by one project is that
project's; the work done by a counted set leaves out the size class that chose the set
("亿元以上重点项目…,完成投资" → 重点项目完成投资). Hailar's sentences read from ../shared, the others
written in the phrasing of city and county reports (none copied from a gold file)."""

import pytest

from tests.conftest import report_mentions
from tests.test_indicator_plan_shares_and_acronyms import shared_sentence


def observed(tmp_path, heading, *lines):
    """(indicator, value, unit) of the observations of a report part under `heading`."""
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in report_mentions(tmp_path, "各位代表:", heading, *lines) if m.type == "Observation"}


def reviewed(tmp_path, *lines):
    return observed(tmp_path, "一、2023年工作回顾", *lines)


def planned(tmp_path, *lines):
    return observed(tmp_path, "二、2024年工作安排", *lines)


def names(found):
    return {o[0] for o in found}


def hailar(tmp_path, marker, year, part=reviewed):
    """The observations of the sentence of Hailar's report of `year` holding `marker`, read in `part`."""
    return part(tmp_path, shared_sentence(marker, "corpus", "hailar", f"hailar-{year}.txt"))


def test_a_capacity_total_closing_its_clause_is_a_stated_value(tmp_path):
    found = planned(tmp_path, "新增新能源装机100万千瓦,新增并网光电装机30万千瓦。")
    assert {("新增新能源装机", "100", "万千瓦"), ("新增并网光电装机", "30", "万千瓦")} <= found
    # a capacity before the noun it describes still sizes that noun: the count is of the projects
    found = planned(tmp_path, "实施总装机26.9万千瓦光伏项目9个。")
    assert not [o for o in found if o[1] == "26.9"]


@pytest.mark.parametrize("sentence, expected", [
    ("新建、改扩建酒店10家，首旅京伦、凯景嘉华、百府悦等一批星级酒店相继竣工运营。", ("新建、改扩建酒店", "10", "家")),  # Hailar 2016
    # two single verbs of two characters are written as one word of work, as before
    ("全年拆除、整改违法建筑1.2万平方米。", ("拆除整改违法建筑", "1.2", "万平方米")),
    # after a phrase of verbs the 、 lists phrases, and stays (a county's and a province's phrasing)
    ("新增减税降费、退税缓税缓费10亿元。", ("新增减税降费、退税缓税缓费", "10", "亿元")),
    ("新建和加密建设、改造提升24个高速公路服务区。", ("新建和加密建设、改造提升高速公路服务区", "24", "个")),
])
def test_a_list_comma_between_verbs_stays_where_it_does_not_join_two_single_verbs(tmp_path, sentence, expected):
    assert expected in reviewed(tmp_path, sentence)


def test_funds_landed_keep_their_verb_with_their_origin(tmp_path):
    found = reviewed(tmp_path, "新签约亿元以上项目96个,到位市外资金720亿元,增长11%。")
    assert ("到位市外资金", "720", "亿元") in found and "市外资金" not in names(found)
    # a verb of striving before 到位 names no landed funds of the statistics
    found = planned(tmp_path, "争取到位园区配套基础设施建设专债资金10亿元。")
    assert names(found) == {"园区配套基础设施建设专债资金"}


def test_examples_before_deng_are_no_part_of_the_kind_counted_after_them(tmp_path):
    found = reviewed(tmp_path, "打通明珠路、经一路等断头路12条,新建城市公交首末站5个。")
    assert ("断头路", "12", "条") in found
    found = reviewed(tmp_path, "建材等五大主导产业实现产值300亿元,增长6%。")
    assert ("五大主导产业产值", "300", "亿元") in found
    assert "高等教育毛入学率" in names(planned(tmp_path, "高等教育毛入学率达到60%。"))


def test_an_investment_with_no_subject_after_one_project_is_that_projects(tmp_path):
    found = hailar(tmp_path, "当年完成投资6.87亿元", 2016) | planned(
        tmp_path, "加快引汉济渭工程建设,秦岭隧洞越岭段贯通,三河口水利枢纽大坝浇筑,年度完成投资40亿元。")
    assert {("大兴安岭森工集团棚户区改造异地安置工程完成投资", "6.87", "亿元"),
            ("引汉济渭工程年度完成投资", "40", "亿元")} <= found
    # with no one project opening the sentence, the investment stays the area's
    assert ("完成投资", "1.7", "亿元") in reviewed(tmp_path, "园区基础设施开工建设,规划展厅投入使用,全年完成投资1.7亿元。")


def test_the_work_of_a_counted_set_leaves_out_its_size_class(tmp_path):
    # (the set counted before its noun: a bare 完成投资 right after "…项目1200个," is the drive's pace,
    # tests/test_indicator_pace_of_investment.py)
    found = planned(tmp_path, "全年实施1200个以上亿元以上重点项目,完成投资3000亿元以上。")
    assert {("亿元以上重点项目", "1200", "个"), ("重点项目完成投资", "3000", "亿元")} <= found
    # a set that is only 项目 keeps its size class: 项目完成投资 would name every project
    found = planned(tmp_path, "全年实施500项亿元以上项目,完成投资1500亿元。")
    assert ("亿元以上项目完成投资", "1500", "亿元") in found


def test_a_word_of_position_before_a_count_names_the_noun_counted_after_it(tmp_path):
    found = hailar(tmp_path, "沿街163栋", 2015, planned)
    # (the short work after 的 is the work counted, as both annotators of hailar-2015 name it: tests/test_s69_ind.py)
    assert {("沿街楼体亮化", "163", "栋"), ("沿河道路建设", "5.3", "公里")} <= found
    assert not {"沿街", "沿河"} & names(found)
    # a verb and the population counted name nothing without the noun after the count
    found = planned(tmp_path, "加强水利建设,解决农村150万人饮水安全问题。")
    assert ("解决农村饮水安全问题", "150", "万人") in found and "解决农村" not in names(found)


def test_the_planned_investment_of_a_counted_set_is_the_sets(tmp_path):
    found = planned(tmp_path, "全年安排市重点项目500项,总投资5000亿元,年度计划投资1500亿元。")
    assert {("市重点项目总投资", "5000", "亿元"), ("市重点项目年度计划投资", "1500", "亿元")} <= found
    # a plan with no set counted before it stays the area's
    found = hailar(tmp_path, "全年计划投资12.7亿元", 2012, planned)
    assert [o for o in found if o[1] == "12.7"] and not [o for o in found if o[1] == "12.7" and "项目" in o[0]]
