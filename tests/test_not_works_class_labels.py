"""A label of a class of projects is no works (kg.resolve.not_works, issue 9): a bare kind of road or
rail after a province, a count or a plural word ("安徽铁路", "多条铁路"), 项目 or 工程 after only places,
a grade, a field or a period ("青海重点项目", "城建重点工程", "前三季度四川重大项目"), a round of a
campaign ("河北省第五期"), an event held ("…举行…"). The sentences are written for these tests in the
genre's phrasing; works beside the labels stay, and so do routes whose abbreviated ends happen to be
a county's or a prefecture's short name ("阳信高速" of the Guangdong sample)."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works

from tests.test_not_works import _projects


NAMES = [
    # a bare kind after a province, a list of provinces, a count or a plural word
    ("安徽铁路", "label"),
    ("湖南高速公路", "label"),
    ("云南、贵州、四川三省高速公路", "label"),
    ("多条铁路", "label"),
    ("268公里高速公路", "label"),
    # 项目/工程 after only places, a list level, a grade, a field or a period
    ("青海重点项目", "label"),
    ("湖北省省列重大项目", "label"),
    ("天津市级重大项目", "label"),
    ("前三季度四川重大项目", "label"),
    ("市级交通运输重点项目", "label"),
    ("城建重点工程", "label"),
    ("宜春市项目", "label"),
    ("新一轮重点项目", "label"),
    ("河北省第五期", "label"),
    # a grade right before the head, whatever names the class before it
    ("新旧产业转换重大工程", "label"),
    ("沿湖生态带重大工程", "label"),
    ("临川区康养和文旅产业重点项目", "label"),
    ("干流重点治理工程", None),
    ("贵州省举行第三期集中签约项目", "predicate"),
    # works: a route's ends abbreviated as a county's or a prefecture's short name, a place with works
    ("阳信高速", None),
    ("宁远高速", None),  # 宁远: a county's short name
    ("安康高铁", None),  # 安康: a prefecture's short name, before a kind
    ("宜春机场", None),
    ("城乡安居工程", None),  # 安居: a county's short name inside the name
    ("宜春、吉安机场改扩建项目", None),
    ("湖南怀化至芷江高速公路", None),
    ("合黄铁路二期", None),
    ("重点镇污水处理厂工程", None),
]


@pytest.mark.parametrize("name, why", NAMES)
def test_why_a_label_names_no_works(name, why):
    assert names_no_works(name) == why


@pytest.mark.parametrize("line, label, works", [
    ("湖南高速公路建设完成投资620亿元,新开工怀化至芷江高速公路。", "湖南高速公路", "怀化至芷江高速公路"),
    ("安徽铁路建设加快推进,合肥至黄山高铁建成通车。", "安徽铁路", "合肥至黄山高铁"),
    # a batch's quarter opens no name (session 24), so the label is the province's kind
    ("前三季度四川重大项目完成投资2100亿元,成都至宜宾高铁建成通车。", "四川重大项目", "成都至宜宾高铁"),
    # 举行 opens works (session 24): the label is no candidate at all, and none holding it is kept
    ("贵州省举行第三期重大项目集中开工活动,开工建设遵义至毕节铁路。", None, "遵义至毕节铁路"),
])
def test_the_label_is_found_and_dropped_and_the_works_beside_it_kept(tmp_path, line, label, works):
    found, kept = _projects(tmp_path, line)
    assert label is None or label in found and label not in kept
    assert not [name for name in kept if "重大项目" in name or name.endswith(("铁路", "高速公路")) and len(name) <= 6]
    assert works in kept
