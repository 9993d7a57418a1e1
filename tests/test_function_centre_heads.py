"""Centres built for one function (project_heads.txt: 健身中心, 训练中心, 供应中心, 计量中心, 测试中心) are
works by their own head, no proper name needed, where the clause builds them ("建设绿色燃料供应中心",
"筹建国家磁悬浮计量测试中心"); a kind counted or qualified by a level only ("新建一批乡镇全民健身中心",
"完善县级训练中心等体育设施") is none. Sentences of the 2026 reports of 海南, 黑龙江, 山东, 宁夏 (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_function_centres_built_are_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推动电力源网荷储一体化建设，建设绿色燃料供应中心。", "海南省政府工作报告")
    assert_found(projects, {"绿色燃料供应中心"}, set())
    projects, _, _ = review_graph(tmp_path, "高质量建设亚洲冬季运动高水平训练中心，更好释放后亚冬效应。", "黑龙江省政府工作报告")
    assert_found(projects, {"亚洲冬季运动高水平训练中心"}, set())
    projects, _, _ = review_graph(tmp_path, "推动重点产业专利池规范化运行。筹建国家磁悬浮计量测试中心。", "山东省政府工作报告")
    assert_found(projects, {"国家磁悬浮计量测试中心"}, set())
    projects, _, _ = review_graph(tmp_path, "实施全场景体育健身供给计划，建成贺兰山全民（冰雪）健身中心等运动场所。", "宁夏回族自治区政府工作报告")
    assert_found(projects, {"贺兰山全民(冰雪)健身中心"}, set())


def test_centres_of_a_kind_are_no_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "新建一批乡镇全民健身中心，完善县级训练中心等体育设施。", "某省政府工作报告")
    assert_found(projects, set(), {"乡镇全民健身中心", "全民健身中心", "县级训练中心", "训练中心"})
