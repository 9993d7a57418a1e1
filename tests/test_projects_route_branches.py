"""A route's named part after the route's name (kg.extract.projects.extract_route_branches): a link,
branch or extension line named by its site after a route found as works is the works, not the whole
route; a joint or a build word between them names no part; a corridor named by the river or line it runs
along is works (廊道, a weak head). Sentences written in the genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # the line is the works the sentence builds (the route alone was found before)
    ("加快青兰高速平安联络线建设,年内建成通车。", {"青兰高速平安联络线"}, {"青兰高速"}),
    ("开工建设京港澳高速新河支线。", {"京港澳高速新河支线"}, {"京港澳高速"}),
    ("海西高速古田联络线将于年底正式通车。", {"海西高速古田联络线"}, {"海西高速"}),
    # a joint or a build word between the route and the line: no site, no named part
    ("沪昆高速及其连接线建成通车。", {"沪昆高速"}, {"沪昆高速及其连接线"}),
    ("加快京港澳高速建设连接线。", set(), {"京港澳高速建设连接线"}),
    # an ordinal counts the network's lines: no site
    ("该路是北京至昆明国家高速公路第三条联络线的一段。", set(), {"北京至昆明国家高速公路第三条联络线"}),
    # the site must be a name (a place, a proper noun, a word jieba does not know), not a joint, a count or
    # a common word: the line is then no named part and the route stays the works
    ("沪昆高速以及连接线建成通车。", {"沪昆高速"}, {"沪昆高速以及连接线"}),
    ("京港澳高速两条支线建成通车。", {"京港澳高速"}, {"京港澳高速两条支线"}),
    ("京港澳高速配套连接线建成通车。", {"京港澳高速"}, {"京港澳高速配套连接线"}),
    ("京港澳高速沿线联络线建成通车。", {"京港澳高速"}, {"京港澳高速沿线联络线"}),
    ("京港澳高速相关连接线建成通车。", {"京港澳高速"}, {"京港澳高速相关连接线"}),
    ("京九铁路各条支线改造完成。", {"京九铁路"}, {"京九铁路各条支线"}),
    # a place found there, or a word jieba does not know, is a site
    ("青银二广高速太原联络线建成通车。", {"青银二广高速太原联络线"}, {"青银二广高速"}),
    ("京港澳高速排湖支线建成通车。", {"京港澳高速排湖支线"}, {"京港澳高速"}),
])
def test_route_branches(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# A corridor built along a river or a heritage line, named by it, is works (廊道 a weak head: a corridor
# of a kind alone names none, and an economic corridor of a strategy is no works).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快乌江绿色生态廊道、城市污水管网等项目建设。", {"乌江绿色生态廊道"}, set()),
    ("新建25公里生态廊道,形成3公里滨水步道和亲水廊道。", set(), {"生态廊道", "25公里生态廊道", "亲水廊道"}),
    ("推进成渝发展主轴经济廊道建设。", set(), {"成渝发展主轴经济廊道"}),
])
def test_river_corridors(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# An extension line named by its direction (东延线, 南延线 …) or as the road's extension (延长线) is the
# whole line, 线 included (before: "红旗路南延" and "东南湖大路" were cut short); a numbered lines' range
# opens the name at its first number; an extension line with no name before it names no facility.
# Seen in the older pools (济乐高速南延线, 地铁2号线东延线, 东南湖大路延长线, 1~4号线延长线) and this session's
# tuned half (a city's 快线 and its 东延线); sentences written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("胜利路南延线建成通车。", {"胜利路南延线"}, {"胜利路南延"}),
    ("开工建设青松大道东延线和滨河路西延线。", {"青松大道东延线", "滨河路西延线"}, {"青松大道东延"}),
    ("力争地铁3号线北延线年底开通运营。", {"地铁3号线北延线"}, {"地铁3号线北延"}),
    ("加快建设长平高速南延线。", {"长平高速南延线"}, {"长平高速南延"}),
    ("园丰大道延长线建成通车。", {"园丰大道延长线"}, {"园丰大道"}),
    ("加快1~3号线延长线建设。", {"1~3号线延长线"}, {"3号线延长线"}),
    # a part of a route with no name before it: none (before: the bare part, read as a facility)
    ("启动延长线前期工作。", set(), {"延长线"}),
    ("启动东延线前期工作。", set(), {"东延线"}),
    ("启动延伸线前期工作。", set(), {"延伸线"}),
    # a direction alone, with no 线 after it, stays as before
    ("机场大道南延工程开工建设。", {"机场大道南延工程"}, set()),
])
def test_extension_lines(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# An extension line extends a road or a line (project_extended_route_heads.txt: …路, …大道, …街, …线, …高速,
# …铁路; or a route's code): after any other word it is a figure of speech of the genre ("延伸产业链延长线"), no
# works (before: "产业链延长线", "价值链东延线" were projects once 延长线 and 东延线 became heads). Sentences
# written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("着力打造产业链延长线,新签约项目32个。", set(), {"产业链延长线"}),
    ("推动乳业产业链延长线建设。", set(), {"乳业产业链延长线", "产业链延长线"}),
    ("加快建设产业链延长线项目。", set(), {"产业链延长线项目", "产业链延长线"}),
    ("做好价值链东延线建设,推动全产业链发展。", set(), {"价值链东延线"}),
    # a road, a line, an expressway or a railway before the extension, or the site it runs to after the route
    ("红星街延长线建成通车。", {"红星街延长线"}, set()),
    ("加快京九铁路北延线建设。", {"京九铁路北延线"}, set()),
    ("开工建设东湖高速至新城北延线。", {"东湖高速至新城北延线"}, set()),
    ("S36东延线开工建设。", {"S36东延线"}, set()),
])
def test_extension_lines_extend_a_route(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# An extension line of a road named by the genre's other road heads (project_extended_route_heads.txt):
# Tianjin's …道, a ring road (…二环, …中环), a viaduct (…高架), a tunnel or a bridge (before: none of these
# was a head, so "…道延长线", "东二环北延线", "中环高架南延线" were read as figures of speech, no works).
# Sentences written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快推进青松道延长线、西二环北延线、滨江高架南延线建设。",
     {"青松道延长线", "西二环北延线", "滨江高架南延线"}, set()),
    ("红旗河道延长线建成通车。", {"红旗河道延长线"}, set()),
    ("开工建设东山隧道东延线和滨河大桥西延线。", {"东山隧道东延线", "滨河大桥西延线"}, set()),
    ("外环南延线建成通车。", {"外环南延线"}, set()),
    # a figure of speech stays no works
    ("着力打造产业链延长线，推动价值链东延线建设。", set(), {"产业链延长线", "价值链东延线"}),
    ("推动环保产业链延长线建设。", set(), {"环保产业链延长线", "产业链延长线"}),
    ("推动数字赛道延长线建设，拓展销售渠道延长线。", set(), {"数字赛道延长线", "销售渠道延长线"}),
])
def test_extension_lines_of_other_road_heads(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
