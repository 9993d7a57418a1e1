"""National bases and pilot platforms (国家 + field + 基地/中试基地/中试平台) a report says were completed, landed or
approved are one undertaking named with 国家 (kg.extract.built_zones.extract_national_bases_done,
genre_national_bases_done.txt; ANNOTATION rules 3 and 11); a rank, batch or role (国家级, 首批, 国家重要…), a
count, or one a plan only means to build names a kind. Sentences of the 2026 reports of 江苏, 浙江, 新疆, 山东 and
宁夏 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("举办首届人工智能OPC大会，国家人工智能应用中试基地落地苏州。", "江苏省政府工作报告", {"国家人工智能应用中试基地"}),
    ("杭州“六小龙”等新锐科创企业火爆“出圈”，国家人工智能医疗中试基地成功落地。", "浙江省政府工作报告",
     {"国家人工智能医疗中试基地"}),
    ("巩固棉花优势地位，建成国家优质棉花棉纱基地，纺织服装全产业链带动就业超百万人。", "新疆维吾尔自治区政府工作报告",
     {"国家优质棉花棉纱基地"}),
    ("国家绿色化工和新材料制造业中试平台获批。", "山东省政府工作报告", {"国家绿色化工和新材料制造业中试平台"}),
    ("提高传染病和突发公共卫生事件预警监测和高效处置能力，建成国家重大传染病、国家中医疫病防治基地。", "宁夏回族自治区政府工作报告",
     {"国家中医疫病防治基地"}),
])
def test_a_national_base_done_is_a_project_named_with_its_state(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, {"新材料制造业中试平台"})


@pytest.mark.parametrize("sentence,not_found", [
    ("成功创建国家级制造业中试平台3家。", {"国家级制造业中试平台"}),
    ("加快洛阳等10个国家物流枢纽、商丘等5个国家骨干冷链物流基地建设。", {"国家骨干冷链物流基地"}),
    ("建设国家重要能源和战略资源基地。", {"国家重要能源和战略资源基地"}),
])
def test_ranks_counts_and_roles_are_no_bases(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "湖北省政府工作报告")
    assert_found(projects, set(), not_found)
