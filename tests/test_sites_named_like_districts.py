"""A scenic site whose name is a city district's short form and one character closing a feature's name
(岳麓山, 云龙湖, 西夏陵: place_scenic_sites.txt) holds no district: the district is named after the feature
in it (kg.extract.places._division_not_named_after); a site named by its kind after a district
(大足石刻) holds it (ANNOTATION rule 8). Sentences of the design texts (hunan-2026, jiangsu-2026-review,
ningxia-2026, chongqing-2026)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "一、工作回顾", "", sentence)


def test_a_site_named_by_a_feature_holds_no_district(tmp_path):
    got = _places(tmp_path, "2026年湖南省政府工作报告", "依托岳麓山实验室开展农业领域教育。")
    assert_found(got, {"岳麓山"}, {"岳麓"})
    got = _places(tmp_path, "2026年宁夏回族自治区政府工作报告", "推动西夏陵争创5A级旅游景区。")
    assert_found(got, {"西夏陵"}, {"西夏"})
    got = _places(tmp_path, "2026年江苏省政府工作报告", "紫金山、太湖、钟山、云龙湖等实验室加快建设。")
    assert "云龙" not in got


def test_a_site_named_by_its_kind_after_a_district_holds_it(tmp_path):
    got = _places(tmp_path, "2026年重庆市政府工作报告", "实施博物馆提质工程,加强大足石刻保护利用。")
    assert {"大足石刻", "大足"} <= got
