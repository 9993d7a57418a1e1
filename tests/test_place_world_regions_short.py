"""Eurasia in its short form and the polar regions are world regions (world.txt, from
scripts/build_world.py's REGION_EXTRA): places where the text links or takes part in them. A sentence of
the 2026 plan of 河南 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_eurasia_linked(tmp_path):
    found = _places(tmp_path, "2026年河南省政府工作报告", "突出打造循环支点。打造联通欧亚、辐射全球的高质量共建“一带一路”枢纽。")
    assert "欧亚" in found

