"""Indicator names on text shaped like unseen county and city reports (sentences written for the
test in the genre's phrasing, not copied from any report or gold): the basis a figure is counted
on, a goal word opening a target list and a count of the measures themselves name no indicator."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def observations(tmp_path, body, heading="一、2022年工作回顾"):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n{heading}\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_basis_of_counting_alone_gives_the_value_to_the_indicator_just_named(tmp_path):
    found = observations(tmp_path, "全旗一般公共预算收入完成4.2亿元,自然口径同比增长12.3%;"
                                   "税收收入完成3.3亿元,同口径增长5.5%。")
    assert ("一般公共预算收入", "12.3", "%") in found
    assert ("税收收入", "5.5", "%") in found
    assert not [n for n, _, _ in found if "口径" in n]


def test_a_named_basis_stays_part_of_the_name(tmp_path):
    # 全口径 opens an indicator of its own: no note there
    found = observations(tmp_path, "全口径财政收入完成18.6亿元,增长7.2%。")
    assert ("全口径财政收入", "18.6", "亿元") in found


def test_factors_weighed_in_give_the_adjusted_rate_to_the_indicator_named(tmp_path):
    found = observations(tmp_path, "全县一般公共预算收入完成5.1亿元,增长2.4%,考虑政策性减收因素同比增长9.6%。"
                                   "税收收入扣除留抵退税因素增长6.1%。")
    assert ("一般公共预算收入", "9.6", "%") in found
    assert ("税收收入", "6.1", "%") in found
    assert not [n for n, _, _ in found if "因素" in n or "考虑" in n]


def test_a_goal_word_opening_a_target_list_without_a_colon_is_no_part_of_the_name(tmp_path):
    found = observations(tmp_path, "今年主要预期目标是2023年地区生产总值增长6%左右,固定资产投资增长8%以上。"
                                   "全市发展目标为城镇新增就业1.2万人。",
                         heading="二、2023年工作安排")
    names = {n for n, _, _ in found}
    assert {"地区生产总值", "固定资产投资", "城镇新增就业"} <= names
    assert not [n for n in names if "目标" in n]


def test_a_count_of_the_measures_themselves_is_no_observation(tmp_path):
    found = observations(tmp_path, "全年实施重点项目31个。8项主要经济指标增速有6项位居全市前列。"
                                   "争取新增建设用地指标3000亩。")
    assert ("重点项目", "31", "个") in found
    assert ("新增建设用地指标", "3000", "亩") in found
    assert not [v for _, v, u in found if u == "项"]
