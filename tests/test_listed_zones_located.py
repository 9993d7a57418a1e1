"""A zone listed as works the clause builds or develops (kg.extract.listed_works) is works in the
division it is named after (`zone_built`, read by kg.resolve.relations; ANNOTATION rule 3).
Sentences of the 2019 report of 长春市 and the 2013 report of 昆山市."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_listed_zone_developed_is_in_the_place_it_is_named_after(tmp_path):
    links = review_located(tmp_path, "推进长春新区、长春国际汽车城、净月高新区建设,支持长春经开区、汽开区、兴隆综合保税区创新发展。",
                           "2019年长春市政府工作报告")
    assert ("兴隆综合保税区", "兴隆") in links


def test_a_listed_zone_built_is_in_the_city_it_is_named_after(tmp_path):
    links = review_located(tmp_path, "推进昆山开发区光电产业园、花桥经济开发区国际商务城、昆山综合保税区建设。",
                           "2013年昆山市政府工作报告")
    assert ("昆山综合保税区", "昆山市") in links
