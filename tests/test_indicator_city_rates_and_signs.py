"""Indicators and observations of the opening of city, district and county reports (session 64, helper
ind; sentences written for the test in the genre's phrasing, not copied from any report): a growth
written with a minus sign keeps it, a rate named with its gap to a whole area is the gap's indicator, a
bare rate changed in points is the rate of the measure just named, 建立 before counted sites opens no
name, and a copy whose date line lost its year takes the year its file is named for before a guess
from its part headings."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.quantities import find_quantities
from kg.text.reading import read_source

HEAD = "政府工作报告\n——2023年1月10日在某某县第十届人民代表大会第二次会议上\n一、2022年工作回顾\n"


def observations(tmp_path, body, head=HEAD, name="r.txt"):
    """(indicator, value, unit, measure, direction, status, period) of each observation."""
    path = tmp_path / name
    path.write_text(head + body + "\n", encoding="utf-8")
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"], m.attrs["direction"],
             m.attrs["status"], m.attrs["period"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"}


def names(found):
    return {f[0] for f in found}


def test_a_minus_sign_after_a_word_of_growth_belongs_to_the_figure():
    qs = find_quantities("社会消费品零售总额完成9.6亿元,同比增长-2.4%;增速为-0.5%")
    assert [(q.value, q.unit) for q in qs] == [("9.6", "亿元"), ("-2.4", "%"), ("-0.5", "%")]
    # a range keeps its dash: no sign of the upper figure
    qs = find_quantities("地区生产总值增长5%-6%")
    assert [(q.value, q.high, q.unit) for q in qs] == [("5", "6", "%")]


def test_a_growth_below_zero_is_a_change_as_written(tmp_path):
    found = observations(tmp_path, "全县一般公共预算收入完成3.8亿元,同比增长-21.7%;规模以上工业增加值增长4.5%。")
    assert ("一般公共预算收入", "-21.7", "%", "change", "increase", "actual", 2022) in found
    assert ("规模以上工业增加值", "4.5", "%", "change", "increase", "actual", 2022) in found
    assert not {f for f in found if f[1] == "21.7"}


def test_a_rate_named_with_its_gap_to_a_whole_area_is_an_indicator(tmp_path):
    found = observations(tmp_path, "全区工业投资增速高于全市2.6个百分点;"
                                   "第三产业增加值、建筑业增加值增速分别高于全省1.5个、0.8个百分点。")
    assert ("工业投资增速高于全市", "2.6", "个百分点", "level", None, "actual", 2022) in found
    assert ("第三产业增加值增速高于全省", "1.5", "个百分点", "level", None, "actual", 2022) in found
    assert ("建筑业增加值增速高于全省", "0.8", "个百分点", "level", None, "actual", 2022) in found


def test_a_gap_after_a_growth_or_to_an_average_or_a_group_stays_no_indicator(tmp_path):
    found = observations(tmp_path, "地区生产总值增长6.2%,高于全省0.9个百分点。"
                                   "农村居民人均可支配收入增长7.9%,增速快于城镇居民1.6个百分点。"
                                   "外贸进出口增速高于全省平均水平3个百分点。")
    assert names(found) == {"地区生产总值", "农村居民人均可支配收入"}


def test_a_bare_rate_changed_in_points_is_the_rate_of_the_measure_just_named(tmp_path):
    found = observations(tmp_path, "商品销售总额完成612.3亿元,同比下降5.2%,降幅较上半年收窄6.1个百分点;"
                                   "固定资产投资增长9.4%,增速比上年提高1.8个百分点;"
                                   "全年全社会消费品零售总额增长12%,增幅比一季度回落3.5个百分点。")
    assert ("商品销售总额降幅", "6.1", "个百分点", "change", "decrease", "actual", 2022) in found
    assert ("固定资产投资增速", "1.8", "个百分点", "change", "increase", "actual", 2022) in found
    assert ("全社会消费品零售总额增幅", "3.5", "个百分点", "change", "decrease", "actual", 2022) in found
    assert not {n for n in names(found) if "较" in n or "比" in n or n in ("降幅", "增速", "增幅")}


def test_a_bare_rate_in_percent_stays_the_measures_growth(tmp_path):
    # a rate in % is the measure's growth, no rate of its own (the rule is for a change in points)
    found = observations(tmp_path, "旅游综合收入18.2亿元,增幅达到15%。")
    assert ("旅游综合收入", "15", "%", "change", "increase", "actual", 2022) in found


def test_sites_set_up_and_counted_are_named_without_the_verb(tmp_path):
    found = observations(tmp_path, "建立产业扶贫基地42个、村级光伏电站58个、扶贫车间37个。")
    assert names(found) == {"产业扶贫基地", "村级光伏电站", "扶贫车间"}


def test_a_copy_whose_date_line_lost_its_year_takes_its_files_year(tmp_path):
    # "2023年3月8日" printed without 年 and 月: the part heading's 2022 is the year reviewed, not planned
    head = "202338日在某某县第十八届人民代表大会第次会议上\n各位代表:\n一、2022年政府主要工作\n"
    found = observations(tmp_path, "全年地区生产总值达到156.3亿元,增长5.1%。", head, "mouxian-2023.txt")
    assert ("地区生产总值", "156.3", "亿元", "level", None, "actual", 2022) in found
    assert ("地区生产总值", "5.1", "%", "change", "increase", "actual", 2022) in found


def test_the_year_of_a_from_to_figures_end_point_is_no_name(tmp_path):
    head = "政府工作报告\n——2021年1月10日在某某县第十届人民代表大会第二次会议上\n一、“十三五”工作回顾\n"
    found = observations(tmp_path, "全县生产总值从2015年的48.3亿元增长到2020年70.6亿元,年均增长7.9%。", head)
    assert ("生产总值", "48.3", "亿元", "level", None, "actual", 2015) in found
    assert ("生产总值", "70.6", "亿元", "level", None, "actual", 2020) in found
    assert not {n for n in names(found) if "增长" in n}


def test_a_crops_output_grown_alone_is_a_change_of_the_output_just_named(tmp_path):
    found = observations(tmp_path, "粮食产量实现18.4亿斤,增产0.6亿斤;全年油料总产量达到12万吨,又增产1.3万吨。"
                                   "粮食增产25.2亿斤。")
    assert ("粮食产量", "0.6", "亿斤", "change", "increase", "actual", 2022) in found
    assert ("油料总产量", "1.3", "万吨", "change", "increase", "actual", 2022) in found
    # after the crop, 增产 is the name's own measure (obs_crop_measures.tsv, named)
    assert ("粮食增产", "25.2", "亿斤", "level", None, "actual", 2022) in found


def test_an_adverb_alone_before_a_growth_names_nothing(tmp_path):
    found = observations(tmp_path, "社会消费品零售总额达到86亿元,又增长7.2%。")
    assert ("社会消费品零售总额", "7.2", "%", "change", "increase", "actual", 2022) in found
    assert names(found) == {"社会消费品零售总额"}


def test_broke_through_for_the_first_time_is_a_level_verb(tmp_path):
    found = observations(tmp_path, "某某工业园区规上工业产值首破500亿元,成为全市首个五百亿园区。")
    assert ("某某工业园区规上工业产值", "500", "亿元", "level", None, "actual", 2022) in found
    assert not {n for n in names(found) if n.endswith("首破")}


def test_a_line_held_with_its_size_before_it_is_named_by_the_line(tmp_path):
    head = "政府工作报告\n——2023年1月10日在某某县第十届人民代表大会第二次会议上\n二、2023年工作安排\n"
    found = observations(tmp_path, "守牢86.4万亩耕地红线,确保粮食播种面积稳定在60万亩以上。", head)
    assert ("耕地红线", "86.4", "万亩", "level", None, "target", 2023) in found
    assert not {n for n in names(found) if n.startswith("守")}
