"""An irrigation district a works rebuilds ("河套灌区现代化改造", neimenggu-2026; "位山灌区现代化改造",
shandong-2026; "向家坝灌区一期一步工程", sichuan-2026-review), named after a place found right before its
head, is a place, the one the works is on (ANNOTATION rule 8; place_irrigation_district_works.txt,
kg.extract.places.extract_irrigation_district_places); the site stays a place of its own. A district of a
kind alone ("大中型灌区现代化改造") names none. Sentences from the design texts, in the frame of a provincial
report."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import review_located

TITLE = "2026年某省人民政府工作报告"


def _links(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, text, TITLE)


@pytest.mark.parametrize("sentence, works, district", [
    ("开工建设河套灌区现代化改造、乌布林水库等重点项目。", "河套灌区现代化改造", "河套灌区"),
    ("向家坝灌区一期一步工程建成通水。", "向家坝灌区一期一步工程", "向家坝灌区"),  # a phase: at the district
])
def test_a_rebuilt_irrigation_district_is_where_its_works_is(tmp_path, sentence, works, district):
    assert (works, district) in _links(tmp_path, sentence)


def test_a_district_of_a_kind_alone_is_no_place(tmp_path):
    links = _links(tmp_path, "完成大中型灌区现代化改造222.2万亩。")
    assert not {link for link in links if link[1].endswith("灌区")}
