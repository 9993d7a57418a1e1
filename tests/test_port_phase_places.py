"""A port whose own works open a works' name ("虞公港二期", hunan-2026-review; "马村港三期", hainan-2026;
"白龙港三期…", shanghai-2026; "梁山港二期", shandong-2026) is a place, and the works is located at it
(ANNOTATION rules 3 and 8; the gold of those texts, and guangdong-2026's 南沙港 of 南沙港五期)."""
from __future__ import annotations

from kg.extract import PLACE
from tests.conftest import names_of, report_mentions
from tests.test_relations import links


def test_a_ports_phase_makes_the_port_a_place(tmp_path):
    found = report_mentions(tmp_path, "2026年湖南省政府工作报告", "各位代表:",
                            "长赣高铁主体工程、宜常高铁及虞公港二期开工建设。", "加快马村港三期、美兰机场三期建设。")
    assert {"虞公港", "马村港"} <= names_of(found, PLACE)


def test_no_port_of_a_division_or_a_common_word(tmp_path):
    found = report_mentions(tmp_path, "2026年江苏省政府工作报告", "各位代表:", "推进连云港二期建设。")
    assert "连云港" in names_of(found, PLACE)  # the division, found by the lexicons, not as a port
    assert not any(m.attrs.get("source") == "port-phase" for m in found)


def test_the_phase_is_located_at_the_port(tmp_path):
    got = links(tmp_path, "虞公港二期开工建设。", area="湖南省", places=["虞公港"], projects=["虞公港二期"])
    assert ("locatedIn", "虞公港二期", "虞公港") in got


def test_no_port_of_a_kind_of_zone(tmp_path):
    found = report_mentions(tmp_path, "2026年政府工作报告", "各位代表:", "推进保税港二期建设。加快自贸港二期建设。")
    assert not any(m.attrs.get("source") == "port-phase" for m in found)
