"""An area named after the works, port or zone before it (作业区, 综保区, 互贸区, 候选区, 集聚区, 核心功能区:
lexicon project_part_zone_heads.txt, read by projects._extend_over_heads) is part of the works' name: the
area is what is built, opened or extended. Not after a zone's own name ending in 区 (a city's role in a
zone), and after the area only a head right after it. Sentences of the 2026 reports of 河南, 上海, 浙江,
青海, 内蒙古 (tests/real) and of hailar-2019 (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_located


def test_the_area_after_a_port_or_hub_is_the_works(tmp_path):
    text = "郑州国际陆港核心功能区建成投用，新郑综保区获准扩区，周口港中心作业区开港运营。"
    projects, _, _ = review_graph(tmp_path, text, "河南省政府工作报告")
    assert_found(projects, {"郑州国际陆港核心功能区", "周口港中心作业区"},
                 {"郑州国际陆港", "周口港中心", "周口港中心作业区开港"})
    assert ("周口港中心作业区", "周口市") in review_located(tmp_path, text, "河南省政府工作报告")
    projects, _, _ = review_graph(tmp_path, "加快推进大宗商品资源配置枢纽“三基地两中心”建设，推动舟山港综保区扩区，"
                                  "打造大宗商品期现一体化场外市场。", "浙江省政府工作报告")
    assert_found(projects, {"舟山港综保区"}, {"舟山港"})


def test_the_area_of_a_port_of_entry_a_park_or_a_cluster(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快建设满洲里产业协作园区，建成运营满都拉、甘其毛都口岸互贸区，推动呼和浩特、"
                                  "鄂尔多斯、满洲里3个综保区高质量发展。", "内蒙古自治区政府工作报告")
    assert_found(projects, {"满都拉、甘其毛都口岸互贸区"}, {"甘其毛都口岸", "满都拉、甘其毛都口岸"})
    projects, _, _ = review_graph(tmp_path, "优化三江源国家公园管理体制，高质量推进祁连山、青海湖国家公园候选区建设，"
                                  "完善生态廊道、巡护路网、应急通道等配套设施。", "青海省政府工作报告")
    assert_found(projects, {"祁连山、青海湖国家公园候选区"}, {"祁连山、青海湖国家公园"})
    projects, _, _ = review_graph(tmp_path, "着力打造服务企业走出去先行区，推进虹桥企业出海总部集聚区建设，"
                                  "加快集聚贸易功能总部机构。", "上海市政府工作报告")
    assert_found(projects, {"虹桥企业出海总部集聚区"}, {"虹桥企业出海总部"})


def test_no_area_after_a_zone_of_its_own(tmp_path):
    projects, _, _ = review_graph(tmp_path, "主动参与中俄蒙经济走廊建设，全面发挥中俄蒙合作先导区核心区作用。", "海拉尔区政府工作报告")
    assert_found(projects, set(), {"中俄蒙合作先导区核心区"})
    projects, _, _ = review_graph(tmp_path, "新郑综保区获准扩区。", "河南省政府工作报告")
    assert_found(projects, set(), {"新郑综保区扩区"})
