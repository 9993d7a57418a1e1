"""Built works, session 58 (helper pjw). A service route named only by the world regions it runs to,
its trade or its reach ("东北亚和东南亚航线", "远洋航线", "桂林入境旅游航线") is a class of routes, no
works (kg.resolve.not_works._class_of_routes, project_route_class_words.txt); a route to a city or
between two ends stays one. 提速 and 布局 open a span before a works' name and are no part of it
(project_openers.txt: "提速聊城机场前期工作", "布局东明石化、东营富海等重大项目"). Sentences of the
design texts (tests/real: guangxi, hailar-2019, heilongjiang, jiangsu, yunnan, shandong 2026)."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works
from tests.conftest import assert_found, review_graph, review_projects

TITLE = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("name", ["东北亚和东南亚航线", "南亚东南亚航线", "港澳台地区旅游热点航线", "远洋航线",
                                  "桂林入境旅游航线"])
def test_a_class_of_routes_names_no_works(name):
    assert names_no_works(name) == "class"


@pytest.mark.parametrize("name", ["珠海航线", "重庆航线", "中欧北极集装箱航线", "蒙古国乌兰巴托定期航线",
                                  "伊尔库茨克国际航线"])
def test_a_route_to_a_city_stays_works(name):
    assert names_no_works(name) is None


def test_routes_to_regions_in_a_sentence(tmp_path):
    # (the rule reads names: the mentions are found and dropped before they become entities)
    projects, _, _ = review_graph(tmp_path, "推动开通哈尔滨至莫斯科等国际客运航线，加密东北亚和东南亚航线。", TITLE)
    assert_found(projects, set(), {"东北亚和东南亚航线", "东南亚航线"})
    projects, _, _ = review_graph(tmp_path, "加密中欧（亚）班列线路，加力航空货运和远洋航线布局。", TITLE)
    assert_found(projects, set(), {"远洋航线"})


def test_speeding_up_and_laying_out_open_no_name(tmp_path):
    found = review_projects(tmp_path, "加快建设济南机场二期，投用枣庄机场，提速聊城机场前期工作。", TITLE)
    assert_found(found, {"聊城机场"}, {"提速聊城机场"})
    found = review_projects(tmp_path, "布局东明石化、东营富海等重大项目，推进弘润石化转型升级。", TITLE)
    assert_found(found, {"东明石化"}, {"布局东明石化"})
