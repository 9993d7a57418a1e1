"""Named reservoirs by the stage their clause states (session 58, second round, helper pjw2): a reservoir
filled (蓄水, build_words.txt, "after") is completed works, and a list's stage after its 等 ("…、龙湘水库等前期工作")
is the clause's stage for its last item too (projects.built_in_clause). Sentences of tests/real/shandong-2026.txt
and fujian-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_a_reservoir_filled_is_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快太平水库、中皋水库、黄山水利枢纽等骨干工程建设，完成双堠水库主体工程，实现官路水库蓄水。",
                                  "2026年山东省人民政府工作报告")
    assert_found(projects, {"官路水库", "双堠水库主体工程", "太平水库"}, set())


def test_a_stage_after_the_lists_etc(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推进闽西南水资源配置工程、龙湘水库等前期工作。", "2026年福建省人民政府工作报告")
    assert_found(projects, {"龙湘水库", "闽西南水资源配置工程"}, set())
