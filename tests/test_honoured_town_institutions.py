"""A town's institution (社区卫生服务中心, one for each sub-district, place_town_institution_heads.txt) named by
the town's short form, right before an honour conferred on it, is an organization: a title goes to a body
that runs (ANNOTATION rule 2). After a list of towns before the shared head, the last town's institution
is the one written whole. kg/extract/organizations.py `extract_honoured_town_institutions`. Sentences of
the Hailar reports (hailar-2014, hailar-2016-review, hailar-2012), whose gold has these bodies."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2014年海拉尔区人民政府工作报告"


@pytest.mark.parametrize("sentence, body", [
    ("哈克卫生院综合门诊部、健康社区卫生服务中心投入使用，胜利社区卫生服务中心被授予国家级示范中心称号。", "胜利社区卫生服务中心"),
    ("靠山、胜利社区卫生服务中心获得国家级“示范社区卫生服务中心”称号。", "胜利社区卫生服务中心"),
])
def test_an_honoured_town_institution_is_a_body(tmp_path, sentence, body):
    projects, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert body in orgs
    assert body not in projects


def test_a_town_institution_being_built_is_no_body_here(tmp_path):
    # hailar-2012: works on the centre, a project (gold: Project, alt Organization)
    projects, orgs, _ = review_graph(tmp_path, "加快卫生急救中心、哈克卫生院扩建、健康和正阳社区卫生服务中心等项目建设。", HEAD)
    assert "正阳社区卫生服务中心" in projects
    assert "正阳社区卫生服务中心" not in orgs
