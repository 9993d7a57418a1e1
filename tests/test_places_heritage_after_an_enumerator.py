"""A heritage site named right after the genre's enumerator of points ("；四是西夏陵申遗成功",
ningxia-2026-review) does not open with it: "一是" to "十是" open the clause as a verb does
(kg/lexicons/place_heritage_listings.tsv, kind opener; kg.extract.heritage_listings)."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_the_enumerator_is_no_part_of_the_sites_name(tmp_path):
    sentence = "防沙治沙经验走出国门；四是西夏陵申遗成功，实现我区世界文化遗产“零的突破”。"
    assert_found(review_names(tmp_path, "Place", sentence, "宁夏回族自治区政府工作报告"), {"西夏陵"}, {"四是西夏陵"})
