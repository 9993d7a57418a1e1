"""Project precision (issue 9, session 24): a works named only by kind words — an energy kind, a grid
or river works, a works action, after at most a voltage — is a kind of works, not one undertaking; a
capacity, a place or a company before the same words still names one. Sentences written in the
genre's phrasing (names, places and figures invented) and from the samples under ../shared."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(review_names(tmp_path, "Project", sentence), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # kinds: an energy kind, a grid works after a voltage, a works action on a category word
    ("用好分布式光伏项目等支持措施,争取更多新能源规模。", set(), {"分布式光伏项目"}),
    ("今年在水利设施、市政基础设施、生态修复工程等方面计划投资60亿元。", set(), {"生态修复工程"}),
    ("河道清淤及护岸工程已基本完工,景观工程有序推进。", set(), {"护岸工程"}),
    ("加快220千伏主网工程建设,提升供电能力。", set(), {"220千伏主网工程"}),
    # the same words named by a capacity, a place or a company: one works each
    ("青石10万千瓦风电项目建成并网,新城110千伏输变电工程开工建设。",
     {"青石10万千瓦风电项目", "新城110千伏输变电工程"}, set()),
    ("白沙河生态治理工程完工,绿源能源20兆瓦光伏发电项目开工。",
     {"白沙河生态治理工程"}, set()),
    # a kind of works a county and a company sign for is the one works signed
    ("昨日,青石县与华源新能源有限公司举行光伏发电项目签约仪式。", {"光伏发电项目"}, set()),
])
def test_kind_words_name_no_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_sample_works_named_by_place_and_voltage_kept(tmp_path):
    """qianjiang-2019: the grid works of the sample, a place or two places and a voltage before their
    kind words, are still found."""
    sentence = "建成濯水和新城110千伏输变电工程,开工建设秀山至黔江220千伏输变电复线工程。"
    got = review_names(tmp_path, "Project", sentence)
    assert any("110千伏输变电工程" in t for t in got) and any("220千伏输变电复线工程" in t for t in got)


def test_blazing_a_new_path_is_no_road(tmp_path):
    """"走新路", "闯新路": the set phrase of blazing a new path ends in 路, no road (project_not_road_names.txt)."""
    got = projects(tmp_path, "我们敢于探新路、走新路，在转型发展上闯新路，建成民新路。")
    assert not any(name.endswith("新路") and name != "民新路" for name in got), got
