"""A sub-district (街道) written with 街 alone, as Wuhan and other cities name theirs officially: in its
own area's report "X街" is the sub-district (its name as written, the division's full name its
label), not a street nor only the short form X. Sentences written in the genre's phrasing; the
sub-districts are real divisions of the report's area (the division table's, a general fact)."""
from __future__ import annotations

from kg.pipeline import build, predictions
from tests.conftest import assert_found, report_names

JIANGXIA = "2022年武汉市江夏区人民政府工作报告"


def test_subdistricts_written_with_jie_are_found_whole(tmp_path):
    got = report_names(tmp_path, "Place", JIANGXIA, "各位代表：", "法泗街和湖泗街的农村公路提档升级完成85公里。")
    assert_found(got, {"法泗街", "湖泗街"}, {"法泗", "湖泗"})


def test_the_subdistrict_is_one_place_with_its_full_name(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(f"{JIANGXIA}\n各位代表：\n法泗街新建农贸市场1个。\n法泗街道完成人居环境整治。\n", encoding="utf-8")
    places = [p for p in predictions(build(path).rdf) if p.get("type") == "Place" and "法泗" in p["name"]]
    assert [(p["name"], "法泗街" in p.get("aliases", [])) for p in places] == [("法泗街道", True)]

