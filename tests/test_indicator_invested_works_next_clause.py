"""Indicator names of session 56 on the phrasing of district reviews as published (in72).

A sum invested standing alone in its clause ("投资1亿元,") is spent on the works the next clause
opens with a verb of works to do: "投资1亿元,启动实施青禾水厂改扩建工程" → 青禾水厂改扩建工程投资,
as "投资8850万元完成了…工程" in one clause already was (test_indicator_plan_shares_and_acronyms). A
set of works counted ("实施重点项目32个") names no works of its own, and a list of works no one works.

Per-head words opening a clause after a list of measures raised ("…养老金、…标准和…工资再次提高,
月人均分别提高…") say how each change is counted: each value is of one listed measure, named
without them (as in71 cut them closing a measure's name), the last item up to the adverb after it.
Sentences written in the genre with invented names."""

from tests.conftest import report_mentions


def review(tmp_path, *lines):
    """(indicator, value, unit) of the observations of a 2022 review part."""
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in report_mentions(tmp_path, "各位代表:", "一、2022年工作回顾", *lines) if m.type == "Observation"]


def test_a_sum_invested_alone_in_its_clause_is_the_investment_in_the_works_the_next_clause_does(tmp_path):
    found = review(tmp_path, "投资1亿元，启动实施青禾水厂改扩建工程。",
                   "投资1260万元，完成5个村的饮水安全工程。",
                   "全年投资1.6亿元，重点实施“菜篮子”工程建设，完成澄江农业示范基地建设。")
    assert ("青禾水厂改扩建工程投资", "1", "亿元") in found
    assert ("饮水安全工程投资", "1260", "万元") in found  # the count and what it counts (5个村的) are no part
    assert ("菜篮子工程投资", "1.6", "亿元") in found  # quoted, with a word of their building after them


def test_a_set_counted_or_a_list_of_works_in_the_next_clause_names_no_investment(tmp_path):
    # a set counted after its name is no one works (the plan stays the area's: test_indicator_names_as_written)
    found = review(tmp_path, "年内计划投资64.8亿元，实施重点项目32个。", "全年计划投资12.7亿元，实施重点商贸流通项目17个。",
                   "投资3.1亿元，实施青禾中学、澄江小学扩建工程。",
                   "投资3700万元，集中改造背街巷道11条。")
    invested = [o for o in found if o[0].endswith("投资")]
    assert invested and all(o[0] == "投资" for o in invested)


def test_per_head_words_after_a_list_of_measures_raised_name_no_measure(tmp_path):
    found = review(tmp_path, "企业退休人员基本养老金、城镇低保标准和保洁员工资再次提高，月人均分别提高200元、80元和150元。")
    assert ("企业退休人员基本养老金", "200", "元") in found
    assert ("城镇低保标准", "80", "元") in found
    assert ("保洁员工资", "150", "元") in found
    assert not [o for o in found if "人均" in o[0]]


def test_a_per_head_clause_after_a_list_of_measures_raised_raises_each(tmp_path):
    # one value with no 分别 and no 均: each listed measure is raised by it, per head
    found = review(tmp_path, "社区干部生活补贴、保洁员工资再次提高，年人均增加1800元。")
    assert ("社区干部生活补贴", "1800", "元") in found
    assert ("保洁员工资", "1800", "元") in found
    assert not [o for o in found if "人均" in o[0]]
    # a name that opens with a per-head word is one measure's, not a list raised
    found = review(tmp_path, "青禾镇人均地区生产总值和财政收入达到5.2万元。")
    assert len([o for o in found if o[1] == "5.2"]) == 1


def test_a_sum_invested_alone_after_a_clause_of_works_under_way_is_their_investment(tmp_path):
    found = review(tmp_path, "继续推进青禾热电并网改造，年内投资1.6亿元，完成二期170万平方米供热改造任务。",
                   "加快推进重点项目建设，全年计划投资30亿元。")
    assert ("青禾热电并网改造投资", "1.6", "亿元") in found
    assert ("投资", "30", "亿元") in found  # a category of works under way names no works of its own
