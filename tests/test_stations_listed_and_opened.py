"""Railway stations built (session 60, helper pjw; genre.extract_stations_built): a city before its
district's station opens the name and 开通运营 is a stage of its opening ("北京通州站开通运营",
tests/real/beijing-2026-review.txt; place_hub_stages.txt), and a station that stands as an item of a
list of works its clause builds after it ("西十高铁、西安东站和府谷、定边机场建成投运" shaanxi-2026.txt,
"盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等加快建设" jiangsu-2026-review.txt) is a works; a station that
opens a longer name ("苏州北站综合枢纽") is not one by this rule."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_district_station_opened(tmp_path):
    got = review_projects(tmp_path, "东六环入地改造工程建成通车，北京通州站开通运营，首旅集团等企业迁入。", "2026年北京市人民政府工作报告")
    assert_found(got, {"北京通州站", "东六环入地改造工程"}, set())


def test_stations_in_lists_of_works_built(tmp_path):
    got = review_projects(tmp_path, "确保西康、西十高铁、西安东站和府谷、定边机场建成投运。", "2026年陕西省人民政府工作报告")
    assert_found(got, {"西安东站", "定边机场"}, set())
    got = review_projects(tmp_path, "北沿江、通苏嘉甬、盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等加快建设。", "2026年江苏省人民政府工作报告")
    assert_found(got, {"南京北站", "盐泰锡常宜高铁"}, {"苏州北站"})
