"""A project's name never ends in its grade (project_class_grades.txt: 重大, 重点): "…重点项目" and
"…重大工程" label a class of projects, and where extraction cut the label's 项目 off ("某高新区全力服务重大|项目建设")
what is left names no works either (kg.resolve.not_works._labels_a_kind_or_class). Sentences written in the
genre's phrasing."""
from __future__ import annotations

from kg.pipeline import build
from tests.conftest import entity_names

REPORT = "某市2024年政府工作报告\n一、2023年工作回顾\n{}\n"


def _projects(tmp_path, *lines: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format("\n".join(lines)), encoding="utf-8")
    return entity_names(build(path).report, "Project")


def test_a_label_cut_before_its_head_is_no_project(tmp_path):
    projects = _projects(tmp_path, "云阳高新区全力服务重大项目建设，助力园区企业投产达效。")
    assert not {p for p in projects if p.endswith(("重大", "重点"))}, projects


def test_a_works_with_its_grade_before_what_is_built_stays(tmp_path):
    # guard: the grade of a works' own name comes before what is built
    projects = _projects(tmp_path, "建成云阳县城东污水处理厂和云阳县重点中学迁建工程。")
    assert {"云阳县城东污水处理厂", "云阳县重点中学迁建工程"} <= projects, projects
