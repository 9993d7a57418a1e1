"""Heritage sites listed before the kind of site they are studied or shown as (place_site_list_closers.txt:
遗迹, 考古遗址公园, 国家考古遗址公园 after 等): each item is one site, a place. The designation named by its
level and kind alone (国家考古遗址公园) names no site (place_area_heads.txt: 考古遗址公园 is the whole
head; ANNOTATION rule 11). Sentences of the 2026 plans of 山西, 甘肃 and 云南 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_sites_listed_before_remains_are_places(tmp_path):
    found = _places(tmp_path, "2026年山西省政府工作报告", "做好陶寺、丁村等遗迹考古和文化研究,深入挖掘历史文化和生态价值。")
    assert {"陶寺", "丁村"} <= found


def test_sites_listed_before_archaeological_parks_are_places(tmp_path):
    found = _places(tmp_path, "2026年甘肃省政府工作报告",
                    "积极开展“中华文明探源工程”和“考古中国”项目,推进大地湾、大堡子山、锁阳城等国家考古遗址公园建设。")
    assert {"大地湾", "大堡子山", "锁阳城"} <= found
    assert "国家考古遗址公园" not in found


def test_the_designation_alone_is_no_place(tmp_path):
    found = _places(tmp_path, "2026年云南省政府工作报告", "高质量规划建设国家考古遗址公园,加强非遗保护传承和利用。")
    assert "国家考古遗址公园" not in found
