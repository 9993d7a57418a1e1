"""Lists of routes by kind (session 58, second round, helper pjw2: kg.extract.project_lists): the first item
of a list of routes the walk back lost at its own works word ("沪昆扩容": 扩容 tagged as a head), two routes
joined by 和 in that item, and a list after a comma that closes another list's kind, whose build verb stands
before the first list. Sentence of tests/real/hunan-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

TITLE = "2026年湖南省人民政府工作报告"


def test_second_list_of_routes_shares_the_verb(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快邵永、铜吉、长赣、宜常、永清广、黔吉等6条高铁，京港澳和沪昆扩容、张官等17条高速公路，"
                                            "以及梅山灌区、金塘冲水库等重大水利工程建设。", TITLE)
    assert_found(projects, {"京港澳", "沪昆扩容", "张官", "邵永", "黔吉"}, {"京港澳和沪昆扩容"})


def test_first_route_ending_in_its_works_word(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推进成南扩容、九绵等高速公路建设。", TITLE)
    assert_found(projects, {"成南扩容", "九绵"}, set())


def test_two_routes_joined_by_he_in_a_list_of_works(tmp_path):
    # tests/real/jilin-2026.txt: 和 glued by the segmenter to the first route (敦/牡和); no company opens 四梅集扩能
    projects, orgs, _ = review_graph(tmp_path, "启动长四辽通、敦牡和四梅集扩能等铁路项目，建好长春都市圈西环、白山至临江、松江河至长白等高速公路续建项目。",
                                     "2026年吉林省人民政府工作报告")
    assert_found(projects, {"长四辽通", "敦牡", "四梅集扩能"}, {"敦牡和四梅集扩能"})
    assert_found(orgs, set(), {"四梅集"})
