"""Project boundaries of works shared by names listed before them (session 52, pj56): sites of one kind
listed bare before a works ("甲港、乙港水质综合治理工程", "甲水某段、乙水某段防洪治理工程") name one works,
even where the walk for works read the first site as a works of its own (kg.extract.project_lists
_opening_site_end); a voltage opening a works shared by listed places ("220千伏甲村、乙村输变电工程") is
part of its name, as a grid works alone is named ("220千伏甲村变电站"; kg.extract.projects
_over_cut_capacity); a county written in full before a works opened by a place found there (a town of the
county's) is where the works is, no part of its name (`_opens_with_proper_name`). Sentences written in the
genre's phrasing, with invented places (the last test: a real county and two of its towns from the town
table, which the rule needs, named in no sample or pool report)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects

TITLE = "2023年某市人民政府工作报告"


@pytest.mark.parametrize("sentence,found,not_found", [
    # ports listed before the works they share: the first read alone by its head 港
    ("青禾港、白鹭港水质综合治理工程完工,城区黑臭水体基本消除。",
     {"青禾港、白鹭港水质综合治理工程"}, set()),
    # stretches of waters (…段) listed before the works they share
    ("云水青禾段、澄水柳溪段防洪治理工程全面完成。",
     {"云水青禾段、澄水柳溪段防洪治理工程"}, set()),
    # sites of different kinds share nothing by this rule: each item keeps its own name
    ("青禾港、白鹭湾大桥建成通车。", set(), {"青禾港、白鹭湾大桥"}),
])
def test_sites_of_one_kind_listed_before_shared_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    ("建成500千伏青禾变电站和220千伏澄江、柳溪输变电工程。",
     {"500千伏青禾变电站", "220千伏澄江、柳溪输变电工程"}, {"千伏澄江、柳溪输变电工程"}),
    ("投运220千伏石岭变电站和110千伏青禾、云溪输变电工程。",
     {"110千伏青禾、云溪输变电工程"}, {"千伏青禾、云溪输变电工程"}),
])
def test_voltage_opening_works_shared_by_listed_places(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_roads_listed_before_a_road_works_stay_their_own(tmp_path):
    # a road is a works of its own: no shared works of a list of sites
    got = review_projects(tmp_path, "青禾快速路、澄江路改扩建工程建成通车。", TITLE)
    assert "青禾快速路、澄江路改扩建工程" not in got, got


def test_a_county_before_a_works_opened_by_a_town_found_says_where_it_is(tmp_path):
    # a county written in full before a grid works named after one of its towns (the town table's
    # short form, found as a place before the works): the works' name opens at the town (ANNOTATION:
    # shortest span naming it completely), even where jieba reads the town's name as no proper word
    sentence = "建成隆回县滩头110千伏变电站和隆回县岩口110千伏输变电工程。"
    assert_found(review_projects(tmp_path, sentence, TITLE),
                 {"滩头110千伏变电站", "岩口110千伏输变电工程"},
                 {"隆回县滩头110千伏变电站", "隆回县岩口110千伏输变电工程"})
