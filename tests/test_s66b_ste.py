"""A site opening a list of the works built or settled in it (kg.extract.site_opened_lists): the site — a
scenic area, a park or zone, a business cluster, a new town — is where every item is, not a part of the
first item's name ("濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统投用" in the Qianjiang sample). A site
before a generic head (no complete name alone: "某景区基础设施") or a zone after a verb keeps its name whole.
The sample's sentence and sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

from tests.conftest import assert_found, review_located, review_names, review_projects

TITLE = "2019年某县人民政府工作报告"


def test_a_scenic_area_opening_a_list_is_the_place_of_each_works(tmp_path):
    sentence = "濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统投用。"
    assert_found(review_projects(tmp_path, sentence), {"毕兹卡水乐园", "旅游电商中心", "智慧旅游系统"},
                 {"濯水景区毕兹卡水乐园"})
    links = review_located(tmp_path, sentence, TITLE)
    assert {("毕兹卡水乐园", "濯水景区"), ("旅游电商中心", "濯水景区"), ("智慧旅游系统", "濯水景区")} <= links


def test_a_park_and_a_cluster_opening_a_list_of_settled_works(tmp_path):
    sentence = "食品加工园区华润纺织、五丰三期、宏发肉鸡孵化研发基地等项目完成主体工程。"
    assert_found(review_projects(tmp_path, sentence), {"华润纺织", "五丰三期"}, {"食品加工园区华润纺织"})
    assert "食品加工园区" in review_names(tmp_path, "Place", sentence)
    links = review_located(tmp_path, sentence, TITLE)
    assert {("华润纺织", "食品加工园区"), ("五丰三期", "食品加工园区")} <= links
    sentence = "北关商贸集聚区锦绣华府、大唐融合服务外包等项目顺利入驻。"
    assert_found(review_projects(tmp_path, sentence), {"锦绣华府"}, {"北关商贸集聚区锦绣华府"})


def test_a_place_with_the_head_of_its_scenic_area_opens_the_list(tmp_path):
    sentence = "白云山景区玻璃栈道、人工湖拦水坝、索道站广场等工程全部竣工。"
    assert_found(review_projects(tmp_path, sentence), {"玻璃栈道", "索道站广场"}, {"白云山景区玻璃栈道"})


def test_a_site_before_a_generic_head_or_after_a_verb_keeps_its_name(tmp_path):
    # a generic head: no complete name without its site
    got = review_projects(tmp_path, "龙门景区基础设施、游客服务中心等工程加快建设。")
    assert "基础设施" not in got
    # the zone after the verb (the Yixian sample's sentence): its own works, whole
    got = review_projects(tmp_path, "按照“九通一平”标准，启动开发区燃气站、供水厂工程，完善污水管网系统。")
    assert_found(got, {"开发区燃气站"}, {"燃气站"})


def test_works_a_site_builds_anew_start_after_the_verb(tmp_path):
    # a verb of building new is no part of a name: the works is what it builds, at the site
    sentence = "五里铺新市镇新建梨花公园14.4万平方米。"
    assert_found(review_projects(tmp_path, sentence), {"梨花公园"}, {"五里铺新市镇新建梨花公园"})
    assert ("梨花公园", "五里铺新市镇") in review_located(tmp_path, sentence, TITLE)
    # the verb before the site: nothing to split ("新建" opens the clause, not the name)
    got = review_projects(tmp_path, "新建滨河公园、人民广场，城市功能不断完善。")
    assert "滨河公园" in got and not any(n.endswith("新建滨河公园") for n in got)
