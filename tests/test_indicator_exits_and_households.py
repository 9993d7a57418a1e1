"""Indicator names of counts that leave the poor list ("N个贫困村全部出列": ANNOTATION 5), of the
poor counted in 建档立卡贫困人口, and of households and people side by side after 减至: sentences
written for the test in the genre's phrasing (session 22, qs22)."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def review(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2020年工作回顾\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_villages_that_left_the_poor_list_are_a_level_count(tmp_path):
    found = review(tmp_path, "全县43个贫困村全部出列,6.2万贫困人口全部脱贫。")
    assert ("贫困村", "43", "个", "level") in found
    assert ("贫困人口", "6.2", "万人", "level") in found


def test_the_adverbs_and_the_verb_of_leaving_are_no_part_of_the_name(tmp_path):
    found = review(tmp_path, "全市17个贫困村顺利退出,5个贫困县有望如期脱贫摘帽,28个贫困村达标出列。")
    assert ("贫困村", "17", "个", "level") in found
    assert ("贫困县", "5", "个", "level") in found
    assert ("贫困村", "28", "个", "level") in found
    assert not [o for o in found if o[0].endswith(("退出", "摘帽", "出列"))]


def test_a_kind_of_one_character_leaves_its_adverbs_out(tmp_path):
    found = review(tmp_path, "全乡7个村实现脱贫,4个村已出列。")
    assert ("村", "7", "个", "level") in found
    assert ("村", "4", "个", "level") in found
    assert not [o for o in found if o[0].startswith("村") and o[0] != "村"]


def test_a_kind_of_village_counted_for_another_reason_stays_no_indicator(tmp_path):
    # a kind of village is a name of no measure where the clause says nothing of leaving the list
    found = review(tmp_path, "为12个行政村铺设供水管网。")
    assert not [o for o in found if o[0] == "行政村"]


def test_people_and_households_keep_the_state_they_reach(tmp_path):
    found = review(tmp_path, "全年1120户3408人实现稳定脱贫。")
    assert {("稳定脱贫户数", "1120", "户", "level"), ("稳定脱贫人口", "3408", "人", "level")} <= set(found)


def test_registered_poor_people_after_a_bare_wan_are_counted(tmp_path):
    found = review(tmp_path, "12.6万建档立卡贫困人口全部脱贫。")
    assert ("建档立卡贫困人口", "12.6", "万人", "level") in found


def test_households_and_people_after_jianzhi_are_named_by_the_words_before(tmp_path):
    found = review(tmp_path, "全县贫困人口减至1204户3310人,贫困发生率降至0.8%。")
    assert {("贫困人口", "1204", "户", "level"), ("贫困人口", "3310", "人", "level"),
            ("贫困发生率", "0.8", "%", "level")} <= set(found)
    assert ("农村低保对象", "2650", "人", "level") in review(tmp_path, "农村低保对象减至2650人。")


def test_a_goal_stated_with_no_colon_leaves_the_first_name_alone(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("各位代表:\n二、2024年工作安排\n2024年全县经济社会发展主要预期目标是地区生产总值增长6%左右,"
                    "一般公共预算收入增长5%。\n", encoding="utf-8")
    found = [(m.attrs["indicator"], m.attrs["value"], m.attrs["status"])
             for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]
    assert ("地区生产总值", "6", "target") in found and ("一般公共预算收入", "5", "target") in found


def test_values_glued_to_a_label_are_not_named_by_the_words_before(tmp_path):
    # "3万头" is the size of the farm the investment builds, no value of 投资
    found = review(tmp_path, "投资8.5亿元2万头肉牛养殖项目成功获批。")
    assert not [o for o in found if o[2].endswith("头")]
