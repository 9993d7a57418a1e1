"""A toponym's head that is a character of a set phrase of the genre ends no name there
(place_head_set_phrases.txt): "汪洋大海" (national-2014), "文山会海" (xinjiang-2026), "半壁江山"
(yunnan-2026-review), "迎峰度夏" (chongqing-2026-review), "再攀新高峰" (shanghai-2026-review), "江铁海联运"
(chongqing-2026), "铁海河海联运" (henan-2026, henan-2026-review); the places beside them stay."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

_REVIEW = ("", "一、工作回顾", "")


def test_idioms_holding_a_head_are_no_places(tmp_path):
    got = report_names(tmp_path, "Place", "政府工作报告", *_REVIEW,
                       "在国际市场汪洋大海中搏击风浪。让各级干部从文山会海、迎评迎检中解脱出来。"
                       "民营经济撑起“半壁江山”。川渝特高压交流工程结束重庆迎峰度夏缺电历史。"
                       "综合经济实力再攀新高峰。")
    assert_found(got, {"重庆"}, {"汪洋大海", "文山会海", "半壁江山", "迎峰", "新高峰"})


def test_modes_of_multimodal_transport_are_no_places(tmp_path):
    got = report_names(tmp_path, "Place", "河南省政府工作报告", *_REVIEW,
                       "做优“东盟快班”、江铁海联运、跨境公路班车。培育铁海河海联运国际通道。"
                       "推动黄河、淮河、海河、长江四大流域协同治理。")
    assert_found(got, {"黄河", "淮河", "海河", "长江"}, {"江铁海", "海河海", "铁海河"})
