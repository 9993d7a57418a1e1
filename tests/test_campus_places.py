"""The area a school's or hospital's campus is named after, right after the institution's name
(kg.extract.places campus_places: place_campus_heads.txt): a place inside the works' name (ANNOTATION
rule 8) that the works is linked to; not a campus named by its kind (place_campus_kinds.txt).
Sentences of the 2018 report of 合肥市 and of the 2023 performance report of 北京市卫生健康委."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_campus_named_after_its_area_is_located_there(tmp_path):
    links = review_located(tmp_path, "推进合肥一中滨湖校区二期、合肥八中新校区建设,建成合肥市第一人民医院滨湖院区。",
                           "2018年合肥市政府工作报告")
    assert {("合肥一中滨湖校区二期", "滨湖"), ("合肥市第一人民医院滨湖院区", "滨湖")} <= links
    assert not {place for _, place in links if place.startswith(("新", "八中"))}


def test_a_hospital_campus_named_after_a_neighbourhood(tmp_path):
    links = review_located(tmp_path, "友谊医院通州院区二期开诊运行,积水潭医院回龙观院区二期推进装修。",
                           "2024年北京市政府工作报告")
    assert ("积水潭医院回龙观院区二期", "回龙观") in links


def test_a_campus_named_by_its_kind_names_no_place(tmp_path):
    links = review_located(tmp_path, "支持某某大学东部校区、某某医科大学第一附属医院高新院区建设。", "2018年合肥市政府工作报告")
    assert not {place for _, place in links if place in ("东部", "高新")}
