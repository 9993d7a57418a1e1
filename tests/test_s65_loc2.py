"""locatedIn (session 65, helper loc2): a place opening a clause before the people it qualifies, who
await the works ("某地人民期盼已久的P开工建设", location.txt `people` then `awaited`), is no place of the
works: the people are the subject; the works are where their own names say. Sentences from
tests/real (shanxi-2026-review, anhui-2026-review); the near-miss: a place opening a clause with no people
after it is still the place of the works the clause builds."""
from __future__ import annotations

from tests.conftest import review_located


def test_the_people_awaiting_works_give_no_place_of_it(tmp_path):
    got = review_located(tmp_path, "三晋人民期盼已久的黄河古贤水利枢纽工程开工建设。", "2026年山西省人民政府工作报告")
    assert ("黄河古贤水利枢纽工程", "黄河") in got, got  # where its own name says
    assert not any(place == "三晋" for _, place in got), got


def test_the_people_of_a_region_awaiting_works_give_no_place_of_it(tmp_path):
    got = review_located(tmp_path, "江淮儿女期盼多年的引江济淮工程通水通航。", "2026年安徽省人民政府工作报告")
    assert not any(place == "江淮" for _, place in got), got


def test_a_place_opening_a_clause_still_locates_its_works(tmp_path):
    # no people between the place and the works: the place opening the clause is the works' place
    got = review_located(tmp_path, "朔州市加快建设储能电站项目、抽水蓄能电站。", "2026年山西省人民政府工作报告")
    assert ("储能电站项目", "朔州市") in got, got
    got = review_located(tmp_path, "朔州市人民期盼的储能电站项目开工建设。", "2026年山西省人民政府工作报告")
    assert ("储能电站项目", "朔州市") not in got, got
