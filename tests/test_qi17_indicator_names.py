"""Indicator names on text shaped like unseen reports (sentences written for the test, not copied
from gold or from the reports read): a verb of the clause or a modal before the measure is no part
of its name; a verb that forms a standard measure with it is."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def indicators(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [m.attrs["indicator"] for m in extract_mentions(parse_document(read_source(path)))
            if m.type == "Observation"]


def review_names(tmp_path, body):
    return indicators(tmp_path, f"各位代表:\n一、2023年工作回顾\n{body}\n")


def test_done_before_a_measure_it_forms_no_name_with_is_the_verb(tmp_path):
    found = review_names(tmp_path, "全镇完成出口额52亿元,增长4.1%。全年完成税收18亿元,占比达到40%。"
                                   "预计完成营业收入9亿元。")
    assert {"出口额", "税收", "营业收入"} <= set(found)
    assert not [n for n in found if n.startswith("完成")]


def test_done_stays_where_it_forms_the_measure(tmp_path):
    found = review_names(tmp_path, "全县重点项目完成投资31亿元。交通项目完成年计划的108%。全年完成投资12亿元。")
    assert "重点项目完成投资" in found
    assert "完成投资" in found


def test_a_modal_before_or_after_the_name_is_no_part_of_it(tmp_path):
    found = review_names(tmp_path, "预计全年可实现地区生产总值320亿元,增长6%。开发区可完成规上工业产值80亿元。"
                                   "项目达产后,年产值可达到6亿元。")
    assert {"地区生产总值", "开发区规上工业产值", "年产值"} <= set(found)
    assert not [n for n in found if "可" in n]
