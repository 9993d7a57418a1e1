"""Project recall in lists of works (session 65, helper prj): a batch of facilities one of which a head
names lists facilities by their proper names too; an item sized by its capacity ("6万吨电解锰") is one
works; the first item of a list that is its clause's subject ("A、B等6个配套项目陆续完工") begins at the
clause's start. Sentences written in the genre of city and county reports (the D excerpts stay outside
the repository)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

HEAD = "2024年某某县人民政府工作报告"


def test_proper_names_in_a_batch_of_facilities(tmp_path):
    projects, _, _ = review_graph(tmp_path, "东湖欢乐谷、锦江希尔顿酒店、金沙湾游艇会等一批高端旅游设施建成运营。", HEAD)
    assert_found(projects, {"东湖欢乐谷", "锦江希尔顿酒店", "金沙湾游艇会"}, set())


def test_kinds_in_a_facility_list_stay_kinds(tmp_path):
    projects, _, _ = review_graph(tmp_path, "智慧停车、充电桩、锦江希尔顿酒店等一批配套设施建成运营。", HEAD)
    assert_found(projects, {"锦江希尔顿酒店"}, {"智慧停车", "充电桩"})


def test_items_sized_by_capacity_are_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "8万吨再生铝、30万千瓦风电储能等重大项目陆续开工建设，新建5个标准厂房。", HEAD)
    assert_found(projects, {"8万吨再生铝", "30万千瓦风电储能"}, {"5个标准厂房"})


def test_first_item_of_a_subject_list_begins_at_the_clause(tmp_path):
    projects, _, _ = review_graph(
        tmp_path, "光伏产业加快发展，华宇工业硅尾气回收提纯再利用、金泰高纯石英坩埚等6个配套项目陆续完工。", HEAD)
    assert_found(projects, {"华宇工业硅尾气回收提纯再利用", "金泰高纯石英坩埚"}, {"利用"})


def test_first_item_after_a_verb_is_not_widened(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快推进华宇工业硅尾气回收提纯再利用、金泰高纯石英坩埚等项目建设。", HEAD)
    assert_found(projects, {"金泰高纯石英坩埚"}, {"加快推进华宇工业硅尾气回收提纯再利用"})


def test_innovation_city_built_as_one_district(tmp_path):
    projects, _, _ = review_graph(tmp_path, "天元创新城建设加快推进，积极探索创新城乡融合发展机制。", HEAD)
    assert_found(projects, {"天元创新城"}, {"积极探索创新城", "探索创新城"})


def test_culture_park_named_by_its_river(tmp_path):
    # tests/real/zhejiang-2026-review.txt
    projects, _, _ = review_graph(tmp_path, "良渚古城遗址公园、杭州国家版本馆、之江文化中心、浙东运河文化园等一大批文化地标建成投用。",
                                  "2026年浙江省人民政府工作报告")
    assert_found(projects, {"浙东运河文化园"}, set())


def test_culture_park_as_a_kind_is_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推动文化园、双创园提质增效。", HEAD)
    assert_found(projects, set(), {"文化园", "双创园", "推动文化园"})


def test_subject_list_item_after_a_zone_keeps_its_start(tmp_path):
    # /work/shared/corpus/hailar/hailar-2015.txt: the walk stopped after the park's head, rightly
    projects, _, _ = review_graph(tmp_path, "中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目开工建设，入驻企业达到8家。",
                                  "2015年海拉尔区人民政府工作报告")
    assert_found(projects, {"中网科技云计算", "蒙拓牧机二期"}, {"中俄蒙国际物流园区中网科技云计算"})


def test_two_names_joined_in_a_facility_list_are_not_one_facility(tmp_path):
    # "甲公园及乙": the first ends in a facility's head, so the item is two names joined, never one proper name
    projects, _, _ = review_graph(
        tmp_path, "东湖公园、凤溪公园及桃花马莲、青河源等一批休闲健身公园和滨水休闲设施建成开放。", HEAD)
    assert_found(projects, {"东湖公园", "凤溪公园"}, {"凤溪公园及桃花马莲"})
