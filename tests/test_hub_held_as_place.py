"""locatedIn (issue 10, session 73): an airport that a sentence speaks of in operation, read both as a
place and as works on the same words and not built there ("郑州机场年货邮吞吐量突破100万吨", "支持合肥机场、
芜宣机场提升货运能力"), is a place (ANNOTATION rule 3), and links between places come from division codes:
no locatedIn from its name. The gold of tests/real holds 11 such airports in 11 provincial reports as
places with no link, none linked. An airport the clause builds ("加力建设…鹤岗机场、绥化机场等项目"),
one whose works are accepted ("…盛乐国际机场通过行业验收"), and one in a county's or district's report
(海拉尔东山机场 in 海拉尔区's: linked to 海拉尔区 and 东山 by its gold) keep the places of their name.
Sentences read from tests/real."""
from __future__ import annotations

import pytest

from tests.conftest import real_sentence as sentence_with, review_located

@pytest.mark.parametrize("report, head, words, hub, place", [
    ("henan-2026-review", "2026年河南省人民政府工作报告", "郑州机场年货邮吞吐量", "郑州机场", "郑州市"),
    ("zhejiang-2026-review", "2026年浙江省人民政府工作报告", "杭州萧山国际机场旅客吞吐量", "杭州萧山国际机场", "杭州市"),
    ("anhui-2026", "2026年安徽省人民政府工作报告", "支持合肥机场", "合肥机场", "合肥市"),
])
def test_an_airport_in_operation_is_no_works_in_the_place_of_its_name(tmp_path, report, head, words, hub, place):
    got = review_located(tmp_path, sentence_with(report, words), head)
    assert (hub, place) not in got and not any(works == hub for works, _ in got), got


def test_airports_the_clause_builds_keep_their_places(tmp_path):
    text = sentence_with("heilongjiang-2026", "鹤岗机场、绥化机场等项目")
    got = review_located(tmp_path, text, "2026年黑龙江省人民政府工作报告")
    assert {("鹤岗机场", "鹤岗市"), ("绥化机场", "绥化市")} <= got, got


def test_an_airport_whose_works_are_accepted_keeps_its_place(tmp_path):
    got = review_located(tmp_path, sentence_with("neimenggu-2026-review", "盛乐国际机场通过行业验收"),
                         "2026年内蒙古自治区人民政府工作报告")
    assert ("盛乐国际机场", "盛乐") in {(w, p[:2]) for w, p in got}, got


def test_a_district_report_keeps_its_own_airport_in_its_area(tmp_path):
    got = review_located(tmp_path, sentence_with("hailar-2018", "海拉尔东山机场年吞吐量"), "2018年海拉尔区人民政府工作报告")
    assert ("海拉尔东山机场", "海拉尔区") in got, got
