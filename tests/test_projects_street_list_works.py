"""The action done on a 、-list of streets named together is one works, named by the list and the
action, and each street is a place it is in (kg.extract.street_works). The sentences are those of
real reports (the gongyi-2014, sanya-2023 and wuhu-2018 passages of pool u44; hailar-2014); a list of
places and the works done on them all is named so too (extract_place_list_works)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_names, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("完成杜甫路、新兴路改造，建成东区公交枢纽站。", {"杜甫路、新兴路改造"}, {"新兴路改造", "杜甫路"}),
    ("完成解放路、迎宾路、凤凰路立面和交通改造，城市面貌明显改善。", {"解放路、迎宾路、凤凰路立面和交通改造"}, {"凤凰路"}),
    # a count of streets of a kind, or the verb before the streets: no list works named so
    ("四要完成对胜利大街、西大街、胜利三路等主干道路的综合改造。", set(), {"胜利大街、西大街、胜利三路等主干道路的综合改造"}),
    ("改造建华路、根河路等背街巷道10条。", set(), {"建华路、根河路"}),
])
def test_street_list_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_each_listed_street_is_a_place_the_works_is_in(tmp_path):
    sentence = "完成中江大道、长江路、九华北路改造，建成城南过江隧道。"
    assert {"中江大道", "长江路", "九华北路"} <= review_names(tmp_path, "Place", sentence)
    located = review_located(tmp_path, sentence, "芜湖市人民政府工作报告")
    assert {("中江大道、长江路、九华北路改造", "长江路"), ("中江大道、长江路、九华北路改造", "九华北路")} <= located


# the works done on a 、-list of places (rivers, lakes, mountains, bays, areas, parks) named together:
# the wuhu-2018, dalian-2015, mianyang-2017, sanya-2023, changxing-2012 and binhai-2013 passages of pool
# u44; not a list of divisions (each one's own programme: u42's baotou-2016), nor the works around the
# places (u44's sanya-2023), nor a count of a kind (u42's hefei-2018)
@pytest.mark.parametrize("sentence,found,not_found", [
    ("完成镜湖、银湖水环境综合治理，新建朱家桥污水处理厂三期。", {"镜湖、银湖水环境综合治理"}, {"银湖水环境综合治理"}),
    ("完成雕塑公园、神山公园提升改造。", {"雕塑公园、神山公园提升改造"}, {"神山公园提升改造"}),
    ("开展马栏河、春柳河综合治理，实施大沙河、登沙河流域治理。",
     {"马栏河、春柳河综合治理", "大沙河、登沙河流域治理"}, {"开展马栏河、春柳河综合治理"}),
    ("实施涪江、安昌江、芙蓉溪水环境综合治理。", {"涪江、安昌江、芙蓉溪水环境综合治理"}, set()),
    ("推进三亚湾、大东海、亚龙湾滨海岸线整治，实施月川片区、东岸湿地公园周边城市更新。",
     {"三亚湾、大东海、亚龙湾滨海岸线整治"}, {"亚龙湾滨海岸线整治", "月川片区、东岸湿地公园周边城市更新"}),
    ("完成弁山、小浦镇矿山复绿治理。", {"弁山、小浦镇矿山复绿治理"}, set()),
    ("加快昆都仑区、青山区、东河区、九原区老旧小区综合整治。", set(),
     {"昆都仑区、青山区、东河区、九原区老旧小区综合整治"}),
    ("实施南淝河、十五里河、派河等河道综合治理。", set(), {"南淝河、十五里河、派河等河道综合治理"}),
])
def test_place_list_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_each_listed_water_is_a_place(tmp_path):
    places = review_names(tmp_path, "Place", "实施三亚河、临春河水环境综合治理。")
    assert {"三亚河", "临春河"} <= places


@pytest.mark.parametrize("sentence,found", [
    # 含 after a list mark opens a listed street's name, no span ("(含…)")
    ("完成甲乙路、含光路综合提升工程。", {"含光路综合提升工程"}),
])
def test_listed_street_opening_with_a_span_opener(tmp_path, sentence, found):
    got = review_projects(tmp_path, sentence)
    assert set(found) <= got, got
