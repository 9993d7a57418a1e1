"""Projects never found for want of a head (issue h52, pj57): parks named by their purpose
(示范园, 合作园, 生态园, 创业园), greenways, walks and landscape belts, berths, a station's building,
a plant's generating unit, a production line and a power line — each a specific works where a
place, a company or a number names it and the sentence builds it (ANNOTATION rules 3, 7, 11) —
and scenic or tourist areas the sentence raises a grade or renovates as a whole (rule 3: built →
Project). Invented names in sentences of the genre."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # parks named by a place, or by the two areas that build them together
    ("青禾县现代农业示范园建成。", {"青禾县现代农业示范园"}, set()),
    ("推进青禾—澄江产业合作园建设。", {"青禾—澄江产业合作园"}, set()),
    ("澄江湖生态园、青禾大学生创业园建成开放。", {"澄江湖生态园", "青禾大学生创业园"}, set()),
    # a kind of park with no name stays no works (the head is weak)
    ("加快发展现代农业示范园。", set(), {"现代农业示范园"}),
    # greenways, walks and landscape belts along a named lake, river or mountain
    ("建设西岭湖绿道和澄溪山森林步道。", {"西岭湖绿道", "澄溪山森林步道"}, set()),
    ("推进青禾湖环湖景观带和丁香公园提质改造。", {"青禾湖环湖景观带"}, set()),
    # a kind of greenway among kinds of tourist facilities is no works
    ("加快智慧景区、旅游厕所、风景绿道等服务设施建设。", set(), {"风景绿道"}),
    # berths of a named port area, a station's building, a plant's unit
    ("建成青禾港区通用泊位和石门港区5号泊位。", {"青禾港区通用泊位", "石门港区5号泊位"}, set()),
    ("青禾北站站房主体完工。", {"青禾北站站房"}, set()),
    ("澄江核电2号机组完成冷试。", {"澄江核电2号机组"}, set()),
    # the first or counted units of a station or plant are a milestone of the station, which stays the works
    ("青禾抽水蓄能电站首台机组并网发电。", {"青禾抽水蓄能电站"}, {"青禾抽水蓄能电站首台机组", "首台机组"}),
    ("澄江电厂2台百万千瓦机组建成。", {"澄江电厂"}, {"澄江电厂2台百万千瓦机组"}),
    ("澄江集团投资建设的年产8万吨多晶硅项目首条生产线投产。", {"年产8万吨多晶硅项目"},
     {"年产8万吨多晶硅项目首条生产线"}),
    # a station's building is named by the station, not by the railway before it, which stays a works
    ("建成青禾高铁澄溪东站站房。", {"澄溪东站站房", "青禾高铁"}, {"青禾高铁澄溪东站站房"}),
    # a power line between two named ends; lines counted in kilometres are no one works
    ("建成青禾至澄江500千伏输电线路。", {"青禾至澄江500千伏输电线路"}, set()),
    ("新建输电线路120公里。", set(), {"输电线路"}),
    # a company's production line put into production; lines counted are no one works
    ("澄江集团新一代电力机车生产线投产。", {"澄江集团新一代电力机车生产线"}, set()),
    ("新增生产线3条。", set(), {"生产线"}),
    # a line the clause shuts down is closed, not built
    ("按照国家产业政策，关停澄江公司3.5万吨造纸生产线，城市管理水平不断提高。", set(),
     {"澄江公司3.5万吨造纸生产线", "3.5万吨造纸生产线"}),
    ("相继关停青禾水泥有限公司日产500吨熟料生产线、澄江纸业等企业。", set(),
     {"青禾水泥有限公司日产500吨熟料生产线", "日产500吨熟料生产线"}),
])
def test_works_by_new_heads(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


# the division written in full before the area's own name only says where it is; a zone that is a
# quarter of a town keeps the town ("青禾镇滨河新区")
@pytest.mark.parametrize("sentence,found,not_found", [
    ("青禾山景区、澄溪镇青岩寨景区完成提升改造。", {"青禾山景区", "青岩寨景区"}, {"澄溪镇青岩寨景区"}),
    ("澄江草原景区提档升级。", {"澄江草原景区"}, set()),
    ("青禾湖文化旅游区完成修缮改造。", {"青禾湖文化旅游区"}, set()),
    ("继续实施青禾镇滨河新区建设。", {"青禾镇滨河新区"}, {"滨河新区"}),
])
def test_scenic_areas_renovated_as_a_whole(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_bilateral_park_before_its_site_names_no_company(tmp_path):
    """"中芬|如皋|生态园": China's and Finland's one-character forms before the park's site are the two
    countries' cooperation park (org_bilateral_partner_initials.txt), no company's works at that site."""
    from tests.conftest import review_names
    sentence = "中新（澄江）产业园、中芬如皋生态园建设加快，中塞（青禾）物流合作基地集装箱吞吐量增长26%。"
    title = "江苏省政府工作报告"  # a province's report: its counties' names are known places
    assert "中芬如皋生态园" in review_projects(tmp_path, sentence, title)
    assert "中芬" not in review_names(tmp_path, "Organization", sentence, title)

