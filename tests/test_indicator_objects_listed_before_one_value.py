"""Indicator names of things listed before the one value that counts them together: after a verb of
doing (实施, 培育, 完成…), nouns joined by 、 (quoted or not, up to eight characters) are one name
("东山、西山绿化修复1080亩" → 东山、西山绿化修复: ANNOTATION, the name as the report writes it).
Sentences are the wording of the Hailar 2018 review, the Fujian 2026 plan part and the Gansu 2026
review (design texts)."""
from tests.conftest import observation_rows


def indicators(tmp_path, part, body):
    return [row[0] for row in observation_rows(tmp_path, "某省政府工作报告", f"{part}\n{body}")]


def test_places_listed_before_a_work_done_and_its_one_value(tmp_path):
    found = indicators(tmp_path, "一、2017年工作回顾", "完成东山、西山绿化修复1080亩,实施公路、村屯、矿区绿化3920亩。")
    assert {"东山、西山绿化修复", "公路、村屯、矿区绿化"} <= set(found)
    assert not {"绿化修复", "矿区绿化"} & set(found)


def test_quoted_kinds_listed_before_one_count(tmp_path):
    found = indicators(tmp_path, "二、2026年重点工作", "实施龙头企业培优扶强行动,培育“独角兽”、“瞪羚”企业360家。")
    assert "独角兽、瞪羚企业" in found


def test_examples_before_a_count_of_the_noun_after_it_are_no_list_name(tmp_path):
    found = indicators(tmp_path, "一、2025年工作回顾",
                       "实施“三化”改造项目1424个,创建金白兰武有色金属、宝汉天工业母机2个国家先进制造业集群。")
    assert not [n for n in found if "、" in n]
