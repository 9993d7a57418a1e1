"""A community or compound named by its kind, not its name (place_community_kinds.txt,
place_compound_kinds.txt: 友好, 青年, 互嵌式, 居家, 商务, 开源 before 社区; 存量, 增量 before 小区), and a
town's head that closes the common noun for towns (城镇, 小城镇: "宜居小城镇", "沿边城镇"): no place.
Sentences of the 2026 plans of 湖南, 江苏, 浙江, 云南, 福建, 湖北 and 广西 (tests/real) and of 山西
(design text)."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


@pytest.mark.parametrize("head, sentence, kind", [
    ("2026年湖南省政府工作报告", "建好一批老年认知障碍照护友好社区和“时光守护”床位。", "友好社区"),
    ("2026年江苏省政府工作报告", "打造“最懂年轻人”的青年社区,让更多创新创业梦想在江苏找到生长的土壤。", "青年社区"),
    ("2026年江苏省政府工作报告", "突破AI芯片和大模型等关键技术,建设高质量数据集和开源社区。", "开源社区"),
    ("2026年浙江省政府工作报告", "支持“魔搭社区”打造国际一流开源社区。", "一流开源社区"),
    ("2026年浙江省政府工作报告", "推进适老化和无障碍改造,大力发展居家社区医养结合服务。", "居家社区"),
    ("2026年云南省政府工作报告", "建设“和和美美一家人”互嵌式社区。", "互嵌式社区"),
    ("2026年福建省政府工作报告", "建设创新型产业社区、商务社区,促进产城人融合。", "商务社区"),
    ("2026年湖北省政府工作报告", "在城市存量更新提质和增量小区开发建设中加快探索构建房地产发展新模式。", "增量小区"),
    ("2026年广西壮族自治区政府工作报告", "推进产业兴边,建设沿边小城镇,发展跨境旅游。", "沿边小城镇"),
    ("2026年江苏省政府工作报告", "启动现代化美丽宜居小城镇建设行动。", "宜居小城镇"),
    ("2026年云南省政府工作报告", "深化高质量发展和宜居城镇建设试点。", "宜居城镇"),
    ("2026年云南省政府工作报告", "加快沿边城镇带发展。", "沿边城镇"),
    ("2026年山西省政府工作报告", "支持晋北、晋南、晋东南城镇圈高质量发展。", "晋东南城镇"),
])
def test_a_community_or_town_named_by_its_kind_is_no_place(tmp_path, head, sentence, kind):
    assert kind not in _places(tmp_path, head, sentence)


def test_a_named_community_stays(tmp_path):
    found = _places(tmp_path, "2018年呼伦贝尔市海拉尔区政府工作报告", "推进健康社区、阳光社区建设,建成金河社区服务中心。")
    assert "金河社区" in found


def test_a_county_short_form_that_is_a_slogans_word(tmp_path):
    # place_common_word_short_forms.txt: 富民 of 富民县 (昆明), "to enrich the people" in 兴边富民行动
    found = _places(tmp_path, "2026年云南省政府工作报告", "深入推进新时代兴边富民行动,巩固提升边境地区发展水平。")
    assert not {"富民", "富民县"} & found
