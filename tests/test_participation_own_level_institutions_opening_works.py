"""participatesIn (ANNOTATION rules 2 and 8) of a public institution named by its place and its head
(org_site_institution_heads.txt: 体育中心, 文体中心, 妇女儿童医疗保健中心, 公共卫生医疗救治中心…) that opens
the name of works enlarging it: the report writes its own area as the bare level word (市, 县, 自治区:
org_department_levels.txt) as often as by name, and a new site or building after the head (新院区, 新馆:
project_institution_buildings.txt) says the institution exists as a phase does. Alone, or built anew, such a
name stays works (tests/test_institutions_named_in_their_works.py). Invented sentences in the genre's
wording; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2021年澄江县人民政府工作报告"


@pytest.mark.parametrize("sentence, body, works", [
    ("县妇女儿童医疗保健中心新院区主体完工。", "县妇女儿童医疗保健中心", "县妇女儿童医疗保健中心新院区"),
    ("县公共卫生医疗救治中心二期投入使用。", "县公共卫生医疗救治中心", "县公共卫生医疗救治中心二期"),
    ("县体育中心二期建成。", "县体育中心", "县体育中心二期"),
    ("澄江县文体中心二期开工建设。", "澄江县文体中心", "澄江县文体中心二期"),
])
def test_an_institution_opening_its_enlargement_takes_part_in_it(tmp_path, sentence, body, works):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert body in orgs, orgs
    assert (body, works) in {(o, w.removesuffix("工程").removesuffix("项目")) for o, w in links}, links


def test_a_centre_built_anew_names_no_body(tmp_path):
    # no phase, site or building after the head: the centre itself is being built (rule 2: works)
    _, orgs, links = review_graph(tmp_path, "县文体中心开工建设。", HEAD)
    assert "县文体中心" not in orgs and not links, (orgs, links)


def test_a_centre_elsewhere_has_its_works_where_its_name_says(tmp_path):
    # a culture centre's works stand at the place its name holds (rel_institution_heads.txt), as a school's
    # do; a company's name would only say where the company comes from (relations._named_after)
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text("2021年华宁县人民政府工作报告\n\n一、2023年工作回顾\n\n澄江县文化艺术中心二期工程开工建设。\n", encoding="utf-8")
    report = build(path).report
    located = {(report.entities[r.subject].name, report.entities[r.object].name)
               for r in report.relations if r.kind == "locatedIn"}
    assert ("澄江县文化艺术中心二期工程", "澄江县") in located, located
