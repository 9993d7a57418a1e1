"""A division named as it was before it changed level ("某某市" before it became a district, "某某县"
before it became a city or district: place_former_levels.tsv), in a report written before the change:
a word the tagger's dictionary tags a place, made of a division's short form and a former level's word,
is a place. A short form followed by a word that opens with the level's character is none. Sentences
in the genre; the divisions are general facts (divisions.tsv), the years before their change (session
50, pl50)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def test_a_county_level_city_named_before_it_became_a_district(tmp_path):
    found = report_names(tmp_path, "Place", "2000年杭州市人民政府工作报告", "一、1999年工作回顾",
                         "萧山市、富阳市经济实力明显增强,建设新城市民中心,推进大城市建设。")
    assert_found(found, {"萧山市", "富阳市"}, {"新城市", "大城市", "萧山", "富阳"})
