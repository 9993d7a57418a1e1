"""A 工程 programme named by its field and its purpose (kg.extract.projects.purpose_programme_of_works,
project_purpose_programme_fields.tsv): the budget for the people split into "…惠民工程" by field. A
field of physical works (水利, 交通, 能源) makes a package of works (ANNOTATION rule 12: a project); the
other fields (社保, 健康, 科教, 安居, 助农, 文体) make programmes of transfers and services, no project,
and their field word is no organization. Sentences of the 广西 2026 report (tests/real) and of the
甘肃 2026 design report."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,found,not_found", [
    ("筹措17.53亿元实施水利惠民工程，支持水土保持项目，加强中小河流治理和河湖建设，保障农村饮水安全。",
     {"水利惠民工程"}, set()),
    ("筹措7.33亿元实施交通惠民工程，提升普通公路安全设施精细化水平。", {"交通惠民工程"}, set()),
    ("八是实施农村水利惠民工程，建设1000个农村“水盆子”项目，其中小型水库7座。", {"农村水利惠民工程"}, set()),
    ("筹措280.44亿元实施社保惠民工程，继续提高城乡居民基础养老金，加强低保对象救助。", set(), {"社保惠民工程"}),
    ("筹措133.25亿元实施科教惠民工程，筑基村小、赋能镇中、振兴县中，提升职业学校关键办学能力。", set(),
     {"科教惠民工程"}),
    ("筹措2.29亿元实施文体惠民工程，落实公共文化基础设施场所免费开放，加强全民健身设施、农家书屋建设。", set(),
     {"文体惠民工程"}),
    ("筹措8.26亿元实施安居惠民工程，帮助8万户以上群众实现安居梦。", set(), {"安居惠民工程"}),
])
def test_field_decides_whether_the_programme_is_works(tmp_path, sentence, found, not_found):
    projects, orgs, _ = review_graph(tmp_path, sentence, "广西壮族自治区政府工作报告")
    assert_found(projects, found, not_found)
    assert not orgs & {"社保", "科教", "文体"}


def test_the_name_alone_decides():
    from kg.resolve.not_works import names_no_works
    assert names_no_works("水利惠民工程") is None
    assert names_no_works("健康惠民工程") == "programme"
    assert names_no_works("某某河治理工程") is None
