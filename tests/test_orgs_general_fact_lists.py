"""Organizations from lists of general facts (each file states its source): the universities of the
second 双一流 round and the national academies (org_universities.txt), whose region or direction word
opening the name the suffix rule takes for no name's start; securities firms
(companies.txt); a known group's full name before its subsidiary's short name (no joint
venture); a new-energy vehicle sector after a company's short name (the works' product, no business of
its own: org_trade_sectors.txt). General grammar examples, made up."""
from __future__ import annotations

import pytest

from tests.conftest import report_names

HEAD = "2020年某某市人民政府工作报告"


def _orgs(tmp_path, sentence):
    return report_names(tmp_path, "Organization", HEAD, "一、工作回顾", sentence)


@pytest.mark.parametrize("sentence, found, not_found", [
    ("与东北大学、西南交通大学合作共建技术转移中心。", {"东北大学", "西南交通大学"}, set()),
    ("东南大学某某研究院建成启用。", {"东南大学"}, set()),
    ("山东大学生返乡创业人数增加。", set(), {"山东大学"}),
    ("华泰证券区域总部落户我市。", {"华泰证券"}, set()),
    ("比亚迪新能源汽车项目建成投产。", {"比亚迪"}, {"比亚迪新能源"}),
    ("中国东方电气集团东方电气风电产业园开工建设。", {"中国东方电气集团"}, {"中国东方电气集团东方电气"}),
])
def test_organizations_of_general_fact_lists(tmp_path, sentence, found, not_found):
    orgs = _orgs(tmp_path, sentence)
    assert found <= orgs and not (not_found & orgs), orgs
