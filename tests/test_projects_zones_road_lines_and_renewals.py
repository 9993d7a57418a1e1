"""Project names on unseen county and district reports (issue 9, session 19): a zone named before 和
is no part of the works after it, 产业园区 ends a park's name, roads listed by their line before a count
of road works are works, 更新改造 stays inside a facility's works name, a railway siding (专用线) ends
its name; and a gap to a reference area (高出全市…) is no indicator. Sentences written in the genre's
phrasing; each test can fail on the rule it names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_mentions, review_projects as projects


def check(tmp_path, sentence, found, not_found, title="县人民政府工作报告"):
    assert_found(projects(tmp_path, sentence, title), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a zone whole by its own head (新区) before 和 shares no head with the park after it
    ("协同推进城东新区和滨河产业园区建设,年内完成投资12亿元。",
     {"滨河产业园区"}, {"城东新区和滨河产业园区", "城东新区和滨河产业园", "滨河产业园"}),
    # 产业园区 is a head of its own: the park's name keeps 区
    ("加快滨河产业园区建设,年内新入驻企业12家。", {"滨河产业园区"}, {"滨河产业园"}),
    # two works joined by 和 still name both at once where the first has no head of its own
    ("濯水和新城110千伏输变电工程建成投运。", {"濯水和新城110千伏输变电工程"}, set()),
])
def test_a_zone_before_he_is_not_part_of_the_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # roads by their line, listed before a count of works on roads: each a works (新 opens the first name)
    ("投资6200万元,完成新河线、石岭线等12项公路维修及新改建工程180公里。", {"新河线", "石岭线"}, set()),
    ("完成青龙线、白石线等8项农村公路提档升级工程。", {"青龙线", "白石线"}, set()),
    # a line that is no road: the label names no kind of route
    ("完成包装线、灌装线等6项技术改造工程。", set(), {"包装线", "灌装线"}),
])
def test_roads_listed_by_their_line(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # 更新改造 (one word to jieba) lives inside a works name, as 改造 does
    ("落实城北水厂供水工程1.2亿元贷款、龙门提灌站更新改造项目3000万元贷款。",
     {"城北水厂供水工程", "龙门提灌站更新改造项目"}, {"改造项目"}),
    ("龙门提灌站更新改造项目3000万元。", {"龙门提灌站更新改造项目"}, set()),
    # 专用线 ends the name of a railway siding, past the 铁路 before it
    ("启动物流园区铁路专用线建设。", {"物流园区铁路专用线"}, {"物流园区铁路"}),
])
def test_renewals_and_sidings_end_the_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_a_gap_over_the_city_is_no_indicator(tmp_path):
    mentions = report_mentions(tmp_path, "县人民政府工作报告", "各位代表:", "一、2023年工作回顾",
                               "规模以上工业增加值增长9.1%,高出全市2.3个百分点,增速位居全市第3位。")
    found = [(m.attrs["indicator"], m.attrs["value"]) for m in mentions if m.type == "Observation"]
    assert [name for name, _ in found] == ["规模以上工业增加值"], found


@pytest.mark.parametrize("sentence,found,not_found", [
    # a border crossing is named by its town on each side of the border, joined with a dash; jieba may
    # tag the far town as a person's name. Its works keep their action, as "某某口岸扩能改造" does with
    # one town (the samples' 长潭水库扩建): session 44's dash rule names them whole
    ("推进霍尔果斯—努尔饶尔口岸扩能改造,口岸过货量增长12%。", {"霍尔果斯—努尔饶尔口岸扩能改造"},
     {"努尔饶尔口岸", "努尔饶尔口岸扩能改造"}),
    ("满洲里—后贝加尔斯克口岸全面恢复客运。", {"满洲里—后贝加尔斯克口岸"}, {"后贝加尔斯克口岸"}),
])
def test_a_border_crossing_keeps_both_its_sides(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a county's own park called by its trade in common words, which the clause develops (积极 before the
    # predicate): one site being built (ANNOTATION rule 7)
    ("全县工业经济稳中有进,环保科技产业园积极推进,全县新增规上企业8家。", {"环保科技产业园"}, set()),
    # a province builds kinds of park
    ("全省工业经济稳中有进,环保科技产业园积极推进,全省新增规上企业80家。", set(), {"环保科技产业园"}),
])
def test_a_local_park_named_in_common_words(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
