"""locatedIn (session 53): a park or zone written after 在 that the sentence puts works in is a place
(ANNOTATION rule 3: located → Place), also where a word of investing stands before the verb of building
("在X产业园投资建设的A项目", location.txt `build_lead`), where the works stand before 在 and a stage word
follows the zone ("A项目在X工业园区开工"), and where the zone is written after its county ("在某县X开发区…").
Invented sentences in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_located

HEAD = "2021年怀化市人民政府工作报告"


@pytest.mark.parametrize("text, works, zone", [
    ("澄江集团在青禾经济开发区投资建设的年产10万吨锂电池项目全面开工。", "年产10万吨锂电池项目", "青禾经济开发区"),
    ("澄江股份年产5万吨电池隔膜项目在沅陵县柳山工业园区开工。", "澄江股份年产5万吨电池隔膜项目", "柳山工业园区"),
])
def test_works_put_in_a_zone_after_at_are_in_it(tmp_path, text, works, zone):
    got = review_located(tmp_path, text, HEAD)
    assert (works, zone) in got, got


def test_a_zone_after_its_town_after_at_holds_the_works(tmp_path):
    got = review_located(tmp_path, "澄江集团在沅陵县青禾经济开发区投资建设的年产10万吨锂电池项目全面开工。", HEAD)
    assert ("年产10万吨锂电池项目", "青禾经济开发区") in got, got


def test_a_zone_the_clause_builds_stays_works(tmp_path):
    # no works before 在 nor after the verb: the zone itself is what the clause builds, in no place of its own
    got = review_located(tmp_path, "加快青禾经济开发区建设,柳山工业园区开工建设。", HEAD)
    assert not any(p == "年产10万吨锂电池项目" for p, _ in got), got
