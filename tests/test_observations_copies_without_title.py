"""Observations of copies of reports as users paste them (sentences written for the test in the
genre's phrasing, not copied from any report read): a copy with no title block still tells its
year, a year that opens a clause dates the figures after it, and a name keeps neither the area,
the time, a minus sign nor a ranking move."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.quantities import find_quantities
from kg.text.reading import read_source


def parsed(tmp_path, text):
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return parse_document(read_source(path))


def observations(tmp_path, text):
    """(indicator, value, unit, status, period, direction) of each observation."""
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["status"], m.attrs["period"],
             m.attrs["direction"])
            for m in extract_mentions(parsed(tmp_path, text)) if m.type == "Observation"}


def rows(found):
    return {(n, v, u, s, p) for n, v, u, s, p, _ in found}


def assert_rows(tmp_path, text, *wanted):
    """Each (indicator, value, unit, status, period) in `wanted` is read from `text`."""
    found = rows(observations(tmp_path, text))
    missing = [w for w in wanted if w not in found]
    assert not missing, (missing, found)


def test_a_congress_date_dates_a_copy_without_title(tmp_path):
    doc = parsed(tmp_path, "2020年1月9日,南平市第六届人民代表大会第五次会议开幕。市长作政府工作报告。\n"
                           "过去一年,全市生产总值增长7.9%。")
    assert doc.year == 2020
    # a congress held in December hears the report of the coming year
    assert parsed(tmp_path, "2021年12月20日,某县第十八届人民代表大会第一次会议在县城召开。").year == 2022


def test_a_title_year_without_nian_dates_the_report(tmp_path):
    text = "2019南平市政府工作报告\n各位代表:\n一、工作回顾\n全市生产总值增长8.1%,财政总收入150亿元。\n"
    assert parsed(tmp_path, text).year == 2019
    assert_rows(tmp_path, text, ("生产总值", "8.1", "%", "actual", 2018))


def test_a_year_opening_a_clause_dates_a_news_copy(tmp_path):
    assert_rows(tmp_path, "记者从会上获悉,报告回顾了一年来的工作。初步统计,2019年全市地区生产总值1200亿元,增长7%。"
                          "2020年,全市经济社会发展的主要预期目标是:地区生产总值增长6.5%左右,城镇新增就业3万人。",
                ("地区生产总值", "1200", "亿元", "actual", 2019), ("地区生产总值", "7", "%", "actual", 2019),
                ("地区生产总值", "6.5", "%", "target", 2020), ("城镇新增就业", "3", "万人", "target", 2020))


def test_an_area_and_its_whole_year_open_no_name(tmp_path):
    assert_rows(tmp_path, "会上,省长作政府工作报告。2018年湖南全年财政总收入达到4900亿元。"
                          "2019年,宁乡市计划招引10个以上亿元项目。",
                ("财政总收入", "4900", "亿元", "actual", 2018), ("招引亿元项目", "10", "个", "target", 2019))


def test_a_growth_with_a_minus_sign_keeps_its_sign(tmp_path):
    # the value is the number as written (ANNOTATION), a growth below zero, as the city excerpts' gold
    # writes it ("增长-18.9%" → -18.9, increase)
    found = observations(tmp_path, "各位代表:\n一、2023年工作回顾\n全年固定资产投资完成45亿元,增长-12.5%;"
                                   "外贸进出口总额增长6%。\n")
    assert ("固定资产投资", "-12.5", "%", "actual", 2023, "increase") in found
    assert ("外贸进出口总额", "6", "%", "actual", 2023, "increase") in found
    assert not {f for f in found if "增长" in f[0]}


def test_a_move_in_a_ranking_is_no_value(tmp_path):
    found = observations(tmp_path, "各位代表:\n一、2023年工作回顾\n全市生产总值2100亿元,在全省排名上升2位,"
                                   "较上年前移3个位次。\n")
    assert {f[1] for f in found} == {"2100"}


def test_a_time_of_day_is_no_ratio():
    assert find_quantities("2019年01月08日 09:30 来源:某某日报") == []
    assert find_quantities("发布时间:2021-03-02 16:45:10") == []
    # a ratio stays a ratio
    assert [q.value for q in find_quantities("三次产业结构调整为8.5:40.1:51.4")] == ["8.5:40.1:51.4"]


def test_the_next_five_years_are_targets_of_their_last_year(tmp_path):
    assert_rows(tmp_path, "2021年2月2日,某市第十五届人民代表大会第六次会议开幕。\n今后五年的主要目标:\n"
                          "地区生产总值突破5000亿元;\n2021年主要预期目标:\n地区生产总值增长7%左右。\n",
                ("地区生产总值", "5000", "亿元", "target", 2025), ("地区生产总值", "7", "%", "target", 2021))


def test_the_start_of_a_five_year_plan_reviews_one_year(tmp_path):
    # "十三五实现良好开局" names the plan's first year: a "from" value is the year before, not five before
    assert_rows(tmp_path, "政府工作报告\n2017年1月10日在某省第十二届人民代表大会第五次会议上\n各位代表:\n"
                          "一、十三五实现良好开局\n服务业增加值占生产总值比重由41.2%提高到43.5%。\n",
                ("服务业增加值占生产总值比重", "41.2", "%", "actual", 2015))


def test_a_news_copy_naming_only_the_npc_session_tells_its_year(tmp_path):
    # the National People's Congress's term and session give the year (npc_terms.tsv): the 13th
    # NPC's third session heard the 2020 report, which reviews 2019
    text = ("十三届全国人大三次会议22日上午在人民大会堂开幕,国务院总理向大会作政府工作报告。\n"
            "报告指出,国内生产总值达到99.1万亿元,增长6.1%;城镇新增就业1352万人。\n")
    assert parsed(tmp_path, text).year == 2020
    assert_rows(tmp_path, text, ("城镇新增就业", "1352", "万人", "actual", 2019), ("国内生产总值", "6.1", "%", "actual", 2019))
