"""Project names in city and county reports (session 65, helper prj2): a line named by a chain of three
places or more joined by dashes runs back over every place. Sentences written in the genre of city and
county reports (the D and H excerpts stay outside the repository)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

HEAD = "2024年某某市人民政府工作报告"


def test_power_line_named_by_a_chain_of_three_places(tmp_path):
    projects, _, _ = review_graph(tmp_path, "全省投资最大的项目榆林—延安—铜川750千伏输变电工程竣工投运。", HEAD)
    assert_found(projects, {"榆林—延安—铜川750千伏输变电工程"}, {"延安—铜川750千伏输变电工程"})


def test_designation_obtained_is_no_works(tmp_path):
    # tests/real/chongqing-2026-review.txt and hunan-2026-review.txt
    projects, _, _ = review_graph(
        tmp_path, "获批习近平文化思想研究中心重庆市协同研究基地，长沙获批中欧班列国家集结中心，新建东湖污水处理厂。", HEAD)
    assert_found(projects, {"东湖污水处理厂"}, {"习近平文化思想研究中心重庆市协同研究基地", "中欧班列国家集结中心"})


def test_designation_verb_before_a_build_verb_keeps_the_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "成功入选全省示范，东湖污水处理厂入选全省示范工程。", HEAD)
    assert_found(projects, {"东湖污水处理厂"}, {"全省示范工程"})


def test_works_named_inside_a_plan_title_is_no_works(tmp_path):
    projects, _, _ = review_graph(
        tmp_path, "完成《某某县辽东绿色经济区发展规划》编制，开工建设辽东绿色经济区污水处理厂。", HEAD)
    assert_found(projects, {"辽东绿色经济区污水处理厂"}, {"某某县辽东绿色经济区", "辽东绿色经济区"})
