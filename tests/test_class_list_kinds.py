"""A list of four or more items under a label of a class of projects ("…等重大项目", "…等重点项目":
project_class_list_labels.txt) whose items name no place or organization found, hold no figure nor works
found by their heads and are mostly common words is a list of fields or kinds of works, not of works
(ANNOTATION "Project": "重大项目" is a category; kg/extract/projects.py, _kinds_under_class_label).
Sentences of national-2014, national-2015 and national-2016; a short list of names under the same label
stays works (beijing-2026, shandong-2026-review)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "国务院政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("要实施高端装备、信息网络、集成电路、新能源、新材料、生物医药、航空发动机、燃气轮机等重大项目，把一批新兴产业培育成主导产业。",
     set(), {"信息网络", "生物医药", "航空发动机", "燃气轮机"}),
    ("今年拟安排中央预算内水利投资700多亿元，支持引水调水、骨干水源、江河湖泊治理、高效节水灌溉等重点项目。",
     set(), {"骨干水源", "江河湖泊治理", "高效节水灌溉"}),
    ("再开工20项重大水利工程，建设水电核电、特高压输电、智能电网、油气管网、城市轨道交通等重大项目。",
     set(), {"水电核电", "特高压输电", "智能电网", "油气管网"}),
    # two names under the label are works
    ("加快第四使馆区、雁栖湖国际会都等重点项目建设。", {"第四使馆区", "雁栖湖国际会都"}, set()),
    ("齐鲁石化鲁油鲁炼、玖德化学新材料等重大项目加快建设。", {"齐鲁石化鲁油鲁炼", "玖德化学新材料"}, set()),
])
def test_kinds_under_a_class_label_are_no_works(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
