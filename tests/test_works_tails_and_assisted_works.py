"""The last word of a works' name and the verb before it, in the genre's project paragraphs (real
report sentences of the design pools): a hospital's new site 新院 (jieba cut "保健院新院" as
保健/院新院), a renovation written 改造提升, an intercity line's kind 城际轨道 / 城际公交, a rail
branch line 铁路支线, one facility's 配套设施 and a new city district's 空港城 / 汽车城 end the
name (project_heads.txt); 配合, a district assisting works others lead, is not part of the works'
name (triggers.txt)."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_hospitals_new_site(tmp_path):
    got = review_projects(tmp_path, "建成浏阳市妇幼保健院新院、关口街道社区卫生服务中心。")  # liuyang-2023
    assert_found(got, {"浏阳市妇幼保健院新院"}, set())
    got = review_projects(tmp_path, "推进寿光市人民医院新院区、寿光市中医医院病房楼、寿光市妇幼保健院新院建设。")  # shouguang-2018
    assert_found(got, {"寿光市妇幼保健院新院", "寿光市人民医院新院区"}, set())


def test_a_renovation_written_gaizao_tisheng(tmp_path):
    got = review_projects(tmp_path, "完成厦门国际会议中心扩建、厦门国际会展中心改造提升。")  # xiamen-2017
    assert_found(got, {"厦门国际会展中心改造提升"}, {"厦门国际会展中心改造"})
    got = review_projects(tmp_path, "良渚博物院改造提升完成。")  # yuhang-2020
    assert_found(got, {"良渚博物院改造提升"}, {"良渚博物院改造"})


def test_an_intercity_line_and_a_branch_line_by_their_kind(tmp_path):
    got = review_projects(tmp_path, "推进广州至佛山城际轨道、佛山至肇庆城际轨道、东莞至惠州城际轨道建设。")  # guangdong-2013
    assert_found(got, {"东莞至惠州城际轨道"}, {"东莞至惠州城际"})
    got = review_projects(tmp_path, "推进中环快速化改造、苏州至昆山至上海城际公交和沪宁城际铁路昆山南站建设。")  # kunshan-2013
    assert_found(got, {"苏州至昆山至上海城际公交"}, {"苏州至昆山至上海城际"})
    got = review_projects(tmp_path, "开工建设龙口港至烟台港铁路支线。")  # yantai-2019
    assert_found(got, {"龙口港至烟台港铁路支线"}, {"龙口港至烟台港铁路"})


def test_one_facilitys_supporting_facilities(tmp_path):
    got = review_projects(tmp_path, "完善西安奥体中心配套设施，高标准办好第十四届全运会。")  # shaanxi-2021
    assert_found(got, {"西安奥体中心配套设施"}, set())
    got = review_projects(tmp_path, "建成顺德德胜体育中心配套设施、顺德图书馆新馆。")  # shunde-2020
    assert_found(got, {"顺德德胜体育中心配套设施"}, set())


def test_assisting_is_not_part_of_the_works(tmp_path):
    got = review_projects(tmp_path, "全力配合成渝中线高铁永川段、渝昆高铁永川段建设。")  # yongchuan-2022
    assert_found(got, {"成渝中线高铁永川段"}, {"配合成渝中线高铁永川段"})
    got = review_projects(tmp_path, "配合长浏城际铁路建设。")  # liuyang-2023
    assert_found(got, {"长浏城际铁路"}, {"配合长浏城际铁路"})


def test_a_new_city_district_built_as_one_undertaking(tmp_path):
    got = review_projects(tmp_path, "推进中心城区转型升级，加快唐山高新区、唐山南湖生态城、唐山空港城建设。")  # tangshan-2016
    assert_found(got, {"唐山空港城"}, {"唐山空港"})
    got = review_projects(tmp_path, "推进长春新区、中韩（长春）国际合作示范区、长春国际汽车城、净月高新区建设。")  # changchun-2019
    assert_found(got, {"长春国际汽车城"}, set())
