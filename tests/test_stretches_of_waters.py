"""A stretch of a water is no works (session 60, helper pjw; projects._river_stretch): a stretch named in
brackets after a place that is no works ("赤水河（昭通段）", "渤海（辽宁段）"), and the stretch of two rivers'
main courses ("长江黄河干流四川段"). Sentences of tests/real/yunnan-2026-review.txt, liaoning-2026.txt and
sichuan-2026-review.txt; a works' section in brackets stays a works (fujian-2026-review.txt)."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_stretch_in_brackets_after_a_water(tmp_path):
    got = review_projects(tmp_path, "杞麓湖、异龙湖实现脱劣，赤水河（云南省段）、大盈江（盈江县段）水质稳定。泸沽湖（云南部分）、"
                          "赤水河（昭通段）、独龙江入选全国美丽河湖优秀案例。", "2026年云南省人民政府工作报告")
    assert_found(got, set(), {"云南省段", "盈江县段", "昭通段"})
    got = review_projects(tmp_path, "深化辽河、渤海（辽宁段）综合治理。厦金大桥（厦门段）建设加快推进。", "2026年辽宁省人民政府工作报告")
    assert_found(got, {"厦金大桥(厦门段)"}, {"辽宁段"})


def test_the_stretch_of_two_rivers(tmp_path):
    got = review_projects(tmp_path, "污染防治成效显著，长江黄河干流四川段水质稳定保持Ⅱ类。", "2026年四川省人民政府工作报告")
    assert_found(got, set(), {"长江黄河干流四川段"})
