"""Indicator names at their boundaries (issue 9, session 17), on sentences written for the test in
the phrasing of work reports (none copied from the samples' gold or from a report read): verbs of
work joined by 、, an upgrade counted as work, things counted that enter a list or a place, a set
framed by 以…为, a time the noun acts by, a tail that each listed noun shares, and figures a copy
put on lines of their own."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.quantities import find_quantities
from kg.text.reading import read_source


def observations(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [m.attrs for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def review(tmp_path, body):
    return observations(tmp_path, f"各位代表:\n一、2023年工作回顾\n{body}\n")


def named(found, name):
    return [a for a in found if a["indicator"] == name]


def test_verbs_of_work_joined_by_a_list_comma_open_one_name(tmp_path):
    found = review(tmp_path, "全年关停、取缔无证小作坊120家。拆除、改造危旧房屋3万平方米。")
    assert named(found, "关停取缔无证小作坊")
    assert named(found, "拆除改造危旧房屋")
    assert not named(found, "取缔无证小作坊") and not named(found, "改造危旧房屋")


def test_an_upgrade_counted_in_things_done_is_the_work_not_a_change(tmp_path):
    found = review(tmp_path, "改造提升1200户农村危房。推动村容村貌提升86个。城乡居民收入提升8%。")
    work = named(found, "改造提升农村危房")
    assert work and work[0]["measure"] == "level"
    looks = named(found, "村容村貌提升")
    assert looks and looks[0]["measure"] == "level"
    income = named(found, "城乡居民收入")  # a percent of the thing named stays its change
    assert income and income[0]["measure"] == "change" and income[0]["direction"] == "increase"


def test_things_counted_that_enter_a_list_or_a_place_are_named_by_what_they_entered(tmp_path):
    found = review(tmp_path, "15家企业纳入省级专精特新培育库,6家企业在区域性股权市场挂牌。"
                             "32项政务服务事项实现全程网办。")
    names = {a["indicator"] for a in found}
    assert {"纳入省级专精特新培育库企业", "区域性股权市场挂牌企业", "实现全程网办政务服务事项"} <= names
    assert "企业" not in names


def test_a_set_framed_by_yi_wei_is_a_reference_not_a_value(tmp_path):
    found = review(tmp_path, "以装备制造等8个主导产业为重点,新培育规上工业企业20家。")
    assert [a["value"] for a in found] == ["20"]


def test_a_time_the_noun_acts_by_is_no_part_of_it(tmp_path):
    found = review(tmp_path, "2000户搬迁群众年底前可以全部入住新居。")
    assert [a["indicator"] for a in found] == ["搬迁群众"]


def test_a_tail_after_the_noun_each_item_ends_in_is_shared(tmp_path):
    found = review(tmp_path, "盗窃案件、诈骗案件立案分别下降12%、9%。")
    assert [(a["indicator"], a["value"]) for a in found] == [("盗窃案件立案", "12"), ("诈骗案件立案", "9")]


def test_a_footnote_marker_is_no_part_of_the_name(tmp_path):
    found = review(tmp_path, "一般公共预算收入[2]28.6亿元,增长6.1%。")
    assert {a["indicator"] for a in found} == {"一般公共预算收入"}


def test_a_date_run_into_its_time_of_day_is_no_ratio():
    assert find_quantities("发布时间:2022-03-1509:30:12") == []
    assert find_quantities("更新于2023/11/0208:05") == []
    ratio = find_quantities("三次产业结构调整为12.4:40.1:47.5")
    assert [q.value for q in ratio] == ["12.4:40.1:47.5"]


def test_figures_on_lines_of_their_own_go_on_from_the_words_before_them(tmp_path):
    found = review(tmp_path, "预计,财政收入增长\n9%;\n税收收入增长\n11%;\n新增城镇就业\n3200\n人。")
    assert {(a["indicator"], a["value"]) for a in found} >= {("财政收入", "9"), ("税收收入", "11"),
                                                             ("新增城镇就业", "3200")}


def test_a_label_an_id_or_a_date_does_not_run_into_the_next_line(tmp_path):
    (tmp_path / "r.txt").write_text("编号:4471203\n大小:18KB\n日期:2022-01-06\n政府工作报告\n各位代表:\n正文。\n"
                                    "附件2\n名词解释\n", encoding="utf-8")
    text = read_source(tmp_path / "r.txt").text
    assert "附件2\n名词解释" in text
    assert "编号:4471203\n大小" in text and "2022-01-06\n政府工作报告" in text
