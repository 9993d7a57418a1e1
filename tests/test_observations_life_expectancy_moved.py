"""An age in years followed by 左右 or a verb that moves a value to another is a stated value, not an
age bracket of a noun (sentences from beijing-, zhejiang- and guizhou-2026-review in tests/real):
ANNOTATION 9, "从X提高到Y" gives two level observations."""
from tests.test_indicator_designations_obtained import names
from tests.conftest import report_mentions


def values(tmp_path, line):
    found = report_mentions(tmp_path, "2026年浙江省政府工作报告", "“十四五”时期工作回顾", line)
    return sorted(float(m.attrs["value"]) for m in found if m.type == "Observation" and m.attrs["indicator"] == "人均预期寿命")


def test_a_life_expectancy_moved_from_one_age_to_another_gives_both(tmp_path):
    assert values(tmp_path, "人均预期寿命从80.2岁提升至82.5岁。") == [80.2, 82.5]
    assert values(tmp_path, "人均预期寿命从2020年的75.2岁提升至2025年的76.8岁左右。") == [75.2, 76.8]


def test_an_age_bracket_stays_part_of_the_noun(tmp_path):
    assert "0—6岁儿童健康管理率" in names(tmp_path, "0—6岁儿童健康管理率达到95%。")
