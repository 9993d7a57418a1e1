"""提前 (ahead of schedule) and 稳定 (steadily) between an indicator and the verb that reaches its value are
no part of its name, as 稳步 and 首次 are not (measure_words.txt, role tail). A sentence of the design
text ningxia-2026 and sentences written in the wording of city and county reviews."""
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2021年青禾县政府工作报告", "各位代表:", *lines)
           if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs.get("bound")) for m in obs}


def test_steadily_before_the_level_verb(tmp_path):
    # ningxia-2026
    found = observations(tmp_path, "二、2021年工作安排", "确保粮食总产量稳定保持在76亿斤以上。")
    assert ("粮食总产量", "76", "min") in found


def test_ahead_of_schedule_before_a_mark_passed(tmp_path):
    found = observations(tmp_path, "一、2020年工作回顾", "规上工业总产值提前突破500亿元大关。")
    assert ("规上工业总产值", "500", "min") in found


def test_a_clause_opening_with_steadily_takes_the_subject_before(tmp_path):
    found = observations(tmp_path, "一、2020年工作回顾", "全县地区生产总值完成86.5亿元,稳定突破80亿元大关。")
    assert ("地区生产总值", "80", "min") in found
    assert not any(name == "稳定" for name, *_ in found)
