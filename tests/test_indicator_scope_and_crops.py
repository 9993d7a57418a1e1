"""Indicator names cut by the grammar of the genre on text shaped like unseen reports (sentences
written for the test, not copied from gold): the scope an indicator is counted in is no part of
its name."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def indicators(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return {m.attrs["indicator"] for m in extract_mentions(parse_document(read_source(path)))
            if m.type == "Observation"}


def test_the_reports_own_area_opening_a_known_indicator_is_its_scope(tmp_path):
    found = indicators(tmp_path, "2023年湖州市政府工作报告\n一、2022年工作回顾\n"
                                 "湖州居民人均可支配收入增长5.1%,湖州市地区生产总值达3850亿元。\n")
    assert {"居民人均可支配收入", "地区生产总值"} <= found
    assert not {n for n in found if n.startswith("湖州")}


def test_a_whole_province_word_opening_a_known_indicator_is_its_scope(tmp_path):
    # an excerpt without a title: no own area, but 全川 says "the whole province" as 全省 does
    found = indicators(tmp_path, "各位代表:\n一、2023年工作回顾\n全川粮食播种面积9600万亩。\n")
    assert "粮食播种面积" in found


def test_another_areas_indicator_and_a_name_the_area_starts_keep_it(tmp_path):
    # another city's figure in a province's report; a works named after the own area
    found = indicators(tmp_path, "2023年广东省政府工作报告\n一、2022年工作回顾\n"
                                 "惠州生产总值增长6%。广东石化项目总投资654亿元。\n")
    assert "惠州生产总值" in found
    assert any(n.startswith("广东石化") for n in found)


def review_names(tmp_path, body):
    return indicators(tmp_path, f"各位代表:\n一、2023年工作回顾\n{body}\n")


def test_a_bare_crop_measure_after_a_crop_area_takes_that_crop(tmp_path):
    found = review_names(tmp_path, "玉米种植面积稳定在35万亩,总产21万吨。油菜播种面积8万亩、产量1.2万吨。")
    assert {"玉米总产", "油菜产量"} <= found
    assert not {"总产", "产量"} & found
    # the longest crop measure ends the crop, whatever the hash seed: 粮食总产量 → 粮食 (not 粮食总)
    assert "粮食单产" in review_names(tmp_path, "粮食总产量120万吨,单产410公斤。")


def test_a_bare_output_after_no_crop_measure_stays_as_written(tmp_path):
    # 造林面积 is no crop's area: the output after it is not the forest's
    found = review_names(tmp_path, "完成造林面积10万亩,产量增长5%。")
    assert not {n for n in found if n.startswith("造林") and n.endswith("产量")}


def test_a_share_of_a_plan_gets_bili_a_share_of_a_whole_gets_bizhong(tmp_path):
    found = review_names(tmp_path, "重点项目完成投资86亿元,占年度计划的118%。"
                                   "民生支出40亿元,占一般公共预算支出的78%。")
    assert "重点项目完成投资占年度计划比例" in found
    assert "民生支出占一般公共预算支出比重" in found


def test_a_verb_of_work_before_a_bare_set_stays_for_the_set_names_nothing_alone(tmp_path):
    # 实施 drops before a noun with content (实施重点项目 → 重点项目) but 项目 alone names no measure
    found = review_names(tmp_path, "统筹衔接资金5.2亿元,实施项目214个。实施重点项目36个。")
    assert {"实施项目", "重点项目"} <= found
    assert "项目" not in found


def test_a_verb_classing_a_set_inside_a_counted_noun_is_no_cut(tmp_path):
    found = review_names(tmp_path, "52个市级重点实施项目完成投资86亿元。"
                                   "210个重点实施类项目,完成投资300亿元。4家企业实施项目建设。")
    assert {"市级重点实施项目", "重点实施类项目"} <= found
    assert not {n for n in found if n.endswith("重点")}
    assert "企业实施项目" not in found  # a set counted before the verb: the verb is the clause's


def test_a_second_share_is_of_the_measure_not_of_the_first_share(tmp_path):
    found = review_names(tmp_path, "发明专利授权量占全市35%,占全省12%。")
    assert {"发明专利授权量占全市比重", "发明专利授权量占全省比重"} <= found
