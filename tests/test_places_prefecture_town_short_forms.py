"""A prefecture's name right before the short form of a town of one of its counties names that town (as
county_town_places reads a county's): "长春净月" (净月街道 of 长春), "鞍山西柳" (西柳镇 of 海城, 鞍山),
"海口永兴" (永兴镇 of 秀英区, 海口); the division table, not the words, says the town is the city's."""
from __future__ import annotations

from tests.test_province_town_short_forms_in_works import _places  # the places of a one-line province report


def test_a_prefectures_town_by_its_short_form_after_the_prefecture(tmp_path):
    # jilin-2026-review, liaoning-2026, hainan-2026
    assert "净月" in _places(tmp_path, "吉林省", "长光博翔双飞翼无人机取得特殊适航证，长春净月低空经济应用场景形成商业化体系。")
    assert "西柳" in _places(tmp_path, "辽宁省", "推动鞍山西柳服装、辽阳小北河袜业等专业市场焕新发展。")
    assert "永兴" in _places(tmp_path, "海南省", "加快建设海口永兴教育城、海南大学崖州校区。")


def test_no_town_where_the_words_after_the_prefecture_are_another_name(tmp_path):
    # a zone of the city (高新 of a 高新街道 is a common word, no town's rare short form)
    names = _places(tmp_path, "四川省", "支持成都高新区、绵阳科技城建设。")
    assert "高新" not in names and "科技" not in names


def test_a_common_word_after_the_prefecture_is_no_town(tmp_path):
    # jilin-2026-review "松原石化园区": a petrochemical park (石化 of 石化街道 is too common a word)
    assert "石化" not in _places(tmp_path, "吉林省", "松原石化园区、辽源高新区、四平新开区入选首批国家级园区。")
