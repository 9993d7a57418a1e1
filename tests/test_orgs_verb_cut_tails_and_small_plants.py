"""Companies whose name the walk from the head cut at a rare word jieba tags a verb or an interjection
(session 48, pa48): a division's name or a group's short name right before that word opens the
registered name ("某地|铸造/v|机械集团", "某石油|某某/o|油田公司"), so the trade and head left after it
are no name of their own; a common verb before the size of the plants it acts on ("关停|小|钢铁",
the genre's lists of small plants to close) is no trade name cut apart; several of the country's parts
named at once ("东西部科技合作") are no brand before a trade. Sentences written in the
genre's phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("邯郸铸造机械集团数控折弯机技改项目竣工投产。", "邯郸铸造机械集团", "邯郸铸造机械集团数控折弯机技改项目"),
    ("加快中石化哼哈油田公司产能建设项目建设。", "中石化哼哈油田公司", "中石化哼哈油田公司产能建设项目"),
])
def test_a_registered_name_runs_on_past_a_word_guessed_a_verb(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert works in projects, projects
    assert (company, works) in links, links
    assert not any(o.endswith(("机械集团", "油田公司")) and len(o) <= 4 for o in orgs), orgs


@pytest.mark.parametrize("sentence", [
    "关停小钢铁、小水泥企业12家。", "淘汰小造纸、小化工企业。",  # the size of the plants closed, no trade name
    # a trade jieba tags a verb (铸造) after the clause's verb: no seat, no name of its own after it ("推动机械集团
    # 改制", a group named by its sector alone after the clause's verb, is a body: test_sector_groups, session 72)
    "支持铸造机械集团发展。",
    "推进东西部科技合作项目建设。",  # the regions a cooperation joins, no brand
])
def test_no_company_where_no_seat_or_group_opens_the_name(tmp_path, sentence):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert not orgs, orgs
