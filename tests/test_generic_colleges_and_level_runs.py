"""Session 61 (org): kinds of colleges named by the Ministry of Education's programmes and a province's
counted designation of laboratories are no body (generic_orgs.txt: 卓越工程师学院, 现代产业学院,
未来技术学院, 省创新实验室); a body after a run of level characters ("完成省市县政府机构改革") names
each level's bodies together, no one body, while a city's own level body stays. Sentences of
shaanxi-2026, hunan-2026, fujian-2026-review, hubei-2026-review and national-2014; the whole
pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_kinds_of_colleges_are_none(tmp_path):
    orgs = review_graph(tmp_path, "实施职业院校“双高计划”，推动未来技术学院、现代产业学院、卓越工程师学院建设。"
                                  "重组入列全国重点实验室13家，省创新实验室达8家。", HEAD)[1]
    assert not orgs & {"未来技术学院", "现代产业学院", "卓越工程师学院", "省创新实验室"}


def test_levels_run_names_no_body(tmp_path):
    orgs = review_graph(tmp_path, "基本完成省市县政府机构改革，继续推进事业单位分类改革，市政府带头过紧日子。", HEAD)[1]
    assert "县政府" not in orgs
    assert "市政府" in orgs
