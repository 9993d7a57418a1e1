"""再 (again) before the verb of a works' name is a word of the name: the walk left from the head goes on
over it ("加快污水处理厂提标改造和中水再利用项目建设", hailar-2018; "功能性的资源回收再利用平台",
tianjin-2026) instead of stopping at jieba's adverb and leaving "利用项目". A 再 that opens the clause
("再建设一批污水处理项目") has no name before it, and 再造 read as one word ("实施产业基础再造工程") is
no adverb: neither walk changes."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

DISTRICT = "呼伦贝尔市海拉尔区政府工作报告"


def projects(tmp_path, sentence, head=DISTRICT):
    return review_graph(tmp_path, sentence, head)[0]


def test_again_before_the_verb_of_a_name(tmp_path):
    got = projects(tmp_path, "严格监管采砂行为，提高污染排放标准，加快污水处理厂提标改造和中水再利用项目建设，提高中水综合利用水平。")
    assert_found(got, {"中水再利用项目", "污水处理厂提标改造"}, {"利用项目", "再利用项目"})


def test_again_opening_the_clause_adds_no_name(tmp_path):
    got = projects(tmp_path, "再建设一批污水处理项目。")
    assert not any(name.startswith("再") for name in got), got


def test_a_platform_named_with_again(tmp_path):
    got = projects(tmp_path, "循环经济产业推动再生资源回收利用、设备维修再制造等集聚发展，支持中资环在津打造全国性、"
                             "功能性的资源回收再利用平台。", "天津市政府工作报告")
    assert_found(got, {"资源回收再利用平台"}, {"利用平台", "再利用平台"})


def test_a_programme_with_one_word_rebuild_is_unchanged(tmp_path):
    got = projects(tmp_path, "开展新一轮制造业重点产业链高质量发展行动，实施产业基础再造工程和重大技术装备攻关工程。", "辽宁省政府工作报告")
    assert_found(got, set(), {"再造工程", "造工程", "产业基础再造工程"})  # a programme (ANNOTATION rule 12)
