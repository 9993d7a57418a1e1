"""The noun after a count is cut at a verb, but not at a verb of one character inside a word of
the segmenter ("产业协同共建园区": 同 of 协同). Sentences are the wording of the Shandong 2026 plan
part and the Shanxi 2026 review (design texts)."""
from tests.conftest import observation_rows


def indicators(tmp_path, part, body):
    return [row[0] for row in observation_rows(tmp_path, "某省政府工作报告", f"{part}\n{body}")]


def test_a_one_character_verb_inside_a_word_cuts_no_noun(tmp_path):
    found = indicators(tmp_path, "二、2026年重点工作", "完善都市圈联动发展机制,建设10个产业协同共建园区,规划建设未来科技动力产业城。")
    assert "产业协同共建园区" in found


def test_the_whole_community_is_counted(tmp_path):
    found = indicators(tmp_path, "一、2025年工作回顾", "组建600个城乡学校共同体。")
    assert "城乡学校共同体" in found
