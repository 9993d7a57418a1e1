"""A province's or a foreign country's name is known whole: a lone character jieba cut before it is
no first character of a longer name (kg.extract.places.extract_place_front_characters): "牢记“看北京首先
要从政治上看”" (beijing-2026), "打造“侨重庆”等凝聚侨心侨力侨智载体" (chongqing-2026), "中印尼“两国双园”"
(fujian-2026-review: 印尼, the country, is the place)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

_REVIEW = ("", "一、工作回顾", "")


def test_a_character_before_a_province_or_a_country_is_none_of_its_name(tmp_path):
    got = report_names(tmp_path, "Place", "福建省政府工作报告", *_REVIEW,
                       "牢记“看北京首先要从政治上看”。打造“侨重庆”等凝聚侨心侨力侨智载体。"
                       "金砖国家工业能力中国中心启用,中印尼“两国双园”合作谅解备忘录签署。")
    assert_found(got, {"印尼"}, {"看北京", "侨重庆", "中印尼"})
