"""locatedIn (session 50): a river or lake named after a town or sub-district (its short name and a water's head,
"某渚湖" after 某渚街道) is no landmark in that town, as one named after a division is not ("海拉尔河"): the works
on it are on the water, not said to be in the town through the water's name (panyu-2019 (pool u63) and
weiyang-2020 (pool u62) wrote such waters). Invented sentences in the genre, a real sub-district's name."""
from __future__ import annotations

from tests.conftest import review_located


def test_works_on_a_lake_named_after_a_sub_district_are_not_in_it(tmp_path):
    got = review_located(tmp_path, "加快良渚湖三期建设，良渚街道人居环境持续改善。", "2021年杭州市余杭区人民政府工作报告")
    assert ("良渚湖三期", "良渚湖") in got and ("良渚湖三期", "良渚街道") not in got, got
