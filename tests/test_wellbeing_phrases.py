"""Set phrases of the people's well-being that end in 安康 (not_names.txt: 富足安康, 富裕安康, 幸福安康) hold
the common word 安康, safe and sound, not the city 安康市: "人民富足安康的振兴发展新图景"
(liaoning-2026-review), "让农民群众早日过上富裕安康的生活" (national-2010); the city by its name stays."""
from __future__ import annotations

from tests.conftest import report_names


def test_safe_and_sound_is_no_city(tmp_path):
    phrases = report_names(tmp_path, "Place", "辽宁省政府工作报告", "", "二、2026年重点工作", "",
                           "奋力绘就人民富足安康的振兴发展新图景。让农民群众早日过上富裕安康的生活。")
    city = report_names(tmp_path, "Place", "陕西省政府工作报告", "", "二、2026年重点工作", "", "支持安康、汉中加快发展。")
    assert "安康" not in phrases and "安康" in city, (phrases, city)
