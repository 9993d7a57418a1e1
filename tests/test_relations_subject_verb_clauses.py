"""locatedIn (issue 10, session 24): a place stated once as the subject of a verb of building
(rel_subject_verbs.txt: 建成, 开工建设, 启动…) holds the works of its clause and of each later clause
that opens with such a verb and no subject of its own ("X镇建成A、B,开工建设C": C in X镇 too).
Sentences written in the genre's phrasing, given the entities in the order the extractor finds them."""
from __future__ import annotations

import pytest

from kg.extract import PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


@pytest.mark.parametrize("sentence, place, works", [
    # the review: a town's works finished, then others started
    ("青石镇建成东沟水库、西岭灌区,开工建设白杨河治理工程。", "青石镇", ("东沟水库", "西岭灌区", "白杨河治理工程")),
    # the plan: a subject word before the later clause's verb
    ("柳林乡启动红星小学迁建,加快建设柳林农贸市场,完成白杨河堤防加固。", "柳林乡",
     ("红星小学迁建", "柳林农贸市场", "白杨河堤防加固")),
])
def test_a_place_subject_of_a_building_verb_holds_the_later_clauses_works(tmp_path, sentence, place, works):
    got = links(tmp_path, sentence, [(PLACE, place), *((PROJECT, w) for w in works)], "柳河县")
    for w in works:
        assert ("locatedIn", w, place) in got


def test_the_run_ends_at_a_clause_with_a_subject_of_its_own_or_no_building_verb(tmp_path):
    s = "青石镇建成东沟水库,柳林乡开工建设西岭灌区,白杨河治理工程进展顺利。"
    got = links(tmp_path, s, [(PLACE, "青石镇"), (PROJECT, "东沟水库"), (PLACE, "柳林乡"), (PROJECT, "西岭灌区"),
                              (PROJECT, "白杨河治理工程")], "柳河县")
    assert ("locatedIn", "东沟水库", "青石镇") in got
    assert ("locatedIn", "西岭灌区", "青石镇") not in got  # 柳林乡 is that clause's subject
    assert ("locatedIn", "白杨河治理工程", "青石镇") not in got  # no verb of building opens it


def test_works_a_division_opens_and_the_reports_own_area_are_left_alone(tmp_path):
    s = "青石镇建成东沟水库,开工建设柳林乡卫生院。"
    got = links(tmp_path, s, [(PLACE, "青石镇"), (PROJECT, "东沟水库"), (PROJECT, "柳林乡卫生院"),
                              (PLACE, "柳林乡")], "柳河县")
    assert ("locatedIn", "柳林乡卫生院", "青石镇") not in got
    own = "柳河县建成东沟水库,开工建设西岭灌区。"
    got = links(tmp_path, own, [(PLACE, "柳河县"), (PROJECT, "东沟水库"), (PROJECT, "西岭灌区")], "柳河县")
    assert not any(r == "locatedIn" and b == "柳河县" for r, _, b in got)


@pytest.mark.parametrize("sentence, place, works", [
    # a press copy: a respect clause before the subject, a subject word, then later clauses' verbs
    ("铁路方面,青川省力争开工建设长岭高铁,加快推进岭北高铁、东川铁路建设。", "青川省", ("岭北高铁", "东川铁路")),
    # a reporting clause and a year before the subject; the later clause opens with 推动
    ("报告指出,2025年,青川省将加快长岭高铁建设,推动东川铁路北段年内建成通车。", "青川省", ("东川铁路北段",)),
])
def test_a_subject_after_lead_clauses_that_name_nothing_holds_the_later_clauses_works(tmp_path, sentence, place,
                                                                                   works):
    names = [w for w in ("长岭高铁", "岭北高铁", "东川铁路北段", "东川铁路") if w in sentence]
    names = [n for n in names if not any(n != m and n in m for m in names)]
    found = sorted([(PLACE, place), *((PROJECT, n) for n in names)], key=lambda tn: sentence.index(tn[1]))
    got = links(tmp_path, sentence, found, "柳河县")
    for w in works:
        assert ("locatedIn", w, place) in got
