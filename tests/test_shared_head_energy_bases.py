"""Short names listed before a head they share (session 62, helper shd: kg.extract.project_lists.
extract_shared_head_lists, project_shared_head_kinds.txt, project_list_stage_words.txt): the gold writes
such a list as the text does, from the first item to the head ("格尔木东、海南清洁能源基地", the last
item's works staying one of its own), as for reservoirs and power stations. New heads: 水利枢纽,
清洁能源基地, 水风光一体化基地; 投入使用 a stage word as 投用; a list whose first item follows a
description closed by 的 opens after the 的 (the 、 inside the description is no list's). Sentences of
tests/real/qinghai-2026-review.txt, qinghai-2026.txt, xizang-2026-review.txt."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("title, sentence, found", [
    ("2026年青海省人民政府工作报告",
     "全国电源规模最大、新能源占比最高、总投资近2000亿元的格尔木东、海南清洁能源基地开工建设。",
     {"格尔木东、海南清洁能源基地"}),
    ("2026年青海省人民政府工作报告", "高效推进格尔木东、海南清洁能源基地建设。",
     {"格尔木东、海南清洁能源基地"}),
    ("2026年西藏自治区人民政府工作报告", "有序推动金上、藏东南、澜上水风光一体化基地建设。",
     {"金上、藏东南、澜上水风光一体化基地"}),
    ("2026年西藏自治区人民政府工作报告", "湘河、拉洛水利枢纽投入使用。", {"湘河、拉洛水利枢纽"}),
])
def test_list_sharing_a_head_is_one_name(tmp_path, title, sentence, found):
    projects, _, _ = review_graph(tmp_path, sentence, title)
    assert_found(projects, found, {"格尔木东", "金上", "湘河", "总投资近2000亿元的格尔木东、海南清洁能源基地"})


def test_description_with_its_own_list_is_no_item(tmp_path):
    projects, _, _ = review_graph(tmp_path, "规模最大、占比最高的城区道路改造、甲乙水库建成。", "2026年青海省人民政府工作报告")
    assert not any(p.startswith(("规模", "占比")) for p in projects), projects
