"""A zero-carbon park that places name is a park built (project_heads.txt: 零碳园区, weak), at each place
that names it ("高标准建设盐城、常州国家级零碳园区", 江苏 2026); the kind alone is a category, no works
("打造一批省级零碳园区、零碳工厂", same sentence). Sentences as the design texts write them (tests/real)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located, review_projects


SENTENCE = "推进重点行业节能降碳改造，推动绿色制造提质扩面，高标准建设盐城、常州国家级零碳园区，打造一批省级零碳园区、零碳工厂。"


def test_a_zero_carbon_park_places_name_is_at_each_of_them(tmp_path: Path):
    links = review_located(tmp_path, SENTENCE, "2026年江苏省政府工作报告")
    places = {place for works, place in links if works == "盐城、常州国家级零碳园区"}
    assert {"盐城", "常州"} <= {place.removesuffix("市") for place in places}


def test_the_kind_alone_is_no_works(tmp_path: Path):
    projects = review_projects(tmp_path, SENTENCE, "2026年江苏省政府工作报告")
    assert not {"省级零碳园区", "零碳园区", "一批省级零碳园区"} & projects
