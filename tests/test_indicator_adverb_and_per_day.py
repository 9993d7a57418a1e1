"""What stands between an indicator's name and its value is no part of the name: an adverb of scope
(全部, as 均) before the verb that reaches the value, and a rate per day (每日, 每天) that belongs to
the value's unit (sentences written for the test with invented names)."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    return [m for m in report_mentions(tmp_path, "2021年青禾县政府工作报告", *lines) if m.type == "Observation"]


def test_an_adverb_of_scope_before_the_verb_is_no_part_of_the_name(tmp_path):
    found = {m.attrs["indicator"] for m in observations(
        tmp_path, "2020年工作回顾", "全县村级集体经济收入全部超过20万元,农民专业合作社营业收入全部达到8000万元以上。")}
    assert "村级集体经济收入" in found and "农民专业合作社营业收入" in found
    assert not any(name.endswith("全部") for name in found)


def test_a_rate_per_day_before_the_value_belongs_to_its_unit(tmp_path):
    obs = observations(tmp_path, "2020年工作回顾", "澄江水厂建成投产,新增供水能力每日6万吨,城区污水处理能力达到每天9万立方米。")
    found = {(m.attrs["indicator"], m.attrs["unit"]) for m in obs}
    assert ("新增供水能力", "万吨") in found and ("城区污水处理能力", "万立方米") in found
    assert not any("每日" in name or "每天" in name for name, _ in found)


def test_a_rate_per_day_before_a_verb_of_flow_stays_in_the_name(tmp_path):
    # here 每天 says how often the flow after it comes, not the value's unit
    found = {m.attrs["indicator"] for m in observations(tmp_path, "2020年工作回顾", "全县各类市场主体每天新增35户。")}
    assert not any(name == "各类市场主体" for name in found)
