"""A county's body after 和, which jieba glues to the level character into 和县 (安徽's county): the
genre's formula "在县委的坚强领导和县人大、县政协的监督支持下" names 县人大 (jieba: 领导|和县|人大), as
"在市委的坚强领导和市人大…" names 市人大. extract_bodies takes the body where the conjunction glued to its
level is no division of the report's own province (_conjunction_glued_to_a_level, as "迁建和县医院").
Sentences written in the genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2024年安岳县人民政府工作报告"


def test_the_county_congress_after_he(tmp_path):
    sentence = "一年来,在县委的坚强领导和县人大、县政协的监督支持下,全县经济平稳运行。"
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert {"县委", "县人大", "县政协"} <= orgs


def test_a_body_inside_a_countys_name_stays_unread(tmp_path):
    # "平和县委": jieba's 平和 and 县委; 和 opens no token glued to 县, so nothing changes there
    _, orgs, _ = review_graph(tmp_path, "平和县委组织部开展调研。", HEAD)
    assert "县委" not in orgs
