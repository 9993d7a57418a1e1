"""Indicator names of one value after a list of examples closed by 等, and of ranks listed with 、
("二、三级"): sentences written for the test in the genre's phrasing (session 22, qo22)."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def review(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2023年工作回顾\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_bare_measure_after_examples_is_of_the_whole_list(tmp_path):
    found = review(tmp_path, "聚焦补短板,水利设施、城市管网、养老托育等投资增长18%左右,固定资产投资增长6%。")
    assert ("水利设施、城市管网、养老托育等投资", "18", "%") in found
    assert ("固定资产投资", "6", "%") in found
    # a verb opening the list is no part of the name
    found = review(tmp_path, "加大农村公路、小型水库、农田水利等投入12.5亿元。")
    assert ("农村公路、小型水库、农田水利等投入", "12.5", "亿元") in found


def test_a_kind_with_a_measure_of_its_own_after_examples_names_the_value(tmp_path):
    found = review(tmp_path, "纺织服装、五金制品、食品加工等传统产业规上产值突破150亿元。")
    assert ("传统产业规上产值", "150", "亿元") in found


def test_examples_of_a_kind_that_is_no_measure_stay(tmp_path):
    found = review(tmp_path, "提供心理、法律、调解等个案服务3000余次。")
    assert [o[0] for o in found] and all(o[0].endswith("调解等个案服务") for o in found)


def test_values_told_apart_by_fenbie_are_not_one_list(tmp_path):
    found = review(tmp_path, "电子信息、生物医药等产业产值分别增长12%、9%。")
    assert not [o for o in found if "、" in o[0]]


def test_ranks_listed_with_a_dunhao_are_one_name(tmp_path):
    found = review(tmp_path, "新引进央企二、三级子公司45家。")
    assert any(o[0].endswith("央企二、三级子公司") and o[1] == "45" for o in found)
    found = review(tmp_path, "第二、三产业增加值分别增长5.1%、6.3%。")
    assert ("第二产业增加值", "5.1", "%") in found and ("第三产业增加值", "6.3", "%") in found
    found = review(tmp_path, "一、二、三产业增加值分别增长3.2%、5.5%、6.1%。")
    assert [o[0] for o in found] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    found = review(tmp_path, "第二、三产业增加值占地区生产总值比重达到86%。")
    assert ("第二、三产业增加值占地区生产总值比重", "86", "%") in found
