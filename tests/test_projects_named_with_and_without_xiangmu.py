"""A works' name with and without its trailing 项目 (ANNOTATION rule 10: 项目 is optional) names one works:
in one report a short form abbreviates the name read without 项目 ("热电厂铁路专用线" is
"海拉尔热电厂铁路专用线项目", hailar-2013), so the short form's mention shares the works' links; across
reports the works' IRI is made of the name without 项目, so a merged graph holds one node for
"保税仓库项目" (hailar-2014) and "保税仓库" (hailar-2015). Another phase ("二期项目") stays another works."""
from __future__ import annotations

from kg.pipeline import build

HEAD = "海拉尔区政府工作报告\n各位代表：\n"


def _report(tmp_path, name: str, *lines: str):
    path = tmp_path / f"{name}.txt"
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return build(path).report


def _projects(report) -> dict[str, object]:
    return {k: e for k, e in report.entities.items() if e.type == "Project"}


def test_a_short_form_abbreviates_the_works_read_without_xiangmu(tmp_path):
    # hailar-2013, two sentences of the report
    g = _report(tmp_path, "r", "海拉尔热电厂铁路专用线项目进展顺利。",
                "热电厂铁路专用线、麦福劳二期扩建、赤阳春建材生产线等项目正式投入使用。")
    works = [e for e in _projects(g).values() if "热电厂铁路专用线" in e.name]
    assert len(works) == 1
    assert works[0].name == "海拉尔热电厂铁路专用线项目" and "热电厂铁路专用线" in works[0].aliases
    name = {k: e.name for k, e in g.entities.items()}
    linked = {(r.kind, name[r.subject], name[r.object]) for r in g.relations}
    assert ("locatedIn", "海拉尔热电厂铁路专用线项目", "海拉尔区") in linked


def test_one_works_across_reports_with_and_without_xiangmu(tmp_path):
    # hailar-2014 and hailar-2015
    a = _report(tmp_path, "a", "启动园区铁路专用线，谋划好空港物流、保税仓库项目。")
    b = _report(tmp_path, "b", "加快推进中俄蒙文化创意产业园建设，确保保税仓库、旅游集散中心投入使用。")
    key_a = next(k for k, e in _projects(a).items() if e.name == "保税仓库项目")
    key_b = next(k for k, e in _projects(b).items() if e.name == "保税仓库")
    assert key_a == key_b


def test_another_phase_with_xiangmu_stays_another_works(tmp_path):
    # made up in the genre: the plant and its second phase are two works
    g = _report(tmp_path, "r", "污水处理厂建成投入运行。", "启动污水处理厂二期项目建设。")
    names = {e.name for e in _projects(g).values()}
    assert {"污水处理厂", "污水处理厂二期项目"} <= names
