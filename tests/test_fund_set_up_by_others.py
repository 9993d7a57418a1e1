"""A fund is a project only where the report sets it up itself ("设立服务贸易创新发展引导基金",
national-2017): one it urges or backs others to set up (project_fund_urging_verbs.txt before the set-up
verb in its clause: "推动设立…基金", "鼓励社会资本发起设立…基金"), a kind after "设立的", and the phase of a
fund's name ("…二期基金") are no undertaking (kg/extract/projects.py, _fund_set_up). Sentences from the
design texts (shanghai-2026-review, national-2015, national-2016) and the sample national-2017."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "国务院政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("提高金融服务质效，推动设立国家人工智能产业投资基金、上海产业转型升级二期基金。", set(),
     {"国家人工智能产业投资基金", "上海产业转型升级二期基金", "上海产业转型升级二期"}),
    ("成立大宗商品、检验检测等市级经营主体，推动设立国资并购基金矩阵、基石投资基金。", set(), {"国资并购基金"}),
    ("大幅放宽民间投资市场准入，鼓励社会资本发起设立股权投资基金。", set(), {"股权投资基金"}),
    ("二是取消违规设立的政府性基金，停征和归并一批政府性基金。", set(), {"的政府性基金", "政府性基金"}),
    # the report's own fund, set up by it, stays a project
    ("推进服务贸易创新发展试点，设立服务贸易创新发展引导基金。", {"服务贸易创新发展引导基金"}, set()),
    ("落实和完善财税金融支持政策，设立人民币海外合作基金。", {"人民币海外合作基金"}, set()),
])
def test_fund_set_up_by_others_is_no_project(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
