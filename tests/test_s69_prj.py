"""Project names (session 69, helper prj).

1. A town before a works of a kind keeps it in the name when the word after the town is a common word
   jieba tags as a given name (nr: 田园, 养老): "奋斗镇田园综合体" (hailar-2019's gold), not "田园综合体"; a
   rare proper name after the town still opens the works' own name ("某镇金海文化活动中心").
2. A renovation of one facility named by its head, finished or built right after it ("燕官公路提质改造提前
   建成通车", qinghai-2026-review; "抗战馆改扩建顺利完成", beijing-2026-review) is a project; a renovation of
   a kind ("危房改造", "乡镇污水处理厂提标改造") is not."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_located

HAILAR = "2019年海拉尔区人民政府工作报告"
QINGHAI = "2026年青海省人民政府工作报告"
BEIJING = "2026年北京市人民政府工作报告"


def test_town_before_a_common_word_tagged_as_given_name_stays_in_the_name(tmp_path):
    # hailar-2019
    text = "持续加大产业扶贫力度，加快奋斗镇田园综合体建设，推进团结村肉牛养殖等项目建设。"
    projects, _, _ = review_graph(tmp_path, text, HAILAR)
    assert_found(projects, {"奋斗镇田园综合体", "团结村肉牛养殖"}, {"田园综合体"})
    assert ("奋斗镇田园综合体", "奋斗镇") in review_located(tmp_path, text, HAILAR)


def test_town_before_a_rare_proper_name_still_says_where_the_works_is(tmp_path):
    # written in the genre: 金海 is a proper name (ns), the works' own name opens with it
    projects, _, _ = review_graph(tmp_path, "加快巴彦托海镇金海文化活动中心建设。", HAILAR)
    assert_found(projects, {"金海文化活动中心"}, {"巴彦托海镇金海文化活动中心"})


def test_a_road_renovation_finished_ahead_of_time_is_a_project(tmp_path):
    # qinghai-2026-review
    projects, _, _ = review_graph(
        tmp_path, "建设农牧区便民桥500座，燕官公路提质改造提前建成通车，城乡要素双向流动加速。", QINGHAI)
    assert_found(projects, {"燕官公路提质改造"}, set())


def test_a_museum_extension_finished_is_a_project(tmp_path):
    # beijing-2026-review
    projects, _, _ = review_graph(tmp_path, "抗战馆改扩建顺利完成，主题展览精彩亮相。", BEIJING)
    assert_found(projects, {"抗战馆改扩建"}, set())


def test_renovations_of_a_kind_are_no_projects(tmp_path):
    # written in the genre: no facility's head before the action, or a kind every township has
    projects, _, _ = review_graph(tmp_path, "危房改造全面完成，乡镇污水处理厂提标改造全面完成。", QINGHAI)
    assert_found(projects, set(), {"危房改造", "乡镇污水处理厂提标改造"})
