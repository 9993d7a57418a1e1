"""A city's, county's or district's report that runs one of its own works named as a 项目 right after a
verb of project_local_run_verbs.txt (实施, 实施好, 推进) names one undertaking, though the 项目's words
are common ones (ANNOTATION rule 7; kg/extract/projects.py, `_local_item_run`): "实施好智慧湿地项目"
(hailar-2019), "实施垃圾焚烧发电项目", "实施城市交通及标识系统综合治理项目" (海拉尔区 2017). Not a count
of a kind after it ("实施扶贫项目435个"), not a category ("实施重点工业项目"), and not in a province's
report, where such a 项目 is a kind run across its cities."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

DISTRICT = "海拉尔区2019年政府工作报告"
PROVINCE = "青禾省政府工作报告"


def projects(tmp_path, sentence, head=DISTRICT):
    return review_graph(tmp_path, sentence, head)[0]


@pytest.mark.parametrize("sentence,found", [
    ("加强生态保护修复，实施好智慧湿地项目及三北防护林等生态工程，筑牢生态安全屏障。", "智慧湿地项目"),
    ("实施垃圾焚烧发电项目，彻底解决生活垃圾处理问题。", "垃圾焚烧发电项目"),
    ("启动城市管理系统工程，实施城市交通及标识系统综合治理项目，完成城区停车、道路等城市交通规划设计。",
     "城市交通及标识系统综合治理项目"),
])
def test_a_local_report_runs_its_own_works_item(tmp_path, sentence, found):
    assert found in projects(tmp_path, sentence)


@pytest.mark.parametrize("sentence,not_found", [
    ("全年扶贫总投入3.44亿元，实施扶贫项目435个。", "扶贫项目"),
    ("全年实施重点工业项目34个，完成投资33亿元。", "重点工业项目"),
])
def test_counts_and_categories_stay_out(tmp_path, sentence, not_found):
    assert not_found not in projects(tmp_path, sentence)


def test_a_province_runs_a_kind(tmp_path):
    assert "垃圾焚烧发电项目" not in projects(tmp_path, "实施垃圾焚烧发电项目，彻底解决生活垃圾处理问题。", PROVINCE)


# A list labelled 等项目 right after such a verb names the report's works though none of its items has a
# name or a head (`_local_list_run`): "推进团结村肉牛养殖等项目建设" (hailar-2019), "加快幸福家园、金水岸等项目的
# 开发建设" (海拉尔区 2014). Not a list with a kind between 等 and 项目 ("等新业态项目"), not in a province.
@pytest.mark.parametrize("sentence,found", [
    ("加快奋斗镇田园综合体建设，推进团结村肉牛养殖等项目建设，发展壮大农村集体经济。", "团结村肉牛养殖"),
    ("按照政府主导、市场开发的原则推进棚户区改造，加快幸福家园、金水岸等项目的开发建设。", "幸福家园"),
])
def test_a_local_list_of_works_run(tmp_path, sentence, found):
    assert found in projects(tmp_path, sentence)


def test_a_list_of_a_kind_or_in_a_province_stays_out(tmp_path):
    assert "精品民宿" not in projects(tmp_path, "加快乡淘院子、精品民宿等新业态项目建设，推进与周边乡村融合发展。")
    assert "幸福家园" not in projects(tmp_path, "加快幸福家园、金水岸等项目的开发建设。", PROVINCE)


# A 项目 whose name ends in a phase, that its clause starts or builds, is one stage of the local report's own
# works though its other words are common (`_local_phase_built`): "下大力气启动智慧城市一期项目" (hailar-2018).
def test_a_local_phase_started(tmp_path):
    assert "智慧城市一期项目" in projects(tmp_path, "下大力气启动智慧城市一期项目，综合指挥大厅、数据机房等硬件设施建设基本完成。")
    assert "智慧城市一期项目" not in projects(tmp_path, "下大力气启动智慧城市一期项目，综合指挥大厅建设基本完成。", PROVINCE)
