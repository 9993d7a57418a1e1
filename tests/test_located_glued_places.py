"""A works settled or started "在" a town written right after its county ("P选址在某某县某某镇", "P在某某县
某某镇开工建设") is in both: places written one inside the next are one place, the words before the first
and after the last are read as around one place (kg.extract.attributes._located, `_glued_run`).
Sentences in the genre with invented names."""
from __future__ import annotations

from tests.conftest import review_located

TITLE = "2023年澄江市人民政府工作报告"


def test_a_works_sited_at_a_town_after_its_county_is_in_both(tmp_path):
    links = review_located(tmp_path, "澄江集团冷链物流中心选址在澄江县青禾镇,完成可行性研究报告编制。", TITLE)
    assert {("澄江集团冷链物流中心", "澄江县"), ("澄江集团冷链物流中心", "青禾镇")} <= links


def test_a_works_started_at_a_town_after_its_county_is_in_both(tmp_path):
    links = review_located(tmp_path, "澄江集团年产10万吨铜箔项目在澄江县青禾镇开工建设。", TITLE)
    assert {("澄江集团年产10万吨铜箔项目", "澄江县"), ("澄江集团年产10万吨铜箔项目", "青禾镇")} <= links


def test_a_place_after_a_clause_mark_is_no_part_of_the_run(tmp_path):
    # only places written back to back are one place: the town of the next clause holds no works here
    links = review_located(tmp_path, "澄江集团冷链物流中心在澄江县开工建设,青禾镇完成征地。", TITLE)
    assert ("澄江集团冷链物流中心", "澄江县") in links
    assert ("澄江集团冷链物流中心", "青禾镇") not in links
