"""The last word of a works' name and the verb before it, in the genre's project paragraphs (real
report sentences of the design pools): a hospital's new site 新院 (jieba cut "保健院新院" as
保健/院新院), a renovation written 改造提升, an intercity line's kind 城际轨道 / 城际公交, a rail
branch line 铁路支线, one facility's 配套设施 and a new city district's 空港城 / 汽车城 end the
name (project_heads.txt); 配合, a district assisting works others lead, is not part of the works'
name (triggers.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects

# (sentence of a design pool's report, works found, names not found)
CASES = [
    # a hospital's new site
    ("建成浏阳市妇幼保健院新院、关口街道社区卫生服务中心。", {"浏阳市妇幼保健院新院"}, set()),  # liuyang-2023
    ("推进寿光市人民医院新院区、寿光市中医医院病房楼、寿光市妇幼保健院新院建设。",
     {"寿光市妇幼保健院新院", "寿光市人民医院新院区"}, set()),  # shouguang-2018
    # a renovation written 改造提升
    ("完成厦门国际会议中心扩建、厦门国际会展中心改造提升。", {"厦门国际会展中心改造提升"}, {"厦门国际会展中心改造"}),  # xiamen-2017
    ("良渚博物院改造提升完成。", {"良渚博物院改造提升"}, {"良渚博物院改造"}),  # yuhang-2020
    # an intercity line and a branch line by their kind
    ("推进广州至佛山城际轨道、佛山至肇庆城际轨道、东莞至惠州城际轨道建设。",
     {"东莞至惠州城际轨道"}, {"东莞至惠州城际"}),  # guangdong-2013
    ("推进中环快速化改造、苏州至昆山至上海城际公交和沪宁城际铁路昆山南站建设。",
     {"苏州至昆山至上海城际公交"}, {"苏州至昆山至上海城际"}),  # kunshan-2013
    ("开工建设龙口港至烟台港铁路支线。", {"龙口港至烟台港铁路支线"}, {"龙口港至烟台港铁路"}),  # yantai-2019
    # one facility's supporting facilities
    ("完善西安奥体中心配套设施，高标准办好第十四届全运会。", {"西安奥体中心配套设施"}, set()),  # shaanxi-2021
    ("建成顺德德胜体育中心配套设施、顺德图书馆新馆。", {"顺德德胜体育中心配套设施"}, set()),  # shunde-2020
    # assisting is not part of the works
    ("全力配合成渝中线高铁永川段、渝昆高铁永川段建设。", {"成渝中线高铁永川段"}, {"配合成渝中线高铁永川段"}),  # yongchuan-2022
    ("全力配合长浏城际铁路、长赣高铁浏阳段前期工作。", {"长浏城际铁路"}, {"配合长浏城际铁路"}),  # liuyang-2023
    # a new city district built as one undertaking
    ("推进中心城区转型升级，加快唐山高新区、唐山南湖生态城、唐山空港城建设。", {"唐山空港城"}, {"唐山空港"}),  # tangshan-2016
    ("推进长春新区、中韩（长春）国际合作示范区、长春国际汽车城、净月高新区建设。", {"长春国际汽车城"}, set()),  # changchun-2019
]


@pytest.mark.parametrize(("sentence", "found", "not_found"), CASES)
def test_the_works_name_ends_and_starts_where_the_genre_puts_it(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)
