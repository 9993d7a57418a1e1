"""A river's source and its area written between the river and the action ("推进海河源头综合治理",
"加快淮河上游源头区干流治理", 河南 2026): the works is the river's (kg.extract.genre `extract_place_works`,
genre_place_works_objects.txt) and lies on it; a reach alone before a basin ("白洋淀上游流域综合治理",
容城/易县 2019 wording) names no works."""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_mentions

HENAN = "2026年河南省政府工作报告"


@pytest.mark.parametrize("sentence, works, river", [
    ("推进海河源头综合治理。", "海河源头综合治理", "海河"),
    ("加快淮河上游源头区干流治理。", "淮河上游源头区干流治理", "淮河"),
])
def test_works_at_a_rivers_source_are_on_the_river(tmp_path, sentence, works, river):
    assert works in {m.text for m in review_mentions(tmp_path, sentence, HENAN) if m.type == "Project"}
    assert (works, river) in review_located(tmp_path, sentence, HENAN)


def test_a_reach_alone_before_a_basin_names_no_works(tmp_path):
    mentions = review_mentions(tmp_path, "深入推进白洋淀上游流域综合治理，持续做好北易水生态补水。", "2019年易县政府工作报告")
    assert "白洋淀上游流域综合治理" not in {m.text for m in mentions if m.type == "Project"}
