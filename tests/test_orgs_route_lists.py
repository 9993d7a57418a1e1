"""No company for a line in a list of routes (session 57, pi), read in the design texts ha (河南省 2026) and
jl (吉林省 2026): "加快推进平漯周、焦济洛平、郑州南站等高铁项目" and "启动长四辽通、敦牡和四梅集扩能等铁路项目"
name railways by the short forms of the cities they join; companies_listed_as_works read 平漯周, 焦济洛平 and
长四辽通 as companies' bare names. org_not_company_lists.txt holds the route kinds now (铁路, 高铁, 公路…): a
list closed by one names lines, not companies. The lines stay works."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("sentence, head, lines", [
    ("加快推进平漯周、焦济洛平、郑州南站等高铁项目,开工建设南信合高铁、京港高铁阜阳至黄冈段,建成雄商高铁河南段。",
     "2026年河南省政府工作报告", {"平漯周", "焦济洛平"}),
    ("启动长四辽通、敦牡和四梅集扩能等铁路项目,建好长春都市圈西环、白山至临江、松江河至长白等高速公路续建项目。",
     "2026年吉林省政府工作报告", {"长四辽通"}),
], ids=["high_speed_lines", "railway_lines"])
def test_lines_in_a_route_list_are_no_companies(tmp_path, sentence, head, lines):
    projects, orgs, _ = review_graph(tmp_path, sentence, head)
    assert lines <= projects
    assert not orgs & lines
