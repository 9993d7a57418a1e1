"""Designations named by a national slogan alone (project_slogan_designations.txt; ANNOTATION rule 11: a zone
is an entity only where a place or a proper name says which) are no projects, around words of scope or rank
(省域, 首批, 全国首个) and with 美丽 before the province ("美丽甘肃示范区"); a place before the slogan makes one
zone ("长三角美丽中国先行区", "攀枝花共同富裕试验区"). A rank before a works' name (project_openers.txt: 全球最大,
世界最长) is no part of it. Sentences of the 2026 reports of 重庆, 甘肃, 山东, 福建, 浙江, 上海, 四川 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,not_found", [
    ("加快建设省域美丽中国先行区，筑牢长江上游重要生态屏障。", "重庆市政府工作报告", {"省域美丽中国先行区"}),
    ("加快美丽甘肃示范区建设。", "甘肃省政府工作报告", {"美丽甘肃示范区"}),
    ("建设全国首个交通强国省域示范区，港口货物吞吐量突破22亿吨。", "山东省政府工作报告", {"交通强国省域示范区"}),
    ("被明确为美丽中国省域先行区。", "山东省政府工作报告", {"美丽中国省域先行区"}),
    ("入选首批美丽中国省域先行区。", "福建省政府工作报告", {"首批美丽中国省域先行区", "美丽中国省域先行区"}),
    ("推动高质量发展建设共同富裕示范区取得决定性进展。", "浙江省政府工作报告", {"共同富裕示范区"}),
])
def test_designations_of_a_slogan_alone_are_no_projects(tmp_path, sentence, head, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, set(), not_found)


@pytest.mark.parametrize("sentence,head,found", [
    ("打造长三角美丽中国先行区。", "上海市政府工作报告", {"长三角美丽中国先行区"}),
    ("攀枝花共同富裕试验区建设取得积极成果。", "四川省政府工作报告", {"攀枝花共同富裕试验区"}),
])
def test_a_place_before_the_slogan_names_one_zone(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())


def test_a_rank_before_the_works_is_no_part_of_its_name(tmp_path):
    projects, _, _ = review_graph(tmp_path, "先进材料补链成群，建成全球最大己二酸生产基地，镁及铝合金达到国际先进水平。",
                                  "重庆市政府工作报告")
    assert_found(projects, {"己二酸生产基地"}, {"全球最大己二酸生产基地"})


def test_a_first_batch_entered_is_no_project(tmp_path):
    """首批 (project_not_project_words.txt): the first batch of a designation a body enters, no one undertaking
    (湖北 2026 review part)."""
    projects, _, _ = review_graph(tmp_path, "国家工业母机创新研究中心、鸿蒙生态创新中心等一批重大科创平台建成运行，"
                                  "2家中试平台跻身首批国家级制造业中试平台。", "湖北省政府工作报告")
    assert_found(projects, set(), {"首批国家级制造业中试平台", "国家级制造业中试平台"})
