"""World regions that modify the name after them yet are places (ANNOTATION rules 1 and 8): the
partner a dash joins to a country ("中国—东盟自由贸易区", "中国—中亚贸易畅通合作平台"), a region followed by
another in a list written without a mark ("南亚东南亚航线"), a region before its freight trains
("东盟班列", as before its air routes), and the European Union as a region and market (world.txt: 欧盟).
Sentences of the 2026 plans of 云南, 江苏, 湖南, 黑龙江 and of the State Council's 2015 report
(tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_the_partner_a_dash_joins_to_a_country(tmp_path):
    assert "东盟" in _places(tmp_path, "2026年云南省政府工作报告", "全面融入中国—东盟自由贸易区3.0版,开展“边境后”新兴领域规则对接。")
    assert "东盟" in _places(tmp_path, "2015年国务院政府工作报告", "力争完成中国－东盟自贸区升级谈判和区域全面经济伙伴关系协定谈判。")
    assert "中亚" in _places(tmp_path, "2026年江苏省政府工作报告", "高水平打造中国—中亚贸易畅通合作平台、境外合作园区等各类载体。")


def test_two_regions_listed_without_a_mark(tmp_path):
    assert {"南亚", "东南亚"} <= _places(tmp_path, "2026年云南省政府工作报告", "协调推进界河公路大桥建设,加密南亚东南亚航线。")


def test_a_region_before_its_freight_trains(tmp_path):
    assert "东盟" in _places(tmp_path, "2026年湖南省政府工作报告", "推动中欧班列、东盟班列、湘粤非铁海联运扩量增效。")


def test_the_european_union_as_a_market(tmp_path):
    assert "欧盟" in _places(tmp_path, "2026年黑龙江省政府工作报告", "扩大对俄和东北亚开放合作,巩固欧盟等传统贸易市场。")
    assert "欧盟" in _places(tmp_path, "2026年湖南省政府工作报告", "强化对欧盟、东亚等重点区域精准招商。")


def test_a_region_modifying_an_events_name_stays_no_place(tmp_path):
    assert "亚洲" not in _places(tmp_path, "2026年湖南省政府工作报告", "办好亚洲国际青少年电影展。")
