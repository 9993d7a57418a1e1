"""Changes of structure from the year before, size classes of counts, notes on how a value is
counted, and verbs that open a count of works (issue 9, ANNOTATION 5, 6, 9), on sentences written
for the test in the genre's phrasing (not copied from any report read)."""
from .test_observations_rule_counts_and_listed_names import found as found_in

_HEAD = "2020年政府工作报告\n各位代表:\n一、2019年工作回顾\n"


def found(tmp_path, body):
    return found_in(tmp_path, body, head=_HEAD)


def test_structure_from_the_year_before_gives_two_levels_named_by_the_structure(tmp_path):
    got = found(tmp_path, "三次产业结构由上年的21.4:30.2:48.4调整优化为20.9:29.8:49.3,第三产业比重提高0.9个百分点。"
                          "森林覆盖率由上年末的61.2%提高到62.0%。\n")
    assert ("三次产业结构", "21.4:30.2:48.4", "比", "actual", 2018) in got  # 上年: the year before
    assert ("三次产业结构", "20.9:29.8:49.3", "比", "actual", 2019) in got
    assert ("森林覆盖率", "61.2", "%", "actual", 2018) in got
    assert ("森林覆盖率", "62.0", "%", "actual", 2019) in got
    assert not any("由上年" in r[0] or "调整" in r[0] for r in got), got


def test_a_size_class_before_a_count_is_the_class_not_a_value(tmp_path):
    got = found(tmp_path, "全年新签约招商项目42个,其中10亿元以上6个、3亿元以上15个。"
                          "新引进企业38家,其中亿元以上企业9家。\n")
    assert ("新签约招商项目", "42", "个", "actual", 2019) in got
    assert ("10亿元以上项目", "6", "个", "actual", 2019) in got
    assert ("3亿元以上项目", "15", "个", "actual", 2019) in got
    assert not any(r[2] == "亿元" for r in got), got  # 10亿元 and 3亿元 bound the kind counted
    assert ("新引进企业", "38", "家", "actual", 2019) in got


def test_a_note_on_how_a_value_is_counted_is_no_name(tmp_path):
    got = found(tmp_path, "地方一般公共预算收入6.3亿元,下降(同口径)4.1%。规模以上工业增加值增长(按可比价计算)7.2%。"
                          "建成新时代文明实践站(所)156个。\n")
    assert ("地方一般公共预算收入", "4.1", "%", "actual", 2019) in got
    assert ("规模以上工业增加值", "7.2", "%", "actual", 2019) in got
    assert ("建成新时代文明实践站(所)", "156", "个", "actual", 2019) in got  # a name's own bracket stays


def test_verbs_that_open_a_count_of_works_are_no_part_of_its_name(tmp_path):
    got = found(tmp_path, "全力抓好64项市级重点项目建设,完成投资98亿元。成功招引亿元以上项目17个。\n")
    assert ("市级重点项目", "64", "项", "actual", 2019) in got
    assert ("招引亿元以上项目", "17", "个", "actual", 2019) in got
    assert not any(r[0].startswith(("抓好", "全力", "成功")) for r in got), got


def test_gaps_to_the_province_written_with_bi_or_against_its_index_are_no_values(tmp_path):
    got = found(tmp_path, "社会消费品零售总额52.1亿元,增长6.8%,增速比全省平均水平高0.5个百分点。"
                          "城乡居民人均可支配收入分别增长8.1%和8.9%,增速分别比全省平均水平高0.3和0.4个百分点。"
                          "居民消费价格上涨1.5%,低于全省居民消费价格指数0.3个百分点。第三产业比重比上年提高1.2个百分点。\n")
    assert not any(r[2] == "个百分点" and r[1] in ("0.5", "0.3", "0.4") for r in got), got
    assert ("农村居民人均可支配收入", "8.9", "%", "actual", 2019) in got
    assert ("居民消费价格", "1.5", "%", "actual", 2019) in got
    assert ("第三产业比重", "1.2", "个百分点", "actual", 2019) in got  # a change from the year before stays
