"""A conjunction or adverb of concession opening the words before a value (但, 也: `lead` in
measure_words.txt) is no part of the name. Wording of the State Council's 2014 and 2015 reports."""
from tests.conftest import report_mentions


def observations(tmp_path, body):
    return [m.attrs for m in report_mentions(tmp_path, "2015年政府工作报告", "各位代表:", f"二、2015年工作总体部署\n{body}")
            if m.type == "Observation"]


def test_dan_and_ye_open_no_name(tmp_path):
    found = {o["indicator"]: o for o in observations(
        tmp_path, "难度再大，今年也要再减少农村贫困人口1000万人以上。"
                  "财政赤字和国债规模随着经济总量扩大而有所增加，但赤字率稳定在2.1%，体现了财政政策的连续性。")}
    assert set(found) >= {"农村贫困人口", "赤字率"}
    assert (found["农村贫困人口"]["measure"], found["农村贫困人口"]["direction"]) == ("change", "decrease")
    assert found["赤字率"]["value"] == "2.1"
