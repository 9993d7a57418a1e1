"""A list of named areas written once before the designation they share ("祁连山、若尔盖国家公园",
gansu-2026; "祁连山、青海湖国家公园", qinghai-2026-review; "昆仑山、坎布拉世界地质公园", qinghai-2026):
each item before the last carries the head too (祁连山国家公园), so the works is in the place that item
names (ANNOTATION rule 8), not a list naming places as themselves ("燕都古城、云蒙山小镇").
(rel_listed_designation_heads.txt, kg.resolve.relations._shares_a_designation.) Sentences from the
design texts, in the frame of a provincial report."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TITLE = "2026年某省人民政府工作报告"


def test_a_national_park_listed_first_is_in_its_area(tmp_path: Path):
    links = review_located(tmp_path, "整合优化自然保护地，巩固大熊猫国家公园建设成果，推进祁连山、若尔盖国家公园建设。", TITLE)
    assert ("祁连山、若尔盖国家公园", "祁连山") in links


def test_a_geopark_listed_first_is_in_its_mountain(tmp_path: Path):
    links = review_located(tmp_path, "推进昂赛、玉珠峰自然体验和国家公园品牌提升试点，建好昆仑山、坎布拉世界地质公园。", TITLE)
    assert ("昆仑山、坎布拉世界地质公园", "昆仑山") in links
