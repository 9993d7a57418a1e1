"""Timing and naming of stated values in the genre's review and target paragraphs (sentences written
for the test, not copied from a pool or the samples)."""
from tests.test_observations import observations


def test_the_title_year_does_not_date_the_past_year_cue_on_the_next_line(tmp_path):
    # "某省2023年政府工作报告" over "过去一年,…": the past year is 2022, not the title's year
    text = "某某省2023年政府工作报告\n\n过去一年,预计全省生产总值增长5%左右,一般公共预算收入增长8%。\n"
    found = observations(tmp_path, text)
    assert ("生产总值", "5", "%", "actual", 2022) in found
    assert ("一般公共预算收入", "8", "%", "actual", 2022) in found
