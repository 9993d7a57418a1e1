"""完成投资 in the clause right after the count of the projects carried out is the drive's pace, named
as written (obs_pace_measures.txt), not the counted set's; where the set closes the clause before it, or
further on after other measures of the set, the set owns it. Sentences from the 2026 reports of
Ningxia, Inner Mongolia, Yunnan and Shandong in tests/real and yixian-2019 in ../shared."""
from tests.conftest import report_mentions


def names(tmp_path, line, title="2026年宁夏回族自治区政府工作报告", heading="2025年工作回顾"):
    found = report_mentions(tmp_path, title, heading, line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_investment_right_after_the_count_is_named_as_written(tmp_path):
    found = names(tmp_path, "组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。")
    assert "完成投资" in found and "重点项目完成投资" not in found
    found = names(tmp_path, "省委、省政府16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元。")
    assert "完成投资" in found and "开工项目完成投资" not in found
    found = names(tmp_path, "用好重大项目联审联批机制，确保全年实施重大项目3600个左右、完成投资1万亿元以上。",
                  "2026年内蒙古自治区政府工作报告", "2026年重点工作")
    assert "完成投资" in found and "重大项目完成投资" not in found


def test_the_set_keeps_it_when_counted_first_or_measured_between(tmp_path):
    found = names(tmp_path, "推进2000个省级重点项目、完成投资9800亿元以上。", "2026年山东省政府工作报告", "2026年重点工作")
    assert "省级重点项目完成投资" in found
    found = names(tmp_path, "2018年列入省市重点项目19项，总投资834.59亿元，项目开工率100%，完成投资50.03亿元。",
                  "2019年易县政府工作报告", "一、2018年工作回顾")
    assert "省市重点项目完成投资" in found
