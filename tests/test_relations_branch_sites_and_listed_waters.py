"""locatedIn (issue 10, session 43), two classes of the design pools' misses and false links, each seen
in several reports:

- a university's, hospital's or company's home named inside a works' name is not where the works is
  when the name goes on to its branch or site in another division ("大连理工大学盘锦校区二期工程": in 盘锦,
  not in 大连; sanya-2023, dalian-2015 (pool u44), xiamen-2017, shunde-2020 (pool u46)); where the branch
  lies in the home ("山东大学青岛校区", shandong-2021, pool u42) both stay (ANNOTATION rule 8);
- waters or streets listed bare before works whose name opens with the list's last one share its works
  ("西拉沐沦河、老哈河、阴河综合治理工程": in each river; chifeng-2021, deqing-2020, suzhou-2015, pool u47);
  not divisions, towns or zones listed, each with works of its own;
- works in a water's basin named inside their name are on the water ("巢湖流域水环境综合治理项目": 巢湖;
  hailar-2014, anhui-2019 and dalian-2015 (pool u44), daye-2013 (pool u47));
- a division's zone listed with works the clause builds, or merged and upgraded (整合提升), is works in the
  division (changchun-2019, pool u42; deqing-2020, pool u47).
Sentences of those reports (pool excerpts of real reports)."""
from __future__ import annotations

import pytest

from tests.conftest import review_located


@pytest.mark.parametrize("head, text, works, home, site", [
    ("2023年三亚市人民政府工作报告", "北京师范大学三亚附属学校二期、上海外国语大学三亚附属中学建成。",
     "北京师范大学三亚附属学校二期", "北京市", "三亚市"),
    ("2023年三亚市人民政府工作报告", "北京师范大学三亚附属学校二期、上海外国语大学三亚附属中学建成。",
     "上海外国语大学三亚附属中学", "上海市", "三亚市"),
    ("2015年大连市人民政府工作报告", "大连市中心医院住院楼建成使用，大连理工大学盘锦校区二期工程竣工。",
     "大连理工大学盘锦校区二期工程", "大连市", "盘锦市"),
    ("2017年厦门市人民政府工作报告", "推进四川大学华西医院厦门医院、厦门大学附属翔安医院建设。",
     "四川大学华西医院厦门医院", "四川省", "厦门市"),
])
def test_a_branch_in_another_division_is_not_in_the_home_its_name_holds(tmp_path, head, text, works, home, site):
    got = review_located(tmp_path, text, head)
    assert (works, site) in got and (works, home) not in got, got


def test_a_branch_inside_its_home_is_in_both(tmp_path):
    got = review_located(tmp_path, "推进山东大学青岛校区、山东第一医科大学济南主校区建设。", "2021年山东省人民政府工作报告")
    assert {("山东大学青岛校区", "山东省"), ("山东大学青岛校区", "青岛市")} <= got, got


def test_a_routes_end_stays_before_its_section(tmp_path):
    got = review_located(tmp_path, "建成西安至成都客运专线陕西段、宝鸡至兰州客运专线陕西段。", "2016年陕西省人民政府工作报告")
    assert ("宝鸡至兰州客运专线陕西段", "兰州市") in got, got


@pytest.mark.parametrize("head, text, works, places", [
    ("2021年赤峰市人民政府工作报告", "西拉沐沦河、老哈河、阴河综合治理工程扎实推进，赤峰市红山水库除险加固工程完工。",
     "阴河综合治理工程", {"西拉沐沦河", "老哈河", "阴河"}),
    ("2015年苏州市人民政府工作报告", "实施太湖水环境综合治理，推进望虞河、七浦塘拓浚整治和阳澄湖生态优化行动。",
     "七浦塘拓浚整治", {"望虞河", "七浦塘"}),
    ("2020年德清县人民政府工作报告", "实施对河口水库扩容工程、老虎潭水库引水工程，完成洛舍漾、下渚湖圩区整治。",
     "下渚湖圩区整治", {"洛舍漾", "下渚湖"}),
])
def test_waters_listed_before_works_share_them(tmp_path, head, text, works, places):
    got = review_located(tmp_path, text, head)
    assert {(works, p) for p in places} <= got, got


@pytest.mark.parametrize("head, text, works, other", [
    ("2013年昆山市人民政府工作报告", "实施周市镇、陆家镇、千灯镇农村环境综合整治。", "千灯镇农村环境综合整治", "周市镇"),
    ("2013年天津市滨海新区人民政府工作报告", "临港经济区、南港工业区、滨海高新区渤龙湖片区基础设施配套工程完工。",
     "滨海高新区渤龙湖片区基础设施配套工程", "南港工业区"),
    ("2016年陕西省人民政府工作报告", "开工建设西安至延安、西安至武汉高铁前期工程。", "西安至武汉高铁前期工程", "延安市"),
])
def test_towns_zones_and_routes_listed_keep_their_own_works(tmp_path, head, text, works, other):
    got = review_located(tmp_path, text, head)
    assert (works, other) not in got, got


@pytest.mark.parametrize("head, text, works, water", [
    # hailar-2014 (shared corpus)
    ("2014年海拉尔区人民政府工作报告", "实施海拉尔河流域和北山生态环境保护工程,关闭对环境造成破坏的采石场、砖厂、采砂点。",
     "海拉尔河流域和北山生态环境保护工程", "海拉尔河"),
    # anhui-2019 (pool u44), daye-2013 (pool u47)
    ("2019年安徽省人民政府工作报告", "推进巢湖综合治理，完成巢湖流域水环境综合治理项目投资80亿元。", "巢湖流域水环境综合治理项目", "巢湖"),
    ("2013年大冶市人民政府工作报告", "实施大冶湖流域小型农田水利重点县项目。", "大冶湖流域小型农田水利重点县项目", "大冶湖"),
])
def test_works_in_a_waters_basin_are_on_the_water(tmp_path, head, text, works, water):
    got = review_located(tmp_path, text, head)
    assert (works, water) in got, got


@pytest.mark.parametrize("head, text, works, place", [
    # changchun-2019 (pool u42): the zone is a later item of a list of works the clause builds (净月 a place
    # of the report by the campus named after it)
    ("2019年长春市人民政府工作报告", "推进长春新区、中韩（长春）国际合作示范区、长春国际汽车城、净月高新区建设。"
     "开工建设东北师范大学附属中学净月校区、长春市第二实验中学新校区。", "净月高新区", "净月"),
    # deqing-2020 (pool u47): zones merged and upgraded (整合提升) are developed as works
    ("2020年德清县人民政府工作报告", "德清经济开发区、莫干山国家高新区加快整合提升。", "德清经济开发区", "德清县"),
])
def test_a_divisions_zone_listed_and_developed_is_works_there(tmp_path, head, text, works, place):
    got = review_located(tmp_path, text, head)
    assert (works, place) in got, got
