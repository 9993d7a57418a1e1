"""Names ending in 区 (issue 9): the areas a resource or a flood plan marks out around a named place
(kg.extract.resource_areas), a place written with an area word (its alias, kg.extract.attributes
`area_word_forms`), and a zone found by its works' head that its clause does not build (a place,
ANNOTATION rule 3; kg.extract.projects). General grammar examples made up for the genre."""
from __future__ import annotations

from kg.pipeline import build
from tests.conftest import review_mentions, review_names


def test_a_resource_area_named_after_its_place_is_a_place(tmp_path):
    places = review_names(tmp_path, "Place", "开滦矿区稳产增产,淮南采煤沉陷区综合治理全面推进。", "2019年某某省政府工作报告")
    assert {"开滦矿区", "淮南采煤沉陷区"} <= places
    assert "淮南" in places  # the place it lies at stays a place of its own (rule 8)


def test_a_flood_area_after_a_lake_found_is_a_place(tmp_path):
    assert "东平湖蓄洪区" in review_names(tmp_path, "Place", "推进东平湖蓄洪区安全建设。", "2019年某某省政府工作报告")


def test_an_area_head_without_a_name_or_shared_by_a_list_names_no_area(tmp_path):
    places = review_names(tmp_path, "Place", "推进矿区治理,淮南、淮北采煤沉陷区综合治理。", "2019年某某省政府工作报告")
    assert not any(p.endswith(("矿区", "沉陷区")) for p in places)
    assert {"淮南", "淮北"} <= places


def _place_aliases(tmp_path, sentence: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(f"2019年某某市政府工作报告\n\n一、工作回顾\n\n{sentence}\n", encoding="utf-8")
    return {e.name: e.aliases for e in build(path).report.entities.values() if e.type == "Place"}


def test_a_place_written_with_an_area_word_takes_that_form_as_its_alias(tmp_path):
    assert "珠三角地区" in _place_aliases(tmp_path, "加强与京津冀、珠三角地区合作。")["珠三角"]


def test_an_area_word_that_opens_a_measure_is_no_alias(tmp_path):
    assert "闽南地区" not in _place_aliases(tmp_path, "闽南地区生产总值增长8%。").get("闽南", set())


def test_a_zone_its_clause_does_not_build_is_a_place_and_one_it_builds_is_works(tmp_path):
    visited = review_mentions(tmp_path, "千岛湖旅游度假区接待游客增长10%。")
    assert ("Place", "千岛湖旅游度假区") in {(m.type, m.text) for m in visited}
    assert "千岛湖旅游度假区" not in {m.text for m in visited if m.type == "Project"}
    assert "千岛湖旅游度假区" in review_names(tmp_path, "Project", "加快千岛湖旅游度假区建设。")


def test_economic_regions_developing_together_are_places(tmp_path):
    places = review_names(tmp_path, "Place", "辽中南经济区、黄河三角洲经济区协同发展。", "2019年某某省政府工作报告")
    assert {"辽中南经济区", "黄河三角洲经济区"} <= places


def test_the_port_area_a_works_opens_with_is_a_place(tmp_path):
    # the tagger reads the area's place as common words ("龙眼", a fruit): inside the works' name it
    # is the area's name all the same (ANNOTATION rule 8)
    assert "龙眼港区" in review_names(tmp_path, "Place", "加快龙眼港区二期建设。")
    assert "白沙作业区" in review_names(tmp_path, "Place", "推进白沙作业区三期建设。")


def test_a_kind_of_port_area_opening_a_works_is_no_place(tmp_path):
    assert "深水港区" not in review_names(tmp_path, "Place", "推进深水港区二期建设。")
