"""The pairing of the country's east and west (东西部协作, not_names.txt) is a set phrase: its 东 closes
no region after a province's one-character form, whether the lexicon's region (黔东) or a province's part
read in its own report (川东). kg.extract.place_bounds.inside_a_word_naming_none. Sentences of the 2026
plans of 贵州 and 四川 (tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_no_region_across_the_pairing(tmp_path):
    found = _places(tmp_path, "2026年贵州省政府工作报告", "做好安置住房维修维护。打造粤黔东西部协作升级版,深化对口帮扶。")
    assert "黔东" not in found
    found = _places(tmp_path, "2026年四川省政府工作报告", "做好浙川东西部协作帮扶、省内结对帮扶、定点帮扶工作。")
    assert not {"川东", "浙川东"} & found


def test_a_provinces_part_outside_the_phrase_stays(tmp_path):
    found = _places(tmp_path, "2026年四川省政府工作报告", "推动川东北、川南两大片区协同发展。")
    assert {"川东北", "川南"} <= found
