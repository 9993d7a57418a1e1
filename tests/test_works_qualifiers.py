"""Works names and what stands before them (issue 10, relations): a water's environment opening a
works' name names no company ("某湖水环境提升工程": 水环境 is one word, genre_environment_objects.txt,
kg.extract.genre `_company_opening`), and a water's basin before a works with a proper name of its own
says where the works lies ("某江流域某某水电站": the station's name begins after 流域, and it is linked
to the river; kg.extract.projects `_area_heads`). Sentences written in the genre's phrasing."""
from __future__ import annotations

from kg.pipeline import build

REPORT = "某区2017年政府工作报告\n一、2016年工作回顾\n{}\n"


def _graph(tmp_path, line: str):
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(line), encoding="utf-8")
    report = build(path).report
    names = {e.key: e.name for e in report.entities.values()}
    entities = {(e.type, e.name) for e in report.entities.values()}
    relations = {(r.kind, names[r.subject], names[r.object]) for r in report.relations}
    return entities, relations


def test_a_lakes_water_environment_names_no_company(tmp_path):
    entities, relations = _graph(tmp_path, "秦淮河综合整治工程、九龙湖水环境提升工程完成年度任务。")
    assert ("Project", "九龙湖水环境提升工程") in entities, entities
    assert not any(t == "Organization" for t, _ in entities), entities
    assert not any(kind == "participatesIn" for kind, _, _ in relations), relations


def test_a_station_after_its_rivers_basin_keeps_its_own_name(tmp_path):
    entities, relations = _graph(tmp_path, "岷江流域福堂水电站稳定运行，新增电力装机容量12万千瓦。")
    assert ("Project", "福堂水电站") in entities, entities
    assert ("locatedIn", "福堂水电站", "岷江") in relations, relations


def test_works_in_common_words_keep_the_basin_in_their_name(tmp_path):
    # guard: before common words the basin is part of the works' name
    entities, _ = _graph(tmp_path, "推进清水河流域综合治理工程。")
    assert ("Project", "清水河流域综合治理工程") in entities, entities


def test_a_university_listed_beside_a_colleges_works_is_no_company_nor_a_campus_place(tmp_path):
    # "某某科技|大学新校区": the list-mate rule must not cut a company "某某科技" off the university,
    # nor the campus rule read "大学" as the place the campus is named after
    entities, relations = _graph(tmp_path, "推进西北科技大学新校区二期、宜宾职业技术学院新校区一期建设。")
    assert ("Organization", "西北科技") not in entities, entities
    assert ("Organization", "西北科技大学") in entities, entities
    assert ("Place", "大学") not in entities, entities
    assert not any(obj == "大学" for _, _, obj in relations), relations
