"""participatesIn of every item of a list of builders that a co-building cue follows: "支持A、B共建P"
(the items partners of one another, no 与 between them) and "A、B与某市共建P" (the list, then its partner:
the first items act as the last does). Not a list of standard bodies. Session 54, pp64. Sentences
written in the genre's phrasing (names made up)."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年青禾市人民政府工作报告"


@pytest.mark.parametrize("sentence,builders,works", [
    ("支持澄江大学、宁川海洋研究所共建青禾海洋实验室。", ("澄江大学", "宁川海洋研究所"), "青禾海洋实验室"),
    ("澄江大学、宁川农业科学院与青禾市共建青禾农业科技城。", ("澄江大学", "宁川农业科学院"), "青禾农业科技城"),
])
def test_every_listed_builder_takes_part(tmp_path, sentence, builders, works):
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    for b in builders:
        assert (b, works) in links, links


def test_a_list_of_standard_bodies_takes_no_part(tmp_path):
    _, _, links = review_graph(tmp_path, "市委、市政府联合印发实施方案，青禾产业园开工建设。", HEAD)
    assert not any(o in ("市委", "市政府") for o, _ in links), links
