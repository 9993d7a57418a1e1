"""An area named before its head (自然保护区, 湿地, 组团) starts after the predicate's verb that the walk
took in where a place name follows it ("科学调整西山自然保护区范围及功能", hailar-2018: jieba tags 科学/n
调整/vn 西山/ns), not with the verb (kg.extract.genre.extract_named_areas)."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_the_verb_before_a_reserve_is_no_part_of_its_name(tmp_path):
    sentence = "科学调整西山自然保护区范围及功能，完成生态红线划定工作。"
    assert_found(review_names(tmp_path, "Place", sentence, "海拉尔区政府工作报告"),
                 {"西山自然保护区"}, {"科学调整西山自然保护区", "调整西山自然保护区"})
