"""A zone that a province's report names after one of its towns by the town's short form, before a zone's
head of place_town_zone_heads.txt ("良乡大学城", "沙河高教园", "天竺综保区"), is a place (ANNOTATION rules 3
and 11), and the short form inside it is the town (rule 8), even where the short form is a word of the
dictionary too (沙河, 天竺): the zone's head says it is the town's. kg/extract/places.py
`extract_works_town_places`. Sentences of beijing-2026, beijing-2026-review and shandong-2026, read from
tests/real."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import report_names

REAL = Path(__file__).parent / "real"


def _sentence(report: str, holding: str) -> str:
    text = (REAL / f"{report}.txt").read_text(encoding="utf-8")
    return next(s + "。" for s in text.replace("\n", "。").split("。") if holding in s)


def _places(tmp_path, province: str, line: str) -> set[str]:
    return report_names(tmp_path, "Place", f"2026年{province}人民政府工作报告", line)


def test_zones_named_after_towns_are_places_and_so_are_the_towns(tmp_path):
    found = _places(tmp_path, "北京市", _sentence("beijing-2026", "良乡大学城"))
    assert {"良乡大学城", "良乡", "沙河高教园", "沙河"} <= found
    assert "大学城" not in found  # the zone's head alone is no other place here


def test_a_bonded_zone_named_after_a_common_words_town(tmp_path):
    found = _places(tmp_path, "北京市", _sentence("beijing-2026-review", "天竺综保区"))
    assert {"天竺综保区", "天竺", "亦庄综保区", "亦庄"} <= found


def test_a_base_named_after_a_city_is_no_zone_of_these_heads(tmp_path):
    # "山钢日照基地二期": a company's works at the city, not a zone named after a town (基地 is no head here)
    found = _places(tmp_path, "山东省", _sentence("shandong-2026", "日照基地"))
    assert "日照基地" not in found
