"""The number and unit grammar of stated values, on phrasing of reports of other provinces and
years (written for the test)."""
from kg.text.quantities import find_quantities


def quantities(text):
    return [(q.value, q.unit, q.bound, text[q.start:q.end]) for q in find_quantities(text)]


def test_a_bare_magnitude_before_a_mark_passed_is_a_sum_of_money():
    assert quantities("全部财政收入突破10亿大关,完成11.68亿元") == [
        ("10", "亿元", "min", "10亿大关"), ("11.68", "亿元", None, "11.68亿元")]
    assert quantities("工业应税销售首次突破千亿大关") == [("1000", "亿元", "min", "千亿大关")]
    # a bare magnitude with no mark stays a count, and a round figure needs a unit or a mark
    assert quantities("参保人数突破5100万,") == [("5100", "万", "min", "5100万")]
    assert quantities("百县千亿工程") == []


def test_a_span_of_months_is_no_value():
    assert quantities("增加值增速连续8个月领跑全省,新建公厕8个。") == [("8", "个", None, "8个")]


def test_figures_that_make_up_a_quoted_slogan_are_no_values():
    assert quantities("通村公路率先实现“5个100%”,") == []
    assert quantities("打造“两个1000亿”产业集群。") == []
    # a single quoted figure stays a value, and so does a count after a quoted name
    assert [q[:2] for q in quantities("人均收入达“3万元”。")] == [("3", "万元")]
    assert [q[:2] for q in quantities("建成“5G+工业互联网”项目12个。")] == [("12", "个")]


def test_a_round_magnitude_closing_a_clause():
    assert [q[:2] for q in quantities("龙头企业产值突破百亿,带动就业。")] == [("100", "亿")]
    assert quantities("百亿级产业集群加快成长。") == []


def test_a_bare_magnitude_before_a_population_counts_people():
    assert [q[:2] for q in quantities("巩固提升5.2万农村人口饮水安全,")] == [("5.2", "万人")]
    # a bare magnitude before any other noun is no figure
    assert quantities("惠及5.2万群众的住房。") == []


def test_a_grade_and_kilowatt_hours_in_du():
    # "20万吨级航道" names a grade of the channel, no value; 亿度 is energy, a bare 度 no unit of ours
    assert quantities("20万吨级航道正式通航,500千伏级变电站投运。") == []
    assert quantities("发电量超过55亿度,") == [("55", "亿度", "min", "55亿度")]
    assert quantities("最高气温35度。") == []


def test_a_bare_magnitude_before_a_group_of_people_counts_them():
    assert quantities("全年新增2.6万青年来此就业、1.4万农民工返乡创业。") == [
        ("2.6", "万", None, "2.6万"), ("1.4", "万", None, "1.4万")]
    # a magnitude before a noun that is no group of people stays no value
    assert quantities("打造3万亿产业集群。") == []


def test_a_circle_named_by_the_time_to_cross_it_is_no_value():
    assert quantities("形成1小时通勤圈和3小时经济圈,") == []
    assert [q[:2] for q in quantities("平均通勤时间缩短至1.5小时,")] == [("1.5", "小时")]


def test_no_lower_than_is_a_lower_bound():
    # "不低于" ends with "低于" (an upper bound): the longest bound word written before the value wins
    assert quantities("粮食产量不低于30万吨,亩均投入低于5万元") == [
        ("30", "万吨", "min", "30万吨"), ("5", "万元", "max", "5万元")]


def test_working_days_are_the_unit_of_a_time_limit():
    # "压缩至74个工作日" (a city's approval time, 南昌 2021): the unit is the working day, not 个
    assert quantities("全流程项目审批时间压缩至74个工作日。") == [("74", "个工作日", None, "74个工作日")]
    assert quantities("企业开办时间压缩至1个工作日以内") == [("1", "个工作日", "max", "1个工作日以内")]
    # a count of something else stays counted by 个
    assert quantities("新增市场主体74个") == [("74", "个", None, "74个")]
