"""Heritage sites listed by their names before their kind (place_site_list_closers.txt: 遗址, 古遗址,
考古遗址 after 等): each item is one site, a place the sentence protects. Sentences of the 2026 plans of
河南 and 福建 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_sites_listed_before_their_kind_are_places(tmp_path):
    found = _places(tmp_path, "2026年河南省政府工作报告", "加强仰韶村、双槐树、贾湖等遗址保护传承,挖掘二十四节气等非遗时代价值。")
    assert {"仰韶村", "双槐树", "贾湖"} <= found
    found = _places(tmp_path, "2026年福建省政府工作报告", "提升万寿岩、圣杯屿沉船等遗址保护利用水平。")
    assert {"万寿岩", "圣杯屿沉船"} <= found


def test_a_kind_of_site_alone_names_none(tmp_path):
    found = _places(tmp_path, "2026年河南省政府工作报告", "加强大遗址、古建筑等遗址保护。")
    assert "古建筑" not in found
