"""完成投资 in the clause right after a count of projects written after them ("实施省级重点项目640个、
完成投资3500亿元以上", Shaanxi 2026; "实施重大项目1900多个，完成投资2500亿元以上", Ningxia 2026) is
named as the report names it, the projects counted apart; with the count before the projects'
noun ("推进2000个省级重点项目、完成投资9800亿元以上", Shandong 2026) or with no count of them
("省重大项目完成投资达7290亿元") the work stays theirs."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    return [m.attrs["indicator"] for m in report_mentions(tmp_path, "2026年某省政府工作报告", *lines)
            if m.type == "Observation"]


def test_work_done_after_a_count_closing_the_clause_is_named_as_written(tmp_path):
    found = indicators(tmp_path, "2026年工作安排", "实施省级重点项目640个、完成投资3500亿元以上。",
                       "确保全年实施重大项目3600个左右、完成投资1万亿元以上。",
                       "实施重大项目1900多个，完成投资2500亿元以上。")
    assert found.count("完成投资") == 3
    assert "省级重点项目" in found and "重大项目" in found
    assert not any(name.endswith("项目完成投资") for name in found)


def test_work_done_after_projects_counted_before_their_noun_stays_theirs(tmp_path):
    found = indicators(tmp_path, "2026年工作安排", "推进2000个省级重点项目、完成投资9800亿元以上。")
    assert "省级重点项目完成投资" in found
