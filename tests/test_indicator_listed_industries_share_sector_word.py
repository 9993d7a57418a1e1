"""Indicator names of short listed products or industries before 分别: they share the word of an
industry the last item writes after its own first word, with the head (obs_listed_sector_words.txt):
"人参、食用菌全产业链产值" → 人参全产业链产值. Sentences are the wording of the Jilin 2026 plan part
and the Gansu and Shanxi 2026 reports (design texts)."""
from tests.conftest import observation_rows


def indicators(tmp_path, part, body):
    return [row[0] for row in observation_rows(tmp_path, "某省政府工作报告", f"{part}\n{body}")]


def test_products_share_the_whole_chain_output(tmp_path):
    found = indicators(tmp_path, "二、2026年重点工作", "加力发展林下经济,人参、食用菌全产业链产值分别达到1230亿元、120亿元。")
    assert {"人参全产业链产值", "食用菌全产业链产值"} <= set(found)


def test_industries_share_the_industry_word(tmp_path):
    found = indicators(tmp_path, "一、2025年工作回顾", "新材料、生物医药产业产值分别增长195.6%、83.5%。")
    assert {"新材料产业产值", "生物医药产业产值"} <= set(found)


def test_a_measure_of_its_own_after_the_first_word_is_not_shared(tmp_path):
    found = indicators(tmp_path, "二、2026年重点工作", "推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。")
    assert "制造业增加值" in found
