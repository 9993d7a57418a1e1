"""Cooperation centres and platforms of China and a partner ("中国—东盟医疗保健合作中心") that the clause builds, or
says were approved for building, landed or put to use, are projects (kg.extract.built_zones.extract_joint_centres_built,
genre_joint_centres.txt; ANNOTATION rule 2), not located in the partner (kg.resolve.relations._partner_of_china);
the partners' forums and summits are none. Sentences of the 2026 reports of 广西 and 江苏 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_located


@pytest.mark.parametrize("sentence,head,found", [
    ("中国—东盟国家人工智能应用合作中心、中国—东盟人工智能创新合作中心获国家发展改革委、科技部等部委批准建设。",
     "广西壮族自治区政府工作报告", {"中国—东盟国家人工智能应用合作中心", "中国—东盟人工智能创新合作中心"}),
    ("实施医疗卫生强基、扩容、下沉项目785个，中国—东盟医疗保健合作中心等3个重大项目投入使用。", "广西壮族自治区政府工作报告",
     {"中国—东盟医疗保健合作中心"}),
    ("高水平打造中国—中亚贸易畅通合作平台、境外合作园区等各类载体。", "江苏省政府工作报告", {"中国—中亚贸易畅通合作平台"}),
])
def test_a_joint_centre_built_is_a_project(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())


def test_the_partner_is_no_location_and_a_forum_no_project(tmp_path):
    sentence = "实施医疗卫生强基项目785个，中国—东盟医疗保健合作中心等3个重大项目投入使用，成功举办第十二届中国—中亚合作论坛。"
    projects, _, _ = review_graph(tmp_path, sentence, "广西壮族自治区政府工作报告")
    assert_found(projects, {"中国—东盟医疗保健合作中心"}, {"中国—中亚合作论坛", "第十二届中国—中亚合作论坛"})
    located = review_located(tmp_path, sentence, "广西壮族自治区政府工作报告")
    assert ("中国—东盟医疗保健合作中心", "东盟") not in located
