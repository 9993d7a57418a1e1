"""A press copy's review that says a target was met, missed or compared with ("实现预期目标", "高于预期
目标2个百分点") names the reviewed year's target: no plan cue for the values after it
(`obs_target_met_words.tsv`), unless the clause aims at it ("确保实现全年预期目标", "实现这一预期目标,就
能…"). Sentences written for the test in the genre's phrasing, not copied from any report read."""
import pytest

from tests.test_observations_copies_without_title import assert_rows, observations, rows

MET = ("2020年1月20日,某省第十三届人民代表大会第三次会议开幕。省长作政府工作报告时说,2019年,全省地区生产总值预计增长6.1%,"
       "城乡居民人均可支配收入分别增长7%左右、9%以上,实现预期目标。城镇新增就业30.5万人,城镇登记失业率3.2%。\n")


def test_values_after_a_target_met_stay_the_reviewed_years_actuals(tmp_path):
    assert_rows(tmp_path, MET,
                ("地区生产总值", "6.1", "%", "actual", 2019),
                ("城镇新增就业", "30.5", "万人", "actual", 2019),
                ("城镇登记失业率", "3.2", "%", "actual", 2019))


def test_a_target_compared_with_is_no_cue_either(tmp_path):
    text = MET.replace("实现预期目标", "高于预期目标1.1个百分点")
    found = rows(observations(tmp_path, text))
    assert ("城镇新增就业", "30.5", "万人", "actual", 2019) in found
    assert not any(s == "target" and n == "城镇新增就业" for n, _, _, s, _ in found)


@pytest.mark.parametrize("aim, employed", [
    ("今年要确保实现预期目标。城镇新增就业30万人,城镇登记失业率控制在4%以内。", "30"),  # "确保实现…预期目标"
    ("为实现上述预期目标,城镇新增就业28万人以上。", "28"),  # a purpose clause: what the targets are for
])
def test_a_target_the_clause_aims_at_is_still_a_plan_cue(tmp_path, aim, employed):
    # what the report plans, so the values after it are targets
    text = ("2020年1月20日,某省第十三届人民代表大会第三次会议开幕。省长作政府工作报告时说,2019年,全省地区生产总值预计增长6.1%。"
            + aim + "\n")
    found = rows(observations(tmp_path, text))
    assert ("城镇新增就业", employed, "万人", "target", 2020) in found
    assert ("城镇新增就业", employed, "万人", "actual", 2019) not in found
