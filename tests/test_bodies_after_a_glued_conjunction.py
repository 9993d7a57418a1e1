"""A county's body after 和, which jieba glues to the level character into 和县 (安徽's county): the
genre's formula "在县委的坚强领导和县人大、县政协的监督支持下" names 县人大 (jieba: 领导|和县|人大), as
"在市委的坚强领导和市人大…" names 市人大. extract_bodies takes the body where the conjunction glued to its
level is no division of the report's own province (_conjunction_glued_to_a_level, as "迁建和县医院").
Sentences written in the genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph

HEAD = "2024年安岳县人民政府工作报告"


@pytest.mark.parametrize("sentence, found, not_found", [
    ("一年来,在县委的坚强领导和县人大、县政协的监督支持下,全县经济平稳运行。", {"县委", "县人大", "县政协"}, ()),
    # "平和县委": jieba's 平和 and 县委; 和 opens no token glued to 县, so nothing changes there
    ("平和县委组织部开展调研。", (), {"县委"}),
], ids=["the_county_congress_after_he", "a_body_inside_a_countys_name_stays_unread"])
def test_a_countys_body_after_a_conjunction_glued_to_its_level(tmp_path, sentence, found, not_found):
    orgs = review_graph(tmp_path, sentence, HEAD)[1]
    assert_found(orgs, found, not_found)
