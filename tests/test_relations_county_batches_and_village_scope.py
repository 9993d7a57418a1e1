"""locatedIn (issue 10, session 20): a county's batch of works ("X县12个重点项目集中开工,包括A、B、C":
the county opening the sentence is where the listed works are), a place as a clause of its own after
在 ("在X村,建设A"), and divisions listed bare before one works' name ("平江、汨罗抽水蓄能电站": each).
Sentences written in the genre's phrasing; a provincial report, so no county is the report's own area."""
from __future__ import annotations

from kg.pipeline import build


def located(tmp_path, *lines: str) -> set[tuple[str, str]]:
    path = tmp_path / "r.txt"
    path.write_text("2023年湖南省政府工作报告\n各位代表：\n一、2022年工作回顾\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    g = build(path).report
    name = {k: e.name for k, e in g.entities.items()}
    return {(name[r.subject], name[r.object]) for r in g.relations if r.kind == "locatedIn"}


def test_the_county_counting_a_batch_of_works_holds_the_works_listed_after_it(tmp_path):
    got = located(tmp_path, "华容县12个重点项目集中开工，包括华容河综合治理工程、城东污水处理厂。")
    assert {("华容河综合治理工程", "华容县"), ("城东污水处理厂", "华容县")} <= got


def test_a_place_that_counts_no_batch_or_lists_nothing_holds_no_works(tmp_path):
    # no count of works before the list, or no include word: the county is not said to hold them
    got = located(tmp_path, "华容县经济持续向好，包括城东污水处理厂在内的项目进展顺利。",
                  "华容县12个重点项目集中开工，城东污水处理厂建成投运。")
    assert ("城东污水处理厂", "华容县") not in got


def test_a_place_after_zai_as_a_clause_of_its_own_holds_the_works_after_it(tmp_path):
    got = located(tmp_path, "在新港村，建设城东污水处理厂。")
    assert ("城东污水处理厂", "新港村") in got


def test_a_place_after_zai_inside_a_longer_clause_is_not_a_scope(tmp_path):
    # "在X召开…" is where a meeting is, and the works of the next clause are not said to be there
    got = located(tmp_path, "在新港村召开现场推进会，城东污水处理厂建成投运。")
    assert ("城东污水处理厂", "新港村") not in got


def test_each_division_listed_bare_before_one_works_name_holds_it(tmp_path):
    got = located(tmp_path, "推进平江、汨罗抽水蓄能电站前期工作。")
    assert {("平江、汨罗抽水蓄能电站", "平江县"), ("平江、汨罗抽水蓄能电站", "汨罗市")} <= got


def test_a_place_after_zai_where_works_are_signed_is_not_their_place(tmp_path):
    # the signing is held in the city; the works signed are the report's own, not the city's
    got = located(tmp_path, "在长沙市，签约城东污水处理厂、华容河综合治理工程等项目。")
    assert not any(place == "长沙市" for _, place in got)
