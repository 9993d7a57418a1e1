"""Facilities a clause lists as opened (genre_listed_facilities, kg/extract/genre.py) in the wording of
published district reports: a kindergarten's branch campus, a school's branch and a health centre's
outpatient building are facility heads (分园, 分校, 门诊部), so the list they open is read whole; and a
、-list closed by its count and kind without 等 ("甲、乙两个地下商城投入使用") names the kind's members,
each a works. Sentences in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # a branch campus opening the list: every item of it is opened
    ("社会服务水平全面提升。区幼儿园第一分园、青禾第二幼儿园、澄江小学全部建成投入使用。",
     {"区幼儿园第一分园", "青禾第二幼儿园", "澄江小学"}, set()),
    ("青禾中学澄江分校、澄江第三小学建成投入使用。", {"青禾中学澄江分校", "澄江第三小学"}, set()),
    ("青禾卫生院综合门诊部、澄江社区卫生服务中心投入使用。", {"青禾卫生院综合门诊部", "澄江社区卫生服务中心"}, set()),
    # the members of a kind counted without 等, the names short as the genre writes them
    ("传统商贸业稳步发展,青禾、澄江汇两个地下商城投入使用,全年新增商业营业面积15万平方米。",
     {"青禾", "澄江汇"}, set()),
    # public spaces counted after the streets that hold them: the names are the streets (place_street_spaces.txt)
    ("青禾、澄江路两个市民广场投入使用。", set(), {"青禾", "澄江路"}),
    # a count of a kind with no list before it names no member
    ("新建3个社区卫生服务中心投入使用。", set(), {"社区卫生服务中心"}),
    ("澄江区建成两个地下商城投入使用。", set(), {"澄江区", "地下商城"}),
])
def test_listed_facilities(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
